"""Reading the SLA settings from the database and applying them to tickets."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from hub import sla
from hub.models import BusinessCalendar, Holiday, SlaPolicy, Ticket

FALLBACK = {"P1": (30, 240), "P2": (120, 480), "P3": (240, 1440), "P4": (1440, 4320)}


def calendar(session: Session) -> sla.Calendar:
    row = session.get(BusinessCalendar, 1)
    if row is None:
        return sla.Calendar()
    days = frozenset(date.fromisoformat(h) for h in session.scalars(select(Holiday.day)))
    return sla.Calendar(
        enabled=row.enabled,
        timezone=row.timezone,
        weekdays=frozenset(int(d) for d in row.weekdays),
        start_minute=row.start_minute,
        end_minute=row.end_minute,
        holidays=days,
    )


def targets(session: Session, priority: str) -> tuple[int, int]:
    row = session.get(SlaPolicy, priority)
    return (row.first_response_minutes, row.resolution_minutes) if row else FALLBACK[priority]


def set_due(session: Session, ticket: Ticket, start: datetime) -> None:
    """Due times from `start` by the ticket's priority."""
    cal = calendar(session)
    first, resolve = targets(session, ticket.priority)
    if ticket.first_response_at is None:
        ticket.first_response_due = sla.add(start, first, cal)
    ticket.resolution_due = sla.add(start, resolve, cal)


def pause(ticket: Ticket, now: datetime) -> None:
    if ticket.sla_paused_at is None:
        ticket.sla_paused_at = now


def resume(session: Session, ticket: Ticket, now: datetime) -> None:
    if ticket.sla_paused_at is None:
        return
    cal = calendar(session)
    if ticket.first_response_at is None:
        ticket.first_response_due = sla.shift(
            ticket.first_response_due, ticket.sla_paused_at, now, cal
        )
    ticket.resolution_due = sla.shift(ticket.resolution_due, ticket.sla_paused_at, now, cal)
    ticket.sla_paused_at = None
