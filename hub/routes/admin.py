"""Administration: people, groups, categories, SLA settings; and my own availability."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path
from pydantic import BaseModel
from sqlalchemy.orm import Session

from hub import admin, audit
from hub.deps import CurrentUser, Principal, ReadSession, WriteSession, agent_principal
from hub.errors import ApiError, ErrorBody
from hub.models import Group, User
from hub.schemas import (
    CategoryIn,
    CategoryOut,
    CategoryPatch,
    GroupIn,
    GroupOut,
    MePatch,
    PasswordReset,
    SlaIO,
    UserCreated,
    UserCreateIn,
    UserOut,
    UserPatch,
)

router = APIRouter(
    tags=["administration"],
    responses={401: {"model": ErrorBody}, 403: {"model": ErrorBody}, 422: {"model": ErrorBody}},
)
Id = Annotated[int, Path(ge=1, le=2**63 - 1)]


def _admin(principal: Annotated[Principal, Depends(agent_principal)]) -> Principal:
    if principal.user.role != "admin":
        raise ApiError(403, "forbidden", "Only administrators may do this.")
    return principal


CurrentAdmin = Annotated[Principal, Depends(_admin)]


def _audit(session: Session, principal: Principal, action: str, **detail: Any) -> None:
    """The admin audit log (GET /audit): who changed which setting or account."""
    audit.record(session, action=action, actor_id=principal.user.id, ticket_id=None, **detail)


def _changes(data: BaseModel) -> dict[str, Any]:
    """The fields an admin set, never a password."""
    return {
        k: v
        for k, v in data.model_dump(mode="json", exclude_unset=True).items()
        if "password" not in k
    }


@router.patch("/me", response_model=UserOut)
def update_me(data: MePatch, principal: CurrentUser, session: WriteSession) -> UserOut:
    """Change my name, language, or (agents) whether I take new tickets now."""
    user = session.get(User, principal.user.id)
    assert user is not None
    if data.available is not None and not user.is_agent:
        raise ApiError(403, "forbidden", "Only agents have an availability.")
    for name in ("display_name", "locale", "available"):
        value = getattr(data, name)
        if value is not None:
            setattr(user, name, value)
    session.commit()
    return UserOut.model_validate(user)


@router.post(
    "/users", status_code=201, response_model=UserCreated, responses={409: {"model": ErrorBody}}
)
def create_user(data: UserCreateIn, principal: CurrentAdmin, session: WriteSession) -> UserCreated:
    """Create an account; without a password a temporary one is returned, once."""
    user, temp = admin.create_user(session, data)
    session.flush()
    _audit(session, principal, "user_created", user_id=user.id, role=user.role)
    session.commit()
    return UserCreated(user=UserOut.model_validate(user), temporary_password=temp)


@router.patch("/users/{user_id}", response_model=UserOut, responses={404: {"model": ErrorBody}})
def update_user(
    user_id: Id, data: UserPatch, principal: CurrentAdmin, session: WriteSession
) -> UserOut:
    user = admin.patch_user(session, user_id, data, principal.user)
    _audit(session, principal, "user_changed", user_id=user.id, **_changes(data))
    session.commit()
    return UserOut.model_validate(user)


@router.post(
    "/users/{user_id}/password", response_model=PasswordReset, responses={404: {"model": ErrorBody}}
)
def reset_password(user_id: Id, principal: CurrentAdmin, session: WriteSession) -> PasswordReset:
    """A new temporary password; the user's devices are signed out."""
    temp = admin.reset_password(session, user_id)
    _audit(session, principal, "password_reset", user_id=user_id)
    session.commit()
    return PasswordReset(temporary_password=temp)


@router.post("/groups", status_code=201, response_model=GroupOut)
def create_group(data: GroupIn, principal: CurrentAdmin, session: WriteSession) -> GroupOut:
    group = admin.save_group(session, data)
    session.flush()
    _audit(session, principal, "group_saved", group_id=group.id, **_changes(data))
    session.commit()
    return admin.group_out(session, group)


@router.put("/groups/{group_id}", response_model=GroupOut, responses={404: {"model": ErrorBody}})
def update_group(
    group_id: Id, data: GroupIn, principal: CurrentAdmin, session: WriteSession
) -> GroupOut:
    group = session.get(Group, group_id)
    if group is None:
        raise ApiError(404, "not_found", "This group does not exist.")
    admin.save_group(session, data, group)
    _audit(session, principal, "group_saved", group_id=group.id, **_changes(data))
    session.commit()
    return admin.group_out(session, group)


@router.post("/categories", status_code=201, response_model=CategoryOut)
def create_category(
    data: CategoryIn, principal: CurrentAdmin, session: WriteSession
) -> CategoryOut:
    category = admin.create_category(session, data)
    session.flush()
    _audit(session, principal, "category_saved", category_id=category.id, **_changes(data))
    session.commit()
    return CategoryOut.model_validate(category)


@router.patch("/categories/{category_id}", response_model=CategoryOut)
def update_category(
    category_id: Id, data: CategoryPatch, principal: CurrentAdmin, session: WriteSession
) -> CategoryOut:
    category = admin.patch_category(session, category_id, data)
    _audit(session, principal, "category_saved", category_id=category.id, **_changes(data))
    session.commit()
    return CategoryOut.model_validate(category)


@router.get("/sla", response_model=SlaIO)
def read_sla(_: Annotated[Principal, Depends(agent_principal)], session: ReadSession) -> SlaIO:
    return admin.read_sla(session)


@router.put("/sla", response_model=SlaIO)
def write_sla(data: SlaIO, principal: CurrentAdmin, session: WriteSession) -> SlaIO:
    """Targets per priority and the business calendar; applies to new due times."""
    admin.write_sla(session, data)
    _audit(session, principal, "sla_changed", **data.model_dump(mode="json"))
    session.commit()
    return admin.read_sla(session)
