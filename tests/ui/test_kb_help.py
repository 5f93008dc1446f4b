"""The knowledge base end to end: an agent writes and publishes an article in
support mode; a customer finds it in Help and says it solved the problem."""

from __future__ import annotations

import secrets
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.core.hubclient import HubClient
from desktop.ui.kb.help import ARTICLE_ROLE, HelpSection
from desktop.ui.kb.section import KnowledgeBaseSection
from tests.ui.support import Hub, MakeClient, sign_in

pytestmark = pytest.mark.e2e


def kb_counts(agent: HubClient) -> dict[str, Any]:
    knowledge_base = agent.request("GET", "/metrics").json()["knowledge_base"]
    assert isinstance(knowledge_base, dict)
    return knowledge_base


def help_titles(help_section: HelpSection) -> list[str]:
    model = help_section.model
    return [model.item(row).data(ARTICLE_ROLE).title for row in range(model.rowCount())]


def answers_for(qtbot: Any, help_section: HelpSection, query: str) -> list[str]:
    """Type `query` and wait until the list answers that query (not an earlier one)."""
    help_section.search.setText(query)  # (QTest cannot type Chinese keys)
    qtbot.waitUntil(lambda: help_section.answered == query, timeout=15000)
    return help_titles(help_section)


def test_agent_publishes_and_customer_is_helped(
    qtbot: Any, hub: Hub, make_client: MakeClient
) -> None:
    code = f"0x8004{secrets.token_hex(2)}"
    title = f"月报打印预览一片空白 {code}"
    agent_email = hub.agent("Kai Writer")
    agent_window = make_client("agent")
    sign_in(qtbot, agent_window, agent_email)
    view = agent_window.window.mode_view
    assert view is not None
    view.show_section("kb")
    section = view.section("kb")
    assert isinstance(section, KnowledgeBaseSection)
    editor = section.editor
    qtbot.mouseClick(section.new_button, Qt.MouseButton.LeftButton)

    # Nothing is sent while the form cannot be: each problem is said plainly.
    editor.publish_button.click()
    assert editor.error.isVisible() and "title" in editor.error.text()
    editor.title_edit.setText(title)  # (QTest cannot type Chinese keys)
    editor.publish_button.click()
    assert "Write the answer" in editor.error.text() and editor.article is None
    body = f"## 解决方法\n\n1. 打开**打印设置**\n2. 选择默认打印机，错误代码 `{code}` 即消失。"
    editor.body_edit.setPlainText(body)
    editor.tags_edit.setText("打印， 报表")
    qtbot.waitUntil(lambda: "解决方法" in editor.preview.toPlainText(), timeout=10000)
    assert "**" not in editor.preview.toPlainText()  # rendered, not the Markdown source
    assert editor.dirty
    editor.publish_button.click()
    qtbot.waitUntil(lambda: editor.article is not None and not editor.dirty, timeout=15000)
    article = editor.article
    assert article is not None and article.status == "published"
    assert article.tags == ["打印", "报表"] and article.language == "en"  # the UI's language
    assert "Kai Writer" in editor.byline.text() and not editor.error.isVisible()
    assert not editor.publish_button.isVisible()  # already published: "Save" keeps it so
    assert section.model.row_of(article.id) == 0
    agent = hub.client(agent_email)
    assert agent.request("GET", f"/kb/articles/{article.id}").json()["body"] == body
    before = kb_counts(agent)

    customer_window = make_client("customer")
    sign_in(qtbot, customer_window, hub.customer("Lin Reader"))
    cview = customer_window.window.mode_view
    assert cview is not None and cview.section("kb") is None
    cview.show_section("help")
    help_section = cview.section("help")
    assert isinstance(help_section, HelpSection)
    qtbot.waitUntil(lambda: help_section.answered == "", timeout=15000)
    assert title in help_titles(help_section)  # with no question: every published article

    # Typed as a person would: no spaces, other words around the same meaning.
    assert title in answers_for(qtbot, help_section, "打印预览空白怎么办")[:3]
    # An error code inside Chinese text ranks its article first.
    assert answers_for(qtbot, help_section, f"错误{code}")[0] == title
    assert help_section.reader.article is not None and help_section.reader.article.id == article.id
    assert "选择默认打印机" in help_section.reader.toPlainText()
    assert "**" not in help_section.reader.toPlainText()

    with qtbot.waitSignal(help_section.deflected, timeout=15000):
        help_section.solved_button.click()
    assert "Nothing was filed" in help_section.thanks.text()
    assert not help_section.solved_button.isEnabled()
    after = kb_counts(agent)
    assert after["deflections"] == before["deflections"] + 1

    # Not solved after all: the question becomes the new ticket's title.
    help_section.search.setText("打印机脱机")
    help_section.help_button.click()
    form = cview.new_ticket
    assert form is not None and cview.current_section() == "tickets"
    assert cview.tickets.currentWidget() is form
    assert form.title_edit.text() == "打印机脱机"


def test_help_says_when_nothing_matches(qtbot: Any, hub: Hub, make_client: MakeClient) -> None:
    customer_window = make_client("customer")
    sign_in(qtbot, customer_window, hub.customer("Nora Nomatch"))
    view = customer_window.window.mode_view
    assert view is not None
    view.show_section("help")
    help_section = view.section("help")
    assert isinstance(help_section, HelpSection)
    assert answers_for(qtbot, help_section, "zqxjv kkwzq") == []
    assert "No answer found" in help_section.status.text()
    assert not help_section.solved_button.isEnabled()
