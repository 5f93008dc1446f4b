"""A 1–5 star rating that works with the mouse and the keyboard (the customer's
rating when closing the loop, and the rating shown on a closed ticket)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QWidget

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
