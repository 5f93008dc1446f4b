"""The capture overlay: pixel-exact drags, clicks on windows, whole monitors, Esc."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtWidgets import QApplication

from desktop.core.screenshot_geometry import MonitorInfo
from desktop.core.textboxes import Box
from desktop.ui.report.overlay import CaptureOverlay

TWO_MONITORS = [
    MonitorInfo(1, Box(0, 0, 1280, 800), 1.0, True),
    MonitorInfo(2, Box(1280, 100, 800, 600), 1.0),
]


def make(qtbot, monitors: Sequence[MonitorInfo], windows: Sequence[Box] = ()) -> CaptureOverlay:  # type: ignore[no-untyped-def]
    desktop = monitors[0].physical
    for m in monitors[1:]:
        desktop = desktop.union(m.physical)
    shot = QImage(desktop.w, desktop.h, QImage.Format.Format_RGB32)
    shot.fill(0xFF3050A0)
    overlay = CaptureOverlay(shot, monitors, windows)
    qtbot.addWidget(overlay)
    overlay.show()
    qtbot.waitExposed(overlay)
    return overlay


def hover(overlay: CaptureOverlay, pos: QPoint) -> None:
    """A mouse move with no button held (QTest only moves with a button on offscreen)."""
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(pos),
        QPointF(overlay.mapToGlobal(pos)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(overlay, event)


def drag(qtbot, overlay: CaptureOverlay, start: tuple[int, int], end: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    qtbot.mousePress(overlay, Qt.MouseButton.LeftButton, pos=QPoint(*start))
    qtbot.mouseMove(overlay, QPoint((start[0] + end[0]) // 2, (start[1] + end[1]) // 2))
    qtbot.mouseMove(overlay, QPoint(*end))
    qtbot.mouseRelease(overlay, Qt.MouseButton.LeftButton, pos=QPoint(*end))


def test_drag_selects_exactly_the_pixels_between_the_two_points(qtbot) -> None:  # type: ignore[no-untyped-def]
    overlay = make(qtbot, TWO_MONITORS)
    assert overlay.geometry().width() == 2080 and overlay.geometry().height() == 800
    with qtbot.waitSignal(overlay.selected) as got:
        drag(qtbot, overlay, (400, 300), (100, 120))  # any direction
    box, source = got.args
    assert source == "region"
    assert box == Box(100, 120, 301, 181)  # both end pixels included


def test_a_drag_across_monitors_and_the_size_label(qtbot) -> None:  # type: ignore[no-untyped-def]
    overlay = make(qtbot, TWO_MONITORS)
    qtbot.mousePress(overlay, Qt.MouseButton.LeftButton, pos=QPoint(1200, 200))
    qtbot.mouseMove(overlay, QPoint(1400, 300))
    assert overlay.selection() == Box(1200, 200, 201, 101)
    overlay.grab()  # paints the size label and magnifier without errors
    with qtbot.waitSignal(overlay.selected) as got:
        qtbot.mouseRelease(overlay, Qt.MouseButton.LeftButton, pos=QPoint(1400, 300))
    assert got.args[0] == Box(1200, 200, 201, 101)


def test_esc_cancels_and_nothing_is_selected(qtbot) -> None:  # type: ignore[no-untyped-def]
    overlay = make(qtbot, TWO_MONITORS)
    selected: list[object] = []
    overlay.selected.connect(lambda *a: selected.append(a))
    qtbot.mousePress(overlay, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    qtbot.mouseMove(overlay, QPoint(200, 200))
    with qtbot.waitSignal(overlay.cancelled):
        qtbot.keyClick(overlay, Qt.Key.Key_Escape)
    qtbot.mouseRelease(overlay, Qt.MouseButton.LeftButton, pos=QPoint(200, 200))
    assert selected == [] and not overlay.isVisible()


def test_right_click_drops_the_drag_then_leaves(qtbot) -> None:  # type: ignore[no-untyped-def]
    overlay = make(qtbot, TWO_MONITORS)
    qtbot.mousePress(overlay, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    qtbot.mouseMove(overlay, QPoint(200, 200))
    qtbot.mousePress(overlay, Qt.MouseButton.RightButton, pos=QPoint(200, 200))
    assert overlay.selection() is None and overlay.isVisible()
    with qtbot.waitSignal(overlay.cancelled):
        qtbot.mouseClick(overlay, Qt.MouseButton.RightButton, pos=QPoint(200, 200))


def test_click_takes_the_innermost_window_else_the_monitor(qtbot) -> None:  # type: ignore[no-untyped-def]
    windows = [Box(300, 250, 400, 200), Box(100, 100, 900, 600)]  # priority order
    overlay = make(qtbot, TWO_MONITORS, windows)
    with qtbot.waitSignal(overlay.selected) as got:
        qtbot.mouseClick(overlay, Qt.MouseButton.LeftButton, pos=QPoint(350, 300))
    assert got.args == [Box(300, 250, 400, 200), "window"]

    overlay = make(qtbot, TWO_MONITORS, windows)
    with qtbot.waitSignal(overlay.selected) as got:
        qtbot.mouseClick(overlay, Qt.MouseButton.LeftButton, pos=QPoint(1500, 400))
    assert got.args == [Box(1280, 100, 800, 600), "monitor"]


@pytest.mark.parametrize("key", [Qt.Key.Key_M, Qt.Key.Key_Return])
def test_keys_take_the_monitor_under_the_cursor(qtbot, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    overlay = make(qtbot, TWO_MONITORS)
    hover(overlay, QPoint(1300, 150))
    with qtbot.waitSignal(overlay.selected) as got:
        qtbot.keyClick(overlay, key)
    assert got.args == [Box(1280, 100, 800, 600), "monitor"]


def test_delay_buttons_ask_for_a_later_shot(qtbot) -> None:  # type: ignore[no-untyped-def]
    overlay = make(qtbot, TWO_MONITORS)
    with qtbot.waitSignal(overlay.delay_requested) as got:
        overlay.delay_buttons[5].click()
    assert got.args == [5]


def test_hidpi_monitors_map_window_points_to_physical_pixels(qtbot) -> None:  # type: ignore[no-untyped-def]
    monitors = [
        MonitorInfo(1, Box(0, 0, 2000, 1400), 2.0, True),
        MonitorInfo(2, Box(2000, 0, 1600, 1200), 2.0),
    ]
    overlay = make(qtbot, monitors)
    assert (overlay.geometry().width(), overlay.geometry().height()) == (1800, 700)
    with qtbot.waitSignal(overlay.selected) as got:
        drag(qtbot, overlay, (1100, 100), (1200, 150))
    # Inside one window Qt's points are linear: 1100 points at 200% is pixel 2200.
    assert got.args[0] == Box(2200, 200, 201, 101)


def test_a_monitor_left_of_the_primary_has_negative_coordinates(qtbot) -> None:  # type: ignore[no-untyped-def]
    monitors = [
        MonitorInfo(1, Box(0, 0, 1280, 800), 1.0, True),
        MonitorInfo(2, Box(-1024, 32, 1024, 768), 1.0),
    ]
    overlay = make(qtbot, monitors)
    assert overlay.geometry().x() == -1024 and overlay.geometry().width() == 2304
    with qtbot.waitSignal(overlay.selected) as got:
        qtbot.mouseClick(overlay, Qt.MouseButton.LeftButton, pos=QPoint(500, 400))
    assert got.args == [Box(-1024, 32, 1024, 768), "monitor"]


def test_monitors_with_different_scales_get_one_overlay_each(qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.report.grab import make_overlays

    monitors = [
        MonitorInfo(1, Box(0, 0, 1920, 1080), 1.5, True),
        MonitorInfo(2, Box(1920, 0, 1280, 1024), 1.0),
    ]
    shot = QImage(3200, 1080, QImage.Format.Format_RGB32)
    shot.fill(0xFF3050A0)
    first, second = make_overlays(shot, monitors, [Box(2000, 100, 300, 200)])
    for overlay in (first, second):
        qtbot.addWidget(overlay)
        overlay.show()
    assert (first.geometry().width(), first.geometry().height()) == (1280, 720)
    assert second.geometry().x() == 1920 and second.geometry().width() == 1280
    assert first.windows == [] and second.windows == [Box(2000, 100, 300, 200)]
    with qtbot.waitSignal(first.selected) as got:
        drag(qtbot, first, (100, 100), (200, 150))  # 150% here: points are 1.5 pixels
    assert got.args[0] == Box(150, 150, 151, 76)
    with qtbot.waitSignal(second.selected) as got:
        qtbot.mouseClick(second, Qt.MouseButton.LeftButton, pos=QPoint(100, 150))
    assert got.args == [Box(2000, 100, 300, 200), "window"]
