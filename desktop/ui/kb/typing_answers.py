"""Answers while a customer types a new ticket: the knowledge base searched for
the title and description (debounced), a few titles under the form, and an
article opened from them with "This solved it" / "I still need help"."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
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
from shiboken6 import isValid

from desktop.core import kb_api, submission
from desktop.core.kb_api import Article
from desktop.ui import i18n
from desktop.ui.errors import describe
from desktop.ui.kb.reader import ArticleReader
from desktop.ui.session import Session

PAUSE_MS = 700  # after the last key: one search per pause in typing, not per key
MIN_CHARS = 4
SHOWN = 3


class AnswerDialog(QDialog):
    """One article, read before filing; accepted means "This solved it"."""

    def __init__(self, article: Article, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("An answer that may help"))
        self.resize(560, 460)
        layout = QVBoxLayout(self)
        self.reader = ArticleReader()
        self.reader.show_article(article)
        layout.addWidget(self.reader, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.still_button = QPushButton(self.tr("I still need help"))
        self.still_button.clicked.connect(self.reject)
        buttons.addWidget(self.still_button)
        self.solved_button = QPushButton(self.tr("This solved it"))
        self.solved_button.setObjectName("primary")
        self.solved_button.clicked.connect(self.accept)
        buttons.addWidget(self.solved_button)
        layout.addLayout(buttons)


class TypingAnswers(QWidget):
    """Signals: solved(Article) — "This solved it" was recorded; nothing to file."""

    solved = Signal(object)

    def __init__(
        self,
        session: Session,
        title: QLineEdit,
        body: QPlainTextEdit,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.title, self.body = title, body
        self.articles: list[Article] = []
        self.rounds = 0  # answers received (tests wait on it)
        self.dialog: AnswerDialog | None = None
        self._asked = 0
        self._last = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.heading = QLabel(self.tr("These answers may solve it before you send anything:"))
        self.heading.setObjectName("muted")
        layout.addWidget(self.heading)
        self.buttons: list[QPushButton] = []
        for _ in range(SHOWN):
            button = QPushButton()
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setStyleSheet("text-align: left;")
            button.clicked.connect(lambda _c=False, b=button: self._open(self.buttons.index(b)))
            layout.addWidget(button)
            self.buttons.append(button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self.look_up)
        title.textChanged.connect(self._timer.start)
        body.textChanged.connect(self._timer.start)
        self._show([])

    def query(self) -> str:
        return f"{self.title.text().strip()}\n{self.body.toPlainText().strip()}".strip()

    def look_up(self) -> None:
        client, query = self.session.client, self.query()
        if client is None or query == self._last:
            return
        self._last = query
        if len(query) < MIN_CHARS:
            self._show([])
            return
        self._asked += 1
        asked = self._asked
        language = i18n.current_language() or None
        self.session.runner.run(
            lambda: [h.article for h in kb_api.search(client, query, language=language)],
            name="answers while typing",
            on_done=lambda articles: self._answered(asked, articles),
            on_error=lambda _exc: self._answered(asked, []),  # a help, never in the way
        )

    def _answered(self, asked: int, articles: list[Article]) -> None:
        if not isValid(self) or asked != self._asked:
            return
        self.rounds += 1
        self._show(articles[:SHOWN])

    def _show(self, articles: list[Article]) -> None:
        self.articles = articles
        for i, button in enumerate(self.buttons):
            button.setVisible(i < len(articles))
            if i < len(articles):
                button.setText("→ " + articles[i].title)
                button.setAccessibleName(articles[i].title)
        self.heading.setVisible(bool(articles))
        self.setVisible(bool(articles))

    def _open(self, index: int) -> None:
        if index >= len(self.articles):
            return
        article = self.articles[index]
        self.dialog = AnswerDialog(article, self)
        self.dialog.accepted.connect(lambda: self._record(article))
        self.dialog.open()

    def _record(self, article: Article) -> None:
        client, query = self.session.client, self.query()
        if client is None:
            return
        self.session.runner.run(
            lambda: submission.record_deflection(client, article.id, query),
            name="deflection",
            on_done=lambda _r: self.solved.emit(article),
            on_error=lambda exc: self.heading.setText(
                self.tr("That was not recorded: %1").replace("%1", describe(exc))
            ),
        )

    def clear(self) -> None:
        self._timer.stop()
        self._last = ""
        self._asked += 1  # an answer still on its way is no longer wanted
        self._show([])
