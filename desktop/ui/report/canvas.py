"""The annotation canvas: the capture, its shapes and private marks, drawn with QPainter.

Shapes live in the Capture (desktop.core.report); the canvas only turns mouse
drags into shapes in image pixels and paints them the way render.py will
burn them in at upload.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import QLineEdit, QSizePolicy, QWidget

from desktop.core.report.captures import Capture
from desktop.core.report.shapes import (
    COLORS,
    Shape,
    ShapeKind,
    bounds,
    is_drag,
    shape_at,
)
from desktop.ui.report.grab import to_qimage
from desktop.ui.report.painting import paint_shape

MARK_OUTLINE = QColor(229, 57, 53)
Tool = ShapeKind | Literal["select"]


class AnnotationCanvas(QWidget):
    """Signals: changed() — the capture's shapes or marks changed (also on undo/redo)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.capture: Capture | None = None
        self.image = QImage()
        self.tool: Tool = "box"
        self.selected: int | None = None  # the shape the select tool picked
        self._moving: tuple[int, int] | None = None  # where a move started
        self.color = COLORS[0]
        self.pen_width = 4
        self.zoom_level: float | None = None  # None: fit the view
        self._drag: tuple[int, int] | None = None
        self._current: tuple[int, int] | None = None
        self._text_at: tuple[int, int] | None = None
        self.text_edit = QLineEdit(self)
        self.text_edit.setPlaceholderText(self.tr("Type, then press Enter"))
        self.text_edit.hide()
        self.text_edit.returnPressed.connect(self._text_done)
        self.text_edit.installEventFilter(self)
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 200)

    def set_capture(self, capture: Capture | None) -> None:
        self._cancel_text()
        self.capture = capture
        self.image = to_qimage(capture.image) if capture is not None else QImage()
        self.update()

    # -- geometry -------------------------------------------------------------------

    def zoom(self) -> float:
        """Widget points per image pixel: the set zoom, or (fit) as large as fits, at most 1."""
        if self.image.isNull():
            return 1.0
        if self.zoom_level is not None:
            return self.zoom_level
        return min(self.width() / self.image.width(), self.height() / self.image.height(), 1.0)

    def set_zoom(self, level: float | None) -> None:
        """A fixed zoom (the scroll area then scrolls), or None to fit the view."""
        self.zoom_level = None if level is None else min(max(level, 0.1), 8.0)
        if self.zoom_level is None or self.image.isNull():
            self.setMinimumSize(320, 200)
        else:
            z = self.zoom_level
            self.setMinimumSize(int(self.image.width() * z), int(self.image.height() * z))
        self.updateGeometry()
        self.update()

    def zoom_by(self, factor: float) -> None:
        self.set_zoom(self.zoom() * factor)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.25 if event.angleDelta().y() > 0 else 0.8)
            event.accept()
        else:
            event.ignore()  # the scroll area scrolls

    def offset(self) -> QPointF:
        z = self.zoom()
        return QPointF(
            max((self.width() - self.image.width() * z) / 2, 0),
            max((self.height() - self.image.height() * z) / 2, 0),
        )

    def to_image(self, pos: QPointF) -> tuple[int, int]:
        z, o = self.zoom(), self.offset()
        x = int((pos.x() - o.x()) / z)
        y = int((pos.y() - o.y()) / z)
        return (
            min(max(x, 0), max(self.image.width() - 1, 0)),
            min(max(y, 0), max(self.image.height() - 1, 0)),
        )

    def to_widget(self, x: float, y: float) -> QPointF:
        z, o = self.zoom(), self.offset()
        return QPointF(o.x() + x * z, o.y() + y * z)

    # -- drawing shapes -----------------------------------------------------------

    def add_shape(self, shape: Shape) -> None:
        if self.capture is None:
            return
        self.capture.add_shape(shape)
        self.update()
        self.changed.emit()

    def _shape(self, x0: int, y0: int, x1: int, y1: int) -> Shape:
        kind: ShapeKind = "box" if self.tool == "select" else self.tool
        number = self.capture.next_step_number() if self.capture and kind == "step" else 0
        return Shape(kind, x0, y0, x1, y1, self.color, self.pen_width, number=number)

    def set_tool(self, tool: Tool) -> None:
        self._text_done()
        self.tool = tool
        self.selected = None
        self.update()

    def delete_selected(self) -> None:
        if self.capture is not None and self.selected is not None:
            self.capture.remove_shape(self.selected)
            self.selected = None
            self.update()
            self.changed.emit()

    def _toggle_mark_at(self, x: int, y: int) -> bool:
        """With the Hide tool a click on a found item shows or hides it again."""
        assert self.capture is not None
        for index, mark in enumerate(self.capture.marks):
            b = mark.box
            if b.x <= x < b.right and b.y <= y < b.bottom:
                self.capture.set_mark_hidden(index, not self.capture.mark_hidden(index))
                self.update()
                self.changed.emit()
                return True
        return False

    def _moved_shape(self) -> Shape | None:
        if self.capture is None or self.selected is None or self._moving is None:
            return None
        if self._current is None:
            return None
        dx, dy = self._current[0] - self._moving[0], self._current[1] - self._moving[1]
        return self.capture.shapes[self.selected].moved(dx, dy)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.capture is None or event.button() != Qt.MouseButton.LeftButton:
            return
        self._text_done()
        point = self.to_image(event.position())
        if self.tool == "select":
            self.selected = shape_at(self.capture.shapes, *point)
            if self.selected is not None:
                self._moving = self._current = point
        elif self.tool == "text":
            self._start_text(*point)
        elif self.tool == "step":
            self.add_shape(self._shape(*point, *point))
        elif not (self.tool == "redact" and self._toggle_mark_at(*point)):
            self._drag = self._current = point
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None or self._moving is not None:
            self._current = self.to_image(event.position())
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if self._moving is not None:
            self._current = self.to_image(event.position())
            moved = self._moved_shape()
            self._moving = self._current = None
            capture, index = self.capture, self.selected
            if (
                moved is not None
                and capture
                and index is not None
                and moved != capture.shapes[index]
            ):
                capture.replace_shape(index, moved)  # the whole move is one undo step
                self.changed.emit()
            self.update()
            return
        if self._drag is None:
            return
        x0, y0 = self._drag
        x1, y1 = self.to_image(event.position())
        self._drag = self._current = None
        if is_drag(x0, y0, x1, y1):
            self.add_shape(self._shape(x0, y0, x1, y1))
        self.update()

    # -- text ---------------------------------------------------------------------

    def _start_text(self, x: int, y: int) -> None:
        self._text_at = (x, y)
        pos = self.to_widget(x, y)
        self.text_edit.clear()
        self.text_edit.move(int(pos.x()), int(pos.y()))
        self.text_edit.resize(240, self.text_edit.sizeHint().height())
        self.text_edit.show()
        self.text_edit.setFocus()

    def commit_text(self, text: str) -> None:
        """Put `text` where the text tool was clicked (the line edit does this on Enter)."""
        if self._text_at is not None and text.strip():
            x, y = self._text_at
            shape = Shape("text", x, y, x, y, self.color, self.pen_width, text=text.strip())
            self._text_at = None
            self.add_shape(shape)
        self._cancel_text()

    def _text_done(self) -> None:
        if self.text_edit.isVisible():
            self.commit_text(self.text_edit.text())

    def _cancel_text(self) -> None:
        self._text_at = None
        self.text_edit.hide()
        self.setFocus()

    def eventFilter(self, watched: object, event: object) -> bool:
        if (
            watched is self.text_edit
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
        ):
            self._cancel_text()
            return True
        return False

    # -- painting -----------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(60, 63, 68))
        if self.capture is None or self.image.isNull():
            painter.end()
            return
        z, o = self.zoom(), self.offset()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, z < 1)
        painter.drawImage(
            QRectF(o.x(), o.y(), self.image.width() * z, self.image.height() * z), self.image
        )
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(o)
        painter.scale(z, z)
        shapes = list(self.capture.shapes)
        moved = self._moved_shape()
        if moved is not None and self.selected is not None:
            shapes[self.selected] = moved
        if self._drag is not None and self._current is not None:
            shapes.append(self._shape(*self._drag, *self._current))
        for shape in sorted(shapes, key=lambda s: s.kind != "highlight"):
            paint_shape(painter, shape)
        for index, mark in enumerate(self.capture.marks):
            rect = QRectF(mark.box.x, mark.box.y, mark.box.w, mark.box.h)
            if self.capture.mark_hidden(index):
                painter.fillRect(rect, QColor(0, 0, 0))
            pen = QPen(MARK_OUTLINE, 2, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
        if self.selected is not None and self.selected < len(shapes):
            b = bounds(shapes[self.selected])
            pen = QPen(QColor(0, 170, 255), 1, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(b.x - 4, b.y - 4, b.w + 8, b.h + 8))
        painter.end()
