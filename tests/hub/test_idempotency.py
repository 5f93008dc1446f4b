"""Creating is idempotent per user and key."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import func, select

from hub.models import Comment, Ticket
from tests.hub.conftest import Hub, Person


def _post(
    hub: Hub, who: Person, key: str, payload: dict[str, object], path: str = "/api/v1/tickets"
):  # type: ignore[no-untyped-def]
    return hub.client.post(path, json=payload, headers={**who.headers, "Idempotency-Key": key})


def _count(hub: Hub, model: type) -> int:
    with hub.db.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_same_key_same_body_returns_the_first_ticket(hub: Hub, customer: Person) -> None:
    payload = {"title": "Printer offline", "body": "错误代码 E1234"}
    first = _post(hub, customer, "k-1", payload)
    again = _post(hub, customer, "k-1", payload)
    assert first.status_code == again.status_code == 201
    assert first.json() == again.json()
    assert _count(hub, Ticket) == 1


def test_same_key_other_body_is_a_conflict(hub: Hub, customer: Person) -> None:
    _post(hub, customer, "k-2", {"title": "one"})
    r = _post(hub, customer, "k-2", {"title": "two"})
    assert r.status_code == 409
    assert r.json()["error"] == "idempotency_conflict"
    assert _count(hub, Ticket) == 1


def test_keys_are_scoped_per_user(hub: Hub, customer: Person, other_customer: Person) -> None:
    a = _post(hub, customer, "shared", {"title": "same"}).json()
    b = _post(hub, other_customer, "shared", {"title": "same"}).json()
    assert a["id"] != b["id"]
    assert b["customer"]["id"] == other_customer.id


def test_comments_are_idempotent_too(hub: Hub, customer: Person, agent: Person) -> None:
    t = hub.ticket(customer)
    path = f"/api/v1/tickets/{t['id']}/comments"
    r1 = _post(hub, agent, "c-1", {"body": "On it"}, path)
    r2 = _post(hub, agent, "c-1", {"body": "On it"}, path)
    assert r1.json()["id"] == r2.json()["id"]
    assert _post(hub, agent, "c-1", {"body": "Other"}, path).status_code == 409
    # The same key on another ticket is another request.
    t2 = hub.ticket(customer)
    r3 = _post(hub, agent, "c-1", {"body": "On it"}, f"/api/v1/tickets/{t2['id']}/comments")
    assert r3.status_code == 409
    assert _count(hub, Comment) == 1


def test_concurrent_retries_create_one_ticket(hub: Hub, customer: Person) -> None:
    payload = {"title": "Flaky network retry"}
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda _: _post(hub, customer, "race", payload), range(16)))
    assert {r.status_code for r in results} == {201}
    assert len({r.json()["id"] for r in results}) == 1
    assert _count(hub, Ticket) == 1


def test_bad_keys_are_refused(hub: Hub, customer: Person) -> None:
    for key in ("x" * 201, "has space"):
        r = _post(hub, customer, key, {"title": "t"})
        assert r.status_code == 422, key
        assert r.json()["error"] == "validation_failed"
