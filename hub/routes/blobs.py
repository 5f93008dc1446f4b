"""Uploading blobs and downloading attachments."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Path, Request, Response
from fastapi.responses import FileResponse
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from hub import blobs, tickets
from hub.deps import CurrentUser, ReadSession, State
from hub.errors import ErrorBody, not_found
from hub.models import Attachment, Blob, BlobUpload, Comment
from hub.schemas import BlobOut

router = APIRouter(tags=["attachments"], responses={401: {"model": ErrorBody}})


@router.put(
    "/blobs/{sha256}",
    status_code=201,
    response_model=BlobOut,
    responses={413: {"model": ErrorBody}, 415: {"model": ErrorBody}, 422: {"model": ErrorBody}},
    openapi_extra={"requestBody": {"content": {"application/octet-stream": {}}, "required": True}},
)
async def put_blob(
    sha256: Annotated[str, Path(pattern=r"^[0-9a-f]{64}$")],
    request: Request,
    principal: CurrentUser,
    state: State,
) -> BlobOut:
    """Upload a file by its SHA-256 (lower-case hex). Safe to repeat."""
    limit = state.settings.max_blob_bytes
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise blobs.too_large(limit)
    root = state.settings.blob_dir
    received = await blobs.receive(
        request.stream(), root=root, expected_sha256=sha256, max_bytes=limit
    )
    claimed = request.headers.get("content-type", "application/octet-stream")

    def keep() -> BlobOut:
        with state.db.session(write=True) as session:
            blob = blobs.store(
                session, root=root, received=received, claimed=claimed, user_id=principal.user.id
            )
            return BlobOut.model_validate(blob)

    return await run_in_threadpool(keep)


@router.head("/blobs/{sha256}", status_code=200, responses={404: {"model": ErrorBody}})
def have_blob(
    sha256: Annotated[str, Path(pattern=r"^[0-9a-f]{64}$")],
    principal: CurrentUser,
    session: ReadSession,
) -> Response:
    """200 if you have uploaded this blob already (a retry can skip the bytes), else 404."""
    found = session.scalar(
        select(Blob.id)
        .join(BlobUpload, BlobUpload.blob_id == Blob.id)
        .where(Blob.sha256 == sha256, BlobUpload.user_id == principal.user.id)
    )
    if found is None:
        raise not_found("This blob")
    return Response(status_code=200)


@router.get(
    "/attachments/{attachment_id}",
    response_class=FileResponse,
    responses={404: {"model": ErrorBody}},
)
def get_attachment(
    attachment_id: Annotated[int, Path(ge=1, le=2**63 - 1)],
    principal: CurrentUser,
    session: ReadSession,
    state: State,
) -> FileResponse:
    """The attachment's bytes, if you may see its ticket (and its note)."""
    att = session.get(Attachment, attachment_id)
    if att is None:
        raise not_found("This attachment")
    tickets.get_visible(session, att.ticket_id, principal.user)
    if att.comment_id is not None and not principal.is_agent:
        comment = session.get(Comment, att.comment_id)
        if comment is None or comment.internal:
            raise not_found("This attachment")
    blob = att.blob
    inline = blob.mime.startswith("image/")
    disposition = "inline" if inline else "attachment"
    return FileResponse(
        blobs.blob_path(state.settings.blob_dir, blob.sha256),
        media_type=blob.mime,
        headers={
            "Content-Disposition": f"{disposition}; filename*=UTF-8''{quote(att.name)}",
            "X-Content-Type-Options": "nosniff",
            "Cache-Control": "private, max-age=86400",
        },
    )
