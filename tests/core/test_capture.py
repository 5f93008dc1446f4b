"""Real capture with mss on Xvfb: monitors, regions, several screens, the active window."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

from desktop.core import capture
from desktop.core.textboxes import Box

XClientFactory = Callable[..., Any]


def colours(image: Any) -> set[tuple[int, int, int]]:
    """Every distinct RGB colour in an image (packed to one integer: fast)."""
    arr = np.asarray(image.convert("RGB")).reshape(-1, 3).astype(np.uint32)
    packed = np.unique((arr[:, 0] << 16) | (arr[:, 1] << 8) | arr[:, 2])
    return {(int(v) >> 16, (int(v) >> 8) & 255, int(v) & 255) for v in packed}


def test_single_screen_monitor_list_and_pixels(xclient: XClientFactory) -> None:
    x = xclient("-screen", "0", "1280x720x24")
    x.fill(0, 0, 1280, 720, (10, 20, 30))
    x.fill(100, 50, 200, 100, (250, 0, 0))

    monitors = capture.list_monitors()
    assert [m.physical for m in monitors] == [Box(0, 0, 1280, 720)]
    assert monitors[0].index == 1 and monitors[0].scale == 1.0

    whole = capture.grab_monitor(0)
    assert whole.size == (1280, 720)
    assert whole.getpixel((150, 80)) == (250, 0, 0)
    assert whole.getpixel((50, 20)) == (10, 20, 30)

    region = capture.grab_region(Box(100, 50, 200, 100))
    assert region.size == (200, 100)
    assert colours(region) == {(250, 0, 0)}


def test_region_is_clipped_to_the_screen(xclient: XClientFactory) -> None:
    x = xclient("-screen", "0", "800x600x24")
    x.fill(0, 0, 800, 600, (0, 0, 255))
    image = capture.grab_region(Box(700, 500, 300, 300))
    assert image.size == (100, 100)
    assert colours(image) == {(0, 0, 255)}
    with pytest.raises(capture.CaptureError, match="outside the screens"):
        capture.grab_region(Box(900, 700, 50, 50))


def test_two_monitors_of_different_sizes_with_the_primary_on_the_right(
    xclient: XClientFactory,
) -> None:
    # A 1280x1024 monitor left of (and lower than) a 1920x1080 primary.
    x = xclient("-screen", "0", "3200x1144x24")
    x.set_monitors([(0, 120, 1280, 1024, False), (1280, 0, 1920, 1080, True)])
    x.fill(0, 0, 3200, 1144, (0, 0, 0))
    x.fill(0, 120, 1280, 1024, (0, 200, 0))
    x.fill(1280, 0, 1920, 1080, (200, 0, 200))

    monitors = capture.list_monitors()
    boxes = {m.physical: m.primary for m in monitors}
    assert boxes == {Box(1280, 0, 1920, 1080): True, Box(0, 120, 1280, 1024): False}

    for monitor in monitors:
        image = capture.grab_monitor(monitor.index)
        assert image.size == (monitor.physical.w, monitor.physical.h)
        expected = (200, 0, 200) if monitor.primary else (0, 200, 0)
        assert colours(image) == {expected}

    everything = capture.grab_monitor(0)
    assert everything.size == (3200, 1144)
    # A region across the seam has pixels from both monitors.
    seam = capture.grab_region(Box(1270, 500, 20, 10))
    assert seam.getpixel((0, 0)) == (0, 200, 0)
    assert seam.getpixel((19, 0)) == (200, 0, 200)
    with pytest.raises(capture.CaptureError, match="no monitor 3"):
        capture.grab_monitor(3)


def test_two_screens_with_xinerama(xclient: XClientFactory) -> None:
    # Xvfb stacks Xinerama screens at the origin; capture still sees one root.
    x = xclient("+xinerama", "-screen", "0", "1280x720x24", "-screen", "1", "800x600x24")
    x.fill(0, 0, 1280, 720, (1, 2, 3))
    monitors = capture.list_monitors()
    assert monitors and monitors[0].physical.w >= 800
    image = capture.grab_monitor(0)
    assert image.size == (1280, 720)
    assert colours(image) == {(1, 2, 3)}


def test_active_window(xclient: XClientFactory) -> None:
    x = xclient("-screen", "0", "1024x768x24")
    with pytest.raises(capture.CaptureError, match="active window is not known"):
        capture.active_window_box()
    x.make_active_window(200, 150, 320, 240)
    assert capture.active_window_box() == Box(200, 150, 320, 240)
    image = capture.grab_active_window()
    assert image.size == (320, 240)
    assert colours(image) == {(0, 255, 0)}


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"XDG_SESSION_TYPE": "wayland", "DISPLAY": ":0"}, "Wayland session"),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "Wayland session"),
        ({}, "No X display"),
    ],
)
def test_wayland_and_no_display_say_so(env: dict[str, str], message: str) -> None:
    with pytest.raises(capture.CaptureError, match=message):
        capture.check_platform(env)


def test_x11_session_is_accepted() -> None:
    capture.check_platform({"XDG_SESSION_TYPE": "x11", "DISPLAY": ":5"})
