"""The knowledge base: articles, drafting one from a resolved ticket, search
(hub/kbsearch.py), and the two signals the desk measures: deflections ("this
solved it", nothing filed) and articles used in replies."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.errors import ApiError, not_found
from hub.kbsearch import Hit, Index
from hub.models import Category, KbArticle, KbEvent, Ticket, User
from hub.schemas import ArticleIn, ArticleOut, UserBrief
from hub.statuses import Status
from hub.timeutil import utcnow


class KnowledgeBase:
    """Published articles indexed in memory; rebuilt lazily after any change."""

    def __init__(self) -> None:
        self.index = Index()
        self.stale = True

    def changed(self) -> None:
        self.stale = True

    def search(
        self,
        session: Session,
        query: str,
        *,
        fingerprint: str | None,
        language: str | None,
        limit: int,
    ) -> list[Hit]:
        if self.stale:
            self.stale = False  # set first: a change during the rebuild marks it again
            rows = session.scalars(select(KbArticle).where(KbArticle.status == "published"))
            self.index.build(
                (a.id, a.title, a.body, a.tags or [], a.language, a.fingerprints or [])
                for a in rows
            )
        return self.index.search(query, fingerprint=fingerprint, language=language, limit=limit)


def article_out(a: KbArticle) -> ArticleOut:
    return ArticleOut(
        id=a.id,
        title=a.title,
        body=a.body,
        tags=list(a.tags or []),
        category_id=a.category_id,
        language=a.language,
        status=a.status,
        author=UserBrief(id=a.author.id, display_name=a.author.display_name) if a.author else None,
        fingerprints=list(a.fingerprints or []),
        source_ticket_id=a.source_ticket_id,
        created_at=a.created_at,
        updated_at=a.updated_at,
    )


def visible_article(session: Session, article_id: int, viewer: User) -> KbArticle:
    article = session.get(KbArticle, article_id)
    if article is None or (article.status != "published" and not viewer.is_agent):
        raise not_found("This article")
    return article


def save(
    session: Session, data: ArticleIn, author: User, article: KbArticle | None = None
) -> KbArticle:
    if data.category_id is not None and session.get(Category, data.category_id) is None:
        raise ApiError(422, "validation_failed", "That category does not exist.")
    if article is None:
        article = KbArticle(author_id=author.id, created_at=utcnow())
        session.add(article)
    for name in ("title", "body", "category_id", "language", "status"):
        setattr(article, name, getattr(data, name))
    article.tags = [t.strip() for t in data.tags if t.strip()]
    article.fingerprints = list(dict.fromkeys(data.fingerprints))
    article.updated_at = utcnow()
    session.flush()
    return article


def draft_from_ticket(session: Session, ticket: Ticket, agent: User) -> KbArticle:
    """A draft built from the ticket's error text and the agents' public replies."""
    if ticket.status not in (Status.RESOLVED, Status.CLOSED):
        raise ApiError(409, "not_resolved", "Only a resolved ticket can become an article.")
    replies = [c.body for c in ticket.comments if not c.internal and c.author.is_agent]
    ocr = [a.ocr_text for a in ticket.attachments if a.ocr_text]
    parts = ["## 问题 / Problem", ticket.body.strip() or ticket.title]
    if ocr:
        parts += ["", "```", *[t.strip() for t in ocr], "```"]
    parts += ["", "## 解决方法 / Solution", *(f"{r.strip()}\n" for r in replies)]
    article = KbArticle(
        title=ticket.title,
        body="\n".join(parts).strip() + "\n",
        tags=[],
        category_id=ticket.category_id,
        language=ticket.customer.locale or "zh_CN",
        status="draft",
        author_id=agent.id,
        source_ticket_id=ticket.id,
        fingerprints=[ticket.fingerprint] if ticket.fingerprint else [],
        created_at=utcnow(),
        updated_at=utcnow(),
    )
    if article.language not in ("zh_CN", "en"):
        article.language = "en" if article.language.startswith("en") else "zh_CN"
    session.add(article)
    session.flush()
    return article


def record(
    session: Session,
    *,
    kind: str,
    article: KbArticle,
    user: User,
    ticket_id: int | None = None,
    query: str | None = None,
) -> KbEvent:
    event = KbEvent(
        kind=kind, article_id=article.id, user_id=user.id, ticket_id=ticket_id, query=query
    )
    session.add(event)
    return event
