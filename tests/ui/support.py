"""Helpers for the UI tests (fixtures live in conftest.py)."""

from __future__ import annotations

import itertools
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from keyring.backend import KeyringBackend
from PySide6.QtGui import QImage

from desktop.core.embedded import EmbeddedHub
from desktop.core.hubclient import HubClient
from desktop.core.profile import Profile
from desktop.ui.main_window import MainWindow
from desktop.ui.session import Session

PASSWORD = "correct horse battery"


class MemoryKeyring(KeyringBackend):
    """A keyring for widget tests whose subject is not the keyring (see
    tests/core/test_credentials.py for the real Secret Service)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@dataclass
class Hub:
    url: str
    data_dir: Path
    process: EmbeddedHub
    _ids = itertools.count(1)

    def email(self, who: str) -> str:
        return f"{who}-{next(self._ids)}@example.com"

    def agent(self, name: str = "Ada Agent") -> str:
        email = self.email("agent")
        self.process.create_user(role="agent", email=email, name=name, password=PASSWORD)
        return email

    def admin(self, name: str = "Ada Admin") -> str:
        email = self.email("admin")
        self.process.create_user(role="admin", email=email, name=name, password=PASSWORD)
        return email

    def customer(self, name: str = "Chen Customer", organization: str = "Acme") -> str:
        email = self.email("customer")
        HubClient(self.url).register(email, PASSWORD, name, organization)
        return email

    def client(self, email: str) -> HubClient:
        client = HubClient(self.url)
        client.login(email, PASSWORD)
        return client


@dataclass
class Client:
    session: Session
    window: MainWindow
    keyring: MemoryKeyring
    profile: Profile


MakeClient = Callable[..., Client]


def sign_in(qtbot: Any, client: Client, email: str) -> None:
    """Type the credentials into the sign-in page and wait for the signed-in screen."""
    window = client.window
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.sign_in, timeout=10000)
    window.sign_in.email.setText(email)
    window.sign_in.password.setText(PASSWORD)
    window.sign_in.sign_in_button.click()
    qtbot.waitUntil(lambda: window.mode_view is not None, timeout=10000)
    session = client.session
    qtbot.waitUntil(lambda: session.runner.idle and session.events_connected, timeout=10000)


def write_png(path: Path, width: int = 320, height: int = 200) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(0xFFDC2626)
    image.save(str(path), "PNG")
    return path


def assert_screens_rendered(out: Path, screens: dict[str, tuple[int, int]]) -> None:
    """Each PNG exists, is at least its minimum size, is no blank grab (a real
    screen has many colours), and has a committed copy in docs/screenshots."""
    for name, (min_w, min_h) in screens.items():
        image = QImage(str(out / f"{name}.png"))
        assert not image.isNull(), name
        assert image.width() >= min_w and image.height() >= min_h, name
        step_x, step_y = max(image.width() // 30, 1), max(image.height() // 20, 1)
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), step_x)
            for y in range(0, image.height(), step_y)
        }
        assert len(colours) > 5, name
    committed = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
    assert all((committed / f"{name}.png").exists() for name in screens)


KEFU = str(Path(sys.executable).with_name("kefu"))  # the installed command, run as a person would


def app_env(home: Path) -> dict[str, str]:
    """The environment for a `kefu` child process: its own profile, offscreen, no keyring."""
    env = dict(
        os.environ,
        KEFU_HOME=str(home),
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    env.pop("KEFU_TOKEN", None)
    return env
