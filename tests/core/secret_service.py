"""A private Secret Service (gnome-keyring on its own D-Bus session) for tests.

Nothing touches the developer's real keyring: the bus, the keyring daemon and
the keyring files all live in a temporary directory and end with the fixture.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def secret_service(root: Path) -> Iterator[dict[str, str]]:
    """Start dbus-daemon + gnome-keyring-daemon (unlocked); yield the env to use."""
    runtime = root / "run"
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    env = dict(os.environ)
    env.update(
        HOME=str(root),
        XDG_DATA_HOME=str(root / "data"),
        XDG_CONFIG_HOME=str(root / "config"),
        XDG_RUNTIME_DIR=str(runtime),
        PYTHON_KEYRING_BACKEND="keyring.backends.SecretService.Keyring",
    )
    env.pop("DISPLAY", None)
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    keyring_daemon: subprocess.Popen[bytes] | None = None
    try:
        assert bus.stdout is not None
        address = bus.stdout.readline().decode().strip()
        if not address:
            raise RuntimeError("dbus-daemon did not start")
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        # --unlock reads the login keyring's password from stdin and creates it unlocked.
        keyring_daemon = subprocess.Popen(
            ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        assert keyring_daemon.stdin is not None
        keyring_daemon.stdin.write(b"test-keyring-password")
        keyring_daemon.stdin.close()
        _wait_for_service(env)
        yield env
    finally:
        for process in (keyring_daemon, bus):
            if process is not None and process.poll() is None:
                process.terminate()
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(5)


def _wait_for_service(env: dict[str, str]) -> None:
    """Block until org.freedesktop.secrets answers on the bus (D-Bus activation aside)."""
    probe = (
        "import keyring; keyring.set_password('kefu-probe', 'probe', 'x');"
        "keyring.delete_password('kefu-probe', 'probe')"
    )
    import sys

    for _ in range(50):
        result = subprocess.run(
            [sys.executable, "-c", probe], env=env, capture_output=True, timeout=30, check=False
        )
        if result.returncode == 0:
            return
    raise RuntimeError(f"Secret Service did not come up: {result.stderr.decode()[-500:]}")
