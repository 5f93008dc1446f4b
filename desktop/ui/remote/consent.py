"""Asking the customer: who wants to see the screen, for which ticket, what they may do.

Decline is the default button (Enter and Esc both decline), a countdown
declines by itself, and nothing here ever accepts on its own: only a click on
"Share my screen" does.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.remote.api import RemoteSession
from desktop.core.screenshot_geometry import MonitorInfo

DEFAULT_TIMEOUT = 120  # seconds; the hub's code lives 10 minutes, a person answers sooner


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ConsentDialog(QDialog):
    """Result: Accepted with `monitor` set, or Rejected (`timed_out` says whether by itself).

    Signals: QDialog's finished(int).
    """

    def __init__(
        self,
        session: RemoteSession,
        monitors: Sequence[MonitorInfo],
        *,
        timeout: int = DEFAULT_TIMEOUT,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.timed_out = False
        self.monitor: int | None = None
        self._left = timeout
        self.setWindowTitle(self.tr("Remote assistance request"))
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self.setObjectName("consentDialog")
        self.setMinimumWidth(480)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        agent = session.agent
        who = _escape(agent.display_name)
        org = _escape(agent.organization or "")
        heading = QLabel(
            self.tr("<b>%1</b> from %2 wants to see your screen.")
            .replace("%1", who)
            .replace("%2", org)
            if org
            else self.tr("<b>%1</b> wants to see your screen.").replace("%1", who)
        )
        heading.setObjectName("pageTitle")
        heading.setWordWrap(True)
        layout.addWidget(heading)

        card = QFrame()
        card.setObjectName("card")
        details = QVBoxLayout(card)
        self.ticket_label = QLabel(
            self.tr("For ticket %1: %2")
            .replace("%1", _escape(session.ticket_number))
            .replace("%2", _escape(session.ticket_title))
        )
        self.ticket_label.setWordWrap(True)
        details.addWidget(self.ticket_label)
        if session.reason:
            reason = QLabel(self.tr("Reason: %1").replace("%1", _escape(session.reason)))
            reason.setWordWrap(True)
            details.addWidget(reason)
        scope = QLabel(
            self.tr(
                "<b>View only.</b> They will see the screen you choose, can point at things "
                "and chat with you. They cannot click, type or open files on your computer."
            )
        )
        scope.setWordWrap(True)
        details.addWidget(scope)
        stop = QLabel(self.tr("You can pause or stop sharing at any time from the bar at the top."))
        stop.setObjectName("muted")
        stop.setWordWrap(True)
        details.addWidget(stop)
        layout.addWidget(card)

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Screen to share:")))
        self.monitor_combo = QComboBox()
        self.monitor_combo.setAccessibleName(self.tr("Screen to share"))
        for info in monitors:
            box = info.physical
            text = self.tr("Screen %1 — %2 × %3").replace("%1", str(info.index))
            text = text.replace("%2", str(box.w)).replace("%3", str(box.h))
            if info.primary:
                text += " " + self.tr("(main)")
            self.monitor_combo.addItem(text, info.index)
        primary = next((i for i, m in enumerate(monitors) if m.primary), 0)
        self.monitor_combo.setCurrentIndex(primary)
        row.addWidget(self.monitor_combo, 1)
        layout.addLayout(row)

        self.countdown = QLabel()
        self.countdown.setObjectName("muted")
        buttons = QHBoxLayout()
        buttons.addWidget(self.countdown, 1)
        self.accept_button = QPushButton(self.tr("Share my screen"))
        self.accept_button.setAutoDefault(False)
        self.accept_button.setDefault(False)
        self.accept_button.clicked.connect(self._accept_clicked)
        self.decline_button = QPushButton(self.tr("Decline"))
        self.decline_button.setObjectName("primary")
        self.decline_button.setAutoDefault(True)
        self.decline_button.setDefault(True)  # Enter never shares by accident
        self.decline_button.clicked.connect(self.reject)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.decline_button)
        layout.addLayout(buttons)
        self.accept_button.setEnabled(bool(monitors))

        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        self._show_countdown()
        self.decline_button.setFocus()

    def _show_countdown(self) -> None:
        minutes, seconds = divmod(max(self._left, 0), 60)
        self.countdown.setText(
            self.tr("Declines by itself in %1.").replace("%1", f"{minutes}:{seconds:02d}")
        )

    def _tick(self) -> None:
        self._left -= 1
        self._show_countdown()
        if self._left <= 0:
            self.timed_out = True
            self.reject()

    def _accept_clicked(self) -> None:
        self.monitor = self.monitor_combo.currentData()
        self.accept()

    def done(self, result: int) -> None:
        self._timer.stop()
        if result != QDialog.DialogCode.Accepted:
            self.monitor = None
        super().done(result)
