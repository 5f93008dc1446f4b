"""What the customer sees while sharing: the bar, the coloured frame, the agent's pointer.

The bar and the frame are Kefu's own windows and must not appear in the frames
the agent gets (the pointer may: it is where the agent is looking). Windows can
exclude a window from capture (SetWindowDisplayAffinity); elsewhere (X11) their
rectangles are painted over in each frame: see `mask_box` and
desktop.core.remote.source.apply_masks.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QPainter,
    QPaintEvent,
    QPen,
    QRegion,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.core.screenshot_geometry import MonitorInfo
from desktop.core.share.tiles import Box

FRAME_COLOUR = "#f97316"
FRAME_WIDTH = 4
POINTER_SIZE = 64
POINTER_SECONDS = 4.0


def _windowing() -> bool:
    """False on the headless platforms (offscreen, minimal), which cannot raise or
    shape windows and warn each time they are asked to."""
    return QGuiApplication.platformName() not in ("offscreen", "minimal")


def bring_to_front(widget: QWidget) -> None:
    if _windowing():
        widget.raise_()


def tool_flags(extra: Qt.WindowType = Qt.WindowType.Widget) -> Qt.WindowType:
    """A small always-on-top window kept out of the taskbar (Tool; not on headless
    platforms, where showing a tool window asks for a raise they cannot do)."""
    flags = Qt.WindowType.WindowStaysOnTopHint | extra
    return flags | Qt.WindowType.Tool if _windowing() else flags | Qt.WindowType.Window


def _overlay_flags() -> Qt.WindowType:
    return tool_flags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowDoesNotAcceptFocus)


def sharing_icon() -> QIcon:
    """Kefu's icon with a red dot: the tray's "your screen is being shared"."""
    from desktop.ui import i18n

    pixmap = i18n.app_icon().pixmap(64, 64)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("white"), 4))
    painter.setBrush(QColor("#dc2626"))
    painter.drawEllipse(34, 34, 28, 28)
    painter.end()
    return QIcon(pixmap)


def exclude_from_capture(widget: QWidget) -> bool:
    """Ask the OS to leave this window out of screen grabs; False where it cannot."""
    if sys.platform != "win32":  # pragma: no cover - the Windows branch is untested here
        return False
    import ctypes  # pragma: no cover

    wda_exclude_from_capture = 0x11  # Windows 10 2004 and later
    user32 = ctypes.windll.user32  # pragma: no cover
    return bool(user32.SetWindowDisplayAffinity(int(widget.winId()), wda_exclude_from_capture))


def to_logical(monitor: MonitorInfo, x: int, y: int) -> QPoint:
    """A point in the monitor's pixels, in Qt's desktop coordinates."""
    p = monitor.physical
    return QPoint(round((p.x + x) / monitor.scale), round((p.y + y) / monitor.scale))


def mask_box(monitor: MonitorInfo, rect: QRect, pad: int = 2) -> Box:
    """A window's frame (Qt desktop coordinates) in the monitor's pixels, padded for rounding."""
    s, p = monitor.scale, monitor.physical
    x, y = round(rect.x() * s) - p.x - pad, round(rect.y() * s) - p.y - pad
    return Box(x, y, round(rect.width() * s) + 2 * pad, round(rect.height() * s) + 2 * pad)


class SharingBar(QWidget):
    """ "Sharing with NAME · 02:13 · Chat · Pause · Stop", on top of everything.

    Signals: pause_toggled(bool paused); stop_requested(); chat_requested().
    """

    pause_toggled = Signal(bool)
    stop_requested = Signal()
    chat_requested = Signal()

    def __init__(self, agent_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, _overlay_flags())
        self.setObjectName("sharingBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            "#sharingBar { background: #1f2937; border: 2px solid " + FRAME_COLOUR + ";"
            " }"
            "#sharingBar QLabel { color: white; font-weight: 600; }"
            "#sharingBar QPushButton { padding: 3px 12px; }"
            "#sharingBar QPushButton#stop { background: #dc2626; color: white;"
            " border-color: #b91c1c; }"
        )
        self.agent_name = agent_name
        self.started = time.monotonic()
        self._paused_at: float | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        self.dot = QLabel("●")
        self.dot.setStyleSheet("color: #ef4444;")
        layout.addWidget(self.dot)
        self.label = QLabel()
        layout.addWidget(self.label)
        self.chat_button = QPushButton(self.tr("Chat"))
        self.chat_button.clicked.connect(self.chat_requested)
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setCheckable(True)
        self.pause_button.toggled.connect(self._pause_toggled)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setObjectName("stop")
        self.stop_button.clicked.connect(self.stop_requested)
        for button in (self.chat_button, self.pause_button, self.stop_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            layout.addWidget(button)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._timer.start(1000)
        self.refresh()

    @property
    def paused(self) -> bool:
        return self.pause_button.isChecked()

    def elapsed_text(self) -> str:
        minutes, seconds = divmod(int(time.monotonic() - self.started), 60)
        hours, minutes = divmod(minutes, 60)
        return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes:02d}:{seconds:02d}"

    def refresh(self) -> None:
        name, elapsed = self.agent_name, self.elapsed_text()
        if self.paused:
            text = self.tr("Paused — %1 sees a grey screen · %2")
        else:
            text = self.tr("Sharing with %1 · %2")
        self.label.setText(text.replace("%1", name).replace("%2", elapsed))

    def _pause_toggled(self, paused: bool) -> None:
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.dot.setStyleSheet("color: #9ca3af;" if paused else "color: #ef4444;")
        self.refresh()
        self.pause_toggled.emit(paused)

    def place_on(self, monitor: MonitorInfo) -> None:
        """Top centre of the shared monitor, inside the frame."""
        self.adjustSize()
        top_left = to_logical(monitor, 0, 0)
        width = round(monitor.physical.w / monitor.scale)
        self.move(top_left.x() + (width - self.width()) // 2, top_left.y() + FRAME_WIDTH + 6)


class _Strip(QWidget):
    def __init__(self) -> None:
        super().__init__(None, _overlay_flags() | Qt.WindowType.WindowTransparentForInput)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setStyleSheet(f"background: {FRAME_COLOUR};")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)


class ShareFrame:
    """A coloured border around the shared monitor, as four thin windows: a single
    full-screen window would need a compositor to be see-through."""

    def __init__(self) -> None:
        self.strips = [_Strip() for _ in range(4)]

    def place_on(self, monitor: MonitorInfo) -> None:
        origin = to_logical(monitor, 0, 0)
        w = round(monitor.physical.w / monitor.scale)
        h = round(monitor.physical.h / monitor.scale)
        x, y, t = origin.x(), origin.y(), FRAME_WIDTH
        rects = [QRect(x, y, w, t), QRect(x, y + h - t, w, t)]
        rects += [QRect(x, y, t, h), QRect(x + w - t, y, t, h)]
        for strip, rect in zip(self.strips, rects, strict=True):
            strip.setGeometry(rect)

    def show(self) -> None:
        for strip in self.strips:
            strip.show()

    def close(self) -> None:
        for strip in self.strips:
            strip.close()
            strip.deleteLater()


class PointerOverlay(QWidget):
    """The agent's pointer on the customer's screen: a ring that fades after a while.

    Shaped to the ring (QWidget.setMask), so it is see-through without a compositor,
    and transparent for input, so it never gets in the customer's way.
    """

    def __init__(self) -> None:
        super().__init__(None, _overlay_flags() | Qt.WindowType.WindowTransparentForInput)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground, True)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.resize(POINTER_SIZE, POINTER_SIZE)
        outer = QRegion(0, 0, POINTER_SIZE, POINTER_SIZE, QRegion.RegionType.Ellipse)
        inner = QRegion(10, 10, POINTER_SIZE - 20, POINTER_SIZE - 20, QRegion.RegionType.Ellipse)
        dot = QRegion(POINTER_SIZE // 2 - 4, POINTER_SIZE // 2 - 4, 8, 8)
        if _windowing():
            self.setMask(outer.subtracted(inner).united(dot))
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.timeout.connect(self.hide)
        self.position: tuple[int, int] | None = None  # monitor pixels, while shown

    def point_at(self, monitor: MonitorInfo, x: int, y: int, visible: bool = True) -> None:
        """Show the ring centred on (x, y) of the monitor, or hide it."""
        if not visible:
            self.position = None
            self.hide()
            return
        centre = to_logical(monitor, x, y)
        self.move(centre.x() - POINTER_SIZE // 2, centre.y() - POINTER_SIZE // 2)
        self.position = (x, y)
        self.show()
        bring_to_front(self)
        self._hide_timer.start(round(POINTER_SECONDS * 1000))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#dc2626"), 6))
        painter.setBrush(QColor(220, 38, 38, 60))
        painter.drawEllipse(self.rect().adjusted(4, 4, -4, -4))
        painter.setBrush(QColor("#dc2626"))
        centre = self.rect().center()
        painter.drawEllipse(centre, 4, 4)
        painter.end()
