"""The ticket status transition table (DESIGN), enforced here and only here."""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    NEW = "new"
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    WAITING_ON_CUSTOMER = "waiting_on_customer"
    RESOLVED = "resolved"
    CLOSED = "closed"


AGENT = frozenset({"agent", "admin"})
EVERYONE = frozenset({"customer", "agent", "admin"})

# (from, to) -> roles that may make the move by hand.
TRANSITIONS: dict[tuple[Status, Status], frozenset[str]] = {
    **{
        (Status.NEW, to): AGENT
        for to in (
            Status.OPEN,
            Status.IN_PROGRESS,
            Status.WAITING_ON_CUSTOMER,
            Status.RESOLVED,
            Status.CLOSED,
        )
    },
    **{
        (Status.OPEN, to): AGENT
        for to in (Status.IN_PROGRESS, Status.WAITING_ON_CUSTOMER, Status.RESOLVED, Status.CLOSED)
    },
    **{
        (Status.IN_PROGRESS, to): AGENT
        for to in (Status.OPEN, Status.WAITING_ON_CUSTOMER, Status.RESOLVED, Status.CLOSED)
    },
    **{
        (Status.WAITING_ON_CUSTOMER, to): AGENT
        for to in (Status.IN_PROGRESS, Status.RESOLVED, Status.CLOSED)
    },
    (Status.RESOLVED, Status.CLOSED): EVERYONE,  # "Solved"
    (Status.RESOLVED, Status.OPEN): EVERYONE,  # "Not solved"
    (Status.CLOSED, Status.OPEN): EVERYONE,  # reopen
}


def can_move(current: str, target: str, role: str) -> bool:
    try:
        key = (Status(current), Status(target))
    except ValueError:
        return False
    return role in TRANSITIONS.get(key, frozenset())


def allowed_targets(current: str, role: str) -> list[str]:
    return [
        to.value for (frm, to), roles in TRANSITIONS.items() if frm == current and role in roles
    ]
