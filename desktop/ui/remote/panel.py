"""The ticket page's remote-session strip: the timeline, and (agents) the request button."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
)
from shiboken6 import isValid

from desktop.core.remote import api
from desktop.core.remote.api import RemoteSession
from desktop.core.submission import new_key
from desktop.ui.remote.agent import AgentSession
from desktop.ui.remote.texts import duration_text, ended_text
from desktop.ui.session import Session

SESSION_ROLE = Qt.ItemDataRole.UserRole + 1


class RemoteSessionsPanel(QFrame):
    """Signals: session_started(AgentSession) — the agent asked and the viewer opened."""

    session_started = Signal(object)

    def __init__(self, session: Session, agent: bool) -> None:
        super().__init__()
        self.setObjectName("remoteSessions")
        self.session = session
        self.agent = agent
        self.ticket_id: int | None = None
        self.customer_name = ""
        self.live: dict[int, AgentSession] = {}
        self._reloads = 0  # reloads asked for; an older answer is dropped
        self._request_key = new_key()
        self.reason_dialog: QInputDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        row = QHBoxLayout()
        self.title = QLabel(self.tr("Remote sessions"))
        self.title.setObjectName("muted")
        row.addWidget(self.title, 1)
        self.request_button = QPushButton(self.tr("Request remote session"))
        self.request_button.setToolTip(
            self.tr("Ask the customer to share their screen with you (view only)")
        )
        self.request_button.clicked.connect(self.request)
        self.request_button.setVisible(agent)
        row.addWidget(self.request_button)
        layout.addLayout(row)
        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.view.setMaximumHeight(72)
        self.view.setAccessibleName(self.tr("Remote sessions"))
        layout.addWidget(self.view)
        self.view.hide()
        self.title.setVisible(agent)
        session.signed_out.connect(self.end_all)

    def end_all(self) -> None:
        """Signing out ends the agent's sessions (the customer is told over the relay)."""
        for live in list(self.live.values()):
            live.end()

    def set_ticket(self, ticket_id: int, customer_name: str) -> None:
        if ticket_id != self.ticket_id:
            self._request_key = new_key()
            self.model.clear()
        self.ticket_id, self.customer_name = ticket_id, customer_name
        self.reload()

    def reload(self) -> None:
        client, ticket_id = self.session.client, self.ticket_id
        if client is None or ticket_id is None:
            return
        # Reloads run side by side on the worker pool; only the newest one's answer
        # is shown (an older one could say "requested" after the decline arrived).
        self._reloads += 1
        asked = self._reloads
        self.session.runner.run(
            lambda: api.timeline(client, ticket_id),
            name="session timeline",
            on_done=lambda items: self._show(ticket_id, items, asked),
            on_error=self.session.report,
        )

    def _show(self, ticket_id: int, items: list[RemoteSession], asked: int = 0) -> None:
        if not isValid(self) or ticket_id != self.ticket_id:
            return  # the page went away (signed out) or moved on to another ticket
        if asked and asked != self._reloads:
            return  # a newer reload is on its way
        self.model.clear()
        for rs in items:
            item = QStandardItem(self.describe(rs))
            item.setData(rs, SESSION_ROLE)
            self.model.appendRow(item)
        self.view.setVisible(bool(items))
        self.title.setVisible(self.agent or bool(items))
        busy = any(rs.live for rs in items) or any(not s.over for s in self.live.values())
        self.request_button.setEnabled(not busy)

    def describe(self, rs: RemoteSession) -> str:
        """One timeline line: who, when, what was granted, how long, how it ended."""
        when = rs.requested_at.astimezone().strftime("%Y-%m-%d %H:%M")
        scope = self.tr("view only") if rs.scope == "view" else rs.scope
        parts = [when, rs.agent.display_name, scope]
        if rs.status == "requested":
            parts.append(self.tr("waiting for an answer"))
        elif rs.status == "active":
            parts.append(self.tr("sharing now"))
        else:
            if rs.seconds is not None:
                parts.append(duration_text(rs.seconds))
            peer = self.customer_name if rs.ended_by == "customer" else rs.agent.display_name
            parts.append(ended_text(rs.status, rs.ended_by, rs.end_reason, peer))
        return " · ".join(parts)

    def on_event(self, event: dict[str, Any]) -> None:
        for live in list(self.live.values()):
            live.on_event(event)
        if event.get("ticket_id") == self.ticket_id:
            self.reload()

    def request(self) -> None:
        """Ask the agent what they want to see (shown to the customer), then request."""
        dialog = QInputDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.setWindowTitle(self.tr("Request remote session"))
        dialog.setLabelText(
            self.tr("What do you need to see? The customer reads this before deciding (optional):")
        )
        dialog.setOkButtonText(self.tr("Send request"))
        dialog.textValueSelected.connect(self.send_request)
        self.reason_dialog = dialog
        dialog.open()

    def send_request(self, reason: str = "") -> None:
        client, ticket_id = self.session.client, self.ticket_id
        if client is None or ticket_id is None:
            return
        key, reason = self._request_key, reason.strip()[:500]
        self.request_button.setEnabled(False)
        self.session.runner.run(
            lambda: api.request_session(client, ticket_id, reason or None, key=key),
            name="request session",
            on_done=self._requested,
            on_error=self._request_failed,
        )

    def _requested(self, rs: RemoteSession) -> None:
        self._request_key = new_key()
        live = AgentSession(self.session, rs, self.customer_name)
        self.live[rs.id] = live
        live.finished.connect(self._finished)
        live.start()
        self.session_started.emit(live)
        self.reload()

    def _request_failed(self, exc: Exception) -> None:
        if isValid(self):
            self.request_button.setEnabled(True)
        self.session.report(exc)

    def _finished(self, session_id: int) -> None:
        self.live.pop(session_id, None)
        self.reload()
