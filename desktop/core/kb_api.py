"""The hub's knowledge-base calls (docs/api.md, "Knowledge base"), typed.

Articles are read by everyone signed in (customers: published ones only) and
written by agents. Two writes are measured by the desk: a deflection ("this
solved it", see `submission.record_deflection`) and an article used in a reply.
"""

from __future__ import annotations

import re
from datetime import datetime
from enum import StrEnum
from typing import TypeVar

from pydantic import BaseModel, ConfigDict

from desktop.core.hubclient import HubClient, parse_list, parse_one

QUERY_MAX = 4000  # the hub takes up to 5000 characters
TITLE_MAX = 300
BODY_MAX = 200_000
TAG_MAX = 40
TAGS_MAX = 20
LANGUAGES = ("zh_CN", "en")
M = TypeVar("M", bound=BaseModel)


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class Author(_Model):
    id: int
    display_name: str


class Article(_Model):
    id: int
    title: str
    body: str = ""
    tags: list[str] = []
    category_id: int | None = None
    language: str = ""
    status: str = "published"
    author: Author | None = None
    fingerprints: list[str] = []
    source_ticket_id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None


class KbHit(_Model):
    article: Article
    score: float = 0.0
    matched: list[str] = []


class ArticleDraft(_Model):
    """What the editor holds; equal drafts mean nothing was changed."""

    title: str = ""
    body: str = ""
    tags: tuple[str, ...] = ()
    category_id: int | None = None
    language: str = "zh_CN"
    status: str = "draft"
    fingerprints: tuple[str, ...] = ()

    @classmethod
    def of(cls, article: Article) -> ArticleDraft:
        return cls(
            title=article.title,
            body=article.body,
            tags=tuple(article.tags),
            category_id=article.category_id,
            language=article.language if article.language in LANGUAGES else "zh_CN",
            status=article.status,
            fingerprints=tuple(article.fingerprints),
        )


class Problem(StrEnum):
    """Why a draft cannot be saved yet (the UI words each one)."""

    NO_TITLE = "no_title"
    TITLE_TOO_LONG = "title_too_long"
    BODY_TOO_LONG = "body_too_long"
    NO_BODY_TO_PUBLISH = "no_body_to_publish"
    TAG_TOO_LONG = "tag_too_long"
    TOO_MANY_TAGS = "too_many_tags"


def split_tags(text: str) -> tuple[str, ...]:
    """Tags as typed: separated by commas (ASCII or Chinese), blanks dropped, no repeats."""
    parts = text.replace("，", ",").replace("、", ",").split(",")
    return tuple(dict.fromkeys(p.strip() for p in parts if p.strip()))


def problems(draft: ArticleDraft) -> list[Problem]:
    """Everything the hub would refuse, found before anything is sent."""
    found = []
    if not draft.title.strip():
        found.append(Problem.NO_TITLE)
    elif len(draft.title.strip()) > TITLE_MAX:
        found.append(Problem.TITLE_TOO_LONG)
    if len(draft.body) > BODY_MAX:
        found.append(Problem.BODY_TOO_LONG)
    elif draft.status == "published" and not draft.body.strip():
        found.append(Problem.NO_BODY_TO_PUBLISH)
    if any(len(tag) > TAG_MAX for tag in draft.tags):
        found.append(Problem.TAG_TOO_LONG)
    if len(draft.tags) > TAGS_MAX:
        found.append(Problem.TOO_MANY_TAGS)
    return found


_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+", re.MULTILINE)
_FENCE = re.compile(r"^\s*(```|~~~).*$\n?", re.MULTILINE)
_STRONG = re.compile(r"(\*\*|__)(.+?)\1")
_CODE = re.compile(r"`([^`\n]+)`")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")


def plain_text(markdown: str) -> str:
    """Markdown as a person would type it in a plain reply: no heading marks,
    emphasis or code ticks; links as "text (address)"; lists stay lists."""
    text = _FENCE.sub("", markdown)
    text = _HEADING.sub("", text)
    text = _STRONG.sub(r"\2", text)
    text = _CODE.sub(r"\1", text)
    text = _IMAGE.sub(r"\1", text)
    return _LINK.sub(r"\1 (\2)", text)


def snippet(markdown: str, limit: int = 120) -> str:
    """The first line of text (not a heading) of an article, for a list."""
    for line in _FENCE.sub("", markdown).splitlines():
        if line.strip() and not _HEADING.match(line):
            text = plain_text(line).strip()
            return text if len(text) <= limit else text[: limit - 1] + "…"
    return ""


def answer_text(article: Article, limit: int = 1500) -> str:
    """What "Insert into reply" puts in the reply box (replies are plain text):
    the title, then the body without Markdown marks, cut at a paragraph when long."""
    body = plain_text(article.body).strip()
    if len(body) > limit:
        cut = body.rfind("\n\n", 0, limit)
        body = body[: cut if cut > limit // 3 else limit].rstrip() + "\n…"
    return f"{article.title.strip()}\n\n{body}".strip()


def _body(draft: ArticleDraft) -> dict[str, object]:
    data = draft.model_dump()
    data["title"] = draft.title.strip()
    data["tags"] = list(draft.tags)
    data["fingerprints"] = list(draft.fingerprints)
    return data


def search(
    client: HubClient,
    query: str,
    *,
    fingerprint: str | None = None,
    language: str | None = None,
    limit: int = 5,
) -> list[KbHit]:
    """Published articles for typed text, OCR'd text or an error code, best first;
    `language` ranks articles in that language higher (it does not filter)."""
    params: dict[str, str | int] = {"q": query[:QUERY_MAX], "limit": limit}
    if fingerprint:
        params["fingerprint"] = fingerprint
    if language is not None and language in LANGUAGES:
        params["language"] = language
    return parse_list(KbHit, client.request("GET", "/kb/search", params=params))


def articles(client: HubClient, status: str | None = None) -> list[Article]:
    """Every article the user may see, most recently updated first (agents: drafts too)."""
    params = {"status": status} if status else None
    return parse_list(Article, client.request("GET", "/kb/articles", params=params))


def article(client: HubClient, article_id: int) -> Article:
    return parse_one(Article, client.request("GET", f"/kb/articles/{article_id}"))


def save(
    client: HubClient, draft: ArticleDraft, article_id: int | None = None, key: str | None = None
) -> Article:
    """Create (no id) or replace an article; agents only. A create retried with the
    same `key` (Idempotency-Key) answers with the article the first try made."""
    if article_id is None:
        headers = {"Idempotency-Key": key} if key else None
        return parse_one(
            Article, client.request("POST", "/kb/articles", json=_body(draft), headers=headers)
        )
    return parse_one(
        Article, client.request("PUT", f"/kb/articles/{article_id}", json=_body(draft))
    )


def draft_from_ticket(client: HubClient, ticket_id: int) -> Article:
    """A draft article made from a resolved ticket's error text and public replies."""
    return parse_one(Article, client.request("POST", f"/kb/from-ticket/{ticket_id}"))


def suggestions(client: HubClient, ticket_id: int, limit: int = 5) -> list[KbHit]:
    """Articles for the agent beside a ticket (its text, screenshots' OCR, fingerprint)."""
    response = client.request("GET", f"/kb/suggestions/{ticket_id}", params={"limit": limit})
    return parse_list(KbHit, response)


def record_used(client: HubClient, article_id: int, ticket_id: int) -> None:
    """The agent put this article into a reply on the ticket (knowledge-base adoption)."""
    client.request("POST", f"/kb/articles/{article_id}/used", json={"ticket_id": ticket_id})
