"""Canned replies: the Replies tab beside a ticket lists them, filters them, and
puts one in the reply box filled in for this ticket by the hub."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt

from tests.ui.desk_support import file_ticket, open_page
from tests.ui.support import Hub, MakeClient, sign_in

pytestmark = pytest.mark.e2e


def test_canned_reply_lands_filled_in_the_reply_box(
    qtbot, hub: Hub, make_client: MakeClient
) -> None:
    agent_email = hub.agent("Li Agent")
    ticket = file_ticket(hub.client(hub.customer("Chen Customer")), "Password expired")
    api = hub.client(agent_email)
    tag = str(time.monotonic_ns())  # the hub's canned replies are shared by the tests
    api.request(
        "POST",
        "/canned",
        json={
            "title": f"Password reset {tag}",
            "body": "Hello {customer_name}, about {ticket_number} ({ticket_title}): "
            "use Forgot password. {agent_name}",
        },
    )
    api.request("POST", "/canned", json={"title": f"Closing {tag}", "body": "Thanks!"})
    agent = make_client("agent")
    sign_in(qtbot, agent, agent_email)
    page = open_page(qtbot, agent, ticket.id)
    picker = page.desk.canned
    assert page.side.tabText(page.side.indexOf(picker)) == "Replies"
    page.side.setCurrentWidget(picker)
    qtbot.waitUntil(lambda: picker.loaded, timeout=15000)
    assert picker.model.rowCount() >= 2

    qtbot.keyClicks(picker.filter_edit, f"reset {tag}")
    assert picker.proxy.rowCount() == 1
    assert "press Enter" in picker.hint.text()
    qtbot.keyClicks(page.reply_edit, "Hi.")
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Forgot password" in page.reply_edit.toPlainText(), timeout=15000)
    assert page.reply_edit.toPlainText() == (
        f"Hi.\nHello Chen Customer, about {ticket.number} ({ticket.title}): "
        "use Forgot password. Li Agent"
    )

    # From the list with the keyboard too; a filter with no match says so.
    qtbot.keyClicks(picker.filter_edit, " nothing like this")
    assert picker.proxy.rowCount() == 0 and "No reply matches" in picker.hint.text()
    picker.filter_edit.clear()
    qtbot.keyClicks(picker.filter_edit, f"closing {tag}")
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Down)
    assert picker.view.currentIndex().isValid()
    qtbot.keyClick(picker.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.reply_edit.toPlainText().endswith("\nThanks!"), timeout=15000)
