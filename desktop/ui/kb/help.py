"""Customer mode's "Help" section: answers while the question is typed.

The published articles in the customer's language come first. "This solved
it" records a deflection (nothing is filed); "I still need help" hands the
question on to the new-ticket form.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.core import kb_api, submission
from desktop.core.kb_api import Article
from desktop.ui import i18n
from desktop.ui.kb.delegate import TwoLineDelegate
from desktop.ui.kb.reader import ArticleReader
from desktop.ui.kb.texts import failure
from desktop.ui.session import Session

ARTICLE_ROLE = Qt.ItemDataRole.UserRole + 1
DEBOUNCE_MS = 350


def own_language_first(articles: list[Article], language: str) -> list[Article]:
    """Stable: within each language the hub's order (newest first) is kept."""
    return sorted(articles, key=lambda a: a.language != language)


class HelpSection(QWidget):
    """Signals: still_need_help(str query); deflected(Article) once the hub recorded
    that the article solved it."""

    still_need_help = Signal(str)
    deflected = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._asked = 0  # answers to older queries are dropped
        self.rounds = 0  # answers shown (tests wait on it)
        self.answered: str | None = None  # the query the list now answers
        self._solved: set[int] = set()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        title = QLabel(self.tr("Help"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        hint = QLabel(
            self.tr(
                "Describe the problem or type the error code you see; answers appear as you type."
            )
        )
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("e.g. cannot log in, 打印空白, 0x80070005"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search help"))
        layout.addWidget(self.search)
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        self.status.hide()
        layout.addWidget(self.status)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.model = QStandardItemModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setItemDelegate(TwoLineDelegate(self.list))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setAccessibleName(self.tr("Answers"))
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        split.addWidget(self.list)
        self.reader = ArticleReader(self.tr("Choose an answer to read it here."))
        split.addWidget(self.reader)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setSizes([300, 700])
        layout.addWidget(split, 1)

        row = QHBoxLayout()
        self.thanks = QLabel()
        self.thanks.setWordWrap(True)
        row.addWidget(self.thanks, 1)
        self.solved_button = QPushButton(self.tr("This solved it"))
        self.solved_button.setObjectName("primary")
        self.solved_button.setEnabled(False)
        self.solved_button.clicked.connect(self.mark_solved)
        row.addWidget(self.solved_button)
        self.help_button = QPushButton(self.tr("I still need help"))
        self.help_button.setToolTip(self.tr("Write to support, starting from your question"))
        self.help_button.clicked.connect(lambda: self.still_need_help.emit(self.query()))
        row.addWidget(self.help_button)
        layout.addLayout(row)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.look_up)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self.look_up)

    def query(self) -> str:
        return self.search.text().strip()

    # -- looking up -----------------------------------------------------------------------

    def look_up(self) -> None:
        """Search for the typed question, or list every published article when empty."""
        self._timer.stop()
        client = self.session.client
        if client is None:
            return
        self._asked += 1
        asked, query = self._asked, self.query()
        language = i18n.current_language() or "zh_CN"

        def work() -> list[Article]:
            if query:
                hits = kb_api.search(client, query, language=language, limit=10)
                return [h.article for h in hits]
            return own_language_first(kb_api.articles(client, "published"), language)

        self._say(self.tr("Looking for answers…"))
        self.session.runner.run(
            work,
            name="help search",
            on_done=lambda articles: self._answered(asked, query, articles),
            on_error=lambda exc: self._failed(asked, exc),
        )

    def _answered(self, asked: int, query: str, articles: list[Article]) -> None:
        if not isValid(self) or asked != self._asked:
            return
        self.rounds += 1
        self.answered = query
        shown = self.reader.article.id if self.reader.article else None
        self.model.clear()
        for article in articles:
            item = QStandardItem(f"{article.title}\n{kb_api.snippet(article.body)}".strip())
            item.setData(article, ARTICLE_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
        if articles:
            ids = [a.id for a in articles]
            self.list.setCurrentIndex(self.model.index(ids.index(shown) if shown in ids else 0, 0))
            self._say("" if not query else self.tr("Answers for “%1”:").replace("%1", query))
        else:
            self.reader.show_article(None)
            self._show_solved()
            self._say(
                self.tr(
                    "No answer found for “%1”. Try other words, or choose “I still need help”."
                ).replace("%1", query)
                if query
                else self.tr(
                    "There are no help articles yet. Choose “I still need help” to ask us."
                )
            )

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _failed(self, asked: int, exc: Exception) -> None:
        if isValid(self) and asked == self._asked:
            self.rounds += 1
            self._say(self.tr("Help is not available now: %1").replace("%1", failure(exc)))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        article = current.data(ARTICLE_ROLE) if current.isValid() else None
        self.reader.show_article(article if isinstance(article, Article) else None)
        self._show_solved()

    def _show_solved(self) -> None:
        article = self.reader.article
        done = article is not None and article.id in self._solved
        self.solved_button.setEnabled(article is not None and not done)
        self.thanks.setText(self.tr("Glad it helped. Nothing was filed.") if done else "")

    # -- the outcome ----------------------------------------------------------------------

    def mark_solved(self) -> None:
        """ "This solved it": the hub counts a deflection; no ticket is filed."""
        article, client = self.reader.article, self.session.client
        if article is None or client is None:
            return
        query = self.query() or None
        self.solved_button.setEnabled(False)

        def done(_result: object) -> None:
            if not isValid(self):
                return
            self._solved.add(article.id)
            self._show_solved()
            self.deflected.emit(article)

        def failed(exc: Exception) -> None:
            if not isValid(self):
                return
            self._show_solved()
            self.thanks.setText(self.tr("That was not recorded: %1").replace("%1", failure(exc)))

        self.session.runner.run(
            lambda: submission.record_deflection(client, article.id, query),
            name="deflection",
            on_done=done,
            on_error=failed,
        )
