"""The board: dragging cards changes the status on the hub (only legal moves),
a refused move goes back, keyboard and menu moves, thumbnails, counts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest

from desktop.core import submission
from desktop.core.hubclient import HubClient
from desktop.core.models import Status
from desktop.core.submission import FileDraft, TicketDraft
from desktop.ui.board import TicketBoard
from desktop.ui.messages import Level, Message
from desktop.ui.ticket_lists import QueuePage
from tests.ui.support import Client, Hub, MakeClient, sign_in, write_png

pytestmark = pytest.mark.e2e


def open_board(qtbot: Any, make_client: MakeClient, email: str) -> tuple[Client, QueuePage]:
    client = make_client("agent")
    sign_in(qtbot, client, email)
    view = client.window.mode_view
    assert view is not None and isinstance(view.list_page, QueuePage)
    queue = view.list_page
    queue.attach(client.session)
    qtbot.mouseClick(queue.board_button, Qt.MouseButton.LeftButton)
    assert queue.stack.currentWidget() is queue.board
    return client, queue


def drag_data(board: TicketBoard, status: Status, ticket_id: int) -> QMimeData:
    """What a drag of this card carries, made by the column's own model."""
    proxy = board.columns[status]
    rows = [r for r in range(proxy.rowCount()) if proxy.ticket_at(r).id == ticket_id]  # type: ignore[union-attr]
    assert rows, (status, ticket_id)
    return proxy.mimeData([proxy.index(rows[0], 0)])


def drop(board: TicketBoard, target: Status, data: QMimeData) -> bool:
    """Drop a drag on a column through the column's own drop handler (Qt routes a
    real drop there only during a real drag, which the offscreen platform cannot
    run); True when the column takes it. The enter and move handlers ask the
    same canDropMimeData, which the tests also check directly."""
    view = board.views[target]
    viewport = view.viewport()
    point = QPointF(viewport.width() / 2, viewport.height() - 5)
    event = QDropEvent(
        point,
        Qt.DropAction.MoveAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.dropEvent(event)
    return event.isAccepted()


def test_dragging_a_card_moves_the_ticket_on_the_hub(
    qtbot: Any, hub: Hub, make_client: MakeClient
) -> None:
    email = hub.agent("Dee Drag")
    _client, queue = open_board(qtbot, make_client, email)
    board = queue.board
    customer = hub.client(hub.customer("Cai Card"))
    ticket = submission.send_ticket(customer, TicketDraft(title="Drag me along", body=""))
    qtbot.waitUntil(lambda: ticket.id in board.tickets_in(Status.NEW), timeout=15000)
    assert board._headers[Status.NEW].text().endswith(f"({len(board.tickets_in(Status.NEW))})")

    assert drop(board, Status.IN_PROGRESS, drag_data(board, Status.NEW, ticket.id))
    assert ticket.id in board.tickets_in(Status.IN_PROGRESS)  # at once, before the hub answers
    qtbot.waitUntil(lambda: customer.ticket(ticket.id).status is Status.IN_PROGRESS, timeout=15000)
    qtbot.waitUntil(lambda: not board.moves.pending, timeout=15000)
    assert ticket.id in board.tickets_in(Status.IN_PROGRESS)
    assert ticket.id not in board.tickets_in(Status.NEW)

    # Waiting on customer may not go back to Open: that column refuses the drop.
    assert drop(board, Status.WAITING_ON_CUSTOMER, drag_data(board, Status.IN_PROGRESS, ticket.id))
    qtbot.waitUntil(
        lambda: customer.ticket(ticket.id).status is Status.WAITING_ON_CUSTOMER, timeout=15000
    )
    qtbot.waitUntil(lambda: not board.moves.pending, timeout=15000)
    data = drag_data(board, Status.WAITING_ON_CUSTOMER, ticket.id)
    opened = board.columns[Status.OPEN]
    assert not opened.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert not drop(board, Status.OPEN, data)
    assert not opened.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert not board.moves.pending
    assert ticket.id in board.tickets_in(Status.WAITING_ON_CUSTOMER)
    assert customer.ticket(ticket.id).status is Status.WAITING_ON_CUSTOMER

    # While it is dragged, the columns it may not go to are dimmed.
    waiting_view = board.views[Status.WAITING_ON_CUSTOMER]
    card = board.columns[Status.WAITING_ON_CUSTOMER].ticket_at(0)
    waiting_view.drag_started.emit(card)
    dimmed = {s for s, frame in board.frames.items() if not frame.isEnabled()}
    assert dimmed == {Status.NEW, Status.OPEN}
    waiting_view.drag_ended.emit()
    assert all(frame.isEnabled() for frame in board.frames.values())


def test_a_move_the_hub_refuses_goes_back_with_a_message(
    qtbot: Any, hub: Hub, make_client: MakeClient, messages_seen: list[Message]
) -> None:
    email = hub.agent("Ria Refused")
    _client, queue = open_board(qtbot, make_client, email)
    board = queue.board
    customer = hub.client(hub.customer("Sam Stale"))
    ticket = submission.send_ticket(customer, TicketDraft(title="Closed behind my back", body=""))
    qtbot.waitUntil(lambda: ticket.id in board.tickets_in(Status.NEW), timeout=15000)
    data = drag_data(board, Status.NEW, ticket.id)
    # Another agent closes it; this board has not heard yet (events wait for the loop).
    submission.change_ticket(hub.client(hub.agent("Otto Other")), ticket.id, status="closed")
    assert drop(board, Status.IN_PROGRESS, data)
    assert ticket.id in board.tickets_in(Status.IN_PROGRESS)
    qtbot.waitUntil(lambda: any(m.level is Level.ERROR for m in messages_seen), timeout=15000)
    text = next(m.text for m in messages_seen if m.level is Level.ERROR)
    assert ticket.number in text and "New" in text  # "KF-… stays in “New”: …"
    assert "Traceback" not in text
    # It ends where the hub says it is, never in the column the hub refused.
    board.show_closed.setChecked(True)
    qtbot.waitUntil(lambda: ticket.id in board.tickets_in(Status.CLOSED), timeout=15000)
    assert ticket.id not in board.tickets_in(Status.IN_PROGRESS)
    assert customer.ticket(ticket.id).status is Status.CLOSED


def test_keyboard_and_menu_move_cards_without_dragging(
    qtbot: Any, hub: Hub, make_client: MakeClient, messages_seen: list[Message]
) -> None:
    email = hub.agent("Kai Keys")
    _client, queue = open_board(qtbot, make_client, email)
    board = queue.board
    customer = hub.client(hub.customer("Lin Keys"))
    ticket = submission.send_ticket(customer, TicketDraft(title="Move me by keyboard", body=""))
    qtbot.waitUntil(lambda: ticket.id in board.tickets_in(Status.NEW), timeout=15000)
    board.select(ticket.id)
    view = board.views[Status.NEW]
    assert view.current_ticket() is not None and view.current_ticket().id == ticket.id  # type: ignore[union-attr]
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(view, Qt.Key.Key_Right, modifiers)
    qtbot.waitUntil(lambda: customer.ticket(ticket.id).status is Status.OPEN, timeout=15000)
    opened = board.views[Status.OPEN]
    # The moved card stays the current one, in its new column, for the next key.
    qtbot.waitUntil(
        lambda: (t := opened.current_ticket()) is not None and t.id == ticket.id, timeout=10000
    )
    QTest.keyClick(board.views[Status.OPEN], Qt.Key.Key_Right, modifiers)
    qtbot.waitUntil(lambda: customer.ticket(ticket.id).status is Status.IN_PROGRESS, timeout=15000)
    qtbot.waitUntil(lambda: not board.moves.pending, timeout=15000)

    # The context menu offers only the allowed columns.
    progress = board.views[Status.IN_PROGRESS]
    card = board.columns[Status.IN_PROGRESS].ticket_at(0)
    assert card is not None and card.id == ticket.id
    menu = progress.card_menu(card)
    move_menu = next(a.menu() for a in menu.actions() if a.menu() is not None)
    enabled = {a.text(): a.isEnabled() for a in move_menu.actions()}
    assert enabled == {
        "New": False,
        "Open": True,
        "In progress": False,
        "Waiting on customer": True,
        "Resolved": True,
        "Closed": True,
    }
    next(a for a in move_menu.actions() if a.text() == "Resolved").trigger()
    qtbot.waitUntil(lambda: customer.ticket(ticket.id).status is Status.RESOLVED, timeout=15000)
    # A move the rules forbid is not even sent; the message says why.
    qtbot.waitUntil(lambda: ticket.id in board.tickets_in(Status.RESOLVED), timeout=15000)
    board.move_ticket(ticket.id, Status.IN_PROGRESS)
    assert messages_seen[-1].level is Level.WARNING
    assert "cannot go from “Resolved” to “In progress”" in messages_seen[-1].text
    assert customer.ticket(ticket.id).status is Status.RESOLVED


def test_cards_show_the_first_screenshot_and_closed_hides_behind_a_toggle(
    qtbot: Any, hub: Hub, make_client: MakeClient, tmp_path: Path
) -> None:
    email = hub.agent("Tess Thumb")
    client, queue = open_board(qtbot, make_client, email)
    board = queue.board
    customer = hub.client(hub.customer("Pia Picture"))
    png = write_png(tmp_path / "shot.png", 400, 300).read_bytes()
    shot = submission.send_ticket(
        customer,
        TicketDraft(
            title="With a screenshot", body="", files=(FileDraft("s.png", png, "image/png"),)
        ),
    )
    plain = submission.send_ticket(customer, TicketDraft(title="Without one", body=""))
    qtbot.waitUntil(lambda: {shot.id, plain.id} <= set(board.tickets_in(Status.NEW)), timeout=15000)
    board.repaint_cards()
    qtbot.waitUntil(
        lambda: board.thumbnails.known(shot.id) and board.thumbnails.known(plain.id),
        timeout=20000,
    )
    pixmap = board.thumbnails.get(shot.id)
    assert pixmap is not None and not pixmap.isNull()
    assert board.thumbnails.get(plain.id) is None
    # The thumbnail is painted: the card's top right shows the screenshot's red
    # (on a window wide enough; narrow columns keep the room for the words).
    client.window.resize(1800, 900)
    qtbot.waitUntil(lambda: board.views[Status.NEW].viewport().width() > 260, timeout=15000)
    view = board.views[Status.NEW]
    proxy = board.columns[Status.NEW]
    row = next(r for r in range(proxy.rowCount()) if proxy.ticket_at(r).id == shot.id)  # type: ignore[union-attr]
    rect = view.visualRect(proxy.index(row, 0))
    image = view.viewport().grab().toImage()
    probe = image.pixelColor(rect.right() - 30, rect.top() + 30)
    assert (probe.red(), probe.green(), probe.blue()) == (0xDC, 0x26, 0x26)

    assert board.frames[Status.CLOSED].isHidden()
    agent = HubClient(hub.url)
    agent.login(email, "correct horse battery")
    submission.change_ticket(agent, plain.id, status="closed")
    qtbot.waitUntil(lambda: plain.id in board.tickets_in(Status.CLOSED), timeout=15000)
    board.show_closed.setChecked(True)
    assert not board.frames[Status.CLOSED].isHidden()
    assert board._headers[Status.CLOSED].text().startswith("Closed (")
