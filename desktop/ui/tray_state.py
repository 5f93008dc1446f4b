"""Keeps the tray in step with the session: the recent tickets and unread count,
the icon's state (idle, unread, sharing), "Ask for help now", the agents' list
of customers waiting for a live session, and notifications of SLA breaches and
of new "help now" tickets.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError
from PySide6.QtCore import QObject, QTimer

from desktop.core.models import Ticket, User
from desktop.core.quick_help import recent, waiting_for_session, wants_live_session
from desktop.ui.tray import TrayIcon, TrayState
from desktop.ui.tray_help import AskHelpDialog

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)
REFRESH_MS = 3000  # unread marks change when a ticket is opened, which sends no signal
RECHECK_MS = 30000


class TrayController(QObject):
    """Fills `tray` from `window.session`; the window opens what the tray asks for."""

    def __init__(self, window: MainWindow, tray: TrayIcon) -> None:
        super().__init__(window)
        self.window = window
        self.tray = tray
        self.session = window.session
        self.tickets: dict[int, Ticket] = {}
        self.sharing = False
        self.help_dialog: AskHelpDialog | None = None
        self.waiting: list[Ticket] = []
        self._checking = False
        s = self.session
        s.signed_in.connect(self._signed_in)
        s.signed_out.connect(self._signed_out)
        s.tickets_loaded.connect(self._loaded)
        s.ticket_changed.connect(self._changed)
        s.live_event.connect(self._event)
        window.remote.sharing_changed.connect(self._sharing)
        tray.menu.aboutToShow.connect(self.refresh)
        tray.open_requested.connect(window.show_normal)
        tray.report_requested.connect(lambda: window.report.start())  # capture, then the form
        tray.quit_requested.connect(window.close)
        tray.ticket_requested.connect(self.open_ticket)
        tray.help_requested.connect(self.ask_for_help)
        tray.session_requested.connect(self.request_session)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._timer.start(REFRESH_MS)
        self._check_later = QTimer(self)  # several changes at once: one look at the hub
        self._check_later.setSingleShot(True)
        self._check_later.setInterval(300)
        self._check_later.timeout.connect(self._check_waiting)
        # Another agent's session request sends this one no event: look again now and
        # then while someone is listed, and whenever the menu opens.
        self._recheck = QTimer(self)
        self._recheck.timeout.connect(self._recheck_waiting)
        self._recheck.start(RECHECK_MS)
        tray.menu.aboutToShow.connect(self._recheck_waiting)

    @property
    def agent(self) -> bool:
        return self.session.user is not None and self.session.user.is_agent

    # -- the session's news -------------------------------------------------------------

    def _signed_in(self, user: User) -> None:
        self.tickets.clear()
        self.tray.set_customer(not user.is_agent)
        self.refresh()

    def _signed_out(self) -> None:
        self.tickets.clear()
        self.waiting = []
        self.tray.set_customer(None)
        self.tray.set_help_waiting([])
        self.refresh()

    def _loaded(self, tickets: list[Ticket]) -> None:
        self.tickets = {t.id: t for t in tickets}
        self.refresh()
        self._check_later.start()

    def _changed(self, ticket: Ticket) -> None:
        self.tickets[ticket.id] = ticket
        self.refresh()
        if wants_live_session(ticket) or ticket.id in {t.id for t in self.waiting}:
            self._check_later.start()

    def _event(self, event: dict[str, Any]) -> None:
        kind = event.get("type")
        raw = event.get("ticket")
        try:
            ticket = Ticket.model_validate(raw) if isinstance(raw, dict) else None
        except ValidationError:
            ticket = None
        if kind == "sla_breached" and ticket is not None and self.agent:
            self._notify_breach(ticket, event.get("targets"))
        elif kind == "ticket_created" and ticket is not None and self.agent:
            if wants_live_session(ticket) and self.session.settings.notifications:
                self.tray.notify(
                    self.tr("%1 asks for help now").replace("%1", ticket.customer.display_name),
                    f"{ticket.number} {ticket.title}"[:200],
                )
                self.tray.open_on_click(ticket.id, live=True)
        elif str(kind).startswith("session_") and self.agent:
            self._check_later.start()  # a session was requested: the ticket no longer waits

    def _notify_breach(self, ticket: Ticket, targets: object) -> None:
        if not self.session.settings.notifications:
            return
        kinds = targets if isinstance(targets, list) else []
        if "first_response" in kinds:
            text = self.tr("%1 has had no first response within its SLA.")
        else:
            text = self.tr("%1 is past its resolution time.")
        self.tray.notify(
            self.tr("SLA breached: %1").replace("%1", ticket.number),
            text.replace("%1", f"{ticket.number} {ticket.title}"[:200]),
        )
        self.tray.open_on_click(ticket.id)

    def _sharing(self, sharing: bool) -> None:
        self.sharing = sharing
        self.refresh()

    # -- what the tray shows ------------------------------------------------------------

    def refresh(self) -> None:
        readstate = self.session.readstate
        rows = [
            (t.id, f"{t.number} {t.title}"[:70], readstate.is_unread(t))
            for t in recent(self.tickets.values())
        ]
        unread = sum(readstate.is_unread(t) for t in self.tickets.values())
        self.tray.set_recent(rows, unread)
        if self.sharing:
            name = self._sharing_with()
            tip = self.tr("Kefu — sharing your screen with %1").replace("%1", name)
            self.tray.set_state(TrayState.SHARING, tip)
        elif unread:
            self.tray.set_state(TrayState.UNREAD, self.tr("Kefu — %n unread ticket(s)", "", unread))
        else:
            self.tray.set_state(TrayState.IDLE, "Kefu")

    def _sharing_with(self) -> str:
        share = getattr(self.window.remote, "share", None)
        rs = getattr(share, "rs", None)
        return rs.agent.display_name if rs is not None else self.tr("support")

    def _recheck_waiting(self) -> None:
        if self.waiting:
            self._check_later.start()

    def _check_waiting(self) -> None:
        """Agents: ask the hub which "help now" tickets still wait for a session."""
        client = self.session.client
        candidates = [t for t in self.tickets.values() if wants_live_session(t)]
        if not self.agent or client is None or self._checking:
            return
        if not candidates:
            self._show_waiting([])
            return
        self._checking = True
        self.session.runner.run(
            lambda: waiting_for_session(client, candidates),
            name="help now",
            on_done=self._show_waiting,
            on_error=self._check_failed,
        )

    def _check_failed(self, exc: Exception) -> None:
        self._checking = False
        log.info("could not check the help-now tickets: %s", exc)

    def _show_waiting(self, tickets: list[Ticket]) -> None:
        self._checking = False
        self.waiting = tickets
        self.tray.set_help_waiting(
            [(t.id, f"{t.number} {t.customer.display_name}: {t.title}"[:80]) for t in tickets]
        )

    # -- what the tray asks for ---------------------------------------------------------

    def open_ticket(self, ticket_id: int) -> None:
        self.window.open_ticket(ticket_id)

    def ask_for_help(self) -> AskHelpDialog:
        self.window.show_normal()
        if self.help_dialog is None:
            self.help_dialog = AskHelpDialog(self.session, self.window)
            self.help_dialog.filed.connect(lambda t: self.window.open_ticket(t.id))
            self.help_dialog.finished.connect(self._help_closed)
        self.help_dialog.show()  # on top of the window it belongs to
        self.help_dialog.activateWindow()
        return self.help_dialog

    def _help_closed(self, _result: int) -> None:
        dialog, self.help_dialog = self.help_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def request_session(self, ticket_id: int) -> None:
        """Agents: open the ticket, then its "Request remote session" question."""
        self.window.open_ticket(ticket_id, request_session=True)
