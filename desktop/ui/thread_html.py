"""The ticket thread as HTML for a QTextBrowser (escaped; links open attachments)."""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from desktop.core.models import Attachment, Comment, Role, TicketDetail
from desktop.ui.widgets import human_size

ATTACHMENT_SCHEME = "kefu-attachment"


def _when(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _text(body: str) -> str:
    return html.escape(body).replace("\n", "<br>")


def _attachment_links(attachments: list[Attachment]) -> str:
    if not attachments:
        return ""
    label = QCoreApplication.translate("thread", "Attached:")
    links = [
        f'<a href="{ATTACHMENT_SCHEME}:{a.id}">{html.escape(a.name)}</a>'
        f' <span style="color:#6b7280">({human_size(a.size)})</span>'
        for a in attachments
    ]
    return (
        f"<p style='margin-top:6px'><span style='color:#6b7280'>{label}</span> "
        + "&nbsp;&nbsp; ".join(links)
        + "</p>"
    )


def _entry(author: str, badge: str, when: datetime, body: str, style: str, extra: str) -> str:
    return (
        f'<table width="100%" cellpadding="10" cellspacing="0" style="{style}">'
        f"<tr><td>"
        f'<p style="margin:0"><b>{html.escape(author)}</b> {badge}'
        f' <span style="color:#6b7280">· {_when(when)}</span></p>'
        f'<p style="margin-top:6px">{_text(body)}</p>{extra}'
        f"</td></tr></table><p style='margin:0;font-size:4px'>&nbsp;</p>"
    )


def _opened() -> str:
    return QCoreApplication.translate("thread", "opened the ticket")


def render(ticket: TicketDetail, viewer_is_agent: bool) -> str:
    """The description first, then every comment the viewer may see, oldest first."""
    parts = [
        _entry(
            ticket.customer.display_name,
            f'<span style="color:#6b7280">{_opened()}</span>',
            ticket.created_at,
            ticket.body or QCoreApplication.translate("thread", "(no description)"),
            "background:#f3f4f6; border:1px solid #e5e7eb;",
            _attachment_links(ticket.attachments),
        )
    ]
    for comment in sorted(ticket.comments, key=lambda c: (c.created_at, c.id)):
        parts.append(_comment(comment, viewer_is_agent))
    return "".join(parts)


def _comment(comment: Comment, viewer_is_agent: bool) -> str:
    staff = comment.author.role in (Role.AGENT, Role.ADMIN)
    if comment.internal:
        badge = (
            '<span style="background:#b45309;color:white;">&nbsp;'
            + QCoreApplication.translate("thread", "Internal note — customers cannot see this")
            + "&nbsp;</span>"
        )
        style = "background:#fef3c7; border:2px dashed #d97706;"
    elif staff:
        if viewer_is_agent:
            label = QCoreApplication.translate("thread", "Reply to customer")
        else:
            label = QCoreApplication.translate("thread", "Support")
        badge = f'<span style="color:#1d4ed8">{label}</span>'
        style = "background:#eff6ff; border:1px solid #bfdbfe;"
    else:
        label = QCoreApplication.translate("thread", "Customer")
        badge = f'<span style="color:#6b7280">{label}</span>'
        style = "background:#ffffff; border:1px solid #e5e7eb;"
    return _entry(
        comment.author.display_name,
        badge,
        comment.created_at,
        comment.body,
        style,
        _attachment_links(comment.attachments),
    )
