"""scripts/screenshots_report.py renders the overlay, the editor and the review form."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.ui.support import assert_screens_rendered

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
    assert_screens_rendered(tmp_path, SCREENS)
