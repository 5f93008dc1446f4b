"""The support desk's per-ticket REST calls, typed: the customer's answer to a
resolution, merging duplicates, who else is on a ticket, and canned replies
(docs/api.md "Closing the loop", "Merging"; hub/routes/desk.py).

Also `GivenRatings`: the hub does not send a ticket's rating back to its
customer, so the customer's own client remembers what it gave (a small JSON
file in the profile) to show it on the closed ticket.
"""

from __future__ import annotations

import json
import logging
import os
from datetime import datetime
from pathlib import Path
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


class _AuditEntry(_Model):
    action: str
    detail: dict[str, Any] = {}


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


def given_rating(client: HubClient, ticket_id: int) -> int | None:
    """The customer's latest rating of a ticket, from its history (agents only)."""
    entries = client._parse_list(
        _AuditEntry, client.request("GET", f"/tickets/{ticket_id}/history")
    )
    rated = [e for e in entries if e.action == "rated" and isinstance(e.detail.get("rating"), int)]
    return int(rated[-1].detail["rating"]) if rated else None


class GivenRatings:
    """Ratings this profile gave, by ticket id (the customer's side of the record)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._ratings: dict[int, int] = {}
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            self._ratings = {int(k): int(v) for k, v in raw.items()}
        except FileNotFoundError:
            pass
        except (OSError, ValueError, AttributeError, TypeError) as exc:
            log.warning("ratings file %s unreadable (%s); starting fresh", path, exc)

    def get(self, ticket_id: int) -> int | None:
        return self._ratings.get(ticket_id)

    def remember(self, ticket_id: int, rating: int) -> None:
        self._ratings[ticket_id] = rating
        tmp = self.path.with_suffix(".tmp")
        try:
            tmp.write_text(json.dumps({str(k): v for k, v in self._ratings.items()}), "utf-8")
            os.replace(tmp, self.path)
        except OSError as exc:  # only the display of a past rating depends on it
            log.warning("could not keep the rating in %s: %s", self.path, exc)


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
