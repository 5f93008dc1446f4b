"""desktop.core.embedded: the hub as a child process, and its CLI for users."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.embedded import EmbeddedHub, EmbeddedHubError, create_user
from desktop.core.hubclient import HubClient, HubError
from desktop.core.models import Role


def test_start_create_agent_sign_in_stop(tmp_path: Path) -> None:
    hub = EmbeddedHub(tmp_path / "data", tmp_path / "hub.port", tmp_path / "hub.log")
    with hub:
        assert hub.running and hub.url is not None
        assert hub.url.startswith("http://127.0.0.1:")
        assert hub.port_file.read_text().strip() == hub.url.rsplit(":", 1)[1]
        assert hub.start() == hub.url  # already running: same hub
        hub.create_user(
            role="agent", email="first@example.com", name="First", password="pw-12345678"
        )
        signin = HubClient(hub.url).login("first@example.com", "pw-12345678")
        assert signin.user.role is Role.AGENT
        assert (tmp_path / "data").is_dir()
        url = hub.url
    assert not hub.running
    assert not hub.port_file.exists()
    with pytest.raises(HubError) as caught:  # nothing listens there any more
        HubClient(url).health()
    assert caught.value.unreachable


def test_create_user_reports_the_hubs_reason(tmp_path: Path) -> None:
    data = tmp_path / "data"
    create_user(data, role="agent", email="dup@example.com", name="Dup", password="pw-12345678")
    with pytest.raises(EmbeddedHubError) as caught:
        create_user(data, role="agent", email="dup@example.com", name="Dup", password="pw-12345678")
    assert str(caught.value)  # the CLI's last stderr line, for the welcome page


def test_a_hub_that_cannot_start_says_so(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data directory should be")
    hub = EmbeddedHub(blocker, tmp_path / "hub.port", tmp_path / "hub.log")
    with pytest.raises(EmbeddedHubError):
        hub.start(timeout=30)
    assert not hub.running


def test_a_hub_left_behind_by_a_killed_app_is_stopped(tmp_path: Path) -> None:
    crashed = EmbeddedHub(tmp_path / "data", tmp_path / "hub.port")
    crashed.start()
    assert crashed._proc is not None
    old_pid = crashed._proc.pid
    assert crashed.pid_file.read_text() == str(old_pid)
    # The app died without stopping it; the next start finds and stops it first.
    fresh = EmbeddedHub(tmp_path / "data", tmp_path / "hub.port")
    try:
        fresh.start()
        assert crashed._proc.wait(10) is not None  # it got SIGTERM and exited
        assert fresh._proc is not None and fresh.pid_file.read_text() == str(fresh._proc.pid)
    finally:
        fresh.stop()
        crashed.stop()
    assert not fresh.pid_file.exists()


def test_a_cli_command_reuses_the_running_apps_hub(tmp_path: Path) -> None:
    app_hub = EmbeddedHub(tmp_path / "data", tmp_path / "hub.port")
    url = app_hub.start()
    try:
        cli_hub = EmbeddedHub(tmp_path / "data", tmp_path / "hub.port", reuse_running=True)
        assert cli_hub.start() == url and not cli_hub.running  # no second process
        cli_hub.stop()
        assert app_hub.running and HubClient(url).health()["status"] == "ok"
    finally:
        app_hub.stop()
    alone = EmbeddedHub(tmp_path / "data", tmp_path / "hub.port", reuse_running=True)
    try:
        assert alone.start() and alone.running  # nothing to reuse: starts its own
    finally:
        alone.stop()
