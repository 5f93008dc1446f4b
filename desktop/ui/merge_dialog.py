"""Merge a duplicate: the agent picks the ticket it repeats (by number or words,
among the same customer's tickets), confirms, and the hub moves the thread and
files there, closes the duplicate and tells the customer in both threads."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from desktop.core import desk_api
from desktop.core.hubclient import HubError
from desktop.core.models import Ticket, TicketDetail
from desktop.ui.errors import describe
from desktop.ui.session import Session
from desktop.ui.ticket_model import agent_status_text

TICKET_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_DELAY_MS = 300


class MergeDialog(QDialog):
    """Signals: merged(TicketDetail) with the ticket that remains."""

    merged = Signal(object)

    def __init__(self, session: Session, ticket: TicketDetail, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.ticket = ticket
        self.busy = False
        self._searches = 0  # only the latest search's answer is shown
        self.setWindowTitle(self.tr("Merge %1").replace("%1", ticket.number))
        self.setMinimumSize(540, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Merge %1 into another ticket of %2: its conversation and files move "
                "there, %1 is closed, and the customer is told in both."
            )
            .replace("%1", ticket.number)
            .replace("%2", ticket.customer.display_name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(
            self.tr("Ticket number (KF-1003) or words of its title")
        )
        self.search_edit.setAccessibleName(self.tr("Find the ticket to merge into"))
        self.search_edit.setClearButtonEnabled(True)
        layout.addWidget(self.search_edit)
        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.view.setAccessibleName(self.tr("Tickets of this customer"))
        self.view.selectionModel().selectionChanged.connect(self._selected)
        layout.addWidget(self.view, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setMinimumHeight(self.summary.fontMetrics().lineSpacing() * 3)
        layout.addWidget(self.summary)
        buttons = QDialogButtonBox()
        self.merge_button = buttons.addButton(
            self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setObjectName("primary")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._merge)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self._selected()
        self.search()

    def target(self) -> Ticket | None:
        index = self.view.currentIndex()
        chosen = index.data(TICKET_ROLE) if index.isValid() else None
        return chosen if isinstance(chosen, Ticket) else None

    # -- finding the target ------------------------------------------------------------------

    def search(self) -> None:
        client = self.session.client
        if client is None:
            return
        self._searches += 1
        turn, text = self._searches, self.search_edit.text()
        self.summary.setText(self.tr("Searching…"))
        self.session.runner.run(
            lambda: desk_api.merge_candidates(client, self.ticket, text),
            name="merge candidates",
            on_done=lambda found: self._found(turn, found),
            on_error=lambda exc: self._failed(turn, exc),
        )

    def _found(self, turn: int, found: list[Ticket]) -> None:
        if turn != self._searches:
            return
        self.model.clear()
        for ticket in found:
            item = QStandardItem(
                f"{ticket.number}  ·  {ticket.title}  ·  {agent_status_text(ticket.status)}"
            )
            item.setData(ticket, TICKET_ROLE)
            item.setToolTip(ticket.title)
            self.model.appendRow(item)
        if len(found) == 1:
            self.view.setCurrentIndex(self.model.index(0, 0))
        self._selected()

    def _failed(self, turn: int, exc: Exception) -> None:
        if turn == self._searches:
            self.summary.setText(describe(exc))

    def _selected(self, *_args: QItemSelection) -> None:
        target = self.target()
        self.merge_button.setEnabled(target is not None and not self.busy)
        if target is not None:
            self.summary.setText(
                self.tr("%1 will be closed and its conversation will continue in %2 “%3”.")
                .replace("%1", self.ticket.number)
                .replace("%2", target.number)
                .replace("%3", target.title)
            )
        elif self.model.rowCount():
            self.summary.setText(
                self.tr("Choose the ticket that %1 repeats.").replace("%1", self.ticket.number)
            )
        else:
            self.summary.setText(
                self.tr("%1 has no other open ticket that matches.").replace(
                    "%1", self.ticket.customer.display_name
                )
            )

    # -- merging -------------------------------------------------------------------------------

    def _merge(self) -> None:
        client = self.session.client
        target = self.target()
        if client is None or target is None or self.busy:
            return
        self.busy = True
        self._timer.stop()  # a search answering now would redraw the list under the agent
        self._searches += 1
        self._selected()
        source_id = self.ticket.id
        self.session.runner.run(
            lambda: desk_api.merge(client, source_id, target.id),
            name="merge tickets",
            on_done=self._merged,
            on_error=self._merge_failed,
        )

    def _merged(self, target: TicketDetail) -> None:
        self.busy = False
        self.merged.emit(target)
        self.accept()

    def _merge_failed(self, exc: Exception) -> None:
        self.busy = False
        self._selected()
        if isinstance(exc, HubError) and exc.error == "already_merged":
            text = self.tr(
                "One of these tickets was merged already. Search again and pick another."
            )
        elif isinstance(exc, HubError) and exc.error == "different_customers":
            text = self.tr("Only tickets of the same customer can be merged.")
        else:
            text = describe(exc)
        self.summary.setText(text)
        if isinstance(exc, HubError) and exc.unreachable:
            self.session.report(exc)
