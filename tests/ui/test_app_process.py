"""`kefu` as a real process: the built-in hub starts with it and stops with it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.core import settings as settings_mod
from desktop.core.settings import HubMode, Settings

pytestmark = pytest.mark.e2e


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _wait_for(condition, what: str, timeout: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)  # polling a condition, not standing in for one


def test_app_starts_and_stops_its_hub(tmp_path: Path) -> None:
    home = tmp_path / "profile"
    home.mkdir()
    settings_mod.save(Settings(hub_mode=HubMode.EMBEDDED), home / "settings.json")
    env = dict(
        os.environ,
        KEFU_HOME=str(home),
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    env.pop("KEFU_TOKEN", None)
    app = subprocess.Popen(
        [str(Path(sys.executable).with_name("kefu"))],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        pid_file = home / "hub.pid"
        _wait_for(lambda: (home / "hub.port").exists() and pid_file.exists(), "the built-in hub")
        hub_pid = int(pid_file.read_text())
        assert _alive(hub_pid)
        assert (home / "kefu.lock").exists()
        app.send_signal(signal.SIGTERM)
        assert app.wait(60) == 0
    finally:
        if app.poll() is None:
            app.kill()
            app.wait(10)
    assert app.stderr is not None
    errors = app.stderr.read().decode()
    assert "Traceback" not in errors, errors
    _wait_for(lambda: not _alive(hub_pid), "the hub to stop", timeout=20)
    assert not (home / "hub.port").exists() and not (home / "hub.pid").exists()
    assert (home / "logs" / "kefu.log").exists()
