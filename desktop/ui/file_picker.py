"""Attaching files: a thumbnail strip with Add/Remove and drag-and-drop."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core.submission import FileDraft
from desktop.ui import messages
from desktop.ui.attachments import THUMB, FileDraftModel, load_file
from desktop.ui.errors import describe
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets import human_size

MAX_FILE_BYTES = 25 * 1024 * 1024


def thumb_view() -> QListView:
    view = QListView()
    view.setViewMode(QListView.ViewMode.IconMode)
    view.setIconSize(THUMB)
    view.setGridSize(QSize(THUMB.width() + 56, THUMB.height() + 44))
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setMovement(QListView.Movement.Static)
    view.setWordWrap(True)
    view.setFixedHeight(THUMB.height() + 52)
    return view


class FilePicker(QWidget):
    """Files to send with a ticket or a reply. Signals: changed()."""

    changed = Signal()

    def __init__(
        self, runner: TaskRunner, parent: QWidget | None = None, *, hint: str | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self._hint = (
            hint
            if hint is not None
            else self.tr("Screenshots and files help support understand the problem.")
        )
        self.model = FileDraftModel(self)
        self.setAcceptDrops(True)
        # Never take more height than the buttons and thumbnails need.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Attach files…"))
        self.add_button.clicked.connect(self.choose_files)
        row.addWidget(self.add_button)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        row.addWidget(self.remove_button)
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        row.addWidget(self.summary, 1)
        layout.addLayout(row)
        self.view = thumb_view()
        self.view.setModel(self.model)
        layout.addWidget(self.view)
        self.model.rowsInserted.connect(self._update)
        self.model.rowsRemoved.connect(self._update)
        self.model.modelReset.connect(self._update)
        self._update()

    def drafts(self) -> tuple[FileDraft, ...]:
        return self.model.drafts()

    def clear(self) -> None:
        self.model.clear()

    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach files"),
            "",
            self.tr("Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp);;All files (*)"),
        )
        for path in paths:
            self.add_path(Path(path))

    def add_path(self, path: Path) -> None:
        """Read the file and make its thumbnail on a worker, then list it."""
        try:
            size = path.stat().st_size
        except OSError as exc:
            messages.error(describe(exc))
            return
        if size > MAX_FILE_BYTES:
            messages.error(
                self.tr("%1 is too large (%2); the limit is %3.")
                .replace("%1", path.name)
                .replace("%2", human_size(size))
                .replace("%3", human_size(MAX_FILE_BYTES))
            )
            return
        self.runner.run(lambda: load_file(path), name="read file", on_done=self._loaded)

    def _loaded(self, result: tuple[FileDraft, object]) -> None:
        draft, thumb = result
        self.model.add(draft, thumb)  # type: ignore[arg-type]

    def remove_selected(self) -> None:
        rows = sorted((i.row() for i in self.view.selectedIndexes()), reverse=True)
        for row in rows:
            self.model.remove(row)

    def _update(self, *_args: object) -> None:
        count = self.model.rowCount()
        self.view.setVisible(count > 0)
        self.remove_button.setEnabled(count > 0)
        self.summary.setText(
            self.tr("%n file(s), %1", "", count).replace("%1", human_size(self.model.total_size()))
            if count
            else self._hint
        )
        self.changed.emit()

    def set_enabled(self, enabled: bool) -> None:
        self.add_button.setEnabled(enabled)
        self.remove_button.setEnabled(enabled and self.model.rowCount() > 0)
        self.setAcceptDrops(enabled)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.add_path(Path(url.toLocalFile()))
        event.acceptProposedAction()


__all__ = ["FilePicker", "Qt"]
