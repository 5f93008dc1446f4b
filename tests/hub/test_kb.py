"""The knowledge base over HTTP: writing, visibility, search, drafts, deflections."""

from __future__ import annotations

from typing import Any

from hub.kbsearch import codes, features
from tests.hub.conftest import Hub, Person, png_bytes

FP = "v1:" + "cd" * 16


def _article(hub: Hub, agent: Person, **fields: Any) -> dict[str, Any]:
    payload = {"title": "t", "body": "", "status": "published", "language": "zh_CN", **fields}
    r = hub.client.post("/api/v1/kb/articles", json=payload, headers=agent.headers)
    assert r.status_code == 201, r.text
    out: dict[str, Any] = r.json()
    return out


def _search(hub: Hub, who: Person, **params: Any) -> list[dict[str, Any]]:
    r = hub.client.get("/api/v1/kb/search", params=params, headers=who.headers)
    assert r.status_code == 200, r.text
    out: list[dict[str, Any]] = r.json()
    return out


def _seed(hub: Hub, agent: Person) -> dict[str, dict[str, Any]]:
    return {
        "login": _article(
            hub,
            agent,
            title="登录失败：用户名或密码错误（错误码 40103）",
            body="密码区分大小写。请检查大写锁定，或在登录页点击“忘记密码”重置。",
            tags=["登录", "密码"],
        ),
        "locked": _article(
            hub,
            agent,
            title="账号被锁定：连续 5 次输错密码",
            body="账号在 5 次失败后锁定 30 分钟。请联系管理员解锁。",
        ),
        "print": _article(
            hub,
            agent,
            title="打印预览空白",
            body="报表打印预览一片空白：请安装 PDF 打印组件并重启。",
        ),
        "ora": _article(
            hub,
            agent,
            title="Cannot connect: ORA-12154 TNS could not resolve",
            body="The client cannot find the database alias. Check tnsnames.ora.",
            language="en",
        ),
        "draft": _article(hub, agent, title="打印机离线（草稿）", body="未完成", status="draft"),
    }


def test_search_typed_ocr_and_codes(hub: Hub, agent: Person, customer: Person) -> None:
    arts = _seed(hub, agent)

    def top(q: str, **kw: Any) -> int:
        return int(_search(hub, customer, q=q, **kw)[0]["article"]["id"])

    assert top("打印出来是空白的") == arts["print"]["id"]
    assert top("登 录 失败 : 用户名 或 密马 错误 错误码 4O103") == arts["login"]["id"]  # OCR slips
    assert top("账号锁定了怎么办") == arts["locked"]["id"]
    hit = _search(hub, customer, q="ORA-12154")[0]
    assert hit["article"]["id"] == arts["ora"]["id"] and "ora-12154" in hit["matched"]
    assert _search(hub, customer, q="完全无关的问题 xyz") == []


def test_drafts_are_for_agents_only(hub: Hub, agent: Person, customer: Person) -> None:
    arts = _seed(hub, agent)
    draft_id = arts["draft"]["id"]
    assert all(h["article"]["id"] != draft_id for h in _search(hub, customer, q="打印机离线"))
    assert (
        hub.client.get(f"/api/v1/kb/articles/{draft_id}", headers=customer.headers).status_code
        == 404
    )
    assert (
        hub.client.get(f"/api/v1/kb/articles/{draft_id}", headers=agent.headers).status_code == 200
    )
    listed = hub.client.get("/api/v1/kb/articles", headers=customer.headers).json()
    assert draft_id not in [a["id"] for a in listed]
    assert (
        hub.client.post(
            "/api/v1/kb/articles", json={"title": "x"}, headers=customer.headers
        ).status_code
        == 403
    )
    # Publishing makes it findable at once.
    r = hub.client.put(
        f"/api/v1/kb/articles/{draft_id}",
        headers=agent.headers,
        json={"title": "打印机离线", "body": "检查打印机电源与网络。", "status": "published"},
    )
    assert r.status_code == 200
    assert _search(hub, customer, q="打印机离线")[0]["article"]["id"] == draft_id


def test_a_resolved_ticket_becomes_a_draft(hub: Hub, agent: Person, customer: Person) -> None:
    blob = hub.upload(customer, png_bytes(color=(7, 7, 7)))
    t = hub.ticket(
        customer,
        title="导入 Excel 报错",
        body="第3行 日期格式错误",
        fingerprint=FP,
        attachments=[
            {
                "sha256": blob["sha256"],
                "name": "s.png",
                "ocr_text": "ImportError: 第3行 日期格式错误",
            }
        ],
    )
    hub.comment(agent, t["id"], "请把日期列设置为 yyyy-mm-dd 格式后重新导入。")
    hub.comment(agent, t["id"], "内部：模板旧了", internal=True)
    r = hub.client.post(f"/api/v1/kb/from-ticket/{t['id']}", headers=agent.headers)
    assert r.status_code == 409  # not resolved yet
    hub.client.patch(
        f"/api/v1/tickets/{t['id']}", json={"status": "resolved"}, headers=agent.headers
    )
    r = hub.client.post(f"/api/v1/kb/from-ticket/{t['id']}", headers=agent.headers)
    draft = r.json()
    assert draft["status"] == "draft" and draft["source_ticket_id"] == t["id"]
    assert "yyyy-mm-dd" in draft["body"] and "ImportError" in draft["body"]
    assert "模板旧了" not in draft["body"]  # internal notes stay internal
    assert draft["fingerprints"] == [FP]
    # Published, the same error's fingerprint finds it first.
    hub.client.put(
        f"/api/v1/kb/articles/{draft['id']}",
        headers=agent.headers,
        json={
            **{k: draft[k] for k in ("title", "body", "tags", "language", "fingerprints")},
            "status": "published",
        },
    )
    hit = _search(hub, customer, q="something unrelated", fingerprint=FP)[0]
    assert hit["article"]["id"] == draft["id"] and "fingerprint" in hit["matched"]


def test_deflections_usage_and_adoption_metrics(hub: Hub, agent: Person, customer: Person) -> None:
    arts = _seed(hub, agent)
    r = hub.client.post(
        "/api/v1/kb/deflections",
        headers=customer.headers,
        json={"article_id": arts["print"]["id"], "query": "打印空白"},
    )
    assert r.status_code == 201
    r = hub.client.post(
        "/api/v1/kb/deflections", headers=customer.headers, json={"article_id": arts["draft"]["id"]}
    )
    assert r.status_code == 404  # customers cannot see drafts, so cannot be helped by one
    t1, t2 = hub.ticket(customer, title="打印空白"), hub.ticket(customer, title="Other")
    sugg = hub.client.get(f"/api/v1/kb/suggestions/{t1['id']}", headers=agent.headers).json()
    assert sugg[0]["article"]["id"] == arts["print"]["id"]
    r = hub.client.post(
        f"/api/v1/kb/articles/{arts['print']['id']}/used",
        headers=agent.headers,
        json={"ticket_id": t1["id"]},
    )
    assert r.status_code == 201
    for t in (t1, t2):
        hub.client.patch(
            f"/api/v1/tickets/{t['id']}", json={"status": "resolved"}, headers=agent.headers
        )
    m = hub.client.get("/api/v1/metrics", headers=agent.headers).json()
    assert m["knowledge_base"] == {"deflections": 1, "articles_used": 1, "adoption_rate": 0.5}


def test_text_features_survive_spaces_and_case() -> None:
    assert features("登 录 失 败") == features("登录失败")
    assert codes("HRESULT 0x80O7OOO5") == {"0x80070005"}
    assert codes("SQLSTATE[42S01]") == codes("sqlstate 42S01")


def test_a_retried_create_makes_one_article(hub: Hub, agent: Person) -> None:
    body = {"title": "VPN 断开", "body": "重新登录 VPN 客户端。", "status": "published"}
    headers = {**agent.headers, "Idempotency-Key": "kb-create-1"}
    first = hub.client.post("/api/v1/kb/articles", json=body, headers=headers)
    again = hub.client.post("/api/v1/kb/articles", json=body, headers=headers)
    assert first.status_code == again.status_code == 201
    assert first.json()["id"] == again.json()["id"]
    titles = [
        a["title"] for a in hub.client.get("/api/v1/kb/articles", headers=agent.headers).json()
    ]
    assert titles.count("VPN 断开") == 1
    other = hub.client.post(
        "/api/v1/kb/articles", json={**body, "title": "另一篇"}, headers=headers
    )
    assert other.status_code == 409 and other.json()["error"] == "idempotency_conflict"
