"""The desk: the customer's answer to a resolution, merging, presence, canned
replies and metrics."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Response
from sqlalchemy import select

from hub import desk, metrics, tickets
from hub.deps import CurrentAgent, CurrentUser, ReadSession, State, WriteSession
from hub.errors import ApiError, ErrorBody, not_found
from hub.events import Audience, Event
from hub.models import CannedReply
from hub.schemas import (
    CannedIn,
    CannedOut,
    MergeIn,
    PresenceIn,
    PresenceOut,
    RenderedOut,
    ResolutionIn,
    TicketDetail,
    UserBrief,
)
from hub.timeutil import utcnow
from hub.views import ticket_detail

router = APIRouter(
    tags=["desk"],
    responses={
        401: {"model": ErrorBody},
        403: {"model": ErrorBody},
        404: {"model": ErrorBody},
        422: {"model": ErrorBody},
    },
)
Id = Annotated[int, Path(ge=1, le=2**63 - 1)]


@router.post(
    "/tickets/{ticket_id}/resolution",
    response_model=TicketDetail,
    responses={409: {"model": ErrorBody}},
)
def answer_resolution(
    ticket_id: Id, data: ResolutionIn, principal: CurrentUser, session: WriteSession
) -> TicketDetail:
    """The customer's "Is it solved?": yes with a 1–5 rating, or no with a comment."""
    ticket = tickets.get_visible(session, ticket_id, principal.user)
    desk.answer_resolution(session, ticket, data, principal.user)
    session.commit()
    return ticket_detail(ticket, principal.user)


@router.post(
    "/tickets/{ticket_id}/merge", response_model=TicketDetail, responses={409: {"model": ErrorBody}}
)
def merge(
    ticket_id: Id, data: MergeIn, principal: CurrentAgent, session: WriteSession
) -> TicketDetail:
    """Merge this ticket into `into_id`; returns the ticket that remains."""
    source = tickets.get_visible(session, ticket_id, principal.user)
    target = tickets.get_visible(session, data.into_id, principal.user)
    desk.merge(session, source, target, principal.user)
    session.commit()
    session.refresh(target)
    return ticket_detail(target, principal.user)


def _presence_out(seen: list[Any]) -> list[PresenceOut]:
    return [
        PresenceOut(
            agent=UserBrief(id=s.agent_id, display_name=s.display_name),
            state=s.state,
            since=s.since,
        )
        for s in seen
    ]


@router.post("/tickets/{ticket_id}/presence", response_model=list[PresenceOut])
def set_presence(
    ticket_id: Id, data: PresenceIn, principal: CurrentAgent, session: ReadSession, state: State
) -> list[PresenceOut]:
    """Say that I am viewing or replying to this ticket (other agents are told)."""
    tickets.get_visible(session, ticket_id, principal.user)
    user = principal.user
    seen = _presence_out(state.presence.set(ticket_id, user.id, user.display_name, data.state))
    state.broker.publish(
        Event(
            "presence",
            ticket_id,
            Audience(None, agents_only=True),
            {"agents": [p.model_dump(mode="json") for p in seen]},
        )
    )
    return seen


@router.get("/tickets/{ticket_id}/presence", response_model=list[PresenceOut])
def get_presence(
    ticket_id: Id, principal: CurrentAgent, session: ReadSession, state: State
) -> list[PresenceOut]:
    tickets.get_visible(session, ticket_id, principal.user)
    return _presence_out(state.presence.get(ticket_id))


@router.get("/canned", response_model=list[CannedOut])
def list_canned(_: CurrentAgent, session: ReadSession) -> list[CannedOut]:
    rows = session.scalars(select(CannedReply).order_by(CannedReply.title))
    return [CannedOut.model_validate(r) for r in rows]


@router.post("/canned", status_code=201, response_model=CannedOut)
def create_canned(data: CannedIn, principal: CurrentAgent, session: WriteSession) -> CannedOut:
    """A reply agents reuse; {customer_name}, {ticket_number}, {ticket_title} and
    {agent_name} are filled in when it is used."""
    reply = CannedReply(title=data.title, body=data.body, created_by=principal.user.id)
    session.add(reply)
    session.commit()
    return CannedOut.model_validate(reply)


@router.put("/canned/{reply_id}", response_model=CannedOut)
def update_canned(
    reply_id: Id, data: CannedIn, _: CurrentAgent, session: WriteSession
) -> CannedOut:
    reply = session.get(CannedReply, reply_id)
    if reply is None:
        raise not_found("This canned reply")
    reply.title, reply.body = data.title, data.body
    session.commit()
    return CannedOut.model_validate(reply)


@router.delete("/canned/{reply_id}", status_code=204)
def delete_canned(reply_id: Id, _: CurrentAgent, session: WriteSession) -> Response:
    reply = session.get(CannedReply, reply_id)
    if reply is None:
        raise not_found("This canned reply")
    session.delete(reply)
    session.commit()
    return Response(status_code=204)


@router.get("/canned/{reply_id}/render", response_model=RenderedOut)
def render_canned(
    reply_id: Id,
    ticket_id: Annotated[int, Query(ge=1, le=2**63 - 1)],
    principal: CurrentAgent,
    session: ReadSession,
) -> RenderedOut:
    reply = session.get(CannedReply, reply_id)
    if reply is None:
        raise not_found("This canned reply")
    ticket = tickets.get_visible(session, ticket_id, principal.user)
    return RenderedOut(text=desk.render_canned(reply, ticket, principal.user))


def _period(start: date | None, end: date | None) -> tuple[datetime, datetime]:
    today = utcnow().date()
    end = end or today
    start = start or end - timedelta(days=29)
    if start > end:
        raise ApiError(422, "validation_failed", "The period's start is after its end.")
    if (end - start).days > 366 * 2:
        raise ApiError(422, "validation_failed", "Choose a period of at most two years.")
    first = datetime.combine(start, time(0), tzinfo=utcnow().tzinfo)
    last = datetime.combine(end + timedelta(days=1), time(0), tzinfo=utcnow().tzinfo)
    return first, last


def _report(
    _: CurrentAgent,
    session: ReadSession,
    start: Annotated[date | None, Query(alias="from")] = None,
    end: Annotated[date | None, Query(alias="to")] = None,
    interval: Literal["day", "week"] = "day",
    agent_id: Annotated[int | None, Query(ge=1, le=2**63 - 1)] = None,
    group_id: Annotated[int | None, Query(ge=1, le=2**63 - 1)] = None,
) -> dict[str, Any]:
    """The desk's numbers for a period (UTC days, both ends included; default the
    last 30 days), optionally for one agent or group. See hub/metrics.py."""
    first, last = _period(start, end)
    return metrics.report(
        session, start=first, end=last, interval=interval, agent_id=agent_id, group_id=group_id
    )


Report = Annotated[dict[str, Any], Depends(_report)]


@router.get("/metrics")
def get_metrics(report: Report) -> dict[str, Any]:
    """The desk's numbers for a period (UTC days, both ends included; default the
    last 30 days), optionally for one agent or group. See hub/metrics.py."""
    return report


@router.get("/metrics.csv", response_class=Response)
def export_metrics(report: Report) -> Response:
    """The same period's series as CSV, one row per day or week."""
    return Response(
        metrics.to_csv(report["series"]),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="kefu-metrics.csv"'},
    )
