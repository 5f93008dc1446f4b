"""The agent's side: request a session on a ticket, then watch, chat and point.

`AgentSession` owns one session's viewer window and relay socket. It opens
the socket right after the request, so the customer's first frame arrives the
moment they accept; the viewer closes as soon as either side ends.
"""

from __future__ import annotations

import logging
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QTimer, Signal
from PySide6.QtGui import QImage

from desktop.core import submission
from desktop.core.remote import api
from desktop.core.remote.api import RemoteSession
from desktop.core.submission import CommentDraft, FileDraft, Queued
from desktop.ui import messages
from desktop.ui.errors import describe
from desktop.ui.outbox_texts import queued_text
from desktop.ui.outbox_view import outbox_kwargs
from desktop.ui.remote.bridge import RelayBridge
from desktop.ui.remote.texts import ended_text
from desktop.ui.remote.viewer import ViewerWindow
from desktop.ui.session import Session

log = logging.getLogger(__name__)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; str works
    buffer.close()
    return bytes(data.data())


class AgentSession(QObject):
    """Signals: finished(int session_id) — the session is over and the viewer closed."""

    finished = Signal(int)

    def __init__(self, session: Session, rs: RemoteSession, customer_name: str) -> None:
        super().__init__()
        self.session = session
        self.rs = rs
        self.customer_name = customer_name
        self.over = False
        client = session.client
        assert client is not None and client.token
        self.viewer = ViewerWindow(customer_name, rs.ticket_number)
        self.bridge = RelayBridge(
            client.hub_url,
            client.token,
            rs.id,
            ca_bundle=session.settings.ca_bundle,
            receive_frames=True,
        )
        self.bridge.frame.connect(self.viewer.set_frame)
        self.bridge.cursor.connect(self.viewer.set_cursor)
        self.bridge.chat.connect(self.viewer.chat.received)
        self.bridge.control.connect(self._control)
        self.bridge.closed.connect(self._closed)
        self.viewer.chat_send.connect(self.bridge.send_chat)
        self.viewer.pointed.connect(self.bridge.send_pointer)
        self.viewer.stop_requested.connect(lambda: self.end())
        self.viewer.closed.connect(self._viewer_closed)
        self.viewer.snapshot_requested.connect(self.snapshot)
        self._figures = QTimer(self)
        self._figures.timeout.connect(self._show_figures)

    def start(self) -> None:
        self.viewer.show_waiting(self.rs.code)
        self.viewer.show()
        self.session.runner.run(self.bridge.open, name="relay", on_error=self._failed)
        self._figures.start(500)

    def _show_figures(self) -> None:
        receiver = self.bridge.receiver
        if receiver is not None and not self.over:
            self.viewer.set_figures(receiver.figures())

    def _control(self, body: dict[str, Any]) -> None:
        kind = body.get("type")
        name = self.customer_name
        if kind == "consented" or (kind == "hello" and body.get("status") == "active"):
            self.viewer.show_status(self.tr("%1 accepted. Starting…").replace("%1", name))
        elif kind == "ended" or (kind == "stop" and body.get("from") != "hub"):
            # "stop" comes straight from the customer, ahead of the hub's "ended".
            status = "declined" if body.get("reason") == "declined" else "ended"
            by = body.get("by", "customer")
            self.finish(ended_text(status, by, body.get("reason"), name))
        elif kind == "pause":
            self.viewer.chat.add_notice(self.tr("%1 paused sharing.").replace("%1", name))
        elif kind == "resume":
            self.viewer.chat.add_notice(self.tr("%1 is sharing again.").replace("%1", name))
        elif kind == "peer_left":
            self.viewer.chat.add_notice(self.tr("%1 lost the connection.").replace("%1", name))

    def on_event(self, event: dict[str, Any]) -> None:
        """session_updated from the live events: declines and expiries end the wait."""
        raw = event.get("session")
        if not isinstance(raw, dict) or raw.get("id") != self.rs.id:
            return
        try:
            rs = api.parse(raw)
        except ValidationError:
            return
        if not rs.live:
            self.finish(ended_text(rs.status, rs.ended_by, rs.end_reason, self.customer_name))

    def _closed(self, code: int, reason: str) -> None:
        if not self.over:
            # End it on the hub too: the customer should not keep a sharing bar up
            # for a viewer that is gone.
            self.end(self.tr("The connection to the session was lost."))

    def _failed(self, exc: Exception) -> None:
        self.finish(describe(exc))

    def finish(self, text: str) -> None:
        """The session is over: close the viewer at once and say why."""
        if self.over:
            return
        self.over = True
        self._figures.stop()
        self.viewer.end(text)
        self.viewer.close()
        messages.info(text)
        self.session.runner.run(self.bridge.close, name="close relay", on_error=log.info)
        self.finished.emit(self.rs.id)

    def end(self, text: str = "") -> None:
        """The agent ends the session (or it is ended for them: `text` says why)."""
        client = self.session.client
        if client is None or self.over:
            return
        session_id = self.rs.id
        self.bridge.send_control("stop")  # the customer stops capturing on this at once
        self.session.runner.run(
            lambda: api.end(client, session_id),
            name="end session",
            on_error=self.session.report,
        )
        self.finish(text or self.tr("You ended the session."))

    def _viewer_closed(self) -> None:
        if not self.over:
            self.end()

    def snapshot(self, image: QImage) -> None:
        """Attach the current picture to the ticket, through the one submission path."""
        client = self.session.client
        if client is None:
            return
        ticket_id = self.rs.ticket_id
        body = self.tr("Screenshot from the remote session with %1.").replace(
            "%1", self.customer_name
        )

        durable = outbox_kwargs(self.session)  # stored in the profile's outbox first

        def send() -> object:
            # PNG encoding of a whole screen takes a while: done here, off the GUI thread.
            png = FileDraft("remote-session.png", png_bytes(image), "image/png")
            draft = CommentDraft(ticket_id, body, files=(png,))
            return submission.send_comment(client, draft, **durable)

        self.viewer.snapshot_button.setEnabled(False)
        self.session.runner.run(
            send,
            name="snapshot",
            on_done=self._snapshot_sent,
            on_error=self._snapshot_failed,
        )

    def _snapshot_sent(self, _comment: object) -> None:
        self.viewer.snapshot_button.setEnabled(not self.over)
        self.viewer.chat.add_notice(self.tr("Snapshot attached to the ticket."))

    def _snapshot_failed(self, exc: Exception) -> None:
        self.viewer.snapshot_button.setEnabled(not self.over)
        if isinstance(exc, Queued):  # safe in the outbox; it goes when the hub is back
            self.viewer.chat.add_notice(queued_text())
            return
        messages.error(describe(exc))
