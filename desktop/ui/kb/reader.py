"""An article shown the way its author meant it: the title, then the Markdown rendered."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from desktop.core.kb_api import Article
from desktop.ui.kb.texts import when


class ArticleReader(QWidget):
    """A read-only view of one article; `placeholder` shows while there is none."""

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.title = QLabel()
        self.title.setObjectName("cardTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.title)
        self.meta = QLabel()
        self.meta.setObjectName("muted")
        layout.addWidget(self.meta)
        self.body = QTextBrowser()
        self.body.setAccessibleName(QCoreApplication.translate("kb", "Article text"))
        self.body.setOpenExternalLinks(True)
        self.body.setPlaceholderText(placeholder)
        layout.addWidget(self.body, 1)
        self.article: Article | None = None
        self.show_article(None)

    def show_article(self, article: Article | None) -> None:
        self.article = article
        self.title.setText(article.title if article else "")
        self.title.setVisible(article is not None)
        updated = when(article.updated_at) if article else ""
        self.meta.setText(
            QCoreApplication.translate("kb", "Updated %1").replace("%1", updated) if updated else ""
        )
        self.meta.setVisible(bool(updated))
        if article is None:
            self.body.clear()
        else:
            self.body.setMarkdown(article.body)

    def toPlainText(self) -> str:  # named like the QTextBrowser it wraps
        return f"{self.title.text()}\n{self.body.toPlainText()}" if self.article else ""
