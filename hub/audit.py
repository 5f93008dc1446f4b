"""Audit trail: who did what to which ticket, and why (for automatic decisions)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from hub.models import AuditEvent


def record(
    session: Session, *, action: str, actor_id: int | None, ticket_id: int | None, **detail: Any
) -> None:
    session.add(AuditEvent(action=action, actor_id=actor_id, ticket_id=ticket_id, detail=detail))
