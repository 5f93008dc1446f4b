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
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QTextLayout,
)
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.core.models import Ticket
from desktop.ui.sla_text import STATE_COLORS, countdown_text, ticket_clock
from desktop.ui.ticket_model import PRIORITY_COLORS, TICKET_ROLE

ModelIndex = QModelIndex | QPersistentModelIndex
PAD = 10
STRIPE = 4
NO_CLOCK = QColor("#cbd5e1")


@dataclass(frozen=True)
class CardColors:
    card: str
    selected: str
    border: str
    focus: str
    text: str
    muted: str


# The light and dark looks (kefu.qss / kefu-dark.qss); the palette says which is on.
LIGHT = CardColors("#ffffff", "#eff6ff", "#e2e8f0", "#2563eb", "#111827", "#6b7280")
DARK = CardColors("#1e293b", "#172554", "#334155", "#60a5fa", "#e5e7eb", "#94a3b8")


def card_colors(palette: QPalette) -> CardColors:
    brush = palette.brush(QPalette.ColorRole.Base)
    if brush.style() == Qt.BrushStyle.NoBrush or brush.color().alpha() == 0:
        # The board's lists are transparent (kefu.qss): their Base says nothing, the app's does.
        brush = QGuiApplication.palette().brush(QPalette.ColorRole.Base)
    return DARK if brush.color().lightness() < 128 else LIGHT


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
        return QSize(width, 2 * PAD + 5 * _line_height(option.font) + 10)

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
        colors = card_colors(option.palette)
        text_color, muted = QColor(colors.text), QColor(colors.muted)
        self._paint_frame(painter, rect, accent, option, colors)
        font = QFont(option.font)
        bold = QFont(font)
        bold.setBold(True)
        line = _line_height(font)
        left = rect.left() + STRIPE + PAD
        right = rect.right() - PAD
        y = rect.top() + PAD
        # Number and priority.
        painter.setFont(bold)
        painter.setPen(muted)
        number_width = QFontMetrics(bold).horizontalAdvance(ticket.number)
        painter.drawText(
            QRect(left, y, number_width + 2, line), Qt.AlignmentFlag.AlignVCenter, ticket.number
        )
        pill = self._paint_priority(
            painter, QRect(left + number_width + 8, y, 0, line), ticket.priority
        )
        # The screenshot, top right; the title's first line wraps around it.
        top = rect.top() + PAD
        first_width = right - left
        pixmap = self._thumbnail(ticket.id)
        height = 2 * line
        box = QRect(right - height * 4 // 3 + 1, top, height * 4 // 3, height)
        # In a narrow column the number, the priority and the words come first.
        if pixmap is not None and not pixmap.isNull() and box.left() > pill.right() + 8:
            self._paint_thumbnail(painter, box, pixmap)
            first_width = box.left() - 8 - left
        # Title: up to two lines, the second elided.
        painter.setFont(bold)
        painter.setPen(text_color)
        y += line + 2
        for i, text in enumerate(title_lines(ticket.title, bold, first_width, right - left)):
            width = first_width if i == 0 else right - left
            painter.drawText(QRect(left, y, width, line), Qt.AlignmentFlag.AlignVCenter, text)
            y += line
        y = top + 3 * line + 8  # one-line titles keep the rows below in place
        width = right - left
        # The SLA countdown.
        painter.setPen(accent if found else muted)
        sla = countdown_text(found) if found else "—"  # the edge already shows the colour
        elide = Qt.TextElideMode.ElideRight
        painter.drawText(
            QRect(left, y, width, line),
            Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(bold).elidedText(sla, elide, width),
        )
        # Customer → assignee.
        painter.setFont(font)
        painter.setPen(muted)
        assignee = ticket.assignee.display_name if ticket.assignee else "—"
        people = f"{ticket.customer.display_name} → {assignee}"
        painter.drawText(
            QRect(left, y + line, width, line),
            Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(font).elidedText(people, elide, width),
        )
        painter.restore()

    @staticmethod
    def _paint_frame(
        painter: QPainter,
        rect: QRect,
        accent: QColor,
        option: QStyleOptionViewItem,
        colors: CardColors,
    ) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        path = QPainterPath()
        path.addRoundedRect(QRectF(rect), 6, 6)
        painter.fillPath(path, QColor(colors.selected if selected else colors.card))
        painter.save()
        painter.setClipPath(path)
        painter.fillRect(QRect(rect.left(), rect.top(), STRIPE, rect.height()), accent)
        painter.restore()
        pen = QPen(QColor(colors.focus if selected or focused else colors.border))
        pen.setWidthF(2.0 if focused else 1.0)
        painter.setPen(pen)
        painter.drawPath(path)

    @staticmethod
    def _paint_priority(painter: QPainter, at: QRect, priority: str) -> QRect:
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
        return pill

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


def _line_height(font: QFont) -> int:
    """One row of the card: room for the regular and the bold face (and CJK fallbacks)."""
    bold = QFont(font)
    bold.setBold(True)
    return max(QFontMetrics(font).lineSpacing(), QFontMetrics(bold).lineSpacing()) + 2


def title_lines(text: str, font: QFont, first: int, width: int) -> list[str]:
    """The title wrapped as Qt wraps it (the first line `first` wide, beside the
    screenshot), at most two lines, the second elided."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    spans: list[tuple[int, int]] = []
    while len(spans) < 2:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(first if not spans else width)
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    if not spans:
        return []
    lines = [text[spans[0][0] : spans[0][0] + spans[0][1]].rstrip()]
    if len(spans) > 1:
        rest = text[spans[1][0] :].replace("\n", " ")
        lines.append(QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return lines
