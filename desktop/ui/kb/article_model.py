"""Articles as an item model, and the filter the knowledge-base list applies."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from desktop.core.kb_api import Article
from desktop.ui.kb.texts import language_name, status_name, when

ARTICLE_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class ArticleListModel(QAbstractListModel):
    """One row per article: the title, then status, language and date in a second line."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._articles: list[Article] = []

    def set_articles(self, articles: list[Article]) -> None:
        self.beginResetModel()
        self._articles = list(articles)
        self.endResetModel()

    def upsert(self, article: Article) -> None:
        """A saved or new article goes to the top (the list is newest first)."""
        for row, old in enumerate(self._articles):
            if old.id == article.id:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._articles[row]
                self.endRemoveRows()
                break
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._articles.insert(0, article)
        self.endInsertRows()

    def articles(self) -> list[Article]:
        return list(self._articles)

    def row_of(self, article_id: int) -> int:
        return next((r for r, a in enumerate(self._articles) if a.id == article_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._articles)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        article = self._articles[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            meta = " · ".join(
                [
                    status_name(article.status),
                    language_name(article.language),
                    when(article.updated_at),
                ]
            )
            return f"{article.title}\n{meta}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return ", ".join(article.tags) or None
        if role == Qt.ItemDataRole.ForegroundRole and article.status == "draft":
            return QColor("#92400e")  # drafts stand out from what customers see
        if role == ARTICLE_ROLE:
            return article
        return None


class ArticleFilter(QSortFilterProxyModel):
    """Text (title, body, tags), status, language and tag; empty means any."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.status = ""
        self.language = ""
        self.tag = ""

    def set_filter(self, *, text: str, status: str, language: str, tag: str) -> None:
        self.beginFilterChange()
        self.text, self.status, self.language = text.strip().casefold(), status, language
        self.tag = tag.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        article = model.data(model.index(source_row, 0, source_parent), ARTICLE_ROLE)
        if not isinstance(article, Article):
            return False
        if self.status and article.status != self.status:
            return False
        if self.language and article.language != self.language:
            return False
        tags = [t.casefold() for t in article.tags]
        if self.tag and self.tag not in tags:
            return False
        if self.text:
            haystack = "\n".join([article.title, article.body, *tags]).casefold()
            return all(word in haystack for word in self.text.split())
        return True
