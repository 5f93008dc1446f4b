"""Closing the loop when the ticket is not on screen: a customer whose ticket an
agent resolves is asked, without blocking, whether it is solved; "Open the
ticket" takes them to its decision bar (desktop/ui/resolution.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.core.models import Status, Ticket
from desktop.ui.session import Session


class ResolvedPrompt(QDialog):
    """A non-blocking "Is it solved?" for a resolved ticket that is not on screen.

    Signals: open_requested(int ticket_id).
    """

    open_requested = Signal(int)

    def __init__(self, ticket: Ticket, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ticket_id = ticket.id
        self.setModal(False)
        self.setWindowTitle(self.tr("Is it solved?"))
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Support resolved %1").replace("%1", ticket.number))
        title.setObjectName("cardTitle")
        layout.addWidget(title)
        self.text = QLabel(
            self.tr(
                "“%1”. Is your problem solved? Open the ticket to answer and rate the help."
            ).replace("%1", ticket.title)
        )
        self.text.setWordWrap(True)
        self.text.setMinimumWidth(360)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(
            self.tr("Open the ticket"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.setObjectName("primary")
        self.later_button = buttons.addButton(
            self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self._open)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def _open(self) -> None:
        self.open_requested.emit(self.ticket_id)
        self.accept()


class ResolvedPrompts(QObject):
    """Watches the customer's tickets; when one turns resolved while another screen
    is showing, puts up a `ResolvedPrompt` (one per ticket, gone once answered).

    Signals: open_requested(int ticket_id).
    """

    open_requested = Signal(int)

    def __init__(self, session: Session, on_screen: Callable[[int], bool], window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.on_screen = on_screen
        self.prompts: dict[int, ResolvedPrompt] = {}
        self._status: dict[int, Status] = {}
        session.tickets_loaded.connect(self._loaded)
        session.ticket_changed.connect(self._changed)

    def _loaded(self, tickets: list[Ticket]) -> None:
        self._status.update((t.id, t.status) for t in tickets)

    def _changed(self, ticket: Ticket) -> None:
        before = self._status.get(ticket.id)
        self._status[ticket.id] = ticket.status
        if ticket.status is not Status.RESOLVED or self.on_screen(ticket.id):
            self.dismiss(ticket.id)
        elif before is not Status.RESOLVED and ticket.id not in self.prompts:
            prompt = ResolvedPrompt(ticket, self.window)
            prompt.open_requested.connect(self.open_requested)
            prompt.finished.connect(lambda _r, i=ticket.id: self.prompts.pop(i, None))
            self.prompts[ticket.id] = prompt
            prompt.show()

    def dismiss(self, ticket_id: int) -> None:
        prompt = self.prompts.pop(ticket_id, None)
        if prompt is not None:
            prompt.close()
