"""Autosave for the new-ticket form: what is typed (and attached) survives a crash
or a closed app, and comes back the next time the form is shown.

Saving is debounced and runs on its own one-thread runner, in order; the form
itself is not changed (it is watched through its widgets' signals).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from shiboken6 import isValid

from desktop.core.form_draft import FormDraftStore
from desktop.core.submission import FileDraft
from desktop.ui.attachments import make_thumbnail
from desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.ui.new_ticket import NewTicketPage

SAVE_AFTER_MS = 800


class NewTicketAutosave(QObject):
    """Watches one NewTicketPage; `restored` is True once a saved draft was put back."""

    def __init__(self, page: NewTicketPage, store: FormDraftStore) -> None:
        super().__init__(page)
        self.page = page
        self.store = store
        # Saves land in the order made. Not a child: a save may end after the page is gone.
        self.runner = TaskRunner(max_threads=1)
        self.restored = False
        self._restoring = True
        self._category: Any = None  # a saved category, applied once the list is filled
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_MS)
        self._timer.timeout.connect(self.save)
        page.title_edit.textChanged.connect(self._changed)
        page.body_edit.textChanged.connect(self._changed)
        page.category.currentIndexChanged.connect(self._changed)
        page.category.model().rowsInserted.connect(self._apply_category)
        page.files.changed.connect(self._changed)
        self.runner.run(self._load, name="load draft", on_done=self._restore)

    def _load(self) -> tuple[dict[str, Any], list[tuple[FileDraft, Any]]] | None:
        found = self.store.load()
        if found is None:
            return None
        fields, files = found
        return fields, [
            (f, make_thumbnail(f.data) if f.mime.startswith("image/") else None) for f in files
        ]

    def _restore(self, found: tuple[dict[str, Any], list[tuple[FileDraft, Any]]] | None) -> None:
        page = self.page
        if not isValid(page):
            return  # signed out before the draft was read
        typed = page.title_edit.text() or page.body_edit.toPlainText() or page.files.drafts()
        if found is not None and not typed:  # never overwrite what is being typed now
            fields, files = found
            page.title_edit.setText(str(fields.get("title", "")))
            page.body_edit.setPlainText(str(fields.get("body", "")))
            self._category = fields.get("category_id")
            self._apply_category()
            for draft, thumb in files:
                page.files.model.add(draft, thumb)
            self.restored = True
        self._restoring = False

    def _apply_category(self, *_args: object) -> None:
        if self._category is None:
            return
        index = self.page.category.findData(self._category)
        if index >= 0:
            self.page.category.setCurrentIndex(index)
            self._category = None

    def _changed(self, *_args: object) -> None:
        if not self._restoring:
            self._timer.start()

    def save(self) -> None:
        page = self.page
        fields = {
            "title": page.title_edit.text(),
            "body": page.body_edit.toPlainText(),
            "category_id": page.category.currentData(),
        }
        files = page.files.drafts()
        store = self.store
        self.runner.run(lambda: store.save(fields, files), name="save draft")
