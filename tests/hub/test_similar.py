"""Duplicate suggestions and OCR-text search: useful, and never across customers."""

from __future__ import annotations

from typing import Any

from hub.similar import similarity
from tests.hub.conftest import Hub, Person, png_bytes

FP = "v1:" + "ab" * 16


def _similar(hub: Hub, who: Person, **params: Any) -> list[dict[str, Any]]:
    r = hub.client.get("/api/v1/tickets/similar", params=params, headers=who.headers)
    assert r.status_code == 200, r.text
    out: list[dict[str, Any]] = r.json()
    return out


def test_same_fingerprint_is_offered_first(hub: Hub, customer: Person) -> None:
    first = hub.ticket(customer, title="保存失败 0x80070005", fingerprint=FP)
    hub.ticket(customer, title="Printer is slow")
    found = _similar(hub, customer, fingerprint=FP, text="something else entirely")
    assert [(m["ticket"]["id"], m["reason"]) for m in found] == [(first["id"], "fingerprint")]


def test_similar_text_matches_despite_ocr_slips(hub: Hub, customer: Person) -> None:
    t = hub.ticket(customer, title="登录失败：用户名或密码错误", body="错误码：40103")
    hub.ticket(customer, title="打印预览空白", body="报表打印时没有内容")
    found = _similar(hub, customer, text="登录失败:用户名或密马错误 错误码 40103")
    assert [m["ticket"]["id"] for m in found] == [t["id"]]
    assert found[0]["reason"] == "text" and found[0]["score"] >= 0.35


def test_a_customer_is_never_offered_someone_elses_ticket(
    hub: Hub, customer: Person, other_customer: Person, agent: Person
) -> None:
    theirs = hub.ticket(other_customer, title="ORA-12154: TNS could not resolve", fingerprint=FP)
    assert _similar(hub, customer, fingerprint=FP, text="ORA-12154: TNS could not resolve") == []
    # Agents see duplicates across the desk.
    assert [m["ticket"]["id"] for m in _similar(hub, agent, fingerprint=FP)] == [theirs["id"]]


def test_closed_tickets_are_not_offered(hub: Hub, customer: Person, agent: Person) -> None:
    t = hub.ticket(customer, fingerprint=FP)
    hub.client.patch(f"/api/v1/tickets/{t['id']}", json={"status": "closed"}, headers=agent.headers)
    assert _similar(hub, customer, fingerprint=FP) == []


def test_bad_fingerprint_is_a_clear_error(hub: Hub, customer: Person) -> None:
    r = hub.client.get(
        "/api/v1/tickets/similar", params={"fingerprint": "x"}, headers=customer.headers
    )
    assert r.status_code == 422 and r.json()["error"] == "validation_failed"


def test_ocr_text_of_screenshots_is_searchable(
    hub: Hub, customer: Person, other_customer: Person, agent: Person
) -> None:
    blob = hub.upload(customer, png_bytes(color=(4, 4, 4)))
    t = hub.ticket(
        customer,
        title="Error on save",
        attachments=[
            {
                "sha256": blob["sha256"],
                "name": "s.png",
                "ocr_text": "HRESULT 0x8007000E out of memory",
            }
        ],
    )
    params = {"q": "0x8007000E"}
    r = hub.client.get("/api/v1/tickets", params=params, headers=agent.headers)
    assert [x["id"] for x in r.json()["items"]] == [t["id"]]
    r = hub.client.get("/api/v1/tickets", params=params, headers=customer.headers)
    assert [x["id"] for x in r.json()["items"]] == [t["id"]]
    r = hub.client.get("/api/v1/tickets", params=params, headers=other_customer.headers)
    assert r.json()["items"] == []
    r = hub.client.get("/api/v1/tickets", params={"fingerprint": FP}, headers=agent.headers)
    assert r.json()["items"] == []


def test_notes_ocr_text_does_not_leak_to_customers(
    hub: Hub, customer: Person, agent: Person
) -> None:
    t = hub.ticket(customer, title="Slow start")
    blob = hub.upload(agent, png_bytes(color=(8, 8, 8)))
    hub.client.post(
        f"/api/v1/tickets/{t['id']}/comments",
        headers=agent.headers,
        json={
            "body": "server side",
            "internal": True,
            "attachments": [
                {"sha256": blob["sha256"], "name": "srv.png", "ocr_text": "secret-host-42"}
            ],
        },
    )
    r = hub.client.get("/api/v1/tickets", params={"q": "secret-host-42"}, headers=customer.headers)
    assert r.json()["items"] == []
    r = hub.client.get("/api/v1/tickets", params={"q": "secret-host-42"}, headers=agent.headers)
    assert [x["id"] for x in r.json()["items"]] == [t["id"]]


def test_similarity_basics() -> None:
    assert similarity("abc", "") == 0.0
    assert similarity("Cannot connect to server", "cannot connect to server!") == 1.0
    assert similarity("完全不同的内容", "Printer offline") == 0.0
