"""List rows whose text is "title\\nsubtitle", tall enough for Chinese.

The view measures rows with the Latin font, but Chinese glyphs come from a
taller fallback font, so without the extra room the second line is cut off.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

PAD = 8


class TwoLineDelegate(QStyledItemDelegate):
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        lines = str(index.data() or "").count("\n") + 1
        metrics = option.fontMetrics
        line = max(metrics.lineSpacing(), metrics.boundingRect("国").height()) * 13 // 10
        return QSize(hint.width(), max(hint.height(), line * lines + PAD))
