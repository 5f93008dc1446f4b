"""The desk's metrics as the hub computes them (GET /metrics, /metrics.csv):
typed models of the answer, the filters a person picks, and period presets.

Periods are whole UTC days, both ends included, because that is how the hub
reads `from` and `to` (hub/routes/desk.py `_period`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from desktop.core.hubclient import HubClient, unexpected_answer

MAX_DAYS = 366 * 2  # the hub refuses longer periods


class Interval(StrEnum):
    DAY = "day"
    WEEK = "week"


class Preset(StrEnum):
    LAST_7 = "last_7"
    LAST_30 = "last_30"
    LAST_90 = "last_90"
    THIS_MONTH = "this_month"
    CUSTOM = "custom"


def utc_today() -> date:
    return datetime.now(UTC).date()


def preset_period(preset: Preset, today: date) -> tuple[date, date]:
    """First and last day (inclusive) of a preset ending today; CUSTOM has no
    period of its own and answers the last 30 days."""
    if preset is Preset.LAST_7:
        return today - timedelta(days=6), today
    if preset is Preset.LAST_90:
        return today - timedelta(days=89), today
    if preset is Preset.THIS_MONTH:
        return today.replace(day=1), today
    return today - timedelta(days=29), today


@dataclass(frozen=True)
class MetricsQuery:
    """What the person asked for; `params()` is the hub's query string."""

    start: date
    end: date
    interval: Interval = Interval.DAY
    agent_id: int | None = None
    group_id: int | None = None

    def problem(self) -> str | None:
        """Why the hub would refuse this period (English; the UI has its own words)."""
        if self.start > self.end:
            return "start_after_end"
        if (self.end - self.start).days > MAX_DAYS:
            return "too_long"
        return None

    def params(self) -> dict[str, str | int]:
        params: dict[str, str | int] = {
            "from": self.start.isoformat(),
            "to": self.end.isoformat(),
            "interval": self.interval.value,
        }
        if self.agent_id is not None:
            params["agent_id"] = self.agent_id
        if self.group_id is not None:
            params["group_id"] = self.group_id
        return params


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class TimeSummary(_Model):
    """Minutes; mean and median are None when nothing was counted."""

    count: int = 0
    mean: float | None = None
    median: float | None = None


class Csat(_Model):
    count: int = 0
    average: float | None = None
    distribution: dict[str, int] = {}

    def counts(self) -> list[int]:
        """Ratings 1…5, in that order."""
        return [self.distribution.get(str(n), 0) for n in range(1, 6)]


class SlaAttainment(_Model):
    first_response: float | None = None
    resolution: float | None = None


class Backlog(_Model):
    total: int = 0
    by_status: dict[str, int] = {}
    by_age: dict[str, int] = {}


class KnowledgeBase(_Model):
    deflections: int = 0
    articles_used: int = 0
    adoption_rate: float | None = None


class Period(_Model):
    # The hub says "from"/"to", which are not good attribute names in Python.
    model_config = ConfigDict(extra="ignore", frozen=True, populate_by_name=True)

    start: datetime = Field(alias="from")
    end: datetime = Field(alias="to")
    interval: Interval


class SeriesPoint(_Model):
    period: date
    created: int = 0
    resolved: int = 0
    first_response_median: float | None = None
    resolution_median: float | None = None
    csat_average: float | None = None


class Breakdown(_Model):
    id: int
    name: str
    resolved: int = 0
    first_response_median: float | None = None
    resolution_median: float | None = None
    csat_average: float | None = None
    backlog: int = 0


class Metrics(_Model):
    created: int = 0
    resolved: int = 0
    first_response_minutes: TimeSummary = TimeSummary()
    resolution_minutes: TimeSummary = TimeSummary()
    first_contact_resolution_rate: float | None = None
    csat: Csat = Csat()
    reopen_rate: float | None = None
    sla_attainment: SlaAttainment = SlaAttainment()
    duplicate_rate: float | None = None
    backlog: Backlog = Backlog()
    knowledge_base: KnowledgeBase = KnowledgeBase()
    period: Period
    series: list[SeriesPoint] = []
    by_agent: list[Breakdown] = []
    by_group: list[Breakdown] = []

    @property
    def empty(self) -> bool:
        """Nothing happened in the period and nothing waits: no numbers to show."""
        return (
            not self.created
            and not self.resolved
            and not self.csat.count
            and not self.backlog.total
            and not self.knowledge_base.deflections
        )


def fetch_metrics(client: HubClient, query: MetricsQuery) -> Metrics:
    """The hub's numbers for `query` (agents only)."""
    response = client.request("GET", "/metrics", params=query.params())
    try:
        return Metrics.model_validate(response.json())
    except (ValueError, TypeError, ValidationError) as exc:
        raise unexpected_answer(response, exc) from exc


def fetch_csv(client: HubClient, query: MetricsQuery) -> bytes:
    """The period's series as the hub writes it (one row per day or week)."""
    return client.request("GET", "/metrics.csv", params=query.params()).content


def save_csv(client: HubClient, query: MetricsQuery, path: Path) -> Path:
    """Fetch the CSV, then write it next to `path` and move it into place, so a
    failed download never leaves half a file where the person expects one."""
    data = fetch_csv(client, query)
    partial = path.with_name(path.name + ".part")
    partial.write_bytes(data)
    partial.replace(path)
    return path
