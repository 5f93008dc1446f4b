"""scripts/screenshots_remote.py renders the remote-assistance screens."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.ui.support import assert_screens_rendered

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
    assert_screens_rendered(tmp_path, SCREENS)
