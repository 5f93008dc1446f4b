"""The desk's numbers for a period: response and resolution times, first-contact
resolution, satisfaction, reopens, SLA attainment, duplicates and backlog.

Definitions (the tests compute the same by hand):
- first response: created → first public agent reply, tickets created in the period;
- resolution: created → resolved, tickets resolved in the period;
- first-contact resolution: of those resolved, at most one public agent reply and
  never reopened;
- reopen rate: of the tickets created in the period that were ever resolved, the
  share reopened at least once;
- SLA attainment: first responses (made in the period) by their due time, and
  resolutions (in the period) by theirs;
- duplicate rate: of the tickets created in the period with a fingerprint, the
  share whose fingerprint an earlier ticket already had;
- backlog: tickets not resolved or closed now, by status and by age."""

from __future__ import annotations

import csv
import io
import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from hub.models import Group, KbEvent, Ticket, User
from hub.timeutil import utcnow

DONE = ("resolved", "closed")
AGE_BUCKETS = [("under_1d", 1), ("1_3d", 3), ("3_7d", 7), ("over_7d", None)]


def _minutes(a: datetime, b: datetime) -> float:
    return (b - a).total_seconds() / 60


def _summary(values: list[float]) -> dict[str, float | int | None]:
    if not values:
        return {"count": 0, "mean": None, "median": None}
    return {
        "count": len(values),
        "mean": round(statistics.fmean(values), 2),
        "median": round(statistics.median(values), 2),
    }


def _rate(hits: int, total: int) -> float | None:
    return round(hits / total, 4) if total else None


def _within(t: datetime | None, start: datetime, end: datetime) -> bool:
    return t is not None and start <= t < end


def bucket_start(t: datetime, interval: str) -> str:
    day = t.date()
    if interval == "week":
        day -= timedelta(days=day.weekday())
    return day.isoformat()


def compute(
    tickets: list[Ticket],
    earlier_fingerprints: set[str],
    start: datetime,
    end: datetime,
    now: datetime,
) -> dict[str, Any]:
    created = [t for t in tickets if _within(t.created_at, start, end)]
    responded = [t for t in created if t.first_response_at is not None]
    resolved = [t for t in tickets if _within(t.resolved_at, start, end)]
    rated = [t for t in tickets if _within(t.csat_at, start, end) and t.csat_score]
    ever_resolved = [t for t in created if t.resolved_at is not None or t.reopen_count > 0]
    fr_in = [t for t in tickets if _within(t.first_response_at, start, end)]
    fingerprinted = sorted(
        (t for t in created if t.fingerprint), key=lambda t: (t.created_at, t.id)
    )
    seen, dupes = set(earlier_fingerprints), 0
    for t in fingerprinted:
        dupes += t.fingerprint in seen
        seen.add(t.fingerprint or "")
    scores = [t.csat_score or 0 for t in rated]
    backlog = [t for t in tickets if t.status not in DONE]
    ages: Counter[str] = Counter()
    for t in backlog:
        days = (now - t.created_at).total_seconds() / 86400
        ages[next(name for name, limit in AGE_BUCKETS if limit is None or days < limit)] += 1
    return {
        "created": len(created),
        "resolved": len(resolved),
        "first_response_minutes": _summary(
            [_minutes(t.created_at, t.first_response_at) for t in responded if t.first_response_at]
        ),
        "resolution_minutes": _summary(
            [_minutes(t.created_at, t.resolved_at) for t in resolved if t.resolved_at]
        ),
        "first_contact_resolution_rate": _rate(
            sum(t.agent_reply_count <= 1 and t.reopen_count == 0 for t in resolved), len(resolved)
        ),
        "csat": {
            "count": len(scores),
            "average": round(statistics.fmean(scores), 2) if scores else None,
            "distribution": {str(n): scores.count(n) for n in range(1, 6)},
        },
        "reopen_rate": _rate(sum(t.reopen_count > 0 for t in ever_resolved), len(ever_resolved)),
        "sla_attainment": {
            "first_response": _rate(
                sum(
                    t.first_response_due is None
                    or (t.first_response_at or now) <= t.first_response_due
                    for t in fr_in
                ),
                len(fr_in),
            ),
            "resolution": _rate(
                sum(
                    t.resolution_due is None or (t.resolved_at or now) <= t.resolution_due
                    for t in resolved
                ),
                len(resolved),
            ),
        },
        "duplicate_rate": _rate(dupes, len(fingerprinted)),
        "backlog": {
            "total": len(backlog),
            "by_status": dict(sorted(Counter(t.status for t in backlog).items())),
            "by_age": {name: ages.get(name, 0) for name, _ in AGE_BUCKETS},
        },
    }


def _series(
    tickets: list[Ticket], start: datetime, end: datetime, interval: str
) -> list[dict[str, Any]]:
    buckets: dict[str, list[Ticket]] = defaultdict(list)
    day = start
    while day < end:
        buckets.setdefault(bucket_start(day, interval), [])
        day += timedelta(days=1)
    for t in tickets:
        for stamp in {t.created_at, t.resolved_at, t.csat_at}:
            if _within(stamp, start, end) and stamp is not None:
                key = bucket_start(stamp, interval)
                if t not in buckets[key]:
                    buckets[key].append(t)
    rows = []
    for key in sorted(buckets):
        b_start = datetime.fromisoformat(key).replace(tzinfo=start.tzinfo)
        b_end = min(end, b_start + timedelta(days=7 if interval == "week" else 1))
        b_start = max(start, b_start)
        m = compute(buckets[key], set(), b_start, b_end, b_end)
        rows.append(
            {
                "period": key,
                "created": m["created"],
                "resolved": m["resolved"],
                "first_response_median": m["first_response_minutes"]["median"],
                "resolution_median": m["resolution_minutes"]["median"],
                "csat_average": m["csat"]["average"],
            }
        )
    return rows


def report(
    session: Session,
    *,
    start: datetime,
    end: datetime,
    interval: str,
    agent_id: int | None,
    group_id: int | None,
) -> dict[str, Any]:
    now = utcnow()
    query = select(Ticket).where(
        or_(
            Ticket.created_at.between(start, end),
            Ticket.resolved_at.between(start, end),
            Ticket.first_response_at.between(start, end),
            Ticket.csat_at.between(start, end),
            Ticket.status.notin_(DONE),
        )
    )
    if agent_id is not None:
        query = query.where(Ticket.assignee_id == agent_id)
    if group_id is not None:
        query = query.where(Ticket.group_id == group_id)
    tickets = list(session.scalars(query).unique())
    earlier = set(
        session.scalars(
            select(Ticket.fingerprint).where(
                Ticket.created_at < start, Ticket.fingerprint.is_not(None)
            )
        )
    )
    result = compute(tickets, {f for f in earlier if f}, start, end, now)
    result["knowledge_base"] = _kb(session, tickets, start, end)
    result["period"] = {"from": start, "to": end, "interval": interval}
    result["series"] = _series(tickets, start, end, interval)
    agents = {
        u.id: u.display_name for u in session.scalars(select(User).where(User.role != "customer"))
    }
    groups = {g.id: g.name for g in session.scalars(select(Group))}
    result["by_agent"] = _breakdown(tickets, start, end, now, lambda t: t.assignee_id, agents)
    result["by_group"] = _breakdown(tickets, start, end, now, lambda t: t.group_id, groups)
    return result


def _kb(session: Session, tickets: list[Ticket], start: datetime, end: datetime) -> dict[str, Any]:
    """Deflections in the period, and the share of tickets resolved in it on which
    an agent used an article (knowledge-base adoption)."""
    kinds = Counter(
        session.scalars(select(KbEvent.kind).where(KbEvent.created_at.between(start, end)))
    )
    resolved = [t.id for t in tickets if _within(t.resolved_at, start, end)]
    used_on = (
        set(
            session.scalars(
                select(KbEvent.ticket_id).where(
                    KbEvent.kind == "used", KbEvent.ticket_id.in_(resolved)
                )
            )
        )
        if resolved
        else set()
    )
    return {
        "deflections": kinds["deflection"],
        "articles_used": kinds["used"],
        "adoption_rate": _rate(len(used_on), len(resolved)),
    }


def _breakdown(
    tickets: list[Ticket],
    start: datetime,
    end: datetime,
    now: datetime,
    key: Callable[[Ticket], int | None],
    names: dict[int, str],
) -> list[dict[str, Any]]:
    groups: dict[int, list[Ticket]] = defaultdict(list)
    for t in tickets:
        k = key(t)
        if k is not None:
            groups[k].append(t)
    out = []
    for k in sorted(groups):
        m = compute(groups[k], set(), start, end, now)
        out.append(
            {
                "id": k,
                "name": names.get(k, "?"),
                "resolved": m["resolved"],
                "first_response_median": m["first_response_minutes"]["median"],
                "resolution_median": m["resolution_minutes"]["median"],
                "csat_average": m["csat"]["average"],
                "backlog": m["backlog"]["total"],
            }
        )
    return out


def to_csv(rows: Iterable[dict[str, Any]]) -> str:
    buf = io.StringIO()
    fields = [
        "period",
        "created",
        "resolved",
        "first_response_median",
        "resolution_median",
        "csat_average",
    ]
    writer = csv.DictWriter(buf, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ("" if row[k] is None else row[k]) for k in fields})
    return buf.getvalue()
