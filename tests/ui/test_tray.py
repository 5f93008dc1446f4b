"""The tray's menu and state against a real hub (offscreen: the menu and its
actions are real, only the icon has no tray to sit in; test_tray_x11.py runs it
with a real tray host). Recent tickets with the unread count, "Ask for help
now" through to the agent's session request and the customer's consent
prompt, SLA breaches as notifications, and the hub's upload limits in the form."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from desktop.core.credentials import TokenStore
from desktop.core.profile import Profile
from desktop.core.quick_help import HELP_NOW
from desktop.core.remote import api
from desktop.core.settings import HubMode, Settings
from desktop.ui.main_window import MainWindow
from desktop.ui.messages import Level, Message
from desktop.ui.outbox_view import Snapshot
from desktop.ui.session import Session
from desktop.ui.tasks import TaskRunner
from desktop.ui.tray import TrayIcon, TrayState
from tests.core.conftest import XClient
from tests.ui.remote_support import customer_screen
from tests.ui.support import Client, Hub, MemoryKeyring, sign_in

__all__ = ["customer_screen"]


@pytest.fixture
def tray_client(qtbot: Any, tmp_path: Path, hub: Hub, look: None) -> Iterator[Any]:
    """Like make_client, with the app's TrayIcon wired into the window."""
    made: list[tuple[Client, TrayIcon]] = []

    def make(name: str) -> tuple[Client, TrayIcon]:
        prof = Profile(tmp_path / name, name)
        keyring = MemoryKeyring()
        settings = Settings(hub_mode=HubMode.REMOTE, hub_url=hub.url)
        session = Session(settings, TaskRunner(), prof, TokenStore(prof, keyring))
        tray = TrayIcon()
        window = MainWindow(session, tray)
        window.ask_before_quit = False
        qtbot.addWidget(window)
        window.show()
        window.start()
        made.append((Client(session, window, keyring, prof), tray))
        return made[-1]

    yield make
    for client, tray in made:
        client.window.hide()
        tray.hide()
        client.session.shutdown()


def _texts(tray: TrayIcon) -> list[str]:
    return [a.text() for a in tray.recent_actions]


def _unread(tray: TrayIcon) -> list[str]:
    """The entries shown as unread (bold, with a dot); the header has no ticket id."""
    return [a.text() for a in tray.recent_actions if a.data() and a.font().bold()]


def test_recent_tickets_with_unread_count_open_from_the_tray(
    qtbot: Any, hub: Hub, tray_client: Any
) -> None:
    email, agent_email = hub.customer(), hub.agent()
    me, agent = hub.client(email), hub.client(agent_email)
    filed = [me.create_ticket({"title": f"Problem {i}", "body": ""}, f"k{i}") for i in range(6)]
    agent.add_comment(filed[2].id, {"body": "Please restart the printer."}, "reply-1")
    client, tray = tray_client("customer")
    sign_in(qtbot, client, email)
    qtbot.waitUntil(lambda: len(tray.recent_actions) == 6, timeout=15000)

    texts = _texts(tray)
    assert texts[0] == "Recent tickets (1 unread)"
    assert len(texts) == 6  # the header and the last five, newest activity first
    assert _unread(tray) == [f"{filed[2].number} Problem 2"] == texts[1:2]  # newest activity
    assert [t.split()[0] for t in texts[2:]] == [filed[i].number for i in (5, 4, 3, 1)]
    assert tray.state is TrayState.UNREAD
    assert tray.report_action.isVisible() and tray.help_action.isVisible()

    tray.recent_actions[1].trigger()  # opens that ticket in the window
    page = client.window.mode_view.ticket_page  # type: ignore[union-attr]
    qtbot.waitUntil(
        lambda: page.ticket is not None and page.ticket.id == filed[2].id, timeout=15000
    )
    qtbot.waitUntil(lambda: tray.state is TrayState.IDLE, timeout=15000)
    tray.menu.aboutToShow.emit()
    assert _texts(tray)[0] == "Recent tickets"
    assert _unread(tray) == []
    assert tray.recent_actions[1].icon().isNull()


def test_ask_for_help_now_ends_in_the_customers_consent_prompt(
    qtbot: Any, hub: Hub, tray_client: Any, customer_screen: XClient
) -> None:
    email, agent_email = hub.customer("Chen Customer"), hub.agent("Ada Agent")
    customer, customer_tray = tray_client("customer")
    sign_in(qtbot, customer, email)
    agent, agent_tray = tray_client("agent")
    sign_in(qtbot, agent, agent_email)
    assert not agent_tray.help_action.isVisible()  # agents do not ask for help

    customer_tray.help_action.trigger()
    dialog = customer.window.tray_state.help_dialog  # type: ignore[union-attr]
    assert dialog is not None and dialog.isVisible()
    dialog.send_button.click()  # nothing typed: said plainly, nothing filed
    assert dialog.error.isVisible() and "few words" in dialog.error.text()
    dialog.summary.setText("The monthly report will not print")
    dialog.details.setPlainText("It says the printer is offline.")
    with qtbot.waitSignal(dialog.filed, timeout=15000) as filed:
        dialog.send_button.click()
    ticket = filed.args[0]
    assert ticket.channel == HELP_NOW
    assert ticket.priority == "P2"  # the hub's P3 for this text, raised one level
    page = customer.window.mode_view.ticket_page  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: page.ticket is not None and page.ticket.id == ticket.id, timeout=15000)

    # The agent is told, and the tray lists the ticket until someone asks to share.
    qtbot.waitUntil(lambda: agent_tray.last_notice is not None, timeout=15000)
    assert agent_tray.last_notice == (
        "Chen Customer asks for help now",
        f"{ticket.number} The monthly report will not print",
    )
    qtbot.waitUntil(lambda: len(agent_tray.help_actions) == 2, timeout=15000)
    assert agent_tray.help_actions[0].text() == "Asking for a live session"
    assert ticket.number in agent_tray.help_actions[1].text()

    agent_tray.help_actions[1].trigger()  # one click: the ticket and the request question
    panel = agent.window.mode_view.ticket_page.remote_sessions  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: panel.reason_dialog is not None, timeout=15000)
    # The ticket page says so too, for an agent who opens it from the queue.
    notice = agent.window.mode_view.ticket_page.desk.help_now_notice  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: notice.isVisible(), timeout=15000)
    assert "Chen Customer asked for help now" in notice.text()
    reason = panel.reason_dialog
    assert reason is not None and reason.isVisible()
    with qtbot.waitSignal(panel.session_started, timeout=15000) as started:
        reason.setTextValue("See the print error")
        reason.accept()
    live = started.args[0]
    remote = customer.window.remote
    qtbot.waitUntil(lambda: remote.dialog is not None and remote.dialog.isVisible(), timeout=15000)
    consent = remote.dialog
    assert consent is not None and ticket.number in consent.ticket_label.text()
    assert consent.accept_button.isVisible()  # nothing is shared before this is pressed
    assert remote.view is None
    qtbot.waitUntil(lambda: agent_tray.help_actions == [], timeout=15000)
    sessions = api.timeline(hub.client(agent_email), ticket.id)
    assert [s.status for s in sessions] == ["requested"]
    assert customer_tray.state is not TrayState.SHARING
    consent.accept_button.click()  # now, and only now, the screen is shared
    qtbot.waitUntil(lambda: customer_tray.state is TrayState.SHARING, timeout=20000)
    assert remote.sharing
    live.end()  # the agent stops: the tray no longer says "sharing"
    qtbot.waitUntil(lambda: not remote.sharing, timeout=20000)
    qtbot.waitUntil(lambda: customer_tray.state is not TrayState.SHARING, timeout=10000)


def test_an_sla_breach_reaches_the_agents_tray(qtbot: Any, hub: Hub, tray_client: Any) -> None:
    email, agent_email = hub.customer(), hub.agent()
    ticket = hub.client(email).create_ticket({"title": "Login fails", "body": ""}, "sla-1")
    agent, tray = tray_client("agent")
    sign_in(qtbot, agent, agent_email)
    # The first-response target passes (the hub's own sweep notices within 30 s).
    with sqlite3.connect(hub.data_dir / "hub.db") as db:
        db.execute(
            "UPDATE tickets SET first_response_due = '2000-01-01 00:00:00.000000' WHERE id = ?",
            (ticket.id,),
        )
    qtbot.waitUntil(
        lambda: tray.last_notice is not None and "SLA" in tray.last_notice[0], timeout=60000
    )
    assert tray.last_notice == (
        f"SLA breached: {ticket.number}",
        f"{ticket.number} Login fails has had no first response within its SLA.",
    )
    tray.message_clicked()  # a click on the notification opens the ticket
    page = agent.window.mode_view.ticket_page  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: page.ticket is not None and page.ticket.id == ticket.id, timeout=15000)


def test_too_many_files_are_refused_before_queueing(
    qtbot: Any, hub: Hub, tray_client: Any, tmp_path: Path, messages_seen: list[Message]
) -> None:
    email = hub.customer()
    client, _tray = tray_client("customer")
    sign_in(qtbot, client, email)
    client.window.new_ticket()
    form = client.window.mode_view.new_ticket  # type: ignore[union-attr]
    assert form is not None
    form.title_edit.setText("Logs of every workstation")
    for i in range(51):
        path = tmp_path / f"station-{i:02d}.log"
        path.write_text(f"station {i}\n")
        form.files.add_path(path)
    qtbot.waitUntil(lambda: len(form.files.drafts()) == 51, timeout=20000)
    form.submit()
    qtbot.waitUntil(lambda: any(m.level is Level.WARNING for m in messages_seen), timeout=15000)
    warning = [m.text for m in messages_seen if m.level is Level.WARNING][-1]
    assert warning.startswith("This report has 51 files, but the hub takes at most 50.")
    assert form.title_edit.text() == "Logs of every workstation"  # nothing typed is lost
    assert len(form.files.drafts()) == 51
    assert hub.client(email).all_tickets() == []
    assert client.window.outbox.pump.snapshot.pending == 0  # nothing was queued


def test_the_outbox_line_says_sending_while_a_burst_runs(
    qtbot: Any, hub: Hub, tray_client: Any
) -> None:
    client, tray = tray_client("customer")
    pump = client.window.outbox.pump
    line = client.window.outbox.tray_line
    assert line is not None and line in tray.menu.actions()
    waiting = Snapshot((), 2, 0, 1.0)
    assert pump.summary(waiting) == "2 reports waiting to be sent"
    assert pump.summary(replace(waiting, sending=True)) == "Sending 2 reports…"
    assert pump.summary(Snapshot((), 1, 1, 1.0, sending=True)) == (
        "Sending 1 report…; 1 report failed"
    )
    assert pump.summary(Snapshot((), 0, 0, 1.0)) == ""  # all sent: the line goes
