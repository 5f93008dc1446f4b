"""Moving tickets between the board's columns, and the SLA-breach warning.

The card moves at once (the shared model gets a copy with the new status);
the hub is asked off the GUI thread. If it refuses, the old copy goes back,
the user reads why, and the ticket is read again from the hub so the card
ends where the hub says it is.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QSortFilterProxyModel

from desktop.core import submission
from desktop.core.models import AGENT_MOVES, Status, Ticket, TicketDetail
from desktop.ui import messages
from desktop.ui.errors import describe
from desktop.ui.session import Session
from desktop.ui.ticket_model import TicketTableModel, agent_status_text


def table_model(proxy: QSortFilterProxyModel) -> TicketTableModel:
    """The TicketTableModel under a chain of proxies."""
    model: Any = proxy
    while isinstance(model, QSortFilterProxyModel):
        model = model.sourceModel()
    if not isinstance(model, TicketTableModel):
        raise TypeError("the board needs a TicketTableModel under its proxies")
    return model


class BoardMoves(QObject):
    """Signals: none; results go to the shared model and the message channel."""

    def __init__(self, source: QSortFilterProxyModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.session: Session | None = None
        self.pending: set[int] = set()

    def attach(self, session: Session) -> None:
        self.session = session

    def move(self, ticket_id: int, target: Status) -> bool:
        """Ask the hub to move a ticket; False when it is not even tried."""
        model = table_model(self.source)
        ticket = model.ticket(ticket_id)
        session = self.session
        if ticket is None or ticket.status is target:
            return False
        if target not in AGENT_MOVES[ticket.status]:
            messages.warning(
                self.tr("%1 cannot go from “%2” to “%3”.")
                .replace("%1", ticket.number)
                .replace("%2", agent_status_text(ticket.status))
                .replace("%3", agent_status_text(target))
            )
            return False
        if session is None or session.client is None:
            messages.error(self.tr("Not connected to the hub: the ticket was not moved."))
            return False
        client = session.client
        model.upsert(ticket.model_copy(update={"status": target}))
        self.pending.add(ticket_id)
        session.runner.run(
            lambda: submission.change_ticket(client, ticket_id, status=target.value),
            name=f"move {ticket.number}",
            on_done=lambda detail: self._moved(detail),
            on_error=lambda exc: self._refused(ticket, target, exc),
        )
        return True

    def _moved(self, detail: TicketDetail) -> None:
        self.pending.discard(detail.id)
        if self.session is not None:
            self.session.note_ticket(detail)

    def _refused(self, before: Ticket, target: Status, exc: Exception) -> None:
        self.pending.discard(before.id)
        model = table_model(self.source)
        now = model.ticket(before.id)
        if now is not None and now.status is target and now.updated_at == before.updated_at:
            model.upsert(before)  # still our optimistic copy: put the card back
        messages.error(
            self.tr("%1 stays in “%2”: %3")
            .replace("%1", before.number)
            .replace("%2", agent_status_text(before.status))
            .replace("%3", describe(exc))
        )
        session = self.session
        if session is not None and session.client is not None:
            client = session.client
            session.runner.run(  # where is it really? (someone else may have moved it)
                lambda: client.ticket(before.id),
                name=f"reload {before.number}",
                on_done=session.note_ticket,
                on_error=session.report,
            )

    def live_event(self, event: dict[str, Any]) -> None:
        """`sla_breached`: the card is already red (the event's ticket updated the
        model); say so in the app too."""
        if event.get("type") != "sla_breached" or not isinstance(event.get("ticket"), dict):
            return
        try:
            ticket = Ticket.model_validate(event["ticket"])
        except ValueError:
            return  # Session already logged a ticket it could not read
        targets = event.get("targets") or []
        if "first_response" in targets and "resolution" in targets:
            what = self.tr("first response and resolution are overdue")
        elif "first_response" in targets:
            what = self.tr("the first response is overdue")
        else:
            what = self.tr("the resolution is overdue")
        messages.warning(
            self.tr("SLA breached: %1 “%2” — %3.")
            .replace("%1", ticket.number)
            .replace("%2", ticket.title)
            .replace("%3", what)
        )
