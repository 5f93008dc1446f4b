"""Support mode's "Knowledge base" section: find an article, write and publish it.

Choosing another article while the editor holds unsaved edits does not switch:
a bar asks to save, discard or keep editing, so nothing typed is lost silently.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
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

from desktop.core import kb_api
from desktop.core.kb_api import LANGUAGES, Article
from desktop.ui import i18n
from desktop.ui.kb.article_model import ARTICLE_ROLE, ArticleFilter, ArticleListModel
from desktop.ui.kb.delegate import TwoLineDelegate
from desktop.ui.kb.editor import ArticleEditor, shrinkable
from desktop.ui.kb.texts import failure, language_name, status_name
from desktop.ui.session import Session

_NEW = object()  # the pending choice "a new article"


class KnowledgeBaseSection(QWidget):
    """The article list with its filters beside the editor."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._pending: object | None = None  # an Article or _NEW waiting on the unsaved bar
        self._loading = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        top = QHBoxLayout()
        title = QLabel(self.tr("Knowledge base"))
        title.setObjectName("pageTitle")
        top.addWidget(title, 1)
        self.new_button = QPushButton(self.tr("New article"))
        self.new_button.clicked.connect(self.new_article)
        top.addWidget(self.new_button)
        layout.addLayout(top)

        split = QSplitter(Qt.Orientation.Horizontal)
        layout.addWidget(split, 1)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 8, 0)
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search articles"))
        self.search.setPlaceholderText(self.tr("Search titles, text and tags"))
        self.search.setClearButtonEnabled(True)
        column.addWidget(self.search)
        filters = QGridLayout()  # two rows: the section fits beside the rail at 1120 px
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Status"))
        self.status_filter.addItem(self.tr("Any status"), "")
        for status in ("draft", "published"):
            self.status_filter.addItem(status_name(status), status)
        filters.addWidget(self.status_filter, 0, 0)
        self.language_filter = QComboBox()
        self.language_filter.setAccessibleName(self.tr("Language"))
        self.language_filter.addItem(self.tr("Any language"), "")
        for code in LANGUAGES:
            self.language_filter.addItem(language_name(code), code)
        filters.addWidget(self.language_filter, 0, 1)
        self.tag_filter = QComboBox()
        self.tag_filter.setAccessibleName(self.tr("Tag"))
        filters.addWidget(self.tag_filter, 1, 0, 1, 2)
        for combo in (self.status_filter, self.language_filter, self.tag_filter):
            shrinkable(combo, letters=12)
        column.addLayout(filters)
        self.model = ArticleListModel(self)
        self.proxy = ArticleFilter(self)
        self.proxy.setSourceModel(self.model)
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setItemDelegate(TwoLineDelegate(self.list))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setAccessibleName(self.tr("Articles"))
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        column.addWidget(self.list, 1)
        self.empty = QLabel()
        self.empty.setObjectName("muted")
        self.empty.setWordWrap(True)
        column.addWidget(self.empty)
        split.addWidget(left)

        right = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(8, 0, 0, 0)
        self.unsaved_bar = QFrame()
        self.unsaved_bar.setObjectName("banner")
        self.unsaved_bar.setProperty("kind", "warning")
        bar = QHBoxLayout(self.unsaved_bar)
        self.unsaved_label = QLabel()
        self.unsaved_label.setWordWrap(True)
        bar.addWidget(self.unsaved_label, 1)
        self.bar_save = QPushButton(self.tr("Save and continue"))
        self.bar_save.clicked.connect(self._save_then_switch)
        self.bar_discard = QPushButton(self.tr("Discard changes"))
        self.bar_discard.clicked.connect(self._discard_then_switch)
        self.bar_keep = QPushButton(self.tr("Keep editing"))
        self.bar_keep.clicked.connect(self.keep_editing)
        for button in (self.bar_save, self.bar_discard, self.bar_keep):
            bar.addWidget(button)
        self.unsaved_bar.hide()
        side.addWidget(self.unsaved_bar)
        self.editor = ArticleEditor(session)
        self.editor.saved.connect(self._saved)
        side.addWidget(self.editor, 1)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setSizes([300, 760])

        self.search.textChanged.connect(self._refilter)
        for combo in (self.status_filter, self.language_filter, self.tag_filter):
            combo.currentIndexChanged.connect(self._refilter)
        session.reference_changed.connect(self._categories_changed)
        self._fill_tags()
        self._refilter()

    # -- the list -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Fetch every article again (agents see drafts too)."""
        client = self.session.client
        if client is None or self._loading:
            return
        self._loading = True
        self.empty.setText(self.tr("Loading articles…"))
        self.session.runner.run(
            lambda: kb_api.articles(client),
            name="kb articles",
            on_done=self._listed,
            on_error=self._list_failed,
        )

    def _listed(self, articles: list[Article]) -> None:
        if not isValid(self):
            return
        self._loading = False
        current = self.editor.article
        self.model.set_articles(articles)
        self._fill_tags()
        self._refilter()
        if current is not None:
            self._select(current.id)

    def _list_failed(self, exc: Exception) -> None:
        if not isValid(self):
            return
        self._loading = False
        self.empty.setText(failure(exc))

    def _fill_tags(self) -> None:
        chosen = self.tag_filter.currentData() or ""
        tags = sorted({t for a in self.model.articles() for t in a.tags}, key=str.casefold)
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("Any tag"), "")
        for tag in tags:
            self.tag_filter.addItem(tag, tag)
        self.tag_filter.setCurrentIndex(max(self.tag_filter.findData(chosen), 0))
        self.tag_filter.blockSignals(False)

    def _refilter(self) -> None:
        self.proxy.set_filter(
            text=self.search.text(),
            status=self.status_filter.currentData() or "",
            language=self.language_filter.currentData() or "",
            tag=self.tag_filter.currentData() or "",
        )
        if self._loading:
            return
        if self.model.rowCount() == 0:
            self.empty.setText(self.tr("No articles yet. Write the first with “New article”."))
        elif self.proxy.rowCount() == 0:
            self.empty.setText(self.tr("No article matches these filters."))
        else:
            self.empty.setText("")
        self.empty.setVisible(bool(self.empty.text()))

    def _reveal(self, article_id: int) -> None:
        """Clear the filters when they would hide the article being opened."""
        row = self.model.row_of(article_id)
        if row >= 0 and not self.proxy.mapFromSource(self.model.index(row, 0)).isValid():
            for combo in (self.status_filter, self.language_filter, self.tag_filter):
                combo.setCurrentIndex(0)
            self.search.clear()

    def _select(self, article_id: int) -> None:
        row = self.model.row_of(article_id)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else QModelIndex()
        selection = self.list.selectionModel()
        selection.blockSignals(True)  # showing where we are, not a new choice
        if index.isValid():
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        else:
            selection.clear()
        selection.blockSignals(False)
        self.list.viewport().update()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        article = current.data(ARTICLE_ROLE) if current.isValid() else None
        if isinstance(article, Article):
            shown = self.editor.article
            if shown is None or shown.id != article.id:
                self.open_article(article)

    # -- switching, with unsaved edits asked about -------------------------------------------

    def open_article(self, article: Article) -> None:
        """Show `article` in the editor, asking first when the editor holds unsaved edits."""
        self._switch_to(article)

    def new_article(self) -> None:
        self._switch_to(_NEW)

    def _switch_to(self, target: object) -> None:
        if self.editor.dirty:
            self._pending = target
            name = self.editor.title_edit.text().strip() or self.tr("the new article")
            self.unsaved_label.setText(
                self.tr("“%1” has unsaved changes. Save them before switching?").replace("%1", name)
            )
            self.unsaved_bar.show()
            self._select(self.editor.article.id if self.editor.article else -1)
            return
        self._pending = None
        self.unsaved_bar.hide()
        if isinstance(target, Article):
            self.editor.load(target)
            self._reveal(target.id)
            self._select(target.id)
        else:
            self.editor.load(None, i18n.current_language() or "zh_CN")
            self._select(-1)
            self.editor.title_edit.setFocus()

    @property
    def asking(self) -> bool:
        return self.unsaved_bar.isVisible() or self._pending is not None

    def _save_then_switch(self) -> None:
        if not self.editor.save():
            self.unsaved_bar.hide()  # the form says what to fix; the switch waits
            self._pending = None

    def _discard_then_switch(self) -> None:
        target, self._pending = self._pending, None
        self.editor.discard()
        self._switch_to(target if target is not None else _NEW)

    def keep_editing(self) -> None:
        self._pending = None
        self.unsaved_bar.hide()
        self.editor.body_edit.setFocus()

    def _saved(self, article: Article) -> None:
        self.model.upsert(article)
        self._fill_tags()
        self._refilter()
        self._select(article.id)
        target, self._pending = self._pending, None
        if target is not None and not self.editor.dirty:
            self._switch_to(target)

    def _categories_changed(self) -> None:
        self.editor.set_categories(self.session.categories, i18n.current_language() == "zh_CN")
