"""The issue's end-to-end story with two real clients and a real hub.

A customer files a ticket with an image; the agent sees it appear live, replies
and adds an internal note; the customer sees the reply and not the note; the
agent resolves and the customer marks it solved and rates it.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.core.models import Status
from desktop.ui.main_window import ModeView
from desktop.ui.ticket_lists import MyTicketsPage, QueuePage
from tests.ui.support import PASSWORD, Hub, MakeClient, sign_in, write_png

pytestmark = pytest.mark.e2e


def _view(client) -> ModeView:  # type: ignore[no-untyped-def]
    view = client.window.mode_view
    assert view is not None
    return view


def test_customer_files_agent_answers_customer_confirms(
    qtbot, hub: Hub, make_client: MakeClient, tmp_path: Path
) -> None:
    agent_email = hub.agent("Ada Agent")
    customer_email = hub.customer("Chen Customer")
    agent = make_client("agent")
    customer = make_client("customer")
    sign_in(qtbot, agent, agent_email)
    sign_in(qtbot, customer, customer_email)
    agent_view, customer_view = _view(agent), _view(customer)
    assert isinstance(agent_view.list_page, QueuePage)
    assert isinstance(customer_view.list_page, MyTicketsPage)
    queue = agent_view.list_page
    before = queue.proxy.rowCount()

    # The customer files a ticket with a screenshot.
    customer.window.new_ticket()
    page = customer_view.new_ticket
    assert page is not None and customer_view.tickets.currentWidget() is page
    title = f"Printing fails with ORA-12154 ({time.monotonic_ns()})"
    qtbot.keyClicks(page.title_edit, title)
    qtbot.keyClicks(page.body_edit, "Clicking Print shows ORA-12154 since this morning.")
    page.files.add_path(write_png(tmp_path / "error.png"))
    qtbot.waitUntil(lambda: page.files.model.rowCount() == 1)
    with qtbot.waitSignal(page.submitted, timeout=10000) as sent:
        qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    ticket = sent.args[0]
    assert ticket.title == title and len(ticket.attachments) == 1
    submitted_at = time.monotonic()
    assert customer_view.tickets.currentWidget() is customer_view.ticket_page

    # The agent's queue shows it live: no refresh, within 2 seconds.
    qtbot.waitUntil(lambda: queue.proxy.rowCount() == before + 1, timeout=2000)
    assert time.monotonic() - submitted_at < 2.0
    row = next(r for r in range(queue.proxy.rowCount()) if queue.proxy.ticket_at(r).id == ticket.id)
    queue.table.doubleClicked.emit(queue.proxy.index(row, 0))
    agent_page = agent_view.ticket_page
    qtbot.waitUntil(lambda: agent_page.ticket is not None and agent_page.ticket.id == ticket.id)
    assert agent_page.details.customer_name.text() == "Chen Customer"
    assert agent_page.attachment_model.rowCount() == 1
    # The screenshot opens in the zoomable viewer.
    agent_page.attachment_view.doubleClicked.emit(agent_page.attachment_model.index(0))
    qtbot.waitUntil(lambda: getattr(agent_page, "viewer", None) is not None, timeout=10000)
    assert agent_page.viewer.item.pixmap().width() == 320
    agent_page.viewer.close()

    # A public reply, then an internal note.
    qtbot.keyClicks(agent_page.reply_edit, "Please restart the print service and try again.")
    qtbot.mouseClick(agent_page.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(agent_page.ticket.comments) == 1, timeout=10000)
    qtbot.mouseClick(agent_page.note_mode, Qt.MouseButton.LeftButton)
    assert agent_page.internal and agent_page.reply_frame.property("mode") == "note"
    assert agent_page.send_button.text() == "Add internal note"
    qtbot.keyClicks(agent_page.reply_edit, "Customer is on the old TNS file; check with DBA.")
    qtbot.mouseClick(agent_page.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(agent_page.ticket.comments) == 2, timeout=10000)
    assert [c.internal for c in agent_page.ticket.comments] == [False, True]
    assert "Internal note" in agent_page.conversation.toPlainText()

    # The customer's open ticket page shows the reply live, never the note.
    customer_page = customer_view.ticket_page
    qtbot.waitUntil(
        lambda: "restart the print service" in customer_page.conversation.toPlainText(),
        timeout=10000,
    )
    assert "TNS" not in customer_page.conversation.toPlainText()
    assert all(not c.internal for c in customer_page.ticket.comments)
    assert not customer_page.decision.isVisible()

    # The agent resolves; the customer is asked and says "Solved".
    combo = agent_page.details.status_combo
    combo.setCurrentIndex(combo.findData(Status.RESOLVED.value))
    combo.activated.emit(combo.currentIndex())
    bar = customer_page.decision
    qtbot.waitUntil(lambda: bar.yes_button.isVisible(), timeout=10000)
    assert bar.no_button.isVisible()
    qtbot.mouseClick(bar.yes_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(bar.stars, Qt.Key.Key_5)  # the rating (tests/ui/test_resolution.py)
    qtbot.mouseClick(bar.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: customer_page.ticket is not None and customer_page.ticket.status is Status.CLOSED,
        timeout=10000,
    )
    qtbot.waitUntil(lambda: bar.reopen_button.isVisible(), timeout=10000)
    # ...and the agent's queue model follows live.
    qtbot.waitUntil(
        lambda: agent_view.model.ticket(ticket.id).status is Status.CLOSED, timeout=10000
    )
    assert PASSWORD not in customer_page.conversation.toPlainText()
