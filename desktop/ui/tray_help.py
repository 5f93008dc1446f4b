""" "Ask for help now": one line about what is wrong, filed as a `help_now` ticket.

An agent then requests a remote session on it; Kefu shows the usual consent
prompt and nothing is shared before the customer accepts
(desktop.core.quick_help says why the customer does not create the session).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import submission
from desktop.core.models import TicketDetail
from desktop.core.quick_help import help_now_draft
from desktop.core.submission import Queued, new_key
from desktop.ui import messages
from desktop.ui.errors import describe
from desktop.ui.outbox_texts import queued_text
from desktop.ui.outbox_view import outbox_kwargs
from desktop.ui.session import Session
from desktop.ui.tasks import Task


class AskHelpDialog(QDialog):
    """Signals: filed(TicketDetail) — the hub has the request; queued() — it waits
    in the outbox. The dialog closes itself after either."""

    filed = Signal(object)
    queued = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.task: Task | None = None
        self._key = new_key()  # kept across failed tries: never filed twice
        self.setWindowTitle(self.tr("Ask for help now"))
        self.setMinimumWidth(500)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Ask for help now"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        hint = QLabel(
            self.tr(
                "Say in a line what you need. Kefu files a ticket, and an agent asks to "
                "look at your screen with you. You decide then whether to share it."
            )
        )
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.summary = QLineEdit()
        self.summary.setMaxLength(200)
        self.summary.setPlaceholderText(self.tr("e.g. “The monthly report will not print”"))
        self.summary.setAccessibleName(self.tr("What do you need help with?"))
        layout.addWidget(QLabel(self.tr("What do you need help with?")))
        layout.addWidget(self.summary)
        self.details = QPlainTextEdit()
        self.details.setPlaceholderText(self.tr("Anything else the agent should know (optional)"))
        self.details.setFixedHeight(90)
        layout.addWidget(self.details)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        buttons.addWidget(self.cancel_button)
        self.send_button = QPushButton(self.tr("Ask for help"))
        self.send_button.setObjectName("primary")
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.submit)
        buttons.addWidget(self.send_button)
        layout.addLayout(buttons)
        self.summary.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def submit(self) -> None:
        if self.task is not None:
            return
        summary = self.summary.text().strip()
        if not summary:
            self._show_error(self.tr("Please say in a few words what you need help with."))
            self.summary.setFocus()
            return
        client = self.session.client
        if client is None:
            self._show_error(self.tr("Sign in to Kefu first; your text stays here."))
            return
        self._show_error("")
        draft = replace(help_now_draft(summary, self.details.toPlainText()), key=self._key)
        durable = outbox_kwargs(self.session)
        self._set_busy(True)
        self.task = self.session.runner.run(
            lambda: submission.send_ticket(client, draft, **durable),
            name="ask for help",
            on_done=self._done,
            on_error=self._failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self.send_button.setEnabled(not busy)
        self.send_button.setText(self.tr("Sending…") if busy else self.tr("Ask for help"))
        self.summary.setEnabled(not busy)
        self.details.setEnabled(not busy)

    def _done(self, ticket: TicketDetail) -> None:
        self.task = None
        self._set_busy(False)
        self.session.readstate.mark_seen(ticket)
        self.session.note_ticket(ticket)
        messages.info(
            self.tr(
                "%1 is filed. An agent will ask to see your screen; nothing is shared "
                "until you accept."
            ).replace("%1", ticket.number)
        )
        self.filed.emit(ticket)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.task = None
        self._set_busy(False)
        if isinstance(exc, Queued):  # safe on disk; sent when the hub is reachable
            if exc.cause is not None and exc.cause.unreachable:
                self.session.report(exc.cause)
            messages.info(queued_text())
            self.queued.emit()
            self.accept()
            return
        self._show_error(describe(exc))  # the text stays; trying again reuses the key
