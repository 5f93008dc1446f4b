"""Screenshots with mss: all monitors, one monitor, a region, the active window.

Nothing leaves the machine here. Coordinates are physical pixels on the
virtual desktop, monitors are numbered as mss does (0 = all, 1..N each).
Geometry maths lives in screenshot_geometry; this module only talks to mss
and the platform.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from desktop.core.screenshot_geometry import (
    MonitorInfo,
    clamp_region,
    scale_from_sizes,
)
from desktop.core.textboxes import Box

if TYPE_CHECKING:
    from PIL import Image


class CaptureError(Exception):
    """A screenshot could not be taken; the message says why and what to do."""


class WaylandUnsupported(CaptureError):
    """The session is Wayland, where mss cannot read the screen."""


def check_platform(environ: Mapping[str, str] | None = None) -> None:
    """Raise a clear CaptureError where mss cannot capture (Wayland, no display)."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return
    if env.get("XDG_SESSION_TYPE", "").lower() == "wayland" or (
        env.get("WAYLAND_DISPLAY") and not env.get("DISPLAY")
    ):
        raise WaylandUnsupported(
            "This is a Wayland session, where screenshots cannot be taken directly. "
            "Log in with an X11 (Xorg) session, or take the screenshot with your "
            "desktop's own tool and open the image instead."
        )
    if not env.get("DISPLAY"):
        raise CaptureError("No X display to capture (DISPLAY is not set).")


@contextmanager
def _mss() -> Iterator[Any]:
    check_platform()
    import mss

    try:
        factory = getattr(mss, "MSS", None) or mss.mss  # MSS from mss 10.2, mss() before
        with factory() as sct:
            yield sct
    except mss.ScreenShotError as exc:
        raise CaptureError(f"The screen could not be captured: {exc}") from exc


def _info(index: int, raw: Mapping[str, Any], scale: float) -> MonitorInfo:
    box = Box(int(raw["left"]), int(raw["top"]), int(raw["width"]), int(raw["height"]))
    name = str(raw.get("name") or raw.get("output") or "")
    return MonitorInfo(index, box, scale, bool(raw.get("is_primary", False)), name)


def _scale(sct: Any, raw: Mapping[str, Any]) -> float:
    if sys.platform == "win32":
        return _windows_scale(raw)
    if sys.platform == "darwin":  # mss reports points, grabs pixels
        probe = sct.grab({"left": raw["left"], "top": raw["top"], "width": 8, "height": 8})
        return scale_from_sizes(8, probe.width)
    # X11 has no per-monitor scale; desktops publish one factor for all.
    for var in ("KEFU_SCREEN_SCALE", "QT_SCALE_FACTOR", "GDK_SCALE"):
        try:
            return max(float(os.environ[var]), 1.0)
        except (KeyError, ValueError):
            continue
    return 1.0


def _windows_scale(raw: Mapping[str, Any]) -> float:  # pragma: no cover - Windows only
    import ctypes
    from ctypes import wintypes

    point = wintypes.POINT(int(raw["left"]) + 1, int(raw["top"]) + 1)
    monitor = ctypes.windll.user32.MonitorFromPoint(point, 2)  # type: ignore[attr-defined]
    dpi_x, dpi_y = ctypes.c_uint(), ctypes.c_uint()
    try:
        ctypes.windll.shcore.GetDpiForMonitor(  # type: ignore[attr-defined]
            monitor, 0, ctypes.byref(dpi_x), ctypes.byref(dpi_y)
        )
    except OSError:
        return 1.0
    return dpi_x.value / 96 if dpi_x.value else 1.0


def list_monitors() -> list[MonitorInfo]:
    """Every monitor, numbered as mss does from 1; scale 1.0 where unknown."""
    with _mss() as sct:
        return [_info(i, raw, _scale(sct, raw)) for i, raw in enumerate(sct.monitors) if i > 0]


def _to_image(shot: Any) -> Image.Image:
    from PIL import Image

    return Image.frombytes("RGB", (shot.width, shot.height), shot.bgra, "raw", "BGRX")


def grab_monitor(index: int = 0) -> Image.Image:
    """One monitor (1..N), or all of them together (0), in physical pixels."""
    with _mss() as sct:
        monitors = sct.monitors
        if not 0 <= index < len(monitors):
            raise CaptureError(
                f"There is no monitor {index}; this desktop has monitors 1 to "
                f"{len(monitors) - 1} (0 = all of them)."
            )
        return _to_image(sct.grab(monitors[index]))


def grab_region(region: Box) -> Image.Image:
    """A region of the virtual desktop in physical pixels, clipped to the screens."""
    with _mss() as sct:
        monitors = [_info(i, raw, 1.0) for i, raw in enumerate(sct.monitors) if i > 0]
        try:
            box = clamp_region(region, monitors)
        except ValueError as exc:
            raise CaptureError(str(exc)) from None
        return _to_image(sct.grab({"left": box.x, "top": box.y, "width": box.w, "height": box.h}))


def active_window_box() -> Box:
    """The active window's frame in physical pixels, where the platform says."""
    check_platform()
    if sys.platform.startswith("linux"):
        from desktop.core.active_window import x11_active_window

        box = x11_active_window()
    elif sys.platform == "win32":  # pragma: no cover - Windows only
        from desktop.core.active_window import windows_active_window

        box = windows_active_window()
    else:
        box = None
    if box is None:
        raise CaptureError(
            "The active window is not known here (no window manager reports it); "
            "capture a monitor or a region instead."
        )
    return box


def grab_active_window() -> Image.Image:
    """The active window, clipped to the screens."""
    return grab_region(active_window_box())
