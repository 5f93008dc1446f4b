"""Closing the loop with two real clients: the agent resolves, the customer's
client asks "Is it solved?", and the answer (a rating, or a reopen with what is
still wrong) reaches the hub and both screens."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.core.models import Status
from tests.ui.desk_support import file_ticket, open_page, view_of
from tests.ui.support import Hub, MakeClient, sign_in

pytestmark = pytest.mark.e2e


def test_resolved_ticket_is_rated_and_closed(qtbot, hub: Hub, make_client: MakeClient) -> None:
    agent_email = hub.agent("Li Agent")
    customer_email = hub.customer("Chen Customer")
    ticket = file_ticket(hub.client(customer_email), "Report export hangs")
    agent, customer = make_client("agent"), make_client("customer")
    sign_in(qtbot, agent, agent_email)
    sign_in(qtbot, customer, customer_email)
    customer_page = open_page(qtbot, customer, ticket.id)
    bar = customer_page.decision
    assert not bar.isVisible()

    # The agent resolves it in their client.
    agent_page = open_page(qtbot, agent, ticket.id)
    combo = agent_page.details.status_combo
    combo.setCurrentIndex(combo.findData(Status.RESOLVED.value))
    combo.activated.emit(combo.currentIndex())

    # The customer's open page asks.
    qtbot.waitUntil(lambda: bar.isVisible() and bar.yes_button.isVisible(), timeout=15000)
    assert "Is your problem solved?" in bar.label.text()
    assert bar.no_button.isVisible() and not bar.form.isVisible()
    qtbot.mouseClick(bar.yes_button, Qt.MouseButton.LeftButton)
    assert bar.form.isVisible() and bar.stars.isVisible()
    assert not bar.send_button.isEnabled()  # no rating yet
    assert "1 to 5 stars" in bar.hint.text()
    # The stars answer the keyboard: End (5), then ← (4).
    qtbot.keyClick(bar.stars, Qt.Key.Key_End)
    assert bar.stars.rating == 5
    qtbot.keyClick(bar.stars, Qt.Key.Key_Left)
    assert bar.stars.rating == 4
    assert bar.stars.accessibleDescription() == "4 of 5"
    qtbot.keyClicks(bar.comment, "Quick and clear, thanks.")
    assert bar.send_button.isEnabled()
    qtbot.mouseClick(bar.send_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(
        lambda: customer_page.ticket is not None and customer_page.ticket.status is Status.CLOSED,
        timeout=15000,
    )
    qtbot.waitUntil(lambda: bar.reopen_button.isVisible(), timeout=15000)
    assert "You rated the help 4 of 5" in bar.label.text()
    assert bar.given.isVisible() and bar.given.rating == 4
    # The hub has the rating, and the agent's page shows it.
    closed = hub.client(agent_email).ticket(ticket.id)
    assert closed.status is Status.CLOSED and closed.rating == 4
    qtbot.waitUntil(lambda: agent_page.desk.rating_notice.isVisible(), timeout=15000)
    assert "rated the help 4 of 5" in agent_page.desk.rating_notice.text()
    # The hub is the record: the customer's own copy of the ticket carries the rating.
    assert hub.client(customer_email).ticket(ticket.id).rating == 4


def test_not_solved_from_the_prompt_reopens_with_the_comment(
    qtbot, hub: Hub, make_client: MakeClient
) -> None:
    agent_email = hub.agent("Li Agent")
    customer_email = hub.customer("Chen Customer")
    ticket = file_ticket(hub.client(customer_email), "Cannot print invoices")
    customer = make_client("customer")
    sign_in(qtbot, customer, customer_email)
    view = view_of(customer)
    view.show_list()
    page = view.ticket_page
    qtbot.waitUntil(lambda: view.model.ticket(ticket.id) is not None, timeout=15000)

    # Resolved while the customer looks at the list: a prompt, not a modal dialog.
    hub.client(agent_email).update_ticket(ticket.id, {"status": "resolved"})
    prompts = page.resolved_prompts.prompts
    qtbot.waitUntil(lambda: ticket.id in prompts, timeout=15000)
    prompt = prompts[ticket.id]
    assert prompt.isVisible() and not prompt.isModal()
    assert prompt.windowTitle() == "Is it solved?"
    assert ticket.title in prompt.text.text()
    qtbot.mouseClick(prompt.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: page.isVisible() and page.ticket is not None and page.ticket.id == ticket.id,
        timeout=15000,
    )
    assert ticket.id not in prompts
    bar = page.decision
    qtbot.waitUntil(lambda: bar.no_button.isVisible(), timeout=15000)

    qtbot.mouseClick(bar.no_button, Qt.MouseButton.LeftButton)
    assert not bar.stars.isVisible() and not bar.send_button.isEnabled()
    assert "still wrong" in bar.hint.text()
    qtbot.keyClicks(bar.comment, "It still prints blank pages on the second tray.")
    qtbot.mouseClick(bar.send_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(
        lambda: page.ticket is not None and page.ticket.status is Status.OPEN, timeout=15000
    )
    qtbot.waitUntil(
        lambda: "blank pages on the second tray" in page.conversation.toPlainText(),
        timeout=15000,
    )
    assert not bar.isVisible()
    detail = hub.client(agent_email).ticket(ticket.id)
    assert detail.status is Status.OPEN
    assert detail.comments[-1].body == "It still prints blank pages on the second tray."
    assert detail.rating is None

    # Resolved again: the bar asks afresh, with nothing left over from the last answer.
    hub.client(agent_email).update_ticket(ticket.id, {"status": "resolved"})
    qtbot.waitUntil(lambda: bar.yes_button.isVisible(), timeout=15000)
    qtbot.mouseClick(bar.yes_button, Qt.MouseButton.LeftButton)
    assert bar.comment.toPlainText() == "" and bar.stars.rating == 0
    qtbot.keyClick(bar.stars, Qt.Key.Key_2)
    assert bar.send_button.isEnabled()
