"""Small widgets shared by the screens."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from desktop.core.models import Status
from desktop.ui.ticket_model import PRIORITY_COLORS, STATUS_COLORS


class Banner(QFrame):
    """A coloured strip across the window with a sentence and an optional action.

    Signals: action_clicked(); closed() when the user dismisses it.
    """

    action_clicked = Signal()
    closed = Signal()

    def __init__(self, kind: str = "info", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setProperty("kind", kind)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        self.action = QPushButton()
        self.action.setVisible(False)
        self.action.clicked.connect(self.action_clicked)
        layout.addWidget(self.action)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setAccessibleName(self.tr("Dismiss"))
        self.close_button.clicked.connect(self._close)
        layout.addWidget(self.close_button)
        self.hide()

    def show_message(
        self, text: str, kind: str = "info", action: str = "", closable: bool = True
    ) -> None:
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        self.label.setText(text)
        self.action.setText(action)
        self.action.setVisible(bool(action))
        self.close_button.setVisible(closable)
        self.show()

    def _close(self) -> None:
        self.hide()
        self.closed.emit()


class Pill(QLabel):
    """A rounded coloured label: a status or a priority."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pill")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def set_status(self, status: Status, text: str) -> None:
        self._paint(text, STATUS_COLORS[status])

    def set_priority(self, priority: str) -> None:
        self._paint(priority, PRIORITY_COLORS.get(priority, "#374151"))

    def _paint(self, text: str, color: str) -> None:
        self.setText(text)
        self.setStyleSheet(
            f"QLabel#pill {{ background: {color}; color: white; border-radius: 9px;"
            " padding: 2px 10px; font-weight: 600; }"
        )


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"
