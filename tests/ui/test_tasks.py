"""The task runner, the message channel and the crash dialog."""

from __future__ import annotations

import sys
import threading

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop.core.hubclient import HubError
from desktop.ui import messages
from desktop.ui.crash import CrashDialog, crash_details
from desktop.ui.messages import Level, Message
from desktop.ui.tasks import TaskRunner


def test_result_comes_back_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    gui = threading.get_ident()
    seen: dict[str, int] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    results: list[object] = []
    with qtbot.waitSignal(
        runner.busy_changed, check_params_cb=lambda busy: not busy, timeout=10000
    ):
        task = runner.run(work, on_done=lambda r: results.append((r, threading.get_ident())))
    assert results == [(42, gui)] and seen["worker"] != gui
    assert task.done and runner.idle


def test_failures_reach_the_message_channel(qtbot, messages_seen: list[Message]) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()

    def fail() -> None:
        raise HubError(401, "invalid_credentials", "wrong")

    task = runner.run(fail)
    qtbot.waitUntil(lambda: task.done, timeout=10000)
    assert messages_seen == [Message(Level.ERROR, "The e-mail address or the password is wrong.")]
    caught: list[Exception] = []
    task = runner.run(fail, on_error=caught.append)
    qtbot.waitUntil(lambda: task.done, timeout=10000)
    assert isinstance(caught[0], HubError) and len(messages_seen) == 1


def test_progress_and_cancel(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    started = threading.Event()
    progress: list[tuple[int, int]] = []

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        progress(1, 3)
        started.set()
        while not cancelled():
            threading.Event().wait(0.01)  # the worker's own pacing, not a test sleep
        return "stopped"

    results: list[object] = []
    task = runner.run(
        work, progress=True, on_progress=lambda *a: progress.append(a), on_done=results.append
    )
    assert started.wait(10)
    task.cancel()
    qtbot.waitUntil(lambda: task.done, timeout=10000)
    assert results == ["stopped"] and progress == [(1, 3)]


def test_message_helpers_post_levels(qapp: QApplication, messages_seen: list[Message]) -> None:
    messages.info("i")
    messages.warning("w")
    messages.error("e")
    assert [m.level for m in messages_seen] == [Level.INFO, Level.WARNING, Level.ERROR]
    assert messages.bus().history[-1].text == "e"


def test_crash_dialog_copies_details(qtbot) -> None:  # type: ignore[no-untyped-def]
    try:
        raise ValueError("boom")
    except ValueError:
        details = crash_details(*sys.exc_info())  # type: ignore[arg-type]
    assert "ValueError: boom" in details and "Kefu 0.1.0" in details
    dialog = CrashDialog(details)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == details
    assert dialog.copy_button.text() == "Copied"
    with qtbot.waitSignal(dialog.finished):
        dialog.reject()


def test_an_answer_for_a_deleted_object_is_dropped(qtbot, qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    import functools

    from PySide6.QtCore import QObject, Signal

    class Page(QObject):
        loaded = Signal(int)

        def shown(self, value: int, result: object) -> None:
            self.loaded.emit(value)  # raises "Signal source has been deleted" if gone

    runner = TaskRunner()
    gate = threading.Event()
    page = Page()
    task = runner.run(gate.wait, on_done=functools.partial(page.shown, 7), on_error=page.shown)
    page.deleteLater()
    qtbot.waitUntil(lambda: not _alive(page), timeout=5000)
    gate.set()
    qtbot.waitUntil(lambda: task.done, timeout=5000)  # and no exception in the event loop

    kept: list[object] = []
    runner.run(lambda: 42, on_done=kept.append)  # plain callables still get their answer
    qtbot.waitUntil(lambda: kept == [42], timeout=5000)


def _alive(obj: object) -> bool:
    from shiboken6 import isValid

    return bool(isValid(obj))
