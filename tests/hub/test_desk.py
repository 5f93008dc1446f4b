"""The desk: admin, routing, priority, SLA on tickets, the resolution loop,
merging, presence and canned replies."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from hub import desk
from hub.models import Ticket
from hub.priority import decide, suggest
from hub.timeutil import utcnow
from tests.hub.conftest import PASSWORD, Hub, Person


@pytest.fixture
def admin(hub: Hub) -> Person:
    return hub.person("admin", name="Admin")


def _category(hub: Hub, who: Person, slug: str) -> dict[str, Any]:
    cats = hub.client.get("/api/v1/categories", headers=who.headers).json()
    return next(c for c in cats if c["slug"] == slug)


def _members(hub: Hub, admin: Person, group_id: int, members: list[Person]) -> None:
    groups = hub.client.get("/api/v1/groups", headers=admin.headers).json()
    g = next(g for g in groups if g["id"] == group_id)
    r = hub.client.put(
        f"/api/v1/groups/{group_id}",
        headers=admin.headers,
        json={"name": g["name"], "member_ids": [m.id for m in members]},
    )
    assert r.status_code == 200, r.text


def _reason(hub: Hub, who: Person, ticket_id: int) -> str:
    history = hub.client.get(f"/api/v1/tickets/{ticket_id}/history", headers=who.headers).json()
    return str(next(h for h in history if h["action"] == "routed")["detail"]["reason"])


def test_admin_creates_agents_with_a_temporary_password(
    hub: Hub, admin: Person, agent: Person
) -> None:
    r = hub.client.post(
        "/api/v1/users",
        headers=admin.headers,
        json={"email": "zhao@corp.local", "display_name": "赵敏", "role": "agent", "senior": True},
    )
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["user"]["senior"] is True and body["temporary_password"]
    r = hub.client.post(
        "/api/v1/auth/login",
        json={"email": "zhao@corp.local", "password": body["temporary_password"]},
    )
    assert r.status_code == 200
    assert (
        hub.client.post(
            "/api/v1/users",
            headers=agent.headers,
            json={"email": "x@corp.local", "display_name": "X"},
        ).status_code
        == 403
    )


def test_deactivation_and_password_reset_sign_the_user_out(
    hub: Hub, admin: Person, agent: Person
) -> None:
    r = hub.client.post(f"/api/v1/users/{agent.id}/password", headers=admin.headers)
    temp = r.json()["temporary_password"]
    assert hub.client.get("/api/v1/me", headers=agent.headers).status_code == 401
    assert (
        hub.client.post(
            "/api/v1/auth/login", json={"email": agent.email, "password": PASSWORD}
        ).status_code
        == 401
    )
    token = hub.client.post(
        "/api/v1/auth/login", json={"email": agent.email, "password": temp}
    ).json()["token"]
    r = hub.client.patch(f"/api/v1/users/{agent.id}", headers=admin.headers, json={"active": False})
    assert r.json()["active"] is False
    assert (
        hub.client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"}).status_code
        == 401
    )
    r = hub.client.patch(f"/api/v1/users/{admin.id}", headers=admin.headers, json={"active": False})
    assert r.status_code == 409


def test_least_loaded_available_agent_gets_the_ticket(
    hub: Hub, admin: Person, customer: Person
) -> None:
    li, wang, off = (hub.person("agent", name=n) for n in ("Li", "Wang", "Off"))
    cat = _category(hub, customer, "error_bug")
    _members(hub, admin, cat["group_id"], [li, wang, off])
    hub.client.patch("/api/v1/me", headers=off.headers, json={"available": False})
    got = [
        hub.ticket(customer, title=f"Error {i}", category_id=cat["id"])["assignee"]["id"]
        for i in range(4)
    ]
    assert got == [li.id, wang.id, li.id, wang.id]  # never the unavailable one
    t = hub.ticket(customer, title="Error 5", category_id=cat["id"])
    assert _reason(hub, li, t["id"]) == (
        "routed to Technical: category=error_bug; "
        "assigned to Li: 2 open, lowest load of 2 available"
    )
    hub.client.patch("/api/v1/me", headers=li.headers, json={"available": False})
    hub.client.patch("/api/v1/me", headers=wang.headers, json={"available": False})
    t = hub.ticket(customer, title="Error 6", category_id=cat["id"])
    assert t["assignee"] is None and t["group_id"] == cat["group_id"]
    assert _reason(hub, li, t["id"]).endswith("no agent available, waiting in the group queue")
    r = hub.client.patch("/api/v1/me", headers=customer.headers, json={"available": True})
    assert r.status_code == 403


def test_vip_tickets_go_to_senior_agents(hub: Hub, admin: Person) -> None:
    junior, senior = hub.person("agent", name="Junior"), hub.person("agent", name="Senior")
    hub.client.patch(f"/api/v1/users/{senior.id}", headers=admin.headers, json={"senior": True})
    vip = hub.person("customer", vip=True)
    cat = _category(hub, vip, "account_login")
    _members(hub, admin, cat["group_id"], [junior, senior])
    for _ in range(3):
        t = hub.ticket(vip, title="无法登录", category_id=cat["id"])
        assert t["assignee"]["id"] == senior.id
    assert "VIP customer → senior agents" in _reason(hub, admin, t["id"])
    assert t["priority"] == "P1"  # 无法登录 → P2, VIP → P1


def test_priority_suggestions() -> None:
    assert suggest("ERP 系统瘫痪，全部用户无法使用")[0] == "P1"
    assert suggest("All users get a blank page")[0] == "P1"
    assert suggest("Cannot save the invoice")[0] == "P2"
    assert suggest("请问如何导出报表")[0] == "P4"
    assert suggest("The icon looks odd")[0] == "P3"
    # A customer's proposal may raise the suggestion by one level at most.
    assert decide("The icon looks odd", "P1", vip=False)[0] == "P2"
    assert decide("Cannot save", "P4", vip=False)[0] == "P4"
    priority, why = decide("Cannot save", None, vip=True)
    assert priority == "P1" and "VIP" in why


def test_waiting_on_the_customer_stops_the_clock(hub: Hub, customer: Person, agent: Person) -> None:
    t = hub.ticket(customer, title="Slow report")
    due = t["resolution_due"]
    hub.client.patch(
        f"/api/v1/tickets/{t['id']}", headers=agent.headers, json={"status": "waiting_on_customer"}
    )
    with hub.db.session(write=True) as s:
        row = s.get(Ticket, t["id"])
        assert row is not None and row.sla_paused_at is not None
        row.sla_paused_at = utcnow() - timedelta(hours=2)
        s.commit()
    hub.comment(customer, t["id"], "Here is the log")  # back to in_progress
    after = hub.client.get(f"/api/v1/tickets/{t['id']}", headers=agent.headers).json()
    assert after["status"] == "in_progress"
    from datetime import datetime

    moved = datetime.fromisoformat(after["resolution_due"]) - datetime.fromisoformat(due)
    assert timedelta(hours=1, minutes=59) < moved < timedelta(hours=2, minutes=1)


def test_sla_settings_and_breaches(
    hub: Hub, admin: Person, customer: Person, agent: Person
) -> None:
    sla = hub.client.get("/api/v1/sla", headers=agent.headers).json()
    assert sla["policies"][0] == {
        "priority": "P1",
        "first_response_minutes": 30,
        "resolution_minutes": 240,
    }
    sla["policies"][3]["first_response_minutes"] = 60
    sla["calendar"].update(enabled=True, holidays=["2026-10-01"])
    r = hub.client.put("/api/v1/sla", headers=admin.headers, json=sla)
    assert r.status_code == 200 and r.json()["calendar"]["holidays"] == ["2026-10-01"]
    bad = {**sla, "calendar": {**sla["calendar"], "timezone": "Mars/Olympus"}}
    r = hub.client.put("/api/v1/sla", headers=admin.headers, json=bad)
    assert r.status_code == 422 and "time zone" in r.json()["message"]
    assert hub.client.put("/api/v1/sla", headers=agent.headers, json=sla).status_code == 403
    t = hub.ticket(customer, title="Late one")
    with hub.db.session(write=True) as s:
        row = s.get(Ticket, t["id"])
        assert row is not None
        row.first_response_due = utcnow() - timedelta(minutes=1)
        s.commit()
    with hub.client.websocket_connect("/api/v1/events", headers=agent.headers) as ws:
        with hub.db.session(write=True) as s:
            from hub.events import bind_broker

            bind_broker(s, hub.app.state.hub.broker)  # type: ignore[attr-defined]
            assert desk.flag_breaches(s) == 1
            s.commit()
        event = ws.receive_json()
    assert event["type"] == "sla_breached" and event["targets"] == ["first_response"]
    with hub.db.session(write=True) as s:
        assert desk.flag_breaches(s) == 0  # once only
    history = hub.client.get(f"/api/v1/tickets/{t['id']}/history", headers=agent.headers).json()
    assert [h["detail"]["target"] for h in history if h["action"] == "sla_breached"] == [
        "first_response"
    ]


def test_resolution_loop_yes_with_rating_and_no_with_comment(
    hub: Hub, customer: Person, agent: Person
) -> None:
    t = hub.ticket(customer)
    path = f"/api/v1/tickets/{t['id']}/resolution"
    r = hub.client.post(path, headers=customer.headers, json={"solved": True, "rating": 5})
    assert r.status_code == 409  # not resolved yet
    hub.client.patch(
        f"/api/v1/tickets/{t['id']}", headers=agent.headers, json={"status": "resolved"}
    )
    r = hub.client.post(
        path, headers=customer.headers, json={"solved": False, "comment": "还是报错"}
    )
    assert r.json()["status"] == "open" and r.json()["comments"][-1]["body"] == "还是报错"
    hub.client.patch(
        f"/api/v1/tickets/{t['id']}", headers=agent.headers, json={"status": "resolved"}
    )
    assert (
        hub.client.post(path, headers=agent.headers, json={"solved": True, "rating": 5}).status_code
        == 403
    )
    assert hub.client.post(path, headers=customer.headers, json={"solved": True}).status_code == 422
    r = hub.client.post(
        path, headers=customer.headers, json={"solved": True, "rating": 4, "comment": "谢谢"}
    )
    assert r.json()["status"] == "closed"
    assert (r.json()["rating"], r.json()["rating_comment"]) == (4, "谢谢")  # told back
    seen = hub.client.get(f"/api/v1/tickets/{t['id']}", headers=customer.headers).json()
    assert seen["rating"] == 4
    with hub.db.session() as s:
        row = s.get(Ticket, t["id"])
        assert row is not None and (row.csat_score, row.csat_comment, row.reopen_count) == (
            4,
            "谢谢",
            1,
        )


def test_unanswered_resolved_tickets_close_by_themselves(
    hub: Hub, customer: Person, agent: Person
) -> None:
    t = hub.ticket(customer)
    hub.client.patch(
        f"/api/v1/tickets/{t['id']}", headers=agent.headers, json={"status": "resolved"}
    )
    with hub.db.session(write=True) as s:
        assert desk.auto_close(s, days=7) == 0
        row = s.get(Ticket, t["id"])
        assert row is not None
        row.resolved_at = utcnow() - timedelta(days=8)
        s.commit()
    with hub.db.session(write=True) as s:
        assert desk.auto_close(s, days=7) == 1
        s.commit()
    got = hub.client.get(f"/api/v1/tickets/{t['id']}", headers=customer.headers).json()
    assert got["status"] == "closed"


def test_merge_keeps_everything_and_tells_the_customer(
    hub: Hub, customer: Person, other_customer: Person, agent: Person
) -> None:
    blob = hub.upload(customer, b"log line\n", mime="text/plain")
    dup = hub.ticket(
        customer, title="Dup", attachments=[{"sha256": blob["sha256"], "name": "a.log"}]
    )
    hub.comment(customer, dup["id"], "more info on the dup")
    keep = hub.ticket(customer, title="Original")
    r = hub.client.post(
        f"/api/v1/tickets/{dup['id']}/merge", headers=agent.headers, json={"into_id": keep["id"]}
    )
    assert r.status_code == 200, r.text
    merged = r.json()
    bodies = [c["body"] for c in merged["comments"]]
    assert "more info on the dup" in bodies
    assert any("was merged into this ticket" in b for b in bodies)
    assert [a["name"] for a in merged["attachments"]] == ["a.log"]
    old = hub.client.get(f"/api/v1/tickets/{dup['id']}", headers=customer.headers).json()
    assert old["status"] == "closed"
    assert "merged into " + keep["number"] in old["comments"][-1]["body"]
    theirs = hub.ticket(other_customer, title="Someone else's")
    r = hub.client.post(
        f"/api/v1/tickets/{keep['id']}/merge", headers=agent.headers, json={"into_id": theirs["id"]}
    )
    assert r.status_code == 409 and r.json()["error"] == "different_customers"


def test_presence_tells_agents_who_else_is_here(hub: Hub, customer: Person, agent: Person) -> None:
    other = hub.person("agent", name="Wang")
    t = hub.ticket(customer)
    with hub.client.websocket_connect("/api/v1/events", headers=other.headers) as ws:
        r = hub.client.post(
            f"/api/v1/tickets/{t['id']}/presence", headers=agent.headers, json={"state": "replying"}
        )
        assert r.json()[0]["agent"]["display_name"] == "Li Wei"
        event = ws.receive_json()
    assert event["type"] == "presence" and event["agents"][0]["state"] == "replying"
    got = hub.client.get(f"/api/v1/tickets/{t['id']}/presence", headers=other.headers).json()
    assert [p["agent"]["id"] for p in got] == [agent.id]
    hub.client.post(
        f"/api/v1/tickets/{t['id']}/presence", headers=agent.headers, json={"state": "left"}
    )
    assert hub.client.get(f"/api/v1/tickets/{t['id']}/presence", headers=other.headers).json() == []
    assert (
        hub.client.post(
            f"/api/v1/tickets/{t['id']}/presence",
            headers=customer.headers,
            json={"state": "viewing"},
        ).status_code
        == 403
    )


def test_canned_replies_fill_in_placeholders(hub: Hub, customer: Person, agent: Person) -> None:
    r = hub.client.post(
        "/api/v1/canned",
        headers=agent.headers,
        json={
            "title": "Restart",
            "body": "您好 {customer_name}，关于 {ticket_number}：请重启后再试。— {agent_name}",
        },
    )
    reply = r.json()
    t = hub.ticket(customer)
    r = hub.client.get(
        f"/api/v1/canned/{reply['id']}/render", headers=agent.headers, params={"ticket_id": t["id"]}
    )
    name = t["customer"]["display_name"]
    assert r.json()["text"] == f"您好 {name}，关于 {t['number']}：请重启后再试。— Li Wei"
    assert hub.client.get("/api/v1/canned", headers=customer.headers).status_code == 403
    assert (
        hub.client.delete(f"/api/v1/canned/{reply['id']}", headers=agent.headers).status_code == 204
    )


def test_groups_and_categories_are_editable(hub: Hub, admin: Person, agent: Person) -> None:
    r = hub.client.post(
        "/api/v1/groups", headers=admin.headers, json={"name": "Billing", "member_ids": [agent.id]}
    )
    assert r.status_code == 201 and r.json()["member_ids"] == [agent.id]
    gid = r.json()["id"]
    r = hub.client.post(
        "/api/v1/categories",
        headers=admin.headers,
        json={"slug": "invoice", "name": "Invoices", "name_zh": "发票", "group_id": gid},
    )
    assert r.status_code == 201
    cid = r.json()["id"]
    r = hub.client.post(
        "/api/v1/categories",
        headers=admin.headers,
        json={"slug": "invoice", "name": "Again", "name_zh": "再", "group_id": gid},
    )
    assert r.status_code == 409
    r = hub.client.post(
        "/api/v1/groups",
        headers=admin.headers,
        json={"name": "Bad", "member_ids": [admin.id + 1000]},
    )
    assert r.status_code == 422
    customer = hub.person("customer")
    t = hub.ticket(customer, title="发票打不开", category_id=cid)
    assert t["assignee"]["id"] == agent.id
    assert _reason(hub, agent, t["id"]).startswith("routed to Billing: category=invoice")
    r = hub.client.patch(f"/api/v1/categories/{cid}", headers=admin.headers, json={"active": False})
    assert r.status_code == 200
    slugs = [c["slug"] for c in hub.client.get("/api/v1/categories", headers=admin.headers).json()]
    assert "invoice" not in slugs
