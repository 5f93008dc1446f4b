"""What the capture overlay draws over the frozen screen: the focus and the magnifier."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from desktop.core.textboxes import Box

ACCENT = QColor(0, 170, 255)
MAGNIFY = 8  # zoom of the magnifier
MAGNIFY_PIXELS = 15  # pixels across the magnifier shows


def paint_focus(painter: QPainter, rect: QRectF, box: Box, kind: str) -> None:
    """The selection (or hovered window) outline and its size in physical pixels."""
    pen = QPen(ACCENT, 1 if kind == "region" else 3)
    pen.setCosmetic(True)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    # Just outside the selected pixels, so the border never hides an edge pixel.
    painter.drawRect(rect.adjusted(-1, -1, 0, 0))
    label = f"{box.w} × {box.h}"
    metrics = painter.fontMetrics()
    width, height = metrics.horizontalAdvance(label) + 12, metrics.height() + 6
    y = rect.top() - height - 4 if rect.top() > height + 8 else rect.top() + 4
    tag = QRectF(rect.left(), y, width, height)
    painter.fillRect(tag, QColor(32, 33, 36, 220))
    painter.setPen(Qt.GlobalColor.white)
    painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, label)


def paint_magnifier(
    painter: QPainter,
    shot: QImage,
    pixel: tuple[int, int],
    cursor: QPointF,
    area: QRect,
    caption_text: str,
) -> None:
    """The pixels around `pixel` (in `shot`) enlarged beside the cursor, kept inside `area`."""
    half = MAGNIFY_PIXELS // 2
    size = MAGNIFY_PIXELS * MAGNIFY
    source = QRectF(pixel[0] - half, pixel[1] - half, MAGNIFY_PIXELS, MAGNIFY_PIXELS)
    left = cursor.x() + 24 if cursor.x() + 24 + size < area.width() else cursor.x() - 24 - size
    fits_below = cursor.y() + 24 + size + 22 < area.height()
    top = cursor.y() + 24 if fits_below else cursor.y() - 24 - size - 22
    target = QRectF(left, top, size, size)
    painter.fillRect(target, QColor(0, 0, 0))
    painter.drawImage(target, shot, source)  # no smoothing: each pixel stays a square
    center = QRectF(left + half * MAGNIFY, top + half * MAGNIFY, MAGNIFY, MAGNIFY)
    # A crosshair through the pixel under the cursor, the pixel itself outlined.
    cross = QColor(ACCENT)
    cross.setAlpha(120)
    painter.setPen(QPen(cross, 1))
    mid = center.center()
    painter.drawLine(QPointF(left, mid.y()), QPointF(left + size, mid.y()))
    painter.drawLine(QPointF(mid.x(), top), QPointF(mid.x(), top + size))
    painter.setPen(QPen(ACCENT, 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(center)
    painter.setPen(QPen(QColor(255, 255, 255), 2))
    painter.drawRect(target)
    caption = QRectF(left, top + size, size, 22)
    painter.fillRect(caption, QColor(32, 33, 36, 230))
    painter.drawText(caption, Qt.AlignmentFlag.AlignCenter, caption_text)
