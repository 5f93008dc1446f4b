"""SLA clock arithmetic: around the clock, business hours, holidays, time zones, pauses."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hub import sla

SH = ZoneInfo("Asia/Shanghai")
BUSINESS = sla.Calendar(enabled=True, timezone="Asia/Shanghai")  # Mon–Fri 09:00–18:00


def sh(y: int, m: int, d: int, hh: int, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=SH)


def test_around_the_clock_is_plain_addition() -> None:
    start = datetime(2026, 11, 23, 23, 50, tzinfo=UTC)
    assert sla.add(start, 30, sla.Calendar()) == datetime(2026, 11, 24, 0, 20, tzinfo=UTC)
    assert sla.elapsed(start, start + timedelta(hours=5), sla.Calendar()) == timedelta(hours=5)


def test_business_hours_carry_over_to_the_next_working_day() -> None:
    # Friday 2026-11-27 17:00 Shanghai + 4 h of business time → Monday 12:00.
    due = sla.add(sh(2026, 11, 27, 17), 240, BUSINESS)
    assert due == sh(2026, 11, 30, 12)
    assert due.tzinfo == UTC  # stored in UTC


def test_a_ticket_filed_at_night_starts_the_clock_in_the_morning() -> None:
    assert sla.add(sh(2026, 11, 24, 2), 30, BUSINESS) == sh(2026, 11, 24, 9, 30)
    assert sla.add(sh(2026, 11, 28, 10), 60, BUSINESS) == sh(2026, 11, 30, 10)  # Saturday


def test_holidays_are_skipped() -> None:
    cal = sla.Calendar(
        enabled=True,
        timezone="Asia/Shanghai",
        holidays=frozenset({date(2026, 10, 1), date(2026, 10, 2)}),
    )
    # Wednesday 30 Sep 17:00 + 2 h → Thu/Fri are holidays → Monday 5 Oct 10:00.
    assert sla.add(sh(2026, 9, 30, 17), 120, cal) == sh(2026, 10, 5, 10)


def test_daylight_saving_days_have_their_real_length() -> None:
    # Berlin springs forward on 2026-03-29 (a Sunday): a 24 x 7 calendar in local
    # hours 00:00–24:00 has only 23 hours that day.
    cal = sla.Calendar(
        enabled=True,
        timezone="Europe/Berlin",
        weekdays=frozenset(range(1, 8)),
        start_minute=0,
        end_minute=24 * 60,
    )
    start = datetime(2026, 3, 29, 0, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    end = datetime(2026, 3, 30, 0, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    assert sla.elapsed(start, end, cal) == timedelta(hours=23)


def test_elapsed_counts_only_working_time() -> None:
    assert sla.elapsed(sh(2026, 11, 27, 17), sh(2026, 11, 30, 10), BUSINESS) == timedelta(hours=2)
    assert sla.elapsed(sh(2026, 11, 30, 10), sh(2026, 11, 27, 17), BUSINESS) == timedelta(0)


def test_a_pause_moves_the_due_time_by_the_business_time_it_took() -> None:
    due = sh(2026, 11, 30, 12)
    # Waiting on the customer Friday 16:00 → Monday 10:00 = 3 business hours.
    moved = sla.shift(due, sh(2026, 11, 27, 16), sh(2026, 11, 30, 10), BUSINESS)
    assert moved == sh(2026, 11, 30, 15)
    assert sla.shift(None, sh(2026, 11, 27, 16), sh(2026, 11, 30, 10), BUSINESS) is None


def test_a_calendar_without_working_days_is_an_error() -> None:
    with pytest.raises(ValueError):
        sla.add(sh(2026, 11, 23, 9), 60, sla.Calendar(enabled=True, weekdays=frozenset()))


@settings(max_examples=200, deadline=None)
@given(
    start=st.datetimes(
        min_value=datetime(2026, 1, 1), max_value=datetime(2027, 12, 31), timezones=st.just(UTC)
    ),
    minutes=st.integers(min_value=0, max_value=60 * 24 * 20),
)
def test_add_and_elapsed_agree(start: datetime, minutes: int) -> None:
    due = sla.add(start, minutes, BUSINESS)
    assert due >= start
    assert sla.elapsed(start, due, BUSINESS) == timedelta(minutes=minutes)
