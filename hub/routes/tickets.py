"""Tickets and their comments. Authorization: `tickets.get_visible` for reading,
the role checks in `tickets.update` / `tickets.add_comment` for writing."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query
from fastapi.responses import JSONResponse
from sqlalchemy import select

from hub import similar, tickets
from hub.deps import CurrentAgent, CurrentUser, IdempotencyKey, ReadSession, WriteSession
from hub.errors import ApiError, ErrorBody
from hub.idempotency import run_once
from hub.models import AuditEvent
from hub.schemas import (
    AuditOut,
    CommentIn,
    CommentOut,
    SimilarOut,
    TicketDetail,
    TicketIn,
    TicketPage,
    TicketPatch,
)
from hub.statuses import Status
from hub.views import comment_out, ticket_detail, ticket_out

router = APIRouter(
    tags=["tickets"], responses={401: {"model": ErrorBody}, 422: {"model": ErrorBody}}
)

TicketId = Annotated[int, Path(ge=1, le=2**63 - 1)]


@router.post(
    "/tickets", status_code=201, response_model=TicketDetail, responses={409: {"model": ErrorBody}}
)
def create_ticket(
    data: TicketIn, principal: CurrentUser, session: WriteSession, key: IdempotencyKey = None
) -> JSONResponse:
    user = principal.user
    return run_once(
        session,
        user_id=user.id,
        key=key,
        scope="POST /tickets",
        payload=data,
        create=lambda: ticket_detail(tickets.create(session, data, user), user),
    )


def _statuses(values: list[str]) -> list[str]:
    out = [s.strip() for v in values for s in v.split(",") if s.strip()]
    valid = {s.value for s in Status}
    bad = [s for s in out if s not in valid]
    if bad:
        raise ApiError(
            422,
            "validation_failed",
            f"Unknown status {', '.join(bad)}; use one of {', '.join(sorted(valid))}.",
        )
    return out


@router.get("/tickets", response_model=TicketPage)
def list_tickets(
    principal: CurrentUser,
    session: ReadSession,
    status: Annotated[list[str], Query()] = [],  # noqa: B006 (FastAPI copies defaults)
    priority: Literal["P1", "P2", "P3", "P4"] | None = None,
    assignee_id: Annotated[str | None, Query(pattern=r"^(me|none|[1-9][0-9]{0,17})$")] = None,
    group_id: Annotated[int | None, Query(ge=1, le=2**63 - 1)] = None,
    category_id: Annotated[int | None, Query(ge=1, le=2**63 - 1)] = None,
    customer_id: Annotated[int | None, Query(ge=1, le=2**63 - 1)] = None,
    fingerprint: Annotated[str | None, Query(pattern=r"^v\d+:[0-9a-f]{8,64}$")] = None,
    q: Annotated[str | None, Query(max_length=200)] = None,
    updated_since: datetime | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
) -> TicketPage:
    """Tickets you may see, newest update first. Customers get only their own."""
    if updated_since is not None and updated_since.tzinfo is None:
        raise ApiError(
            422, "validation_failed", "updated_since needs a time zone, e.g. 2026-11-23T08:00:00Z."
        )
    items, next_cursor = tickets.list_visible(
        session,
        principal.user,
        statuses=_statuses(status),
        priority=priority,
        assignee=assignee_id,
        group_id=group_id,
        category_id=category_id,
        customer_id=customer_id if principal.is_agent else None,
        fingerprint=fingerprint,
        q=q,
        updated_since=updated_since,
        limit=limit,
        cursor=cursor,
    )
    return TicketPage(items=[ticket_out(t) for t in items], next_cursor=next_cursor)


@router.get("/tickets/similar", response_model=list[SimilarOut])
def similar_tickets(
    principal: CurrentUser,
    session: ReadSession,
    fingerprint: Annotated[str | None, Query(pattern=r"^v\d+:[0-9a-f]{8,64}$")] = None,
    text: Annotated[str, Query(max_length=5000)] = "",
    limit: Annotated[int, Query(ge=1, le=20)] = 5,
) -> list[SimilarOut]:
    """Open tickets like this error: the same fingerprint first, then similar text.
    Customers are only ever offered their own tickets."""
    found = similar.find(session, principal.user, fingerprint=fingerprint, text=text, limit=limit)
    return [SimilarOut(ticket=ticket_out(m.ticket), reason=m.reason, score=m.score) for m in found]


@router.get(
    "/tickets/{ticket_id}", response_model=TicketDetail, responses={404: {"model": ErrorBody}}
)
def get_ticket(ticket_id: TicketId, principal: CurrentUser, session: ReadSession) -> TicketDetail:
    return ticket_detail(tickets.get_visible(session, ticket_id, principal.user), principal.user)


@router.patch(
    "/tickets/{ticket_id}",
    response_model=TicketDetail,
    responses={403: {"model": ErrorBody}, 404: {"model": ErrorBody}, 409: {"model": ErrorBody}},
)
def update_ticket(
    ticket_id: TicketId, patch: TicketPatch, principal: CurrentUser, session: WriteSession
) -> TicketDetail:
    ticket = tickets.get_visible(session, ticket_id, principal.user)
    tickets.update(session, ticket, patch, principal.user)
    session.commit()
    return ticket_detail(ticket, principal.user)


@router.post(
    "/tickets/{ticket_id}/comments",
    status_code=201,
    response_model=CommentOut,
    responses={403: {"model": ErrorBody}, 404: {"model": ErrorBody}, 409: {"model": ErrorBody}},
)
def add_comment(
    ticket_id: TicketId,
    data: CommentIn,
    principal: CurrentUser,
    session: WriteSession,
    key: IdempotencyKey = None,
) -> JSONResponse:
    user = principal.user
    ticket = tickets.get_visible(session, ticket_id, user)

    def create() -> CommentOut:
        comment = tickets.add_comment(session, ticket, data, user)
        return comment_out(comment, [a for a in ticket.attachments if a.comment_id == comment.id])

    return run_once(
        session,
        user_id=user.id,
        key=key,
        scope=f"POST /tickets/{ticket_id}/comments",
        payload=data,
        create=create,
    )


@router.get(
    "/tickets/{ticket_id}/history",
    response_model=list[AuditOut],
    responses={403: {"model": ErrorBody}, 404: {"model": ErrorBody}},
)
def ticket_history(
    ticket_id: TicketId, principal: CurrentAgent, session: ReadSession
) -> list[AuditOut]:
    tickets.get_visible(session, ticket_id, principal.user)
    rows = session.scalars(
        select(AuditEvent).where(AuditEvent.ticket_id == ticket_id).order_by(AuditEvent.id)
    )
    return [AuditOut.model_validate(r) for r in rows]
