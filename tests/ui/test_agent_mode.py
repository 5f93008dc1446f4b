"""Support mode: queue filters on live data, priority and assignee changes."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from desktop.core import submission
from desktop.core.models import Status
from desktop.core.submission import TicketDraft
from desktop.ui.ticket_lists import QueuePage
from tests.ui.support import Hub, MakeClient, sign_in

pytestmark = pytest.mark.e2e


def choose(combo: QComboBox, data: object) -> None:
    """Pick an item the way a person does (the `activated` signal fires)."""
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_queue_filters_priority_and_assignment(
    qtbot: Any, hub: Hub, make_client: MakeClient
) -> None:
    agent_email = hub.agent("Quinn Queue")
    client = make_client("agent")
    sign_in(qtbot, client, agent_email)
    session, view = client.session, client.window.mode_view
    assert view is not None and isinstance(view.list_page, QueuePage)
    queue = view.list_page
    me = session.user
    assert me is not None
    # Reference data fills the filters whenever it arrives.
    qtbot.waitUntil(lambda: queue.assignee_combo.findData(me.id) >= 0, timeout=10000)
    assert queue.group_combo.count() > 1 and queue.category_combo.count() > 1

    customer = hub.client(hub.customer("Fil Ter"))
    marker = f"zebra-{id(client)}"
    categories = {c.slug: c.id for c in session.categories}
    ticket = submission.send_ticket(
        customer,
        TicketDraft(
            title=f"Report export {marker}", body="", category_id=categories["import_export"]
        ),
    )
    qtbot.keyClicks(queue.search, marker)
    qtbot.waitUntil(lambda: queue.proxy.rowCount() == 1, timeout=10000)
    choose(queue.category_combo, categories["performance"])
    assert queue.proxy.rowCount() == 0
    choose(queue.category_combo, categories["import_export"])
    assert queue.proxy.rowCount() == 1
    choose(queue.assignee_combo, "me")
    assert queue.proxy.rowCount() == 0

    view.open_ticket(ticket.id)
    page = view.ticket_page
    qtbot.waitUntil(lambda: page.ticket is not None and page.ticket.id == ticket.id, timeout=10000)
    choose(page.details.priority_combo, "P1")
    qtbot.waitUntil(lambda: page.ticket.priority == "P1", timeout=10000)
    qtbot.waitUntil(lambda: page.details.assignee_combo.findData(me.id) >= 0)
    choose(page.details.assignee_combo, me.id)
    qtbot.waitUntil(
        lambda: page.ticket.assignee is not None and page.ticket.assignee.id == me.id, timeout=10000
    )
    assert page.ticket.status.value == "open"  # assigning acknowledged it
    view.show_list()
    qtbot.waitUntil(lambda: queue.proxy.rowCount() == 1, timeout=10000)  # now "assigned to me"
    choose(queue.assignee_combo, "none")
    assert queue.proxy.rowCount() == 0
    choose(queue.priority_combo, "P1")
    choose(queue.assignee_combo, None)
    assert queue.proxy.rowCount() == 1
    assert customer.ticket(ticket.id).priority == "P1"


def test_board_shares_the_queue_model_and_moves_live(
    qtbot: Any, hub: Hub, make_client: MakeClient
) -> None:
    agent_email = hub.agent("Bo Board")
    client = make_client("agent")
    sign_in(qtbot, client, agent_email)
    view = client.window.mode_view
    assert view is not None and isinstance(view.list_page, QueuePage)
    queue = view.list_page
    qtbot.mouseClick(queue.board_button, Qt.MouseButton.LeftButton)
    assert queue.stack.currentWidget() is queue.board
    customer = hub.client(hub.customer("Bea Board"))
    ticket = submission.send_ticket(customer, TicketDraft(title="Board card", body=""))
    board = queue.board
    qtbot.waitUntil(lambda: ticket.id in board.tickets_in(Status.NEW), timeout=10000)
    me = client.session.user
    assert me is not None
    agent = hub.client(agent_email)
    submission.change_ticket(agent, ticket.id, assignee_id=me.id)
    qtbot.waitUntil(lambda: ticket.id in board.tickets_in(Status.OPEN), timeout=10000)
    assert ticket.id not in board.tickets_in(Status.NEW)
    # The queue's filters apply to the board too.
    qtbot.keyClicks(queue.search, "no such ticket anywhere")
    assert board.tickets_in(Status.OPEN) == []
    queue.search.clear()
    index = board.columns[Status.OPEN].index(0, 0)
    assert "Board card" in index.data()
    with qtbot.waitSignal(queue.open_ticket) as opened:
        board.views[Status.OPEN].doubleClicked.emit(index)
    assert opened.args == [ticket.id]
    qtbot.mouseClick(queue.list_button, Qt.MouseButton.LeftButton)
    assert queue.stack.currentWidget() is queue.table
