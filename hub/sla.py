"""SLA clock arithmetic, pure functions on aware datetimes.

With business hours off the clock runs around the clock. With them on, it runs
only inside the working window of working days (in the calendar's time zone,
holidays excluded). While a ticket waits on the customer the clock stops: on
resuming, its due times move on by the business time the pause took.
All arithmetic is done in UTC; only the window edges are built in local time,
so days with a daylight-saving change have their real length."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

MAX_DAYS = 3660  # a calendar with no working days must not loop forever


@dataclass(frozen=True)
class Calendar:
    enabled: bool = False
    timezone: str = "Asia/Shanghai"
    weekdays: frozenset[int] = frozenset({1, 2, 3, 4, 5})  # ISO weekday numbers
    start_minute: int = 9 * 60
    end_minute: int = 18 * 60
    holidays: frozenset[date] = field(default_factory=frozenset)

    def windows(self, since: datetime) -> Iterator[tuple[datetime, datetime]]:
        """Working windows (UTC) from the local day of `since` onwards."""
        zone = ZoneInfo(self.timezone)
        day = since.astimezone(zone).date()
        for _ in range(MAX_DAYS):
            if day.isoweekday() in self.weekdays and day not in self.holidays:
                yield _at(day, self.start_minute, zone), _at(day, self.end_minute, zone)
            day += timedelta(days=1)


def _at(day: date, minute: int, zone: ZoneInfo) -> datetime:
    if minute >= 24 * 60:
        return datetime.combine(day + timedelta(days=1), time(0), zone).astimezone(UTC)
    local = datetime.combine(day, time(minute // 60, minute % 60), zone)
    return local.astimezone(UTC)


def add(start: datetime, minutes: float, cal: Calendar) -> datetime:
    """The moment `minutes` of clock time after `start`."""
    start = start.astimezone(UTC)
    if not cal.enabled:
        return start + timedelta(minutes=minutes)
    remaining = timedelta(minutes=minutes)
    for begin, end in cal.windows(start):
        begin = max(begin, start)
        if begin >= end:
            continue
        if remaining <= end - begin:
            return begin + remaining
        remaining -= end - begin
    raise ValueError("the business calendar has no working time")


def elapsed(a: datetime, b: datetime, cal: Calendar) -> timedelta:
    """Clock time between a and b (zero if b is not after a)."""
    a, b = a.astimezone(UTC), b.astimezone(UTC)
    if b <= a:
        return timedelta(0)
    if not cal.enabled:
        return b - a
    total = timedelta(0)
    for begin, end in cal.windows(a):
        if begin >= b:
            break
        lo, hi = max(begin, a), min(end, b)
        if hi > lo:
            total += hi - lo
    return total


def shift(
    due: datetime | None, paused_from: datetime, resumed_at: datetime, cal: Calendar
) -> datetime | None:
    """Move a due time on by the clock time a pause took."""
    if due is None:
        return None
    pause = elapsed(paused_from, resumed_at, cal)
    return add(due, pause.total_seconds() / 60, cal) if cal.enabled else due + pause
