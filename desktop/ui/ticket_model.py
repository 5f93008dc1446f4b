"""The ticket list as a Qt item model, shared by My tickets and the queue.

`TicketTableModel` holds Ticket objects (one row each, updated in place when
an event or a write brings a fresh copy); `TicketFilterProxy` does filtering
and sorting for the views.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.core.models import Status, Ticket
from desktop.core.sla_clock import sort_key as sla_sort_key
from desktop.ui.sla_text import STATE_COLORS, countdown_text, ticket_clock, tooltip

# Re-exported: the views have always found these here.
from desktop.ui.ticket_texts import PRIORITY_COLORS as PRIORITY_COLORS
from desktop.ui.ticket_texts import STATUS_COLORS as STATUS_COLORS
from desktop.ui.ticket_texts import agent_status_text as agent_status_text
from desktop.ui.ticket_texts import due_text as due_text
from desktop.ui.ticket_texts import relative_time as relative_time
from desktop.ui.ticket_texts import status_text as status_text

ModelIndex = QModelIndex | QPersistentModelIndex
TICKET_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
UNREAD_ROLE = Qt.ItemDataRole.UserRole + 3

ACTIVE_STATUSES = frozenset(
    {Status.NEW, Status.OPEN, Status.IN_PROGRESS, Status.WAITING_ON_CUSTOMER}
)


class Column(IntEnum):
    NUMBER = 0
    TITLE = 1
    STATUS = 2
    PRIORITY = 3
    CUSTOMER = 4
    ASSIGNEE = 5
    DUE = 6
    UPDATED = 7


class TicketTableModel(QAbstractTableModel):
    """Tickets by row. `is_unread(ticket)` decides the bold unread marker; the
    `agent` flag picks agent wording for statuses."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        agent: bool = False,
        is_unread: Callable[[Ticket], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.agent = agent
        self._tickets: list[Ticket] = []
        self._rows: dict[int, int] = {}
        self._is_unread = is_unread or (lambda _t: False)

    # -- content ------------------------------------------------------------------

    def set_tickets(self, tickets: Iterable[Ticket]) -> None:
        self.beginResetModel()
        self._tickets = list(tickets)
        self._rows = {t.id: i for i, t in enumerate(self._tickets)}
        self.endResetModel()

    def upsert(self, ticket: Ticket) -> None:
        """Insert a new ticket or replace an older copy (never a newer one)."""
        row = self._rows.get(ticket.id)
        if row is None:
            row = len(self._tickets)
            self.beginInsertRows(QModelIndex(), row, row)
            self._tickets.append(ticket)
            self._rows[ticket.id] = row
            self.endInsertRows()
            return
        if ticket.updated_at < self._tickets[row].updated_at:
            return
        self._tickets[row] = ticket
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def refresh_row(self, ticket_id: int) -> None:
        row = self._rows.get(ticket_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def refresh_clocks(self) -> None:
        """Time passed: the SLA countdowns (and their colours) are re-read."""
        if self._tickets:
            self.dataChanged.emit(
                self.index(0, Column.DUE), self.index(len(self._tickets) - 1, Column.DUE)
            )

    def ticket(self, ticket_id: int) -> Ticket | None:
        row = self._rows.get(ticket_id)
        return None if row is None else self._tickets[row]

    def tickets(self) -> list[Ticket]:
        return list(self._tickets)

    # -- Qt model interface ---------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._tickets)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.NUMBER: QCoreApplication.translate("TicketTableModel", "Ticket"),
            Column.TITLE: QCoreApplication.translate("TicketTableModel", "Title"),
            Column.STATUS: QCoreApplication.translate("TicketTableModel", "Status"),
            Column.PRIORITY: QCoreApplication.translate("TicketTableModel", "Priority"),
            Column.CUSTOMER: QCoreApplication.translate("TicketTableModel", "Customer"),
            Column.ASSIGNEE: QCoreApplication.translate("TicketTableModel", "Assignee"),
            Column.DUE: QCoreApplication.translate("TicketTableModel", "SLA"),
            Column.UPDATED: QCoreApplication.translate("TicketTableModel", "Updated"),
        }[Column(section)]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._tickets):
            return None
        ticket = self._tickets[index.row()]
        column = Column(index.column())
        if role == TICKET_ROLE:
            return ticket
        if role == UNREAD_ROLE:
            return self._is_unread(ticket)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(ticket, column)
        if role == SORT_ROLE:
            return self._sort_key(ticket, column)
        if role == Qt.ItemDataRole.FontRole and self._is_unread(ticket):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if column is Column.STATUS:
                return QBrush(QColor(STATUS_COLORS[ticket.status]))
            if column is Column.PRIORITY:
                return QBrush(QColor(PRIORITY_COLORS.get(ticket.priority, "#374151")))
            if column is Column.DUE and (found := ticket_clock(ticket)) is not None:
                return QBrush(QColor(STATE_COLORS[found.state]))
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.TITLE:
            return ticket.title
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.DUE:
            return tooltip(ticket_clock(ticket))
        if role == Qt.ItemDataRole.AccessibleTextRole and column is Column.NUMBER:
            unread = QCoreApplication.translate("TicketTableModel", "unread")
            return f"{ticket.number} {unread}" if self._is_unread(ticket) else ticket.number
        return None

    def _display(self, ticket: Ticket, column: Column) -> str:
        if column is Column.NUMBER:
            return ("● " if self._is_unread(ticket) else "") + ticket.number
        if column is Column.TITLE:
            return ticket.title
        if column is Column.STATUS:
            return agent_status_text(ticket.status) if self.agent else status_text(ticket.status)
        if column is Column.PRIORITY:
            return ticket.priority
        if column is Column.CUSTOMER:
            return ticket.customer.display_name
        if column is Column.ASSIGNEE:
            return ticket.assignee.display_name if ticket.assignee else "—"
        if column is Column.DUE:
            return countdown_text(ticket_clock(ticket))
        return relative_time(ticket.updated_at)

    def _sort_key(self, ticket: Ticket, column: Column) -> Any:
        if column is Column.NUMBER:
            return ticket.id
        if column is Column.STATUS:
            return list(Status).index(ticket.status)
        if column is Column.DUE:
            # Most urgent first (overdue, soon, running, paused, met, none), then by due time;
            # one float, since Qt cannot compare Python tuples.
            urgency, due = sla_sort_key(ticket, datetime.now(UTC))
            return urgency * 1e11 + due
        if column is Column.UPDATED:
            return ticket.updated_at.timestamp()
        return self._display(ticket, column).lower()


class TicketFilterProxy(QSortFilterProxyModel):
    """Filters: statuses, priority, assignee ("me", "none" or an id), group,
    category and free text (number, title, body, customer)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        self.statuses: frozenset[Status] | None = None
        self.priority: str | None = None
        self.assignee: int | str | None = None
        self.me: int | None = None
        self.group_id: int | None = None
        self.category_id: int | None = None
        self.text = ""

    def set_filter(self, **values: Any) -> None:
        """Change any of the filter attributes and re-filter once."""
        self.beginFilterChange()
        for name, value in values.items():
            if not hasattr(self, name):
                raise AttributeError(name)
            setattr(self, name, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        ticket: Ticket = model.data(model.index(source_row, 0, source_parent), TICKET_ROLE)
        if ticket is None:
            return False
        if self.statuses is not None and ticket.status not in self.statuses:
            return False
        if self.priority and ticket.priority != self.priority:
            return False
        if self.assignee is not None:
            assignee_id = ticket.assignee.id if ticket.assignee else None
            wanted = self.me if self.assignee == "me" else self.assignee
            if self.assignee == "none":
                if assignee_id is not None:
                    return False
            elif assignee_id != wanted:
                return False
        if self.group_id is not None and ticket.group_id != self.group_id:
            return False
        if self.category_id is not None and ticket.category_id != self.category_id:
            return False
        if self.text:
            needle = self.text.casefold()
            haystack = " ".join(
                (ticket.number, ticket.title, ticket.body, ticket.customer.display_name)
            ).casefold()
            if needle not in haystack:
                return False
        return True

    def ticket_at(self, row: int) -> Ticket | None:
        value = self.data(self.index(row, 0), TICKET_ROLE)
        return value if isinstance(value, Ticket) else None
