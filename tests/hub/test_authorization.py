"""Who may do what: a matrix built from roles × endpoints.

Customer A owns the ticket (with a public attachment and an internal note
that has its own attachment); customer B, an agent, an admin and nobody try
every endpoint against it."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from fastapi.testclient import TestClient

from hub.app import create_app
from tests.hub.conftest import Hub, Person, make_settings, png_bytes

ROLES = ("owner", "other_customer", "agent", "admin", "anonymous")


@dataclass
class World:
    hub: Hub
    people: dict[str, Person | None]
    ticket_id: int
    public_attachment: int
    note_attachment: int


@pytest.fixture(scope="module")
def module_hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Hub]:
    # One hub for the whole matrix: every call below is either refused or
    # leaves the ticket readable by the same people.
    settings = make_settings(tmp_path_factory.mktemp("authz"))
    with TestClient(create_app(settings)) as client:
        yield Hub(client, settings)


@pytest.fixture(scope="module")
def world(module_hub: Hub) -> World:
    hub = module_hub
    owner = hub.person("customer")
    agent = hub.person("agent")
    people: dict[str, Person | None] = {
        "owner": owner,
        "other_customer": hub.person("customer"),
        "agent": agent,
        "admin": hub.person("admin"),
        "anonymous": None,
    }
    shot = png_bytes(color=(1, 2, 3))
    blob = hub.upload(owner, shot)
    t = hub.ticket(owner, attachments=[{"sha256": blob["sha256"], "name": "shot.png"}])
    note_png = png_bytes(color=(9, 9, 9))
    note_blob = hub.upload(agent, note_png)
    r = hub.client.post(
        f"/api/v1/tickets/{t['id']}/comments",
        json={
            "body": "internal",
            "internal": True,
            "attachments": [{"sha256": note_blob["sha256"], "name": "log.png"}],
        },
        headers=agent.headers,
    )
    note_att = r.json()["attachments"][0]["id"]
    return World(hub, people, t["id"], t["attachments"][0]["id"], note_att)


Call = Callable[[World, dict[str, str]], Any]


def _upload_own(w: World, h: dict[str, str]) -> Any:
    data = b"hello"
    return w.hub.client.put(
        f"/api/v1/blobs/{hashlib.sha256(data).hexdigest()}",
        content=data,
        headers={**h, "Content-Type": "text/plain"},
    )


# endpoint name -> (call, {role: expected status})
MATRIX: dict[str, tuple[Call, dict[str, int]]] = {
    "read ticket": (
        lambda w, h: w.hub.client.get(f"/api/v1/tickets/{w.ticket_id}", headers=h),
        {"owner": 200, "other_customer": 404, "agent": 200, "admin": 200, "anonymous": 401},
    ),
    "list tickets (sees it?)": (
        lambda w, h: w.hub.client.get("/api/v1/tickets", headers=h),
        {"owner": 200, "other_customer": 200, "agent": 200, "admin": 200, "anonymous": 401},
    ),
    "reply": (
        lambda w, h: w.hub.client.post(
            f"/api/v1/tickets/{w.ticket_id}/comments", json={"body": "hi"}, headers=h
        ),
        {"owner": 201, "other_customer": 404, "agent": 201, "admin": 201, "anonymous": 401},
    ),
    "internal note": (
        lambda w, h: w.hub.client.post(
            f"/api/v1/tickets/{w.ticket_id}/comments",
            json={"body": "n", "internal": True},
            headers=h,
        ),
        {"owner": 403, "other_customer": 404, "agent": 201, "admin": 201, "anonymous": 401},
    ),
    "change priority": (
        lambda w, h: w.hub.client.patch(
            f"/api/v1/tickets/{w.ticket_id}", json={"priority": "P1"}, headers=h
        ),
        {"owner": 403, "other_customer": 404, "agent": 200, "admin": 200, "anonymous": 401},
    ),
    "assign": (
        lambda w, h: w.hub.client.patch(
            f"/api/v1/tickets/{w.ticket_id}", json={"assignee_id": None}, headers=h
        ),
        {"owner": 403, "other_customer": 404, "agent": 200, "admin": 200, "anonymous": 401},
    ),
    "move status": (
        lambda w, h: w.hub.client.patch(
            f"/api/v1/tickets/{w.ticket_id}", json={"status": "in_progress"}, headers=h
        ),
        {"owner": 409, "other_customer": 404, "agent": 200, "admin": 200, "anonymous": 401},
    ),
    "history": (
        lambda w, h: w.hub.client.get(f"/api/v1/tickets/{w.ticket_id}/history", headers=h),
        {"owner": 403, "other_customer": 403, "agent": 200, "admin": 200, "anonymous": 401},
    ),
    "download attachment": (
        lambda w, h: w.hub.client.get(f"/api/v1/attachments/{w.public_attachment}", headers=h),
        {"owner": 200, "other_customer": 404, "agent": 200, "admin": 200, "anonymous": 401},
    ),
    "download note attachment": (
        lambda w, h: w.hub.client.get(f"/api/v1/attachments/{w.note_attachment}", headers=h),
        {"owner": 404, "other_customer": 404, "agent": 200, "admin": 200, "anonymous": 401},
    ),
    "list users": (
        lambda w, h: w.hub.client.get("/api/v1/users", headers=h),
        {"owner": 403, "other_customer": 403, "agent": 200, "admin": 200, "anonymous": 401},
    ),
    "list groups": (
        lambda w, h: w.hub.client.get("/api/v1/groups", headers=h),
        {"owner": 403, "other_customer": 403, "agent": 200, "admin": 200, "anonymous": 401},
    ),
    "categories": (
        lambda w, h: w.hub.client.get("/api/v1/categories", headers=h),
        {"owner": 200, "other_customer": 200, "agent": 200, "admin": 200, "anonymous": 401},
    ),
    "upload blob": (
        _upload_own,
        {"owner": 201, "other_customer": 201, "agent": 201, "admin": 201, "anonymous": 401},
    ),
    "me": (
        lambda w, h: w.hub.client.get("/api/v1/me", headers=h),
        {"owner": 200, "other_customer": 200, "agent": 200, "admin": 200, "anonymous": 401},
    ),
    "health": (
        lambda w, h: w.hub.client.get("/api/v1/health", headers=h),
        {"owner": 200, "other_customer": 200, "agent": 200, "admin": 200, "anonymous": 200},
    ),
}

CASES = [(name, role) for name in MATRIX for role in ROLES]


@pytest.mark.parametrize(("endpoint", "role"), CASES, ids=[f"{n}-{r}" for n, r in CASES])
def test_matrix(world: World, endpoint: str, role: str) -> None:
    call, expected = MATRIX[endpoint]
    person = world.people[role]
    r = call(world, person.headers if person else {})
    assert r.status_code == expected[role], r.text
    if r.status_code >= 400:
        assert set(r.json()) >= {"error", "message"}
    if endpoint == "list tickets (sees it?)" and r.status_code == 200:
        listed = {t["id"] for t in r.json()["items"]}
        assert (world.ticket_id in listed) == (role != "other_customer")


def test_customer_filters_cannot_widen_what_they_see(world: World) -> None:
    other = world.people["other_customer"]
    owner = world.people["owner"]
    assert other is not None and owner is not None
    r = world.hub.client.get(
        "/api/v1/tickets", params={"customer_id": owner.id}, headers=other.headers
    )
    assert r.json()["items"] == []


def test_customer_cannot_attach_someone_elses_blob(world: World) -> None:
    owner, other = world.people["owner"], world.people["other_customer"]
    assert owner is not None and other is not None
    detail = world.hub.client.get(
        f"/api/v1/tickets/{world.ticket_id}", headers=owner.headers
    ).json()
    sha = detail["attachments"][0]["sha256"]
    r = world.hub.client.post(
        "/api/v1/tickets",
        json={"title": "steal", "attachments": [{"sha256": sha, "name": "x.png"}]},
        headers=other.headers,
    )
    assert r.status_code == 422 and r.json()["error"] == "blob_not_found"


def test_customer_never_sees_internal_notes_in_the_thread(world: World) -> None:
    owner = world.people["owner"]
    assert owner is not None
    detail = world.hub.client.get(
        f"/api/v1/tickets/{world.ticket_id}", headers=owner.headers
    ).json()
    assert all(not c["internal"] for c in detail["comments"])
    assert world.note_attachment not in [a["id"] for a in detail["attachments"]]


def test_directory_lists_members_and_inactive_entries_for_admins(hub: Hub) -> None:
    admin, agent = hub.person("admin"), hub.person("agent")
    gone = hub.person("agent")
    r = hub.client.post(
        "/api/v1/groups", json={"name": "Printers", "member_ids": [agent.id]}, headers=admin.headers
    )
    assert r.status_code == 201, r.text
    groups = hub.client.get("/api/v1/groups", headers=agent.headers).json()
    assert next(g for g in groups if g["name"] == "Printers")["member_ids"] == [agent.id]
    hub.client.patch(f"/api/v1/users/{gone.id}", json={"active": False}, headers=admin.headers)
    category = hub.client.get("/api/v1/categories", headers=agent.headers).json()[0]
    hub.client.patch(
        f"/api/v1/categories/{category['id']}", json={"active": False}, headers=admin.headers
    )

    def ids(path: str, who: Person, **params: object) -> set[int]:
        r = hub.client.get(f"/api/v1/{path}", params=params, headers=who.headers)
        assert r.status_code == 200, r.text
        return {item["id"] for item in r.json()}

    assert gone.id not in ids("users", admin)
    assert gone.id in ids("users", admin, include_inactive="true")
    assert category["id"] not in ids("categories", agent)
    assert category["id"] in ids("categories", admin, include_inactive="true")
    listed = hub.client.get(
        "/api/v1/categories", params={"include_inactive": "true"}, headers=admin.headers
    ).json()
    assert next(c for c in listed if c["id"] == category["id"])["active"] is False
    # Only admins may ask for inactive entries.
    r = hub.client.get("/api/v1/users", params={"include_inactive": "true"}, headers=agent.headers)
    assert r.status_code == 403
    # Everyone who can take tickets: agents and admins.
    takers = ids("users", agent, role=["agent", "admin"])
    assert {admin.id, agent.id} <= takers
