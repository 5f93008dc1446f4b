"""The tray icon and its menu: open Kefu, report a problem, ask for help now, the
recent tickets with their unread count, queued reports, and (agents) who asks
for a live session; notifications for replies, new tickets and SLA breaches.

The icon shows the state: idle, unread replies, or your screen being shared.
Where the desktop has no tray, `TrayIcon.available` is False and nothing is shown;
the menu still exists (the window's pieces add to it either way).
`desktop.ui.tray_state.TrayController` fills it from the session.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from desktop.ui import i18n


class TrayState(Enum):
    IDLE = "idle"
    UNREAD = "unread"
    SHARING = "sharing"


def tray_icon(state: TrayState) -> QIcon:
    """The tray picture for a state (resources/icons/tray-<state>.svg)."""
    return QIcon(str(i18n.resource("icons", f"tray-{state.value}.svg")))


def _unread_dot() -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#f59e0b"))  # the amber of tray-unread.svg
    painter.drawEllipse(4, 4, 8, 8)
    painter.end()
    return QIcon(pixmap)


def _menu_text(text: str) -> str:
    return text.replace("&", "&&")  # a ticket title's "&" is not a mnemonic


class TrayIcon(QObject):
    """Signals: open_requested(); report_requested(); help_requested();
    ticket_requested(int ticket_id); session_requested(int ticket_id) (an agent
    answers "help now" with a session request); quit_requested()."""

    open_requested = Signal()
    report_requested = Signal()
    help_requested = Signal()
    ticket_requested = Signal(int)
    session_requested = Signal(int)
    quit_requested = Signal()

    def __init__(self, icon: QIcon | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.available = QSystemTrayIcon.isSystemTrayAvailable()
        self.state = TrayState.IDLE
        self.tooltip = "Kefu"
        self._shown_recent: tuple[list[tuple[int, str, bool]], int] = ([], 0)
        self._shown_help: list[tuple[int, str]] = []
        self.menu = QMenu()
        self.open_action = self.menu.addAction(self.tr("Open Kefu"))
        self.open_action.triggered.connect(self.open_requested)
        self.report_action = self.menu.addAction(self.tr("Report a problem…"))
        self.report_action.triggered.connect(self.report_requested)
        self.help_action = self.menu.addAction(self.tr("Ask for help now…"))
        self.help_action.setToolTip(
            self.tr("File a ticket and ask an agent to look at your screen with you")
        )
        self.help_action.triggered.connect(self.help_requested)
        self.menu.addSeparator()
        # The changing sections sit between fixed separators, rebuilt in place.
        self._recent_end = self.menu.addSeparator()
        self._help_end = self.menu.addSeparator()
        self.recent_actions: list[QAction] = []
        self.help_actions: list[QAction] = []
        self.quit_action = self.menu.addAction(self.tr("Quit Kefu"))
        self.quit_action.triggered.connect(self.quit_requested)
        self._clicked_ticket: tuple[int, bool] | None = None  # the last notification's
        self.last_notice: tuple[str, str] | None = None
        self.icon: QSystemTrayIcon | None = None
        if self.available:
            self.icon = QSystemTrayIcon(icon or tray_icon(TrayState.IDLE), self)
            self.icon.setToolTip("Kefu")
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._activated)
            self.icon.messageClicked.connect(self.message_clicked)
            self.icon.show()
        self.set_customer(None)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.open_requested.emit()

    def message_clicked(self) -> None:
        """The person clicked the last notification: open what it was about."""
        if self._clicked_ticket is None:
            self.open_requested.emit()
            return
        ticket_id, live = self._clicked_ticket
        (self.session_requested if live else self.ticket_requested).emit(ticket_id)

    # -- what the menu shows ------------------------------------------------------------

    def set_customer(self, customer: bool | None) -> None:
        """Customer (True), agent (False) or nobody signed in (None)."""
        self.report_action.setVisible(customer is True)
        self.help_action.setVisible(customer is True)

    def set_report_enabled(self, enabled: bool) -> None:
        self.report_action.setVisible(enabled)
        self.help_action.setVisible(enabled)

    def _header(self, title: str) -> QAction:
        """A section title: a separator above, the title greyed and not clickable."""
        header = QAction(title, self)
        header.setEnabled(False)
        font = header.font()
        font.setPointSizeF(max(font.pointSizeF() - 1, 7))
        font.setBold(True)
        header.setFont(font)
        return header

    def _replace(self, old: list[QAction], before: QAction, rows: list[QAction]) -> None:
        for action in old:
            self.menu.removeAction(action)
            action.deleteLater()
        old[:] = rows
        for action in rows:
            self.menu.insertAction(before, action)

    def set_recent(self, rows: list[tuple[int, str, bool]], unread: int) -> None:
        """The recent tickets: (ticket id, "KF-1042 title", unread) rows, newest first."""
        if (rows, unread) == self._shown_recent:
            return  # unchanged: an open menu is not rebuilt under the pointer
        self._shown_recent = (rows, unread)
        actions: list[QAction] = []
        if rows:
            if unread:
                title = self.tr("Recent tickets (%n unread)", "", unread)
            else:
                title = self.tr("Recent tickets")
            actions.append(self._header(title))
        for ticket_id, label, is_unread in rows:
            action = QAction(_menu_text(label), self)
            action.setData(ticket_id)
            if is_unread:  # a dot in the icon column and bold, as in the ticket list
                action.setIcon(_unread_dot())
                font = action.font()
                font.setBold(True)
                action.setFont(font)
                action.setToolTip(self.tr("New reply you have not read"))
            action.triggered.connect(lambda _c=False, t=ticket_id: self.ticket_requested.emit(t))
            actions.append(action)
        self._replace(self.recent_actions, self._recent_end, actions)

    def set_help_waiting(self, rows: list[tuple[int, str]]) -> None:
        """Agents: tickets whose customer asked for help now and waits for a session."""
        if rows == self._shown_help:
            return
        self._shown_help = rows
        actions: list[QAction] = []
        if rows:
            actions.append(self._header(self.tr("Asking for a live session")))
        for ticket_id, label in rows:
            action = QAction(_menu_text(label), self)
            action.setData(ticket_id)
            action.setToolTip(self.tr("Open the ticket and request a remote session"))
            action.triggered.connect(lambda _c=False, t=ticket_id: self.session_requested.emit(t))
            actions.append(action)
        self._replace(self.help_actions, self._help_end, actions)

    def set_state(self, state: TrayState, tooltip: str) -> None:
        if (state, tooltip) == (self.state, self.tooltip):
            return
        self.state, self.tooltip = state, tooltip
        if self.icon is not None:
            self.icon.setIcon(tray_icon(state))
            self.icon.setToolTip(tooltip)

    def notify(self, title: str, text: str) -> bool:
        """Show a desktop notification (a click opens Kefu); False when there is no
        tray to show it."""
        self._clicked_ticket = None
        self.last_notice = (title, text)  # what the person was told (also without a tray)
        if self.icon is None or not self.icon.supportsMessages():
            return False
        self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 8000)
        return True

    def open_on_click(self, ticket_id: int, *, live: bool = False) -> None:
        """A click on the notification just shown opens this ticket (with `live`,
        agents are asked to request a session on it)."""
        self._clicked_ticket = (ticket_id, live)

    def hide(self) -> None:
        if self.icon is not None:
            self.icon.hide()
