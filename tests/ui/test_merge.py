"""Merging a duplicate from the agent's ticket page: the thread moves, the page
follows to the ticket that remains, and the customer's client shows the note."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.core.models import Status
from desktop.core.submission import new_key
from tests.ui.desk_support import file_ticket, open_page
from tests.ui.support import Hub, MakeClient, sign_in

pytestmark = pytest.mark.e2e


def test_merge_moves_the_thread_and_tells_the_customer(
    qtbot, hub: Hub, make_client: MakeClient
) -> None:
    agent_email = hub.agent("Li Agent")
    customer_email = hub.customer("Chen Customer")
    api = hub.client(customer_email)
    original = file_ticket(api, "VPN drops every hour")
    duplicate = file_ticket(api, "VPN disconnects again")
    unrelated = file_ticket(api, "Printer toner low")
    api.add_comment(duplicate.id, {"body": "It happened at 10:00 and 11:00."}, new_key())
    other_customer = file_ticket(hub.client(hub.customer("Olga Other")), "VPN drops too")
    agent, customer = make_client("agent"), make_client("customer")
    sign_in(qtbot, agent, agent_email)
    sign_in(qtbot, customer, customer_email)
    customer_page = open_page(qtbot, customer, original.id)

    page = open_page(qtbot, agent, duplicate.id)
    assert page.actions_button.isVisible()
    assert page.desk.merge_action in page.actions_menu.actions()
    page.desk.merge_action.trigger()
    dialog = page.desk.merge_dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.model.rowCount() == 2, timeout=15000)
    shown = [dialog.model.item(r).text() for r in range(dialog.model.rowCount())]
    # Only this customer's other tickets are offered.
    assert [original.number in t or unrelated.number in t for t in shown] == [True, True]
    assert not any(other_customer.number in t or duplicate.number in t for t in shown)
    assert not dialog.merge_button.isEnabled()  # nothing chosen yet
    assert "Choose the ticket" in dialog.summary.text()

    # Found by its number; the only match is picked and the dialog says what happens.
    qtbot.keyClicks(dialog.search_edit, original.number)
    qtbot.waitUntil(lambda: dialog.target() is not None, timeout=15000)
    assert dialog.target().id == original.id
    assert f"{duplicate.number} will be closed" in dialog.summary.text()
    assert dialog.merge_button.isEnabled()
    with qtbot.waitSignal(dialog.merged, timeout=15000):
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)

    # The page follows to the ticket that remains, with the moved thread.
    qtbot.waitUntil(
        lambda: page.ticket is not None and page.ticket.id == original.id, timeout=15000
    )
    text = page.conversation.toPlainText()
    assert "It happened at 10:00 and 11:00." in text
    assert f"{duplicate.number} (" in text and "was merged into this ticket" in text
    assert hub.client(agent_email).ticket(duplicate.id).status is Status.CLOSED
    # The customer's open page shows the note live.
    qtbot.waitUntil(
        lambda: "was merged into this ticket" in customer_page.conversation.toPlainText(),
        timeout=15000,
    )
    assert "It happened at 10:00 and 11:00." in customer_page.conversation.toPlainText()


def test_merge_refused_says_why_and_keeps_the_dialog(
    qtbot, hub: Hub, make_client: MakeClient
) -> None:
    agent_email = hub.agent("Li Agent")
    api = hub.client(hub.customer("Chen Customer"))
    first = file_ticket(api, "Scanner not found")
    second = file_ticket(api, "Scanner missing")
    agent = make_client("agent")
    sign_in(qtbot, agent, agent_email)
    page = open_page(qtbot, agent, second.id)
    page.desk.merge_action.trigger()
    dialog = page.desk.merge_dialog
    qtbot.keyClicks(dialog.search_edit, first.number)
    qtbot.waitUntil(lambda: dialog.target() is not None, timeout=15000)
    # Meanwhile another agent merges the first ticket elsewhere.
    third = file_ticket(api, "Scanner driver")
    hub.client(agent_email).request(
        "POST", f"/tickets/{first.id}/merge", json={"into_id": third.id}
    )
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "merged already" in dialog.summary.text(), timeout=15000)
    assert dialog.isVisible() and page.ticket is not None and page.ticket.id == second.id
