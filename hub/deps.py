"""Typed dependencies, so route signatures read like a spec."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Header, Request
from sqlalchemy.orm import Session

from hub.accounts import LoginLimiter, RegistrationLimiter, renew, renew_due, token_owner
from hub.config import HubSettings
from hub.db import Database
from hub.errors import ApiError
from hub.events import InProcessBroker, bind_broker
from hub.kb import KnowledgeBase
from hub.models import Token, User
from hub.observability import HubMetrics
from hub.presence import Presence
from hub.relay import RelayRegistry
from hub.remote import JoinLimiter


@dataclass
class HubState:
    """What one running hub holds; kept on app.state.hub."""

    settings: HubSettings
    db: Database
    broker: InProcessBroker
    login_limiter: LoginLimiter
    register_limiter: RegistrationLimiter
    relay: RelayRegistry
    join_limiter: JoinLimiter
    presence: Presence
    kb: KnowledgeBase
    metrics: HubMetrics


def get_state(request: Request) -> HubState:
    state: HubState = request.app.state.hub
    return state


State = Annotated[HubState, Depends(get_state)]


def _read_session(state: State) -> Iterator[Session]:
    with state.db.session() as session:
        bind_broker(session, state.broker)
        yield session


def _write_session(state: State) -> Iterator[Session]:
    with state.db.session(write=True) as session:
        bind_broker(session, state.broker)
        yield session


ReadSession = Annotated[Session, Depends(_read_session)]
WriteSession = Annotated[Session, Depends(_write_session)]


def bearer_token(authorization: str | None) -> str | None:
    if not authorization:
        return None
    scheme, _, value = authorization.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        return None
    return value.strip()


@dataclass
class Principal:
    user: User
    token: Token

    @property
    def is_agent(self) -> bool:
        return self.user.is_agent


def _principal(state: State, authorization: Annotated[str | None, Header()] = None) -> Principal:
    raw = bearer_token(authorization)
    if raw is None:
        raise ApiError(401, "not_authenticated", "Sign in first: this needs a valid token.")
    with state.db.session() as session:
        found = token_owner(session, raw)
    if found is None:
        raise ApiError(
            401, "not_authenticated", "Your sign-in has expired or was revoked; sign in again."
        )
    user, token = found
    if renew_due(token):
        # Never wait for the writer here: this request may hold it already.
        with state.db.try_write_session() as session:
            if session is not None:
                renew(session, token.id, days=state.settings.token_days)
    return Principal(user, token)


def agent_principal(principal: Annotated[Principal, Depends(_principal)]) -> Principal:
    if not principal.is_agent:
        raise ApiError(403, "forbidden", "Only support agents may do this.")
    return principal


CurrentUser = Annotated[Principal, Depends(_principal)]
CurrentAgent = Annotated[Principal, Depends(agent_principal)]

IdempotencyKey = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        min_length=1,
        max_length=200,
        pattern=r"^[\x21-\x7e]+$",
        description="Makes the create safe to retry (scoped to you).",
    ),
]
