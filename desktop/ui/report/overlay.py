"""The full-screen capture overlay: drag a region, click a window, or take a monitor.

It shows a frozen shot of every monitor (taken after Kefu's windows were
hidden), so what is selected is exactly what was on screen. Selections are
kept in physical pixels. One window covers the whole virtual desktop, and
inside one window Qt's coordinates are linear (one device pixel ratio), so a
widget point is `desktop origin + point * scale`; the window is placed at the
desktop's physical top-left (where Qt keeps logical = physical) and sized to
the desktop divided by the scale. That is exact whenever the monitors share
one scale, which X11 always does (it has one factor for all).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QCursor,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
)
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from desktop.core.screenshot_geometry import (
    MonitorInfo,
    intersect,
    monitor_at_physical,
    virtual_desktop,
)
from desktop.core.textboxes import Box
from desktop.ui.report.overlay_paint import paint_focus, paint_magnifier


def can_stack() -> bool:
    """Whether windows can be raised (not on the offscreen platform tests use)."""
    return QGuiApplication.platformName() != "offscreen"


def _window_scale(monitors: Sequence[MonitorInfo]) -> float:
    # Qt gives a window the ratio of the screen it starts on: the desktop's top-left.
    d = virtual_desktop(monitors)
    first = monitor_at_physical(d.x, d.y, monitors)
    if first is None:
        first = next((m for m in monitors if m.primary), monitors[0])
    return first.scale


class CaptureOverlay(QWidget):
    """Signals: selected(Box physical, str source "region"|"window"|"monitor");
    cancelled(); delay_requested(int seconds) — capture again after a delay."""

    selected = Signal(object, str)
    cancelled = Signal()
    delay_requested = Signal(int)

    def __init__(
        self,
        shot: QImage,
        monitors: Sequence[MonitorInfo],
        windows: Sequence[Box] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.shot = shot
        self.monitors = list(monitors)
        self.desktop = virtual_desktop(self.monitors)  # physical; shot's (0, 0)
        self.scale = _window_scale(self.monitors)
        # In priority order: the first one under the cursor is the one taken.
        self.windows = list(windows)
        self.cursor_phys: tuple[int, int] | None = None
        self.anchor: tuple[int, int] | None = None  # where a drag started
        self.finished = False
        flags = Qt.WindowType.FramelessWindowHint | Qt.WindowType.X11BypassWindowManagerHint
        if can_stack():  # a tool window on top, kept out of the taskbar
            flags |= Qt.WindowType.WindowStaysOnTopHint | Qt.WindowType.Tool
        self.setWindowFlags(flags)
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setWindowTitle(self.tr("Select what to capture"))
        d = self.desktop
        width, height = math.ceil(d.w / self.scale), math.ceil(d.h / self.scale)
        self.setGeometry(QRect(d.x, d.y, width, height))
        self.toolbar = self._make_toolbar()

    # -- toolbar ------------------------------------------------------------------

    def _make_toolbar(self) -> QFrame:
        bar = QFrame(self)
        bar.setObjectName("captureBar")
        bar.setStyleSheet(
            "#captureBar { background: rgba(32, 33, 36, 235); border-radius: 8px; }"
            "#captureBar QLabel { color: white; padding: 4px 8px; }"
            "#captureBar QToolButton { color: white; background: rgba(255, 255, 255, 28);"
            " border: 1px solid rgba(255, 255, 255, 70); border-radius: 4px; padding: 4px 10px; }"
            "#captureBar QToolButton:hover { background: rgba(255, 255, 255, 70); }"
        )
        row = QHBoxLayout(bar)
        row.setContentsMargins(10, 6, 10, 6)
        self.hint = QLabel(
            self.tr("Drag to select an area, click a window, or press Enter for the whole screen.")
        )
        row.addWidget(self.hint)
        self.monitor_button = QToolButton()
        self.monitor_button.setText(self.tr("Whole screen"))
        self.monitor_button.clicked.connect(self.take_monitor)
        row.addWidget(self.monitor_button)
        self.delay_buttons: dict[int, QToolButton] = {}
        for seconds in (3, 5, 10):
            button = QToolButton()
            button.setText(self.tr("In %1 s").replace("%1", str(seconds)))
            button.setToolTip(self.tr("Capture again after a delay, e.g. to open a menu first"))
            button.clicked.connect(lambda _c=False, s=seconds: self._delay(s))
            row.addWidget(button)
            self.delay_buttons[seconds] = button
        cancel = QToolButton()
        cancel.setText(self.tr("Cancel (Esc)"))
        cancel.clicked.connect(self.cancel)
        row.addWidget(cancel)
        bar.adjustSize()
        primary = next((m for m in self.monitors if m.primary), self.monitors[0])
        area = self.rect_to_widget(primary.physical)
        centred = area.x() + (area.width() - bar.width()) / 2
        bar.move(int(max(centred, area.x() + 8)), int(area.y()) + 12)  # never off the screen
        return bar

    # -- coordinates --------------------------------------------------------------

    def to_physical(self, pos: QPointF | QPoint) -> tuple[int, int]:
        """A widget point to the physical pixel under it (clamped onto the desktop)."""
        d = self.desktop
        # The epsilon keeps a point exactly on a pixel's edge in that pixel.
        x = d.x + math.floor(pos.x() * self.scale + 1e-6)
        y = d.y + math.floor(pos.y() * self.scale + 1e-6)
        return min(max(x, d.x), d.right - 1), min(max(y, d.y), d.bottom - 1)

    def to_widget(self, x: float, y: float) -> QPointF:
        return QPointF((x - self.desktop.x) / self.scale, (y - self.desktop.y) / self.scale)

    def rect_to_widget(self, box: Box) -> QRectF:
        top_left = self.to_widget(box.x, box.y)
        bottom_right = self.to_widget(box.right - 0.001, box.bottom - 0.001)
        return QRectF(top_left, bottom_right).adjusted(0, 0, 0.001, 0.001)

    # -- what is under the cursor -------------------------------------------------

    def selection(self) -> Box | None:
        """The dragged region in physical pixels, both end pixels included."""
        if self.anchor is None or self.cursor_phys is None:
            return None
        (ax, ay), (cx, cy) = self.anchor, self.cursor_phys
        return Box(min(ax, cx), min(ay, cy), abs(cx - ax) + 1, abs(cy - ay) + 1)

    def window_at(self, x: int, y: int) -> Box | None:
        for box in self.windows:
            if box.x <= x < box.right and box.y <= y < box.bottom:
                return intersect(box, self.desktop)
        return None

    def monitor_at(self, x: int, y: int) -> MonitorInfo:
        return monitor_at_physical(x, y, self.monitors) or self.monitors[0]

    # -- finishing ------------------------------------------------------------------

    def _finish(self, box: Box, source: str) -> None:
        if self.finished:
            return
        self.finished = True
        self.close()
        self.selected.emit(box, source)

    def cancel(self) -> None:
        if self.finished:
            return
        self.finished = True
        self.close()
        self.cancelled.emit()

    def _delay(self, seconds: int) -> None:
        if self.finished:
            return
        self.finished = True
        self.close()
        self.delay_requested.emit(seconds)

    def _pointer(self) -> tuple[int, int]:
        # Before the first mouse move the overlay only knows the system cursor.
        return self.cursor_phys or self.to_physical(self.mapFromGlobal(QCursor.pos()))

    def take_monitor(self) -> None:
        x, y = self._pointer()
        self._finish(self.monitor_at(x, y).physical, "monitor")

    def take_hovered(self) -> None:
        x, y = self._pointer()
        window = self.window_at(x, y)
        if window is not None:
            self._finish(window, "window")
        else:
            self.take_monitor()

    # -- events -----------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.cursor_phys = self.to_physical(event.position())
        if event.button() == Qt.MouseButton.LeftButton:
            self.anchor = self.cursor_phys
        elif event.button() == Qt.MouseButton.RightButton:
            # Right click drops a selection in progress, or leaves (as in Greenshot).
            if self.anchor is not None:
                self.anchor = None
            else:
                self.cancel()
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.cursor_phys = self.to_physical(event.position())
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.anchor is None:
            return
        self.cursor_phys = self.to_physical(event.position())
        box = self.selection()
        self.anchor = None
        if box is not None and max(box.w, box.h) > 3:
            self._finish(box, "region")
        else:
            self.take_hovered()  # a click: the window (or monitor) under it

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.cancel()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.take_hovered()
        elif key == Qt.Key.Key_M:
            self.take_monitor()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            # Arrow keys move the cursor by one pixel for edges that must be exact.
            dx = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(Qt.Key(key), 0)
            dy = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(key), 0)
            QCursor.setPos(QCursor.pos() + QPoint(dx, dy))
        else:
            super().keyPressEvent(event)

    # -- painting -----------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0))  # gaps between unequal monitors
        for m in self.monitors:
            p = m.physical
            source = QRectF(p.x - self.desktop.x, p.y - self.desktop.y, p.w, p.h)
            painter.drawImage(self.rect_to_widget(p), self.shot, source)
        focus = self.selection()
        source_kind = "region"
        if focus is None and self.cursor_phys is not None:
            focus = self.window_at(*self.cursor_phys)
            source_kind = "window"
        # Dim everything but the focus, so the person sees what will be taken.
        shade = QPainterPath()
        shade.addRect(QRectF(self.rect()))
        if focus is not None:
            hole = QPainterPath()
            hole.addRect(self.rect_to_widget(focus))
            shade = shade.subtracted(hole)
        painter.fillPath(shade, QColor(0, 0, 0, 110))
        if focus is not None:
            paint_focus(painter, self.rect_to_widget(focus), focus, source_kind)
        if self.cursor_phys is not None:
            x, y = self.cursor_phys
            paint_magnifier(
                painter,
                self.shot,
                (x - self.desktop.x, y - self.desktop.y),
                self.to_widget(x, y),
                self.rect(),
                f"{x}, {y}",
            )
        painter.end()
