"""Closing the loop, the customer's side: "Is it solved?" with a 1–5 rating, or
"No" with what is still wrong (the hub reopens the ticket with it as a reply).

`DecisionBar` sits under a ticket's header; `StarRating` is its keyboard-usable
rating (desktop/ui/resolution_prompt.py asks about tickets not on screen).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.models import Status, TicketDetail

MAX_STARS = 5


class StarRating(QFrame):
    """Five stars; click one, or focus and use ←/→, Home/End or the keys 1–5.

    Signals: rating_changed(int) with 1…5.
    """

    rating_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("starRating")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Rating"))
        self._rating = 0
        self._read_only = False
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 0, 4, 0)
        row.setSpacing(0)
        self.stars: list[QToolButton] = []
        for value in range(1, MAX_STARS + 1):
            star = QToolButton()
            star.setObjectName("star")
            star.setAutoRaise(True)
            star.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the frame takes the keys
            star.setToolTip(self.tr("%1 of 5").replace("%1", str(value)))
            star.clicked.connect(lambda _c=False, v=value: self.set_rating(v, by_user=True))
            row.addWidget(star)
            self.stars.append(star)
        self._paint()

    @property
    def rating(self) -> int:
        return self._rating

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus if read_only else Qt.FocusPolicy.StrongFocus)
        for star in self.stars:
            star.setEnabled(not read_only)

    def set_rating(self, value: int, *, by_user: bool = False) -> None:
        value = max(0, min(MAX_STARS, value))
        if by_user and (self._read_only or value < 1):
            return
        changed = value != self._rating
        self._rating = value
        self._paint()
        if changed and by_user:
            self.rating_changed.emit(value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = int(event.key())
        moves: dict[int, int] = {
            Qt.Key.Key_Right.value: self._rating + 1,
            Qt.Key.Key_Up.value: self._rating + 1,
            Qt.Key.Key_Left.value: self._rating - 1,
            Qt.Key.Key_Down.value: self._rating - 1,
            Qt.Key.Key_Home.value: 1,
            Qt.Key.Key_End.value: MAX_STARS,
        }
        if key in moves:
            self.set_rating(max(1, moves[key]), by_user=True)
        elif Qt.Key.Key_1.value <= key <= Qt.Key.Key_5.value:
            self.set_rating(key - Qt.Key.Key_0.value, by_user=True)
        else:
            super().keyPressEvent(event)

    def _paint(self) -> None:
        for value, star in enumerate(self.stars, start=1):
            star.setText("★" if value <= self._rating else "☆")
            star.setProperty("lit", value <= self._rating)
            star.style().unpolish(star)
            star.style().polish(star)
        if self._rating:
            self.setAccessibleDescription(self.tr("%1 of 5").replace("%1", str(self._rating)))
        else:
            self.setAccessibleDescription(self.tr("Not rated yet"))


class DecisionBar(QFrame):
    """The customer's answer on a resolved ticket, and the rating on a closed one.

    Signals: answered(bool solved, int rating (0 for none), str comment);
    reopen_requested() on a closed ticket.
    """

    answered = Signal(bool, int, str)
    reopen_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decision")
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

    def show_ticket(self, ticket: TicketDetail, rating: int | None) -> None:
        """Resolved: ask. Closed: the rating given (when known) and Reopen. Else hidden."""
        if ticket.id != self._ticket_id:  # another ticket: start over
            self._ticket_id = ticket.id
            self.comment.clear()
            self.stars.set_rating(0)
            self.form.hide()
        self._busy = False
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
        self._busy = True
        self._update_send()
        rating = self.stars.rating if self._solved else 0
        self.answered.emit(self._solved, rating, self.comment.toPlainText().strip())

    def failed(self) -> None:
        """The answer did not reach the hub: everything typed stays for another try."""
        self._busy = False
        self._update_send()
