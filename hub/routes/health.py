from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy import text

from hub import __version__
from hub.deps import ReadSession
from hub.schemas import HealthOut

router = APIRouter(tags=["health"])


@router.get("/health", response_model=HealthOut)
def health(session: ReadSession) -> HealthOut:
    session.execute(text("SELECT 1"))
    return HealthOut(status="ok", version=__version__)
