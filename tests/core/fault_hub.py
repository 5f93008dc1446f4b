"""A real hub process on a fixed port, to kill and restart for the outbox's fault tests.

The port is picked free once and kept, so a restarted hub comes back at the
same address and the clients' queued items reach it without being told.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import requests

from desktop.core.embedded import hub_command
from desktop.core.hubclient import HubClient

PASSWORD = "correct horse battery"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until(check: Callable[[], bool], timeout: float, what: str, step: float = 0.05) -> None:
    """Poll `check` until true; fail with `what` after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(step)


class FixedHub:
    """`kefu-hub serve` on 127.0.0.1:`port` with its data in `root`; start, kill, start."""

    __test__ = False

    def __init__(self, root: Path, port: int | None = None) -> None:
        self.root = root
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None
        self._users = 0

    def start(self, timeout: float = 60.0) -> None:
        port_file = self.root / "port"
        port_file.unlink(missing_ok=True)
        log = open(self.root / "hub.log", "ab")  # noqa: SIM115 (the child keeps it)
        self.proc = subprocess.Popen(
            [
                *hub_command(),
                "serve",
                "--data-dir",
                str(self.root / "data"),
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--port-file",
                str(port_file),
            ],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        log.close()
        proc = self.proc
        wait_until(
            lambda: port_file.exists() or proc.poll() is not None, timeout, "the hub to start"
        )
        assert proc.poll() is None, (self.root / "hub.log").read_text()[-2000:]
        wait_until(self.healthy, timeout, "the hub to answer")

    def healthy(self) -> bool:
        session = requests.Session()
        session.trust_env = False
        try:
            return session.get(self.url + "/api/v1/health", timeout=2).status_code == 200
        except requests.RequestException:
            return False
        finally:
            session.close()

    def kill(self) -> None:
        """SIGKILL: no clean shutdown, half-received uploads are cut off."""
        proc, self.proc = self.proc, None
        if proc is not None and proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(30)

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(10)

    def customer(self) -> HubClient:
        """A new customer account, signed in."""
        self._users += 1
        client = HubClient(self.url)
        client.register(f"field-{self._users}-{self.port}@example.com", PASSWORD, "Field Staff")
        return client
