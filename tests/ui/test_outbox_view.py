"""Filing offline in the app: the ticket goes to the outbox, the person sees it
waiting (status bar, Outbox window), and it is sent once when the hub is back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.core.embedded import EmbeddedHub
from desktop.core.hubclient import HubClient
from desktop.core.settings import HubMode, Settings
from desktop.core.submission import FileDraft, TicketDraft, queue_ticket
from desktop.ui.messages import Message
from desktop.ui.outbox_view import outbox_for
from tests.ui.support import PASSWORD, Hub, MakeClient, sign_in, write_png

pytestmark = pytest.mark.e2e


def test_ticket_filed_offline_waits_in_the_outbox_and_goes_once(
    qtbot: Any,
    own_hub: list[EmbeddedHub],
    make_client: MakeClient,
    messages_seen: list[Message],
    tmp_path: Path,
) -> None:
    first = own_hub[0]
    url = first.url
    assert url is not None
    HubClient(url).register("train@off.example", PASSWORD, "Field Engineer")
    client = make_client("field", settings=Settings(hub_mode=HubMode.REMOTE, hub_url=url))
    sign_in(qtbot, client, "train@off.example")
    window, view = client.window, client.window.mode_view
    assert view is not None and view.new_ticket is not None
    first.stop()
    qtbot.waitUntil(lambda: window.connection_banner.isVisible(), timeout=15000)

    view.show_new_ticket()
    page = view.new_ticket
    page.title_edit.setText("Cannot sync the site report")
    page.body_edit.setPlainText("On the train, no signal")
    page.files.add_path(write_png(tmp_path / "shot.png"))
    qtbot.waitUntil(lambda: len(page.files.drafts()) == 1, timeout=5000)
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.title_edit.text() == "", timeout=20000)  # safe, form clear
    assert any("outbox" in m.text for m in messages_seen)
    status = window.outbox.button
    qtbot.waitUntil(lambda: status.isVisible(), timeout=10000)
    assert "1 report" in status.text() and "waiting" in status.text()

    dialog = window.outbox.open_dialog()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5000)
    state = dialog.model.index(0, 1).data()
    assert state in ("Waiting for the connection", "Queued"), state

    port = int(url.rsplit(":", 1)[1])
    second = EmbeddedHub(first.data_dir, first.port_file, port=port)
    own_hub.append(second)
    second.start()
    qtbot.waitUntil(
        lambda: dialog.model.index(0, 1).data().startswith("Sent as KF-"), timeout=30000
    )
    qtbot.waitUntil(lambda: not status.isVisible(), timeout=10000)
    me = HubClient(url)
    me.login("train@off.example", PASSWORD)
    (ticket,) = me.all_tickets()
    assert ticket.title == "Cannot sync the site report"
    assert len(me.ticket(ticket.id).attachments) == 1
    dialog.close()


def test_new_ticket_draft_survives_closing_the_app(
    qtbot: Any, hub: Hub, make_client: MakeClient, tmp_path: Path
) -> None:
    email = hub.customer()
    client = make_client("drafty")
    sign_in(qtbot, client, email)
    view = client.window.mode_view
    assert view is not None and view.new_ticket is not None
    view.show_new_ticket()
    page = view.new_ticket
    qtbot.keyClicks(page.title_edit, "Half-written report")
    page.body_edit.setPlainText("The export dialog froze when")
    page.files.add_path(write_png(tmp_path / "frozen.png"))
    qtbot.waitUntil(lambda: len(page.files.drafts()) == 1, timeout=5000)
    draft_file = client.profile.path / "drafts" / "new_ticket" / "draft.json"
    qtbot.waitUntil(
        lambda: draft_file.exists() and "frozen.png" in draft_file.read_text(), timeout=10000
    )
    client.window.close()  # the app is closed (or crashed) with the form unsent
    client.session.shutdown()

    again = make_client("drafty")  # the same profile
    sign_in(qtbot, again, email)
    view = again.window.mode_view
    assert view is not None and view.new_ticket is not None
    page = view.new_ticket
    qtbot.waitUntil(lambda: page.title_edit.text() == "Half-written report", timeout=10000)
    assert page.body_edit.toPlainText() == "The export dialog froze when"
    assert [f.name for f in page.files.drafts()] == ["frozen.png"]
    # An emptied form (as after sending it) leaves no draft behind.
    page.title_edit.clear()
    page.body_edit.clear()
    page.files.clear()
    qtbot.waitUntil(lambda: not draft_file.exists(), timeout=10000)


def test_a_refused_report_shows_the_hubs_message_and_can_be_removed(
    qtbot: Any, hub: Hub, make_client: MakeClient
) -> None:
    email = hub.customer()
    client = make_client("refused")
    sign_in(qtbot, client, email)
    found = outbox_for(client.session)
    assert found is not None
    box, label = found
    fake = FileDraft("shot.png", b"this is not a png", "image/png")
    queue_ticket(box, TicketDraft(title="Fake screenshot", body="", files=(fake,)), label)
    window = client.window
    window.outbox.pump.wake()  # as `kefu submit` in another process would be noticed
    qtbot.waitUntil(lambda: "failed" in window.outbox.button.text(), timeout=15000)
    dialog = window.outbox.open_dialog()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5000)
    assert dialog.model.index(0, 1).data() == "Failed"
    assert "image" in dialog.model.index(0, 2).data()  # the hub's own words
    dialog.table.selectRow(0)
    assert dialog.retry_button.isEnabled() is False  # not an image: retrying cannot help
    assert dialog.remove_button.isEnabled()
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=10000)
    assert box.items() == []
    dialog.close()
