"""Helpers for the remote-session UI tests: the customer's own X screen.

The customer's capture reads a private Xvfb display (DISPLAY points at it;
Qt itself runs offscreen), so the agent's viewer is never in the picture.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop.core.remote.source import ScreenSource
from tests.core.conftest import XClient


def _free_display() -> int:
    for number in range(420, 700):
        if (
            not Path(f"/tmp/.X{number}-lock").exists()
            and not Path(f"/tmp/.X11-unix/X{number}").exists()
        ):
            return number
    raise RuntimeError("no free X display number")


@pytest.fixture
def customer_screen(monkeypatch: pytest.MonkeyPatch) -> Iterator[XClient]:
    """A 1280x800 Xvfb for the customer's capture, painted dark blue."""
    assert shutil.which("Xvfb"), "Xvfb is needed (Debian: apt install xvfb)"
    number = _free_display()
    proc = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp", "-noreset"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    socket = Path(f"/tmp/.X11-unix/X{number}")
    deadline = time.monotonic() + 20
    while not socket.exists():
        assert proc.poll() is None, "Xvfb exited at start"
        assert time.monotonic() < deadline, "Xvfb did not start in 20 s"
        time.sleep(0.05)
    monkeypatch.setenv("DISPLAY", f":{number}")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("XDG_SESSION_TYPE", "x11")
    x = XClient()
    x.fill(0, 0, 1280, 800, (30, 58, 138))
    try:
        yield x
    finally:
        x.close()
        proc.terminate()
        proc.wait(timeout=10)


class CountingSources:
    """A source factory that remembers every screen source it made (to count grabs)."""

    def __init__(self) -> None:
        self.made: list[ScreenSource] = []

    def __call__(self, monitor: int) -> ScreenSource:
        source = ScreenSource(monitor)
        self.made.append(source)
        return source

    @property
    def grabs(self) -> int:
        return sum(source.grabs for source in self.made)


SourceFactory = Callable[[int], ScreenSource]
