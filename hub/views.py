"""Turning rows into what each person may see."""

from __future__ import annotations

from hub.models import Attachment, Comment, Ticket, User
from hub.schemas import AttachmentOut, AuthorBrief, CommentOut, TicketDetail, TicketOut
from hub.statuses import allowed_targets


def attachment_out(att: Attachment) -> AttachmentOut:
    blob = att.blob
    return AttachmentOut(
        id=att.id,
        ticket_id=att.ticket_id,
        comment_id=att.comment_id,
        name=att.name,
        mime=blob.mime,
        size=blob.size,
        width=blob.width,
        height=blob.height,
        sha256=blob.sha256,
        ocr_text=att.ocr_text,
        created_at=att.created_at,
    )


def comment_out(comment: Comment, attachments: list[Attachment]) -> CommentOut:
    return CommentOut(
        id=comment.id,
        ticket_id=comment.ticket_id,
        author=AuthorBrief.model_validate(comment.author),
        body=comment.body,
        internal=comment.internal,
        created_at=comment.created_at,
        attachments=[attachment_out(a) for a in attachments if a.comment_id == comment.id],
    )


def ticket_out(ticket: Ticket) -> TicketOut:
    return TicketOut.model_validate(ticket)


def ticket_detail(ticket: Ticket, viewer: User) -> TicketDetail:
    """The ticket with its thread; customers never get internal notes."""
    comments = [c for c in ticket.comments if viewer.is_agent or not c.internal]
    return TicketDetail(
        **TicketOut.model_validate(ticket).model_dump(),
        comments=[comment_out(c, ticket.attachments) for c in comments],
        attachments=[attachment_out(a) for a in ticket.attachments if a.comment_id is None],
        allowed_statuses=allowed_targets(ticket.status, viewer.role),
        rating=ticket.csat_score,
        rating_comment=ticket.csat_comment,
    )
