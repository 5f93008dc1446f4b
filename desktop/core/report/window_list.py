"""The windows on screen, top-most first, asked of X11 with ctypes (no toolkit).

Used by the capture overlay's "click a window": a real window list picks the
window the person sees on top, which pixels alone cannot always tell. Only
windows that are mapped and viewable count, so Kefu's own windows, hidden
before the shot, are never offered. Elsewhere (Windows, macOS, Wayland) the
list is empty and the overlay falls back to rectangles found in the pixels.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys
from typing import Any

from desktop.core.textboxes import Box

_IS_VIEWABLE = 2
MIN_SIDE = 24  # smaller windows are tooltips, drag handles or input-method strips


class _Attributes(ctypes.Structure):
    _fields_ = [
        ("x", ctypes.c_int),
        ("y", ctypes.c_int),
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("border_width", ctypes.c_int),
        ("depth", ctypes.c_int),
        ("visual", ctypes.c_void_p),
        ("root", ctypes.c_ulong),
        ("c_class", ctypes.c_int),
        ("bit_gravity", ctypes.c_int),
        ("win_gravity", ctypes.c_int),
        ("backing_store", ctypes.c_int),
        ("backing_planes", ctypes.c_ulong),
        ("backing_pixel", ctypes.c_ulong),
        ("save_under", ctypes.c_int),
        ("colormap", ctypes.c_ulong),
        ("map_installed", ctypes.c_int),
        ("map_state", ctypes.c_int),
        ("all_event_masks", ctypes.c_long),
        ("your_event_mask", ctypes.c_long),
        ("do_not_propagate_mask", ctypes.c_long),
        ("override_redirect", ctypes.c_int),
        ("screen", ctypes.c_void_p),
    ]


def _xlib() -> Any:
    path = ctypes.util.find_library("X11")
    if not path:
        return None
    x = ctypes.CDLL(path)
    vp, ul = ctypes.c_void_p, ctypes.c_ulong
    x.XOpenDisplay.restype = vp
    x.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x.XCloseDisplay.argtypes = [vp]
    x.XDefaultRootWindow.restype = ul
    x.XDefaultRootWindow.argtypes = [vp]
    x.XQueryTree.argtypes = [
        vp, ul, ctypes.POINTER(ul), ctypes.POINTER(ul),
        ctypes.POINTER(ctypes.POINTER(ul)), ctypes.POINTER(ctypes.c_uint),
    ]  # fmt: skip
    x.XGetWindowAttributes.argtypes = [vp, ul, ctypes.POINTER(_Attributes)]
    x.XFree.argtypes = [vp]
    return x


def x11_windows() -> list[Box]:
    """Viewable top-level windows (frames, with a window manager), top-most first."""
    if not sys.platform.startswith("linux") or not os.environ.get("DISPLAY"):
        return []
    x = _xlib()
    if x is None:
        return []
    display = x.XOpenDisplay(None)
    if not display:
        return []
    try:
        root, parent = ctypes.c_ulong(), ctypes.c_ulong()
        children = ctypes.POINTER(ctypes.c_ulong)()
        count = ctypes.c_uint()
        root_window = x.XDefaultRootWindow(display)
        if not x.XQueryTree(
            display, root_window, ctypes.byref(root), ctypes.byref(parent),
            ctypes.byref(children), ctypes.byref(count),
        ):  # fmt: skip
            return []
        try:
            ids = [children[i] for i in range(count.value)]
        finally:
            if children:
                x.XFree(children)
        screen = _Attributes()
        x.XGetWindowAttributes(display, root_window, ctypes.byref(screen))
        boxes: list[Box] = []
        for window in reversed(ids):  # XQueryTree lists bottom to top
            attrs = _Attributes()
            if not x.XGetWindowAttributes(display, window, ctypes.byref(attrs)):
                continue
            if attrs.map_state != _IS_VIEWABLE or min(attrs.width, attrs.height) < MIN_SIDE:
                continue
            if attrs.width >= screen.width and attrs.height >= screen.height:
                continue  # the desktop (icons, wallpaper), not a window to report
            border = attrs.border_width
            boxes.append(Box(attrs.x, attrs.y, attrs.width + 2 * border, attrs.height + 2 * border))
        return boxes
    finally:
        x.XCloseDisplay(display)
