"""Closing the loop, the customer's side: "Is it solved?" with a 1–5 rating, or
"No" with what is still wrong (the hub reopens the ticket with it as a reply).

`DecisionBar` sits under a ticket's header and sends the answer itself; its
stars are desktop/ui/star_rating.py, and desktop/ui/resolution_prompt.py asks
about tickets that are not on screen.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import desk_api
from desktop.core.hubclient import HubError
from desktop.core.models import Status, TicketDetail
from desktop.ui import messages
from desktop.ui.session import Session
from desktop.ui.star_rating import StarRating


class DecisionBar(QFrame):
    """The customer's answer on a resolved ticket, and the rating on a closed one.

    Signals: changed() once the hub has the answer (or says the ticket moved on
    meanwhile), so the page reloads; reopen_requested() on a closed ticket.
    """

    changed = Signal()
    reopen_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decision")
        self.session = session
        self._ticket_id: int | None = None
        outer = QVBoxLayout(self)
        self.label = QLabel()
        self.label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.label, 1)
        self.given = StarRating()
        self.given.set_read_only(True)
        top.addWidget(self.given)
        self.yes_button = QPushButton(self.tr("Yes, it is solved"))
        self.yes_button.setObjectName("primary")
        self.yes_button.clicked.connect(lambda: self._ask(solved=True))
        top.addWidget(self.yes_button)
        self.no_button = QPushButton(self.tr("No, not yet"))
        self.no_button.clicked.connect(lambda: self._ask(solved=False))
        top.addWidget(self.no_button)
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.reopen_button.clicked.connect(self.reopen_requested)
        top.addWidget(self.reopen_button)
        outer.addLayout(top)

        # The second step: a rating (yes) or what is still wrong (no).
        self.form = QWidget()
        form = QVBoxLayout(self.form)
        form.setContentsMargins(0, 4, 0, 0)
        rate_row = QHBoxLayout()
        self.rate_label = QLabel(self.tr("How was the help?"))
        rate_row.addWidget(self.rate_label)
        self.stars = StarRating()
        self.stars.rating_changed.connect(lambda _v: self._update_send())
        rate_row.addWidget(self.stars)
        rate_row.addStretch(1)
        form.addLayout(rate_row)
        self.comment = QPlainTextEdit()
        self.comment.setAccessibleName(self.tr("Comment"))
        self.comment.setFixedHeight(64)
        self.comment.textChanged.connect(self._update_send)
        form.addWidget(self.comment)
        buttons = QHBoxLayout()
        self.hint = QLabel()
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        buttons.addWidget(self.hint, 1)
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.clicked.connect(self._back)
        buttons.addWidget(self.back_button)
        self.send_button = QPushButton()
        self.send_button.setObjectName("primary")
        self.send_button.clicked.connect(self._send)
        buttons.addWidget(self.send_button)
        form.addLayout(buttons)
        outer.addWidget(self.form)
        self._solved = True
        self._busy = False
        self.form.hide()
        self.hide()

    def show_ticket(self, ticket: TicketDetail) -> None:
        """Resolved: ask. Closed: the rating given (when known) and Reopen. Else hidden."""
        rating = ticket.rating
        if ticket.id != self._ticket_id:  # another ticket: start over
            self._ticket_id = ticket.id
            self.comment.clear()
            self.stars.set_rating(0)
            self.form.hide()
            self._busy = False  # (a reload of the same ticket keeps a send in flight)
        resolved = ticket.status is Status.RESOLVED
        closed = ticket.status is Status.CLOSED
        if not resolved:
            self.form.hide()
        asking = resolved and not self.form.isVisible()
        self.yes_button.setVisible(asking)
        self.no_button.setVisible(asking)
        self.reopen_button.setVisible(closed)
        self.given.setVisible(closed and bool(rating))
        self.given.set_rating(rating or 0)
        if resolved:
            self.label.setText(
                self.tr("Support marked this ticket as resolved. Is your problem solved?")
            )
        elif closed and rating:
            self.label.setText(
                self.tr("This ticket is closed. You rated the help %1 of 5.").replace(
                    "%1", str(rating)
                )
            )
        elif closed:
            self.label.setText(self.tr("This ticket is closed. If the problem is back, reopen it."))
        self._update_send()
        self.setVisible(resolved or closed)

    def _ask(self, *, solved: bool) -> None:
        self._solved = solved
        self.rate_label.setVisible(solved)
        self.stars.setVisible(solved)
        if solved:
            self.comment.setPlaceholderText(self.tr("Anything you want to tell us (optional)"))
            self.send_button.setText(self.tr("Close the ticket"))
        else:
            self.comment.setPlaceholderText(
                self.tr("What is still not working? Support will see this as your reply.")
            )
            self.send_button.setText(self.tr("Reopen the ticket"))
        self.yes_button.hide()
        self.no_button.hide()
        self.form.show()
        self._update_send()
        (self.stars if solved else self.comment).setFocus()

    def _back(self) -> None:
        self.form.hide()
        self.yes_button.show()
        self.no_button.show()

    def _update_send(self) -> None:
        if self._solved:
            ready = self.stars.rating > 0
            self.hint.setText("" if ready else self.tr("Choose 1 to 5 stars to close the ticket."))
        else:
            ready = bool(self.comment.toPlainText().strip())
            self.hint.setText("" if ready else self.tr("Tell support what is still wrong."))
        self.send_button.setEnabled(ready and not self._busy)

    def _send(self) -> None:
        client = self.session.client
        ticket_id = self._ticket_id
        if client is None or ticket_id is None:
            return
        self._busy = True
        self._update_send()
        solved = self._solved
        rating = self.stars.rating if solved else None
        comment = self.comment.toPlainText().strip() or None
        self.session.runner.run(
            lambda: desk_api.answer_resolution(
                client, ticket_id, solved=solved, rating=rating, comment=comment
            ),
            name="answer resolution",
            on_done=lambda ticket: self._answered(ticket, rating),
            on_error=self._answer_failed,
        )

    def _answered(self, ticket: TicketDetail, _rating: int | None) -> None:
        self._busy = False  # delivered: a later resolution is asked about afresh
        self.comment.clear()
        self.stars.set_rating(0)
        self.form.hide()
        self.session.note_ticket(ticket)
        self.changed.emit()

    def _answer_failed(self, exc: Exception) -> None:
        self._failed()
        if isinstance(exc, HubError) and exc.error == "not_resolved":
            messages.warning(
                self.tr("This ticket is no longer waiting for your answer; it changed meanwhile.")
            )
            self.changed.emit()
        else:
            self.session.report(exc)

    def _failed(self) -> None:
        """The answer did not reach the hub: everything typed stays for another try."""
        self._busy = False
        self._update_send()
