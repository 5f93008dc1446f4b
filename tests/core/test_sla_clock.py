"""SLA clocks from a ticket's due times, at a fixed `now`."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from desktop.core.models import Status, Ticket
from desktop.core.sla_clock import (
    ClockKind,
    ClockState,
    clock,
    soon_threshold,
    sort_key,
    span_parts,
)

CREATED = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)


def ticket(**fields: Any) -> Ticket:
    values: dict[str, Any] = {
        "id": 1,
        "number": "KF-1001",
        "title": "Cannot save",
        "status": Status.OPEN,
        "priority": "P2",
        "customer": {"id": 7, "display_name": "Chen"},
        "created_at": CREATED,
        "updated_at": CREATED,
        "first_response_due": CREATED + timedelta(hours=2),
        "resolution_due": CREATED + timedelta(hours=8),
    }
    values.update(fields)
    return Ticket.model_validate(values)


def at(minutes: float) -> datetime:
    return CREATED + timedelta(minutes=minutes)


def test_first_response_clock_until_an_agent_answers() -> None:
    found = clock(ticket(status=Status.NEW), at(40))
    assert found is not None
    assert found.kind is ClockKind.FIRST_RESPONSE
    assert found.state is ClockState.OK
    assert found.remaining == timedelta(minutes=80)
    assert found.target == timedelta(hours=2)


def test_resolution_clock_once_answered() -> None:
    found = clock(ticket(first_response_at=at(10)), at(60))
    assert found is not None
    assert found.kind is ClockKind.RESOLUTION
    assert found.due == CREATED + timedelta(hours=8)
    assert found.remaining == timedelta(hours=7)
    assert found.state is ClockState.OK


def test_soon_at_a_quarter_of_the_target() -> None:
    answered = ticket(first_response_at=at(5))  # resolution target 8 h: soon below 2 h
    assert clock(answered, at(6 * 60 - 1)).state is ClockState.OK  # type: ignore[union-attr]
    assert clock(answered, at(6 * 60 + 1)).state is ClockState.SOON  # type: ignore[union-attr]


def test_soon_within_thirty_minutes_of_a_short_target() -> None:
    # P1 responds in 30 min: a quarter would be 7.5 min, so the 30-minute floor rules.
    p1 = ticket(priority="P1", first_response_due=at(30), resolution_due=at(240))
    assert soon_threshold(timedelta(minutes=30)) == timedelta(minutes=30)
    assert clock(p1, at(1)).state is ClockState.SOON  # type: ignore[union-attr]
    long_one = ticket(first_response_due=at(24 * 60))
    assert soon_threshold(timedelta(hours=24)) == timedelta(hours=6)
    assert clock(long_one, at(17 * 60)).state is ClockState.OK  # type: ignore[union-attr]
    assert clock(long_one, at(18 * 60 + 1)).state is ClockState.SOON  # type: ignore[union-attr]


def test_breached_once_the_due_time_passes() -> None:
    found = clock(ticket(), at(132))
    assert found is not None
    assert found.state is ClockState.BREACHED
    assert found.overdue
    assert found.remaining == timedelta(minutes=-12)
    assert span_parts(found.remaining) == (0, 0, 12)


def test_paused_while_waiting_on_the_customer_even_when_past_due() -> None:
    waiting = ticket(status=Status.WAITING_ON_CUSTOMER, first_response_at=at(5))
    found = clock(waiting, at(9 * 60))
    assert found is not None
    assert found.state is ClockState.PAUSED
    assert found.kind is ClockKind.RESOLUTION


def test_resolved_in_time_is_met_and_late_is_breached() -> None:
    met = clock(
        ticket(status=Status.RESOLVED, first_response_at=at(5), resolved_at=at(300)), at(1e4)
    )
    assert met is not None and met.state is ClockState.MET
    assert met.remaining == timedelta(minutes=180)  # frozen when it was resolved
    late = clock(ticket(status=Status.CLOSED, closed_at=at(9 * 60)), at(1e4))
    assert late is not None and late.state is ClockState.BREACHED
    assert late.remaining == timedelta(hours=-1)


def test_no_clock_without_due_times() -> None:
    assert clock(ticket(first_response_due=None, resolution_due=None), at(5)) is None
    # Answered, and only a first-response target: nothing left to count.
    assert clock(ticket(resolution_due=None, first_response_at=at(1)), at(5)) is None
    assert clock(ticket(status=Status.CLOSED, resolution_due=None, closed_at=at(3)), at(5)) is None


@pytest.mark.parametrize(
    ("span", "parts"),
    [
        (timedelta(seconds=1), (0, 0, 1)),
        (timedelta(minutes=80), (0, 1, 20)),
        (timedelta(minutes=-80, seconds=-30), (0, 1, 21)),
        (timedelta(days=2, hours=3, minutes=4), (2, 3, 4)),
        (timedelta(0), (0, 0, 0)),
    ],
)
def test_span_parts_round_up_to_whole_minutes(span: timedelta, parts: tuple[int, int, int]) -> None:
    assert span_parts(span) == parts


def test_sort_key_puts_the_most_urgent_first() -> None:
    now = at(100)
    tickets = {
        "no clock": ticket(id=1, first_response_due=None, resolution_due=None),
        "paused": ticket(id=2, status=Status.WAITING_ON_CUSTOMER, first_response_due=at(101)),
        "ok later": ticket(id=3, first_response_due=at(600)),
        "ok sooner": ticket(id=4, first_response_due=at(300)),
        "soon": ticket(id=5, first_response_due=at(110)),
        "overdue": ticket(id=6, first_response_due=at(50)),
        "more overdue": ticket(id=7, first_response_due=at(20)),
        "met": ticket(id=8, status=Status.RESOLVED, resolved_at=at(90)),
    }
    ordered = sorted(tickets, key=lambda name: sort_key(tickets[name], now))
    assert ordered == [
        "more overdue",
        "overdue",
        "soon",
        "ok sooner",
        "ok later",
        "paused",
        "met",
        "no clock",
    ]
