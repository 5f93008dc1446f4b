"""The live event channel: one WebSocket per signed-in client."""

from __future__ import annotations

import asyncio

import anyio
from fastapi import APIRouter, WebSocket, WebSocketDisconnect
from starlette.concurrency import run_in_threadpool

from hub.accounts import token_owner
from hub.deps import HubState, bearer_token

router = APIRouter(tags=["events"])

# Close codes (4000-4999 are the application's own).
CLOSE_UNAUTHENTICATED = 4401
CLOSE_FELL_BEHIND = 4408  # the client should reconnect and resync with updated_since


@router.websocket("/events")
async def events(websocket: WebSocket) -> None:
    state: HubState = websocket.app.state.hub
    raw = bearer_token(websocket.headers.get("authorization"))

    def who() -> tuple[int, bool] | None:
        if raw is None:
            return None
        with state.db.session() as session:
            found = token_owner(session, raw)
            return (found[0].id, found[0].is_agent) if found else None

    identity = await run_in_threadpool(who)
    if identity is None:
        # Closing before accept refuses the handshake (HTTP 403).
        await websocket.close(code=CLOSE_UNAUTHENTICATED)
        return
    await websocket.accept()
    user_id, is_agent = identity
    sub = state.broker.subscribe(_loop(), user_id, is_agent)
    try:
        async with anyio.create_task_group() as tg:

            async def drain_client() -> None:
                # Clients send nothing we need; reading notices a disconnect.
                try:
                    while True:
                        await websocket.receive_text()
                except (WebSocketDisconnect, RuntimeError):
                    pass
                tg.cancel_scope.cancel()

            tg.start_soon(drain_client)
            while True:
                event = await sub.next()
                if event is None:
                    await websocket.close(code=CLOSE_FELL_BEHIND)
                    break
                await websocket.send_json(event.message())
            tg.cancel_scope.cancel()
    except (WebSocketDisconnect, RuntimeError):
        pass
    finally:
        state.broker.unsubscribe(sub)


def _loop() -> asyncio.AbstractEventLoop:

    return asyncio.get_running_loop()
