"""The support desk's per-ticket REST calls, typed: the customer's answer to a
resolution, merging duplicates, who else is on a ticket, and canned replies
(docs/api.md "Closing the loop", "Merging"; hub/routes/desk.py).
The customer's rating comes back on the ticket itself (`TicketDetail.rating`).
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from desktop.core.hubclient import HubClient
from desktop.core.models import Status, Ticket, TicketDetail, UserRef

log = logging.getLogger(__name__)

PresenceState = Literal["viewing", "replying", "left"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class Presence(_Model):
    """Another agent on a ticket: what they are doing and since when."""

    agent: UserRef
    state: Literal["viewing", "replying"]
    since: datetime


class CannedReply(_Model):
    id: int
    title: str
    body: str


class _Rendered(_Model):
    text: str


# -- closing the loop -------------------------------------------------------------------


def answer_resolution(
    client: HubClient,
    ticket_id: int,
    *,
    solved: bool,
    rating: int | None = None,
    comment: str | None = None,
) -> TicketDetail:
    """The customer's "Is it solved?": yes closes it with a 1–5 rating; no reopens it
    with the comment as a reply."""
    body: dict[str, Any] = {"solved": solved}
    if rating is not None:
        body["rating"] = rating
    if comment:
        body["comment"] = comment
    response = client.request("POST", f"/tickets/{ticket_id}/resolution", json=body)
    return client._parse(TicketDetail, response)


# -- merging -------------------------------------------------------------------------------


def merge(client: HubClient, ticket_id: int, into_id: int) -> TicketDetail:
    """Fold ticket `ticket_id` into `into_id` (agents); returns the ticket that remains."""
    response = client.request("POST", f"/tickets/{ticket_id}/merge", json={"into_id": into_id})
    return client._parse(TicketDetail, response)


def merge_candidates(client: HubClient, ticket: Ticket, text: str = "") -> list[Ticket]:
    """Tickets `ticket` may be merged into: the same customer's others that are not
    closed (merged ones are), newest first, narrowed by `text` (a number such as
    KF-1003, or words of the title)."""
    params: dict[str, Any] = {"customer_id": ticket.customer.id, "limit": 50}
    if text.strip():
        params["q"] = text.strip()
    page = client.list_tickets(**params)
    return [t for t in page.items if t.id != ticket.id and t.status is not Status.CLOSED]


# -- presence ------------------------------------------------------------------------------


def set_presence(client: HubClient, ticket_id: int, state: PresenceState) -> list[Presence]:
    response = client.request("POST", f"/tickets/{ticket_id}/presence", json={"state": state})
    return client._parse_list(Presence, response)


def presence(client: HubClient, ticket_id: int) -> list[Presence]:
    return client._parse_list(Presence, client.request("GET", f"/tickets/{ticket_id}/presence"))


def parse_presence(event: dict[str, Any]) -> list[Presence]:
    """The agents of a `presence` live event (unreadable entries are skipped)."""
    found: list[Presence] = []
    for item in event.get("agents") or []:
        try:
            found.append(Presence.model_validate(item))
        except ValueError:
            log.warning("ignoring a presence entry we cannot read: %r", item)
    return found


# -- canned replies ------------------------------------------------------------------------


def canned_replies(client: HubClient) -> list[CannedReply]:
    return client._parse_list(CannedReply, client.request("GET", "/canned"))


def render_canned(client: HubClient, reply_id: int, ticket_id: int) -> str:
    """The reply with {customer_name}, {ticket_number}… filled in for this ticket."""
    response = client.request("GET", f"/canned/{reply_id}/render", params={"ticket_id": ticket_id})
    return client._parse(_Rendered, response).text
