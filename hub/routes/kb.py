"""Knowledge base: search, read, write, draft from a ticket, deflections and use."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query
from fastapi.responses import JSONResponse
from sqlalchemy import or_, select

from hub import kb, tickets
from hub.deps import (
    CurrentAgent,
    CurrentUser,
    IdempotencyKey,
    ReadSession,
    State,
    WriteSession,
)
from hub.errors import ErrorBody
from hub.idempotency import run_once
from hub.models import KbArticle
from hub.schemas import ArticleHit, ArticleIn, ArticleOut, DeflectionIn, UsedIn

router = APIRouter(
    prefix="/kb",
    tags=["knowledge base"],
    responses={
        401: {"model": ErrorBody},
        403: {"model": ErrorBody},
        404: {"model": ErrorBody},
        422: {"model": ErrorBody},
    },
)
Id = Annotated[int, Path(ge=1, le=2**63 - 1)]
Fingerprint = Annotated[str | None, Query(pattern=r"^v\d+:[0-9a-f]{8,64}$")]


def _hits(
    session: ReadSession,
    state: State,
    query: str,
    fingerprint: str | None,
    language: str | None,
    limit: int,
) -> list[ArticleHit]:
    hits = state.kb.search(session, query, fingerprint=fingerprint, language=language, limit=limit)
    out = []
    for hit in hits:
        article = session.get(KbArticle, hit.id)
        if article is not None and article.status == "published":
            out.append(
                ArticleHit(article=kb.article_out(article), score=hit.score, matched=hit.matched)
            )
    return out


@router.get("/search", response_model=list[ArticleHit])
def search(
    _: CurrentUser,
    session: ReadSession,
    state: State,
    q: Annotated[str, Query(max_length=5000)] = "",
    fingerprint: Fingerprint = None,
    language: Literal["zh_CN", "en"] | None = None,
    limit: Annotated[int, Query(ge=1, le=20)] = 5,
) -> list[ArticleHit]:
    """Published articles for typed text, OCR'd error text or an error code,
    best first; an exact error code or fingerprint match ranks first."""
    return _hits(session, state, q, fingerprint, language, limit)


@router.get("/articles", response_model=list[ArticleOut])
def list_articles(
    principal: CurrentUser,
    session: ReadSession,
    status: Literal["draft", "published"] | None = None,
    q: Annotated[str | None, Query(max_length=200)] = None,
) -> list[ArticleOut]:
    """Customers see published articles only; agents also drafts."""
    query = select(KbArticle).order_by(KbArticle.updated_at.desc())
    if not principal.is_agent:
        query = query.where(KbArticle.status == "published")
    elif status:
        query = query.where(KbArticle.status == status)
    if q:
        query = query.where(or_(KbArticle.title.contains(q), KbArticle.body.contains(q)))
    return [kb.article_out(a) for a in session.scalars(query.limit(500))]


@router.get("/articles/{article_id}", response_model=ArticleOut)
def get_article(article_id: Id, principal: CurrentUser, session: ReadSession) -> ArticleOut:
    return kb.article_out(kb.visible_article(session, article_id, principal.user))


@router.post("/articles", status_code=201, response_model=ArticleOut)
def create_article(
    data: ArticleIn,
    principal: CurrentAgent,
    session: WriteSession,
    state: State,
    key: IdempotencyKey = None,
) -> JSONResponse:
    """A retried save (same Idempotency-Key) answers with the article it made."""
    answer = run_once(
        session,
        user_id=principal.user.id,
        key=key,
        scope="POST /kb/articles",
        payload=data,
        create=lambda: kb.article_out(kb.save(session, data, principal.user)),
    )
    state.kb.changed()
    return answer


@router.put("/articles/{article_id}", response_model=ArticleOut)
def update_article(
    article_id: Id, data: ArticleIn, principal: CurrentAgent, session: WriteSession, state: State
) -> ArticleOut:
    article = kb.visible_article(session, article_id, principal.user)
    kb.save(session, data, principal.user, article)
    session.commit()
    state.kb.changed()
    return kb.article_out(article)


@router.post(
    "/from-ticket/{ticket_id}",
    status_code=201,
    response_model=ArticleOut,
    responses={409: {"model": ErrorBody}},
)
def draft_from_ticket(ticket_id: Id, principal: CurrentAgent, session: WriteSession) -> ArticleOut:
    """Turn a resolved ticket into a draft article for the agent to edit."""
    ticket = tickets.get_visible(session, ticket_id, principal.user)
    article = kb.draft_from_ticket(session, ticket, principal.user)
    session.commit()
    return kb.article_out(article)


@router.post("/deflections", status_code=201, response_model=ArticleOut)
def deflected(data: DeflectionIn, principal: CurrentUser, session: WriteSession) -> ArticleOut:
    """ "This solved it": the article answered the question and nothing was filed."""
    article = kb.visible_article(session, data.article_id, principal.user)
    kb.record(session, kind="deflection", article=article, user=principal.user, query=data.query)
    session.commit()
    return kb.article_out(article)


@router.post("/articles/{article_id}/used", status_code=201, response_model=ArticleOut)
def used_in_reply(
    article_id: Id, data: UsedIn, principal: CurrentAgent, session: WriteSession
) -> ArticleOut:
    """An agent inserted this article into a reply on `ticket_id`."""
    article = kb.visible_article(session, article_id, principal.user)
    tickets.get_visible(session, data.ticket_id, principal.user)
    kb.record(session, kind="used", article=article, user=principal.user, ticket_id=data.ticket_id)
    session.commit()
    return kb.article_out(article)


@router.get("/suggestions/{ticket_id}", response_model=list[ArticleHit])
def suggestions(
    ticket_id: Id,
    principal: CurrentAgent,
    session: ReadSession,
    state: State,
    limit: Annotated[int, Query(ge=1, le=20)] = 5,
) -> list[ArticleHit]:
    """Articles for the agent beside a ticket: its text, its screenshots' OCR, its fingerprint."""
    ticket = tickets.get_visible(session, ticket_id, principal.user)
    text = "\n".join([ticket.title, ticket.body, *(a.ocr_text or "" for a in ticket.attachments)])
    return _hits(session, state, text, ticket.fingerprint, None, limit)
