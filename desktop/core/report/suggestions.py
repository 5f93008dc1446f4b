"""What may make a ticket unnecessary: knowledge-base answers and the customer's
own open tickets about the same error (reads only; writes go through submission)."""

from __future__ import annotations

from typing import TypeVar

from pydantic import BaseModel, ConfigDict

from desktop.core.hubclient import HubClient, HubError, parse_list
from desktop.core.kb_api import QUERY_MAX, Article, KbHit
from desktop.core.models import Ticket

__all__ = ["Article", "KbHit", "SimilarTicket", "kb_answers", "similar_tickets"]

M = TypeVar("M", bound=BaseModel)


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class SimilarTicket(_Model):
    ticket: Ticket
    reason: str  # "fingerprint" (the same error) or "text" (similar words)
    score: float = 0.0


def similar_tickets(
    client: HubClient, fingerprint: str | None, text: str, limit: int = 5
) -> list[SimilarTicket]:
    """The customer's own open tickets with this fingerprint or similar text.

    The hub answers within the signed-in customer's tickets only.
    """
    params: dict[str, str | int] = {"text": text[:QUERY_MAX], "limit": limit}
    if fingerprint:
        params["fingerprint"] = fingerprint
    response = client.request("GET", "/tickets/similar", params=params)
    return parse_list(SimilarTicket, response)


def kb_answers(
    client: HubClient,
    query: str,
    fingerprint: str | None,
    language: str | None = None,
    limit: int = 5,
) -> list[KbHit]:
    """Published knowledge-base articles for this error; [] where the hub has no KB."""
    params: dict[str, str | int] = {"q": query[:QUERY_MAX], "limit": limit}
    if fingerprint:
        params["fingerprint"] = fingerprint
    if language in ("zh_CN", "en"):
        params["language"] = language
    try:
        response = client.request("GET", "/kb/search", params=params)
    except HubError as exc:
        if exc.status == 404 and exc.error in ("not_found", "unexpected_response"):
            return []  # an older hub without a knowledge base
        raise
    return parse_list(KbHit, response)
