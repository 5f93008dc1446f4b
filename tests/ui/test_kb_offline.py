"""An article saved while the hub is away: a clear message, the text stays in
the editor, and saving again once the hub is back stores it once."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.core import kb_api
from desktop.core.embedded import EmbeddedHub
from desktop.core.hubclient import HubClient
from desktop.core.settings import HubMode, Settings
from desktop.ui.kb.section import KnowledgeBaseSection
from tests.ui.support import PASSWORD, MakeClient, sign_in

pytestmark = pytest.mark.e2e


def test_saving_while_the_hub_is_away_keeps_the_article(
    qtbot: Any, own_hub: list[EmbeddedHub], make_client: MakeClient
) -> None:
    first = own_hub[0]
    url = first.url
    assert url is not None
    first.create_user(role="agent", email="kb@off.example", name="Kim Offline", password=PASSWORD)
    client = make_client("agent", settings=Settings(hub_mode=HubMode.REMOTE, hub_url=url))
    sign_in(qtbot, client, "kb@off.example")
    view = client.window.mode_view
    assert view is not None
    view.show_section("kb")
    section = view.section("kb")
    assert isinstance(section, KnowledgeBaseSection)
    editor = section.editor
    section.new_button.click()
    editor.title_edit.setText("VPN 连接后无法打开报表")
    editor.body_edit.setPlainText("先断开 VPN，再重新登录。")

    first.stop()
    assert editor.save()
    qtbot.waitUntil(lambda: not editor.saving, timeout=20000)
    assert editor.error.isVisible()
    assert "Cannot reach the hub" in editor.error.text()
    assert "Your text is kept here" in editor.error.text()
    assert editor.article is None and editor.dirty
    assert editor.body_edit.toPlainText() == "先断开 VPN，再重新登录。"

    port = int(url.rsplit(":", 1)[1])
    second = EmbeddedHub(first.data_dir, first.port_file, port=port)
    own_hub.append(second)
    second.start()
    editor.save_button.click()
    qtbot.waitUntil(lambda: editor.article is not None, timeout=20000)
    assert not editor.dirty and not editor.error.isVisible()
    agent = HubClient(url)
    agent.login("kb@off.example", PASSWORD)
    titles = [a.title for a in kb_api.articles(agent)]
    assert titles == ["VPN 连接后无法打开报表"]
