"""Who and what there is: users (for agents), groups and categories."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter
from sqlalchemy import select

from hub.deps import CurrentAgent, CurrentUser, ReadSession
from hub.models import Category, Group, User
from hub.schemas import CategoryOut, GroupOut, UserOut

router = APIRouter(tags=["directory"])


@router.get("/users", response_model=list[UserOut])
def list_users(
    _: CurrentAgent, session: ReadSession, role: Literal["customer", "agent", "admin"] | None = None
) -> list[UserOut]:
    query = select(User).where(User.active.is_(True)).order_by(User.display_name)
    if role:
        query = query.where(User.role == role)
    return [UserOut.model_validate(u) for u in session.scalars(query)]


@router.get("/groups", response_model=list[GroupOut])
def list_groups(_: CurrentAgent, session: ReadSession) -> list[GroupOut]:
    return [GroupOut.model_validate(g) for g in session.scalars(select(Group).order_by(Group.name))]


@router.get("/categories", response_model=list[CategoryOut])
def list_categories(_: CurrentUser, session: ReadSession) -> list[CategoryOut]:
    query = select(Category).where(Category.active.is_(True)).order_by(Category.position)
    return [CategoryOut.model_validate(c) for c in session.scalars(query)]
