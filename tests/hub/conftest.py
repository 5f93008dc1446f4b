"""Fixtures for the hub: the real app on a real SQLite file, driven over HTTP."""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from hub import accounts
from hub.app import create_app
from hub.config import HubSettings
from tests.postgres import PostgresServer

PASSWORD = "correct horse 1"
_counter = itertools.count(1)


@dataclass
class Person:
    """A signed-in user and the headers that prove it."""

    id: int
    email: str
    role: str
    token: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


class Hub:
    """A running hub app with helpers to make people and tickets."""

    def __init__(self, client: TestClient, settings: HubSettings) -> None:
        self.client = client
        self.settings = settings
        self.app = client.app

    @property
    def db(self) -> Any:
        return self.app.state.hub.db  # type: ignore[attr-defined]

    def person(self, role: str = "customer", *, vip: bool = False, name: str = "") -> Person:
        n = next(_counter)
        email = f"{role}{n}@example.com"
        with self.db.session(write=True) as session:
            user = accounts.create_user(
                session,
                email=email,
                password=PASSWORD,
                display_name=name or f"{role.title()} {n}",
                role=role,
                vip=vip,
            )
            session.commit()
            user_id = user.id
        r = self.client.post("/api/v1/auth/login", json={"email": email, "password": PASSWORD})
        assert r.status_code == 200, r.text
        return Person(user_id, email, role, r.json()["token"])

    def upload(self, who: Person, data: bytes, mime: str = "image/png") -> dict[str, Any]:
        digest = hashlib.sha256(data).hexdigest()
        r = self.client.put(
            f"/api/v1/blobs/{digest}",
            content=data,
            headers={**who.headers, "Content-Type": mime},
        )
        assert r.status_code == 201, r.text
        body: dict[str, Any] = r.json()
        return body

    def ticket(self, who: Person, **fields: Any) -> dict[str, Any]:
        payload = {"title": "Cannot save the report", "body": "It says error 0x80070005", **fields}
        r = self.client.post("/api/v1/tickets", json=payload, headers=who.headers)
        assert r.status_code == 201, r.text
        body: dict[str, Any] = r.json()
        return body

    def comment(
        self, who: Person, ticket_id: int, body: str, internal: bool = False
    ) -> dict[str, Any]:
        r = self.client.post(
            f"/api/v1/tickets/{ticket_id}/comments",
            json={"body": body, "internal": internal},
            headers=who.headers,
        )
        assert r.status_code == 201, r.text
        out: dict[str, Any] = r.json()
        return out


def make_settings(tmp_path: Path, **overrides: Any) -> HubSettings:
    return HubSettings(data_dir=tmp_path / "hub", **overrides)


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """One PostgreSQL server for the session, started when a test first needs it."""
    server = PostgresServer().start()
    yield server
    server.stop()


SQLITE_ONLY = pytest.mark.parametrize("hub_settings", ["sqlite"], indirect=True)
"""For tests of what only the built-in SQLite database has (WAL, file backups)."""


@pytest.fixture(params=["sqlite", "postgresql"])
def hub_settings(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[HubSettings]:
    """Every test of the hub runs on SQLite (the default) and on PostgreSQL (teams)."""
    if request.param == "sqlite":
        yield make_settings(tmp_path)
        return
    server: PostgresServer = request.getfixturevalue("postgres")
    url = server.database()
    yield make_settings(tmp_path, db=url)
    server.drop(url)


@pytest.fixture
def hub(hub_settings: HubSettings) -> Iterator[Hub]:
    app = create_app(hub_settings)
    with TestClient(app) as client:
        yield Hub(client, hub_settings)


def png_bytes(
    width: int = 32, height: int = 16, color: tuple[int, int, int] = (200, 30, 30)
) -> bytes:
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (width, height), color).save(buf, format="PNG")
    return buf.getvalue()


@pytest.fixture
def customer(hub: Hub) -> Person:
    return hub.person("customer")


@pytest.fixture
def other_customer(hub: Hub) -> Person:
    return hub.person("customer")


@pytest.fixture
def agent(hub: Hub) -> Person:
    return hub.person("agent", name="Li Wei")
