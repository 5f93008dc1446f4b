"""scripts/screenshots_remote.py renders the remote-assistance screens."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
SCREENS = {
    "remote_consent": (480, 250),
    "remote_sharing_bar": (1280, 720),
    "remote_viewer": (1200, 760),
}


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_remote_screens_render(tmp_path: Path, lang: str) -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "screenshots_remote.py"),
            "--out",
            str(tmp_path),
            "--lang",
            lang,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    for name, (min_w, min_h) in SCREENS.items():
        image = QImage(str(tmp_path / f"{name}.png"))
        assert not image.isNull(), name
        assert image.width() >= min_w and image.height() >= min_h, name
        # Not a blank grab: a real screen has many colours.
        step_x, step_y = max(image.width() // 30, 1), max(image.height() // 20, 1)
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), step_x)
            for y in range(0, image.height(), step_y)
        }
        assert len(colours) > 5, name
    committed = ROOT / "docs" / "screenshots"
    assert all((committed / f"{name}.png").exists() for name in SCREENS)
