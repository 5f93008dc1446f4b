"""One running share on the customer's side: relay socket, capture loop, and what
the customer sees (bar, frame, pointer, chat). Created only after Accept."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QCursor

from desktop.core.remote import api
from desktop.core.remote.api import RemoteSession
from desktop.core.remote.sharer import Sharer
from desktop.core.remote.source import FrameSource
from desktop.core.screenshot_geometry import MonitorInfo
from desktop.ui import messages
from desktop.ui.errors import describe
from desktop.ui.remote.bridge import RelayBridge
from desktop.ui.remote.sharing import SharingView
from desktop.ui.remote.texts import ended_text
from desktop.ui.session import Session

log = logging.getLogger(__name__)


class CustomerShare(QObject):
    """Signals: ended() — sharing stopped, whoever stopped it (said on the message channel)."""

    ended = Signal()

    def __init__(
        self,
        session: Session,
        rs: RemoteSession,
        monitor: MonitorInfo,
        source_factory: Callable[[int], FrameSource],
    ) -> None:
        super().__init__()
        client = session.client
        assert client is not None and client.token
        self.session, self.rs, self.monitor = session, rs, monitor
        self.over = False
        self.bridge = RelayBridge(
            client.hub_url, client.token, rs.id, ca_bundle=session.settings.ca_bundle
        )
        self._cursor: tuple[int, int] | None = None
        self.sharer = Sharer(
            lambda: source_factory(monitor.index),
            self.bridge.relay.send,
            cursor=lambda: self._cursor,
            on_error=lambda exc: self.bridge.control.emit(
                {"type": "capture_failed", "error": str(exc)}
            ),
        )
        # These run on the relay's reader thread: pacing must not wait for the GUI.
        self.bridge.on_ack = self.sharer.acknowledged
        self.bridge.on_control = self._relay_control
        self.bridge.control.connect(self._control)
        self.bridge.chat.connect(self._chat)
        self.bridge.pointer.connect(self._pointer)
        self.bridge.closed.connect(self._closed)
        self.view = SharingView(rs.agent.display_name, monitor)
        self.view.stop_requested.connect(self.stop)
        self.view.pause_toggled.connect(self._pause)
        self.view.chat_send.connect(self.bridge.send_chat)
        self.view.masks_changed.connect(self.sharer.set_masks)
        self._cursor_timer = QTimer(self)
        self._cursor_timer.timeout.connect(self._sample_cursor)

    def start(self) -> None:
        self.view.show()  # first, so the masks are known before the first grab
        self.sharer.start()
        self._cursor_timer.start(100)
        self.session.runner.run(
            self.bridge.open, name="relay", on_error=lambda exc: self.stop(text=describe(exc))
        )

    # -- from the relay ----------------------------------------------------------------

    def _relay_control(self, body: dict[str, Any]) -> None:
        kind, sharer = body.get("type"), self.sharer
        if kind == "hello":
            sharer.set_viewer_present(bool(body.get("peer_present")))
        elif kind == "peer_joined":
            sharer.set_viewer_present(True)
        elif kind == "peer_left":
            sharer.set_viewer_present(False)
        elif kind in ("frame_dropped", "key_frame_request"):
            sharer.request_key_frame()
        elif kind == "stop" or (kind == "ended" and body.get("from") == "hub"):
            sharer.request_stop()  # right here, without waiting for the GUI

    def _control(self, body: dict[str, Any]) -> None:
        kind, agent = body.get("type"), self.rs.agent.display_name
        if kind == "ended" or (kind == "stop" and body.get("from") != "hub"):
            # "stop" comes straight from the agent, ahead of the hub's "ended".
            by, reason = body.get("by", "agent"), body.get("reason")
            self.stop(tell_hub=False, text=ended_text("ended", by, reason, agent))
        elif kind == "capture_failed":
            self.stop(text=self.tr("Sharing stopped: %1").replace("%1", str(body.get("error"))))
        elif kind == "peer_left" and not self.over:
            self.view.chat_notice(self.tr("%1 lost the connection; waiting…").replace("%1", agent))

    def _chat(self, text: str) -> None:
        if not self.over:
            self.view.chat_received(text)

    def _pointer(self, body: dict[str, Any]) -> None:
        if not self.over:
            self.view.point_at(int(body["x"]), int(body["y"]), bool(body.get("visible", True)))

    def _closed(self, code: int, _reason: str) -> None:
        if not self.over and code not in (1000, 4409):
            self.stop(text=self.tr("The connection to the hub was lost; sharing stopped."))

    # -- from the customer ---------------------------------------------------------------

    def _pause(self, paused: bool) -> None:
        if not self.over:
            self.sharer.set_paused(paused)
            self.bridge.send_control("pause" if paused else "resume")

    def _sample_cursor(self) -> None:
        """Where the customer's pointer is, in the shared monitor's pixels (None: elsewhere)."""
        monitor, pos = self.monitor, QCursor.pos()
        p = monitor.physical
        x, y = round(pos.x() * monitor.scale) - p.x, round(pos.y() * monitor.scale) - p.y
        self._cursor = (x, y) if 0 <= x < p.w and 0 <= y < p.h else None

    def stop(self, tell_hub: bool = True, text: str = "") -> None:
        """Stop at once: no capture after this line; the hub and the agent are told."""
        if self.over:
            return
        self.over = True
        self.sharer.request_stop()  # the loop checks this before every grab and send
        if tell_hub:
            self.bridge.send_control("stop")  # the agent's viewer closes on this at once
        self._cursor_timer.stop()
        self.view.close()
        client, rs, bridge, sharer = self.session.client, self.rs, self.bridge, self.sharer

        def shut_down() -> None:
            try:
                if tell_hub and client is not None:
                    api.end(client, rs.id)  # first: the agent's viewer closes on this
            finally:
                bridge.close()
                sharer.stop()

        self.session.runner.run(
            shut_down, name="end session", on_error=lambda exc: log.info("ending: %s", exc)
        )
        messages.info(text or self.tr("You stopped sharing your screen."))
        self.ended.emit()

    def end_now(self) -> None:
        """Kefu is quitting: stop capturing and tell the hub right here (best effort)."""
        self.sharer.request_stop()
        client = self.session.client
        if client is not None and not self.over:
            try:
                api.end(client, self.rs.id)
            except Exception as exc:  # the hub ends it when the socket goes quiet
                log.info("could not end the session on quit: %s", exc)
