"""The hub application: create_app(settings) gives a ready FastAPI app."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from datetime import timedelta

from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool

from hub import __version__, blobs, idempotency, observability, privacy, remote
from hub import desk as desk_service
from hub.accounts import LoginLimiter, RegistrationLimiter
from hub.config import HubSettings
from hub.db import Database
from hub.deps import HubState
from hub.errors import install_error_handlers, patch_openapi
from hub.events import InProcessBroker, bind_broker
from hub.kb import KnowledgeBase
from hub.middleware import SecurityHeaders
from hub.models import RemoteSession
from hub.observability import HubMetrics
from hub.presence import Presence
from hub.relay import RelayRegistry
from hub.remote import JoinLimiter
from hub.routes import admin, auth, desk, directory, events, health, kb, sessions, tickets
from hub.routes import blobs as blob_routes
from hub.routes import privacy as privacy_routes

log = logging.getLogger(__name__)
API = "/api/v1"
HOUSEKEEPING_EVERY = 3600.0
SESSION_SWEEP_EVERY = 2.0
DESK_SWEEP_EVERY = 30.0


def housekeeping(state: HubState) -> None:
    """Remove orphaned blobs, forgotten idempotency keys and (retention) old closed tickets."""
    with state.db.session(write=True) as session:
        removed = blobs.remove_orphans(
            session,
            root=state.settings.blob_dir,
            older_than=timedelta(hours=state.settings.blob_orphan_hours),
        )
    with state.db.session(write=True) as session:
        idempotency.forget_old(session, days=state.settings.idempotency_days)
        session.commit()
    if removed:
        log.info("removed %d unreferenced blobs", removed)
    if state.settings.retention_days > 0:
        with state.db.session(write=True) as session:
            purged = privacy.purge_closed(session, days=state.settings.retention_days)
            session.commit()
        privacy.unlink_blobs(state.settings.blob_dir, purged.blobs)
        if purged.tickets:
            log.info("retention: deleted %d closed tickets", purged.tickets)


def sweep_desk(state: HubState) -> None:
    """SLA breaches and resolved tickets nobody confirmed."""
    with state.db.session(write=True) as session:
        bind_broker(session, state.broker)
        desk_service.flag_breaches(session)
        desk_service.auto_close(session, days=state.settings.auto_close_days)
        session.commit()


async def sweep_sessions(state: HubState) -> None:
    """End sessions that ran too long or went quiet; expire unanswered requests."""
    idle = set(state.relay.idle_sessions(state.settings.session_idle_minutes * 60))

    def close_in_db() -> list[tuple[int, str]]:
        with state.db.session(write=True) as session:
            bind_broker(session, state.broker)
            closed = [(sid, "not_answered") for sid in remote.expire_stale(session)]
            for rs in remote.overdue(session, state.settings):
                remote.end(session, rs, by="hub", reason="max_length", actor_id=None)
                closed.append((rs.id, "max_length"))
            for session_id in idle:
                quiet = session.get(RemoteSession, session_id)
                if quiet is not None and quiet.status == "active":
                    remote.end(session, quiet, by="hub", reason="idle", actor_id=None)
                    closed.append((quiet.id, "idle"))
            session.commit()
        return closed

    for session_id, reason in await run_in_threadpool(close_in_db):
        state.relay.ended(session_id, reason, "hub")


def refresh_gauges(state: HubState) -> None:
    state.metrics.event_listeners.set(state.broker.subscriber_count)
    rooms = list(state.relay.rooms.values())
    state.metrics.session_rooms.set(len(rooms))
    state.metrics.relay_peers.set(sum(len(r.peers) for r in rooms))


def create_app(settings: HubSettings | None = None, *, migrate: bool = True) -> FastAPI:
    settings = settings or HubSettings()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    db = Database(settings.database_url)
    if migrate:
        db.migrate()
    state = HubState(
        settings=settings,
        db=db,
        broker=InProcessBroker(),
        login_limiter=LoginLimiter(settings.login_max_failures, settings.login_window_seconds),
        register_limiter=RegistrationLimiter(
            settings.register_max_per_window, settings.register_window_seconds
        ),
        relay=RelayRegistry(),
        join_limiter=JoinLimiter(settings.join_max_failures, settings.join_window_seconds),
        presence=Presence(),
        kb=KnowledgeBase(),
        metrics=HubMetrics(),
    )

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        async def keep_house() -> None:
            while True:
                try:
                    await run_in_threadpool(housekeeping, state)
                except Exception:
                    log.exception("housekeeping failed")
                await asyncio.sleep(HOUSEKEEPING_EVERY)

        async def watch_sessions() -> None:
            while True:
                await asyncio.sleep(SESSION_SWEEP_EVERY)
                try:
                    await sweep_sessions(state)
                except Exception:
                    log.exception("session sweep failed")

        async def watch_desk() -> None:
            while True:
                try:
                    await run_in_threadpool(sweep_desk, state)
                except Exception:
                    log.exception("desk sweep failed")
                await asyncio.sleep(DESK_SWEEP_EVERY)

        tasks = [
            asyncio.create_task(keep_house()),
            asyncio.create_task(watch_sessions()),
            asyncio.create_task(watch_desk()),
        ]
        try:
            yield
        finally:
            for task in tasks:
                task.cancel()
            db.dispose()

    app = FastAPI(
        title="Kefu hub",
        version=__version__,
        description="Tickets, users, attachments and live events for Kefu (客服).",
        lifespan=lifespan,
    )
    app.state.hub = state
    app.add_middleware(SecurityHeaders)
    observability.install(app, state.metrics, lambda: refresh_gauges(state), settings.metrics_allow)
    install_error_handlers(app)
    for module in (
        health,
        auth,
        directory,
        admin,
        tickets,
        desk,
        kb,
        blob_routes,
        events,
        sessions,
        privacy_routes,
    ):
        app.include_router(module.router, prefix=API)
    patch_openapi(app)
    return app
