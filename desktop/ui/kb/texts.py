"""Translated words of the knowledge base: languages, statuses, form problems."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from desktop.core.hubclient import HubError
from desktop.core.kb_api import TAG_MAX, TAGS_MAX, TITLE_MAX, Article, Problem
from desktop.ui.errors import describe


def language_name(code: str) -> str:
    names = {
        "zh_CN": QCoreApplication.translate("kb", "Chinese"),
        "en": QCoreApplication.translate("kb", "English"),
    }
    return names.get(code, code)


def status_name(status: str) -> str:
    names = {
        "draft": QCoreApplication.translate("kb", "Draft"),
        "published": QCoreApplication.translate("kb", "Published"),
    }
    return names.get(status, status)


def problem_text(problem: Problem) -> str:
    translate = QCoreApplication.translate
    texts = {
        Problem.NO_TITLE: translate("kb", "Give the article a title."),
        Problem.TITLE_TOO_LONG: translate(
            "kb", "The title is too long: keep it under %1 characters."
        ).replace("%1", str(TITLE_MAX)),
        Problem.BODY_TOO_LONG: translate(
            "kb", "The text is too long for one article; split it into several."
        ),
        Problem.NO_BODY_TO_PUBLISH: translate(
            "kb", "Write the answer before publishing (or save it as a draft)."
        ),
        Problem.TAG_TOO_LONG: translate(
            "kb", "A tag is too long: keep each under %1 characters."
        ).replace("%1", str(TAG_MAX)),
        Problem.TOO_MANY_TAGS: translate("kb", "Use at most %1 tags.").replace("%1", str(TAGS_MAX)),
    }
    return texts[problem]


def when(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else ""


def byline(article: Article) -> str:
    """ "Draft · by Ada · updated 2026-11-23 15:50"."""
    parts = [status_name(article.status)]
    if article.author is not None:
        parts.append(
            QCoreApplication.translate("kb", "by %1").replace("%1", article.author.display_name)
        )
    if article.updated_at is not None:
        parts.append(
            QCoreApplication.translate("kb", "updated %1").replace("%1", when(article.updated_at))
        )
    return " · ".join(parts)


def failure(exc: Exception) -> str:
    """`describe`, except that a missing article is not called a ticket."""
    if isinstance(exc, HubError) and exc.error == "not_found":
        return QCoreApplication.translate(
            "kb", "That article no longer exists or is no longer published."
        )
    return describe(exc)
