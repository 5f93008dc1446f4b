"""Painting annotation shapes with QPainter, exactly as render.py burns them in."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QPolygonF

from desktop.core.report.shapes import (
    HIGHLIGHT_RGBA,
    Shape,
    arrow_head,
    arrow_shaft_end,
    step_radius,
    text_size,
)


def paint_shape(painter: QPainter, shape: Shape) -> None:
    """One shape in image coordinates, as render.py draws it with Pillow."""
    color = QColor(shape.color)
    r = shape.rect
    rect = QRectF(r.x, r.y, r.w, r.h)
    if shape.kind == "highlight":
        painter.fillRect(rect, QColor(*HIGHLIGHT_RGBA))
    elif shape.kind == "redact":
        painter.fillRect(rect, QColor(0, 0, 0))
    elif shape.kind == "box":
        w = shape.width
        painter.setPen(
            QPen(
                color, w, Qt.PenStyle.SolidLine, Qt.PenCapStyle.SquareCap, Qt.PenJoinStyle.MiterJoin
            )
        )
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(w / 2, w / 2, -w / 2, -w / 2))
    elif shape.kind == "arrow":
        end = arrow_shaft_end(shape)
        painter.setPen(QPen(color, shape.width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        painter.drawLine(QPointF(shape.x0, shape.y0), QPointF(*end))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(color))
        painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in arrow_head(shape)]))
    elif shape.kind == "step":
        radius = step_radius(shape)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(color))
        painter.drawEllipse(QPointF(shape.x0, shape.y0), radius, radius)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(radius)
        painter.setFont(font)
        painter.setPen(QColor(255, 255, 255))
        box = QRectF(shape.x0 - radius, shape.y0 - radius, 2 * radius, 2 * radius)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(shape.number))
    elif shape.kind == "text":
        font = QFont()
        font.setBold(True)
        font.setPixelSize(text_size(shape))
        painter.setFont(font)
        painter.setPen(color)
        painter.drawText(
            QRectF(shape.x0, shape.y0, 4000, text_size(shape) * 1.6),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
            shape.text,
        )
