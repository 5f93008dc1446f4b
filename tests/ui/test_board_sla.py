"""SLA clocks on real tickets with the hub's due times: colours on the board and
in the list, most urgent first, and a breach turning a card red at once."""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop.core import submission
from desktop.core.embedded import EmbeddedHub
from desktop.core.hubclient import HubClient
from desktop.core.models import Status
from desktop.core.settings import HubMode, Settings
from desktop.core.sla_clock import ClockState
from desktop.core.submission import TicketDraft
from desktop.ui.board import TicketBoard
from desktop.ui.messages import Level, Message
from desktop.ui.sla_text import STATE_COLORS
from desktop.ui.ticket_lists import QueuePage
from desktop.ui.ticket_model import Column
from tests.ui.support import PASSWORD, MakeClient, sign_in

pytestmark = pytest.mark.e2e


def stripe(board: TicketBoard, status: Status, ticket_id: int) -> str:
    """The colour a person sees on the card's left edge."""
    proxy, view = board.columns[status], board.views[status]
    row = next(r for r in range(proxy.rowCount()) if proxy.ticket_at(r).id == ticket_id)  # type: ignore[union-attr]
    rect = view.visualRect(proxy.index(row, 0))
    image = view.viewport().grab().toImage()
    return image.pixelColor(rect.left() + 3, rect.center().y()).name()


def due_cell(queue: QueuePage, ticket_id: int) -> tuple[str, str]:
    """(text, colour) of the list's SLA cell for a ticket."""
    proxy = queue.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.ticket_at(r).id == ticket_id)  # type: ignore[union-attr]
    index = proxy.index(row, Column.DUE)
    return str(index.data()), index.data(Qt.ItemDataRole.ForegroundRole).color().name()


def colour(state: ClockState) -> str:
    return QColor(STATE_COLORS[state]).name()


def test_sla_colours_sorting_and_a_breach_on_real_tickets(
    qtbot: Any,
    own_hub: list[EmbeddedHub],
    make_client: MakeClient,
    messages_seen: list[Message],
) -> None:
    process = own_hub[0]
    url = process.url
    assert url is not None
    process.create_user(role="agent", email="sla@desk.example", name="Sal Agent", password=PASSWORD)
    HubClient(url).register("cust@desk.example", PASSWORD, "Cora Customer")
    customer, agent = HubClient(url), HubClient(url)
    customer.login("cust@desk.example", PASSWORD)
    agent.login("sla@desk.example", PASSWORD)

    def filed(title: str, **changes: Any) -> int:
        ticket_id = submission.send_ticket(customer, TicketDraft(title=title, body="")).id
        if changes:
            submission.change_ticket(agent, ticket_id, **changes)
        return ticket_id

    soon = filed("Responds within 30 minutes", priority="P1")  # 30 min target: amber at once
    ok = filed("Responds within a day", priority="P4")
    paused = filed("Waits on the customer", status="waiting_on_customer")
    met = filed("Already resolved", status="resolved")
    late = filed("About to breach")

    client = make_client("agent", settings=Settings(hub_mode=HubMode.REMOTE, hub_url=url))
    sign_in(qtbot, client, "sla@desk.example")
    view = client.window.mode_view
    assert view is not None and isinstance(view.list_page, QueuePage)
    queue = view.list_page
    queue.attach(client.session)

    # The list: words and colours by state; most urgent first.
    queue.sort_by_due()
    qtbot.waitUntil(lambda: queue.proxy.rowCount() == 4, timeout=15000)  # "Active" hides met
    text, shade = due_cell(queue, soon)
    assert re.fullmatch(r"(30|29|28) min left", text) and shade == colour(ClockState.SOON)
    text, shade = due_cell(queue, ok)
    assert text in ("1 d left", "23 h 59 min left") and shade == colour(ClockState.OK)
    assert due_cell(queue, paused) == ("paused", colour(ClockState.PAUSED))
    assert due_cell(queue, late)[1] == colour(ClockState.OK)
    order = [queue.proxy.ticket_at(r).id for r in range(4)]  # type: ignore[union-attr]
    assert order == [soon, late, ok, paused]  # soon, then by due time; paused last

    # The board: the same states on the cards' edges.
    queue.board_button.click()
    board = queue.board
    qtbot.waitUntil(lambda: met in board.tickets_in(Status.RESOLVED), timeout=15000)
    qtbot.waitUntil(lambda: board.isVisible(), timeout=10000)
    assert stripe(board, Status.NEW, soon) == colour(ClockState.SOON)
    assert stripe(board, Status.NEW, ok) == colour(ClockState.OK)
    assert stripe(board, Status.WAITING_ON_CUSTOMER, paused) == colour(ClockState.PAUSED)
    assert stripe(board, Status.RESOLVED, met) == colour(ClockState.MET)
    assert stripe(board, Status.NEW, late) == colour(ClockState.OK)

    # Time passes on the hub (its due time is now behind us): the hub's sweep
    # (every 30 s) records the breach and tells the agents live.
    past = (datetime.now(UTC) - timedelta(minutes=10)).replace(tzinfo=None)
    with closing(sqlite3.connect(process.data_dir / "hub.db")) as db, db:
        db.execute(
            "UPDATE tickets SET first_response_due = ? WHERE id = ?",
            (past.isoformat(sep=" "), late),
        )
    qtbot.waitUntil(lambda: any(m.level is Level.WARNING for m in messages_seen), timeout=45000)
    warning = next(m.text for m in messages_seen if m.level is Level.WARNING)
    number = customer.ticket(late).number
    assert warning == f"SLA breached: {number} “About to breach” — the first response is overdue."
    board.repaint_cards()
    qtbot.waitUntil(
        lambda: stripe(board, Status.NEW, late) == colour(ClockState.BREACHED), timeout=5000
    )
    queue.list_button.click()
    text, shade = due_cell(queue, late)
    assert re.fullmatch(r"overdue 1[01] min", text) and shade == colour(ClockState.BREACHED)
    assert queue.proxy.ticket_at(0).id == late  # type: ignore[union-attr]
