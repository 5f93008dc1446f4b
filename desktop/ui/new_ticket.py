"""New ticket: title, description, category, files; uploads with progress and cancel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import submission
from desktop.core.hubclient import UploadCancelled
from desktop.core.models import Category, TicketDetail
from desktop.core.outbox_limits import LimitExceeded
from desktop.core.submission import Queued, TicketDraft, new_key
from desktop.ui import messages
from desktop.ui.errors import describe
from desktop.ui.file_picker import FilePicker
from desktop.ui.kb.typing_answers import TypingAnswers
from desktop.ui.outbox_texts import limit_text, queued_text
from desktop.ui.outbox_view import outbox_kwargs
from desktop.ui.session import Session
from desktop.ui.tasks import Task


class NewTicketPage(QWidget):
    """Signals: submitted(TicketDetail); cancelled() (back without filing)."""

    submitted = Signal(object)
    cancelled = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._task: Task | None = None
        # Kept across failed attempts so a retry can never file the ticket twice.
        self._key = new_key()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        title = QLabel(self.tr("New ticket"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        hint = QLabel(self.tr("Tell us what went wrong. Support sees everything you enter here."))
        hint.setObjectName("muted")
        layout.addWidget(hint)

        form = QFormLayout()
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(
            self.tr("A short summary, e.g. “Printing fails with ORA-12154”")
        )
        self.title_edit.setMaxLength(200)
        form.addRow(self.tr("Title"), self.title_edit)
        self.category = QComboBox()
        form.addRow(self.tr("Category"), self.category)
        self.body_edit = QPlainTextEdit()
        self.body_edit.setTabChangesFocus(True)  # keyboard users can leave the box with Tab
        self.body_edit.setPlaceholderText(
            self.tr("What were you doing, what did you expect, and what happened instead?")
        )
        form.addRow(self.tr("Description"), self.body_edit)
        self.answers = TypingAnswers(session, self.title_edit, self.body_edit)
        self.answers.solved.connect(self._solved_by_article)
        form.addRow("", self.answers)
        self.files = FilePicker(session.runner)
        form.addRow(self.tr("Files"), self.files)
        layout.addLayout(form, 1)

        progress_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.hide()
        progress_row.addWidget(self.progress, 1)
        self.cancel_upload = QPushButton(self.tr("Cancel upload"))
        self.cancel_upload.hide()
        self.cancel_upload.clicked.connect(self._cancel_upload)
        progress_row.addWidget(self.cancel_upload)
        layout.addLayout(progress_row)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.back_button = QPushButton(self.tr("Cancel"))
        self.back_button.clicked.connect(self.cancelled)
        buttons.addWidget(self.back_button)
        self.submit_button = QPushButton(self.tr("Send ticket"))
        self.submit_button.setObjectName("primary")
        self.submit_button.setToolTip(self.tr("Send (Ctrl+Enter)"))
        self.submit_button.clicked.connect(self.submit)
        buttons.addWidget(self.submit_button)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.submit)

    def set_categories(self, categories: list[Category], chinese: bool) -> None:
        current = self.category.currentData()
        self.category.clear()
        self.category.addItem(self.tr("Not sure"), None)
        for category in categories:
            self.category.addItem(
                (category.name_zh or category.name) if chinese else category.name, category.id
            )
        self.category.setCurrentIndex(max(self.category.findData(current), 0))

    def draft(self) -> TicketDraft:
        return TicketDraft(
            title=self.title_edit.text().strip(),
            body=self.body_edit.toPlainText().strip(),
            category_id=self.category.currentData(),
            files=self.files.drafts(),
            key=self._key,
        )

    def submit(self) -> None:
        if self._task is not None:
            return
        draft = self.draft()
        if not draft.title:
            messages.warning(self.tr("Please give the ticket a title."))
            self.title_edit.setFocus()
            return
        client = self.session.client
        if client is None:
            return
        self._set_busy(True)
        durable = outbox_kwargs(self.session)  # stored in the profile's outbox first

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> object:
            return submission.send_ticket(
                client,
                draft,
                progress=lambda _i, done, total: progress(done, total),
                cancel=cancelled,
                **durable,
            )

        self._task = self.session.runner.run(
            work,
            name="send ticket",
            progress=True,
            on_progress=self._on_progress,
            on_done=self._done,
            on_error=self._failed,
        )

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setMaximum(1000)
            self.progress.setValue(int(done * 1000 / total))

    def _cancel_upload(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _done(self, ticket: TicketDetail) -> None:
        self._task = None
        self._set_busy(False)
        self.reset()
        self.session.readstate.mark_seen(ticket)
        self.session.note_ticket(ticket)
        messages.info(
            self.tr("Ticket %1 was sent. You will be notified of replies.").replace(
                "%1", ticket.number
            )
        )
        self.submitted.emit(ticket)

    def _failed(self, exc: Exception) -> None:
        self._task = None
        self._set_busy(False)
        if isinstance(exc, UploadCancelled):
            messages.info(describe(exc))
            return
        if isinstance(exc, LimitExceeded):  # refused before queueing: the form keeps all
            messages.warning(limit_text(exc))
            return
        if isinstance(exc, Queued):  # safe on disk: the outbox sends it when it can
            if exc.cause is not None and exc.cause.unreachable:
                self.session.report(exc.cause)  # the offline banner, not an error
            self.reset()
            messages.info(queued_text())
            self.cancelled.emit()
            return
        # The form keeps everything; sending again reuses the same idempotency key.
        self.session.report(exc)
        if getattr(exc, "unreachable", False):
            messages.warning(
                self.tr(
                    "The ticket was not sent because the hub cannot be reached. Your text "
                    "and files are kept; try again when the connection is back."
                )
            )

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        self.progress.setMaximum(0 if not self.files.drafts() else 1000)
        self.cancel_upload.setVisible(busy and bool(self.files.drafts()))
        self.submit_button.setEnabled(not busy)
        self.submit_button.setText(self.tr("Sending…") if busy else self.tr("Send ticket"))
        for widget in (self.title_edit, self.body_edit, self.category):
            widget.setEnabled(not busy)
        self.files.set_enabled(not busy)

    def _solved_by_article(self, _article: object) -> None:
        """An article answered it: nothing is filed, the form is emptied."""
        self.reset()
        messages.info(self.tr("Glad it helped. Nothing was filed."))
        self.cancelled.emit()

    def reset(self) -> None:
        self.answers.clear()
        self.title_edit.clear()
        self.body_edit.clear()
        self.category.setCurrentIndex(0)
        self.files.clear()
        self._key = new_key()

    @property
    def busy(self) -> bool:
        return self._task is not None
