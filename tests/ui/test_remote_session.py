"""Remote assistance end to end: a real hub, a customer whose capture reads its own
Xvfb screen, and an agent whose viewer (offscreen Qt) shows that screen.

Request, consent, frames (pixels checked), masks over our own windows, chat both
ways, the pointer on the customer's side, a snapshot to the ticket, and Stop
from the customer closing the agent's viewer within a second. Declined and
unanswered requests capture nothing.
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage

from desktop.core.remote.source import MASK_BGRA
from desktop.core.submission import TicketDraft, send_ticket
from desktop.ui.main_window import ModeView
from desktop.ui.messages import Message
from desktop.ui.remote.agent import AgentSession
from desktop.ui.remote.customer import CustomerRemote
from desktop.ui.remote.panel import RemoteSessionsPanel
from tests.core.conftest import XClient
from tests.ui.remote_support import CountingSources, customer_screen
from tests.ui.support import Client, Hub, MakeClient, sign_in

pytestmark = pytest.mark.e2e
__all__ = ["customer_screen"]  # the fixture, imported so pytest finds it here

RED, GREEN = (220, 38, 38), (22, 163, 74)
MASK_RGB = tuple(MASK_BGRA[2::-1])


def _view(client: Client) -> ModeView:
    view = client.window.mode_view
    assert view is not None
    return view


def _rgb(image: QImage, x: int, y: int) -> tuple[int, int, int]:
    colour = QColor(image.pixel(x, y))
    return colour.red(), colour.green(), colour.blue()


def _setup(
    qtbot: Any, hub: Hub, make_client: MakeClient
) -> tuple[Client, Client, RemoteSessionsPanel, CountingSources, int]:
    agent_email = hub.agent("Ada Agent")
    customer_email = hub.customer("Chen Customer", "Acme Construction")
    ticket = send_ticket(hub.client(customer_email), TicketDraft("Report prints blank", "See it"))
    agent, customer = make_client("agent"), make_client("customer")
    sign_in(qtbot, agent, agent_email)
    sign_in(qtbot, customer, customer_email)
    sources = CountingSources()
    customer.window.remote.source_factory = sources
    view = _view(agent)
    view.open_ticket(ticket.id)
    page = view.ticket_page
    qtbot.waitUntil(lambda: page.ticket is not None and agent.session.runner.idle, timeout=15000)
    return agent, customer, page.remote_sessions, sources, ticket.id


def _ask(qtbot: Any, panel: RemoteSessionsPanel, reason: str = "") -> AgentSession:
    qtbot.mouseClick(panel.request_button, Qt.MouseButton.LeftButton)
    dialog = panel.reason_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.setTextValue(reason)
    with qtbot.waitSignal(panel.session_started, timeout=15000) as started:
        dialog.accept()
    live: AgentSession = started.args[0]
    return live


def _request(qtbot: Any, panel: RemoteSessionsPanel, remote: CustomerRemote) -> AgentSession:
    live = _ask(qtbot, panel, "See the print error")
    assert live.viewer.isVisible() and live.rs.code is not None
    assert live.rs.code in live.viewer.status_label.text()  # to read out on the phone
    qtbot.waitUntil(lambda: remote.dialog is not None and remote.dialog.isVisible(), timeout=15000)
    return live


def test_request_consent_view_chat_point_snapshot_and_stop(
    qtbot: Any, hub: Hub, make_client: MakeClient, customer_screen: XClient
) -> None:
    customer_screen.fill(100, 200, 300, 160, RED)
    customer_screen.fill(900, 500, 200, 120, GREEN)
    agent, customer, panel, sources, ticket_id = _setup(qtbot, hub, make_client)
    remote = customer.window.remote
    live = _request(qtbot, panel, remote)

    dialog = remote.dialog
    assert dialog is not None
    text = " ".join(label.text() for label in dialog.findChildren(type(dialog.countdown)))
    assert "Ada Agent" in text and live.rs.ticket_number in text and "View only" in text
    assert "Reason: See the print error" in text
    assert dialog.decline_button.isDefault() and not dialog.accept_button.isDefault()
    assert dialog.monitor_combo.count() == 1 and "1280 × 800" in dialog.monitor_combo.itemText(0)
    assert sources.made == []  # nothing is captured while the customer decides

    tray_states: list[bool] = []  # what the tray icon shows
    remote.sharing_changed.connect(tray_states.append)
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    viewer = live.viewer
    qtbot.waitUntil(
        lambda: (
            not viewer.canvas.image.isNull()
            and _rgb(viewer.canvas.image, 900 + 100, 500 + 60) == GREEN
        ),
        timeout=10000,
    )
    image = viewer.canvas.image
    assert (image.width(), image.height()) == (1280, 800)
    assert _rgb(image, 250, 280) == RED and _rgb(image, 640, 700) == (30, 58, 138)
    assert remote.view is not None and remote.sharing
    # The bar and the frame are in no frame: their rectangles arrive grey.
    bar_box = remote.view.mask_boxes()[0]
    assert _rgb(image, bar_box.x + bar_box.w // 2, bar_box.y + bar_box.h // 2) == MASK_RGB
    assert _rgb(image, 640, 1) == MASK_RGB  # the coloured frame's top edge
    assert "Ada Agent" in remote.view.bar.label.text()

    # 1:1 shows the remote pixels as they are, no resampling.
    qtbot.mouseClick(viewer.one_button, Qt.MouseButton.LeftButton)
    assert viewer.canvas.size().width() == 1280
    shown = viewer.canvas.grab().toImage()
    assert _rgb(shown, 101, 201) == RED and _rgb(shown, 99, 199) == (30, 58, 138)

    # A change on the customer's screen reaches the viewer live; figures are shown.
    customer_screen.fill(600, 300, 80, 80, GREEN)
    qtbot.waitUntil(lambda: _rgb(viewer.canvas.image, 640, 340) == GREEN, timeout=15000)
    # A busy screen (a change every 25 ms, off the patterns checked later).
    for i in range(60):
        customer_screen.fill(700 + (i * 37) % 400, 100 + (i * 53) % 300, 90, 60, (i * 4, 90, 200))
        qtbot.wait(25)  # the GUI keeps painting frames meanwhile
    qtbot.waitUntil(lambda: "fps" in viewer.figures_label.text(), timeout=3000)
    figures = live.bridge.receiver.figures()  # type: ignore[union-attr]
    print(f"\nbusy 1280x800 through the app: {figures} ({viewer.figures_label.text()})")
    assert figures.fps > 3 and figures.latency_ms is not None and figures.latency_ms < 1000

    # Chat both ways.
    viewer.chat.edit.setText("请点一下确定 (click OK)")  # keyClicks types ASCII only
    qtbot.keyClick(viewer.chat.edit, Qt.Key.Key_Return)
    chat = remote.view.chat
    qtbot.waitUntil(lambda: any("click OK" in line for line in chat.panel.lines()), timeout=3000)
    assert chat.isVisible()  # opens by itself when the agent writes
    qtbot.keyClicks(chat.panel.edit, "Done, it says saved")
    qtbot.mouseClick(chat.panel.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any("it says saved" in line for line in viewer.chat.lines()), timeout=3000
    )

    # The agent points (at 1:1, a click on the picture is that remote pixel).
    qtbot.mouseClick(viewer.canvas, Qt.MouseButton.LeftButton, pos=QPoint(250, 280))
    pointer = remote.view.pointer
    qtbot.waitUntil(lambda: pointer.position == (250, 280) and pointer.isVisible(), timeout=3000)

    # Pause: the agent sees a neutral picture and a notice, then the screen again.
    qtbot.mouseClick(remote.view.bar.pause_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _rgb(viewer.canvas.image, 250, 280) == MASK_RGB, timeout=3000)
    qtbot.waitUntil(lambda: any("paused" in line for line in viewer.chat.lines()), timeout=3000)
    assert "Paused" in remote.view.bar.label.text()
    qtbot.mouseClick(remote.view.bar.pause_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _rgb(viewer.canvas.image, 250, 280) == RED, timeout=3000)

    # Snapshot to the ticket goes through the normal reply path, as a PNG.
    qtbot.mouseClick(viewer.snapshot_button, Qt.MouseButton.LeftButton)
    client = hub.client(agent.session.user.email)  # type: ignore[union-attr]
    qtbot.waitUntil(
        lambda: any(c.attachments for c in client.ticket(ticket_id).comments), timeout=10000
    )
    attachment = next(c for c in client.ticket(ticket_id).comments if c.attachments).attachments[0]
    assert (attachment.mime, attachment.width, attachment.height) == ("image/png", 1280, 800)

    # Stop from the customer: the bar goes at once, the agent's viewer within a second.
    sharer = remote.sharer
    assert sharer is not None and sources.grabs > 0
    stopped = time.monotonic()
    qtbot.mouseClick(remote.view.bar.stop_button, Qt.MouseButton.LeftButton)
    assert remote.view is None and not remote.sharing
    qtbot.waitUntil(lambda: not viewer.isVisible(), timeout=1000)
    assert time.monotonic() - stopped < 1.0
    assert live.over
    qtbot.waitUntil(lambda: not sharer.running, timeout=15000)  # the capture thread is gone
    assert tray_states == [True, False]
    # The ticket's timeline says who, how long and how it ended.
    qtbot.waitUntil(
        lambda: panel.model.rowCount() == 1 and "ended" in panel.model.item(0).text(),
        timeout=15000,
    )
    assert "Ada Agent" in panel.model.item(0).text() and "view only" in panel.model.item(0).text()


def test_declined_and_unanswered_requests_capture_nothing(
    qtbot: Any,
    hub: Hub,
    make_client: MakeClient,
    customer_screen: XClient,
    messages_seen: list[Message],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _agent, customer, panel, sources, _ticket_id = _setup(qtbot, hub, make_client)
    remote = customer.window.remote

    live = _request(qtbot, panel, remote)
    dialog = remote.dialog
    assert dialog is not None
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter declines: it is the default button
    qtbot.waitUntil(lambda: not live.viewer.isVisible(), timeout=15000)
    assert "declined" in live.viewer.figures_label.text()

    remote.consent_timeout = 1
    qtbot.waitUntil(lambda: panel.request_button.isEnabled(), timeout=15000)
    live = _request(qtbot, panel, remote)
    dialog = remote.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: remote.dialog is None, timeout=15000)
    assert dialog.timed_out
    qtbot.waitUntil(lambda: not live.viewer.isVisible(), timeout=15000)
    assert sources.made == [] and sources.grabs == 0
    qtbot.waitUntil(
        lambda: (
            panel.model.rowCount() == 2
            and all("declined" in panel.model.item(i).text() for i in range(2))
        ),
        timeout=15000,
    )

    # A Wayland desktop cannot be captured: the customer is told plainly, the agent
    # is not left waiting, and there is no dialog to click Accept in.
    monkeypatch.setenv("XDG_SESSION_TYPE", "wayland")
    qtbot.waitUntil(lambda: panel.request_button.isEnabled(), timeout=15000)
    live = _ask(qtbot, panel)
    qtbot.waitUntil(lambda: not live.viewer.isVisible(), timeout=15000)
    assert remote.dialog is None and sources.made == []
    assert any("Wayland" in m.text for m in messages_seen)


def test_code_typed_after_the_request_and_the_agent_ends(
    qtbot: Any,
    hub: Hub,
    make_client: MakeClient,
    customer_screen: XClient,
    messages_seen: list[Message],
) -> None:
    """The customer was not signed in when asked: they type the code read out to them."""
    customer_screen.fill(0, 0, 1280, 800, (250, 250, 250))
    agent_email = hub.agent("Ada Agent")
    customer_email = hub.customer("Chen Customer")
    ticket = send_ticket(hub.client(customer_email), TicketDraft("Cannot print", "Help"))
    agent = make_client("agent")
    sign_in(qtbot, agent, agent_email)
    view = _view(agent)
    view.open_ticket(ticket.id)
    panel = view.ticket_page.remote_sessions
    qtbot.waitUntil(lambda: view.ticket_page.ticket is not None and agent.session.runner.idle)
    live = _ask(qtbot, panel)  # no reason given: that is fine
    code = live.rs.code
    assert code is not None

    customer = make_client("customer")
    remote = customer.window.remote
    # A client that never heard of the request (signing in lists waiting requests,
    # tests/ui/test_remote_waiting.py): the code read out on the phone still works.
    remote.check_waiting = lambda: None  # type: ignore[method-assign]
    sign_in(qtbot, customer, customer_email)
    sources = CountingSources()
    remote.source_factory = sources
    assert remote.dialog is None and customer.window.session_code_action.isVisible()
    locator, secret = code.split()
    wrong = f"{locator} {(int(secret) + 1) % 10**6:06d}"
    customer.window.session_code_action.trigger()
    assert remote.code_dialog is not None
    remote.code_dialog.setTextValue(wrong)
    remote.code_dialog.accept()
    qtbot.waitUntil(lambda: any("not valid" in m.text for m in messages_seen), timeout=15000)
    customer.window.session_code_action.trigger()
    remote.code_dialog.setTextValue(code.replace(" ", "-"))
    remote.code_dialog.accept()
    qtbot.waitUntil(lambda: remote.dialog is not None, timeout=15000)
    qtbot.mouseClick(remote.dialog.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not live.viewer.canvas.image.isNull(), timeout=10000)
    assert _rgb(live.viewer.canvas.image, 640, 400) == (250, 250, 250)

    # The agent ends it: the customer's bar and capture stop within a second.
    sharer = remote.sharer
    assert sharer is not None
    ended = time.monotonic()
    qtbot.mouseClick(live.viewer.stop_button, Qt.MouseButton.LeftButton)
    assert not live.viewer.isVisible()
    qtbot.waitUntil(lambda: not remote.sharing, timeout=1000)
    assert time.monotonic() - ended < 1.0
    qtbot.waitUntil(lambda: not sharer.running, timeout=15000)
    grabs = sources.grabs
    qtbot.waitUntil(lambda: any("ended the session" in m.text for m in messages_seen))
    assert sources.grabs == grabs and remote.view is None
