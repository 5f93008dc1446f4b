"""scripts/screenshots.py renders every main screen (run by the test command)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
SCREENS = (
    "welcome",
    "sign_in",
    "my_tickets",
    "new_ticket",
    "ticket",
    "help",
    "resolved_ticket",
    "queue",
    "board",
    "agent_ticket",
    "answers",
    "replies",
    "knowledge_base",
    "metrics",
    "administration",
)

pytestmark = pytest.mark.e2e


def test_every_main_screen_renders(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "screenshots.py"), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    for name in SCREENS:
        image = QImage(str(tmp_path / f"{name}.png"))
        assert not image.isNull(), name
        assert (image.width(), image.height()) == (1120, 720), name
        # Not a blank grab: a real screen has many colours.
        colours = {image.pixel(x, y) for x in range(0, 1120, 37) for y in range(0, 720, 29)}
        assert len(colours) > 5, name
    # Both languages are committed: English beside the README, Chinese in zh_CN/.
    for committed in (ROOT / "docs" / "screenshots", ROOT / "docs" / "screenshots" / "zh_CN"):
        missing = [name for name in SCREENS if not (committed / f"{name}.png").exists()]
        assert not missing, (committed, missing)
