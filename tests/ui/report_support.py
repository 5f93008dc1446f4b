"""Helpers for the report tests: an X screen showing a rendered error dialog.

Qt runs offscreen; the capture reads a private Xvfb whose root window shows a
desktop painted with Pillow (a window full of text and an error dialog on
top), put there with XPutImage, so the test knows every pixel on "screen".
"""

from __future__ import annotations

import ctypes
import shutil
import subprocess
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import QPoint, Qt

from desktop.core.textboxes import Box
from desktop.ui.report.overlay import CaptureOverlay
from desktop.ui.report.window import ReportWindow
from tests.core.conftest import XClient, render_text
from tests.ui.support import Client

SCREEN = (1280, 800)
EMAIL = "chen.wei@example.com"
PHONE = "13812345678"
ERROR_LINE = "Cannot connect to the database server (ORA-12154)."
DIALOG_LINES = (ERROR_LINE, f"Signed in as {EMAIL}, phone {PHONE}", "Click OK to try again.")
DIALOG = Box(300, 260, 620, 170)  # where the dialog is on the screen


def paint_desktop(lines: Sequence[str] = DIALOG_LINES) -> Image.Image:
    image = Image.new("RGB", SCREEN, (40, 80, 140))
    draw = ImageDraw.Draw(image)
    draw.rectangle((60, 40, 1100, 720), fill=(255, 255, 255), outline=(176, 179, 184))
    filler = [f"{i:02d}  task_{i} 里程碑 milestone review 进度 {i * 7 % 100}%" for i in range(24)]
    render_text(filler, image=image, origin=(80, 60), font_px=14)
    x, y, w, h = DIALOG.x, DIALOG.y, DIALOG.w, DIALOG.h
    draw.rectangle((x + 6, y + 6, x + w + 6, y + h + 6), fill=(20, 20, 20))  # shadow
    draw.rectangle((x, y, x + w - 1, y + h - 1), fill=(250, 250, 250), outline=(120, 120, 120))
    draw.ellipse((x + 20, y + 28, x + 56, y + 64), fill=(217, 48, 37))
    render_text(list(lines), image=image, origin=(x + 76, y + 28), font_px=18)
    return image


def put_image(x: XClient, image: Image.Image) -> None:
    """Show `image` on the root window (24-bit TrueColor, as Xvfb's default)."""
    lib, vp = x.x11, ctypes.c_void_p
    lib.XDefaultVisual.restype = vp
    lib.XDefaultVisual.argtypes = [vp, ctypes.c_int]
    lib.XCreateImage.restype = vp
    lib.XCreateImage.argtypes = [
        vp, vp, ctypes.c_uint, ctypes.c_int, ctypes.c_int, ctypes.c_char_p,
        ctypes.c_uint, ctypes.c_uint, ctypes.c_int, ctypes.c_int,
    ]  # fmt: skip
    lib.XPutImage.argtypes = [
        vp, ctypes.c_ulong, vp, vp, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_int,
        ctypes.c_uint, ctypes.c_uint,
    ]  # fmt: skip
    data = ctypes.create_string_buffer(image.convert("RGB").tobytes("raw", "BGRX"))
    visual = lib.XDefaultVisual(x.display, 0)
    w, h = image.size
    ximage = lib.XCreateImage(x.display, visual, 24, 2, 0, data, w, h, 32, w * 4)  # 2 = ZPixmap
    gc = lib.XDefaultGC(x.display, 0)
    lib.XPutImage(x.display, x.root, gc, ximage, 0, 0, 0, 0, w, h)
    lib.XSync(x.display, 0)
    # The XImage struct is left to the process: XDestroyImage would free our buffer.


def _free_display() -> int:
    for number in range(700, 980):
        if (
            not Path(f"/tmp/.X{number}-lock").exists()
            and not Path(f"/tmp/.X11-unix/X{number}").exists()
        ):
            return number
    raise RuntimeError("no free X display number")


@dataclass
class Screen:
    x: XClient

    def show(self, image: Image.Image) -> None:
        put_image(self.x, image)


@pytest.fixture
def error_screen(monkeypatch: pytest.MonkeyPatch) -> Iterator[Screen]:
    """A 1280x800 Xvfb showing a desktop with the error dialog."""
    assert shutil.which("Xvfb"), "Xvfb is needed (Debian: apt install xvfb)"
    number = _free_display()
    proc = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24", "-nolisten", "tcp",
         "-noreset"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    socket = Path(f"/tmp/.X11-unix/X{number}")
    deadline = time.monotonic() + 20
    while not socket.exists():
        assert proc.poll() is None, "Xvfb exited at start"
        assert time.monotonic() < deadline, "Xvfb did not start in 20 s"
        time.sleep(0.05)
    monkeypatch.setenv("DISPLAY", f":{number}")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("XDG_SESSION_TYPE", "x11")
    monkeypatch.setenv("OMP_THREAD_LIMIT", "1")
    x = XClient()
    screen = Screen(x)
    screen.show(paint_desktop())
    try:
        yield screen
    finally:
        x.close()
        proc.terminate()
        proc.wait(timeout=10)


# --- driving the flow -----------------------------------------------------------


def start_report(qtbot: Any, client: Client) -> CaptureOverlay:
    """Trigger the menu action; Kefu hides, the screen is grabbed, the overlay shows."""
    window = client.window
    grabber = window.report.grabber
    grabber.settle_ms = 50
    assert window.report_action.isEnabled()
    with qtbot.waitSignal(grabber.overlay_shown, timeout=10000) as shown:
        window.report_action.trigger()
        assert not window.isVisible()  # hidden before the shot
    assert grabber.visible_at_grab == []  # nothing of Kefu's was on screen when grabbed
    return shown.args[0]


def select(qtbot: Any, overlay: CaptureOverlay, box: Box) -> None:
    qtbot.mousePress(overlay, Qt.MouseButton.LeftButton, pos=QPoint(box.x, box.y))
    qtbot.mouseMove(overlay, QPoint(box.x + box.w // 2, box.y + box.h // 2))
    end = QPoint(box.right - 1, box.bottom - 1)
    qtbot.mouseMove(overlay, end)
    qtbot.mouseRelease(overlay, Qt.MouseButton.LeftButton, pos=end)


def report_dialog(qtbot: Any, client: Client) -> ReportWindow:
    """From the action to a report window whose text is read and suggestions loaded."""
    overlay = start_report(qtbot, client)
    region = Box(DIALOG.x - 4, DIALOG.y - 4, DIALOG.w + 8, DIALOG.h + 8)
    select(qtbot, overlay, region)
    controller = client.window.report
    qtbot.waitUntil(lambda: controller.window is not None, timeout=5000)
    report = controller.window
    assert report is not None
    qtbot.waitUntil(lambda: client.window.isVisible(), timeout=5000)  # Kefu is back
    qtbot.waitUntil(lambda: not report.busy and report.suggestion_rounds > 0, timeout=60000)
    (capture,) = report.draft.captures
    assert capture.image.size == (region.w, region.h) and capture.origin == region
    return report
