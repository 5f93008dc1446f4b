"""On a real X server our own windows are really on the screen, and really masked.

The sharing bar, the coloured frame and the pointer ring are shown with the
xcb platform on a private Xvfb; the screen is grabbed as the sharer grabs it.
The raw grab must contain them (else the test proves nothing) and the masked
grab must not contain the bar or the frame.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.core.conftest import XClient
from tests.ui.remote_support import customer_screen

__all__ = ["customer_screen"]
ROOT = Path(__file__).resolve().parents[2]


def test_bar_and_frame_are_masked_out_of_a_real_x11_grab(customer_screen: XClient) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "ui" / "remote_x11_child.py")],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["boxes"] == 5  # the bar and four frame strips
    assert seen["raw_orange"] > 1000  # the frame really is on the screen...
    assert seen["masked_orange"] == 0  # ...and never in a frame the agent gets
    assert seen["bar_centre_raw"] != [96, 96, 96]
    assert seen["bar_centre_masked"] == [96, 96, 96]
    assert seen["ring_raw"] != [138, 58, 30]  # the pointer ring is drawn (and not masked)
