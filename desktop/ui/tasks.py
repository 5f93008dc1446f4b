"""The one way to run work off the GUI thread.

`TaskRunner.run(fn, ...)` executes `fn` on a QThreadPool and hands the result
back on the GUI thread by signal. Workers never touch widgets. A failure goes
to the task's `on_error` when given, otherwise to the message channel — it is
never swallowed. Long work may accept `progress` and `cancelled` keyword
arguments (pass `progress=True`).
"""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import isValid

from desktop.ui import messages
from desktop.ui.errors import describe

log = logging.getLogger(__name__)


class Task(QObject):
    """One unit of background work.

    Signals: finished(object) — the result; failed(object) — the exception;
    progress(int, int) — (done, total) when the work reports it.
    """

    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self._cancel = threading.Event()
        self.done = False

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()


class _Runnable(QRunnable):
    def __init__(self, task: Task, fn: Callable[..., Any], with_progress: bool) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._task = task
        self._fn = fn
        self._with_progress = with_progress

    def run(self) -> None:
        task = self._task
        try:
            if self._with_progress:
                result = self._fn(progress=task.progress.emit, cancelled=task.is_cancelled)
            else:
                result = self._fn()
        except Exception as exc:
            log.debug("task %s failed", task.name, exc_info=True)
            task.failed.emit(exc)
        else:
            task.finished.emit(result)


def _receiver_alive(callback: Callable[..., Any]) -> bool:
    """False when the callback is a method (maybe inside functools.partial) of a Qt
    object that was deleted while the task ran: a closed page, a signed-out window.
    Its answer has nowhere to go; calling it would raise "has been deleted"."""
    while isinstance(callback, functools.partial):
        callback = callback.func
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or isValid(owner)


class TaskRunner(QObject):
    """Runs tasks on a pool and keeps them alive until they report.

    Signals: busy_changed(bool) — True while any task runs.
    """

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, max_threads: int = 4) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._active: set[Task] = set()

    @property
    def idle(self) -> bool:
        return not self._active

    def run(
        self,
        fn: Callable[..., Any],
        *,
        name: str = "",
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        progress: bool = False,
    ) -> Task:
        """Run `fn()` (or `fn(progress=, cancelled=)` with progress=True) in the pool."""
        task = Task(name or getattr(fn, "__name__", "task"))
        was_idle = self.idle
        self._active.add(task)

        def finish() -> None:
            task.done = True
            self._active.discard(task)
            if self.idle:
                self.busy_changed.emit(False)

        def done(result: object) -> None:
            finish()
            if on_done is not None and _receiver_alive(on_done):
                on_done(result)

        def failed(exc: Exception) -> None:
            finish()
            if on_error is not None:
                if _receiver_alive(on_error):
                    on_error(exc)
            else:
                messages.error(describe(exc))

        task.finished.connect(done)
        task.failed.connect(failed)
        if on_progress is not None:
            task.progress.connect(on_progress)
        if was_idle:
            self.busy_changed.emit(True)
        self.pool.start(_Runnable(task, fn, progress))
        return task

    def shutdown(self, timeout_ms: int = 5000) -> None:
        for task in list(self._active):
            task.cancel()
        self.pool.waitForDone(timeout_ms)
