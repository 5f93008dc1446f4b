"""Mixed-DPI multi-monitor geometry on synthetic layouts (no screen needed)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.screenshot_geometry import (
    MonitorInfo,
    clamp_region,
    logical_rect_to_physical,
    logical_to_physical,
    monitors_touching,
    parse_region,
    physical_to_logical,
    scale_from_sizes,
    virtual_desktop,
)
from desktop.core.textboxes import Box

# A 1920x1080 primary at 100%, a 4K monitor at 200% on its right, a 1280x1024
# at 125% left of it (negative x) and a 2560x1440 at 150% above it (negative y).
LAYOUT = [
    MonitorInfo(1, Box(0, 0, 1920, 1080), 1.0, primary=True),
    MonitorInfo(2, Box(1920, 0, 3840, 2160), 2.0),
    MonitorInfo(3, Box(-1280, 200, 1280, 1024), 1.25),
    MonitorInfo(4, Box(-320, -1440, 2560, 1440), 1.5),
]


def test_virtual_desktop_spans_negative_coordinates() -> None:
    assert virtual_desktop(LAYOUT) == Box(-1280, -1440, 1280 + 1920 + 3840, 1440 + 2160)


def test_logical_geometry_keeps_the_corner_and_divides_the_size() -> None:
    assert LAYOUT[1].logical == Box(1920, 0, 1920, 1080)
    assert LAYOUT[2].logical == Box(-1280, 200, 1024, 819)
    assert LAYOUT[3].logical == Box(-320, -1440, 1707, 960)


@pytest.mark.parametrize(
    ("logical", "physical"),
    [
        ((100, 100), (100, 100)),  # 100%: unchanged
        ((1920 + 100, 50), (1920 + 200, 100)),  # 200%: doubled from the monitor's corner
        ((-1280 + 400, 200 + 80), (-1280 + 500, 200 + 100)),  # 125%, left of the primary
        ((-320 + 200, -1440 + 100), (-320 + 300, -1440 + 150)),  # 150%, above the primary
    ],
)
def test_logical_to_physical_uses_the_monitor_under_the_point(
    logical: tuple[int, int], physical: tuple[int, int]
) -> None:
    assert logical_to_physical(*logical, LAYOUT) == physical
    assert physical_to_logical(*physical, LAYOUT) == pytest.approx(logical)


def test_a_selection_across_a_100_and_a_200_percent_monitor() -> None:
    # From 100 px left of the seam (at 100%) to 100 logical px right of it (at
    # 200%): the far corner (2020, 400) is on the 200% monitor, so it lands at
    # (1920 + 2 * 100, 2 * 400) while the near corner stays where it was.
    selection = Box(1820, 100, 200, 300)
    assert logical_rect_to_physical(selection, LAYOUT) == Box(1820, 100, 100 + 200, 800 - 100)


def test_a_point_on_no_monitor_is_an_error() -> None:
    with pytest.raises(ValueError, match="on no monitor"):
        logical_to_physical(-2000, -2000, LAYOUT)


def test_regions_clamp_to_the_desktop_and_know_their_monitors() -> None:
    region = Box(-1400, -10, 1500, 410)
    assert clamp_region(region, LAYOUT) == Box(-1280, -10, 1380, 410)
    assert [m.index for m in monitors_touching(region, LAYOUT)] == [1, 3, 4]
    with pytest.raises(ValueError, match="outside the screens"):
        clamp_region(Box(9000, 9000, 10, 10), LAYOUT)


@pytest.mark.parametrize(
    ("text", "box"),
    [("10,20,300,200", Box(10, 20, 300, 200)), ("-1280, -5, 64, 48", Box(-1280, -5, 64, 48))],
)
def test_parse_region(text: str, box: Box) -> None:
    assert parse_region(text) == box


@pytest.mark.parametrize("text", ["1,2,3", "a,b,c,d", "0,0,0,10", "0,0,10,-1", ""])
def test_parse_region_rejects_nonsense(text: str) -> None:
    with pytest.raises(ValueError, match="region"):
        parse_region(text)


@pytest.mark.parametrize(
    ("logical", "grabbed", "scale"), [(1440, 2880, 2.0), (1920, 1920, 1.0), (1536, 1920, 1.25)]
)
def test_scale_from_sizes(logical: int, grabbed: int, scale: float) -> None:
    assert scale_from_sizes(logical, grabbed) == scale


@given(
    scale=st.sampled_from([1.0, 1.25, 1.5, 1.75, 2.0]),
    x=st.integers(-3000, 3000),
    y=st.integers(-3000, 3000),
    px=st.integers(0, 2000),
    py=st.integers(0, 1000),
)
def test_round_trip_on_any_monitor(scale: float, x: int, y: int, px: int, py: int) -> None:
    monitor = MonitorInfo(1, Box(x, y, 2400, 1200), scale)
    point = (x + px, y + py)
    logical = physical_to_logical(*point, [monitor])
    assert logical_to_physical(*logical, [monitor]) == point
