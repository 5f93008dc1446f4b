"""Widget and end-to-end tests: a real hub process, each client its own profile.

Qt runs on the offscreen platform (set here, before any QApplication exists).
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_SCALE_FACTOR", "1")

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop.core.credentials import TokenStore
from desktop.core.embedded import EmbeddedHub
from desktop.core.profile import Profile
from desktop.core.settings import HubMode, Settings
from desktop.ui import i18n, messages
from desktop.ui.main_window import MainWindow
from desktop.ui.messages import Message
from desktop.ui.session import Session
from desktop.ui.tasks import TaskRunner
from tests.ui.support import Client, Hub, MakeClient, MemoryKeyring

# The offscreen platform warns whenever a top-level window's size hints change;
# it cannot do anything with them, and nothing is wrong.
_OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(_OFFSCREEN_NOISE))


@pytest.fixture(scope="session")
def hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Hub]:
    """One real hub process for the UI tests (users are unique per test)."""
    data = tmp_path_factory.mktemp("hub")
    process = EmbeddedHub(data / "data", data / "port", data / "hub.log")
    url = process.start()
    try:
        yield Hub(url, data / "data", process)
    finally:
        process.stop()


@pytest.fixture(autouse=True)
def _fresh_message_bus() -> Iterator[None]:
    messages.reset()
    yield
    messages.reset()


@pytest.fixture
def messages_seen(qapp: QApplication) -> list[Message]:
    """Every user-visible message posted during the test."""
    seen: list[Message] = []
    messages.bus().posted.connect(seen.append)
    return seen


@pytest.fixture
def look(qapp: QApplication) -> None:
    """The real style sheet, in English."""
    i18n.install_translators("en")
    qapp.setStyleSheet(i18n.stylesheet())


@pytest.fixture
def make_client(qtbot, tmp_path: Path, hub: Hub, look: None) -> Iterator[MakeClient]:  # type: ignore[no-untyped-def]
    """Build a client window in its own profile, pointed at the test hub."""
    made: list[Client] = []

    def make(
        name: str,
        *,
        mode: HubMode = HubMode.REMOTE,
        start: bool = True,
        settings: Settings | None = None,
        keyring: MemoryKeyring | None = None,
    ) -> Client:
        prof = Profile(tmp_path / name, name)
        if settings is None:
            settings = Settings(hub_mode=mode, hub_url=hub.url if mode is HubMode.REMOTE else None)
        keyring = keyring or MemoryKeyring()
        session = Session(settings, TaskRunner(), prof, TokenStore(prof, keyring))
        window = MainWindow(session)
        window.ask_before_quit = False  # a modal question would block the teardown
        qtbot.addWidget(window)
        window.show()
        client = Client(session, window, keyring, prof)
        made.append(client)
        if start:
            window.start()
        return client

    yield make
    for client in made:
        client.window.hide()
        client.session.shutdown()


@pytest.fixture
def own_hub(tmp_path: Path) -> Iterator[list[EmbeddedHub]]:
    """A hub of the test's own (in a list, so a test can restart it), for
    tests that stop the hub to be offline; stopped at the end."""
    hubs = [EmbeddedHub(tmp_path / "hub-data", tmp_path / "hub.port")]
    hubs[0].start()
    yield hubs
    for hub in hubs:
        hub.stop()
