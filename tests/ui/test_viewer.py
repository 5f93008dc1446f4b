"""The attachment viewer zooms (buttons, shortcuts) and shows the OCR text."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor, QPixmap

from desktop.ui.viewer import MAX_ZOOM, ImageViewer


def test_zoom_fit_and_actual_size(qtbot: Any) -> None:
    pixmap = QPixmap(2400, 1600)
    pixmap.fill(QColor("steelblue"))
    viewer = ImageViewer(pixmap, "big.png", "ORA-12154: TNS")
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitExposed(viewer)
    fitted = viewer.view.zoom
    assert fitted < 1.0  # a large image starts fitted to the window
    viewer.zoom_in()
    assert viewer.view.zoom > fitted
    viewer.actual_size()
    assert viewer.view.zoom == 1.0 and viewer.zoom_label.text().strip() == "100%"
    viewer.zoom_out()
    assert viewer.view.zoom < 1.0
    for _ in range(40):
        viewer.zoom_in()
    assert viewer.view.zoom == MAX_ZOOM
    assert viewer.ocr_view.toPlainText() == "ORA-12154: TNS"
    assert viewer.windowTitle() == "big.png"
