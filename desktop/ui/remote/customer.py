"""The customer's side of remote assistance: ask, then share, with the customer in control.

`CustomerRemote` hears `session_requested` (or a typed code), shows the
ConsentDialog and only after Accept creates the Sharer: no code path here
captures before the hub has recorded the consent. While sharing it shows the
bar, the frame and the agent's pointer, and keeps their rectangles masked.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QDialog, QInputDialog, QWidget

from desktop.core import capture
from desktop.core.remote import api
from desktop.core.remote.api import RemoteSession
from desktop.core.remote.sharer import Sharer
from desktop.core.remote.source import FrameSource, ScreenSource
from desktop.core.screenshot_geometry import MonitorInfo
from desktop.ui import messages
from desktop.ui.errors import describe
from desktop.ui.remote.bridge import RelayBridge
from desktop.ui.remote.consent import DEFAULT_TIMEOUT, ConsentDialog
from desktop.ui.remote.overlay import bring_to_front
from desktop.ui.remote.sharing import SharingView
from desktop.ui.remote.texts import ended_text
from desktop.ui.session import Session
from desktop.ui.tray import TrayIcon

log = logging.getLogger(__name__)


class CustomerRemote(QObject):
    """Signals: sharing_changed(bool) — sharing started or stopped (for the tray)."""

    sharing_changed = Signal(bool)

    def __init__(
        self, session: Session, parent: QWidget | None = None, tray: TrayIcon | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.parent_widget = parent
        self.tray = tray
        self.consent_timeout = DEFAULT_TIMEOUT
        # Injectable for tests and other platforms; called only after Accept.
        self.source_factory: Callable[[int], FrameSource] = ScreenSource
        self.monitors_fn: Callable[[], list[MonitorInfo]] = capture.list_monitors
        self.dialog: ConsentDialog | None = None
        self.code_dialog: QInputDialog | None = None
        self.pending: RemoteSession | None = None
        self.active: RemoteSession | None = None
        self.sharer: Sharer | None = None
        self.bridge: RelayBridge | None = None
        self.view: SharingView | None = None
        self.monitor: MonitorInfo | None = None
        self._cursor: tuple[int, int] | None = None
        self._cursor_timer = QTimer(self)
        self._cursor_timer.timeout.connect(self._sample_cursor)
        session.session_event.connect(self.on_event)
        session.signed_out.connect(self.stop)
        self.sharing_changed.connect(self._show_in_tray)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._quitting)

    # -- requests ------------------------------------------------------------------------

    def on_event(self, event: dict[str, Any]) -> None:
        """`session_requested` / `session_updated` from the live events."""
        raw = event.get("session")
        if not isinstance(raw, dict):
            return
        try:
            rs = api.parse(raw)
        except ValidationError:
            log.warning("ignoring a session event we cannot read")
            return
        user = self.session.user
        if user is None or rs.customer_id != user.id:
            return
        if event.get("type") == "session_requested" and rs.status == "requested":
            self.ask(rs)
        elif rs.status != "requested":
            self._session_changed(rs)

    def enter_code(self) -> None:
        """Ask for the nine digits an agent reads out (non-blocking)."""
        dialog = QInputDialog(self.parent_widget)
        dialog.setWindowTitle(self.tr("Join a remote session"))
        dialog.setLabelText(self.tr("Session code from your support agent (9 digits):"))
        dialog.setOkButtonText(self.tr("Continue"))
        dialog.textValueSelected.connect(self.join)
        self.code_dialog = dialog
        dialog.open()

    def join(self, code: str) -> None:
        client = self.session.client
        if client is None or not code.strip():
            return
        self.session.runner.run(
            lambda: api.join(client, code),
            name="join session",
            on_done=self.ask,
            on_error=lambda exc: messages.error(describe(exc)),
        )

    def ask(self, rs: RemoteSession) -> None:
        """Show the consent dialog for a waiting request (once per request)."""
        if self.active is not None or self.dialog is not None:
            if self.pending is None or self.pending.id != rs.id:
                log.info("session %s requested while busy; it waits for the code", rs.id)
            return
        self.pending = rs
        self.session.runner.run(
            self.monitors_fn,
            name="monitors",
            on_done=lambda monitors: self._show_dialog(rs, monitors),
            on_error=self._cannot_capture,
        )

    def _cannot_capture(self, exc: Exception) -> None:
        self.pending = None
        messages.error(
            self.tr(
                "A support agent asked to see your screen, but it cannot be shared: %1"
            ).replace("%1", describe(exc))
        )

    def _show_dialog(self, rs: RemoteSession, monitors: list[MonitorInfo]) -> None:
        if self.pending is None or self.pending.id != rs.id:
            return  # answered or withdrawn meanwhile
        dialog = ConsentDialog(rs, monitors, timeout=self.consent_timeout, parent=None)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.finished.connect(lambda result: self._answered(rs, monitors, dialog, result))
        self.dialog = dialog
        dialog.show()
        bring_to_front(dialog)
        dialog.activateWindow()

    def _answered(
        self, rs: RemoteSession, monitors: list[MonitorInfo], dialog: ConsentDialog, result: int
    ) -> None:
        self.dialog = None
        if self.pending is None or self.pending.id != rs.id:
            return  # closed because the request went away; nothing to answer
        self.pending = None
        client = self.session.client
        if client is None:
            return
        accept = result == QDialog.DialogCode.Accepted and dialog.monitor is not None
        if not accept:
            if dialog.timed_out:
                messages.info(
                    self.tr("You did not answer the screen-sharing request, so it was declined.")
                )
            self.session.runner.run(
                lambda: api.answer(client, rs.id, False, None),
                name="decline session",
                on_error=lambda exc: log.info("declining failed: %s", exc),
            )
            return
        monitor = next(m for m in monitors if m.index == dialog.monitor)
        self.session.runner.run(
            lambda: api.answer(client, rs.id, True, monitor.index),
            name="accept session",
            on_done=lambda answered: self._start_sharing(answered, monitor),
            on_error=lambda exc: messages.error(describe(exc)),
        )

    def _session_changed(self, rs: RemoteSession) -> None:
        if self.pending is not None and self.pending.id == rs.id:
            self.pending = None  # answered elsewhere, expired or withdrawn
            if self.dialog is not None:
                self.dialog.reject()
            if rs.status in ("expired", "ended", "locked"):
                messages.info(
                    ended_text(rs.status, rs.ended_by, rs.end_reason, rs.agent.display_name)
                )
        if self.active is not None and self.active.id == rs.id and not rs.live:
            self.stop(
                tell_hub=False,
                text=ended_text(rs.status, rs.ended_by, rs.end_reason, rs.agent.display_name),
            )

    # -- sharing -------------------------------------------------------------------------

    def _start_sharing(self, rs: RemoteSession, monitor: MonitorInfo) -> None:
        client = self.session.client
        if rs.status != "active" or client is None or not client.token:
            return
        self.active, self.monitor = rs, monitor
        bridge = RelayBridge(
            client.hub_url, client.token, rs.id, ca_bundle=self.session.settings.ca_bundle
        )
        sharer = Sharer(
            lambda: self.source_factory(monitor.index),
            bridge.relay.send,
            cursor=lambda: self._cursor,
            on_error=lambda exc: bridge.control.emit({"type": "capture_failed", "error": str(exc)}),
        )
        # These run on the relay's reader thread: pacing must not wait for the GUI.
        bridge.on_ack = sharer.acknowledged
        bridge.on_control = lambda body: self._relay_control(sharer, body)
        bridge.control.connect(self._control)
        bridge.chat.connect(self._chat)
        bridge.pointer.connect(self._pointer)
        bridge.closed.connect(self._closed)
        self.bridge, self.sharer = bridge, sharer
        view = SharingView(rs.agent.display_name, monitor)
        view.stop_requested.connect(self.stop)
        view.pause_toggled.connect(self._pause)
        view.chat_send.connect(bridge.send_chat)
        view.masks_changed.connect(sharer.set_masks)
        self.view = view
        view.show()
        sharer.start()
        self._cursor_timer.start(100)
        self.session.runner.run(
            bridge.open, name="relay", on_error=lambda exc: self.stop(text=describe(exc))
        )
        self.sharing_changed.emit(True)

    @staticmethod
    def _relay_control(sharer: Sharer, body: dict[str, Any]) -> None:
        kind = body.get("type")
        if kind == "hello":
            sharer.set_viewer_present(bool(body.get("peer_present")))
        elif kind == "peer_joined":
            sharer.set_viewer_present(True)
        elif kind == "peer_left":
            sharer.set_viewer_present(False)
        elif kind == "frame_dropped" or kind == "key_frame_request":
            sharer.request_key_frame()

    def _control(self, body: dict[str, Any]) -> None:
        kind = body.get("type")
        agent = self.active.agent.display_name if self.active else ""
        if kind == "ended":
            by, reason = body.get("by"), body.get("reason")
            self.stop(tell_hub=False, text=ended_text("ended", by, reason, agent))
        elif kind == "capture_failed":
            self.stop(text=self.tr("Sharing stopped: %1").replace("%1", str(body.get("error"))))
        elif kind == "peer_left" and self.view is not None:
            self.view.chat_notice(self.tr("%1 lost the connection; waiting…").replace("%1", agent))

    def _chat(self, text: str) -> None:
        if self.view is not None:
            self.view.chat_received(text)

    def _pointer(self, body: dict[str, Any]) -> None:
        if self.view is not None:
            self.view.point_at(int(body["x"]), int(body["y"]), bool(body.get("visible", True)))

    def _pause(self, paused: bool) -> None:
        if self.sharer is not None and self.bridge is not None:
            self.sharer.set_paused(paused)
            self.bridge.send_control("pause" if paused else "resume")

    def _sample_cursor(self) -> None:
        """Where the customer's pointer is, in the shared monitor's pixels (None: elsewhere)."""
        monitor = self.monitor
        if monitor is None:
            return
        pos = QCursor.pos()
        p = monitor.physical
        x, y = round(pos.x() * monitor.scale) - p.x, round(pos.y() * monitor.scale) - p.y
        self._cursor = (x, y) if 0 <= x < p.w and 0 <= y < p.h else None

    def _closed(self, code: int, reason: str) -> None:
        if self.active is not None and code not in (1000, 4409):
            self.stop(
                tell_hub=True, text=self.tr("The connection to the hub was lost; sharing stopped.")
            )

    def stop(self, tell_hub: bool = True, text: str = "") -> None:
        """Stop at once: no capture after this line; the hub and the agent are told."""
        rs, sharer, bridge, view = self.active, self.sharer, self.bridge, self.view
        self.active = self.sharer = self.bridge = self.view = None
        self.monitor = None
        self._cursor_timer.stop()
        if sharer is not None:
            sharer.request_stop()  # the loop checks this before every grab and send
        if view is not None:
            view.close()
        client = self.session.client

        def shut_down() -> None:
            try:
                if tell_hub and rs is not None and client is not None:
                    api.end(client, rs.id)  # first: the agent's viewer closes on this
            finally:
                if bridge is not None:
                    bridge.close()
                if sharer is not None:
                    sharer.stop()

        if rs is not None:
            self.session.runner.run(
                shut_down, name="end session", on_error=lambda exc: log.info("ending: %s", exc)
            )
            self.sharing_changed.emit(False)
            messages.info(text or self.tr("You stopped sharing your screen."))

    @property
    def sharing(self) -> bool:
        return self.active is not None

    def _show_in_tray(self, sharing: bool) -> None:
        icon = self.tray.icon if self.tray is not None else None
        if icon is None:
            return
        if sharing and self.active is not None:
            name = self.active.agent.display_name
            icon.setToolTip(self.tr("Kefu — sharing your screen with %1").replace("%1", name))
        else:
            icon.setToolTip("Kefu")

    def _quitting(self) -> None:
        """Kefu is closing: stop capturing now and tell the hub (briefly, best effort)."""
        rs, client = self.active, self.session.client
        if self.sharer is not None:
            self.sharer.request_stop()
        if rs is not None and client is not None:
            try:
                api.end(client, rs.id)
            except Exception as exc:  # the hub ends it when the socket goes quiet
                log.info("could not end the session on quit: %s", exc)
