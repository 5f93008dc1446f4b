"""Which SLA clock matters for a ticket right now, and how close it is to breaching.

The hub keeps the due times (moved on after every pause, business hours
included); this only reads them. One clock is shown per ticket: first response
until an agent has answered, then resolution. A ticket waiting on the customer
is paused; a resolved or closed one has met (or missed) its resolution target.
The words are the UI's job (desktop/ui/sla_text.py): here are states and spans.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from desktop.core.models import Status, Ticket

# "Soon": less than this share of the target, or less than SOON_MINUTES, is left.
SOON_SHARE = 0.25
SOON_MINUTES = 30


class ClockKind(StrEnum):
    FIRST_RESPONSE = "first_response"
    RESOLUTION = "resolution"


class ClockState(StrEnum):
    OK = "ok"
    SOON = "soon"
    BREACHED = "breached"
    PAUSED = "paused"
    MET = "met"


# Most urgent first: the order "sort by due" uses before the time itself.
URGENCY = (ClockState.BREACHED, ClockState.SOON, ClockState.OK, ClockState.PAUSED, ClockState.MET)


@dataclass(frozen=True)
class SlaClock:
    """One clock: `remaining` is negative once overdue; `target` is the span from
    the ticket's creation to its due time (wall time, pauses included)."""

    kind: ClockKind
    state: ClockState
    due: datetime
    remaining: timedelta
    target: timedelta

    @property
    def overdue(self) -> bool:
        return self.remaining < timedelta(0)


def clock(ticket: Ticket, now: datetime) -> SlaClock | None:
    """The clock that matters now, or None when the ticket has no due time."""
    if ticket.status in (Status.RESOLVED, Status.CLOSED):
        return _finished(ticket)
    responding = ticket.first_response_at is None and ticket.first_response_due is not None
    kind = ClockKind.FIRST_RESPONSE if responding else ClockKind.RESOLUTION
    due = ticket.first_response_due if responding else ticket.resolution_due
    if due is None:
        return None
    target = max(due - ticket.created_at, timedelta(0))
    remaining = due - now
    if ticket.status is Status.WAITING_ON_CUSTOMER:
        state = ClockState.PAUSED  # the hub moves the due time on when the wait ends
    elif remaining < timedelta(0):
        state = ClockState.BREACHED
    elif remaining < soon_threshold(target):
        state = ClockState.SOON
    else:
        state = ClockState.OK
    return SlaClock(kind, state, due, remaining, target)


def soon_threshold(target: timedelta) -> timedelta:
    """How much time left counts as "soon" for a target of this length."""
    return max(target * SOON_SHARE, timedelta(minutes=SOON_MINUTES))


def _finished(ticket: Ticket) -> SlaClock | None:
    due = ticket.resolution_due
    done = ticket.resolved_at or ticket.closed_at
    if due is None or done is None:
        return None
    remaining = due - done  # frozen at the moment it was resolved
    state = ClockState.BREACHED if remaining < timedelta(0) else ClockState.MET
    return SlaClock(
        ClockKind.RESOLUTION, state, due, remaining, max(due - ticket.created_at, timedelta(0))
    )


def span_parts(span: timedelta) -> tuple[int, int, int]:
    """(days, hours, minutes) of a span's size, minutes rounded up so that
    "0 min left" never shows while time is still left."""
    seconds = abs(span.total_seconds())
    minutes = int(-(-seconds // 60))
    return minutes // 1440, minutes % 1440 // 60, minutes % 60


def sort_key(ticket: Ticket, now: datetime) -> tuple[int, float]:
    """Soonest due first: overdue, then soon, running, paused, finished, no clock."""
    found = clock(ticket, now)
    if found is None:
        return (len(URGENCY), 0.0)
    return (URGENCY.index(found.state), found.due.timestamp())
