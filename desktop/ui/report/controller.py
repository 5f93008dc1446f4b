""" "Report a problem" from the menu, the tray or Ctrl+Shift+R: grab, then the report window.

One report at a time: asking again while a report is open adds another
screenshot to it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal

from desktop.ui import messages
from desktop.ui.report.grab import ScreenGrabber, Shot
from desktop.ui.report.overlay import can_stack
from desktop.ui.report.window import ReportWindow
from desktop.ui.session import Session

SHORTCUT = "Ctrl+Shift+R"


class ReportController(QObject):
    """Signals: window_opened(ReportWindow); filed(TicketDetail); commented(int ticket_id)."""

    window_opened = Signal(object)
    filed = Signal(object)
    commented = Signal(int)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.grabber = ScreenGrabber(self)
        self.grabber.taken.connect(self._taken)
        self.window: ReportWindow | None = None

    def start(self, delay_seconds: int = 0) -> None:
        """Begin a report (or add a screenshot to the open one)."""
        user = self.session.user
        if user is None or self.session.client is None:
            messages.warning(self.tr("Sign in first, then report the problem."))
            return
        if user.is_agent:
            return
        self.grabber.start(delay_seconds)

    def _taken(self, shot: Shot) -> None:
        window = self.window
        if window is None or not window.isVisible():  # none yet, or closed and going
            window = ReportWindow(self.session)
            window.capture_requested.connect(self.start)
            window.filed.connect(self.filed)
            window.commented.connect(self.commented)
            window.destroyed.connect(self._window_gone)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            self.window = window
            window.add_shot(shot)
            window.show()
            self.window_opened.emit(window)
        else:
            window.add_shot(shot)
        if can_stack():
            window.raise_()
            window.activateWindow()

    def _window_gone(self) -> None:
        self.window = None
