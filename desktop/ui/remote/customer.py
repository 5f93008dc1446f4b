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
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QInputDialog, QWidget

from desktop.core import capture
from desktop.core.remote import api
from desktop.core.remote.api import RemoteSession
from desktop.core.remote.sharer import Sharer
from desktop.core.remote.source import FrameSource, ScreenSource
from desktop.core.screenshot_geometry import MonitorInfo
from desktop.ui import i18n, messages
from desktop.ui.errors import describe
from desktop.ui.remote.consent import DEFAULT_TIMEOUT, ConsentDialog
from desktop.ui.remote.overlay import bring_to_front, sharing_icon
from desktop.ui.remote.share_session import CustomerShare
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
        self.share: CustomerShare | None = None
        session.session_event.connect(self.on_event)
        session.signed_out.connect(self.stop)
        # Requests made while this client was away arrive by asking, not by event.
        session.signed_in.connect(lambda _user: self.check_waiting())
        session.online_changed.connect(lambda online: self.check_waiting() if online else None)
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

    def check_waiting(self) -> None:
        """Show a request an agent made while we were offline (once; the dialog
        itself ignores a request it is already showing)."""
        client, user = self.session.client, self.session.user
        if client is None or user is None or user.is_agent:
            return
        self.session.runner.run(
            lambda: api.waiting(client),
            name="waiting session requests",
            on_done=self._waiting,
            on_error=lambda exc: log.info("could not list waiting requests: %s", exc),
        )

    def _waiting(self, sessions: list[RemoteSession]) -> None:
        user = self.session.user
        for rs in sessions:
            if user is not None and rs.customer_id == user.id and rs.status == "requested":
                self.ask(rs)
                return

    def enter_code(self) -> None:
        """Ask for the nine digits an agent reads out (non-blocking)."""
        dialog = QInputDialog(self.parent_widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
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
        if self.share is not None or self.dialog is not None:
            if self.pending is None or self.pending.id != rs.id:
                log.info("session %s requested while busy; it waits for the code", rs.id)
            return
        self.pending = rs
        self.session.runner.run(
            self.monitors_fn,
            name="monitors",
            on_done=lambda monitors: self._show_dialog(rs, monitors),
            on_error=lambda exc: self._cannot_capture(rs, exc),
        )

    def _cannot_capture(self, rs: RemoteSession, exc: Exception) -> None:
        """This desktop cannot be captured (Wayland, no display): say so, and answer no,
        so the agent is not left waiting for ten minutes."""
        self.pending = None
        client = self.session.client
        if client is not None:
            self.session.runner.run(
                lambda: api.answer(client, rs.id, False, None),
                name="decline session",
                on_error=lambda err: log.info("declining failed: %s", err),
            )
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
        if self.share is not None and self.share.rs.id == rs.id and not rs.live:
            self.share.stop(
                tell_hub=False,
                text=ended_text(rs.status, rs.ended_by, rs.end_reason, rs.agent.display_name),
            )

    # -- sharing -------------------------------------------------------------------------

    def _start_sharing(self, rs: RemoteSession, monitor: MonitorInfo) -> None:
        client = self.session.client
        if rs.status != "active" or client is None or not client.token or self.share:
            return
        share = CustomerShare(self.session, rs, monitor, self.source_factory)
        share.ended.connect(lambda: self._share_ended(share))
        self.share = share
        share.start()
        self.sharing_changed.emit(True)

    def _share_ended(self, share: CustomerShare) -> None:
        if self.share is share:
            self.share = None
            self.sharing_changed.emit(False)

    def stop(self, tell_hub: bool = True, text: str = "") -> None:
        """Stop sharing now (the bar's Stop, signing out)."""
        if self.share is not None:
            self.share.stop(tell_hub, text)

    @property
    def sharing(self) -> bool:
        return self.share is not None

    @property
    def view(self) -> SharingView | None:
        return self.share.view if self.share is not None else None

    @property
    def sharer(self) -> Sharer | None:
        return self.share.sharer if self.share is not None else None

    def _show_in_tray(self, sharing: bool) -> None:
        icon = self.tray.icon if self.tray is not None else None
        if icon is None:
            return
        if sharing and self.share is not None:
            name = self.share.rs.agent.display_name
            icon.setToolTip(self.tr("Kefu — sharing your screen with %1").replace("%1", name))
            icon.setIcon(sharing_icon())
        else:
            icon.setToolTip("Kefu")
            icon.setIcon(i18n.app_icon())

    def _quitting(self) -> None:
        """Kefu is closing: stop capturing now and tell the hub."""
        if self.share is not None:
            self.share.end_now()
