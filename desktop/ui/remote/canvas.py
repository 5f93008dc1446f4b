"""The remote picture: fitted to the window, or 1:1 (one remote pixel per device
pixel, drawn without any resampling so text stays crisp), in a scroll area."""

from __future__ import annotations

import time

from PySide6.QtCore import QPoint, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QScrollArea, QSizePolicy, QWidget

POINTER_SECONDS = 4.0


class FrameCanvas(QWidget):
    """Signals: pointed(int x, int y) — a click, in the remote picture's pixels."""

    pointed = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = QImage()
        self.fit = True
        self.cursor_at: tuple[int, int] | None = None  # the customer's own pointer
        self.marker: tuple[int, int, float] | None = None  # where we pointed, and when
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_image(self, image: QImage) -> None:
        resized = image.size() != self.image.size()
        self.image = image
        self.image.setDevicePixelRatio(self.devicePixelRatioF())
        if resized:
            self._apply_size()
        self.update()

    def set_fit(self, fit: bool) -> None:
        self.fit = fit
        self._apply_size()
        self.update()

    def natural_size(self) -> QSize:
        """The picture's size in widget units at 1:1."""
        ratio = self.devicePixelRatioF() or 1.0
        return QSize(round(self.image.width() / ratio), round(self.image.height() / ratio))

    def _apply_size(self) -> None:
        if self.fit or self.image.isNull():
            self.setMinimumSize(1, 1)
            self.setMaximumSize(16777215, 16777215)
        else:
            self.setFixedSize(self.natural_size())

    def target_rect(self) -> QRect:
        """Where the picture is drawn, in widget coordinates."""
        if self.image.isNull():
            return QRect()
        natural = self.natural_size()
        if not self.fit:
            return QRect(QPoint(0, 0), natural)
        scaled = natural.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x = (self.width() - scaled.width()) // 2
        y = (self.height() - scaled.height()) // 2
        return QRect(QPoint(x, y), scaled)

    def to_image(self, point: QPoint) -> tuple[int, int] | None:
        rect = self.target_rect()
        if rect.isEmpty() or not rect.contains(point):
            return None
        x = (point.x() - rect.x()) * self.image.width() / rect.width()
        y = (point.y() - rect.y()) * self.image.height() / rect.height()
        return min(int(x), self.image.width() - 1), min(int(y), self.image.height() - 1)

    def to_widget(self, x: int, y: int) -> QPointF:
        rect = self.target_rect()
        return QPointF(
            rect.x() + x * rect.width() / max(self.image.width(), 1),
            rect.y() + y * rect.height() / max(self.image.height(), 1),
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        where = self.to_image(event.position().toPoint())
        if where is not None:
            self.marker = (where[0], where[1], time.monotonic())
            self.pointed.emit(*where)
            self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#111827"))
        if self.image.isNull():
            painter.end()
            return
        rect = self.target_rect()
        if self.fit and rect.size() != self.natural_size():
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(rect, self.image)
        else:
            painter.drawImage(QPoint(0, 0) if not self.fit else rect.topLeft(), self.image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.cursor_at is not None:
            self._draw_arrow(painter, self.to_widget(*self.cursor_at))
        if self.marker is not None and time.monotonic() - self.marker[2] < POINTER_SECONDS:
            centre = self.to_widget(self.marker[0], self.marker[1])
            painter.setPen(QPen(QColor("#dc2626"), 3))
            painter.setBrush(QColor(220, 38, 38, 50))
            painter.drawEllipse(centre, 16, 16)
        painter.end()

    @staticmethod
    def _draw_arrow(painter: QPainter, tip: QPointF) -> None:
        shape = [(0, 0), (0, 16), (4, 12), (7, 19), (9, 18), (6, 11), (11, 11)]
        arrow = QPolygonF([QPointF(tip.x() + dx, tip.y() + dy) for dx, dy in shape])
        painter.setPen(QPen(QColor("black"), 1))
        painter.setBrush(QColor("white"))
        painter.drawPolygon(arrow)


def scroll_area(canvas: FrameCanvas) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(canvas)
    area.setWidgetResizable(True)
    area.setAlignment(Qt.AlignmentFlag.AlignCenter)
    area.setStyleSheet("QScrollArea { background: #111827; border: none; }")
    return area
