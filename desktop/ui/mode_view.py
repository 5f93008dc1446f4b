"""The signed-in screens of one mode: a slim section rail and the sections.

The first section is always "Tickets" (the list, a ticket, the new-ticket form),
which shares one `TicketTableModel` with every other view of the tickets. Other
sections (knowledge base, metrics, administration) are added with
`add_section`, each a self-contained widget from its own module; `sections.py`
decides which a signed-in user gets.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.models import TicketDetail, User
from desktop.ui import i18n
from desktop.ui.icons import section_icon
from desktop.ui.new_ticket import NewTicketPage
from desktop.ui.sections import install_sections
from desktop.ui.session import Session
from desktop.ui.ticket_lists import MyTicketsPage, QueuePage
from desktop.ui.ticket_model import TicketTableModel
from desktop.ui.ticket_page import TicketPage

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def chinese() -> bool:
    return i18n.current_language() == "zh_CN"


class TicketsSection(QStackedWidget):
    """List ⇄ ticket ⇄ new ticket, over the mode's one ticket model."""

    def __init__(self, session: Session, user: User, model: TicketTableModel) -> None:
        super().__init__()
        self.session = session
        self.agent = user.is_agent
        self.model = model
        self.list_page: MyTicketsPage | QueuePage
        self.new_ticket: NewTicketPage | None = None
        if self.agent:
            self.list_page = QueuePage(model)
            self.list_page.attach(session)  # the board moves tickets and fetches thumbnails
        else:
            self.list_page = MyTicketsPage(model)
            self.new_ticket = NewTicketPage(session)
        self.ticket_page = TicketPage(session, agent=self.agent)
        self.addWidget(self.list_page)
        if self.new_ticket is not None:
            self.addWidget(self.new_ticket)
            self.new_ticket.cancelled.connect(self.show_list)
            self.new_ticket.submitted.connect(self._submitted)
            assert isinstance(self.list_page, MyTicketsPage)
            self.list_page.new_ticket_requested.connect(self.show_new_ticket)
        self.addWidget(self.ticket_page)
        self.list_page.proxy.set_filter(me=user.id)  # the "Me" assignee filter
        self.list_page.open_ticket.connect(self.open_ticket)
        self.ticket_page.back_requested.connect(self.show_list)
        self.ticket_page.loaded.connect(lambda t: model.refresh_row(t.id))

    def show_list(self) -> None:
        self.setCurrentWidget(self.list_page)
        self.list_page.table.setFocus()

    def show_new_ticket(self) -> None:
        if self.new_ticket is not None:
            self.new_ticket.set_categories(self.session.categories, chinese())
            self.setCurrentWidget(self.new_ticket)
            self.new_ticket.title_edit.setFocus()

    def open_ticket(self, ticket_id: int) -> None:
        self.ticket_page.show_ticket(ticket_id)
        self.setCurrentWidget(self.ticket_page)

    def _submitted(self, ticket: TicketDetail) -> None:
        self.open_ticket(ticket.id)


class ModeView(QWidget):
    """Customer or support mode for one signed-in user.

    `rail_footer` is a layout under the section rail for small always-visible
    controls (the agents' availability toggle); `install_sections` fills it.

    Signals: section_changed(str) with the key of the section now shown.
    """

    section_changed = Signal(str)

    def __init__(self, session: Session, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.user = user
        self.agent = user.is_agent
        self.model = TicketTableModel(
            self,
            agent=self.agent,
            is_unread=(lambda _t: False) if self.agent else session.readstate.is_unread,
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.rail = QListWidget()
        self.rail.setObjectName("sectionRail")
        self.rail.setAccessibleName(self.tr("Sections"))
        self.rail.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.rail.currentRowChanged.connect(self._rail_moved)
        self.rail_column = QWidget()
        self.rail_column.setObjectName("railColumn")
        column = QVBoxLayout(self.rail_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.rail, 1)
        self.rail_footer = QVBoxLayout()
        self.rail_footer.setContentsMargins(8, 8, 8, 8)
        column.addLayout(self.rail_footer)
        layout.addWidget(self.rail_column)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)

        self._sections: dict[str, QWidget] = {}
        # Sections with work that would be lost on quit add a check here.
        self.unsaved_checks: list[Callable[[], bool]] = []
        self.tickets = TicketsSection(session, user, self.model)
        title = self.tr("Queue") if self.agent else self.tr("My tickets")
        self.add_section("tickets", title, self.tickets)
        session.tickets_loaded.connect(self.model.set_tickets)
        session.ticket_changed.connect(self.model.upsert)
        session.reference_changed.connect(self.refresh_filters)
        install_sections(self)
        self.rail_column.setVisible(self.rail.count() > 1 or self.rail_footer.count() > 0)
        self.rail.setCurrentRow(0)

    # -- sections -------------------------------------------------------------------------

    def add_section(self, key: str, title: str, widget: QWidget) -> None:
        item = QListWidgetItem(title)
        item.setData(KEY_ROLE, key)
        item.setToolTip(title)
        item.setIcon(section_icon(key))
        self.rail.addItem(item)
        self.stack.addWidget(widget)
        self._sections[key] = widget
        self.rail.setFixedWidth(max(self.rail.sizeHintForColumn(0) + 28, 132))

    def has_unsaved_work(self) -> bool:
        """Typed and not sent or saved anywhere in this mode (the quit question)."""
        page = self.new_ticket
        typed = page is not None and bool(
            page.busy or page.title_edit.text().strip() or page.body_edit.toPlainText().strip()
        )
        ticket_page = self.ticket_page
        return (
            typed
            or ticket_page.sending
            or ticket_page.has_unsent_text()
            or any(check() for check in self.unsaved_checks)
        )

    def section(self, key: str) -> QWidget | None:
        return self._sections.get(key)

    def show_section(self, key: str) -> None:
        for row in range(self.rail.count()):
            if self.rail.item(row).data(KEY_ROLE) == key:
                self.rail.setCurrentRow(row)
                return

    def current_section(self) -> str:
        item = self.rail.currentItem()
        return str(item.data(KEY_ROLE)) if item is not None else "tickets"

    def _rail_moved(self, row: int) -> None:
        if 0 <= row < self.stack.count():
            self.stack.setCurrentIndex(row)
            self.section_changed.emit(self.current_section())

    # -- the tickets section, as the window and tests reach it ----------------------------------

    @property
    def list_page(self) -> MyTicketsPage | QueuePage:
        return self.tickets.list_page

    @property
    def ticket_page(self) -> TicketPage:
        return self.tickets.ticket_page

    @property
    def new_ticket(self) -> NewTicketPage | None:
        return self.tickets.new_ticket

    def show_list(self) -> None:
        self.show_section("tickets")
        self.tickets.show_list()

    def show_new_ticket(self) -> None:
        self.show_section("tickets")
        self.tickets.show_new_ticket()

    def open_ticket(self, ticket_id: int) -> None:
        self.show_section("tickets")
        self.tickets.open_ticket(ticket_id)

    def refresh_filters(self) -> None:
        if isinstance(self.list_page, QueuePage):
            self.list_page.set_people(
                self.session.agents,
                self.session.groups,
                self.session.categories,
                chinese=chinese(),
            )
