"""Quick help from the tray: "Ask for help now" and the recent tickets.

"Ask for help now" files an ordinary ticket on the channel `help_now`, with the
customer's priority proposal set to the top: the hub raises the priority it
would have decided by one level at most (hub/priority.py), so the request is
seen sooner without letting anyone jump the whole queue. No session is
created by the customer: only an agent can request one (docs/remote-sessions.md),
and the customer's client then shows the usual consent prompt. Agents see the
tickets that still wait for that request (`waiting_for_session`).
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop.core.hubclient import HubClient
from desktop.core.models import Status, Ticket
from desktop.core.remote import api
from desktop.core.submission import FileDraft, TicketDraft

HELP_NOW = "help_now"  # the ticket channel of "Ask for help now"
PROPOSED_PRIORITY = "P1"  # capped by the hub: one level above its own decision
RECENT_COUNT = 5
ACTIVE = frozenset({Status.NEW, Status.OPEN, Status.IN_PROGRESS, Status.WAITING_ON_CUSTOMER})


def help_now_draft(
    summary: str, details: str = "", files: tuple[FileDraft, ...] = ()
) -> TicketDraft:
    """The ticket "Ask for help now" files (its key is made here, once)."""
    return TicketDraft(
        title=summary.strip()[:200],
        body=details.strip(),
        priority=PROPOSED_PRIORITY,
        channel=HELP_NOW,
        files=files,
    )


def wants_live_session(ticket: Ticket) -> bool:
    """Filed with "Ask for help now" and not yet resolved."""
    return ticket.channel == HELP_NOW and ticket.status in ACTIVE


def _activity(ticket: Ticket) -> object:
    return (ticket.last_public_activity_at or ticket.updated_at, ticket.id)


def recent(tickets: Iterable[Ticket], count: int = RECENT_COUNT) -> list[Ticket]:
    """The tickets with the newest activity first, at most `count`."""
    return sorted(tickets, key=_activity, reverse=True)[:count]  # type: ignore[arg-type]


def waiting_for_session(client: HubClient, tickets: Iterable[Ticket]) -> list[Ticket]:
    """Agents: the "help now" tickets no agent has requested a session on yet,
    oldest first (whoever waited longest is helped first). One request per ticket."""
    waiting = []
    for ticket in sorted(tickets, key=lambda t: (t.created_at, t.id)):
        if wants_live_session(ticket) and not api.timeline(client, ticket.id):
            waiting.append(ticket)
    return waiting
