"""The sections beside Tickets for scripts/screenshots.py: customer Help, the
"Is it solved?" bar, the knowledge base editor, the Answers and Replies tabs,
Metrics and Administration, and the hub data they show (articles, canned
replies, SLA clocks that are near or past their due time).

Imported by screenshots.py after it put the repository on sys.path.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QWidget

from desktop.core import admin_api, kb_api
from desktop.core.hubclient import HubClient
from desktop.ui.main_window import MainWindow
from desktop.ui.session import Session

Save = Callable[[QWidget, str], None]
Wait = Callable[[Callable[[], bool], str], None]

SCREENS = (
    "help",
    "resolved_ticket",
    "knowledge_base",
    "answers",
    "replies",
    "metrics",
    "administration",
)

ARTICLES = (
    (
        "en",
        "Reports fail with ORA-12154",
        "The report server cannot find its database alias.\n\n"
        "1. Close ProjectDesk.\n2. Open it again and print the report once more.\n"
        "3. If the error stays, send us a ticket with the screenshot.",
        ("reports", "printing", "ORA-12154"),
    ),
    (
        "en",
        "The password reset mail does not arrive",
        "Check the spam folder, then ask your administrator whether mail from "
        "noreply@projectdesk.example is allowed.",
        ("account", "password"),
    ),
    (
        "zh_CN",
        "打印报表时出现 ORA-12154",
        "报表服务器找不到数据库别名。\n\n1. 关闭 ProjectDesk。\n2. 重新打开并再次打印报表。\n"
        "3. 如果错误仍然存在，请附上截图提交工单。",
        ("报表", "打印", "ORA-12154"),
    ),
    (
        "zh_CN",
        "收不到重置密码的邮件",
        "请先检查垃圾邮件文件夹，再请管理员确认允许来自 noreply@projectdesk.example 的邮件。",
        ("账户", "密码"),
    ),
)

CANNED = (
    ("Ask for a screenshot", "Could you send a screenshot of the whole window, please?"),
    ("Update to 12.4.1", "This is fixed in 12.4.1. Please update and tell us if it helps."),
    ("Restart the report server", "We restarted the report server; please try again now."),
)


def seed(admin: HubClient, hub_db: Path, overdue_ticket: int, categories: dict[str, int]) -> None:
    """Articles in both languages, canned replies, and one ticket whose first
    response is overdue (as if the hub had been running for a while)."""
    for language, title, body, tags in ARTICLES:
        draft = kb_api.ArticleDraft(
            title=title,
            body=body,
            tags=tags,
            language=language,
            status="published",
            category_id=categories.get("reports_printing" if "ORA" in title else "account_login"),
        )
        kb_api.save(admin, draft)
    for title, body in CANNED:
        admin_api.save_canned(admin, None, title=title, body=body)
    past = (datetime.now(UTC) - timedelta(minutes=25)).replace(tzinfo=None)
    with closing(sqlite3.connect(hub_db)) as db, db:
        db.execute(
            "UPDATE tickets SET first_response_due = ? WHERE id = ?",
            (past.isoformat(sep=" "), overdue_ticket),
        )


def customer_screens(
    window: MainWindow, session: Session, save: Save, wait: Wait, resolved_id: int
) -> None:
    """Help with a question typed, and a resolved ticket asking "Is it solved?"."""
    from desktop.ui.kb.help import HelpSection

    view = window.mode_view
    assert view is not None
    view.show_section("help")
    help_section = view.section("help")
    assert isinstance(help_section, HelpSection)
    chinese = session.settings.language == "zh_CN"
    help_section.search.setText("打印报表" if chinese else "report ORA-12154")
    help_section.look_up()
    wait(lambda: session.runner.idle and help_section.model.rowCount() > 0, "help answers")
    help_section.list.setCurrentIndex(help_section.model.index(0, 0))
    save(window, "help")
    view.open_ticket(resolved_id)
    wait(
        lambda: (
            view.ticket_page.ticket is not None
            and view.ticket_page.ticket.id == resolved_id
            and session.runner.idle
        ),
        "resolved ticket",
    )
    save(window, "resolved_ticket")


def agent_screens(
    window: MainWindow, session: Session, save: Save, wait: Wait, ticket_id: int
) -> None:
    """The knowledge base editor, a ticket's Answers and Replies tabs, Metrics and
    Administration (the agent is an admin)."""
    from desktop.ui.admin import AdminSection
    from desktop.ui.canned_picker import CannedPicker
    from desktop.ui.kb.answers import AnswersTab
    from desktop.ui.kb.section import KnowledgeBaseSection
    from desktop.ui.metrics import MetricsSection

    view = window.mode_view
    assert view is not None
    view.open_ticket(ticket_id)
    page = view.ticket_page
    wait(lambda: page.ticket is not None and session.runner.idle, "agent ticket")
    tabs = [page.side.widget(i) for i in range(page.side.count())]
    answers = next(t for t in tabs if isinstance(t, AnswersTab))
    page.side.setCurrentWidget(answers)
    wait(lambda: session.runner.idle, "answers")
    save(window, "answers")
    replies = next(t for t in tabs if isinstance(t, CannedPicker))
    page.side.setCurrentWidget(replies)
    wait(lambda: session.runner.idle and replies.proxy.rowCount() > 0, "canned replies")
    replies.view.setCurrentIndex(replies.proxy.index(0, 0))  # its text shows below the list
    save(window, "replies")
    page.side.setCurrentIndex(0)

    view.show_section("kb")
    kb = view.section("kb")
    assert isinstance(kb, KnowledgeBaseSection)
    wait(lambda: session.runner.idle and kb.proxy.rowCount() > 0, "articles")
    kb.list.setCurrentIndex(kb.proxy.index(0, 0))
    wait(lambda: session.runner.idle, "article")
    save(window, "knowledge_base")

    view.show_section("metrics")
    metrics = view.section("metrics")
    assert isinstance(metrics, MetricsSection)
    wait(lambda: session.runner.idle and metrics.metrics is not None, "metrics")
    save(window, "metrics")

    view.show_section("admin")
    admin = view.section("admin")
    assert isinstance(admin, AdminSection)
    wait(lambda: session.runner.idle and admin.users.isVisible(), "administration")
    save(window, "administration")
    view.show_list()
