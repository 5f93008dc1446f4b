"""First start: the welcome, the embedded hub as a child process, an agent account
made through the hub's CLI, and signing in again after a restart from the keyring."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.core import settings as settings_mod
from desktop.core.hubclient import HubClient
from desktop.core.settings import EMBEDDED_TOKEN_KEY, HubMode
from desktop.ui.ticket_lists import QueuePage
from tests.ui.support import PASSWORD, Hub, MakeClient

pytestmark = pytest.mark.e2e


def test_embedded_hub_from_the_welcome(qtbot, make_client: MakeClient) -> None:  # type: ignore[no-untyped-def]
    client = make_client("newcomer", mode=HubMode.UNSET)
    window, session = client.window, client.session
    assert window.pages.currentWidget() is window.welcome

    qtbot.mouseClick(window.welcome.local_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.sign_in, timeout=20000)
    hub = session.embedded
    assert hub is not None and hub.running
    assert hub.data_dir == client.profile.path / "hub"
    assert hub.port_file.parent == client.profile.path
    assert not window.sign_in.reg_agent.isHidden()

    page = window.sign_in
    page.tabs.setCurrentIndex(1)
    qtbot.keyClicks(page.reg_name, "Solo Person")
    qtbot.keyClicks(page.reg_email, "solo@example.com")
    qtbot.keyClicks(page.reg_password, PASSWORD)
    page.reg_agent.setChecked(True)
    qtbot.mouseClick(page.register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.mode_view is not None, timeout=20000)
    assert isinstance(window.mode_view.list_page, QueuePage)  # type: ignore[union-attr]
    assert session.user is not None and session.user.is_agent
    token = client.keyring.get_password(session.tokens.service, EMBEDDED_TOKEN_KEY)
    assert token
    saved = settings_mod.load(client.profile.settings_path())
    assert saved.hub_mode is HubMode.EMBEDDED and saved.last_email == "solo@example.com"

    # Quitting stops the child hub...
    window.hide()
    session.shutdown()
    assert not hub.running and not hub.port_file.exists()

    # ...and the next start finds the token in the keyring: no sign-in page.
    again = make_client("newcomer", settings=saved, keyring=client.keyring)
    qtbot.waitUntil(lambda: again.window.mode_view is not None, timeout=20000)
    assert again.session.user is not None and again.session.user.email == "solo@example.com"


def test_connect_to_an_organizations_hub(qtbot, hub: Hub, make_client: MakeClient) -> None:  # type: ignore[no-untyped-def]
    client = make_client("org", mode=HubMode.UNSET)
    window = client.window
    welcome = window.welcome
    qtbot.keyClicks(welcome.url_edit, "ftp://nope")
    qtbot.mouseClick(welcome.connect_button, Qt.MouseButton.LeftButton)
    assert welcome.url_error.isVisible()

    welcome.url_edit.setText("http://127.0.0.1:9")  # nobody there
    qtbot.mouseClick(welcome.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: welcome.connect_button.isEnabled(), timeout=10000)
    assert "Cannot reach the hub" in welcome.url_error.text()

    welcome.url_edit.setText(hub.url)
    with qtbot.waitSignal(welcome.remote_chosen, timeout=10000) as chosen:
        qtbot.mouseClick(welcome.connect_button, Qt.MouseButton.LeftButton)
    assert chosen.args == [hub.url]
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.sign_in, timeout=10000)
    assert window.sign_in.reg_agent.isHidden()  # only on the built-in hub
    assert hub.url in window.sign_in.hub_label.text()

    # Wrong password: said on the form, nothing else changes.
    email = hub.customer("Org Customer")
    window.sign_in.email.setText(email)
    window.sign_in.password.setText("wrong password")
    qtbot.mouseClick(window.sign_in.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.sign_in.error.isVisible(), timeout=10000)
    assert window.sign_in.error.text() == "The e-mail address or the password is wrong."
    assert window.sign_in.sign_in_button.isEnabled()

    # Registering a customer account signs in.
    window.sign_in.tabs.setCurrentIndex(1)
    window.sign_in.reg_name.setText("New Customer")
    window.sign_in.reg_email.setText(hub.email("new"))
    window.sign_in.reg_password.setText("short")
    qtbot.mouseClick(window.sign_in.register_button, Qt.MouseButton.LeftButton)
    assert "8 characters" in window.sign_in.error.text()
    window.sign_in.reg_password.setText(PASSWORD)
    qtbot.mouseClick(window.sign_in.register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.mode_view is not None, timeout=10000)
    assert client.session.user is not None and not client.session.user.is_agent
    assert HubClient(hub.url, client.session.client.token).me().display_name == "New Customer"  # type: ignore[union-attr]
