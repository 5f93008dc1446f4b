"""One app per profile: a second `kefu` in the same profile brings the first to the
front and exits (CLI subcommands never take part). Real processes, offscreen."""

from __future__ import annotations

import signal
import subprocess
from pathlib import Path

import pytest

from tests.core.fault_hub import wait_until
from tests.ui.support import KEFU, app_env

pytestmark = pytest.mark.e2e


def test_second_start_brings_the_first_to_the_front(tmp_path: Path) -> None:
    home = tmp_path / "profile"
    home.mkdir()  # no settings: the first start shows the welcome page
    first = subprocess.Popen(
        [KEFU], env=app_env(home), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        wait_until(lambda: (home / "kefu.sock").exists(), 60, "the first app to listen")
        second = subprocess.run(
            [KEFU], env=app_env(home), capture_output=True, text=True, timeout=60, check=False
        )
        assert second.returncode == 0, second.stderr
        log = home / "logs" / "kefu.log"
        wait_until(
            lambda: "brought to the front by a second start" in log.read_text(),
            30,
            "the first app to be asked",
        )
        assert first.poll() is None  # still the one app of this profile
        first.send_signal(signal.SIGTERM)
        assert first.wait(60) == 0
    finally:
        if first.poll() is None:
            first.kill()
            first.wait(10)
    assert first.stderr is not None
    errors = first.stderr.read().decode()
    assert "Traceback" not in errors, errors
