"""desktop.core.quick_help against a real hub: "Ask for help now" tickets, the
agents' list of who still waits for a session, and the recent tickets."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.core import submission
from desktop.core.models import Status
from desktop.core.quick_help import (
    HELP_NOW,
    help_now_draft,
    recent,
    waiting_for_session,
    wants_live_session,
)
from desktop.core.remote import api
from desktop.core.submission import TicketDraft
from tests.core.hub_process import TestHub


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestHub]:
    hub = TestHub(tmp_path_factory.mktemp("quick-help"))
    yield hub
    hub.stop()


def test_help_now_is_a_ticket_raised_one_level(hub: TestHub) -> None:
    customer = hub.customer()
    plain = submission.send_ticket(customer, TicketDraft(title="How to export a report", body=""))
    asked = submission.send_ticket(customer, help_now_draft("How to export a report"))
    assert plain.priority == "P4" and plain.channel == "desktop"
    assert asked.priority == "P3"  # the proposal P1 is capped one level above the hub's P4
    assert asked.channel == HELP_NOW and wants_live_session(asked)
    assert not wants_live_session(plain)


def test_agents_see_who_waits_until_a_session_is_requested(hub: TestHub) -> None:
    customer, agent = hub.customer(), hub.agent()
    first = submission.send_ticket(customer, help_now_draft("Cannot open the budget sheet"))
    second = submission.send_ticket(customer, help_now_draft("Printer offline", "Since 9:00"))
    submission.send_ticket(customer, TicketDraft(title="Just a question", body=""))
    mine = [t for t in agent.all_tickets() if t.customer.id == customer.me().id]
    assert [t.id for t in waiting_for_session(agent, mine)] == [first.id, second.id]

    api.request_session(agent, first.id, "See the sheet")
    assert [t.id for t in waiting_for_session(agent, mine)] == [second.id]

    closed = submission.change_ticket(agent, second.id, status=Status.CLOSED.value)
    assert not wants_live_session(closed)  # solved some other way: nobody waits


def test_recent_is_newest_activity_first(hub: TestHub) -> None:
    customer, agent = hub.customer(), hub.agent()
    tickets = [
        submission.send_ticket(customer, TicketDraft(title=f"Issue {i}", body="")) for i in range(7)
    ]
    submission.send_comment(agent, submission.CommentDraft(tickets[0].id, "Looking at it."))
    latest = recent(customer.all_tickets())
    assert [t.id for t in latest] == [tickets[i].id for i in (0, 6, 5, 4, 3)]
    assert recent(customer.all_tickets(), count=2) == latest[:2]
