"""A kefu:// link given to a second start reaches the running app, which checks it and
asks before using another hub. Real processes, offscreen."""

from __future__ import annotations

import signal
import subprocess
from pathlib import Path

import pytest

from tests.core.fault_hub import wait_until
from tests.ui.support import KEFU, app_env

pytestmark = pytest.mark.e2e


def test_a_second_start_forwards_its_link_and_the_hub_is_not_switched(tmp_path: Path) -> None:
    home = tmp_path / "profile"
    home.mkdir()  # no settings: the welcome page, no hub chosen yet
    first = subprocess.Popen(
        [KEFU], env=app_env(home), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    log = home / "logs" / "kefu.log"
    try:
        wait_until(lambda: (home / "kefu.sock").exists(), 60, "the first app to listen")
        link = "kefu://join?code=123%20456789&hub=https://kefu.example.com"
        second = subprocess.run(
            [KEFU, link], env=app_env(home), capture_output=True, text=True, timeout=60, check=False
        )
        assert second.returncode == 0, second.stderr
        wait_until(
            lambda: "asking before switching to the hub a link names" in log.read_text(),
            30,
            "the first app to ask about the link's hub",
        )
        text = log.read_text()
        assert "a second start passed a link" in text and "opening a join link" in text
        assert not (home / "settings.json").exists()  # nothing chosen for the user

        bad = subprocess.run(
            [KEFU, "kefu://join?code=1&hub=http://evil.example"],
            env=app_env(home),
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert bad.returncode == 0, bad.stderr  # handed over; the first app refuses it
        wait_until(lambda: "refused a link" in log.read_text(), 30, "the bad link refused")
        assert first.poll() is None
        first.send_signal(signal.SIGTERM)
        assert first.wait(60) == 0
    finally:
        if first.poll() is None:
            first.kill()
            first.wait(10)
    assert first.stderr is not None
    errors = first.stderr.read().decode()
    assert "Traceback" not in errors, errors


def test_a_link_with_a_command_is_a_usage_error(tmp_path: Path) -> None:
    run = subprocess.run(
        [KEFU, "ocr", "x.png", "kefu://open"],
        env=app_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert run.returncode == 2 and "link opens the app" in run.stderr
