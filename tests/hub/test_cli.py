"""`kefu-hub` as a person runs it: a real process on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests
import websockets

HUB = [sys.executable, "-m", "hub.cli"]


def run_hub(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*HUB, *args], input=stdin, capture_output=True, text=True, timeout=60, check=False
    )


@dataclass
class LiveHub:
    url: str
    data_dir: Path
    process: subprocess.Popen[str]


@pytest.fixture
def live_hub(tmp_path: Path) -> Iterator[LiveHub]:
    data = tmp_path / "data"
    port_file = tmp_path / "port"
    proc = subprocess.Popen(
        [*HUB, "serve", "--data-dir", str(data), "--port", "0", "--port-file", str(port_file)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 30
    while not port_file.exists():
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        assert time.monotonic() < deadline, "hub did not start"
        time.sleep(0.05)
    yield LiveHub(f"http://127.0.0.1:{port_file.read_text()}", data, proc)
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=20)


def test_create_user_reads_the_password_from_stdin(tmp_path: Path) -> None:
    data = str(tmp_path / "d")
    r = run_hub(
        "create-user",
        "--data-dir",
        data,
        "--role",
        "agent",
        "--email",
        "li@example.com",
        "--name",
        "Li Wei",
        stdin="agent-pass-1\n",
    )
    assert r.returncode == 0, r.stderr
    assert "created agent li@example.com" in r.stdout
    r = run_hub(
        "create-user",
        "--data-dir",
        data,
        "--role",
        "agent",
        "--email",
        "LI@example.com",
        "--name",
        "Again",
        stdin="agent-pass-1\n",
    )
    assert r.returncode == 1
    assert "exists already" in r.stderr
    r = run_hub(
        "create-user",
        "--data-dir",
        data,
        "--email",
        "x@example.com",
        "--name",
        "X",
        stdin="short\n",
    )
    assert r.returncode == 1 and "at least 8" in r.stderr
    r = run_hub(
        "create-user", "--data-dir", data, "--role", "wizard", "--email", "e", "--name", "n"
    )
    assert r.returncode == 2 and "invalid choice" in r.stderr


def test_serve_end_to_end_with_live_events(live_hub: LiveHub) -> None:
    r = run_hub(
        "create-user",
        "--data-dir",
        str(live_hub.data_dir),
        "--role",
        "agent",
        "--email",
        "agent@example.com",
        "--name",
        "Agent",
        stdin="agent-pass-1\n",
    )
    assert r.returncode == 0, r.stderr
    api = live_hub.url + "/api/v1"
    assert requests.get(api + "/health", timeout=5).json()["status"] == "ok"
    agent = requests.post(
        api + "/auth/login",
        timeout=5,
        json={"email": "agent@example.com", "password": "agent-pass-1"},
    ).json()
    cust = requests.post(
        api + "/auth/register",
        timeout=5,
        json={"email": "c@example.com", "password": "cust-pass-1", "display_name": "张三"},
    ).json()

    async def scenario() -> dict[str, object]:
        ws_url = api.replace("http://", "ws://") + "/events"
        headers = {"Authorization": f"Bearer {agent['token']}"}
        async with websockets.connect(ws_url, additional_headers=headers) as ws:
            await asyncio.to_thread(
                requests.post,
                api + "/tickets",
                timeout=5,
                json={"title": "无法登录 ORA-12154"},
                headers={"Authorization": f"Bearer {cust['token']}"},
            )
            return json.loads(await asyncio.wait_for(ws.recv(), timeout=10))

    event = asyncio.run(scenario())
    assert event["type"] == "ticket_created"
    assert event["ticket"]["title"] == "无法登录 ORA-12154"  # type: ignore[index]


def test_events_refuse_a_handshake_without_a_token(live_hub: LiveHub) -> None:
    ws_url = live_hub.url.replace("http://", "ws://") + "/api/v1/events"

    async def attempt() -> None:
        async with websockets.connect(ws_url) as ws:
            await ws.recv()

    with pytest.raises(websockets.InvalidStatus) as info:
        asyncio.run(attempt())
    assert info.value.response.status_code == 403


def test_serve_stops_cleanly_on_sigterm(live_hub: LiveHub) -> None:
    live_hub.process.send_signal(signal.SIGTERM)
    # uvicorn shuts down gracefully, then re-raises the signal it caught.
    assert live_hub.process.wait(timeout=20) in (0, -signal.SIGTERM)
    _, stderr = live_hub.process.communicate(timeout=5)
    assert "Traceback" not in stderr
    with pytest.raises(requests.ConnectionError):
        requests.get(live_hub.url + "/api/v1/health", timeout=2)


def test_serve_says_when_the_port_is_taken(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        r = run_hub("serve", "--data-dir", str(tmp_path), "--port", str(port))
    assert r.returncode == 1
    assert f"cannot listen on 127.0.0.1:{port}" in r.stderr


def test_environment_configures_the_data_dir(tmp_path: Path) -> None:
    env = {**os.environ, "KEFU_HUB_DATA_DIR": str(tmp_path / "env-data")}
    r = subprocess.run(
        [*HUB, "create-user", "--email", "e@example.com", "--name", "E"],
        input="long-enough-pw\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "env-data" / "hub.db").exists()


def test_exit_with_parent_stops_an_orphaned_hub(tmp_path: Path) -> None:
    port_file = tmp_path / "port"
    cmd = [
        *HUB,
        "serve",
        "--data-dir",
        str(tmp_path / "d"),
        "--port",
        "0",
        "--port-file",
        str(port_file),
        "--exit-with-parent",
    ]
    # A parent starts the hub, waits until it answers, then dies without stopping it.
    launcher = "\n".join(
        [
            "import os, subprocess, time",
            f"p = subprocess.Popen({cmd!r}, start_new_session=True,",
            "                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)",
            f"while not os.path.exists({str(port_file)!r}): time.sleep(0.05)",
            "print(p.pid, flush=True)",
        ]
    )
    out = subprocess.run(
        [sys.executable, "-c", launcher], capture_output=True, text=True, timeout=60, check=True
    )
    pid = int(out.stdout.strip())
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.2)
    os.kill(pid, signal.SIGKILL)
    raise AssertionError("the orphaned hub kept running")
