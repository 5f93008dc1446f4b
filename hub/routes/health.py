from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy import text

from hub import __version__
from hub.deps import ReadSession, State
from hub.schemas import MAX_ATTACHMENTS, HealthOut

router = APIRouter(tags=["health"])


@router.get("/health", response_model=HealthOut)
def health(session: ReadSession, state: State) -> HealthOut:
    """Alive, and the limits a client should check before queueing an upload."""
    session.execute(text("SELECT 1"))
    return HealthOut(
        status="ok",
        version=__version__,
        max_blob_bytes=state.settings.max_blob_bytes,
        max_attachments=MAX_ATTACHMENTS,
    )
