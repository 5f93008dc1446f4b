"""Beside a ticket (agents): the articles that may answer it, and putting one
into the reply.

"Insert into reply" puts the article's title and its text (cut at a paragraph
when long, see `kb_api.answer_text`) at the reply box's cursor, and records the
use on the hub, which counts it for knowledge-base adoption.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QPushButton, QVBoxLayout, QWidget
from shiboken6 import isValid

from desktop.core import kb_api
from desktop.core.kb_api import Article, KbHit
from desktop.core.models import TicketDetail
from desktop.ui import messages
from desktop.ui.kb.delegate import TwoLineDelegate
from desktop.ui.kb.reader import ArticleReader
from desktop.ui.kb.texts import failure
from desktop.ui.session import Session

HIT_ROLE = Qt.ItemDataRole.UserRole + 1


class AnswersTab(QWidget):
    """Signals: inserted(str text, Article) when an article went into the reply;
    used(Article) once the hub recorded that use."""

    inserted = Signal(str, object)
    used = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ticket_id: int | None = None
        self._asked: int | None = None  # the ticket whose answers are on their way
        self._again = False
        self.rounds = 0  # answers received (tests wait on it)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.model = QStandardItemModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setItemDelegate(TwoLineDelegate(self.list))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setAccessibleName(self.tr("Suggested articles"))
        self.list.setMaximumHeight(150)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        layout.addWidget(self.list)
        self.reader = ArticleReader(self.tr("Choose an article to read it here."))
        layout.addWidget(self.reader, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.insert_button = QPushButton(self.tr("Insert into reply"))
        self.insert_button.setObjectName("primary")
        self.insert_button.setToolTip(
            self.tr("Put the article's title and text into the reply, to edit before sending")
        )
        self.insert_button.setEnabled(False)
        self.insert_button.clicked.connect(self.insert_current)
        row.addWidget(self.insert_button)
        layout.addLayout(row)

    def show_ticket(self, ticket: TicketDetail) -> None:
        """Ask the hub for this ticket's answers (again: its text may have changed)."""
        if ticket.id != self.ticket_id:
            self.ticket_id = ticket.id
            self.model.clear()
            self.reader.show_article(None)
            self.insert_button.setEnabled(False)
        client = self.session.client
        if client is None:
            return
        if self._asked is not None:
            self._again = True
            return
        self._asked = ticket.id
        if not self.model.rowCount():
            self.status.setText(self.tr("Looking for answers…"))
        self.session.runner.run(
            lambda: kb_api.suggestions(client, ticket.id),
            name="kb suggestions",
            on_done=self._answered,
            on_error=self._failed,
        )

    def _answered(self, hits: list[KbHit]) -> None:
        if not isValid(self):
            return
        asked, self._asked = self._asked, None
        self.rounds += 1
        if asked == self.ticket_id:
            self._show(hits)
        self._ask_again()

    def _failed(self, exc: Exception) -> None:
        if not isValid(self):
            return
        self._asked = None
        self.rounds += 1
        self.status.setText(self.tr("No answers: %1").replace("%1", failure(exc)))
        self._ask_again()

    def _ask_again(self) -> None:
        if self._again and self.ticket_id is not None and self.session.client is not None:
            self._again = False
            ticket_id, client = self.ticket_id, self.session.client
            self._asked = ticket_id
            self.session.runner.run(
                lambda: kb_api.suggestions(client, ticket_id),
                name="kb suggestions",
                on_done=self._answered,
                on_error=self._failed,
            )

    def _show(self, hits: list[KbHit]) -> None:
        shown = self.reader.article.id if self.reader.article else None
        self.model.clear()
        for hit in hits:
            article = hit.article
            item = QStandardItem(f"{article.title}\n{kb_api.snippet(article.body)}".strip())
            item.setData(hit, HIT_ROLE)
            item.setEditable(False)
            item.setToolTip(", ".join(hit.matched) or article.title)
            self.model.appendRow(item)
        if hits:
            self.status.setText(self.tr("Published articles that may answer this ticket:"))
        else:
            self.status.setText(
                self.tr(
                    "No published article matches this ticket yet. Once it is resolved, "
                    "“More → Draft an article from this ticket” starts one."
                )
            )
        rows = [h.article.id for h in hits]
        row = rows.index(shown) if shown in rows else 0
        if hits:
            self.list.setCurrentIndex(self.model.index(row, 0))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        hit = current.data(HIT_ROLE) if current.isValid() else None
        self.reader.show_article(hit.article if isinstance(hit, KbHit) else None)
        self.insert_button.setEnabled(isinstance(hit, KbHit))

    def current_article(self) -> Article | None:
        return self.reader.article

    def insert_current(self) -> None:
        article = self.reader.article
        if article is None or self.ticket_id is None:
            return
        self.inserted.emit(kb_api.answer_text(article), article)
        self.record_use(article)

    def record_use(self, article: Article) -> None:
        """Tell the hub the article went into a reply on this ticket."""
        client, ticket_id = self.session.client, self.ticket_id
        if client is None or ticket_id is None:
            return
        self.session.runner.run(
            lambda: kb_api.record_used(client, article.id, ticket_id),
            name="kb used",
            on_done=lambda _r: self.used.emit(article) if isValid(self) else None,
            on_error=lambda exc: messages.warning(
                self.tr("The article is in your reply, but its use was not counted: %1").replace(
                    "%1", failure(exc)
                )
            ),
        )
