"""The embedded hub: `kefu-hub serve` as a child process on 127.0.0.1.

The GUI and the hub never share an interpreter. The hub picks a free port and
writes it into the profile (`--port 0 --port-file F`); we wait for that file
and for `/health`, and stop the child when the app quits. The first agent is
made with `kefu-hub create-user` (password on stdin), never over HTTP.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import requests

log = logging.getLogger(__name__)


class EmbeddedHubError(Exception):
    """The embedded hub could not be started or could not do what was asked."""


def hub_command() -> list[str]:
    """How to run `kefu-hub`: the script next to our interpreter, else `-m hub.cli`."""
    script = Path(sys.executable).with_name("kefu-hub")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "hub.cli"]


class EmbeddedHub:
    """One child hub process with its data in `data_dir`.

    Use `start()` (returns the URL), `stop()`, or as a context manager.
    """

    def __init__(
        self,
        data_dir: Path,
        port_file: Path,
        log_file: Path | None = None,
        port: int = 0,
        *,
        reuse_running: bool = False,
    ) -> None:
        # reuse_running: a CLI command (`kefu login`) uses the app's hub when the
        # app is open, instead of starting a second one or stopping the app's.
        self.reuse_running = reuse_running
        self._adopted = False
        self.data_dir = data_dir
        self.port = port  # 0: any free port (the normal case)
        self.port_file = port_file
        self.log_file = log_file
        self.url: str | None = None
        self._proc: subprocess.Popen[bytes] | None = None

    @property
    def pid_file(self) -> Path:
        """The running hub's process id, so a crashed app's hub is stopped next time."""
        return self.port_file.with_suffix(".pid")

    def _stop_stale(self) -> None:
        """Stop a hub left behind by a Kefu that was killed (same data dir only)."""
        try:
            pid = int(self.pid_file.read_text().strip())
        except (OSError, ValueError):
            return
        self.pid_file.unlink(missing_ok=True)
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        except OSError:
            return  # gone already (or not Linux: nothing we can check safely)
        if str(self.data_dir).encode() not in cmdline or b"serve" not in cmdline:
            return  # the id was reused by something else
        log.warning("stopping a built-in hub left behind by an earlier run (pid %s)", pid)
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + 10
        while _alive(pid) and time.monotonic() < deadline:
            time.sleep(0.05)

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def start(self, timeout: float = 30.0) -> str:
        """Start the hub and wait until it answers /health; returns its base URL."""
        if self.running and self.url:
            return self.url
        if self.reuse_running:
            running = self._read_port_url()
            if running is not None and _healthy(running):
                self.url, self._adopted = running, True
                return running
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            self.port_file.unlink(missing_ok=True)
            self._stop_stale()
        except OSError as exc:
            raise EmbeddedHubError(f"Cannot use {self.data_dir} for the hub's data: {exc}") from exc
        cmd = [
            *hub_command(),
            "serve",
            "--data-dir",
            str(self.data_dir),
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--port-file",
            str(self.port_file),
            "--exit-with-parent",  # never outlive a crashed app
        ]
        out = open(self.log_file, "ab") if self.log_file else subprocess.DEVNULL  # noqa: SIM115
        try:
            self._proc = subprocess.Popen(
                cmd,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # Ctrl+C in a terminal reaches us, not the hub twice
            )
        finally:
            if out is not subprocess.DEVNULL:
                out.close()  # type: ignore[union-attr]
        self.pid_file.write_text(str(self._proc.pid))
        deadline = time.monotonic() + timeout
        url: str | None = None
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise EmbeddedHubError(
                    f"The built-in hub stopped while starting (exit code "
                    f"{self._proc.returncode}). See {self.log_file or 'its log'}."
                )
            if url is None:
                url = self._read_port_url()
            if url is not None and _healthy(url):
                self.url = url
                log.info("embedded hub listening at %s", url)
                return url
            time.sleep(0.05)
        self.stop()
        raise EmbeddedHubError(f"The built-in hub did not start within {timeout:.0f} s.")

    def _read_port_url(self) -> str | None:
        try:
            text = self.port_file.read_text().strip()
        except OSError:
            return None
        if not text.isdigit():
            return None  # written but not yet complete
        return f"http://127.0.0.1:{int(text)}"

    def stop(self, timeout: float = 10.0) -> None:
        """Ask the hub to stop (SIGTERM), then kill it if it does not."""
        if self._adopted:  # not ours to stop
            self._adopted, self.url = False, None
            return
        proc, self._proc = self._proc, None
        self.url = None
        if proc is None:
            return
        if proc.poll() is None:
            proc.terminate()  # SIGTERM: uvicorn shuts down cleanly
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                log.warning("embedded hub ignored SIGTERM; killing it")
                proc.kill()
                proc.wait(5)
        self.port_file.unlink(missing_ok=True)
        self.pid_file.unlink(missing_ok=True)

    def create_user(self, *, role: str, email: str, name: str, password: str) -> None:
        """Create a user with the hub's CLI (the only way to make the first agent)."""
        create_user(self.data_dir, role=role, email=email, name=name, password=password)

    def __enter__(self) -> EmbeddedHub:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def create_user(data_dir: Path, *, role: str, email: str, name: str, password: str) -> None:
    """`kefu-hub create-user` with the password on stdin (never an argument)."""
    cmd = [
        *hub_command(),
        "create-user",
        "--data-dir",
        str(data_dir),
        "--role",
        role,
        "--email",
        email,
        "--name",
        name,
    ]
    result = subprocess.run(
        cmd, input=password.encode(), capture_output=True, timeout=60, check=False
    )
    if result.returncode != 0:
        message = result.stderr.decode(errors="replace").strip().splitlines()
        raise EmbeddedHubError(message[-1] if message else "creating the account failed")


def _alive(pid: int) -> bool:
    """Running (not gone, not a zombie waiting for its parent)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _healthy(url: str) -> bool:
    session = requests.Session()
    session.trust_env = False
    try:
        response = session.get(url + "/api/v1/health", timeout=1.0)
    except requests.RequestException:
        return False
    finally:
        session.close()
    return response.status_code == 200
