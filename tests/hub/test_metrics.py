"""Metrics on a seeded data set; every expected value is worked out by hand below."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from hub.models import Ticket
from tests.hub.conftest import Hub, Person

F1, F2 = "v1:" + "1" * 32, "v1:" + "2" * 32


def at(day: int, hour: int, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=UTC)


def _seed(hub: Hub, customer: Person, a: Person, b: Person) -> None:
    rows: list[dict[str, Any]] = [
        # T1: answered in 30 min (due in 60), resolved in 4 h (due 8 h), one reply, rated 5.
        dict(
            created_at=at(2, 10),
            first_response_at=at(2, 10).replace(minute=30),
            first_response_due=at(2, 11),
            resolved_at=at(2, 14),
            resolution_due=at(2, 18),
            status="closed",
            agent_reply_count=1,
            reopen_count=0,
            csat_score=5,
            csat_at=at(2, 15),
            fingerprint=F1,
            assignee_id=a.id,
        ),
        # T2: answered in 2 h (due 1 h), resolved after 24 h (due 12 h), 3 replies,
        # reopened once, rated 3; the same error as T1.
        dict(
            created_at=at(3, 9),
            first_response_at=at(3, 11),
            first_response_due=at(3, 10),
            resolved_at=at(4, 9),
            resolution_due=at(3, 21),
            status="resolved",
            agent_reply_count=3,
            reopen_count=1,
            csat_score=3,
            csat_at=at(4, 10),
            fingerprint=F1,
            assignee_id=a.id,
        ),
        # T3: new, never answered, an error first seen on T4.
        dict(
            created_at=at(5, 8),
            first_response_due=at(5, 9),
            resolution_due=at(6, 8),
            status="new",
            fingerprint=F2,
        ),
        # T4: filed before the period, resolved inside it after 2 days (due in 1).
        dict(
            created_at=at(30, 12, month=10),
            first_response_at=at(30, 13, month=10),
            first_response_due=at(30, 14, month=10),
            resolved_at=at(1, 12),
            resolution_due=at(31, 12, month=10),
            status="closed",
            agent_reply_count=1,
            reopen_count=0,
            fingerprint=F2,
            assignee_id=b.id,
        ),
    ]
    ids = [hub.ticket(customer, title=f"T{n + 1}")["id"] for n in range(len(rows))]
    with hub.db.session(write=True) as s:
        for ticket_id, values in zip(ids, rows, strict=True):
            row = s.get(Ticket, ticket_id)
            assert row is not None
            for key, value in values.items():
                setattr(row, key, value)
            row.updated_at = values["created_at"]
        s.commit()


def test_metrics_match_the_hand_computed_values(hub: Hub, customer: Person) -> None:
    a, b = hub.person("agent", name="A"), hub.person("agent", name="B")
    _seed(hub, customer, a, b)
    r = hub.client.get(
        "/api/v1/metrics", headers=a.headers, params={"from": "2026-11-01", "to": "2026-11-07"}
    )
    assert r.status_code == 200, r.text
    m = r.json()
    assert m["created"] == 3  # T1 T2 T3
    assert m["resolved"] == 3  # T1 T2 T4
    assert m["first_response_minutes"] == {"count": 2, "mean": 75.0, "median": 75.0}  # 30, 120
    assert m["resolution_minutes"] == {
        "count": 3,
        "mean": 1520.0,
        "median": 1440.0,
    }  # 240 1440 2880
    assert m["first_contact_resolution_rate"] == 0.6667  # T1 and T4 of 3
    assert m["csat"] == {
        "count": 2,
        "average": 4.0,
        "distribution": {"1": 0, "2": 0, "3": 1, "4": 0, "5": 1},
    }
    assert m["reopen_rate"] == 0.5  # T2 of T1, T2
    assert m["sla_attainment"] == {"first_response": 0.5, "resolution": 0.3333}
    assert m["duplicate_rate"] == 0.6667  # T2 repeats T1, T3 repeats T4
    assert m["backlog"] == {
        "total": 1,
        "by_status": {"new": 1},
        "by_age": {"under_1d": 0, "1_3d": 0, "3_7d": 0, "over_7d": 1},
    }
    day2 = next(row for row in m["series"] if row["period"] == "2026-11-02")
    assert (day2["created"], day2["resolved"], day2["csat_average"]) == (1, 1, 5.0)
    assert [row["period"] for row in m["series"]][:2] == ["2026-11-01", "2026-11-02"]
    by_agent = {row["name"]: row for row in m["by_agent"]}
    assert by_agent["A"]["resolved"] == 2 and by_agent["A"]["resolution_median"] == 840.0
    assert by_agent["A"]["csat_average"] == 4.0
    assert by_agent["B"]["resolved"] == 1


def test_weekly_series_and_filters(hub: Hub, customer: Person) -> None:
    a, b = hub.person("agent", name="A"), hub.person("agent", name="B")
    _seed(hub, customer, a, b)
    m = hub.client.get(
        "/api/v1/metrics",
        headers=a.headers,
        params={"from": "2026-11-01", "to": "2026-11-07", "interval": "week"},
    ).json()
    # 1 Nov 2026 is a Sunday: its week starts on Monday 26 Oct.
    assert [row["period"] for row in m["series"]] == ["2026-10-26", "2026-11-02"]
    only_b = hub.client.get(
        "/api/v1/metrics",
        headers=a.headers,
        params={"from": "2026-11-01", "to": "2026-11-07", "agent_id": b.id},
    ).json()
    assert (only_b["created"], only_b["resolved"]) == (0, 1)


def test_csv_export_and_bad_periods(hub: Hub, customer: Person) -> None:
    a, b = hub.person("agent", name="A"), hub.person("agent", name="B")
    _seed(hub, customer, a, b)
    r = hub.client.get(
        "/api/v1/metrics.csv", headers=a.headers, params={"from": "2026-11-01", "to": "2026-11-03"}
    )
    assert r.headers["content-type"].startswith("text/csv")
    lines = r.text.splitlines()
    assert (
        lines[0] == "period,created,resolved,first_response_median,resolution_median,csat_average"
    )
    assert lines[2] == "2026-11-02,1,1,30.0,240.0,5.0"
    r = hub.client.get(
        "/api/v1/metrics", headers=a.headers, params={"from": "2026-11-09", "to": "2026-11-01"}
    )
    assert r.status_code == 422 and "start is after its end" in r.json()["message"]
    assert hub.client.get("/api/v1/metrics", headers=customer.headers).status_code == 403
