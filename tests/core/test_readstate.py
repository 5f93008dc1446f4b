"""desktop.core.readstate: the unread marker."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.core.models import Customer, Status, Ticket
from desktop.core.readstate import ReadState

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def ticket(activity: datetime | None, comments: int = 1) -> Ticket:
    return Ticket(
        id=7,
        number="KF-1007",
        title="t",
        status=Status.OPEN,
        priority="P3",
        customer=Customer(id=1, display_name="C"),
        created_at=T0,
        updated_at=activity or T0,
        comment_count=comments,
        last_public_activity_at=activity,
    )


def test_news_after_the_last_look_is_unread(tmp_path: Path) -> None:
    state = ReadState(tmp_path / "read.json")
    assert not state.is_unread(ticket(T0, comments=0))  # just filed
    replied = ticket(T0 + timedelta(minutes=5))
    assert state.is_unread(replied)
    state.mark_seen(replied)
    assert not state.is_unread(replied)
    assert ReadState(tmp_path / "read.json").is_unread(replied) is False  # survives restarts
    assert state.is_unread(ticket(T0 + timedelta(minutes=9)))


def test_damaged_file_starts_fresh(tmp_path: Path) -> None:
    path = tmp_path / "read.json"
    path.write_text("[1, 2")
    assert not ReadState(path).is_unread(ticket(None))
