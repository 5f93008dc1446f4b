"""One board column as a model: the tickets of one status, as draggable cards.

A drop asks for the move (`move_requested`) and never edits the rows: the card
changes column when the shared model gets the ticket's new status.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from desktop.core.models import AGENT_MOVES, Status, Ticket
from desktop.ui.sla_text import countdown_text, ticket_clock
from desktop.ui.ticket_model import SORT_ROLE, TICKET_ROLE, Column

ModelIndex = QModelIndex | QPersistentModelIndex
MIME = "application/x-kefu-ticket-ids"
BOARD_STATUSES = (
    Status.NEW,
    Status.OPEN,
    Status.IN_PROGRESS,
    Status.WAITING_ON_CUSTOMER,
    Status.RESOLVED,
    Status.CLOSED,  # the board shows it with "Show closed"
)


class BoardColumnProxy(QSortFilterProxyModel):
    """One status out of the (already filtered) queue, newest update first, as cards.

    Signals: move_requested(int ticket_id, object target Status) — a card was dropped here.
    """

    move_requested = Signal(int, object)

    def __init__(self, status: Status, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.setDynamicSortFilter(True)
        self.setSortRole(SORT_ROLE)
        self.sort(Column.UPDATED, Qt.SortOrder.DescendingOrder)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        source = self.sourceModel()
        ticket = source.data(source.index(source_row, 0, source_parent), TICKET_ROLE)
        return isinstance(ticket, Ticket) and ticket.status is self.status

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            ticket = super().data(index, TICKET_ROLE)
            if isinstance(ticket, Ticket):  # what a screen reader says about the card
                assignee = ticket.assignee.display_name if ticket.assignee else "—"
                return (
                    f"{ticket.number} · {ticket.priority}\n{ticket.title}\n"
                    f"{countdown_text(ticket_clock(ticket))}\n"
                    f"{ticket.customer.display_name} → {assignee}"
                )
        return super().data(index, role)

    def ticket_at(self, row: int) -> Ticket | None:
        value = self.data(self.index(row, 0), TICKET_ROLE)
        return value if isinstance(value, Ticket) else None

    # -- drag and drop: the ticket ids travel as text; a drop only asks for the move --

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index) & ~Qt.ItemFlag.ItemIsEditable
        if index.isValid():
            return flags | Qt.ItemFlag.ItemIsDragEnabled
        return flags | Qt.ItemFlag.ItemIsDropEnabled

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        ids = {str(t.id) for i in indexes if isinstance(t := i.data(TICKET_ROLE), Ticket)}
        data.setData(MIME, ",".join(sorted(ids)).encode())
        return data

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def dropped_tickets(self, data: QMimeData) -> list[Ticket]:
        """The tickets in a drag, as the shared model knows them now."""
        if not data.hasFormat(MIME):
            return []
        wanted = {int(part) for part in bytes(data.data(MIME).data()).decode().split(",") if part}
        source = self.sourceModel()
        found = []
        for row in range(source.rowCount()):
            ticket = source.data(source.index(row, 0), TICKET_ROLE)
            if isinstance(ticket, Ticket) and ticket.id in wanted:
                found.append(ticket)
        return found

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: ModelIndex
    ) -> bool:
        tickets = self.dropped_tickets(data)
        return bool(tickets) and all(self.status in AGENT_MOVES[t.status] for t in tickets)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: ModelIndex
    ) -> bool:
        """Ask for the moves (True when asked); the rows themselves never change here."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        for ticket in self.dropped_tickets(data):
            self.move_requested.emit(ticket.id, self.status)
        return True

    def removeRows(self, row: int, count: int, parent: ModelIndex = QModelIndex()) -> bool:
        # After a move-drag the source view asks to remove the card: it leaves its
        # column only when the shared model has the ticket's new status.
        return False
