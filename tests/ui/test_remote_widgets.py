"""The remote-assistance widgets on their own: consent, the picture canvas, the bar."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import numpy as np
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog

from desktop.core.remote.api import RemoteSession
from desktop.core.screenshot_geometry import MonitorInfo
from desktop.core.textboxes import Box
from desktop.ui.remote.canvas import FrameCanvas
from desktop.ui.remote.consent import ConsentDialog
from desktop.ui.remote.overlay import SharingBar, mask_box

MONITORS = [
    MonitorInfo(1, Box(0, 0, 1280, 1024), 1.0, False, "left"),
    MonitorInfo(2, Box(1280, 0, 1920, 1080), 1.0, True, "main"),
]


def _request(**changes: Any) -> RemoteSession:
    data: dict[str, Any] = {
        "id": 1,
        "ticket_id": 1,
        "ticket_number": "KF-1001",
        "ticket_title": "Prints <nothing>",
        "agent": {"id": 2, "display_name": "Ada <b>Agent</b>", "organization": "Kefu & Co"},
        "customer_id": 3,
        "status": "requested",
        "requested_at": datetime.now(UTC),
    }
    return RemoteSession.model_validate({**data, **changes})


def test_consent_declines_by_default_and_by_itself(qtbot: Any) -> None:
    dialog = ConsentDialog(_request(), MONITORS, timeout=60)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.monitor_combo.currentData() == 2  # the main screen is offered first
    assert "Ada &lt;b&gt;Agent&lt;/b&gt;" in dialog.findChildren(type(dialog.countdown))[0].text()
    with qtbot.waitSignal(dialog.finished) as done:
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert done.args == [QDialog.DialogCode.Rejected] and dialog.monitor is None

    quick = ConsentDialog(_request(), MONITORS, timeout=1)
    qtbot.addWidget(quick)
    quick.show()
    with qtbot.waitSignal(quick.finished, timeout=3000) as done:
        pass
    assert done.args == [QDialog.DialogCode.Rejected] and quick.timed_out


def test_consent_accepts_only_the_button_with_the_chosen_screen(qtbot: Any) -> None:
    dialog = ConsentDialog(_request(reason="See the error"), MONITORS, timeout=60)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.monitor_combo.setCurrentIndex(0)
    with qtbot.waitSignal(dialog.finished) as done:
        qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert done.args == [QDialog.DialogCode.Accepted] and dialog.monitor == 1
    nothing = ConsentDialog(_request(), [], timeout=60)  # cannot capture: cannot accept
    qtbot.addWidget(nothing)
    assert not nothing.accept_button.isEnabled()


def _checkerboard(width: int, height: int) -> QImage:
    """One-pixel checks: any resampling at all turns them grey."""
    cells = (np.indices((height, width)).sum(axis=0) % 2 * 255).astype(np.uint8)
    rgb = np.ascontiguousarray(np.repeat(cells[:, :, None], 3, axis=2))
    return QImage(rgb.data, width, height, width * 3, QImage.Format.Format_RGB888).copy()


def test_canvas_one_to_one_is_pixel_exact_and_fit_maps_clicks(qtbot: Any) -> None:
    canvas = FrameCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(640, 400)
    canvas.show()
    canvas.set_image(_checkerboard(1280, 800))
    canvas.set_fit(False)
    assert (canvas.width(), canvas.height()) == (1280, 800)
    shown = canvas.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
    for x, y in ((0, 0), (1, 0), (517, 300), (1279, 799), (640, 401)):
        expected = 255 if (x + y) % 2 else 0
        assert shown.pixelColor(x, y).red() == expected, (x, y)

    canvas.set_fit(True)
    canvas.setFixedSize(640, 400)
    with qtbot.waitSignal(canvas.pointed) as pointed:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(320, 200))
    assert pointed.args == [640, 400]
    assert canvas.to_image(QPoint(639, 399)) == (1278, 798)


def test_sharing_bar_pause_and_mask(qtbot: Any) -> None:
    bar = SharingBar("Ada Agent")
    qtbot.addWidget(bar)
    bar.place_on(MONITORS[1])
    bar.show()
    assert bar.label.text().startswith("Sharing with Ada Agent · 00:0")
    with qtbot.waitSignal(bar.pause_toggled) as paused:
        qtbot.mouseClick(bar.pause_button, Qt.MouseButton.LeftButton)
    assert paused.args == [True] and bar.pause_button.text() == "Resume"
    assert "Paused" in bar.label.text()
    box = mask_box(MONITORS[1], bar.frameGeometry())
    # On the second monitor, in its own pixels, at the top centre, padded a little.
    assert box.y <= 10 and abs(box.x + box.w / 2 - 960) <= 3
