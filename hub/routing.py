"""Who gets a new ticket: its category's group, then the least-loaded available
agent of that group (senior agents for VIP customers). Every decision comes
with the reason a person can read on the ticket."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hub.models import Category, Group, GroupMember, Ticket, User

OPEN_STATUSES = ("new", "open", "in_progress", "waiting_on_customer")


@dataclass
class Decision:
    group: Group | None
    assignee: User | None
    reason: str


def load_of(session: Session, agent_ids: list[int]) -> dict[int, int]:
    rows = session.execute(
        select(Ticket.assignee_id, func.count())
        .where(Ticket.assignee_id.in_(agent_ids), Ticket.status.in_(OPEN_STATUSES))
        .group_by(Ticket.assignee_id)
    )
    counts = {agent_id: 0 for agent_id in agent_ids}
    counts.update({int(a): int(n) for a, n in rows if a is not None})
    return counts


def route(session: Session, category: Category | None, customer: User) -> Decision:
    if category is None or category.group_id is None:
        return Decision(None, None, "no category: waiting in the general queue")
    group = session.get(Group, category.group_id)
    if group is None:
        return Decision(None, None, "the category's group no longer exists")
    routed = f"routed to {group.name}: category={category.slug}"
    agents = list(
        session.scalars(
            select(User)
            .join(GroupMember, GroupMember.user_id == User.id)
            .where(
                GroupMember.group_id == group.id,
                User.active.is_(True),
                User.available.is_(True),
                User.role.in_(("agent", "admin")),
            )
        )
    )
    if customer.vip:
        seniors = [a for a in agents if a.senior]
        if seniors:
            agents, routed = seniors, routed + "; VIP customer → senior agents"
        elif agents:
            routed += "; VIP customer but no senior agent available"
    if not agents:
        return Decision(group, None, routed + "; no agent available, waiting in the group queue")
    loads = load_of(session, [a.id for a in agents])
    chosen = min(agents, key=lambda a: (loads[a.id], a.id))
    others = len(agents) - 1
    return Decision(
        group,
        chosen,
        f"{routed}; assigned to {chosen.display_name}: {loads[chosen.id]} open, lowest load"
        + (f" of {others + 1} available" if others else ", the only one available"),
    )
