"""Monitor geometry and scaling, as pure functions (no screen needed).

Two coordinate spaces meet here. *Physical* pixels are what mss grabs and
what `kefu capture --region` takes: one virtual desktop where monitors sit
side by side and may have negative coordinates (left of or above the
primary). *Logical* coordinates are what a toolkit shows on a HiDPI monitor:
as Qt does it, each monitor keeps its physical top-left corner and its size
is divided by its scale (1.25, 1.5, 2 ...). So a point is converted with the
scale of the monitor it is on, and a region that spans monitors with
different scales is converted corner by corner.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.textboxes import Box


@dataclass(frozen=True)
class MonitorInfo:
    """One monitor numbered as mss does (1..N; 0 is all of them together)."""

    index: int
    physical: Box
    scale: float = 1.0
    primary: bool = False
    name: str = ""

    @property
    def logical(self) -> Box:
        """Geometry in logical coordinates: same top-left, size divided by scale."""
        p = self.physical
        return Box(p.x, p.y, round(p.w / self.scale), round(p.h / self.scale))

    def as_dict(self) -> dict[str, object]:
        return {
            "index": self.index,
            "box": self.physical.as_list(),
            "scale": self.scale,
            "primary": self.primary,
            "name": self.name,
        }


def virtual_desktop(monitors: Sequence[MonitorInfo]) -> Box:
    """The bounding box of all monitors in physical pixels (mss's monitor 0)."""
    if not monitors:
        raise ValueError("no monitors")
    box = monitors[0].physical
    for monitor in monitors[1:]:
        box = box.union(monitor.physical)
    return box


def intersect(a: Box, b: Box) -> Box | None:
    """The overlap of two boxes, or None when they do not overlap."""
    x0, y0 = max(a.x, b.x), max(a.y, b.y)
    x1, y1 = min(a.right, b.right), min(a.bottom, b.bottom)
    return Box(x0, y0, x1 - x0, y1 - y0) if x1 > x0 and y1 > y0 else None


def parse_region(text: str) -> Box:
    """Parse "X,Y,W,H" (physical pixels; X and Y may be negative)."""
    parts = [p.strip() for p in text.split(",")]
    if len(parts) != 4:
        raise ValueError(f"a region is X,Y,W,H (four integers), not {text!r}")
    try:
        x, y, w, h = (int(p) for p in parts)
    except ValueError:
        raise ValueError(f"a region is X,Y,W,H (four integers), not {text!r}") from None
    if w <= 0 or h <= 0:
        raise ValueError(f"a region needs a positive width and height, not {w}x{h}")
    return Box(x, y, w, h)


def clamp_region(region: Box, monitors: Sequence[MonitorInfo]) -> Box:
    """The part of `region` on the virtual desktop; ValueError if none of it is."""
    clipped = intersect(region, virtual_desktop(monitors))
    if clipped is None:
        desktop = virtual_desktop(monitors)
        raise ValueError(
            f"region {region.as_list()} is outside the screens "
            f"(the desktop spans {desktop.as_list()})"
        )
    return clipped


def monitors_touching(region: Box, monitors: Sequence[MonitorInfo]) -> list[MonitorInfo]:
    """The monitors a physical region overlaps, in mss order."""
    return [m for m in monitors if intersect(region, m.physical) is not None]


def monitor_at_physical(x: int, y: int, monitors: Sequence[MonitorInfo]) -> MonitorInfo | None:
    for monitor in monitors:
        p = monitor.physical
        if p.x <= x < p.right and p.y <= y < p.bottom:
            return monitor
    return None


def monitor_at_logical(x: float, y: float, monitors: Sequence[MonitorInfo]) -> MonitorInfo | None:
    for monitor in monitors:
        g = monitor.logical
        if g.x <= x < g.right and g.y <= y < g.bottom:
            return monitor
    return None


def logical_to_physical(x: float, y: float, monitors: Sequence[MonitorInfo]) -> tuple[int, int]:
    """A logical point to physical pixels, with the scale of the monitor it is on."""
    monitor = monitor_at_logical(x, y, monitors)
    if monitor is None:
        raise ValueError(f"logical point ({x}, {y}) is on no monitor")
    p = monitor.physical
    # The epsilon absorbs float error so physical -> logical -> physical round-trips.
    return (
        p.x + math.floor((x - p.x) * monitor.scale + 1e-6),
        p.y + math.floor((y - p.y) * monitor.scale + 1e-6),
    )


def physical_to_logical(x: int, y: int, monitors: Sequence[MonitorInfo]) -> tuple[float, float]:
    """A physical pixel to logical coordinates (the inverse of logical_to_physical)."""
    monitor = monitor_at_physical(x, y, monitors)
    if monitor is None:
        raise ValueError(f"physical point ({x}, {y}) is on no monitor")
    p = monitor.physical
    return (p.x + (x - p.x) / monitor.scale, p.y + (y - p.y) / monitor.scale)


def logical_rect_to_physical(rect: Box, monitors: Sequence[MonitorInfo]) -> Box:
    """A logical rectangle (e.g. a rubber-band selection) to physical pixels.

    Each corner uses its own monitor's scale, so a selection spanning a 100%
    and a 200% monitor covers exactly the pixels the user saw inside it.
    """
    x0, y0 = logical_to_physical(rect.x, rect.y, monitors)
    # The far edge is exclusive: find the monitor of the last pixel inside.
    far = monitor_at_logical(rect.right - 1e-6, rect.bottom - 1e-6, monitors)
    if far is None:
        raise ValueError(f"logical rectangle {rect.as_list()} ends on no monitor")
    p = far.physical
    x1 = p.x + math.ceil((rect.right - p.x) * far.scale)
    y1 = p.y + math.ceil((rect.bottom - p.y) * far.scale)
    return Box(x0, y0, x1 - x0, y1 - y0)


def scale_from_sizes(logical_width: int, grabbed_width: int) -> float:
    """A monitor's scale from its reported width and the width mss grabbed.

    On macOS mss reports points and grabs pixels (a Retina monitor gives 2.0);
    elsewhere both are pixels and this is 1.0. Rounded to 1/8 steps.
    """
    if logical_width <= 0 or grabbed_width <= 0:
        return 1.0
    return round(grabbed_width / logical_width * 8) / 8
