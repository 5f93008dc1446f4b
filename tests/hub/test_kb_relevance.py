"""Relevance on the seeded knowledge base (benchmarks/data): recall@3 ≥ 0.9."""

from __future__ import annotations

from typing import Any

from benchmarks.kb import evaluate, load, publish
from tests.hub.conftest import Hub


def test_seeded_queries_find_their_articles(hub: Hub) -> None:
    articles, queries = load()
    assert len(articles) >= 40 and len(queries) >= 40
    agent = hub.person("agent")
    customer = hub.person("customer")
    cats = {
        c["slug"]: c["id"]
        for c in hub.client.get("/api/v1/categories", headers=agent.headers).json()
    }

    def post(body: dict[str, Any]) -> dict[str, Any]:
        r = hub.client.post("/api/v1/kb/articles", json=body, headers=agent.headers)
        assert r.status_code == 201, r.text
        out: dict[str, Any] = r.json()
        return out

    ids = publish(post, cats, articles)

    def ranked(q: str) -> list[str]:
        hits = hub.client.get(
            "/api/v1/kb/search", params={"q": q, "limit": 10}, headers=customer.headers
        ).json()
        return [ids[h["article"]["id"]] for h in hits]

    result = evaluate(queries, ranked)
    assert result["recall_at_3"] >= 0.9, result["misses"]
    assert result["by_kind"]["code"]["recall_at_3"] == 1.0, result["misses"]
    assert result["by_kind"]["ocr"]["recall_at_3"] >= 0.85, result["misses"]
