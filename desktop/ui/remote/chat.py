"""The session chat: the lines so far and a box to write the next one."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

MAX_LINE = 2000


class ChatPanel(QWidget):
    """Signals: send_requested(str) — the user wrote a line (already shown as theirs)."""

    send_requested = Signal(str)

    def __init__(self, peer_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.peer_name = peer_name
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Chat"))
        title.setObjectName("cardTitle")
        layout.addWidget(title)
        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.view.setAccessibleName(self.tr("Chat messages"))
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.edit = QLineEdit()
        self.edit.setMaxLength(MAX_LINE)
        self.edit.setPlaceholderText(self.tr("Write a message…"))
        self.edit.returnPressed.connect(self._send)
        row.addWidget(self.edit, 1)
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.clicked.connect(self._send)
        row.addWidget(self.send_button)
        layout.addLayout(row)

    def lines(self) -> list[str]:
        """What the chat shows, one string per line (for tests and copying)."""
        return [self.model.item(i).text() for i in range(self.model.rowCount())]

    def add_line(self, who: str, text: str, *, mine: bool = False) -> None:
        stamp = datetime.now().strftime("%H:%M")
        item = QStandardItem(f"{who} · {stamp}\n{text}")
        item.setData(text, Qt.ItemDataRole.UserRole)
        if mine:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.model.appendRow(item)
        self.view.scrollToBottom()

    def received(self, text: str) -> None:
        self.add_line(self.peer_name, text)

    def add_notice(self, text: str) -> None:
        item = QStandardItem(text)
        item.setForeground(Qt.GlobalColor.darkGray)
        self.model.appendRow(item)
        self.view.scrollToBottom()

    def set_enabled(self, enabled: bool) -> None:
        self.edit.setEnabled(enabled)
        self.send_button.setEnabled(enabled)

    def _send(self) -> None:
        text = self.edit.text().strip()
        if not text:
            return
        self.edit.clear()
        self.add_line(self.tr("You"), text, mine=True)
        self.send_requested.emit(text)
