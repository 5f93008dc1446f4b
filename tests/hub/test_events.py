"""The live event channel: who hears what."""

from __future__ import annotations

from typing import Any

import pytest
from starlette.testclient import WebSocketDenialResponse
from starlette.websockets import WebSocketDisconnect

from tests.hub.conftest import Hub, Person


def _listen(hub: Hub, who: Person):  # type: ignore[no-untyped-def]
    return hub.client.websocket_connect("/api/v1/events", headers=who.headers)


def test_agents_hear_new_tickets_and_replies(hub: Hub, customer: Person, agent: Person) -> None:
    with _listen(hub, agent) as ws:
        t = hub.ticket(customer, title="Live one")
        created: dict[str, Any] = ws.receive_json()
        assert created["type"] == "ticket_created"
        assert created["ticket_id"] == t["id"]
        assert created["ticket"]["number"] == t["number"]
        hub.comment(customer, t["id"], "more detail")
        added = ws.receive_json()
        assert added["type"] == "comment_added"
        assert added["comment"]["body"] == "more detail"
        assert added["seq"] == created["seq"] + 1


def test_customers_hear_only_their_own_and_never_notes(
    hub: Hub, customer: Person, other_customer: Person, agent: Person
) -> None:
    mine = hub.ticket(customer, title="mine")
    with _listen(hub, customer) as ws:
        hub.ticket(other_customer, title="not mine")
        theirs = hub.ticket(other_customer, title="also not mine")
        hub.comment(agent, theirs["id"], "answer for B")
        hub.comment(agent, mine["id"], "secret", internal=True)
        hub.comment(agent, mine["id"], "public answer")
        msg = ws.receive_json()
        # The first thing this customer hears is the public answer on their ticket.
        assert msg["type"] == "comment_added"
        assert msg["ticket_id"] == mine["id"]
        assert msg["comment"]["body"] == "public answer"
        hub.client.patch(
            f"/api/v1/tickets/{mine['id']}", json={"status": "resolved"}, headers=agent.headers
        )
        upd = ws.receive_json()
        assert upd["type"] == "ticket_updated" and upd["ticket"]["status"] == "resolved"
        assert upd["changes"] == ["status"]


def test_rolled_back_changes_are_never_announced(hub: Hub, customer: Person, agent: Person) -> None:
    t = hub.ticket(customer)
    with _listen(hub, agent) as ws:
        r = hub.client.patch(
            f"/api/v1/tickets/{t['id']}",
            json={"priority": "P1", "assignee_id": customer.id},  # fails after a change
            headers=agent.headers,
        )
        assert r.status_code == 422
        hub.comment(customer, t["id"], "marker")
        msg = ws.receive_json()
        assert msg["type"] == "comment_added"  # no ticket_updated before it
    detail = hub.client.get(f"/api/v1/tickets/{t['id']}", headers=agent.headers).json()
    assert detail["priority"] == t["priority"]


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer nope"}])
def test_unauthenticated_handshakes_are_refused(hub: Hub, headers: dict[str, str]) -> None:
    with (
        pytest.raises((WebSocketDisconnect, WebSocketDenialResponse)),
        hub.client.websocket_connect("/api/v1/events", headers=headers) as ws,
    ):
        ws.receive_json()
