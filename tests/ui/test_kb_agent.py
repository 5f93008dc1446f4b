"""Support mode's knowledge base: answers beside a ticket, inserting one into a
reply, drafting an article from a resolved ticket, and unsaved edits kept."""

from __future__ import annotations

import secrets
from typing import Any

import pytest

from desktop.core import kb_api, submission
from desktop.core.kb_api import ArticleDraft
from desktop.core.submission import CommentDraft, TicketDraft
from desktop.ui.kb import has_unsaved_work
from desktop.ui.kb.answers import HIT_ROLE, AnswersTab
from desktop.ui.kb.article_model import ARTICLE_ROLE
from desktop.ui.kb.section import KnowledgeBaseSection
from desktop.ui.mode_view import ModeView
from tests.ui.support import Client, Hub, MakeClient, sign_in

pytestmark = pytest.mark.e2e


def agent_view(qtbot: Any, hub: Hub, make_client: MakeClient) -> tuple[Client, ModeView, str]:
    email = hub.agent("Ada Answers")
    client = make_client("agent")
    sign_in(qtbot, client, email)
    view = client.window.mode_view
    assert view is not None
    return client, view, email


def answers_tab(view: ModeView) -> AnswersTab:
    tab = view.ticket_page.side.findChild(AnswersTab)
    assert tab is not None
    return tab


def kb_section(view: ModeView) -> KnowledgeBaseSection:
    section = view.section("kb")
    assert isinstance(section, KnowledgeBaseSection)
    return section


def test_answers_beside_a_ticket_and_insert_into_reply(
    qtbot: Any, hub: Hub, make_client: MakeClient
) -> None:
    _client, view, email = agent_view(qtbot, hub, make_client)
    agent = hub.client(email)
    code = f"0x8007{secrets.token_hex(2)}"
    article = kb_api.save(
        agent,
        ArticleDraft(
            title=f"安装升级时报错 {code}",
            body="## 解决方法\n\n以管理员身份运行安装程序。",
            status="published",
        ),
    )
    customer = hub.client(hub.customer("Wu Upgrade"))
    ticket = submission.send_ticket(
        customer, TicketDraft(title="升级失败", body=f"安装新版本时提示错误 {code}")
    )
    used_before = agent.request("GET", "/metrics").json()["knowledge_base"]["articles_used"]

    view.open_ticket(ticket.id)
    page, tab = view.ticket_page, answers_tab(view)
    assert page.side.tabText(page.side.indexOf(tab)) == "Answers"
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=15000)
    first = tab.model.item(0).data(HIT_ROLE)
    assert first.article.id == article.id and code in first.matched
    assert tab.reader.article is not None and tab.reader.article.id == article.id
    assert "以管理员身份运行安装程序" in tab.reader.toPlainText()
    assert "##" not in tab.reader.toPlainText()  # rendered

    qtbot.keyClicks(page.reply_edit, "Hello,")
    with qtbot.waitSignal(tab.used, timeout=15000):
        tab.insert_button.click()
    reply = page.reply_edit.toPlainText()
    assert reply.startswith("Hello,\n" + article.title)  # at the cursor, on its own line
    assert "以管理员身份运行安装程序" in reply
    used_after = agent.request("GET", "/metrics").json()["knowledge_base"]["articles_used"]
    assert used_after == used_before + 1


def test_draft_an_article_from_a_resolved_ticket(
    qtbot: Any, hub: Hub, make_client: MakeClient
) -> None:
    _client, view, email = agent_view(qtbot, hub, make_client)
    agent = hub.client(email)
    customer = hub.client(hub.customer("Zhao Database"))
    marker = secrets.token_hex(3)
    ticket = submission.send_ticket(
        customer,
        TicketDraft(title=f"连接数据库失败 {marker}", body="ORA-12541: TNS:no listener"),
    )
    view.open_ticket(ticket.id)
    page = view.ticket_page
    assert page.actions_button.isVisible()
    action = next(
        a for a in page.actions_menu.actions() if a.text() == "Draft an article from this ticket"
    )
    qtbot.waitUntil(lambda: page.ticket is not None and page.ticket.id == ticket.id, timeout=15000)
    assert not action.isEnabled()  # only a resolved ticket can become an article

    submission.send_comment(
        agent, CommentDraft(ticket_id=ticket.id, body="在服务器上运行 lsnrctl start 启动监听。")
    )
    submission.change_ticket(agent, ticket.id, status="resolved")
    page.reload()
    qtbot.waitUntil(lambda: action.isEnabled(), timeout=15000)
    section = kb_section(view)
    section.search.setText("a filter that would hide the draft")
    action.trigger()
    editor = section.editor
    qtbot.waitUntil(lambda: editor.article is not None, timeout=15000)
    assert view.current_section() == "kb"
    assert editor.article is not None and editor.article.source_ticket_id == ticket.id
    assert editor.title_edit.text() == f"连接数据库失败 {marker}"
    assert "ORA-12541" in editor.body_edit.toPlainText()
    assert "lsnrctl start" in editor.body_edit.toPlainText()
    assert editor.status.currentData() == "draft" and editor.publish_button.isVisible()
    assert "Ada Answers" in editor.byline.text() and not editor.dirty
    qtbot.waitUntil(lambda: section.model.row_of(editor.article.id) >= 0, timeout=15000)
    assert section.search.text() == ""  # the filter gave way: the draft is in the list
    assert section.list.currentIndex().data(ARTICLE_ROLE).id == editor.article.id


def test_unsaved_edits_are_never_lost_silently(
    qtbot: Any, hub: Hub, make_client: MakeClient
) -> None:
    _client, view, email = agent_view(qtbot, hub, make_client)
    agent = hub.client(email)
    marker = secrets.token_hex(3)
    first = kb_api.save(agent, ArticleDraft(title=f"First {marker}", body="one"))
    second = kb_api.save(agent, ArticleDraft(title=f"Second {marker}", body="two"))
    view.show_section("kb")
    section = kb_section(view)
    editor = section.editor
    qtbot.waitUntil(lambda: section.model.row_of(second.id) >= 0, timeout=15000)
    qtbot.keyClicks(section.search, marker)
    assert section.proxy.rowCount() == 2

    def choose(article_id: int) -> None:
        row = section.model.row_of(article_id)
        section.list.setCurrentIndex(section.proxy.mapFromSource(section.model.index(row, 0)))

    choose(first.id)
    assert editor.article is not None and editor.article.id == first.id
    assert not has_unsaved_work(view)
    editor.body_edit.setPlainText("one, with an important edit")
    assert editor.dirty and editor.heading.text().endswith("•")
    assert has_unsaved_work(view)  # what the window asks about before quitting

    # Choosing another article asks, and keeps the edit until the person decides.
    choose(second.id)
    assert section.unsaved_bar.isVisible() and editor.article.id == first.id
    assert editor.body_edit.toPlainText() == "one, with an important edit"
    section.bar_keep.click()
    assert not section.unsaved_bar.isVisible() and editor.dirty
    # Another section and back: the edit is still there.
    view.show_section("tickets")
    view.show_section("kb")
    assert editor.body_edit.toPlainText() == "one, with an important edit"

    # "Save and continue": stored on the hub, then the switch happens.
    choose(second.id)
    assert section.unsaved_bar.isVisible()
    section.bar_save.click()
    qtbot.waitUntil(
        lambda: editor.article is not None and editor.article.id == second.id, timeout=15000
    )
    assert kb_api.article(agent, first.id).body == "one, with an important edit"
    assert not section.unsaved_bar.isVisible() and not editor.dirty

    # A save the form refuses keeps the edit and says why.
    editor.title_edit.setText("  ")
    section.new_button.click()
    assert section.unsaved_bar.isVisible()
    section.bar_save.click()
    assert editor.error.isVisible() and "title" in editor.error.text()
    assert editor.article.id == second.id and editor.dirty
    # "Discard changes" is an explicit choice: then the new article opens.
    section.new_button.click()
    section.bar_discard.click()
    assert editor.article is None and editor.title_edit.text() == ""
    assert kb_api.article(agent, second.id).title == f"Second {marker}"


def test_filters_by_status_language_and_tag(qtbot: Any, hub: Hub, make_client: MakeClient) -> None:
    _client, view, email = agent_view(qtbot, hub, make_client)
    agent = hub.client(email)
    marker = secrets.token_hex(3)
    tag = f"tag{marker}"
    kb_api.save(agent, ArticleDraft(title=f"草稿 {marker}", tags=(tag,)))
    kb_api.save(
        agent,
        ArticleDraft(
            title=f"Published {marker}", body="x", language="en", status="published", tags=(tag,)
        ),
    )
    view.show_section("kb")
    section = kb_section(view)
    qtbot.waitUntil(lambda: section.tag_filter.findData(tag) >= 0, timeout=15000)
    section.search.setText(marker)
    assert section.proxy.rowCount() == 2

    def pick(combo: Any, data: str) -> None:
        combo.setCurrentIndex(combo.findData(data))

    pick(section.status_filter, "draft")
    assert section.proxy.rowCount() == 1
    pick(section.status_filter, "")
    pick(section.language_filter, "en")
    assert section.proxy.rowCount() == 1
    pick(section.language_filter, "")
    pick(section.tag_filter, tag)
    assert section.proxy.rowCount() == 2
    section.search.setText(f"nothing-{marker}")
    assert section.proxy.rowCount() == 0 and "No article matches" in section.empty.text()
