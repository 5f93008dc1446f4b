"""Item models for files: drafts being attached, and a ticket's attachments.

Thumbnails are decoded off the GUI thread (QImage is safe there; QPixmap is
made on the GUI thread when the view asks).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QImage, QPixmap

from desktop.core.models import Attachment
from desktop.core.submission import FileDraft
from desktop.ui.widgets import human_size

ModelIndex = QModelIndex | QPersistentModelIndex
THUMB = QSize(96, 72)
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


def make_thumbnail(data: bytes) -> QImage | None:
    """Decode and shrink an image (worker thread); None when it is not an image."""
    image = QImage.fromData(data)
    if image.isNull():
        return None
    return image.scaled(
        THUMB, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


def load_file(path: Path) -> tuple[FileDraft, QImage | None]:
    """Read a file the user picked and make its thumbnail (worker thread)."""
    draft = FileDraft.from_path(path)
    thumb = make_thumbnail(draft.data) if draft.mime.startswith("image/") else None
    return draft, thumb


class _ThumbListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[Any] = []
        self._thumbs: dict[int, QIcon] = {}
        self._placeholder: QIcon | None = None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def _icon(self, row: int) -> QIcon:
        icon = self._thumbs.get(id(self._items[row]))
        if icon is not None:
            return icon
        if self._placeholder is None:
            # Full thumbnail size, so the view's layout does not jump when it arrives.
            pixmap = QPixmap(THUMB)
            pixmap.fill(QColor("#f3f4f6"))
            self._placeholder = QIcon(pixmap)
        return self._placeholder

    def _set_thumb(self, row: int, image: QImage | None) -> None:
        if image is not None:
            self._thumbs[id(self._items[row])] = QIcon(QPixmap.fromImage(image))
            index = self.index(row)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def item(self, row: int) -> Any:
        return self._items[row]


class FileDraftModel(_ThumbListModel):
    """The files attached to a new ticket or reply, before anything is sent."""

    def add(self, draft: FileDraft, thumbnail: QImage | None) -> None:
        row = len(self._items)
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.append(draft)
        self.endInsertRows()
        self._set_thumb(row, thumbnail)

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        draft = self._items.pop(row)
        self._thumbs.pop(id(draft), None)
        self.endRemoveRows()

    def clear(self) -> None:
        self.beginResetModel()
        self._items.clear()
        self._thumbs.clear()
        self.endResetModel()

    def drafts(self) -> tuple[FileDraft, ...]:
        return tuple(self._items)

    def total_size(self) -> int:
        return sum(d.size for d in self._items)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        draft: FileDraft = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{draft.name}\n{human_size(draft.size)}"
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(index.row())
        if role == Qt.ItemDataRole.ToolTipRole:
            return draft.name
        if role == ITEM_ROLE:
            return draft
        return None


class AttachmentListModel(_ThumbListModel):
    """A ticket's attachments; thumbnails arrive later through `set_thumbnail`."""

    def set_attachments(self, attachments: list[Attachment]) -> None:
        self.beginResetModel()
        self._items = list(attachments)
        self._thumbs.clear()
        self.endResetModel()

    def attachments(self) -> list[Attachment]:
        return list(self._items)

    def set_thumbnail(self, attachment_id: int, image: QImage | None) -> None:
        for row, attachment in enumerate(self._items):
            if attachment.id == attachment_id:
                self._set_thumb(row, image)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        attachment: Attachment = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{attachment.name}\n{human_size(attachment.size)}"
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(index.row())
        if role == Qt.ItemDataRole.ToolTipRole:
            if attachment.width and attachment.height:
                return f"{attachment.name} ({attachment.width}×{attachment.height})"
            return attachment.name
        if role == ITEM_ROLE:
            return attachment
        return None
