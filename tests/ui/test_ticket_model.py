"""TicketTableModel and TicketFilterProxy: what the lists show, filter and sort."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from desktop.core.models import Customer, Status, Ticket, UserRef
from desktop.ui.ticket_model import (
    ACTIVE_STATUSES,
    Column,
    TicketFilterProxy,
    TicketTableModel,
    due_text,
    relative_time,
)

NOW = datetime.now(UTC)


def make(
    id: int,
    *,
    status: Status = Status.NEW,
    priority: str = "P3",
    assignee: int | None = None,
    group: int | None = 1,
    category: int | None = 1,
    title: str = "Title",
    updated: datetime = NOW,
) -> Ticket:
    return Ticket(
        id=id,
        number=f"KF-{1000 + id}",
        title=title,
        body="body text",
        status=status,
        priority=priority,
        group_id=group,
        category_id=category,
        customer=Customer(id=99, display_name="Chen Wei"),
        assignee=UserRef(id=assignee, display_name=f"Agent {assignee}") if assignee else None,
        created_at=updated - timedelta(hours=1),
        updated_at=updated,
        resolution_due=NOW + timedelta(hours=2),
    )


@pytest.fixture
def model(qapp: QApplication) -> TicketTableModel:
    model = TicketTableModel(agent=True, is_unread=lambda t: t.id == 2)
    model.set_tickets(
        [
            make(1, status=Status.NEW, priority="P1", title="Printer on fire"),
            make(
                2, status=Status.IN_PROGRESS, assignee=5, group=2, updated=NOW - timedelta(hours=3)
            ),
            make(3, status=Status.CLOSED, priority="P4", category=3, title="ORA-12154 again"),
        ]
    )
    return model


def shown(proxy: TicketFilterProxy) -> list[int]:
    return [proxy.ticket_at(row).id for row in range(proxy.rowCount())]  # type: ignore[union-attr]


def test_display_roles(model: TicketTableModel) -> None:
    index = model.index(0, Column.STATUS)
    assert model.data(index) == "New"
    assert model.data(model.index(1, Column.NUMBER)) == "● KF-1002"  # unread marker
    font = model.data(model.index(1, Column.TITLE), Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert model.data(model.index(1, Column.ASSIGNEE)) == "Agent 5"
    assert model.data(model.index(0, Column.ASSIGNEE)) == "—"
    assert model.headerData(Column.DUE, Qt.Orientation.Horizontal) == "SLA"


def test_upsert_inserts_replaces_and_ignores_older(model: TicketTableModel, qtbot) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(model.rowsInserted):
        model.upsert(make(4, title="New one"))
    assert model.rowCount() == 4
    with qtbot.waitSignal(model.dataChanged):
        model.upsert(make(1, title="Printer fixed", updated=NOW + timedelta(minutes=1)))
    assert model.ticket(1).title == "Printer fixed"  # type: ignore[union-attr]
    model.upsert(make(1, title="stale copy", updated=NOW - timedelta(days=1)))
    assert model.ticket(1).title == "Printer fixed"  # type: ignore[union-attr]


def test_filters(model: TicketTableModel) -> None:
    proxy = TicketFilterProxy()
    proxy.setSourceModel(model)
    assert shown(proxy) == [1, 2, 3]
    proxy.set_filter(statuses=ACTIVE_STATUSES)
    assert shown(proxy) == [1, 2]
    proxy.set_filter(statuses=None, priority="P4")
    assert shown(proxy) == [3]
    proxy.set_filter(priority=None, assignee="none")
    assert shown(proxy) == [1, 3]
    proxy.set_filter(assignee="me", me=5)
    assert shown(proxy) == [2]
    proxy.set_filter(assignee=None, group_id=2)
    assert shown(proxy) == [2]
    proxy.set_filter(group_id=None, category_id=3)
    assert shown(proxy) == [3]
    proxy.set_filter(category_id=None, text="ora-12154")
    assert shown(proxy) == [3]
    proxy.set_filter(text="kf-1001")
    assert shown(proxy) == [1]
    with pytest.raises(AttributeError):
        proxy.set_filter(colour="red")


def test_sorting_uses_raw_values(model: TicketTableModel) -> None:
    proxy = TicketFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(Column.UPDATED, Qt.SortOrder.DescendingOrder)
    assert shown(proxy)[-1] == 2  # three hours old
    proxy.sort(Column.STATUS, Qt.SortOrder.AscendingOrder)
    assert shown(proxy) == [1, 2, 3]  # new, in progress, closed: workflow order
    proxy.sort(Column.PRIORITY, Qt.SortOrder.AscendingOrder)
    assert shown(proxy)[0] == 1


def test_time_texts(qapp: QApplication) -> None:
    assert relative_time(NOW - timedelta(seconds=5), NOW) == "just now"
    assert relative_time(NOW - timedelta(minutes=1), NOW) == "1 min ago"
    assert relative_time(NOW - timedelta(hours=2), NOW) == "2 h ago"
    assert due_text(NOW + timedelta(minutes=90), NOW) == "in 1h 30m"
    assert due_text(NOW - timedelta(minutes=5), NOW) == "overdue 0h 05m"
    assert due_text(None, NOW) == ""
