"""Data duties (PIPL / GDPR): export what the hub holds about a customer, delete
a customer with their data, and forget closed tickets after the retention period.

Decisions (docs/security.md, "Data duties"):
- Export is everything the customer can see in the app (profile, tickets, the
  public thread, attachments' bytes, remote-session records, devices signed in)
  as one zip; agents' internal notes are the desk's working papers and stay out.
- Deletion is for customers; agents are deactivated (their replies belong to
  other people's tickets). It removes the customer's tickets with their threads,
  attachments, sessions and history, their devices and uploads; knowledge-base
  counters keep the event without the person; bytes no ticket uses any more are
  removed from disk after the commit. An admin audit event records who deleted
  how much, without any of the deleted personal data.
- Retention deletes tickets closed longer ago than `retention_days`, the same
  way, in the hourly housekeeping.
"""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import delete, exists, func, select, update
from sqlalchemy.orm import Session

from hub import audit
from hub.blobs import blob_path
from hub.errors import ApiError, not_found
from hub.models import (
    Attachment,
    AuditEvent,
    Blob,
    Comment,
    KbEvent,
    RemoteSession,
    Ticket,
    Token,
    User,
)
from hub.timeutil import utcnow

EXPORT_FORMAT = 1


@dataclass
class Removed:
    tickets: int = 0
    attachments: int = 0
    blobs: list[str] | None = None  # sha256 of bytes to unlink after the commit


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _customer(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise not_found("This user")
    if user.role != "customer":
        raise ApiError(
            409,
            "not_a_customer",
            "Only customers can be exported or deleted here; deactivate an agent instead.",
        )
    return user


# -- export ------------------------------------------------------------------------------


def export_customer(session: Session, user_id: int, blob_root: Path) -> bytes:
    """A zip: `customer.json` and `attachments/<id>-<name>` with the original bytes."""
    user = _customer(session, user_id)
    tickets = session.scalars(
        select(Ticket).where(Ticket.customer_id == user.id).order_by(Ticket.id)
    ).all()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        data: dict[str, Any] = {
            "format": EXPORT_FORMAT,
            "exported_at": _iso(utcnow()),
            "user": {
                "id": user.id,
                "email": user.email,
                "display_name": user.display_name,
                "organization": user.organization,
                "locale": user.locale,
                "vip": user.vip,
                "created_at": _iso(user.created_at),
            },
            "devices": [
                {
                    "device_name": t.device_name,
                    "created_at": _iso(t.created_at),
                    "last_used_at": _iso(t.last_used_at),
                    "revoked": t.revoked_at is not None,
                }
                for t in session.scalars(select(Token).where(Token.user_id == user.id))
            ],
            "tickets": [_ticket_export(session, t, archive, blob_root) for t in tickets],
            "remote_sessions": [
                {
                    "ticket_id": rs.ticket_id,
                    "agent": rs.agent.display_name if rs.agent else None,
                    "status": rs.status,
                    "requested_at": _iso(rs.requested_at),
                    "accepted_at": _iso(rs.accepted_at),
                    "ended_at": _iso(rs.ended_at),
                }
                for rs in session.scalars(
                    select(RemoteSession).where(RemoteSession.customer_id == user.id)
                )
            ],
        }
        archive.writestr(
            "customer.json", json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
        )
    return buffer.getvalue()


def _ticket_export(
    session: Session, ticket: Ticket, archive: zipfile.ZipFile, blob_root: Path
) -> dict[str, Any]:
    public = [c for c in ticket.comments if not c.internal]
    shown = {c.id for c in public}
    files = []
    for attachment in ticket.attachments:
        if attachment.comment_id is not None and attachment.comment_id not in shown:
            continue  # an attachment of an internal note
        name = f"attachments/{attachment.id}-{Path(attachment.name).name or 'file'}"
        source = blob_path(blob_root, attachment.blob.sha256)
        if source.exists():
            archive.write(source, name)
        files.append(
            {
                "id": attachment.id,
                "name": attachment.name,
                "file": name,
                "sha256": attachment.blob.sha256,
                "ocr_text": attachment.ocr_text,
            }
        )
    return {
        "number": ticket.number,
        "title": ticket.title,
        "body": ticket.body,
        "status": ticket.status,
        "priority": ticket.priority,
        "created_at": _iso(ticket.created_at),
        "closed_at": _iso(ticket.closed_at),
        "rating": ticket.csat_score,
        "rating_comment": ticket.csat_comment,
        "comments": [
            {
                "author": c.author.display_name if c.author else None,
                "body": c.body,
                "created_at": _iso(c.created_at),
            }
            for c in public
        ],
        "attachments": files,
    }


# -- deletion ------------------------------------------------------------------------------


def _delete_tickets(session: Session, ticket_ids: list[int]) -> Removed:
    """Tickets with everything hanging off them; returns bytes now unused."""
    if not ticket_ids:
        return Removed(blobs=[])
    blob_ids = set(
        session.scalars(select(Attachment.blob_id).where(Attachment.ticket_id.in_(ticket_ids)))
    )
    attachments = session.scalar(
        select(func.count(Attachment.id)).where(Attachment.ticket_id.in_(ticket_ids))
    )
    session.execute(
        update(Ticket).where(Ticket.merged_into_id.in_(ticket_ids)).values(merged_into_id=None)
    )
    session.execute(update(KbEvent).where(KbEvent.ticket_id.in_(ticket_ids)).values(ticket_id=None))
    for table, column in (
        (Attachment, Attachment.ticket_id),
        (Comment, Comment.ticket_id),
        (AuditEvent, AuditEvent.ticket_id),
        (RemoteSession, RemoteSession.ticket_id),
    ):
        session.execute(delete(table).where(column.in_(ticket_ids)))
    session.execute(delete(Ticket).where(Ticket.id.in_(ticket_ids)))
    unused = session.scalars(
        select(Blob).where(Blob.id.in_(blob_ids), ~exists().where(Attachment.blob_id == Blob.id))
    ).all()
    shas = [b.sha256 for b in unused]
    for blob in unused:
        session.delete(blob)
    return Removed(tickets=len(ticket_ids), attachments=int(attachments or 0), blobs=shas)


def unlink_blobs(root: Path, shas: list[str] | None) -> None:
    """After the commit: the bytes of blobs whose rows are gone."""
    for sha in shas or []:
        blob_path(root, sha).unlink(missing_ok=True)


def delete_customer(session: Session, user_id: int, *, admin_id: int | None) -> Removed:
    user = _customer(session, user_id)
    live = session.scalar(
        select(RemoteSession.id).where(
            RemoteSession.customer_id == user.id, RemoteSession.status.in_(("requested", "active"))
        )
    )
    if live is not None:
        raise ApiError(
            409,
            "session_in_progress",
            "This customer has a remote session open; end it before deleting the account.",
        )
    ticket_ids = list(session.scalars(select(Ticket.id).where(Ticket.customer_id == user.id)))
    removed = _delete_tickets(session, ticket_ids)
    session.execute(update(AuditEvent).where(AuditEvent.actor_id == user.id).values(actor_id=None))
    session.execute(update(KbEvent).where(KbEvent.user_id == user.id).values(user_id=None))
    session.execute(delete(RemoteSession).where(RemoteSession.customer_id == user.id))
    session.delete(user)  # tokens, uploads and idempotency records go with it
    audit.record(
        session,
        action="customer_deleted",
        actor_id=admin_id,
        ticket_id=None,
        user_id=user_id,
        tickets=removed.tickets,
        attachments=removed.attachments,
    )
    return removed


def purge_closed(session: Session, *, days: int, now: datetime | None = None) -> Removed:
    """Delete tickets closed more than `days` ago (0: keep everything)."""
    if days <= 0:
        return Removed(blobs=[])
    cutoff = (now or utcnow()) - timedelta(days=days)
    ids = list(
        session.scalars(
            select(Ticket.id).where(Ticket.status == "closed", Ticket.closed_at < cutoff)
        )
    )
    removed = _delete_tickets(session, ids)
    if ids:
        audit.record(
            session,
            action="retention_purge",
            actor_id=None,
            ticket_id=None,
            days=days,
            tickets=removed.tickets,
            attachments=removed.attachments,
        )
    return removed
