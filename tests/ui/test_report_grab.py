"""Taking the shot: Kefu's windows hide and come back, a second screenshot joins the
open report, the delay waits before grabbing again, and Wayland is said plainly."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt

from desktop.core.credentials import TokenStore
from desktop.core.profile import Profile
from desktop.core.settings import Settings
from desktop.core.textboxes import Box
from desktop.ui.messages import Message
from desktop.ui.report.grab import ScreenGrabber, Shot
from desktop.ui.report.window import ReportWindow
from desktop.ui.session import Session
from desktop.ui.tasks import TaskRunner
from tests.ui.report_support import DIALOG, Screen, error_screen
from tests.ui.support import MemoryKeyring

__all__ = ["error_screen"]  # the fixture, used by name


def make_window(qtbot: Any, tmp_path: Path) -> ReportWindow:
    prof = Profile(tmp_path / "p", "p")
    session = Session(Settings(), TaskRunner(), prof, TokenStore(prof, MemoryKeyring()))
    window = ReportWindow(session)
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_second_screenshot_is_taken_with_the_report_window_hidden(
    qtbot: Any, tmp_path: Path, error_screen: Screen
) -> None:
    window = make_window(qtbot, tmp_path)
    grabber = ScreenGrabber()
    grabber.settle_ms = 50
    grabber.taken.connect(window.add_shot)
    window.capture_requested.connect(grabber.start)
    for number in (1, 2):
        with qtbot.waitSignal(grabber.overlay_shown, timeout=10000) as shown:
            window.editor.add_button.click()  # "Add screenshot" (now)
            assert not window.isVisible()
        assert grabber.visible_at_grab == []
        assert window.isVisible()  # back at once, under the overlay
        overlay = shown.args[0]
        # A click on the dialog takes the window found in the pixels: exactly its frame.
        with qtbot.waitSignal(grabber.taken) as taken:
            qtbot.mouseClick(
                overlay, Qt.MouseButton.LeftButton, pos=QPoint(DIALOG.x + 40, DIALOG.y + 40)
            )
        shot: Shot = taken.args[0]
        assert shot.source == "window"
        assert abs(shot.box.x - DIALOG.x) <= 2 and abs(shot.box.w - DIALOG.w) <= 3
        assert window.isVisible() and len(window.draft.captures) == number
    assert window.editor.capture_model.rowCount() == 2
    assert window.editor.remove_button.isEnabled()
    qtbot.waitUntil(lambda: not window.busy, timeout=60000)  # both read on the worker
    window.remove_capture(0)
    assert len(window.draft.captures) == 1


def test_the_delay_grabs_again_later(qtbot: Any, error_screen: Screen) -> None:
    grabber = ScreenGrabber()
    grabber.settle_ms = 50
    with qtbot.waitSignal(grabber.overlay_shown, timeout=10000) as shown:
        grabber.start()
    started = time.monotonic()
    with qtbot.waitSignal(grabber.overlay_shown, timeout=10000) as again:
        shown.args[0].delay_buttons[3].click()
        assert grabber.busy and grabber.overlay is None
    assert time.monotonic() - started >= 2.9
    with qtbot.waitSignal(grabber.cancelled):
        qtbot.keyClick(again.args[0], Qt.Key.Key_Escape)
    assert not grabber.busy


def test_wayland_is_said_plainly_and_nothing_hides(
    qtbot: Any, tmp_path: Path, monkeypatch: Any, messages_seen: list[Message]
) -> None:
    monkeypatch.setenv("XDG_SESSION_TYPE", "wayland")
    window = make_window(qtbot, tmp_path)
    grabber = ScreenGrabber()
    with qtbot.waitSignal(grabber.cancelled):
        grabber.start()
    assert window.isVisible() and grabber.overlay is None
    assert any("Wayland" in m.text for m in messages_seen)


def test_click_takes_the_top_most_x11_window(qtbot: Any, error_screen: Screen) -> None:
    error_screen.x.make_active_window(700, 480, 300, 200)  # green, over the desktop
    grabber = ScreenGrabber()
    grabber.settle_ms = 50
    with qtbot.waitSignal(grabber.overlay_shown, timeout=10000) as shown:
        grabber.start()
    overlay = shown.args[0]
    assert overlay.windows[0] == Box(700, 480, 300, 200)
    with qtbot.waitSignal(grabber.taken) as taken:
        qtbot.mouseClick(overlay, Qt.MouseButton.LeftButton, pos=QPoint(760, 520))
    shot: Shot = taken.args[0]
    assert (shot.source, shot.box) == ("window", Box(700, 480, 300, 200))
    assert shot.image.getpixel((150, 100)) == (0, 255, 0)


def test_an_image_from_the_clipboard_becomes_a_capture(
    qtbot: Any, tmp_path: Path, messages_seen: list[Message]
) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop.ui.report.grab import to_qimage
    from tests.ui.report_support import paint_desktop

    window = make_window(qtbot, tmp_path)
    QApplication.clipboard().clear()
    window.editor.paste_action.trigger()
    assert window.draft.captures == [] and any("clipboard" in m.text for m in messages_seen)

    picture = paint_desktop().crop((DIALOG.x, DIALOG.y, DIALOG.right + 1, DIALOG.bottom))
    QApplication.clipboard().setImage(to_qimage(picture))
    window.editor.paste_action.trigger()
    (capture,) = window.draft.captures
    assert capture.source == "file" and capture.image.tobytes() == picture.tobytes()
    qtbot.waitUntil(lambda: not window.busy, timeout=60000)
    assert capture.read and capture.marks  # read and protected like any screenshot
