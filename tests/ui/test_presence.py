"""Presence: a second agent's client shows who else is on the ticket and what
they are doing, live, and the notice clears when they leave."""

from __future__ import annotations

import pytest

from desktop.core import desk_api
from tests.ui.desk_support import file_ticket, open_page, view_of
from tests.ui.support import Hub, MakeClient, sign_in

pytestmark = pytest.mark.e2e


def test_presence_shows_on_the_other_agents_client_and_clears(
    qtbot, hub: Hub, make_client: MakeClient
) -> None:
    li_email, wang_email = hub.agent("Li Agent"), hub.agent("Wang Agent")
    ticket = file_ticket(hub.client(hub.customer("Chen Customer")), "Invoices print blank")
    li, wang = make_client("li"), make_client("wang")
    sign_in(qtbot, li, li_email)
    sign_in(qtbot, wang, wang_email)

    li_page = open_page(qtbot, li, ticket.id)
    wang_page = open_page(qtbot, wang, ticket.id)
    notice = wang_page.desk.presence.notice
    # On open, Wang's client learns that Li is already here (the answer to its own "viewing").
    qtbot.waitUntil(lambda: notice.isVisible(), timeout=15000)
    assert notice.text() == "Li Agent is viewing this ticket"
    # ...and Li's client hears about Wang by live event. Neither lists itself.
    qtbot.waitUntil(
        lambda: li_page.desk.presence.notice.text() == "Wang Agent is viewing this ticket",
        timeout=15000,
    )

    qtbot.keyClicks(li_page.reply_edit, "Checking the printer driver")
    qtbot.waitUntil(lambda: notice.text() == "Li Agent is replying…", timeout=15000)
    assert li_page.desk.presence.state == "replying"
    hub_view = desk_api.presence(hub.client(wang_email), ticket.id)
    assert {(p.agent.display_name, p.state) for p in hub_view} == {
        ("Li Agent", "replying"),
        ("Wang Agent", "viewing"),
    }

    # Li goes back to the queue: "left", and Wang's notice clears.
    view_of(li).show_list()
    qtbot.waitUntil(lambda: not notice.isVisible(), timeout=15000)
    assert wang_page.desk.presence.others == []
    assert li_page.desk.presence.ticket_id is None
