"""Taking the shot: Kefu's windows out of the way, an optional delay, then the overlay.

Signals report back on the GUI thread; mss is fast enough (a few ms) that the
grab itself runs there, between hiding the windows and showing the overlay.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from PIL import Image
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core import capture
from desktop.core.report.window_list import x11_windows
from desktop.core.screen_regions import find_rectangles
from desktop.core.screenshot_geometry import MonitorInfo, intersect, virtual_desktop
from desktop.core.textboxes import Box
from desktop.ui import messages
from desktop.ui.report.overlay import CaptureOverlay, can_stack

log = logging.getLogger(__name__)
SETTLE_MS = 250  # time for the window system to take hidden windows off the screen


@dataclass(frozen=True)
class Shot:
    """What was selected: the pixels, where they were and how they were chosen."""

    image: Image.Image
    box: Box  # physical pixels on the virtual desktop
    source: str  # "region", "window" or "monitor"
    monitors: tuple[MonitorInfo, ...]


def to_qimage(image: Image.Image) -> QImage:
    rgb = image.convert("RGB")
    data = rgb.tobytes("raw", "RGB")
    return QImage(data, rgb.width, rgb.height, rgb.width * 3, QImage.Format.Format_RGB888).copy()


def from_qimage(image: QImage) -> Image.Image:
    """A QImage (e.g. from the clipboard) as an RGB Pillow image."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    data = bytes(rgb.constBits())  # rows are padded to 4 bytes: keep the stride
    return Image.frombuffer(
        "RGB", (rgb.width(), rgb.height()), data, "raw", "RGB", rgb.bytesPerLine(), 1
    )


def window_boxes(image: Image.Image, origin: Box) -> list[Box]:
    """What "click a window" can pick (physical px), in priority order.

    The window system's own windows first, top-most first (X11); then
    window-like rectangles found in the pixels (intact frames, e.g. a dialog
    drawn inside its application), smallest first so the innermost wins.
    Neither ever lists Kefu's own windows: they are hidden when this runs.
    """
    import numpy as np

    found = find_rectangles(np.asarray(image.convert("RGB")), min_w=120, min_h=60)
    drawn = sorted(
        (Box(b.x + origin.x, b.y + origin.y, b.w, b.h) for b in found), key=lambda b: b.w * b.h
    )
    return [*x11_windows(), *drawn]


def make_overlays(
    shot: QImage, monitors: Sequence[MonitorInfo], windows: Sequence[Box]
) -> list[CaptureOverlay]:
    """One overlay over all monitors when they share a scale (a drag may cross them);
    one per monitor when scales differ, since one window has one pixel ratio."""
    if len({m.scale for m in monitors}) <= 1:
        return [CaptureOverlay(shot, monitors, windows)]
    origin = virtual_desktop(monitors)
    overlays = []
    for m in monitors:
        p = m.physical
        part = shot.copy(p.x - origin.x, p.y - origin.y, p.w, p.h)
        inside = [w for w in windows if intersect(w, p) is not None]
        overlays.append(CaptureOverlay(part, [m], inside))
    return overlays


class ScreenGrabber(QObject):
    """Signals: taken(Shot); cancelled(); overlay_shown(CaptureOverlay).

    Kefu's windows are hidden from `start` until the pixels are read, and
    again during a delay.

    `visible_at_grab` lists Kefu's windows that were still visible when the
    pixels were read (always empty unless the window system misbehaves).
    """

    taken = Signal(object)
    cancelled = Signal()
    overlay_shown = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settle_ms = SETTLE_MS
        self.overlay: CaptureOverlay | None = None  # the first (or only) one
        self.overlays: list[CaptureOverlay] = []
        self.visible_at_grab: list[QWidget] = []
        self._hidden: list[QWidget] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._grab)

    @property
    def busy(self) -> bool:
        return self._timer.isActive() or self.overlay is not None

    def start(self, delay_seconds: int = 0) -> None:
        """Hide Kefu, wait (delay or just long enough), grab and show the overlay."""
        if self.busy:
            return
        try:
            capture.check_platform()
        except capture.CaptureError as exc:
            messages.error(str(exc))
            self.cancelled.emit()
            return
        self._hide()
        self._timer.start(max(delay_seconds * 1000, self.settle_ms))

    def _hide(self) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self._hidden = [w for w in app.topLevelWidgets() if w.isVisible() and w.isWindow()]
        for widget in self._hidden:
            widget.hide()

    def _restore(self) -> None:
        for widget in self._hidden:
            widget.show()
        self._hidden = []

    def _grab(self) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.visible_at_grab = [w for w in app.topLevelWidgets() if w.isVisible() and w.isWindow()]
        try:
            monitors = tuple(capture.list_monitors())
            image = capture.grab_monitor(0)
        except capture.CaptureError as exc:
            self._restore()
            messages.error(str(exc))
            self.cancelled.emit()
            return
        # The pixels are taken: Kefu comes back at once (under the overlay), so an
        # indicator that must stay visible, like the screen-sharing bar, is gone
        # only for the moment of the shot.
        self._restore()
        origin = virtual_desktop(monitors)
        overlays = make_overlays(to_qimage(image), monitors, window_boxes(image, origin))
        for overlay in overlays:
            overlay.selected.connect(
                lambda box, source: self._selected(image, origin, monitors, box, source)
            )
            overlay.cancelled.connect(self._cancelled)
            overlay.delay_requested.connect(self._delay)
            overlay.show()
        self.overlays = overlays
        self.overlay = overlays[0]
        if can_stack():
            for overlay in overlays:
                overlay.raise_()
            self.overlay.activateWindow()
        self.overlay.setFocus()
        self.overlay_shown.emit(self.overlay)

    def _drop_overlay(self) -> None:
        for overlay in self.overlays:
            overlay.finished = True  # the others close without a second answer
            overlay.close()
            overlay.deleteLater()
        self.overlays = []
        self.overlay = None

    def _selected(
        self,
        image: Image.Image,
        origin: Box,
        monitors: tuple[MonitorInfo, ...],
        box: Box,
        source: str,
    ) -> None:
        self._drop_overlay()
        crop = image.crop(
            (box.x - origin.x, box.y - origin.y, box.right - origin.x, box.bottom - origin.y)
        )
        self.taken.emit(Shot(crop, box, source, monitors))

    def _cancelled(self) -> None:
        self._drop_overlay()
        self.cancelled.emit()

    def _delay(self, seconds: int) -> None:
        # Kefu hides again; the person opens the menu they want in the picture.
        self._drop_overlay()
        self._hide()
        self._timer.start(seconds * 1000)
