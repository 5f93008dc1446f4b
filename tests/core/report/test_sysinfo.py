"""System details: readable, with every monitor's size, position and scale."""

from __future__ import annotations

from desktop.core.report import sysinfo
from desktop.core.screenshot_geometry import MonitorInfo
from desktop.core.textboxes import Box


def test_screens_and_text() -> None:
    monitors = [
        MonitorInfo(1, Box(0, 0, 1920, 1080), 1.25, True),
        MonitorInfo(2, Box(1920, -200, 2560, 1440), 2.0),
    ]
    details = sysinfo.collect(monitors)
    assert details.screens == (
        "1: 1920x1080 at (0, 0), 125%, primary",
        "2: 2560x1440 at (1920, -200), 200%",
    )
    text = details.as_text()
    assert text.splitlines()[0].startswith("Operating system: ")
    assert "Kefu version: " in text and details.kefu_version
