"""My tickets (customer) and the queue (agent): one model, filtered views."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QPushButton,
    QWidget,
)

from desktop.core.models import PRIORITIES, Category, Group, Status, User
from desktop.ui.board import TICK_MS, TicketBoard
from desktop.ui.session import Session
from desktop.ui.ticket_list_base import TicketListPage
from desktop.ui.ticket_model import (
    ACTIVE_STATUSES,
    Column,
    TicketTableModel,
    agent_status_text,
    status_text,
)


class MyTicketsPage(TicketListPage):
    """The customer's tickets. Signals: open_ticket(int); new_ticket_requested()."""

    new_ticket_requested = Signal()

    def __init__(self, model: TicketTableModel, parent: QWidget | None = None) -> None:
        super().__init__(model, self.tr("My tickets"), parent)
        self.new_button = QPushButton(self.tr("New ticket"))
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(self.new_ticket_requested)
        self.header.addWidget(self.new_button)
        self.show_combo = QComboBox()
        self.show_combo.setAccessibleName(self.tr("Show"))
        self.show_combo.addItem(self.tr("Open tickets"), "active")
        self.show_combo.addItem(self.tr("Solved and closed"), "done")
        self.show_combo.addItem(self.tr("All tickets"), "all")
        self.show_combo.currentIndexChanged.connect(self._show_changed)
        self.filters.addWidget(self.show_combo)
        self.filters.addWidget(self.search, 1)
        self.empty.setText(
            self.tr("No tickets here. When something goes wrong, choose “New ticket”.")
        )
        self._finish((Column.CUSTOMER, Column.ASSIGNEE, Column.DUE, Column.PRIORITY))
        self.proxy.set_filter(statuses=ACTIVE_STATUSES | {Status.RESOLVED})

    def _show_changed(self) -> None:
        choice = self.show_combo.currentData()
        statuses: frozenset[Status] | None = None
        if choice == "active":
            # Resolved stays visible: the customer still has to confirm it.
            statuses = ACTIVE_STATUSES | {Status.RESOLVED}
        elif choice == "done":
            statuses = frozenset({Status.RESOLVED, Status.CLOSED})
        self.proxy.set_filter(statuses=statuses)


class QueuePage(TicketListPage):
    """The agents' live queue with filters. Signals: open_ticket(int)."""

    def __init__(self, model: TicketTableModel, parent: QWidget | None = None) -> None:
        super().__init__(model, self.tr("Queue"), parent)
        self.status_combo = self._combo(self.tr("Status"))
        self.status_combo.addItem(self.tr("Active"), "active")
        self.status_combo.addItem(self.tr("All statuses"), "all")
        for status in Status:
            self.status_combo.addItem(agent_status_text(status), status.value)
        self.priority_combo = self._combo(self.tr("Priority"))
        self.priority_combo.addItem(self.tr("Any priority"), None)
        for priority in PRIORITIES:
            self.priority_combo.addItem(priority, priority)
        self.assignee_combo = self._combo(self.tr("Assignee"))
        self.group_combo = self._combo(self.tr("Group"))
        self.category_combo = self._combo(self.tr("Category"))
        self.set_people([], [], [], chinese=False)
        self.filters.addWidget(self.search, 1)
        self.empty.setText(self.tr("Nothing matches these filters. New tickets appear here live."))
        self._finish(())
        # List or board: two views of the same filtered model.
        self.board = TicketBoard(self.proxy)
        self.board.open_ticket.connect(self.open_ticket)
        self.stack.addWidget(self.board)
        self.view_group = QButtonGroup(self)
        for i, text in enumerate((self.tr("List"), self.tr("Board"))):
            button = QPushButton(text)
            button.setCheckable(True)
            button.setObjectName("modeButton")
            self.view_group.addButton(button, i)
            self.header.addWidget(button)
        self.list_button, self.board_button = self.view_group.buttons()
        self.list_button.setChecked(True)
        self.view_group.idToggled.connect(self._view_toggled)
        self.sort_due_button = QPushButton(self.tr("Most urgent first"))
        self.sort_due_button.setToolTip(self.tr("Sort by SLA: overdue, then due soonest"))
        self.sort_due_button.clicked.connect(self.sort_by_due)
        self.header.insertWidget(self.header.count() - 2, self.sort_due_button)
        # The SLA countdowns move with the clock; nothing is reloaded for it.
        self._clock = QTimer(self)
        self._clock.setInterval(TICK_MS)
        self._clock.timeout.connect(model.refresh_clocks)
        self._clock.start()
        for combo in (
            self.status_combo,
            self.priority_combo,
            self.assignee_combo,
            self.group_combo,
            self.category_combo,
        ):
            combo.currentIndexChanged.connect(self._filters_changed)
        self._filters_changed()

    def attach(self, session: Session) -> None:
        """The board moves cards, loads thumbnails and warns of SLA breaches through this."""
        self.board.attach(session)

    def sort_by_due(self) -> None:
        """The list, most urgent SLA first (the header's SLA column does the same)."""
        self.list_button.setChecked(True)
        self.table.sortByColumn(Column.DUE, Qt.SortOrder.AscendingOrder)

    def _view_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            # The board's columns are the statuses: its own "Show closed" replaces the filter.
            board = self.board_button.isChecked()
            self.status_combo.setEnabled(not board)
            self.status_combo.setToolTip(
                self.tr("The board shows every status as a column")
                if board
                else self.status_combo.accessibleName()
            )
            self._filters_changed()
            self._update_count()

    def _view_for(self, shown: int) -> QWidget:
        button = getattr(self, "board_button", None)  # None while __init__ runs
        if button is not None and button.isChecked():
            return self.board  # the board shows its (possibly empty) columns
        return super()._view_for(shown)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filters.addWidget(combo)
        return combo

    def set_people(
        self,
        agents: list[User],
        groups: list[Group],
        categories: list[Category],
        *,
        chinese: bool,
    ) -> None:
        """Fill the assignee, group and category filters (keeps the current choice)."""

        def refill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            found = combo.findData(current)
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)

        refill(
            self.assignee_combo,
            [(self.tr("Anyone"), None), (self.tr("Me"), "me"), (self.tr("Unassigned"), "none")]
            + [(a.display_name, a.id) for a in agents],
        )
        refill(self.group_combo, [(self.tr("Any group"), None)] + [(g.name, g.id) for g in groups])
        refill(
            self.category_combo,
            [(self.tr("Any category"), None)]
            + [((c.name_zh or c.name) if chinese else c.name, c.id) for c in categories],
        )

    def _filters_changed(self) -> None:
        choice = self.status_combo.currentData()
        if self.board_button.isChecked():
            choice = "all"
        if choice == "active":
            statuses: frozenset[Status] | None = ACTIVE_STATUSES
        elif choice == "all":
            statuses = None
        else:
            statuses = frozenset({Status(choice)})
        self.proxy.set_filter(
            statuses=statuses,
            priority=self.priority_combo.currentData(),
            assignee=self.assignee_combo.currentData(),
            group_id=self.group_combo.currentData(),
            category_id=self.category_combo.currentData(),
        )


__all__ = ["MyTicketsPage", "QueuePage", "status_text"]
