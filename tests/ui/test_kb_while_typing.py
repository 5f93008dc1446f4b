"""A customer typing a new ticket sees answers from the knowledge base before
sending; "This solved it" records a deflection and files nothing."""

from __future__ import annotations

import secrets
from typing import Any

import pytest

from desktop.core import kb_api
from desktop.core.kb_api import ArticleDraft
from tests.ui.support import Hub, MakeClient, sign_in

pytestmark = pytest.mark.e2e


def test_answers_appear_while_typing_and_can_solve_it(
    qtbot: Any, hub: Hub, make_client: MakeClient
) -> None:
    code = f"E{secrets.randbelow(9000) + 1000}"
    agent = hub.client(hub.agent("Kai Writer"))
    article = kb_api.save(
        agent,
        ArticleDraft(
            title=f"共享文件夹无法访问 {code}",
            body=f"错误 {code}：请先连接公司 VPN，再打开共享文件夹。",
            language="zh_CN",
            status="published",
        ),
    )
    customer_email = hub.customer("Zhou Customer")
    client = make_client("customer")
    sign_in(qtbot, client, customer_email)
    window, view = client.window, client.window.mode_view
    assert view is not None
    window.new_ticket()
    page = view.new_ticket
    assert page is not None and not page.answers.isVisible()

    page.title_edit.setText("共享文件夹")  # (QTest cannot type Chinese keys)
    page.body_edit.setPlainText(f"打开共享文件夹时报错 {code}")
    qtbot.waitUntil(lambda: page.answers.isVisible(), timeout=15000)
    assert page.answers.articles[0].id == article.id
    assert page.answers.buttons[0].text().endswith(article.title)

    page.answers.buttons[0].click()
    dialog = page.answers.dialog
    assert dialog is not None and dialog.isVisible()
    assert "VPN" in dialog.reader.toPlainText()
    before = agent.request("GET", "/metrics").json()["knowledge_base"]["deflections"]
    dialog.solved_button.click()
    # Nothing filed, the form is empty again, the hub counted the deflection.
    qtbot.waitUntil(lambda: view.tickets.currentWidget() is view.list_page, timeout=15000)
    assert page.title_edit.text() == "" and page.body_edit.toPlainText() == ""
    after = agent.request("GET", "/metrics").json()["knowledge_base"]["deflections"]
    assert after == before + 1
    assert hub.client(customer_email).list_tickets().items == []


def test_i_still_need_help_keeps_the_form(qtbot: Any, hub: Hub, make_client: MakeClient) -> None:
    code = f"E{secrets.randbelow(9000) + 1000}"
    agent = hub.client(hub.agent("Kai Writer"))
    kb_api.save(
        agent,
        ArticleDraft(
            title=f"Printer offline {code}", body=f"Error {code}: turn the printer on.",
            language="en", status="published",
        ),
    )  # fmt: skip
    client = make_client("customer")
    sign_in(qtbot, client, hub.customer())
    client.window.new_ticket()
    page = client.window.mode_view.new_ticket  # type: ignore[union-attr]
    assert page is not None
    page.title_edit.setText(f"Printer says {code}")
    qtbot.waitUntil(lambda: page.answers.isVisible(), timeout=15000)
    page.answers.buttons[0].click()
    dialog = page.answers.dialog
    assert dialog is not None
    dialog.still_button.click()
    assert not dialog.isVisible()
    assert page.title_edit.text() == f"Printer says {code}" and page.isVisible()
