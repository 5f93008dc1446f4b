""" "Is it one of these?": tickets like the one being filed.

A customer is only ever offered their own tickets. The same error fingerprint
is the strongest match; otherwise text is compared by character trigrams,
which works for Chinese (no spaces between words) and tolerates the few wrong
characters OCR leaves behind."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from sqlalchemy.orm import Session

from hub.models import Ticket, User
from hub.statuses import Status
from hub.tickets import visible_query

OPEN = [s.value for s in Status if s not in (Status.CLOSED,)]
_NOISE = re.compile(r"[\s\W_]+", re.UNICODE)
MIN_SCORE = 0.35
CANDIDATES = 500


@dataclass
class Match:
    ticket: Ticket
    reason: Literal["fingerprint", "text"]
    score: float


def trigrams(text: str) -> set[str]:
    flat = _NOISE.sub(" ", text.lower()).strip()
    return {flat[i : i + 3] for i in range(max(0, len(flat) - 2))}


def similarity(a: str, b: str) -> float:
    """How much of the shorter text's trigrams the other one has (0..1)."""
    ta, tb = trigrams(a), trigrams(b)
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / min(len(ta), len(tb))


def find(
    session: Session, viewer: User, *, fingerprint: str | None, text: str, limit: int
) -> list[Match]:
    query = (
        visible_query(viewer)
        .where(Ticket.status.in_(OPEN))
        .order_by(Ticket.updated_at.desc())
        .limit(CANDIDATES)
    )
    matches: list[Match] = []
    for ticket in session.scalars(query):
        if fingerprint and ticket.fingerprint == fingerprint:
            matches.append(Match(ticket, "fingerprint", 1.0))
            continue
        if text:
            score = similarity(text, f"{ticket.title}\n{ticket.body}")
            if score >= MIN_SCORE:
                matches.append(Match(ticket, "text", round(score, 3)))
    matches.sort(key=lambda m: (m.score, m.ticket.updated_at), reverse=True)
    return matches[:limit]
