"""kefu:// links in the app: a join link ends in the consent dialog, a link for another hub
only ever asks, a bad link is refused with a message. Real hubs, real widgets."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from desktop.core.hubclient import HubClient
from desktop.core.remote import api
from desktop.core.submission import TicketDraft, send_ticket
from desktop.ui.links import LinkHandler
from desktop.ui.messages import Level, Message
from tests.core.conftest import XClient
from tests.ui.remote_support import CountingSources, customer_screen
from tests.ui.support import PASSWORD, Client, Hub, MakeClient, sign_in

__all__ = ["customer_screen"]  # the fixture, imported so pytest finds it here

# A link brings the window to the front; the offscreen platform cannot raise
# windows and says so (and, like conftest, nothing is wrong with size hints).
offscreen_noise = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)


def _button(box: QMessageBox, text: str) -> QPushButton:
    found = [b for b in box.findChildren(QPushButton) if b.text() == text]
    assert len(found) == 1, [b.text() for b in box.findChildren(QPushButton)]
    return found[0]


def _signed_in_customer(qtbot: Any, hub: Hub, make_client: MakeClient) -> tuple[Client, str]:
    email = hub.customer("Chen Customer")
    client = make_client("customer")
    sign_in(qtbot, client, email)
    return client, email


@offscreen_noise
def test_a_join_link_waits_for_the_sign_in_then_asks_for_consent(
    qtbot: Any,
    hub: Hub,
    make_client: MakeClient,
    customer_screen: XClient,
    messages_seen: list[Message],
) -> None:
    agent = hub.client(hub.agent("Ada Agent"))
    customer_email = hub.customer("Chen Customer")
    ticket = send_ticket(hub.client(customer_email), TicketDraft("Cannot print", "Help"))
    requested = api.request_session(agent, ticket.id, "to see the printer dialog")
    code = requested.code
    assert code is not None

    customer = make_client("customer")
    remote = customer.window.remote
    sources = CountingSources()
    remote.source_factory = sources
    opener = LinkHandler(customer.window)
    opener.open(f"kefu://join?hub={hub.url}/&code={code.replace(' ', '%20')}")
    assert opener.question is None  # the hub in use: nothing to ask
    assert any("Sign in to continue" in m.text for m in messages_seen)

    sign_in(qtbot, customer, customer_email)
    qtbot.waitUntil(lambda: remote.dialog is not None and remote.dialog.isVisible(), timeout=15000)
    dialog = remote.dialog
    assert dialog is not None
    text = " ".join(label.text() for label in dialog.findChildren(type(dialog.countdown)))
    assert "Ada Agent" in text and "to see the printer dialog" in text
    assert sources.made == []  # a link is never consent: nothing captured yet
    qtbot.mouseClick(dialog.decline_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: remote.dialog is None and customer.session.runner.idle, timeout=15000)
    assert sources.made == [] and remote.share is None
    assert api.get(agent, requested.id).status == "declined"

    # The link itself goes to the hub (a request is also shown on sign-in by itself):
    # a wrong code comes back as the hub's refusal, and nothing is asked or shared.
    opener.open(f"kefu://join?hub={hub.url}&code=000000000")
    qtbot.waitUntil(
        lambda: any(m.level is Level.ERROR and "code" in m.text for m in messages_seen),
        timeout=15000,
    )
    assert remote.dialog is None and sources.made == []


@offscreen_noise
def test_a_link_for_another_hub_asks_and_staying_changes_nothing(
    qtbot: Any, hub: Hub, make_client: MakeClient
) -> None:
    customer, _email = _signed_in_customer(qtbot, hub, make_client)
    session = customer.session
    before = session.settings.model_copy()
    opener = LinkHandler(customer.window)
    opener.open("kefu://ticket/KF-1001?hub=https://kefu.example.com")
    box = opener.question
    assert box is not None and box.isVisible()
    details = box.informativeText()
    assert "<b>https://kefu.example.com</b>" in details and hub.url.rstrip("/") in details
    assert box.defaultButton() is _button(box, "Stay")  # Enter never switches
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: opener.question is None, timeout=10000)
    assert session.settings == before and session.user is not None
    assert session.hub_url is not None and session.hub_url.rstrip("/") == hub.url.rstrip("/")
    assert customer.window.mode_view is not None


@offscreen_noise
def test_switching_hubs_after_asking_opens_the_linked_ticket_there(
    qtbot: Any, hub: Hub, make_client: MakeClient, own_hub: list[Any]
) -> None:
    other = own_hub[0]
    other_url = other.start()  # already running: gives its address
    email = "li@example.com"
    HubClient(other_url).register(email, PASSWORD, "Li Lei", "Beta")
    elsewhere = HubClient(other_url)
    elsewhere.login(email, PASSWORD)
    ticket = send_ticket(elsewhere, TicketDraft("Export fails", "E1043 when exporting"))

    customer, _ = _signed_in_customer(qtbot, hub, make_client)
    opener = LinkHandler(customer.window)
    opener.open(f"kefu://ticket/{ticket.number}?hub={other_url}")
    box = opener.question
    assert box is not None and other_url.rstrip("/") in box.informativeText()
    _button(box, "Switch hub").click()

    window = customer.window
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.sign_in, timeout=15000)
    assert customer.session.settings.hub_url == other_url.rstrip("/")
    assert customer.session.user is None  # signed out of the first hub
    sign_in(qtbot, customer, email)
    qtbot.waitUntil(
        lambda: (
            window.mode_view is not None
            and window.mode_view.ticket_page.ticket is not None
            and window.mode_view.ticket_page.ticket.number == ticket.number
        ),
        timeout=15000,
    )


@offscreen_noise
def test_a_bad_link_is_refused_with_a_message(
    qtbot: Any, hub: Hub, make_client: MakeClient, messages_seen: list[Message]
) -> None:
    customer, _ = _signed_in_customer(qtbot, hub, make_client)
    opener = LinkHandler(customer.window)
    opener.open("kefu://join?code=123456789&hub=http://evil.example")
    assert opener.question is None and opener.pending is None
    errors = [m.text for m in messages_seen if m.level is Level.ERROR]
    assert errors and "cannot open this link" in errors[-1] and "https" in errors[-1]
    assert customer.window.message_banner.isVisible()


@offscreen_noise
def test_an_agent_is_told_a_join_link_is_for_customers(
    qtbot: Any, hub: Hub, make_client: MakeClient, messages_seen: list[Message]
) -> None:
    agent = make_client("agent")
    sign_in(qtbot, agent, hub.agent())
    opener = LinkHandler(agent.window)
    opener.open(f"kefu://join?code=123456789&hub={hub.url}")
    assert any(m.level is Level.WARNING and "support agent" in m.text for m in messages_seen)
    assert agent.window.remote.dialog is None


@offscreen_noise
def test_a_macos_open_url_event_is_handled_like_a_link(
    qtbot: Any, hub: Hub, make_client: MakeClient, messages_seen: list[Message]
) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QFileOpenEvent

    customer = make_client("mac", start=False)
    opener = LinkHandler(customer.window)
    event = QFileOpenEvent(QUrl("kefu://ticket/KF-1?hub=https://kefu.example.com"))
    assert opener.eventFilter(customer.window, event)  # taken: macOS sends links this way
    assert any("does not name a ticket" in m.text for m in messages_seen)
    other = QFileOpenEvent(QUrl.fromLocalFile("/tmp/report.png"))
    assert not opener.eventFilter(customer.window, other)  # files are not links
