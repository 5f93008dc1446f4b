"""A hub that goes away: a clear banner, what is shown stays, what is typed stays;
when it comes back the client reconnects and resyncs by itself."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.core import submission
from desktop.core.embedded import EmbeddedHub
from desktop.core.hubclient import HubClient
from desktop.core.settings import HubMode, Settings
from desktop.core.submission import CommentDraft, TicketDraft
from tests.ui.support import PASSWORD, MakeClient, sign_in

pytestmark = pytest.mark.e2e


@pytest.fixture
def own_hub(tmp_path: Path) -> Iterator[list[EmbeddedHub]]:
    """A hub only this test uses, so it can be stopped and started again."""
    hubs = [EmbeddedHub(tmp_path / "hub-data", tmp_path / "hub.port")]
    hubs[0].start()
    yield hubs
    for hub in hubs:
        hub.stop()


def test_hub_goes_away_and_comes_back(
    qtbot: Any, own_hub: list[EmbeddedHub], make_client: MakeClient
) -> None:
    first = own_hub[0]
    url = first.url
    assert url is not None
    first.create_user(role="agent", email="agent@off.example", name="Off Agent", password=PASSWORD)
    HubClient(url).register("cust@off.example", PASSWORD, "Off Customer")
    customer = HubClient(url)
    customer.login("cust@off.example", PASSWORD)
    ticket = submission.send_ticket(customer, TicketDraft(title="Offline test", body="x"))

    client = make_client("agent", settings=Settings(hub_mode=HubMode.REMOTE, hub_url=url))
    sign_in(qtbot, client, "agent@off.example")
    window, view = client.window, client.window.mode_view
    assert view is not None
    view.open_ticket(ticket.id)
    page = view.ticket_page
    qtbot.waitUntil(lambda: page.ticket is not None)
    page.reply_edit.setPlainText("Typed while the hub is away")

    first.stop()
    qtbot.waitUntil(lambda: window.connection_banner.isVisible(), timeout=10000)
    assert "cannot be reached" in window.connection_banner.label.text()
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: client.session.runner.idle and page.send_button.isEnabled(), timeout=15000
    )
    assert page.reply_edit.toPlainText() == "Typed while the hub is away"  # nothing lost
    assert view.model.ticket(ticket.id) is not None  # still showing what it had
    assert page.ticket is not None and page.ticket.title == "Offline test"

    port = int(url.rsplit(":", 1)[1])
    second = EmbeddedHub(first.data_dir, first.port_file, port=port)
    own_hub.append(second)
    second.start()
    # Something happens while the client is still reconnecting: the resync brings it.
    submission.send_comment(customer, CommentDraft(ticket.id, "Any news?"))
    qtbot.waitUntil(lambda: not window.connection_banner.isVisible(), timeout=20000)
    qtbot.waitUntil(lambda: "Any news?" in page.conversation.toPlainText(), timeout=10000)

    # The reply typed offline goes out now, once.
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(c.body == "Typed while the hub is away" for c in page.ticket.comments),
        timeout=10000,
    )
    assert page.reply_edit.toPlainText() == ""
    bodies = [c.body for c in customer.ticket(ticket.id).comments]
    assert bodies.count("Typed while the hub is away") == 1
