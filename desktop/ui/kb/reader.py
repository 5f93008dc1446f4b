"""An article shown the way its author meant it: the Markdown rendered."""

from __future__ import annotations

from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop.core.kb_api import Article


def markdown_of(article: Article) -> str:
    return f"# {article.title.strip()}\n\n{article.body}"


class ArticleReader(QTextBrowser):
    """A read-only view of one article (title as a heading, body as Markdown)."""

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenExternalLinks(True)
        self.placeholder = placeholder
        self.article: Article | None = None
        self.show_article(None)

    def show_article(self, article: Article | None) -> None:
        self.article = article
        if article is None:
            self.setHtml(f"<p style='color:#6b7280'>{self.placeholder}</p>")
        else:
            self.setMarkdown(markdown_of(article))
