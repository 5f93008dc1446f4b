"""The queue as a board: one column per status, over the same model and filters."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.models import Status, Ticket
from desktop.ui.ticket_model import (
    SORT_ROLE,
    TICKET_ROLE,
    Column,
    agent_status_text,
    relative_time,
)

ModelIndex = QModelIndex | QPersistentModelIndex
BOARD_STATUSES = (
    Status.NEW,
    Status.OPEN,
    Status.IN_PROGRESS,
    Status.WAITING_ON_CUSTOMER,
    Status.RESOLVED,
)


class BoardColumnProxy(QSortFilterProxyModel):
    """One status out of the (already filtered) queue, newest update first, as cards."""

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
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            ticket = super().data(index, TICKET_ROLE)
            if isinstance(ticket, Ticket):
                assignee = ticket.assignee.display_name if ticket.assignee else "—"
                return (
                    f"{ticket.number} · {ticket.priority}\n{ticket.title}\n"
                    f"{ticket.customer.display_name} → {assignee} · "
                    f"{relative_time(ticket.updated_at)}"
                )
        return super().data(index, role)


class CardDelegate(QStyledItemDelegate):
    """Cards as wide as their column, as tall as their wrapped text."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        width = max(self._view.viewport().width() - 2 * self._view.spacing() - 2, 80)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        rect = QFontMetrics(option.font).boundingRect(
            QRect(0, 0, width - 16, 10_000), Qt.TextFlag.TextWordWrap, text
        )
        return QSize(width, rect.height() + 16)


class TicketBoard(QWidget):
    """Columns of ticket cards. Signals: open_ticket(int ticket_id)."""

    open_ticket = Signal(int)

    def __init__(self, source: QSortFilterProxyModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.columns: dict[Status, BoardColumnProxy] = {}
        self.views: dict[Status, QListView] = {}
        self._headers: dict[Status, QLabel] = {}
        for status in BOARD_STATUSES:
            proxy = BoardColumnProxy(status, self)
            proxy.setSourceModel(source)
            frame = QFrame()
            frame.setObjectName("boardColumn")
            column = QVBoxLayout(frame)
            column.setContentsMargins(6, 6, 6, 6)
            header = QLabel()
            header.setObjectName("boardHeader")
            column.addWidget(header)
            view = QListView()
            view.setObjectName("boardList")
            view.setModel(proxy)
            view.setWordWrap(True)
            view.setSpacing(3)
            view.setResizeMode(QListView.ResizeMode.Adjust)
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setItemDelegate(CardDelegate(view))
            view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
            view.setAccessibleName(agent_status_text(status))
            view.activated.connect(self._activated)
            view.doubleClicked.connect(self._activated)
            column.addWidget(view, 1)
            layout.addWidget(frame, 1)
            self.columns[status] = proxy
            self.views[status] = view
            self._headers[status] = header
            for signal in (
                proxy.rowsInserted,
                proxy.rowsRemoved,
                proxy.modelReset,
                proxy.layoutChanged,
            ):
                signal.connect(self._update_headers)
        self._update_headers()

    def _update_headers(self, *_args: object) -> None:
        for status, header in self._headers.items():
            count = self.columns[status].rowCount()
            header.setText(
                QCoreApplication.translate("TicketBoard", "%1 (%2)")
                .replace("%1", agent_status_text(status))
                .replace("%2", str(count))
            )

    def _activated(self, index: QModelIndex) -> None:
        ticket = index.data(TICKET_ROLE)
        if isinstance(ticket, Ticket):
            self.open_ticket.emit(ticket.id)

    def tickets_in(self, status: Status) -> list[int]:
        proxy = self.columns[status]
        return [proxy.data(proxy.index(row, 0), TICKET_ROLE).id for row in range(proxy.rowCount())]
