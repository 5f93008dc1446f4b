"""Admins: a customer's data as a zip, deleting a customer, and the audit log."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Response
from sqlalchemy import select

from hub import audit, privacy
from hub.deps import ReadSession, State, WriteSession
from hub.errors import ErrorBody
from hub.models import AuditEvent
from hub.routes.admin import CurrentAdmin
from hub.schemas import AuditOut, DeletedOut

router = APIRouter(
    tags=["data duties"],
    responses={401: {"model": ErrorBody}, 403: {"model": ErrorBody}, 404: {"model": ErrorBody}},
)
Id = Annotated[int, Path(ge=1, le=2**63 - 1)]


@router.get(
    "/users/{user_id}/export",
    response_class=Response,
    responses={200: {"content": {"application/zip": {}}}, 409: {"model": ErrorBody}},
)
def export_customer(
    user_id: Id, principal: CurrentAdmin, session: WriteSession, state: State
) -> Response:
    """Everything the hub holds about a customer that they may see, as one zip."""
    data = privacy.export_customer(session, user_id, state.settings.blob_dir)
    audit.record(
        session,
        action="customer_exported",
        actor_id=principal.user.id,
        ticket_id=None,
        user_id=user_id,
    )
    session.commit()
    return Response(
        data,
        media_type="application/zip",
        headers={"Content-Disposition": f'attachment; filename="kefu-customer-{user_id}.zip"'},
    )


@router.delete("/users/{user_id}", response_model=DeletedOut, responses={409: {"model": ErrorBody}})
def delete_customer(
    user_id: Id, principal: CurrentAdmin, session: WriteSession, state: State
) -> DeletedOut:
    """Delete a customer with their tickets, attachments and sessions; for good."""
    removed = privacy.delete_customer(session, user_id, admin_id=principal.user.id)
    session.commit()
    privacy.unlink_blobs(state.settings.blob_dir, removed.blobs)
    return DeletedOut(tickets=removed.tickets, attachments=removed.attachments)


@router.get("/audit", response_model=list[AuditOut])
def audit_log(
    _: CurrentAdmin,
    session: ReadSession,
    action: Annotated[str | None, Query(max_length=64)] = None,
    actor_id: Annotated[int | None, Query(ge=1, le=2**63 - 1)] = None,
    ticket_id: Annotated[int | None, Query(ge=1, le=2**63 - 1)] = None,
    before_id: Annotated[int | None, Query(ge=1, le=2**63 - 1)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> list[AuditOut]:
    """Newest first; page with `before_id` (the last id you got)."""
    query = select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit)
    if action is not None:
        query = query.where(AuditEvent.action == action)
    if actor_id is not None:
        query = query.where(AuditEvent.actor_id == actor_id)
    if ticket_id is not None:
        query = query.where(AuditEvent.ticket_id == ticket_id)
    if before_id is not None:
        query = query.where(AuditEvent.id < before_id)
    return [AuditOut.model_validate(e) for e in session.scalars(query)]
