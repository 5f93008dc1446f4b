"""How one ticket looks on the board: a painted card.

    KF-1042  P1                  ┌──────┐
    Title, wrapped over at most  │ shot │
    two lines…                   └──────┘
    ● 1 h 20 min left
    Chen Customer → Ada Agent

The left edge and the countdown take the SLA state's colour (green, amber,
red, grey). The screenshot comes from `thumbnail(ticket_id)`, which returns
None until it has been loaded (the board loads it off the GUI thread).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.core.models import Ticket
from desktop.ui.sla_text import STATE_COLORS, countdown_text, ticket_clock
from desktop.ui.ticket_model import PRIORITY_COLORS, TICKET_ROLE

ModelIndex = QModelIndex | QPersistentModelIndex
PAD = 10
STRIPE = 4
THUMB = QSize(72, 54)
TEXT = QColor("#111827")
MUTED = QColor("#6b7280")
NO_CLOCK = QColor("#cbd5e1")


class CardDelegate(QStyledItemDelegate):
    """Paints tickets as cards as wide as their column, all of one height."""

    def __init__(
        self, view: QListView, thumbnail: Callable[[int], QPixmap | None] | None = None
    ) -> None:
        super().__init__(view)
        self._view = view
        self._thumbnail = thumbnail or (lambda _id: None)

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        width = max(self._view.viewport().width() - 2 * self._view.spacing() - 2, 120)
        line = QFontMetrics(option.font).lineSpacing()
        return QSize(width, 2 * PAD + 5 * line + 10)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        ticket = index.data(TICKET_ROLE)
        if not isinstance(ticket, Ticket):
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        if not enabled:
            painter.setOpacity(0.45)  # a column the dragged card may not go to
        rect = option.rect.adjusted(1, 1, -1, -1)
        found = ticket_clock(ticket)
        accent = QColor(STATE_COLORS[found.state]) if found else NO_CLOCK
        self._paint_frame(painter, rect, accent, option)
        font = QFont(option.font)
        metrics = QFontMetrics(font)
        line = metrics.lineSpacing()
        left = rect.left() + STRIPE + PAD
        right = rect.right() - PAD
        top = rect.top() + PAD
        pixmap = self._thumbnail(ticket.id)
        text_right = right
        if pixmap is not None and not pixmap.isNull():
            box = QRect(right - THUMB.width() + 1, top, THUMB.width(), THUMB.height())
            self._paint_thumbnail(painter, box, pixmap)
            text_right = box.left() - 8
        # Number and priority.
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(MUTED)
        number_width = QFontMetrics(bold).horizontalAdvance(ticket.number)
        painter.drawText(
            QRect(left, top, number_width + 2, line), Qt.AlignmentFlag.AlignLeft, ticket.number
        )
        self._paint_priority(painter, QRect(left + number_width + 8, top, 0, line), ticket.priority)
        # Title: up to two lines, elided.
        painter.setFont(bold)
        painter.setPen(TEXT)
        title_rect = QRect(left, top + line + 2, text_right - left, 2 * line)
        painter.drawText(
            title_rect, Qt.TextFlag.TextWordWrap, _two_lines(ticket.title, bold, title_rect.width())
        )
        # The SLA countdown.
        y = top + 3 * line + 6
        painter.setFont(bold)
        painter.setPen(accent if found else MUTED)
        sla = countdown_text(found) if found else "—"
        painter.drawText(QRect(left, y, right - left, line), Qt.AlignmentFlag.AlignLeft, "● " + sla)
        # Customer → assignee.
        painter.setFont(font)
        painter.setPen(MUTED)
        assignee = ticket.assignee.display_name if ticket.assignee else "—"
        people = f"{ticket.customer.display_name} → {assignee}"
        painter.drawText(
            QRect(left, y + line, right - left, line),
            Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(people, Qt.TextElideMode.ElideRight, right - left),
        )
        painter.restore()

    @staticmethod
    def _paint_frame(
        painter: QPainter, rect: QRect, accent: QColor, option: QStyleOptionViewItem
    ) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        path = QPainterPath()
        path.addRoundedRect(QRectF(rect), 6, 6)
        painter.fillPath(path, QColor("#eff6ff") if selected else QColor("#ffffff"))
        painter.save()
        painter.setClipPath(path)
        painter.fillRect(QRect(rect.left(), rect.top(), STRIPE, rect.height()), accent)
        painter.restore()
        pen = QPen(QColor("#2563eb") if selected or focused else QColor("#e2e8f0"))
        pen.setWidthF(2.0 if focused else 1.0)
        painter.setPen(pen)
        painter.drawPath(path)

    @staticmethod
    def _paint_priority(painter: QPainter, at: QRect, priority: str) -> None:
        font = QFont(painter.font())
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF() - 1, 6))
        metrics = QFontMetrics(font)
        pill = QRect(
            at.left(), at.top() + 1, metrics.horizontalAdvance(priority) + 12, at.height() - 2
        )
        path = QPainterPath()
        path.addRoundedRect(QRectF(pill), pill.height() / 2, pill.height() / 2)
        painter.fillPath(path, QColor(PRIORITY_COLORS.get(priority, "#374151")))
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, priority)

    @staticmethod
    def _paint_thumbnail(painter: QPainter, box: QRect, pixmap: QPixmap) -> None:
        scaled = pixmap.scaled(
            box.size(),
            Qt.AspectRatioMode.KeepAspectRatioByExpanding,
            Qt.TransformationMode.SmoothTransformation,
        )
        # The middle of the screenshot, cropped to the box.
        source = QRect(
            (scaled.width() - box.width()) // 2,
            (scaled.height() - box.height()) // 2,
            box.width(),
            box.height(),
        )
        path = QPainterPath()
        path.addRoundedRect(QRectF(box), 4, 4)
        painter.save()
        painter.setClipPath(path)
        painter.drawPixmap(box, scaled, source)
        painter.restore()
        painter.setPen(QColor("#cbd5e1"))
        painter.drawPath(path)


def _two_lines(text: str, font: QFont, width: int) -> str:
    """The title as it fits in two lines, with "…" when it does not."""
    metrics = QFontMetrics(font)
    if (
        metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text).height()
        <= 2 * metrics.lineSpacing()
    ):
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that still fits with the ellipsis
        mid = (low + high + 1) // 2
        candidate = text[:mid].rstrip() + "…"
        height = metrics.boundingRect(
            QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, candidate
        ).height()
        if height <= 2 * metrics.lineSpacing():
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + "…"
