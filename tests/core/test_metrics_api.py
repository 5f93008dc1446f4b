"""desktop/core/metrics_api.py: periods, the query string, and the real hub's answer."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.core.hubclient import HubError
from desktop.core.metrics_api import (
    Interval,
    MetricsQuery,
    Preset,
    fetch_csv,
    fetch_metrics,
    preset_period,
    save_csv,
    utc_today,
)
from tests.core.hub_process import TestHub


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestHub]:
    hub = TestHub(tmp_path_factory.mktemp("metrics"))
    yield hub
    hub.stop()


@pytest.mark.parametrize(
    ("preset", "start", "end"),
    [
        (Preset.LAST_7, date(2026, 3, 9), date(2026, 3, 15)),
        (Preset.LAST_30, date(2026, 2, 14), date(2026, 3, 15)),
        (Preset.LAST_90, date(2025, 12, 16), date(2026, 3, 15)),
        (Preset.THIS_MONTH, date(2026, 3, 1), date(2026, 3, 15)),
        (Preset.CUSTOM, date(2026, 2, 14), date(2026, 3, 15)),
    ],
)
def test_preset_periods_end_today_and_include_both_ends(
    preset: Preset, start: date, end: date
) -> None:
    assert preset_period(preset, date(2026, 3, 15)) == (start, end)


def test_query_string_names_only_the_filters_chosen() -> None:
    plain = MetricsQuery(date(2026, 3, 1), date(2026, 3, 15))
    assert plain.params() == {"from": "2026-03-01", "to": "2026-03-15", "interval": "day"}
    narrowed = MetricsQuery(date(2026, 3, 1), date(2026, 3, 15), Interval.WEEK, 7, 3)
    assert narrowed.params() == {
        "from": "2026-03-01",
        "to": "2026-03-15",
        "interval": "week",
        "agent_id": 7,
        "group_id": 3,
    }


def test_periods_the_hub_would_refuse_are_named_before_asking() -> None:
    assert MetricsQuery(date(2026, 3, 2), date(2026, 3, 1)).problem() == "start_after_end"
    assert MetricsQuery(date(2023, 1, 1), date(2026, 1, 1)).problem() == "too_long"
    assert MetricsQuery(date(2026, 3, 1), date(2026, 3, 1)).problem() is None


def test_metrics_from_the_hub_are_typed(hub: TestHub) -> None:
    agent, customer = hub.agent("Mia Metrics"), hub.customer()
    ticket = customer.request(
        "POST",
        "/tickets",
        json={"title": "Cannot print the report"},
        headers={"Idempotency-Key": "m1"},
    ).json()
    agent.request(
        "POST",
        f"/tickets/{ticket['id']}/comments",
        json={"body": "Looking"},
        headers={"Idempotency-Key": "c1"},
    )
    today = utc_today()
    query = MetricsQuery(today - timedelta(days=6), today, Interval.DAY)
    metrics = fetch_metrics(agent, query)
    assert metrics.created == 1 and metrics.resolved == 0
    assert metrics.first_response_minutes.count == 1
    assert metrics.first_response_minutes.median is not None
    assert metrics.csat.count == 0 and metrics.csat.average is None
    assert metrics.csat.counts() == [0, 0, 0, 0, 0]
    assert metrics.backlog.total == 1 and metrics.backlog.by_status == {"open": 1}
    assert metrics.period.start.date() == query.start and metrics.period.interval is Interval.DAY
    assert [p.period for p in metrics.series] == [query.start + timedelta(days=n) for n in range(7)]
    assert metrics.series[-1].created == 1 and not metrics.empty
    assert metrics.knowledge_base.deflections == 0


def test_csv_is_the_hubs_bytes_saved_whole(hub: TestHub, tmp_path: Path) -> None:
    agent = hub.agent()
    today = utc_today()
    query = MetricsQuery(today - timedelta(days=13), today, Interval.WEEK)
    data = fetch_csv(agent, query)
    assert data.decode().splitlines()[0] == (
        "period,created,resolved,first_response_median,resolution_median,csat_average"
    )
    target = save_csv(agent, query, tmp_path / "desk.csv")
    assert target.read_bytes() == data
    assert not (tmp_path / "desk.csv.part").exists()


def test_customers_and_bad_periods_get_the_hubs_error(hub: TestHub, tmp_path: Path) -> None:
    today = utc_today()
    with pytest.raises(HubError) as denied:
        fetch_metrics(hub.customer(), MetricsQuery(today, today))
    assert denied.value.status == 403
    with pytest.raises(HubError) as refused:
        save_csv(hub.agent(), MetricsQuery(today, today - timedelta(days=1)), tmp_path / "x.csv")
    assert refused.value.error == "validation_failed"
    assert not (tmp_path / "x.csv").exists()
