"""Filing, listing, changing and answering tickets."""

from __future__ import annotations

from hub.statuses import Status
from tests.hub.conftest import Hub, Person


def test_create_ticket_fills_in_what_the_hub_decides(hub: Hub, customer: Person) -> None:
    cats = hub.client.get("/api/v1/categories", headers=customer.headers).json()
    assert [c["slug"] for c in cats] == [
        "account_login",
        "permissions",
        "install_upgrade",
        "import_export",
        "reports_printing",
        "performance",
        "error_bug",
        "other",
    ]
    error_bug = next(c for c in cats if c["slug"] == "error_bug")
    t = hub.ticket(
        customer, category_id=error_bug["id"], priority="P2", fingerprint="v1:0123456789abcdef"
    )
    assert t["number"] == f"KF-{1000 + t['id']}"
    assert t["status"] == "new"
    assert t["priority"] == "P2"
    assert t["group_id"] == error_bug["group_id"]
    assert t["customer"]["id"] == customer.id
    assert t["assignee"] is None
    assert t["fingerprint"] == "v1:0123456789abcdef"
    assert t["created_at"].endswith("Z")
    assert t["first_response_due"] < t["resolution_due"]
    assert t["comments"] == [] and t["attachments"] == []


def test_vip_customers_get_a_higher_priority_with_a_reason(hub: Hub, agent: Person) -> None:
    vip = hub.person("customer", vip=True)
    t = hub.ticket(vip, priority="P3")
    assert t["priority"] == "P2"
    history = hub.client.get(f"/api/v1/tickets/{t['id']}/history", headers=agent.headers).json()
    decided = next(h for h in history if h["action"] == "priority_decided")
    assert "VIP" in decided["detail"]["reason"]


def test_routing_records_why(hub: Hub, customer: Person, agent: Person) -> None:
    cats = hub.client.get("/api/v1/categories", headers=customer.headers).json()
    login = next(c for c in cats if c["slug"] == "account_login")
    t = hub.ticket(customer, category_id=login["id"])
    history = hub.client.get(f"/api/v1/tickets/{t['id']}/history", headers=agent.headers).json()
    routed = next(h for h in history if h["action"] == "routed")
    assert routed["detail"]["reason"] == (
        "routed to Accounts: category=account_login; no agent available, waiting in the group queue"
    )


def test_create_rejects_bad_input_clearly(hub: Hub, customer: Person) -> None:
    cases = [
        ({"title": "   "}, "title"),
        ({"title": "x" * 301}, "title"),
        ({"title": "ok", "priority": "P9"}, "priority"),
        ({"title": "ok", "fingerprint": "md5:abc"}, "fingerprint"),
        ({"title": "ok", "surprise": 1}, "surprise"),
        ({"title": "ok", "category_id": 0}, "category_id"),
    ]
    for payload, field in cases:
        r = hub.client.post("/api/v1/tickets", json=payload, headers=customer.headers)
        assert r.status_code == 422, payload
        assert r.json()["error"] == "validation_failed"
        assert field in [d["field"] for d in r.json()["details"]], payload
    r = hub.client.post(
        "/api/v1/tickets", json={"title": "ok", "category_id": 999}, headers=customer.headers
    )
    assert r.status_code == 422 and "categor" in r.json()["message"]


def test_malformed_json_and_wrong_types(hub: Hub, customer: Person) -> None:
    r = hub.client.post(
        "/api/v1/tickets",
        content=b"{not json",
        headers={**customer.headers, "Content-Type": "application/json"},
    )
    assert r.status_code == 422 and r.json()["error"] == "invalid_json"
    r = hub.client.post("/api/v1/tickets", json=["a list"], headers=customer.headers)
    assert r.status_code == 422 and r.json()["error"] == "validation_failed"


def test_unknown_and_absurd_ids(hub: Hub, agent: Person) -> None:
    for path in ("/api/v1/tickets/424242", "/api/v1/attachments/999"):
        r = hub.client.get(path, headers=agent.headers)
        assert r.status_code == 404 and r.json()["error"] == "not_found"
    for bad in ("0", "-1", str(2**70), "abc"):
        r = hub.client.get(f"/api/v1/tickets/{bad}", headers=agent.headers)
        assert r.status_code == 422, bad
        assert r.json()["error"] == "validation_failed"


def test_list_filters_and_search(hub: Hub, customer: Person, agent: Person) -> None:
    a = hub.ticket(customer, title="打印报表时系统瘫痪", priority="P1")
    b = hub.ticket(customer, title="Login fails with ORA-12154", priority="P3")
    hub.client.patch(
        f"/api/v1/tickets/{b['id']}", json={"assignee_id": agent.id}, headers=agent.headers
    )

    def ids(**params: str) -> list[int]:
        r = hub.client.get("/api/v1/tickets", params=params, headers=agent.headers)
        assert r.status_code == 200, r.text
        return [t["id"] for t in r.json()["items"]]

    assert ids() == [b["id"], a["id"]]  # newest update first
    assert ids(priority="P1") == [a["id"]]
    assert ids(status="open") == [b["id"]]
    assert ids(status="new,open") == [b["id"], a["id"]]
    assert ids(assignee_id="me") == [b["id"]]
    assert ids(assignee_id="none") == [a["id"]]
    assert ids(q="报表") == [a["id"]]
    assert ids(q="ora-12154") == [b["id"]]
    assert ids(q=a["number"]) == [a["id"]]
    assert ids(q="100%_") == []
    r = hub.client.get("/api/v1/tickets", params={"status": "pending"}, headers=agent.headers)
    assert r.status_code == 422 and "pending" in r.json()["message"]


def test_cursor_paging_walks_every_ticket_once(hub: Hub, customer: Person, agent: Person) -> None:
    made = {hub.ticket(customer, title=f"Ticket {i}")["id"] for i in range(7)}
    seen: list[int] = []
    cursor = None
    while True:
        params: dict[str, str | int] = {"limit": 3}
        if cursor:
            params["cursor"] = cursor
        page = hub.client.get("/api/v1/tickets", params=params, headers=agent.headers).json()
        seen += [t["id"] for t in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert sorted(seen) == sorted(made) and len(seen) == 7
    r = hub.client.get("/api/v1/tickets", params={"cursor": "garbage!"}, headers=agent.headers)
    assert r.status_code == 422


def test_updated_since_returns_only_changes(hub: Hub, customer: Person, agent: Person) -> None:
    old = hub.ticket(customer, title="old")
    new = hub.ticket(customer, title="new")
    since = new["updated_at"]
    r = hub.client.get("/api/v1/tickets", params={"updated_since": since}, headers=agent.headers)
    assert [t["id"] for t in r.json()["items"]] == [new["id"]]
    hub.comment(agent, old["id"], "Looking into it")
    r = hub.client.get("/api/v1/tickets", params={"updated_since": since}, headers=agent.headers)
    assert {t["id"] for t in r.json()["items"]} == {old["id"], new["id"]}
    r = hub.client.get(
        "/api/v1/tickets", params={"updated_since": "2026-01-01T00:00:00"}, headers=agent.headers
    )
    assert r.status_code == 422 and "time zone" in r.json()["message"]


def test_the_whole_life_of_a_ticket(hub: Hub, customer: Person, agent: Person) -> None:
    t = hub.ticket(customer)
    tid = t["id"]

    def status() -> str:
        return str(hub.client.get(f"/api/v1/tickets/{tid}", headers=agent.headers).json()["status"])

    reply = hub.comment(agent, tid, "Please send the log file.")
    assert reply["author"]["role"] == "agent" and not reply["internal"]
    detail = hub.client.get(f"/api/v1/tickets/{tid}", headers=agent.headers).json()
    assert detail["status"] == "open" and detail["first_response_at"] is not None
    r = hub.client.patch(
        f"/api/v1/tickets/{tid}", json={"status": "waiting_on_customer"}, headers=agent.headers
    )
    assert r.status_code == 200 and r.json()["status"] == "waiting_on_customer"
    hub.comment(customer, tid, "Here it is.")
    assert status() == "in_progress"
    r = hub.client.patch(
        f"/api/v1/tickets/{tid}", json={"status": "resolved"}, headers=agent.headers
    )
    assert r.json()["resolved_at"] is not None
    # The customer sees what they may do now.
    mine = hub.client.get(f"/api/v1/tickets/{tid}", headers=customer.headers).json()
    assert mine["allowed_statuses"] == ["closed", "open"]
    r = hub.client.patch(
        f"/api/v1/tickets/{tid}", json={"status": "open"}, headers=customer.headers
    )
    assert r.status_code == 200 and r.json()["resolved_at"] is None  # "Not solved"
    hub.client.patch(f"/api/v1/tickets/{tid}", json={"status": "resolved"}, headers=agent.headers)
    r = hub.client.patch(
        f"/api/v1/tickets/{tid}", json={"status": "closed"}, headers=customer.headers
    )
    assert r.status_code == 200 and r.json()["closed_at"] is not None  # "Solved"
    hub.comment(customer, tid, "It broke again")
    assert status() == "open"
    history = hub.client.get(f"/api/v1/tickets/{tid}/history", headers=agent.headers).json()
    assert [h["action"] for h in history][:2] == ["created", "priority_decided"]
    assert any(h["action"] == "updated" and h["actor"]["id"] == customer.id for h in history)


def test_invalid_transitions_say_where_a_ticket_can_go(
    hub: Hub, customer: Person, agent: Person
) -> None:
    t = hub.ticket(customer)
    r = hub.client.patch(
        f"/api/v1/tickets/{t['id']}", json={"status": "closed"}, headers=customer.headers
    )
    assert r.status_code == 409
    assert r.json()["error"] == "invalid_transition"
    hub.client.patch(f"/api/v1/tickets/{t['id']}", json={"status": "closed"}, headers=agent.headers)
    r = hub.client.patch(
        f"/api/v1/tickets/{t['id']}", json={"status": "resolved"}, headers=agent.headers
    )
    assert r.status_code == 409
    assert r.json()["details"]["allowed"] == ["open"]
    assert "can go to: open" in r.json()["message"]
    r = hub.client.patch(
        f"/api/v1/tickets/{t['id']}", json={"status": "deleted"}, headers=agent.headers
    )
    assert r.status_code == 422
    r = hub.client.patch(f"/api/v1/tickets/{t['id']}", json={}, headers=agent.headers)
    assert r.status_code == 422 and "Nothing to change" in r.json()["message"]


def test_agents_assign_reprioritize_and_recategorize(
    hub: Hub, customer: Person, agent: Person
) -> None:
    t = hub.ticket(customer, priority="P4")
    cats = hub.client.get("/api/v1/categories", headers=agent.headers).json()
    perf = next(c for c in cats if c["slug"] == "performance")
    r = hub.client.patch(
        f"/api/v1/tickets/{t['id']}",
        json={"assignee_id": agent.id, "priority": "P1", "category_id": perf["id"]},
        headers=agent.headers,
    )
    body = r.json()
    assert body["assignee"] == {"id": agent.id, "display_name": "Li Wei"}
    assert body["status"] == Status.OPEN  # assignment acknowledges a new ticket
    assert body["priority"] == "P1" and body["group_id"] == perf["group_id"]
    assert body["resolution_due"] < t["resolution_due"]  # P1 is due sooner
    r = hub.client.patch(
        f"/api/v1/tickets/{t['id']}", json={"assignee_id": None}, headers=agent.headers
    )
    assert r.json()["assignee"] is None
    r = hub.client.patch(
        f"/api/v1/tickets/{t['id']}", json={"assignee_id": customer.id}, headers=agent.headers
    )
    assert r.status_code == 422 and "agents" in r.json()["message"]


def test_internal_notes_are_for_agents_only(hub: Hub, customer: Person, agent: Person) -> None:
    t = hub.ticket(customer)
    hub.comment(agent, t["id"], "Public answer")
    hub.comment(agent, t["id"], "Customer is on the old version", internal=True)
    seen_by_customer = hub.client.get(f"/api/v1/tickets/{t['id']}", headers=customer.headers).json()
    assert [c["body"] for c in seen_by_customer["comments"]] == ["Public answer"]
    seen_by_agent = hub.client.get(f"/api/v1/tickets/{t['id']}", headers=agent.headers).json()
    assert [c["internal"] for c in seen_by_agent["comments"]] == [False, True]
    assert seen_by_agent["comment_count"] == 1  # public replies only
    r = hub.client.post(
        f"/api/v1/tickets/{t['id']}/comments",
        json={"body": "sneaky", "internal": True},
        headers=customer.headers,
    )
    assert r.status_code == 403 and r.json()["error"] == "forbidden"
