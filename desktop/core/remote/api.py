"""The hub's remote-session REST calls (docs/remote-sessions.md), typed.

Requesting a session creates something, so it carries an idempotency key made
with the draft, like every other create (see desktop.core.submission).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict

from desktop.core.hubclient import HubClient
from desktop.core.submission import new_key

LIVE = ("requested", "active")


class SessionAgent(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)
    id: int
    display_name: str
    organization: str | None = None


class RemoteSession(BaseModel):
    """One session as the hub reports it; `code` only in the agent's create answer."""

    model_config = ConfigDict(extra="ignore", frozen=True)
    id: int
    ticket_id: int
    ticket_number: str = ""
    ticket_title: str = ""
    agent: SessionAgent
    customer_id: int
    status: str
    scope: str = "view"
    reason: str | None = None
    monitor: int | None = None
    requested_at: datetime
    code_expires_at: datetime | None = None
    accepted_at: datetime | None = None
    ended_at: datetime | None = None
    ended_by: str | None = None
    end_reason: str | None = None
    code: str | None = None

    @property
    def live(self) -> bool:
        return self.status in LIVE

    @property
    def seconds(self) -> int | None:
        """How long the screen was shared, once it has ended."""
        if self.accepted_at is None or self.ended_at is None:
            return None
        return max(int((self.ended_at - self.accepted_at).total_seconds()), 0)


def parse(data: Any) -> RemoteSession:
    return RemoteSession.model_validate(data)


def request_session(
    client: HubClient, ticket_id: int, reason: str | None = None, key: str | None = None
) -> RemoteSession:
    """Ask the ticket's customer to share (agents). The answer carries the code, once."""
    body: dict[str, Any] = {"scope": "view"}
    if reason:
        body["reason"] = reason
    response = client.request(
        "POST",
        f"/tickets/{ticket_id}/sessions",
        json=body,
        headers={"Idempotency-Key": key or new_key()},
    )
    return client._parse(RemoteSession, response)


def join(client: HubClient, code: str) -> RemoteSession:
    """The session a typed code belongs to; joining is not consenting."""
    return client._parse(
        RemoteSession, client.request("POST", "/sessions/join", json={"code": code})
    )


def answer(client: HubClient, session_id: int, accept: bool, monitor: int | None) -> RemoteSession:
    body: dict[str, Any] = {"accept": accept}
    if accept and monitor is not None:
        body["monitor"] = monitor
    response = client.request("POST", f"/sessions/{session_id}/consent", json=body)
    return client._parse(RemoteSession, response)


def end(client: HubClient, session_id: int) -> RemoteSession:
    return client._parse(RemoteSession, client.request("POST", f"/sessions/{session_id}/end"))


def get(client: HubClient, session_id: int) -> RemoteSession:
    return client._parse(RemoteSession, client.request("GET", f"/sessions/{session_id}"))


def waiting(client: HubClient) -> list[RemoteSession]:
    """My requests still waiting for an answer: a customer who was offline when an
    agent asked sees the request after signing in or reconnecting."""
    return client._parse_list(
        RemoteSession, client.request("GET", "/sessions", params={"status": "requested"})
    )


def timeline(client: HubClient, ticket_id: int) -> list[RemoteSession]:
    """The ticket's sessions, newest first."""
    return client._parse_list(
        RemoteSession, client.request("GET", f"/tickets/{ticket_id}/sessions")
    )
