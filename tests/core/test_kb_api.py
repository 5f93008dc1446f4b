"""desktop/core/kb_api.py against a real hub: writing, reading, searching, drafting, use."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.core import kb_api, submission
from desktop.core.hubclient import HubError
from desktop.core.kb_api import Article, ArticleDraft, Problem
from desktop.core.report import suggestions
from desktop.core.submission import CommentDraft, TicketDraft
from tests.core.hub_process import TestHub


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestHub]:
    started = TestHub(tmp_path_factory.mktemp("kb-hub"))
    yield started
    started.stop()


def test_problems_are_found_before_sending() -> None:
    assert kb_api.problems(ArticleDraft(title="  ")) == [Problem.NO_TITLE]
    assert kb_api.problems(ArticleDraft(title="x" * 301)) == [Problem.TITLE_TOO_LONG]
    publish_empty = ArticleDraft(title="打印空白", body=" \n", status="published")
    assert kb_api.problems(publish_empty) == [Problem.NO_BODY_TO_PUBLISH]
    assert kb_api.problems(publish_empty.model_copy(update={"status": "draft"})) == []
    tags = (*(f"t{i}" for i in range(21)), "x" * 41)
    assert kb_api.problems(ArticleDraft(title="a", tags=tags)) == [
        Problem.TAG_TOO_LONG,
        Problem.TOO_MANY_TAGS,
    ]


def test_tags_split_on_ascii_and_chinese_commas() -> None:
    assert kb_api.split_tags("登录， 密码、login,, login ,") == ("登录", "密码", "login")
    assert kb_api.split_tags("  ") == ()


def test_answer_text_is_title_and_body_cut_at_a_paragraph() -> None:
    short = Article(id=1, title=" 打印空白 ", body="## 解决\n\n重新安装打印驱动。\n")
    assert kb_api.answer_text(short) == "打印空白\n\n解决\n\n重新安装打印驱动。"
    first = "The first paragraph says the most."
    long = Article(id=2, title="Long", body=f"{first}\n\n" + "x" * 3000)
    assert kb_api.answer_text(long, limit=100) == f"Long\n\n{first}\n…"
    # No paragraph break early enough: cut at the limit rather than say almost nothing.
    unbroken = Article(id=3, title="Long", body="y" * 3000)
    assert kb_api.answer_text(unbroken, limit=100) == "Long\n\n" + "y" * 100 + "\n…"


def test_markdown_becomes_plain_reply_text() -> None:
    markdown = (
        "## 解决方法\n\n1. 打开 **打印设置**\n- 运行 `lsnrctl start`\n"
        "```\nORA-12541\n```\n见 [帮助](https://help.example.com/a) ![图](x.png)"
    )
    assert kb_api.plain_text(markdown) == (
        "解决方法\n\n1. 打开 打印设置\n- 运行 lsnrctl start\nORA-12541\n"
        "见 帮助 (https://help.example.com/a) 图"
    )
    assert kb_api.snippet("\n## 原因\n\n默认打印机**脱机**时") == "默认打印机脱机时"
    assert kb_api.snippet("x" * 200, limit=10) == "x" * 9 + "…"


def test_write_publish_search_and_visibility(hub: TestHub) -> None:
    agent, customer = hub.agent(), hub.customer()
    draft = ArticleDraft(
        title="报表导出失败 0x80041001",
        body="## 解决方法\n\n清空缓存后重新导出。",
        tags=("导出", "报表"),
        language="zh_CN",
    )
    created = kb_api.save(agent, draft)
    assert created.status == "draft" and created.author is not None
    assert ArticleDraft.of(created) == draft
    assert [a.id for a in kb_api.articles(customer)] == []  # drafts are the agents' own
    assert kb_api.article(agent, created.id).title == draft.title
    published = kb_api.save(agent, draft.model_copy(update={"status": "published"}), created.id)
    assert published.id == created.id and published.status == "published"
    assert [a.id for a in kb_api.articles(customer, "published")] == [created.id]
    hits = kb_api.search(customer, "报表导出失败了", language="zh_CN")
    assert hits[0].article.id == created.id
    hits = kb_api.search(customer, "error 0x80041001")
    assert hits[0].article.id == created.id and "0x80041001" in hits[0].matched
    # The report flow reads the same models.
    assert suggestions.kb_answers(customer, "0x80041001", None)[0].article == hits[0].article
    with pytest.raises(HubError) as refused:
        kb_api.save(customer, draft)
    assert refused.value.status == 403


def test_suggestions_use_and_draft_from_a_resolved_ticket(hub: TestHub) -> None:
    agent, customer = hub.agent(), hub.customer()
    article = kb_api.save(
        agent,
        ArticleDraft(
            title="ORA-12541 no listener",
            body="Start the listener: `lsnrctl start`.",
            language="en",
            status="published",
        ),
    )
    ticket = submission.send_ticket(
        customer, TicketDraft(title="Cannot connect", body="ORA-12541: TNS:no listener")
    )
    assert kb_api.suggestions(agent, ticket.id)[0].article.id == article.id
    kb_api.record_used(agent, article.id, ticket.id)
    with pytest.raises(HubError) as early:
        kb_api.draft_from_ticket(agent, ticket.id)
    assert early.value.error == "not_resolved"
    submission.send_comment(
        agent, CommentDraft(ticket_id=ticket.id, body="Run lsnrctl start on the server.")
    )
    submission.change_ticket(agent, ticket.id, status="resolved")
    drafted = kb_api.draft_from_ticket(agent, ticket.id)
    assert drafted.status == "draft" and drafted.source_ticket_id == ticket.id
    assert "ORA-12541" in drafted.body and "lsnrctl start on the server" in drafted.body
