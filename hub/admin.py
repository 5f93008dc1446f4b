"""Administration: people, groups, categories and the SLA settings."""

from __future__ import annotations

import secrets
from datetime import date
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from hub import accounts
from hub.errors import ApiError, not_found
from hub.models import (
    BusinessCalendar,
    Category,
    Group,
    GroupMember,
    Holiday,
    SlaPolicy,
    User,
)
from hub.schemas import (
    CalendarIO,
    CategoryIn,
    CategoryPatch,
    GroupIn,
    GroupOut,
    SlaIO,
    SlaPolicyIO,
    UserCreateIn,
    UserPatch,
)
from hub.security import hash_password


def temporary_password() -> str:
    return secrets.token_urlsafe(9)


def create_user(session: Session, data: UserCreateIn) -> tuple[User, str | None]:
    """An account made by an admin; without a password it gets a temporary one."""
    temp = None if data.password else temporary_password()
    user = accounts.create_user(
        session,
        email=data.email,
        password=data.password or temp or "",
        role=data.role,
        display_name=data.display_name,
        organization=data.organization,
        vip=data.vip,
    )
    user.senior = data.senior
    return user, temp


def patch_user(session: Session, user_id: int, data: UserPatch, admin: User) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise not_found("This user")
    fields = data.model_fields_set
    if user.id == admin.id and (
        data.active is False or ("role" in fields and data.role != "admin")
    ):
        raise ApiError(
            409,
            "cannot_demote_self",
            "You cannot deactivate yourself or give up your own admin role; ask another admin.",
        )
    for name in ("display_name", "role", "organization", "active", "vip", "senior"):
        if name in fields and getattr(data, name) is not None:
            setattr(user, name, getattr(data, name))
    if data.active is False:
        accounts.revoke_all(session, user.id)
    return user


def reset_password(session: Session, user_id: int) -> str:
    user = session.get(User, user_id)
    if user is None:
        raise not_found("This user")
    temp = temporary_password()
    user.password_hash = hash_password(temp)
    accounts.revoke_all(session, user.id)
    return temp


def group_out(session: Session, group: Group) -> GroupOut:
    members = session.scalars(select(GroupMember.user_id).where(GroupMember.group_id == group.id))
    return GroupOut(
        id=group.id, name=group.name, description=group.description, member_ids=sorted(members)
    )


def save_group(session: Session, data: GroupIn, group: Group | None = None) -> Group:
    clash = session.scalar(select(Group).where(Group.name == data.name))
    if clash is not None and clash is not group:
        raise ApiError(409, "name_taken", f"There is already a group called {data.name}.")
    if group is None:
        group = Group(name=data.name, description=data.description)
        session.add(group)
    else:
        group.name, group.description = data.name, data.description
    session.flush()
    if data.member_ids is not None:
        agents = set(
            session.scalars(
                select(User.id).where(
                    User.id.in_(data.member_ids), User.role.in_(("agent", "admin"))
                )
            )
        )
        if agents != set(data.member_ids):
            raise ApiError(422, "validation_failed", "Only agents can be members of a group.")
        session.execute(delete(GroupMember).where(GroupMember.group_id == group.id))
        session.add_all(GroupMember(group_id=group.id, user_id=uid) for uid in agents)
    return group


def _check_group(session: Session, group_id: int | None) -> None:
    if group_id is not None and session.get(Group, group_id) is None:
        raise ApiError(422, "validation_failed", "That group does not exist.")


def create_category(session: Session, data: CategoryIn) -> Category:
    if session.scalar(select(Category).where(Category.slug == data.slug)) is not None:
        raise ApiError(409, "slug_taken", f"A category '{data.slug}' exists already.")
    _check_group(session, data.group_id)
    last = session.scalar(select(Category.position).order_by(Category.position.desc())) or 0
    category = Category(
        slug=data.slug,
        name=data.name,
        name_zh=data.name_zh,
        group_id=data.group_id,
        position=last + 1,
    )
    session.add(category)
    return category


def patch_category(session: Session, category_id: int, data: CategoryPatch) -> Category:
    category = session.get(Category, category_id)
    if category is None:
        raise not_found("This category")
    if "group_id" in data.model_fields_set:
        _check_group(session, data.group_id)
        category.group_id = data.group_id
    for name in ("name", "name_zh", "active"):
        value = getattr(data, name)
        if value is not None:
            setattr(category, name, value)
    return category


def read_sla(session: Session) -> SlaIO:
    policies = [
        SlaPolicyIO.model_validate(
            {
                "priority": p.priority,
                "first_response_minutes": p.first_response_minutes,
                "resolution_minutes": p.resolution_minutes,
            }
        )
        for p in session.scalars(select(SlaPolicy).order_by(SlaPolicy.priority))
    ]
    cal = session.get(BusinessCalendar, 1) or BusinessCalendar(id=1)
    holidays = [date.fromisoformat(d) for d in sorted(session.scalars(select(Holiday.day)))]
    return SlaIO(
        policies=policies,
        calendar=CalendarIO(
            enabled=bool(cal.enabled),
            timezone=cal.timezone or "Asia/Shanghai",
            weekdays=cal.weekdays or "12345",
            start_minute=cal.start_minute or 0,
            end_minute=cal.end_minute or 0,
            holidays=holidays,
        ),
    )


def write_sla(session: Session, data: SlaIO) -> None:
    c = data.calendar
    try:
        ZoneInfo(c.timezone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ApiError(
            422,
            "validation_failed",
            f"Unknown time zone '{c.timezone}'; use a name like Asia/Shanghai.",
        ) from exc
    if c.enabled and (c.start_minute >= c.end_minute or not c.weekdays):
        raise ApiError(
            422,
            "validation_failed",
            "Business hours need at least one working day and an end after the start.",
        )
    for p in data.policies:
        if p.first_response_minutes > p.resolution_minutes:
            raise ApiError(
                422,
                "validation_failed",
                f"{p.priority}: the first response cannot be due after the resolution.",
            )
        row = session.get(SlaPolicy, p.priority) or SlaPolicy(priority=p.priority)
        row.first_response_minutes, row.resolution_minutes = (
            p.first_response_minutes,
            p.resolution_minutes,
        )
        session.add(row)
    cal = session.get(BusinessCalendar, 1) or BusinessCalendar(id=1)
    cal.enabled, cal.timezone, cal.weekdays = (
        c.enabled,
        c.timezone,
        "".join(sorted(set(c.weekdays))),
    )
    cal.start_minute, cal.end_minute = c.start_minute, c.end_minute
    session.add(cal)
    session.execute(delete(Holiday))
    session.add_all(Holiday(day=d.isoformat()) for d in sorted(set(c.holidays)))
