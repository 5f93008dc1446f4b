"""scripts/screenshots_report.py renders the overlay, the editor and the review form."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
SCREENS = {
    "report_overlay": (1280, 800),
    "report_editor": (1100, 700),
    "report_review": (1100, 700),
}


def test_report_screens_render(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "screenshots_report.py"), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    for name, (min_w, min_h) in SCREENS.items():
        image = QImage(str(tmp_path / f"{name}.png"))
        assert not image.isNull(), name
        assert image.width() >= min_w and image.height() >= min_h, name
        step_x, step_y = max(image.width() // 30, 1), max(image.height() // 20, 1)
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), step_x)
            for y in range(0, image.height(), step_y)
        }
        assert len(colours) > 5, name  # not a blank grab
    committed = ROOT / "docs" / "screenshots"
    assert all((committed / f"{name}.png").exists() for name in SCREENS)
