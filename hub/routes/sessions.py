"""Remote sessions: request, join by code, consent, end, and the relay socket."""

from __future__ import annotations

from typing import Annotated, Literal

import anyio
from fastapi import APIRouter, Path, WebSocket, WebSocketDisconnect
from fastapi.responses import JSONResponse
from sqlalchemy import select, true
from starlette.concurrency import run_in_threadpool

from hub import remote, tickets
from hub.accounts import token_owner
from hub.deps import (
    CurrentAgent,
    CurrentUser,
    HubState,
    IdempotencyKey,
    ReadSession,
    State,
    WriteSession,
    bearer_token,
)
from hub.errors import ErrorBody, forbidden
from hub.idempotency import run_once
from hub.models import RemoteSession
from hub.relay import OTHER, Peer
from hub.schemas import (
    SessionConsentIn,
    SessionCreated,
    SessionJoinIn,
    SessionOut,
    SessionRequestIn,
)
from hub.timeutil import utcnow


def _expire(session: WriteSession, state: HubState) -> None:
    """Expire unanswered requests by their time, and close sockets waiting on them.
    Expiry depends only on the clock, so telling the relay at once is safe."""
    for session_id in remote.expire_stale(session):
        state.relay.ended(session_id, "not_answered", "hub")


router = APIRouter(
    tags=["remote sessions"],
    responses={401: {"model": ErrorBody}, 404: {"model": ErrorBody}, 422: {"model": ErrorBody}},
)
Id = Annotated[int, Path(ge=1, le=2**63 - 1)]


@router.post(
    "/tickets/{ticket_id}/sessions",
    status_code=201,
    response_model=SessionCreated,
    responses={403: {"model": ErrorBody}, 409: {"model": ErrorBody}},
)
def request_session(
    ticket_id: Id,
    data: SessionRequestIn,
    principal: CurrentAgent,
    session: WriteSession,
    state: State,
    key: IdempotencyKey = None,
) -> JSONResponse:
    """Ask the ticket's customer to share their screen. The code is shown once."""
    agent = principal.user

    _expire(session, state)

    def create() -> SessionCreated:
        ticket = tickets.get_visible(session, ticket_id, agent)
        rs, code = remote.request(session, ticket, agent, data, state.settings)
        return SessionCreated(**remote.session_out(rs).model_dump(), code=code)

    return run_once(
        session,
        user_id=agent.id,
        key=key,
        scope=f"POST /tickets/{ticket_id}/sessions",
        payload=data,
        create=create,
    )


@router.get("/tickets/{ticket_id}/sessions", response_model=list[SessionOut])
def ticket_sessions(
    ticket_id: Id, principal: CurrentUser, session: ReadSession
) -> list[SessionOut]:
    """The ticket's remote sessions, newest first: who, when, what, how it ended."""
    tickets.get_visible(session, ticket_id, principal.user)
    rows = session.scalars(
        select(RemoteSession)
        .where(RemoteSession.ticket_id == ticket_id)
        .order_by(RemoteSession.id.desc())
    )
    return [remote.session_out(rs) for rs in rows]


@router.get("/sessions", response_model=list[SessionOut])
def my_sessions(
    principal: CurrentUser,
    session: ReadSession,
    status: Literal["requested", "active"] | None = None,
) -> list[SessionOut]:
    """My live sessions (as the customer asked, or the agent who asked), e.g. so a
    client that was offline can still show a waiting request after reconnecting."""
    user = principal.user
    query = select(RemoteSession).where(
        RemoteSession.status.in_([status] if status else list(remote.LIVE)),
        RemoteSession.code_expires_at > utcnow() if status == "requested" else true(),
    )
    mine = RemoteSession.agent_id if user.is_agent else RemoteSession.customer_id
    rows = session.scalars(query.where(mine == user.id).order_by(RemoteSession.id.desc()))
    return [remote.session_out(rs) for rs in rows]


@router.get("/sessions/{session_id}", response_model=SessionOut)
def get_session(session_id: Id, principal: CurrentUser, session: ReadSession) -> SessionOut:
    return remote.session_out(remote.visible_session(session, session_id, principal.user))


@router.post("/sessions/join", response_model=SessionOut, responses={429: {"model": ErrorBody}})
def join_session(
    data: SessionJoinIn, principal: CurrentUser, session: WriteSession, state: State
) -> SessionOut:
    """A customer types the code an agent read out; consent is still asked next."""
    _expire(session, state)
    rs = remote.join(session, data.code, principal.user, state.settings, state.join_limiter)
    session.commit()
    return remote.session_out(rs)


@router.post(
    "/sessions/{session_id}/consent",
    response_model=SessionOut,
    responses={403: {"model": ErrorBody}, 409: {"model": ErrorBody}},
)
def answer_session(
    session_id: Id,
    data: SessionConsentIn,
    principal: CurrentUser,
    session: WriteSession,
    state: State,
) -> SessionOut:
    _expire(session, state)
    rs = remote.visible_session(session, session_id, principal.user)
    remote.consent(session, rs, principal.user, data.accept, data.monitor)
    session.commit()
    if rs.status == "active":
        state.relay.consented(rs.id)
    else:
        state.relay.ended(rs.id, "declined", "customer")
    return remote.session_out(rs)


@router.post(
    "/sessions/{session_id}/end", response_model=SessionOut, responses={403: {"model": ErrorBody}}
)
def end_session(
    session_id: Id, principal: CurrentUser, session: WriteSession, state: State
) -> SessionOut:
    """Stop now. Either participant may; both ends are closed at once."""
    user = principal.user
    rs = remote.visible_session(session, session_id, user)
    if user.id not in (rs.agent_id, rs.customer_id) and user.role != "admin":
        raise forbidden("Only the session's agent or customer can end it.")
    by = "customer" if user.id == rs.customer_id else "agent"
    remote.end(session, rs, by=by, reason="stopped", actor_id=user.id)
    session.commit()
    state.relay.ended(rs.id, "stopped", by)
    return remote.session_out(rs)


# Close codes for the relay socket.
CLOSE_REFUSED = 4403


@router.websocket("/sessions/{session_id}/relay")
async def relay(websocket: WebSocket, session_id: int) -> None:
    state: HubState = websocket.app.state.hub
    raw = bearer_token(websocket.headers.get("authorization"))

    def admit() -> tuple[str, str, str] | None:
        """(role, status, scope) if this user is one of the session's two people."""
        if raw is None:
            return None
        with state.db.session() as session:
            found = token_owner(session, raw)
            rs = session.get(RemoteSession, session_id)
            if found is None or rs is None or rs.status not in remote.LIVE:
                return None
            user = found[0]
            if user.id == rs.customer_id:
                return "customer", rs.status, rs.scope
            if user.id == rs.agent_id:
                return "agent", rs.status, rs.scope
            return None

    admitted = await run_in_threadpool(admit)
    if admitted is None:
        await websocket.close(code=CLOSE_REFUSED)  # before accept: the handshake is refused
        return
    role, status, scope = admitted
    await websocket.accept()
    room = state.relay.room(session_id, remote.GRANTS[scope])
    room.consented = room.consented or status == "active"
    previous = room.peers.get(role)
    if previous is not None:
        previous.close(4409, "replaced by a new connection")
    peer = room.peers[role] = Peer(role, websocket)
    room.tell(role, type="hello", role=role, status=status, peer_present=OTHER[role] in room.peers)
    room.tell(OTHER[role], type="peer_joined", role=role)
    try:
        async with anyio.create_task_group() as tg:

            async def read() -> None:
                try:
                    while True:
                        message = await websocket.receive()
                        if message["type"] == "websocket.disconnect":
                            break
                        data = message.get("bytes")
                        if data is not None:
                            room.forward(role, data)
                except (WebSocketDisconnect, RuntimeError):
                    pass
                tg.cancel_scope.cancel()

            tg.start_soon(read)
            await peer.pump()
            tg.cancel_scope.cancel()
    except (WebSocketDisconnect, RuntimeError):
        pass
    finally:
        if room.peers.get(role) is peer:
            del room.peers[role]
            room.tell(OTHER[role], type="peer_left", role=role)
        state.relay.drop_if_empty(room)
