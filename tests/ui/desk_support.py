"""Helpers for the support-desk tests (resolution, merge, presence, canned replies)."""

from __future__ import annotations

import time
from typing import Any

from desktop.core.hubclient import HubClient
from desktop.core.models import TicketDetail
from desktop.core.submission import new_key
from desktop.ui.mode_view import ModeView
from desktop.ui.ticket_page import TicketPage
from tests.ui.support import Client


def file_ticket(customer: HubClient, title: str, body: str = "") -> TicketDetail:
    """A ticket filed over the API, titled uniquely (the hub is shared by the tests)."""
    unique = f"{title} ({time.monotonic_ns()})"
    return customer.create_ticket(
        {"title": unique, "body": body or f"{title}, please help."}, new_key()
    )


def view_of(client: Client) -> ModeView:
    view = client.window.mode_view
    assert view is not None
    return view


def open_page(qtbot: Any, client: Client, ticket_id: int) -> TicketPage:
    """Open a ticket in the client's window and wait until it is loaded."""
    view = view_of(client)
    view.open_ticket(ticket_id)
    page = view.ticket_page
    qtbot.waitUntil(lambda: page.ticket is not None and page.ticket.id == ticket_id, timeout=15000)
    return page
