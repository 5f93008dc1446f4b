"""A customer who was offline when an agent asked to see their screen gets the
request when they sign in: listed from the hub, shown with the agent's name, and
nothing is shared until they answer."""

from __future__ import annotations

from typing import Any

from desktop.core.remote import api
from desktop.core.screenshot_geometry import Box, MonitorInfo
from desktop.core.submission import TicketDraft, send_ticket
from tests.ui.support import Hub, MakeClient, sign_in

SCREEN = [MonitorInfo(1, Box(0, 0, 1280, 800), 1.0, True, "main")]


def test_a_request_made_while_offline_is_asked_on_sign_in(
    qtbot: Any, hub: Hub, make_client: MakeClient
) -> None:
    agent_email = hub.agent("Li Agent")
    customer_email = hub.customer("Wang Customer")
    ticket = send_ticket(hub.client(customer_email), TicketDraft("VPN drops", "every hour"))
    asked = api.request_session(hub.client(agent_email), ticket.id, "See the VPN client")
    assert asked.status == "requested"

    customer = make_client("customer")
    remote = customer.window.remote
    remote.monitors_fn = lambda: SCREEN
    started: list[int] = []
    remote.source_factory = lambda monitor: started.append(monitor)  # type: ignore[assignment,func-returns-value,return-value]
    sign_in(qtbot, customer, customer_email)

    qtbot.waitUntil(lambda: remote.dialog is not None and remote.dialog.isVisible(), timeout=15000)
    dialog = remote.dialog
    assert dialog is not None and dialog.session.id == asked.id
    assert "Li Agent" in dialog.findChild(type(dialog.ticket_label), "pageTitle").text()
    assert ticket.number in dialog.ticket_label.text()
    assert started == []  # asking is not sharing

    # Reconnecting lists it again, and the same request is not asked twice.
    remote.check_waiting()
    qtbot.waitUntil(lambda: customer.session.runner.idle, timeout=10000)
    assert remote.dialog is dialog

    dialog.reject()  # Decline
    client = hub.client(agent_email)
    qtbot.waitUntil(lambda: api.get(client, asked.id).status == "declined", timeout=10000)
    assert started == []
