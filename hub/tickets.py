"""Tickets: filing, finding, changing and replying. Routes stay thin and call these."""

from __future__ import annotations

import base64
import binascii
import json
from datetime import datetime
from typing import Any

from sqlalchemy import Select, and_, or_, select
from sqlalchemy.orm import Session

from hub import audit, blobs, routing, slaconfig
from hub.errors import ApiError, forbidden, not_found
from hub.events import Audience, Event, queue_event
from hub.models import Attachment, Category, Comment, Group, Ticket, User
from hub.priority import decide as decide_priority
from hub.schemas import AttachmentIn, CommentIn, TicketIn, TicketPatch
from hub.statuses import Status, allowed_targets, can_move
from hub.timeutil import as_utc, utcnow
from hub.views import comment_out, ticket_out

NUMBER_OFFSET = 1000


def visible_query(viewer: User) -> Select[Ticket]:
    query = select(Ticket)
    if not viewer.is_agent:
        query = query.where(Ticket.customer_id == viewer.id)
    return query


def get_visible(session: Session, ticket_id: int, viewer: User) -> Ticket:
    """The ticket if `viewer` may see it; otherwise 404 (not 403: no existence leaks)."""
    ticket = session.scalar(visible_query(viewer).where(Ticket.id == ticket_id))
    if ticket is None:
        raise not_found("This ticket")
    return ticket


def _attach(
    session: Session, ticket: Ticket, refs: list[AttachmentIn], user: User, comment_id: int | None
) -> None:
    for blob, ref in blobs.resolve(session, refs, user.id):
        session.add(
            Attachment(
                ticket_id=ticket.id,
                comment_id=comment_id,
                blob_id=blob.id,
                name=ref.name,
                ocr_text=ref.ocr_text,
            )
        )


def ticket_event(
    kind: str, ticket: Ticket, audience: Audience | None = None, **extra: Any
) -> Event:
    return Event(
        kind,
        ticket.id,
        audience or Audience(ticket.customer_id),
        {"ticket": ticket_out(ticket).model_dump(mode="json"), **extra},
    )


def create(session: Session, data: TicketIn, user: User) -> Ticket:
    category = None
    if data.category_id is not None:
        category = session.get(Category, data.category_id)
        if category is None or not category.active:
            raise ApiError(422, "validation_failed", "Pick one of the listed categories.")
    customer = session.get(User, user.id)
    assert customer is not None
    priority, why = decide_priority(f"{data.title}\n{data.body}", data.priority, customer.vip)
    decision = routing.route(session, category, customer)
    now = utcnow()
    ticket = Ticket(
        title=data.title,
        body=data.body,
        status=Status.NEW.value,
        priority=priority,
        channel=data.channel,
        fingerprint=data.fingerprint,
        category_id=category.id if category else None,
        group_id=decision.group.id if decision.group else None,
        assignee_id=decision.assignee.id if decision.assignee else None,
        customer_id=user.id,
        created_at=now,
        updated_at=now,
        last_public_activity_at=now,
    )
    slaconfig.set_due(session, ticket, now)
    session.add(ticket)
    session.flush()
    ticket.number = f"KF-{NUMBER_OFFSET + ticket.id}"
    _attach(session, ticket, data.attachments, user, None)
    audit.record(session, action="created", actor_id=user.id, ticket_id=ticket.id)
    audit.record(
        session,
        action="priority_decided",
        actor_id=None,
        ticket_id=ticket.id,
        priority=priority,
        reason=why,
    )
    audit.record(
        session,
        action="routed",
        actor_id=None,
        ticket_id=ticket.id,
        group_id=ticket.group_id,
        assignee_id=ticket.assignee_id,
        reason=decision.reason,
    )
    session.flush()
    session.refresh(ticket)
    queue_event(session, ticket_event("ticket_created", ticket))
    return ticket


# --- listing -------------------------------------------------------------------


def encode_cursor(ticket: Ticket) -> str:
    raw = json.dumps([ticket.updated_at.isoformat(), ticket.id]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[datetime, int]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        stamp, ticket_id = json.loads(raw)
        return as_utc(datetime.fromisoformat(stamp)), int(ticket_id)
    except (ValueError, TypeError, binascii.Error, json.JSONDecodeError) as exc:
        raise ApiError(
            422,
            "validation_failed",
            "The cursor is not one this hub gave out; start from the first page.",
        ) from exc


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def list_visible(
    session: Session,
    viewer: User,
    *,
    statuses: list[str],
    priority: str | None,
    assignee: str | None,
    group_id: int | None,
    category_id: int | None,
    customer_id: int | None,
    fingerprint: str | None = None,
    q: str | None,
    updated_since: datetime | None,
    limit: int,
    cursor: str | None,
) -> tuple[list[Ticket], str | None]:
    query = visible_query(viewer)
    if statuses:
        query = query.where(Ticket.status.in_(statuses))
    if priority:
        query = query.where(Ticket.priority == priority)
    if assignee == "none":
        query = query.where(Ticket.assignee_id.is_(None))
    elif assignee == "me":
        query = query.where(Ticket.assignee_id == viewer.id)
    elif assignee is not None:
        query = query.where(Ticket.assignee_id == int(assignee))
    if group_id is not None:
        query = query.where(Ticket.group_id == group_id)
    if category_id is not None:
        query = query.where(Ticket.category_id == category_id)
    if customer_id is not None:
        query = query.where(Ticket.customer_id == customer_id)
    if fingerprint:
        query = query.where(Ticket.fingerprint == fingerprint)
    if q:
        pattern = _like(q.strip())
        # The OCR text of screenshots is searchable too (only the ticket's own and
        # public-reply attachments for customers, who never see notes).
        ocr = select(Attachment.ticket_id).where(Attachment.ocr_text.ilike(pattern, escape="\\"))
        if not viewer.is_agent:
            ocr = ocr.outerjoin(Comment, Comment.id == Attachment.comment_id).where(
                or_(Attachment.comment_id.is_(None), Comment.internal.is_(False))
            )
        query = query.where(
            or_(
                Ticket.title.ilike(pattern, escape="\\"),
                Ticket.body.ilike(pattern, escape="\\"),
                Ticket.number.ilike(pattern, escape="\\"),
                Ticket.id.in_(ocr),
            )
        )
    if updated_since is not None:
        query = query.where(Ticket.updated_at >= updated_since)
    if cursor:
        stamp, last_id = decode_cursor(cursor)
        query = query.where(
            or_(Ticket.updated_at < stamp, and_(Ticket.updated_at == stamp, Ticket.id < last_id))
        )
    query = query.order_by(Ticket.updated_at.desc(), Ticket.id.desc()).limit(limit + 1)
    rows = list(session.scalars(query).unique())
    next_cursor = encode_cursor(rows[limit - 1]) if len(rows) > limit else None
    return rows[:limit], next_cursor


# --- changing ------------------------------------------------------------------


def _move(session: Session, ticket: Ticket, target: str, now: datetime) -> None:
    """Change status with what comes with it: timestamps, the SLA pause, reopens."""
    if target == Status.WAITING_ON_CUSTOMER:
        slaconfig.pause(ticket, now)
    elif ticket.status == Status.WAITING_ON_CUSTOMER:
        slaconfig.resume(session, ticket, now)
    if target == Status.OPEN and ticket.status in (Status.RESOLVED, Status.CLOSED):
        ticket.reopen_count += 1
    if target == Status.RESOLVED:
        ticket.resolved_at = now
    elif target == Status.CLOSED:
        ticket.closed_at = now
    elif target == Status.OPEN and ticket.status in (Status.RESOLVED, Status.CLOSED):
        ticket.resolved_at = None
        ticket.closed_at = None
    ticket.status = target


def update(session: Session, ticket: Ticket, patch: TicketPatch, user: User) -> Ticket:
    fields = patch.model_fields_set
    if not fields:
        raise ApiError(422, "validation_failed", "Nothing to change: send at least one field.")
    if not user.is_agent and fields - {"status"}:
        raise forbidden("Customers may only confirm, reopen or close their tickets.")
    now = utcnow()
    changes: dict[str, Any] = {}
    if "status" in fields:
        target = patch.status
        if target is None:
            raise ApiError(422, "validation_failed", "status cannot be empty.")
        # Customers may only make their listed moves; for agents, the same status is a no-op.
        if target != ticket.status or not user.is_agent:
            if not can_move(ticket.status, target, user.role):
                allowed = allowed_targets(ticket.status, user.role)
                raise ApiError(
                    409,
                    "invalid_transition",
                    f"A ticket that is {ticket.status} cannot be moved to {target.value}"
                    + (f"; it can go to: {', '.join(allowed)}." if allowed else "."),
                    {"from": ticket.status, "to": target.value, "allowed": allowed},
                )
            changes["status"] = [ticket.status, target.value]
            _move(session, ticket, target.value, now)
    if "priority" in fields and patch.priority and patch.priority != ticket.priority:
        changes["priority"] = [ticket.priority, patch.priority]
        ticket.priority = patch.priority
        slaconfig.set_due(session, ticket, ticket.created_at)
    if "category_id" in fields and patch.category_id != ticket.category_id:
        category = session.get(Category, patch.category_id) if patch.category_id else None
        if patch.category_id is not None and category is None:
            raise ApiError(422, "validation_failed", "That category does not exist.")
        changes["category_id"] = [ticket.category_id, patch.category_id]
        ticket.category_id = patch.category_id
        if "group_id" not in fields and category is not None:
            ticket.group_id = category.group_id
    if "group_id" in fields and patch.group_id != ticket.group_id:
        if patch.group_id is not None and session.get(Group, patch.group_id) is None:
            raise ApiError(422, "validation_failed", "That group does not exist.")
        changes["group_id"] = [ticket.group_id, patch.group_id]
        ticket.group_id = patch.group_id
    if "assignee_id" in fields and patch.assignee_id != ticket.assignee_id:
        if patch.assignee_id is not None:
            agent = session.get(User, patch.assignee_id)
            if agent is None or not agent.is_agent or not agent.active:
                raise ApiError(
                    422, "validation_failed", "Tickets can only be assigned to active agents."
                )
            if ticket.status == Status.NEW:
                _move(session, ticket, Status.OPEN.value, now)
        changes["assignee_id"] = [ticket.assignee_id, patch.assignee_id]
        ticket.assignee_id = patch.assignee_id
    if changes:
        ticket.updated_at = now
        audit.record(
            session, action="updated", actor_id=user.id, ticket_id=ticket.id, changes=changes
        )
        session.flush()
        session.refresh(ticket)
        queue_event(session, ticket_event("ticket_updated", ticket, changes=list(changes)))
    return ticket


def add_comment(session: Session, ticket: Ticket, data: CommentIn, user: User) -> Comment:
    if data.internal and not user.is_agent:
        raise forbidden("Only agents can write internal notes.")
    now = utcnow()
    comment = Comment(
        ticket_id=ticket.id,
        author_id=user.id,
        body=data.body,
        internal=data.internal,
        created_at=now,
    )
    session.add(comment)
    session.flush()
    _attach(session, ticket, data.attachments, user, comment.id)
    if not data.internal:
        ticket.comment_count += 1
        ticket.last_public_activity_at = now
        if user.is_agent:
            ticket.agent_reply_count += 1
            if ticket.first_response_at is None:
                ticket.first_response_at = now
            if ticket.status == Status.NEW:
                _move(session, ticket, Status.OPEN.value, now)
        elif ticket.status == Status.WAITING_ON_CUSTOMER:
            _move(session, ticket, Status.IN_PROGRESS.value, now)
        elif ticket.status in (Status.RESOLVED, Status.CLOSED):
            # A customer writing on a finished ticket is telling us it is not fixed.
            _move(session, ticket, Status.OPEN.value, now)
    ticket.updated_at = now
    audit.record(
        session,
        action="note_added" if data.internal else "replied",
        actor_id=user.id,
        ticket_id=ticket.id,
        comment_id=comment.id,
    )
    session.flush()
    session.refresh(ticket)
    session.refresh(comment)
    attachments = list(
        session.scalars(select(Attachment).where(Attachment.comment_id == comment.id))
    )
    body = comment_out(comment, attachments).model_dump(mode="json")
    queue_event(
        session,
        Event(
            "comment_added",
            ticket.id,
            Audience(ticket.customer_id, agents_only=data.internal),
            {"ticket": ticket_out(ticket).model_dump(mode="json"), "comment": body},
        ),
    )
    return comment
