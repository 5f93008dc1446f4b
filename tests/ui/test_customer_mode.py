"""Customer mode over a live hub: unread markers, notifications, Solved / Not
solved / Reopen, sign-out."""

from __future__ import annotations

from typing import Any

import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon

from desktop.core import submission
from desktop.core.credentials import TokenStore
from desktop.core.hubclient import HubClient, HubError
from desktop.core.models import Status
from desktop.core.submission import CommentDraft, TicketDraft
from desktop.ui.main_window import MainWindow
from desktop.ui.messages import Level, Message
from desktop.ui.ticket_model import Column
from desktop.ui.tray import TrayIcon
from tests.ui.support import Hub, MakeClient, sign_in

pytestmark = pytest.mark.e2e


class RecordingTray(TrayIcon):
    """A tray that records notifications instead of showing them."""

    def __init__(self) -> None:
        super().__init__(QIcon())
        self.shown: list[tuple[str, str]] = []

    def notify(self, title: str, text: str) -> bool:
        self.shown.append((title, text))
        return True


@pytest.fixture(scope="module")
def agent_email(hub: Hub) -> str:
    return hub.agent("Ada Agent")


def test_reply_marks_unread_and_notifies(
    qtbot, hub: Hub, make_client: MakeClient, agent_email: str
) -> None:  # type: ignore[no-untyped-def]
    email = hub.customer("Uma Unread")
    client = make_client("customer")
    tray = RecordingTray()
    client.window.tray = tray
    sign_in(qtbot, client, email)
    view = client.window.mode_view
    assert view is not None
    me = hub.client(email)
    ticket = submission.send_ticket(me, TicketDraft(title="Slow reports", body=""))
    qtbot.waitUntil(lambda: view.model.ticket(ticket.id) is not None, timeout=10000)
    row = view.list_page.proxy.index(0, Column.NUMBER)
    assert view.list_page.proxy.data(row) == ticket.number  # own ticket: nothing unread

    agent = hub.client(agent_email)
    submission.send_comment(agent, CommentDraft(ticket.id, "We are on it."))
    qtbot.waitUntil(lambda: view.list_page.proxy.data(row) == "● " + ticket.number, timeout=10000)
    assert tray.shown == [(f"New reply on {ticket.number}", "We are on it.")]
    submission.send_comment(agent, CommentDraft(ticket.id, "secret", internal=True))

    view.list_page.table.doubleClicked.emit(row)
    page = view.ticket_page
    qtbot.waitUntil(lambda: page.ticket is not None and page.ticket.id == ticket.id, timeout=10000)
    qtbot.waitUntil(lambda: view.list_page.proxy.data(row) == ticket.number)  # read now
    assert "secret" not in page.conversation.toPlainText()
    assert len(tray.shown) == 1  # never a notification for an internal note


def test_not_solved_and_reopen(qtbot, hub: Hub, make_client: MakeClient, agent_email: str) -> None:  # type: ignore[no-untyped-def]
    email = hub.customer("Rita Reopen")
    client = make_client("customer")
    sign_in(qtbot, client, email)
    view = client.window.mode_view
    assert view is not None
    ticket = submission.send_ticket(hub.client(email), TicketDraft(title="Login loop", body=""))
    qtbot.waitUntil(lambda: view.model.ticket(ticket.id) is not None, timeout=10000)
    view.open_ticket(ticket.id)
    page = view.ticket_page
    qtbot.waitUntil(lambda: page.ticket is not None)
    assert not page.decision.isVisible()

    agent = hub.client(agent_email)
    submission.change_ticket(agent, ticket.id, status="resolved")
    bar = page.decision  # "Not solved" asks what is still wrong (tests/ui/test_resolution.py)
    qtbot.waitUntil(lambda: bar.no_button.isVisible(), timeout=10000)
    qtbot.mouseClick(bar.no_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(bar.comment, "Still looping.")
    qtbot.mouseClick(bar.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.ticket.status is Status.OPEN, timeout=10000)
    assert not page.decision.isVisible()

    submission.change_ticket(agent, ticket.id, status="closed")
    qtbot.waitUntil(lambda: bar.reopen_button.isVisible(), timeout=10000)
    assert not bar.yes_button.isVisible()
    qtbot.mouseClick(bar.reopen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.ticket.status is Status.OPEN, timeout=10000)


def test_sign_out_forgets_the_token(qtbot, hub: Hub, make_client: MakeClient) -> None:  # type: ignore[no-untyped-def]
    email = hub.customer("Sam Signout")
    client = make_client("customer")
    sign_in(qtbot, client, email)
    window: MainWindow = client.window
    token = client.session.client.token  # type: ignore[union-attr]
    assert client.keyring.store  # kept in the keyring
    window.sign_out_action.trigger()
    assert window.pages.currentWidget() is window.sign_in
    assert window.mode_view is None and not client.keyring.store
    assert window.sign_in.email.text() == email
    qtbot.waitUntil(lambda: client.session.runner.idle)

    def revoked() -> bool:
        try:
            HubClient(hub.url, token).me()
        except HubError as exc:
            return exc.error == "not_authenticated"
        return False

    qtbot.waitUntil(revoked, timeout=10000)


def test_new_ticket_needs_a_title(qtbot, hub: Hub, make_client: MakeClient, messages_seen) -> None:  # type: ignore[no-untyped-def]
    client = make_client("customer")
    sign_in(qtbot, client, hub.customer())
    client.window.new_ticket_action.trigger()
    view = client.window.mode_view
    assert view is not None and view.new_ticket is not None
    assert view.tickets.currentWidget() is view.new_ticket
    view.new_ticket.body_edit.setPlainText("no title yet")
    qtbot.mouseClick(view.new_ticket.submit_button, Qt.MouseButton.LeftButton)
    assert messages_seen[-1].text == "Please give the ticket a title."
    assert client.window.message_banner.isVisible()
    assert view.new_ticket.body_edit.toPlainText() == "no title yet"  # nothing lost
    assert view.model.rowCount() == 0


def test_without_a_keyring_the_app_says_so_once(
    qtbot: Any, hub: Hub, make_client: MakeClient, messages_seen: list[Message]
) -> None:
    email = hub.customer("No Keyring")
    client = make_client("nokeyring", start=False)
    client.session.tokens = TokenStore(client.profile, keyring.backends.fail.Keyring())
    client.window.start()
    sign_in(qtbot, client, email)
    warnings = [m for m in messages_seen if m.level is Level.WARNING]
    assert len(warnings) == 1 and "only until Kefu closes" in warnings[0].text
    client.window.sign_out_action.trigger()
    sign_in(qtbot, client, email)
    assert len([m for m in messages_seen if m.level is Level.WARNING]) == 1
    for path in client.profile.path.rglob("*"):
        if path.is_file():
            assert client.session.client.token.encode() not in path.read_bytes()  # type: ignore[union-attr]
