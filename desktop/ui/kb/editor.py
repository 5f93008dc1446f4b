"""Writing one article: the form, a live preview of the Markdown, save and publish.

What is typed stays in the form until it is saved or the person chooses to
discard it; a failed save keeps it (`dirty` stays True).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.core import kb_api
from desktop.core.kb_api import LANGUAGES, Article, ArticleDraft
from desktop.core.models import Category
from desktop.core.submission import new_key
from desktop.ui import i18n
from desktop.ui.kb.texts import byline, failure, language_name, problem_text, status_name
from desktop.ui.session import Session


def shrinkable(combo: QComboBox, letters: int = 6) -> None:
    """A combo box that may be narrower than its longest item (the section must
    fit beside the rail in a 1120-pixel window)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(letters)


class ArticleEditor(QWidget):
    """Signals: saved(Article) after the hub stored it; dirty_changed(bool)."""

    saved = Signal(object)
    dirty_changed = Signal(bool)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.article: Article | None = None
        self._baseline = ArticleDraft()
        self._saving = False
        self._create_attempt: tuple[str, ArticleDraft] | None = None  # key of an unsaved new one
        self._was_dirty = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("cardTitle")
        layout.addWidget(self.heading)
        self.byline = QLabel()
        self.byline.setObjectName("muted")
        layout.addWidget(self.byline)

        form = QFormLayout()
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("What the customer would search for"))
        form.addRow(self.tr("Title"), self.title_edit)
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("Separated by commas, e.g. login, password"))
        form.addRow(self.tr("Tags"), self.tags_edit)
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Category"))
        form.addRow(self.tr("Category"), self.category)
        row = QHBoxLayout()
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        row.addWidget(self.language, 1)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        for status in ("draft", "published"):
            self.status.addItem(status_name(status), status)
        row.addWidget(QLabel(self.tr("Status")))
        row.addWidget(self.status, 1)
        for combo in (self.category, self.language, self.status):
            shrinkable(combo)
        form.addRow(self.tr("Language"), row)
        layout.addLayout(form)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.body_edit = QPlainTextEdit()
        self.body_edit.setTabChangesFocus(True)  # keyboard users can leave the box with Tab
        self.body_edit.setAccessibleName(self.tr("Article text (Markdown)"))
        self.body_edit.setPlaceholderText(
            self.tr("The answer, in Markdown: ## headings, - lists, **bold**, `code`")
        )
        split.addWidget(self.body_edit)
        self.preview = QTextBrowser()
        self.preview.setOpenExternalLinks(True)
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.setPlaceholderText(self.tr("Preview"))
        split.addWidget(self.preview)
        layout.addWidget(split, 1)

        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.discard_button = QPushButton(self.tr("Discard changes"))
        self.discard_button.clicked.connect(self.discard)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(lambda: self.save())
        buttons.addWidget(self.save_button)
        self.publish_button = QPushButton(self.tr("Publish"))
        self.publish_button.setObjectName("primary")
        self.publish_button.setToolTip(self.tr("Save and show it to customers in Help"))
        self.publish_button.clicked.connect(lambda: self.save("published"))
        buttons.addWidget(self.publish_button)
        layout.addLayout(buttons)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(250)
        self._preview_timer.timeout.connect(self._render_preview)
        self.body_edit.textChanged.connect(self._preview_timer.start)
        for signal in (
            self.title_edit.textChanged,
            self.tags_edit.textChanged,
            self.body_edit.textChanged,
            self.category.currentIndexChanged,
            self.language.currentIndexChanged,
            self.status.currentIndexChanged,
        ):
            signal.connect(self._edited)
        self.set_categories(session.categories, chinese=i18n.current_language() == "zh_CN")
        self.load(None)

    # -- the form -------------------------------------------------------------------------

    def set_categories(self, categories: list[Category], chinese: bool) -> None:
        current = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("No category"), None)
        for category in categories:
            name = (category.name_zh or category.name) if chinese else category.name
            self.category.addItem(name, category.id)
        self.category.setCurrentIndex(max(self.category.findData(current), 0))
        self.category.blockSignals(False)

    def load(self, article: Article | None, language: str = "zh_CN") -> None:
        """Show an article (None: a new one), dropping whatever the form held."""
        self.article = article
        self._create_attempt = None
        draft = ArticleDraft.of(article) if article else ArticleDraft(language=language)
        self._baseline = draft
        self.title_edit.setText(draft.title)
        self.tags_edit.setText(", ".join(draft.tags))
        self.body_edit.setPlainText(draft.body)
        if self.category.findData(draft.category_id) < 0 and draft.category_id is not None:
            self.category.addItem(f"#{draft.category_id}", draft.category_id)
        self.category.setCurrentIndex(max(self.category.findData(draft.category_id), 0))
        self.language.setCurrentIndex(max(self.language.findData(draft.language), 0))
        self.status.setCurrentIndex(max(self.status.findData(draft.status), 0))
        self.error.hide()
        self._render_preview()
        self._show_state()
        self._edited()

    def draft(self) -> ArticleDraft:
        return ArticleDraft(
            title=self.title_edit.text(),
            body=self.body_edit.toPlainText(),
            tags=kb_api.split_tags(self.tags_edit.text()),
            category_id=self.category.currentData(),
            language=self.language.currentData(),
            status=self.status.currentData(),
            fingerprints=self._baseline.fingerprints,
        )

    @property
    def dirty(self) -> bool:
        draft = self.draft()
        return draft.model_copy(update={"title": draft.title.strip()}) != self._baseline

    def _edited(self) -> None:
        dirty = self.dirty
        self.discard_button.setEnabled(dirty and not self._saving)
        if dirty != self._was_dirty:
            self._was_dirty = dirty
            self.dirty_changed.emit(dirty)
        self._show_heading()

    def _show_heading(self) -> None:
        title = self.title_edit.text().strip() or self.tr("New article")
        self.heading.setText(title + (" •" if self.dirty else ""))

    def _show_state(self) -> None:
        if self.article is None:
            self.byline.setText(self.tr("New article, not saved yet"))
        else:
            self.byline.setText(byline(self.article))
        published = self.article is not None and self.article.status == "published"
        self.publish_button.setVisible(not published)  # published: "Save" keeps it so

    def _render_preview(self) -> None:
        self.preview.setMarkdown(self.body_edit.toPlainText())  # the title is right above

    def discard(self) -> None:
        self.load(self.article, self._baseline.language)

    # -- saving ---------------------------------------------------------------------------

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    @property
    def saving(self) -> bool:
        return self._saving

    def save(self, status: str | None = None) -> bool:
        """Check the form, then store it on the hub; False when it cannot be sent."""
        client = self.session.client
        if self._saving or client is None:
            return False
        draft = self.draft()
        if status is not None:
            draft = draft.model_copy(update={"status": status})
        found = kb_api.problems(draft)
        if found:
            self.show_error("\n".join(problem_text(p) for p in found))
            first = found[0].value
            target = self.title_edit if "title" in first else self.body_edit
            if "tag" in first:
                target = self.tags_edit
            target.setFocus()
            return False
        self.show_error("")
        article_id = self.article.id if self.article else None
        key = None
        if article_id is None:
            # The same new article retried keeps its key, so a save that reached the
            # hub but whose answer was lost does not make a second article.
            earlier = self._create_attempt
            key = earlier[0] if earlier is not None and earlier[1] == draft else new_key()
            self._create_attempt = (key, draft)
        self._set_saving(True)
        self.session.runner.run(
            lambda: kb_api.save(client, draft, article_id, key),
            name="save article",
            on_done=self._saved,
            on_error=self._save_failed,
        )
        return True

    def _saved(self, article: Article) -> None:
        if not isValid(self):
            return
        # What was typed while it was on its way stays in the form, and dirty.
        self._set_saving(False)
        self._create_attempt = None
        self.article = article
        self._baseline = ArticleDraft.of(article)
        self.status.setCurrentIndex(max(self.status.findData(article.status), 0))
        self._show_state()
        self._edited()
        self.saved.emit(article)

    def _save_failed(self, exc: Exception) -> None:
        if not isValid(self):
            return
        self._set_saving(False)
        self.show_error(failure(exc) + " " + self.tr("Your text is kept here; try saving again."))

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)
        self.publish_button.setEnabled(not saving)
        self._edited()
