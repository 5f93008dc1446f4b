"""The session chat: the lines so far and a box to write the next one."""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
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
        self._lines: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Chat"))
        title.setObjectName("cardTitle")
        layout.addWidget(title)
        # A document, not a list: long lines in any script wrap as text does.
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
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
        """What the chat shows, one string per message (for tests and copying)."""
        return list(self._lines)

    def add_line(self, who: str, text: str, *, mine: bool = False) -> None:
        stamp = datetime.now().strftime("%H:%M")
        self._lines.append(f"{who} · {stamp}\n{text}")
        colour = "#1d4ed8" if mine else "#047857"
        body = html.escape(text).replace("\n", "<br>")
        self.view.append(
            f"<p style='margin:4px 0'><span style='color:{colour};font-weight:600'>"
            f"{html.escape(who)}</span> <span style='color:#6b7280'>{stamp}</span>"
            f"<br>{body}</p>"
        )

    def received(self, text: str) -> None:
        self.add_line(self.peer_name, text)

    def add_notice(self, text: str) -> None:
        self._lines.append(text)
        self.view.append(f"<p style='color:#6b7280;margin:4px 0'><i>{html.escape(text)}</i></p>")

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
