"""Fixtures for desktop/core: rendered screenshots and a private Xvfb.

Images are painted with Pillow and the Noto CJK font, so every test knows
exactly what is on the "screen". Xvfb servers are started per test on a free
display number with -noreset (so RandR monitors set by a helper survive) and
killed at the end.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

FONT_PATH = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
os.environ["OMP_THREAD_LIMIT"] = "1"


@dataclass
class Rendered:
    image: Image.Image
    line_boxes: list[tuple[int, int, int, int]]  # x, y, w, h of each text line's ink


def render_text(
    lines: Sequence[str],
    *,
    dark: bool = False,
    scale: float = 1.0,
    font_px: int = 15,
    size: tuple[int, int] | None = None,
    origin: tuple[int, int] = (24, 20),
    background: tuple[int, int, int] | None = None,
    image: Image.Image | None = None,
) -> Rendered:
    """Paint text lines like a dialog's message; returns the image and each line's box."""
    px = round(font_px * scale)
    font = ImageFont.truetype(FONT_PATH, px)
    step = round(px * 1.7)
    if image is None:
        width = size[0] if size else int(max(font.getlength(t) for t in lines) + 2 * origin[0])
        height = size[1] if size else origin[1] * 2 + step * len(lines)
        bg = background or ((32, 33, 36) if dark else (255, 255, 255))
        image = Image.new("RGB", (width, height), bg)
    draw = ImageDraw.Draw(image)
    ink = (232, 234, 237) if dark else (32, 33, 36)
    boxes = []
    for i, text in enumerate(lines):
        xy = (origin[0], origin[1] + i * step)
        draw.text(xy, text, font=font, fill=ink)
        x0, y0, x1, y1 = draw.textbbox(xy, text, font=font)
        boxes.append((x0, y0, x1 - x0, y1 - y0))
    return Rendered(image, boxes)


@pytest.fixture
def render() -> Callable[..., Rendered]:
    return render_text


def busy_desktop(
    dialog_lines: Sequence[str], *, dark: bool = False
) -> tuple[Image.Image, tuple[int, int, int, int]]:
    """A 1600x1000 desktop: a window full of text, and an error dialog on top of it.

    Returns the image and the dialog's frame (x, y, w, h).
    """
    image = Image.new("RGB", (1600, 1000), (40, 80, 140))
    draw = ImageDraw.Draw(image)
    body, frame = ((43, 45, 49), (85, 88, 94)) if dark else ((255, 255, 255), (176, 179, 184))
    draw.rectangle((100, 60, 1300, 900), fill=body, outline=frame)
    filler = [f"{i:02d}  task_{i} 里程碑 milestone review 进度 {i * 7 % 100}%" for i in range(30)]
    render_text(filler, dark=dark, image=image, origin=(120, 80), font_px=14)
    x, y, w, h = 560, 380, 640, 190
    draw.rectangle((x + 6, y + 6, x + w + 6, y + h + 6), fill=(20, 20, 20))  # shadow
    draw.rectangle((x, y, x + w, y + h), fill=body, outline=frame)
    draw.ellipse((x + 20, y + 24, x + 56, y + 60), fill=(217, 48, 37))
    render_text(dialog_lines, dark=dark, image=image, origin=(x + 76, y + 24))
    return image, (x, y, w, h)


@pytest.fixture
def desktop() -> Callable[..., tuple[Image.Image, tuple[int, int, int, int]]]:
    return busy_desktop


# --- Xvfb ---------------------------------------------------------------------------


def _free_display() -> int:
    for number in range(140, 400):
        if (
            not Path(f"/tmp/.X{number}-lock").exists()
            and not Path(f"/tmp/.X11-unix/X{number}").exists()
        ):
            return number
    raise RuntimeError("no free X display number")


@pytest.fixture
def xvfb(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., str]]:
    """Start Xvfb with the given screen arguments; DISPLAY points at it."""
    assert shutil.which("Xvfb"), "Xvfb is needed (Debian: apt install xvfb)"
    started: list[subprocess.Popen[bytes]] = []

    def start(*screen_args: str) -> str:
        number = _free_display()
        proc = subprocess.Popen(
            ["Xvfb", f":{number}", *screen_args, "-nolisten", "tcp", "-noreset"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        started.append(proc)
        socket = Path(f"/tmp/.X11-unix/X{number}")
        deadline = time.monotonic() + 20
        while not socket.exists():
            assert proc.poll() is None, "Xvfb exited at start"
            assert time.monotonic() < deadline, "Xvfb did not start in 20 s"
            time.sleep(0.05)
        display = f":{number}"
        monkeypatch.setenv("DISPLAY", display)
        monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
        monkeypatch.setenv("XDG_SESSION_TYPE", "x11")
        return display

    yield start
    for proc in started:
        proc.terminate()
        proc.wait(timeout=10)


class _MonitorInfo(ctypes.Structure):
    _fields_ = [
        ("name", ctypes.c_ulong),
        ("primary", ctypes.c_int),
        ("automatic", ctypes.c_int),
        ("noutput", ctypes.c_int),
        ("x", ctypes.c_int),
        ("y", ctypes.c_int),
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("mwidth", ctypes.c_int),
        ("mheight", ctypes.c_int),
        ("outputs", ctypes.POINTER(ctypes.c_ulong)),
    ]


class _ScreenResources(ctypes.Structure):
    _fields_ = [
        ("timestamp", ctypes.c_ulong),
        ("config_timestamp", ctypes.c_ulong),
        ("ncrtc", ctypes.c_int),
        ("crtcs", ctypes.c_void_p),
        ("noutput", ctypes.c_int),
        ("outputs", ctypes.POINTER(ctypes.c_ulong)),
        ("nmode", ctypes.c_int),
        ("modes", ctypes.c_void_p),
    ]


class XClient:
    """A tiny Xlib client for tests: RandR monitors, painted rectangles, an active window."""

    def __init__(self) -> None:
        self.x11 = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
        self.xrr = ctypes.CDLL(ctypes.util.find_library("Xrandr") or "libXrandr.so.2")
        x, r, vp, ul = self.x11, self.xrr, ctypes.c_void_p, ctypes.c_ulong
        x.XOpenDisplay.restype = vp
        x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x.XDefaultRootWindow.restype = ul
        x.XDefaultRootWindow.argtypes = [vp]
        x.XDefaultGC.restype = vp
        x.XDefaultGC.argtypes = [vp, ctypes.c_int]
        x.XSetForeground.argtypes = [vp, vp, ul]
        x.XFillRectangle.argtypes = [
            vp,
            ul,
            vp,
            ctypes.c_int,
            ctypes.c_int,
            ctypes.c_uint,
            ctypes.c_uint,
        ]
        x.XInternAtom.restype = ul
        x.XInternAtom.argtypes = [vp, ctypes.c_char_p, ctypes.c_int]
        x.XSync.argtypes = [vp, ctypes.c_int]
        x.XCloseDisplay.argtypes = [vp]
        x.XCreateSimpleWindow.restype = ul
        x.XCreateSimpleWindow.argtypes = [
            vp,
            ul,
            ctypes.c_int,
            ctypes.c_int,
            ctypes.c_uint,
            ctypes.c_uint,
            ctypes.c_uint,
            ul,
            ul,
        ]
        x.XMapWindow.argtypes = [vp, ul]
        x.XChangeProperty.argtypes = [vp, ul, ul, ul, ctypes.c_int, ctypes.c_int, vp, ctypes.c_int]
        r.XRRAllocateMonitor.restype = ctypes.POINTER(_MonitorInfo)
        r.XRRAllocateMonitor.argtypes = [vp, ctypes.c_int]
        r.XRRSetMonitor.argtypes = [vp, ul, ctypes.POINTER(_MonitorInfo)]
        r.XRRGetScreenResources.restype = ctypes.POINTER(_ScreenResources)
        r.XRRGetScreenResources.argtypes = [vp, ul]
        self.display = x.XOpenDisplay(None)
        assert self.display, "cannot open the X display"
        self.root = x.XDefaultRootWindow(self.display)

    def set_monitors(self, layout: Sequence[tuple[int, int, int, int, bool]]) -> None:
        """Define RandR 1.5 monitors (x, y, w, h, primary) on the root window."""
        resources = self.xrr.XRRGetScreenResources(self.display, self.root).contents
        for i, (x, y, w, h, primary) in enumerate(layout):
            monitor = self.xrr.XRRAllocateMonitor(self.display, 1 if i == 0 else 0)
            info = monitor.contents
            info.name = self.x11.XInternAtom(self.display, f"KEFU-{i}".encode(), 0)
            info.primary, info.automatic = int(primary), 0
            info.x, info.y, info.width, info.height = x, y, w, h
            info.mwidth, info.mheight = w * 254 // 960, h * 254 // 960
            if i == 0:  # takes over the real output, so its automatic monitor goes away
                info.outputs[0] = resources.outputs[0]
            self.xrr.XRRSetMonitor(self.display, self.root, monitor)
        self.x11.XSync(self.display, 0)

    def fill(self, x: int, y: int, w: int, h: int, rgb: tuple[int, int, int]) -> None:
        gc = self.x11.XDefaultGC(self.display, 0)
        self.x11.XSetForeground(self.display, gc, (rgb[0] << 16) | (rgb[1] << 8) | rgb[2])
        self.x11.XFillRectangle(self.display, self.root, gc, x, y, w, h)
        self.x11.XSync(self.display, 0)

    def make_active_window(self, x: int, y: int, w: int, h: int) -> None:
        """Map a window and publish it as _NET_ACTIVE_WINDOW, as a window manager would."""
        window = self.x11.XCreateSimpleWindow(self.display, self.root, x, y, w, h, 0, 0, 0x00FF00)
        self.x11.XMapWindow(self.display, window)
        atom = self.x11.XInternAtom(self.display, b"_NET_ACTIVE_WINDOW", 0)
        value = ctypes.c_ulong(window)
        self.x11.XChangeProperty(self.display, self.root, atom, 33, 32, 0, ctypes.byref(value), 1)
        self.x11.XSync(self.display, 0)

    def close(self) -> None:
        self.x11.XCloseDisplay(self.display)


@pytest.fixture
def xclient(xvfb: Callable[..., str]) -> Iterator[Callable[..., XClient]]:
    """An Xvfb of the given size with an Xlib client connected to it."""
    clients: list[XClient] = []

    def connect(*screen_args: str) -> XClient:
        xvfb(*screen_args)
        client = XClient()
        clients.append(client)
        return client

    yield connect
    for client in clients:
        client.close()
