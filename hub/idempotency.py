"""Idempotent creates: the same Idempotency-Key and body give the first answer
again; the same key with another body is a conflict. Keys are per user."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hub.errors import ApiError
from hub.models import IdempotencyRecord
from hub.timeutil import utcnow


def request_hash(scope: str, payload: BaseModel) -> str:
    canonical = json.dumps(
        [scope, payload.model_dump(mode="json")], sort_keys=True, ensure_ascii=False
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def run_once(
    session: Session,
    *,
    user_id: int,
    key: str | None,
    scope: str,
    payload: BaseModel,
    create: Callable[[], BaseModel],
    status_code: int = 201,
) -> JSONResponse:
    """Run `create` and commit, or replay the answer remembered for `key`.

    The caller's session holds the write lock (BEGIN IMMEDIATE on SQLite), so
    two requests with one key cannot both get past the lookup.
    """
    digest = request_hash(scope, payload)

    def remembered() -> JSONResponse | None:
        found = session.scalar(
            select(IdempotencyRecord).where(
                IdempotencyRecord.user_id == user_id, IdempotencyRecord.key == key
            )
        )
        if found is None:
            return None
        if found.request_hash != digest:
            raise ApiError(
                409,
                "idempotency_conflict",
                "This Idempotency-Key was already used for a different request; "
                "use a new key for a new request.",
            )
        return JSONResponse(found.response, status_code=found.status_code)

    if key is not None and (earlier := remembered()) is not None:
        return earlier
    body: dict[str, Any] = jsonable_encoder(create())
    if key is not None:
        session.add(
            IdempotencyRecord(
                user_id=user_id,
                key=key,
                request_hash=digest,
                status_code=status_code,
                response=body,
            )
        )
    try:
        session.commit()
    except IntegrityError:
        # Without SQLite's single writer (PostgreSQL), a twin request may have
        # committed first: everything we did rolls back and its answer is replayed.
        session.rollback()
        if key is None or (earlier := remembered()) is None:
            raise
        return earlier
    return JSONResponse(body, status_code=status_code)


def forget_old(session: Session, *, days: int) -> int:
    cutoff = utcnow() - timedelta(days=days)
    result = session.execute(delete(IdempotencyRecord).where(IdempotencyRecord.created_at < cutoff))
    return int(getattr(result, "rowcount", 0) or 0)
