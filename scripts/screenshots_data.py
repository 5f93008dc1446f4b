"""The believable history scripts/screenshots.py shows: customers, agents and
tickets, written in the language of the screenshots (a Chinese screen full of
English tickets would not show what a Chinese desk sees)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core import submission
from desktop.core.hubclient import HubClient

EN = {
    "old": ("Cannot import the Excel schedule", "Import stops at row 212."),
    "old_fix": "Fixed in 12.4.1 — please update.",
    "gantt": ("Gantt chart is very slow with 5,000 tasks", "Scrolling takes seconds."),
    "timesheets": ("Need permission to approve timesheets", ""),
    "password": ("Password reset mail never arrives", "Checked the spam folder too."),
    "calendar": ("Cannot open the shared calendar", "It says “access denied”."),
    "calendar_fix": "I added you to the Planning group; try again.",
    "print": (
        "Printing a report fails with ORA-12154",
        "Since this morning every report I print shows the error below.\n"
        "Other people in my team have the same problem.",
    ),
    "print_reply": "Thanks, Chen. The report server lost its database alias. "
    "Could you try again now and tell me whether it prints?",
    "print_note": "tnsnames.ora on RPT-02 was overwritten by last night's update.",
    "print_again": "Still the same error :(",
    "crash": ("Crash when opening a shared drawing", "The app closes at once."),
    # Typed into forms, not sent.
    "new_title": "Cannot export the budget to PDF",
    "new_body": "Exporting the Q3 budget to PDF stops at 80% with “error 0x80070005”.\n"
    "It worked last week.",
    "customer_reply": "I tried again at 10:40, same message.",
    "agent_note": "Restored tnsnames.ora from backup; asking DBA.",
}

ZH = {
    "old": ("无法导入 Excel 进度计划", "导入到第 212 行时停止。"),
    "old_fix": "已在 12.4.1 中修复，请更新。",
    "gantt": ("任务超过 5000 个时甘特图非常慢", "滚动一下要等好几秒。"),
    "timesheets": ("需要审批工时表的权限", ""),
    "password": ("收不到重置密码的邮件", "垃圾邮件文件夹也看过了。"),
    "calendar": ("打不开共享日历", "提示“拒绝访问”。"),
    "calendar_fix": "已把您加入计划组，请再试一次。",
    "print": (
        "打印报表时出现 ORA-12154 错误",
        "从今天早上开始，打印任何报表都会出现下面的错误。\n同组的同事也遇到同样的问题。",
    ),
    "print_reply": "陈伟您好，报表服务器丢失了数据库别名。请现在再试一次，告诉我能否打印？",
    "print_note": "RPT-02 上的 tnsnames.ora 被昨晚的更新覆盖了。",
    "print_again": "还是同样的错误 :(",
    "crash": ("打开共享图纸时程序崩溃", "程序立刻关闭。"),
    "new_title": "无法把预算导出为 PDF",
    "new_body": "把第三季度预算导出为 PDF 时停在 80%，提示“错误 0x80070005”。\n上周还正常。",
    "customer_reply": "10:40 又试了一次，还是同样的提示。",
    "agent_note": "已从备份恢复 tnsnames.ora，正在联系 DBA。",
}


# e-mail -> (name, organization) per language
PEOPLE = {
    "en": {
        "ada@kefu.test": ("Ada Wang", ""),
        "li@kefu.test": ("Li Na", ""),
        "chen@acme.test": ("Chen Wei", "Acme Construction"),
        "maria@harbor.test": ("Maria Lopez", "Harbor Logistics"),
    },
    "zh_CN": {
        "ada@kefu.test": ("王雅", ""),
        "li@kefu.test": ("李娜", ""),
        "chen@acme.test": ("陈伟", "华建集团"),
        "maria@harbor.test": ("林玛丽", "港湾物流"),
    },
}


def text(lang: str, key: str) -> str:
    """A text typed into a form for the screenshots (not sent)."""
    value = (ZH if lang == "zh_CN" else EN)[key]
    assert isinstance(value, str)
    return value


def person(lang: str, email: str) -> tuple[str, str]:
    return PEOPLE.get(lang, PEOPLE["en"])[email]


@dataclass
class Seeded:
    main_id: int  # in progress, with a note and an attachment
    resolved_id: int  # resolved, waiting for the customer's "Is it solved?"
    overdue_id: int  # new, its first response past due
    categories: dict[str, int]


def seed_tickets(
    ada: HubClient, chen: HubClient, maria: HubClient, error_png: bytes, lang: str
) -> Seeded:
    """File the tickets and move them along as a day at the desk would."""
    t = ZH if lang == "zh_CN" else EN
    categories = {c.slug: c.id for c in chen.categories()}

    def file(client: HubClient, key: str, slug: str, **kw: object) -> int:
        title, body = t[key]
        draft = submission.TicketDraft(
            title=title,
            body=body,
            category_id=categories.get(slug),
            **kw,  # type: ignore[arg-type]
        )
        return submission.send_ticket(client, draft).id

    def say(client: HubClient, ticket_id: int, key: str, internal: bool = False) -> None:
        submission.send_comment(client, submission.CommentDraft(ticket_id, t[key], internal))  # type: ignore[arg-type]

    old = file(chen, "old", "import_export")
    say(ada, old, "old_fix")
    submission.change_ticket(ada, old, status="resolved")
    submission.change_ticket(chen, old, status="closed")
    file(maria, "gantt", "performance")
    file(maria, "timesheets", "permissions", priority="P4")
    password = file(chen, "password", "account_login")
    submission.change_ticket(ada, password, status="waiting_on_customer")
    resolved = file(chen, "calendar", "permissions")
    say(ada, resolved, "calendar_fix")
    submission.change_ticket(ada, resolved, status="resolved")
    main_id = file(
        chen,
        "print",
        "reports_printing",
        priority="P2",
        files=(submission.FileDraft("print-error.png", error_png, "image/png"),),
    )
    say(ada, main_id, "print_reply")
    say(ada, main_id, "print_note", internal=True)
    submission.change_ticket(ada, main_id, status="in_progress")
    say(chen, main_id, "print_again")
    crash = file(maria, "crash", "error_bug")
    return Seeded(main_id, resolved, crash, categories)
