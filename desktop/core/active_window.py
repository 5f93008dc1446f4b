"""Where the active window is, asked of the platform with ctypes (no toolkit).

X11: the window manager publishes `_NET_ACTIVE_WINDOW` on the root window
(EWMH); without a window manager there is no active window. Windows: the
foreground window's frame as DWM draws it.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from typing import Any

from desktop.core.textboxes import Box


class _XWindowAttributes(ctypes.Structure):
    _fields_ = [
        ("x", ctypes.c_int),
        ("y", ctypes.c_int),
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("border_width", ctypes.c_int),
        ("depth", ctypes.c_int),
        ("visual", ctypes.c_void_p),
        ("root", ctypes.c_ulong),
        ("rest", ctypes.c_byte * 128),  # fields we do not read
    ]


def _xlib() -> Any:
    path = ctypes.util.find_library("X11")
    if not path:
        return None
    x11 = ctypes.CDLL(path)
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    x11.XDefaultRootWindow.restype = ctypes.c_ulong
    x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    x11.XInternAtom.restype = ctypes.c_ulong
    x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x11.XGetWindowProperty.argtypes = [
        ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_long, ctypes.c_long,
        ctypes.c_int, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_void_p),
    ]  # fmt: skip
    x11.XFree.argtypes = [ctypes.c_void_p]
    x11.XGetWindowAttributes.argtypes = [
        ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(_XWindowAttributes),
    ]  # fmt: skip
    x11.XTranslateCoordinates.argtypes = [
        ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_int, ctypes.c_int,
        ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_int),
        ctypes.POINTER(ctypes.c_ulong),
    ]  # fmt: skip
    return x11


def x11_active_window() -> Box | None:
    """The EWMH active window's geometry on the root window, or None."""
    x11 = _xlib()
    if x11 is None:
        return None
    display = x11.XOpenDisplay(None)
    if not display:
        return None
    try:
        root = x11.XDefaultRootWindow(display)
        atom = x11.XInternAtom(display, b"_NET_ACTIVE_WINDOW", 1)
        if not atom:
            return None
        actual_type, actual_format = ctypes.c_ulong(), ctypes.c_int()
        count, after, data = ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
        status = x11.XGetWindowProperty(
            display, root, atom, 0, 1, 0, 33,  # 33 = XA_WINDOW
            ctypes.byref(actual_type), ctypes.byref(actual_format), ctypes.byref(count),
            ctypes.byref(after), ctypes.byref(data),
        )  # fmt: skip
        if status != 0 or not data.value:
            return None
        try:
            window = ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))[0] if count.value else 0
        finally:
            x11.XFree(data)
        if not window:
            return None
        attrs = _XWindowAttributes()
        if not x11.XGetWindowAttributes(display, window, ctypes.byref(attrs)):
            return None
        x, y, child = ctypes.c_int(), ctypes.c_int(), ctypes.c_ulong()
        x11.XTranslateCoordinates(
            display, window, root, 0, 0, ctypes.byref(x), ctypes.byref(y), ctypes.byref(child)
        )
        return Box(x.value, y.value, attrs.width, attrs.height)
    finally:
        x11.XCloseDisplay(display)


def windows_active_window() -> Box | None:  # pragma: no cover - Windows only
    """The foreground window's visible frame (DWM extended frame bounds), or None."""
    from ctypes import wintypes

    user32 = ctypes.windll.user32  # type: ignore[attr-defined]
    hwnd = user32.GetForegroundWindow()
    if not hwnd:
        return None
    rect = wintypes.RECT()
    try:
        ctypes.windll.dwmapi.DwmGetWindowAttribute(  # type: ignore[attr-defined]
            hwnd, 9, ctypes.byref(rect), ctypes.sizeof(rect)
        )
    except OSError:
        user32.GetWindowRect(hwnd, ctypes.byref(rect))
    return Box(rect.left, rect.top, rect.right - rect.left, rect.bottom - rect.top)
