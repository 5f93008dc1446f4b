"""Who and what there is: users (for agents), groups and categories."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query
from sqlalchemy import select

from hub import admin
from hub.deps import CurrentAgent, CurrentUser, Principal, ReadSession
from hub.errors import ApiError
from hub.models import Category, Group, User
from hub.schemas import CategoryOut, GroupOut, UserOut

router = APIRouter(tags=["directory"])


def _all(principal: Principal, include_inactive: bool) -> bool:
    """Deactivated people and hidden categories: for admins who asked (to bring them back)."""
    if include_inactive and principal.user.role != "admin":
        raise ApiError(403, "forbidden", "Only administrators may list inactive entries.")
    return include_inactive


@router.get("/users", response_model=list[UserOut])
def list_users(
    principal: CurrentAgent,
    session: ReadSession,
    role: Annotated[list[Literal["customer", "agent", "admin"]] | None, Query()] = None,
    include_inactive: bool = False,
) -> list[UserOut]:
    """`role` may repeat (`?role=agent&role=admin`: everyone who can take tickets)."""
    query = select(User).order_by(User.display_name)
    if not _all(principal, include_inactive):
        query = query.where(User.active.is_(True))
    if role:
        query = query.where(User.role.in_(role))
    return [UserOut.model_validate(u) for u in session.scalars(query)]


@router.get("/groups", response_model=list[GroupOut])
def list_groups(_: CurrentAgent, session: ReadSession) -> list[GroupOut]:
    return [
        admin.group_out(session, g) for g in session.scalars(select(Group).order_by(Group.name))
    ]


@router.get("/categories", response_model=list[CategoryOut])
def list_categories(
    principal: CurrentUser, session: ReadSession, include_inactive: bool = False
) -> list[CategoryOut]:
    query = select(Category).order_by(Category.position)
    if not _all(principal, include_inactive):
        query = query.where(Category.active.is_(True))
    return [CategoryOut.model_validate(c) for c in session.scalars(query)]
