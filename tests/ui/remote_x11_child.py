"""Run by test_remote_x11_masks.py in its own process on a real X server (xcb).

Shows the sharing bar, frame and pointer on monitor 1, grabs the screen the
way the sharer does, and prints JSON: what the raw grab and the masked grab
contain where our windows are.
"""

from __future__ import annotations

import json
import sys
import time

import numpy as np
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from desktop.core import capture
from desktop.core.remote.source import ScreenSource, apply_masks
from desktop.ui.remote.overlay import FRAME_COLOUR
from desktop.ui.remote.sharing import SharingView


def main() -> int:
    app = QApplication(sys.argv[:1])
    monitor = capture.list_monitors()[0]
    view = SharingView("Ada Agent", monitor)
    boxes: list[object] = []
    view.masks_changed.connect(lambda b: boxes.__setitem__(slice(None), b))
    view.show()
    view.point_at(400, 300, True)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:  # let the X server map and paint the windows
        app.processEvents()
        time.sleep(0.02)
    view.update_masks()
    source = ScreenSource(1)
    raw = source.grab()
    masked = raw.copy()
    apply_masks(masked, boxes)  # type: ignore[arg-type]
    source.close()
    orange = QColor(FRAME_COLOUR)
    bgra = np.array([orange.blue(), orange.green(), orange.red()], dtype=np.uint8)

    def orange_pixels(frame: np.ndarray) -> int:
        return int((frame[:, :, :3] == bgra).all(axis=2).sum())

    bar = view.bar.frameGeometry()
    centre = masked[bar.center().y(), bar.center().x(), :3].tolist()
    print(
        json.dumps(
            {
                "raw_orange": orange_pixels(raw),
                "masked_orange": orange_pixels(masked),
                "bar_centre_raw": raw[bar.center().y(), bar.center().x(), :3].tolist(),
                "bar_centre_masked": centre,
                "ring_raw": raw[300, 400 - 27, :3].tolist(),
                "boxes": len(boxes),
            }
        )
    )
    view.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
