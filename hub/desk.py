"""Closing the loop and keeping the desk tidy: the customer's answer and rating,
merging duplicates, canned replies, SLA breaches and auto-closing."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from hub import audit, tickets
from hub.errors import ApiError, forbidden
from hub.events import Audience, queue_event
from hub.models import Attachment, CannedReply, Comment, Ticket, User
from hub.schemas import CommentIn, ResolutionIn, TicketPatch
from hub.statuses import Status
from hub.tickets import add_comment, ticket_event
from hub.timeutil import utcnow


def answer_resolution(session: Session, ticket: Ticket, data: ResolutionIn, user: User) -> Ticket:
    """ "Is it solved?" Yes closes it with a rating; No reopens it with the comment."""
    if user.id != ticket.customer_id:
        raise forbidden("Only the customer who filed the ticket can answer this.")
    if ticket.status != Status.RESOLVED:
        raise ApiError(
            409, "not_resolved", "This ticket is not waiting for your confirmation any more."
        )
    if data.solved:
        if data.rating is None:
            raise ApiError(422, "validation_failed", "Please rate the help from 1 to 5.")
        ticket.csat_score, ticket.csat_comment, ticket.csat_at = data.rating, data.comment, utcnow()
        audit.record(
            session, action="rated", actor_id=user.id, ticket_id=ticket.id, rating=data.rating
        )
        tickets.update(session, ticket, TicketPatch(status=Status.CLOSED), user)
    else:
        tickets.update(session, ticket, TicketPatch(status=Status.OPEN), user)
        if data.comment:
            add_comment(session, ticket, CommentIn(body=data.comment), user)
    return ticket


def merge(session: Session, source: Ticket, target: Ticket, agent: User) -> Ticket:
    """Fold a duplicate into another ticket of the same customer; nothing is lost."""
    if source.id == target.id:
        raise ApiError(422, "validation_failed", "A ticket cannot be merged into itself.")
    if source.customer_id != target.customer_id:
        raise ApiError(
            409,
            "different_customers",
            "Only tickets of the same customer can be merged: merging would show "
            "one customer's thread to another.",
        )
    if source.merged_into_id is not None or target.merged_into_id is not None:
        raise ApiError(409, "already_merged", "One of these tickets was merged already.")
    moved = len(source.comments)
    session.execute(
        update(Comment).where(Comment.ticket_id == source.id).values(ticket_id=target.id)
    )
    session.execute(
        update(Attachment).where(Attachment.ticket_id == source.id).values(ticket_id=target.id)
    )
    target.comment_count += source.comment_count
    source.comment_count = 0
    source.merged_into_id = target.id
    session.flush()
    session.expire(source, ["comments", "attachments"])
    session.expire(target, ["comments", "attachments"])
    add_comment(
        session,
        target,
        CommentIn(body=f"{source.number} ({source.title}) was merged into this ticket."),
        agent,
    )
    add_comment(
        session,
        source,
        CommentIn(
            body=f"This ticket was merged into {target.number}; the conversation continues there."
        ),
        agent,
    )
    if source.status != Status.CLOSED:
        tickets.update(session, source, TicketPatch(status=Status.CLOSED), agent)
    audit.record(
        session,
        action="merged",
        actor_id=agent.id,
        ticket_id=target.id,
        source_id=source.id,
        comments_moved=int(moved or 0),
    )
    audit.record(
        session, action="merged_into", actor_id=agent.id, ticket_id=source.id, target_id=target.id
    )
    return target


PLACEHOLDERS = ("customer_name", "ticket_number", "ticket_title", "agent_name")


def render_canned(reply: CannedReply, ticket: Ticket, agent: User) -> str:
    values = {
        "customer_name": ticket.customer.display_name,
        "ticket_number": ticket.number or "",
        "ticket_title": ticket.title,
        "agent_name": agent.display_name,
    }
    text = reply.body
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return text


def flag_breaches(session: Session) -> int:
    """Record each SLA breach once: an audit event and a live event for agents."""
    now = utcnow()
    late = session.scalars(
        select(Ticket).where(
            Ticket.sla_paused_at.is_(None),
            Ticket.status.notin_((Status.RESOLVED, Status.CLOSED)),
            or_(
                (Ticket.first_response_at.is_(None))
                & (Ticket.first_response_due < now)
                & Ticket.first_response_breached.is_(False),
                (Ticket.resolution_due < now) & Ticket.resolution_breached.is_(False),
            ),
        )
    ).all()
    for ticket in late:
        kinds = []
        if (
            ticket.first_response_at is None
            and ticket.first_response_due
            and ticket.first_response_due < now
            and not ticket.first_response_breached
        ):
            ticket.first_response_breached = True
            kinds.append("first_response")
        if ticket.resolution_due and ticket.resolution_due < now and not ticket.resolution_breached:
            ticket.resolution_breached = True
            kinds.append("resolution")
        for kind in kinds:
            audit.record(
                session, action="sla_breached", actor_id=None, ticket_id=ticket.id, target=kind
            )
        session.flush()
        queue_event(
            session,
            ticket_event(
                "sla_breached", ticket, targets=kinds, audience=Audience(None, agents_only=True)
            ),
        )
    return len(late)


def auto_close(session: Session, *, days: int) -> int:
    """Resolved tickets nobody confirmed within `days` are closed."""
    cutoff = utcnow() - timedelta(days=days)
    stale = session.scalars(
        select(Ticket).where(Ticket.status == Status.RESOLVED, Ticket.resolved_at < cutoff)
    ).all()
    now = utcnow()
    for ticket in stale:
        ticket.status, ticket.closed_at, ticket.updated_at = Status.CLOSED.value, now, now
        audit.record(
            session,
            action="auto_closed",
            actor_id=None,
            ticket_id=ticket.id,
            reason=f"resolved more than {days} days ago without an answer",
        )
        session.flush()
        queue_event(session, ticket_event("ticket_updated", ticket, changes=["status"]))
    return len(stale)
