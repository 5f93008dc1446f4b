"""A field engineer with no connection: the report waits in the outbox, rendered and
masked, and is filed once the hub is back."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.core.embedded import EmbeddedHub
from desktop.core.hubclient import HubClient
from desktop.core.settings import HubMode, Settings
from desktop.ui.messages import Message
from tests.ui.report_support import EMAIL, Screen, error_screen, report_dialog
from tests.ui.support import PASSWORD, MakeClient, sign_in

pytestmark = pytest.mark.e2e
__all__ = ["error_screen"]  # the fixture, used by name


def test_a_report_made_offline_is_filed_when_the_hub_is_back(
    qtbot: Any,
    own_hub: list[EmbeddedHub],
    make_client: MakeClient,
    messages_seen: list[Message],
    error_screen: Screen,
) -> None:
    first = own_hub[0]
    url = first.url
    assert url is not None
    HubClient(url).register("field@site.example", PASSWORD, "Field Engineer")
    client = make_client("field", settings=Settings(hub_mode=HubMode.REMOTE, hub_url=url))
    sign_in(qtbot, client, "field@site.example")
    report = report_dialog(qtbot, client)
    title = report.review.title_edit.text()
    first.stop()
    qtbot.waitUntil(lambda: client.window.connection_banner.isVisible(), timeout=15000)

    report.show_review()
    qtbot.mouseClick(report.review.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any("outbox" in m.text for m in messages_seen), timeout=30000)
    qtbot.waitUntil(lambda: client.window.report.window is None or not report.isVisible())

    port = int(url.rsplit(":", 1)[1])
    second = EmbeddedHub(first.data_dir, first.port_file, port=port)
    own_hub.append(second)
    second.start()
    me = HubClient(url)
    me.login("field@site.example", PASSWORD)
    qtbot.waitUntil(lambda: len(me.all_tickets()) == 1, timeout=60000)
    (ticket,) = me.all_tickets()
    assert ticket.title == title and ticket.fingerprint
    (attachment,) = me.ticket(ticket.id).attachments
    assert attachment.ocr_text and EMAIL not in attachment.ocr_text
