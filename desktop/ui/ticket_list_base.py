"""What My tickets and the queue share: the table over the filtered model, the
title with its count, the search box and the empty state."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.models import Status
from desktop.ui.ticket_model import Column, TicketFilterProxy, TicketTableModel, agent_status_text


def make_table(proxy: TicketFilterProxy, hidden: tuple[Column, ...]) -> QTableView:
    table = QTableView()
    table.setModel(proxy)
    table.setAccessibleName(QCoreApplication.translate("TicketList", "Tickets"))
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it
    table.setSortingEnabled(True)
    table.sortByColumn(Column.UPDATED, Qt.SortOrder.DescendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(34)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    for column in Column:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
    # Statuses change live; a fixed width that fits the longest keeps rows from jumping.
    metrics = table.fontMetrics()
    widest = max(metrics.horizontalAdvance(agent_status_text(s)) for s in Status)
    header.setSectionResizeMode(Column.STATUS, QHeaderView.ResizeMode.Interactive)
    table.setColumnWidth(Column.STATUS, widest + 40)
    for column in hidden:
        table.setColumnHidden(column, True)
    return table


class TicketListPage(QWidget):
    """Signals: open_ticket(int ticket_id).

    Strings here use the "TicketList" context: `self.tr` in a base class would
    look them up under the subclass's name at run time."""

    open_ticket = Signal(int)

    def __init__(self, model: TicketTableModel, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.proxy = TicketFilterProxy(self)
        self.proxy.setSourceModel(model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        header = QHBoxLayout()
        self.title = QLabel(title)
        self.title.setObjectName("pageTitle")
        header.addWidget(self.title)
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        header.addWidget(self.count_label)
        header.addStretch(1)
        self.header = header
        layout.addLayout(header)
        self.filters = QHBoxLayout()
        layout.addLayout(self.filters)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            QCoreApplication.translate("TicketList", "Search number, title, text…")
        )
        self.search.setAccessibleName(QCoreApplication.translate("TicketList", "Search tickets"))
        self.search.textChanged.connect(lambda text: self.proxy.set_filter(text=text.strip()))
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

    def _finish(self, hidden: tuple[Column, ...]) -> None:
        self.table = make_table(self.proxy, hidden)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._update_count)
        self._update_count()

    def _activated(self, index: QModelIndex) -> None:
        ticket = self.proxy.ticket_at(index.row())
        if ticket is not None:
            self.open_ticket.emit(ticket.id)

    def _update_count(self, *_args: object) -> None:
        shown = self.proxy.rowCount()
        self.count_label.setText(
            QCoreApplication.translate("TicketList", "%n ticket(s)", "", shown)
        )
        self.stack.setCurrentWidget(self._view_for(shown))

    def _view_for(self, shown: int) -> QWidget:
        """Which view the stack shows for this many tickets."""
        return self.table if shown else self.empty

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
