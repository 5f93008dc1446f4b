"""Remote sessions: request, code, consent, end. The relay (hub/relay.py) moves
the bytes; this module decides what is allowed and records it on the ticket.

A code is nine digits, "LLL SSSSSS": the short part L finds the session (and
is what wrong tries are counted against); the secret part S is kept only as an
HMAC with a per-session salt, so a later design can keep it off the hub."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import threading
import time
from collections import defaultdict, deque
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from hub import audit
from hub.config import HubSettings
from hub.errors import ApiError, forbidden, not_found
from hub.events import Audience, Event, queue_event
from hub.models import RemoteSession, Ticket, User
from hub.schemas import SessionOut, SessionRequestIn
from hub.timeutil import utcnow

LIVE = ("requested", "active")
# What each side may send once the customer has consented ("view" scope).
GRANTS: dict[str, dict[str, frozenset[str]]] = {
    "view": {
        "customer": frozenset({"frame", "cursor", "chat", "control", "ack"}),
        "agent": frozenset({"chat", "pointer", "control", "ack"}),
    }
}
_CODE = re.compile(r"^\d{9}$")


def _digest(salt: str, secret: str) -> str:
    return hmac.new(salt.encode(), secret.encode(), hashlib.sha256).hexdigest()


def session_out(rs: RemoteSession) -> SessionOut:
    return SessionOut.model_validate(
        dict(
            id=rs.id,
            ticket_id=rs.ticket_id,
            ticket_number=rs.ticket.number or "",
            ticket_title=rs.ticket.title,
            agent={
                "id": rs.agent.id,
                "display_name": rs.agent.display_name,
                "organization": rs.agent.organization,
            },
            customer_id=rs.customer_id,
            status=rs.status,
            scope=rs.scope,
            reason=rs.reason,
            monitor=rs.monitor,
            requested_at=rs.requested_at,
            code_expires_at=rs.code_expires_at,
            accepted_at=rs.accepted_at,
            ended_at=rs.ended_at,
            ended_by=rs.ended_by,
            end_reason=rs.end_reason,
        )
    )


def _finish(rs: RemoteSession, status: str, by: str, reason: str) -> None:
    """Close a session's record: the one place that sets how it ended."""
    rs.status, rs.ended_at, rs.ended_by, rs.end_reason = status, utcnow(), by, reason


def _announce(session: Session, rs: RemoteSession, kind: str) -> None:
    session.flush()
    session.refresh(rs)
    queue_event(
        session,
        Event(
            kind,
            rs.ticket_id,
            Audience(rs.customer_id),
            {"session": session_out(rs).model_dump(mode="json")},
        ),
    )


def _free_locator(session: Session) -> str:
    in_use = set(
        session.scalars(
            select(RemoteSession.code_locator).where(RemoteSession.status == "requested")
        )
    )
    for _ in range(50):
        locator = f"{secrets.randbelow(1000):03d}"
        if locator not in in_use:
            return locator
    raise ApiError(503, "busy", "Too many sessions are waiting for an answer; try again shortly.")


def request(
    session: Session, ticket: Ticket, agent: User, data: SessionRequestIn, settings: HubSettings
) -> tuple[RemoteSession, str]:
    """Create a session on `ticket`; returns it with its code (shown once, to the agent).
    Call `expire_stale` first so an unanswered old request does not block this one."""
    busy = session.scalar(
        select(RemoteSession.id).where(
            RemoteSession.ticket_id == ticket.id, RemoteSession.status.in_(LIVE)
        )
    )
    if busy is not None:
        raise ApiError(
            409,
            "session_in_progress",
            "This ticket already has a remote session waiting or running; "
            "end it before asking again.",
            {"session_id": busy},
        )
    locator, secret, salt = (
        _free_locator(session),
        f"{secrets.randbelow(10**6):06d}",
        secrets.token_hex(16),
    )
    now = utcnow()
    rs = RemoteSession(
        ticket_id=ticket.id,
        agent_id=agent.id,
        customer_id=ticket.customer_id,
        status="requested",
        scope=data.scope,
        reason=data.reason,
        code_locator=locator,
        code_salt=salt,
        code_hash=_digest(salt, secret),
        requested_at=now,
        code_expires_at=now + timedelta(minutes=settings.session_code_minutes),
    )
    session.add(rs)
    session.flush()
    audit.record(
        session,
        action="session_requested",
        actor_id=agent.id,
        ticket_id=ticket.id,
        session_id=rs.id,
        scope=data.scope,
    )
    _announce(session, rs, "session_requested")
    return rs, f"{locator} {secret}"


def visible_session(session: Session, session_id: int, user: User) -> RemoteSession:
    """A session its agent or customer may see (any agent may see ones on tickets)."""
    rs = session.get(RemoteSession, session_id)
    if rs is None or not (user.is_agent or rs.customer_id == user.id):
        raise not_found("This remote session")
    return rs


def expire_stale(session: Session) -> list[int]:
    """Mark unanswered requests past their time as expired; returns their ids so
    the caller can close any relay socket still waiting on them."""
    now = utcnow()
    expired = []
    for rs in session.scalars(
        select(RemoteSession).where(
            RemoteSession.status == "requested", RemoteSession.code_expires_at <= now
        )
    ):
        _finish(rs, "expired", "hub", "not_answered")
        audit.record(
            session,
            action="session_expired",
            actor_id=None,
            ticket_id=rs.ticket_id,
            session_id=rs.id,
        )
        _announce(session, rs, "session_updated")
        expired.append(rs.id)
    return expired


class JoinLimiter:
    """Wrong codes per user: enough tries to fix a typo, too few to guess."""

    def __init__(self, max_failures: int = 10, window_seconds: int = 600) -> None:
        self.max_failures, self.window = max_failures, window_seconds
        self._fails: dict[int, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def check(self, user_id: int) -> None:
        now = time.monotonic()
        with self._lock:
            q = self._fails[user_id]
            while q and now - q[0] > self.window:
                q.popleft()
            if len(q) >= self.max_failures:
                raise ApiError(
                    429,
                    "too_many_attempts",
                    "Too many wrong codes. Wait ten minutes, or ask the agent "
                    "to send the request to Kefu directly.",
                )

    def failed(self, user_id: int) -> None:
        with self._lock:
            self._fails[user_id].append(time.monotonic())


def _bad_code() -> ApiError:
    return ApiError(
        422, "invalid_code", "This code is not valid. Check the nine digits with the agent."
    )


def join(
    session: Session, raw_code: str, user: User, settings: HubSettings, limiter: JoinLimiter
) -> RemoteSession:
    """Find the session a customer's typed code belongs to (consent comes next)."""
    limiter.check(user.id)
    code = re.sub(r"[\s-]", "", raw_code)
    if not _CODE.match(code):
        raise ApiError(
            422, "validation_failed", "A session code has nine digits, e.g. 123 456 789."
        )
    locator, secret = code[:3], code[3:]
    rs = session.scalar(
        select(RemoteSession).where(
            RemoteSession.code_locator == locator, RemoteSession.status == "requested"
        )
    )
    if rs is None:
        limiter.failed(user.id)
        raise _bad_code()
    if (
        not hmac.compare_digest(rs.code_hash, _digest(rs.code_salt, secret))
        or rs.customer_id != user.id
    ):
        limiter.failed(user.id)
        rs.failed_attempts += 1
        if rs.failed_attempts >= settings.session_code_max_failures:
            _finish(rs, "locked", "hub", "code_locked")
            audit.record(
                session,
                action="session_locked",
                actor_id=None,
                ticket_id=rs.ticket_id,
                session_id=rs.id,
            )
            _announce(session, rs, "session_updated")
        session.commit()
        raise _bad_code()
    return rs


def consent(
    session: Session, rs: RemoteSession, user: User, accept: bool, monitor: int | None
) -> RemoteSession:
    """The customer's answer. Only the ticket's customer may give it, once."""
    if rs.customer_id != user.id:
        raise forbidden("Only the customer whose screen it is can answer this request.")
    session.refresh(rs)
    if rs.status != "requested":
        raise ApiError(
            409,
            "session_not_waiting",
            f"This request was already answered or has ended ({rs.status}).",
        )
    now = utcnow()
    if accept:
        rs.status, rs.accepted_at, rs.monitor = "active", now, monitor
    else:
        _finish(rs, "declined", "customer", "declined")
    audit.record(
        session,
        action="session_accepted" if accept else "session_declined",
        actor_id=user.id,
        ticket_id=rs.ticket_id,
        session_id=rs.id,
        scope=rs.scope,
        monitor=monitor,
    )
    _announce(session, rs, "session_updated")
    return rs


def end(
    session: Session, rs: RemoteSession, *, by: str, reason: str, actor_id: int | None
) -> RemoteSession:
    if rs.status not in LIVE:
        return rs
    _finish(rs, "ended", by, reason)
    assert rs.ended_at is not None
    seconds = int((rs.ended_at - rs.accepted_at).total_seconds()) if rs.accepted_at else 0
    audit.record(
        session,
        action="session_ended",
        actor_id=actor_id,
        ticket_id=rs.ticket_id,
        session_id=rs.id,
        ended_by=by,
        reason=reason,
        seconds=seconds,
    )
    _announce(session, rs, "session_updated")
    return rs


def overdue(session: Session, settings: HubSettings) -> list[RemoteSession]:
    """Active sessions past their maximum length."""
    cutoff = utcnow() - timedelta(minutes=settings.session_max_minutes)
    return list(
        session.scalars(
            select(RemoteSession).where(
                RemoteSession.status == "active", RemoteSession.accepted_at <= cutoff
            )
        )
    )
