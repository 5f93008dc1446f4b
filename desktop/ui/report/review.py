"""The review step: the prefilled form, system details, and suggestions before Submit.

Suggestions come in two lists: knowledge-base answers ("This solved it" ends
the report, nothing is filed) and the customer's own open tickets about the
same error ("Add to this ticket" puts the screenshots there as a comment).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core.models import Category
from desktop.core.report.suggestions import KbHit, SimilarTicket

HIT_ROLE = Qt.ItemDataRole.UserRole + 1


class ReviewPage(QWidget):
    """Signals: back_requested(); submit_requested(); solved(KbHit);
    add_to_ticket(SimilarTicket)."""

    back_requested = Signal()
    submit_requested = Signal()
    solved = Signal(object)
    add_to_ticket = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        form_side = QVBoxLayout()
        layout.addLayout(form_side, 3)
        heading = QLabel(self.tr("Review and send"))
        heading.setObjectName("pageTitle")
        form_side.addWidget(heading)
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.summary.setWordWrap(True)
        form_side.addWidget(self.summary)

        form = QFormLayout()
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(200)
        self.title_edit.setPlaceholderText(self.tr("A short summary of the problem"))
        form.addRow(self.tr("Title"), self.title_edit)
        self.category = QComboBox()
        form.addRow(self.tr("Category"), self.category)
        self.body_edit = QPlainTextEdit()
        self.body_edit.setPlaceholderText(
            self.tr("What were you doing, what did you expect, and what happened instead?")
        )
        form.addRow(self.tr("Description"), self.body_edit)
        self.details_check = QCheckBox(self.tr("Include system details"))
        self.details_check.setChecked(True)
        self.details_edit = QPlainTextEdit()
        self.details_edit.setMaximumHeight(110)
        self.details_check.toggled.connect(self.details_edit.setEnabled)
        form.addRow(self.details_check, self.details_edit)
        form_side.addLayout(form, 1)

        self.progress = QProgressBar()
        self.progress.hide()
        form_side.addWidget(self.progress)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Back to screenshots"))
        self.back_button.clicked.connect(self.back_requested)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        self.submit_button = QPushButton(self.tr("Submit"))
        self.submit_button.setObjectName("primary")
        self.submit_button.setToolTip(self.tr("File the ticket (Ctrl+Enter)"))
        self.submit_button.clicked.connect(self.submit_requested)
        buttons.addWidget(self.submit_button)
        form_side.addLayout(buttons)

        layout.addLayout(self._build_suggestions(), 2)

    def _build_suggestions(self) -> QVBoxLayout:
        side = QVBoxLayout()
        self.answers_title = QLabel(self.tr("Answers that may help"))
        self.answers_title.setObjectName("sectionTitle")
        side.addWidget(self.answers_title)
        self.answer_model = QStandardItemModel(self)
        self.answer_list = QListView()
        self.answer_list.setModel(self.answer_model)
        self.answer_list.setWordWrap(True)
        self.answer_list.selectionModel().currentChanged.connect(self._show_answer)
        self.answer_list.setMaximumHeight(110)
        side.addWidget(self.answer_list)
        self.answer_view = QTextBrowser()
        self.answer_view.setOpenExternalLinks(True)
        side.addWidget(self.answer_view, 2)
        self.solved_button = QPushButton(self.tr("This solved it"))
        self.solved_button.setEnabled(False)
        self.solved_button.clicked.connect(self._solved)
        side.addWidget(self.solved_button)

        self.similar_title = QLabel(self.tr("Is it one of these?"))
        self.similar_title.setObjectName("sectionTitle")
        side.addWidget(self.similar_title)
        self.similar_hint = QLabel(
            self.tr("Your open tickets about the same error. Add the screenshots there instead.")
        )
        self.similar_hint.setObjectName("muted")
        self.similar_hint.setWordWrap(True)
        side.addWidget(self.similar_hint)
        self.similar_model = QStandardItemModel(self)
        self.similar_list = QListView()
        self.similar_list.setModel(self.similar_model)
        self.add_button = QPushButton(self.tr("Add to this ticket"))
        self.add_button.setEnabled(False)
        self.similar_list.selectionModel().currentChanged.connect(
            lambda current, _p: self.add_button.setEnabled(current.isValid())
        )
        self.similar_list.setMaximumHeight(130)
        side.addWidget(self.similar_list)
        self.add_button.clicked.connect(self._add)
        side.addWidget(self.add_button)
        self.searching = QLabel()
        self.searching.setObjectName("muted")
        side.addWidget(self.searching)
        self.set_suggestions([], [])
        return side

    # -- filling ------------------------------------------------------------------

    def set_categories(self, categories: list[Category], chinese: bool) -> None:
        current = self.category.currentData()
        self.category.clear()
        self.category.addItem(self.tr("Not sure"), None)
        for category in categories:
            name = (category.name_zh or category.name) if chinese else category.name
            self.category.addItem(name, category.slug)
        self.category.setCurrentIndex(max(self.category.findData(current), 0))

    def set_category(self, slug: str) -> None:
        index = self.category.findData(slug)
        if index >= 0:
            self.category.setCurrentIndex(index)

    def set_suggestions(self, answers: list[KbHit], similar: list[SimilarTicket]) -> None:
        self.answer_model.clear()
        for hit in answers:
            item = QStandardItem(hit.article.title)
            item.setEditable(False)
            item.setData(hit, HIT_ROLE)
            self.answer_model.appendRow(item)
        self.similar_model.clear()
        for match in similar:
            ticket = match.ticket
            reason = (
                self.tr("same error") if match.reason == "fingerprint" else self.tr("similar text")
            )
            item = QStandardItem(f"{ticket.number} · {ticket.title}\n{reason}")
            item.setEditable(False)
            item.setData(match, HIT_ROLE)
            self.similar_model.appendRow(item)
        for widget in (self.answers_title, self.answer_list, self.answer_view, self.solved_button):
            widget.setVisible(bool(answers))
        for widget in (self.similar_title, self.similar_hint, self.similar_list, self.add_button):
            widget.setVisible(bool(similar))
        self.answer_view.clear()
        self.solved_button.setEnabled(False)
        self.add_button.setEnabled(False)
        if answers:
            self.answer_list.setCurrentIndex(self.answer_model.index(0, 0))
        if similar:
            self.similar_list.setCurrentIndex(self.similar_model.index(0, 0))

    def _show_answer(self, current: QModelIndex, _previous: QModelIndex) -> None:
        hit = current.data(HIT_ROLE) if current.isValid() else None
        self.solved_button.setEnabled(hit is not None)
        if isinstance(hit, KbHit):
            self.answer_view.setMarkdown(f"### {hit.article.title}\n\n{hit.article.body}")

    def _solved(self) -> None:
        hit = self.answer_list.currentIndex().data(HIT_ROLE)
        if isinstance(hit, KbHit):
            self.solved.emit(hit)

    def _add(self) -> None:
        match = self.similar_list.currentIndex().data(HIT_ROLE)
        if isinstance(match, SimilarTicket):
            self.add_to_ticket.emit(match)

    def set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        for widget in (
            self.submit_button,
            self.back_button,
            self.solved_button,
            self.add_button,
            self.title_edit,
            self.body_edit,
        ):
            widget.setEnabled(not busy)
        self.submit_button.setText(self.tr("Sending…") if busy else self.tr("Submit"))
        if not busy:
            self.solved_button.setEnabled(self.answer_list.currentIndex().isValid())
            self.add_button.setEnabled(self.similar_list.currentIndex().isValid())
