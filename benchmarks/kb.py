"""Knowledge-base relevance: the seeded articles and realistic customer queries
(typed, OCR'd with misread characters, bare error codes) against a real hub
process. Baseline in the same run: the plain substring search a simple help
centre offers (`GET /kb/articles?q=`). Prints JSON with recall_at_3 and mrr.

    .venv/bin/python benchmarks/kb.py
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import requests

DATA = Path(__file__).parent / "data"


def load() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    articles = json.loads((DATA / "kb_articles.json").read_text(encoding="utf-8"))
    queries = json.loads((DATA / "kb_queries.json").read_text(encoding="utf-8"))
    return articles, queries


def evaluate(queries: list[dict[str, Any]], ranked: Callable[[str], list[str]]) -> dict[str, Any]:
    """recall@3 and MRR of `ranked(query) -> article keys, best first`, overall and by kind."""
    rows = []
    for q in queries:
        keys = ranked(q["query"])
        ranks = [keys.index(k) + 1 for k in q["expected"] if k in keys]
        best = min(ranks) if ranks else None
        rows.append(
            {
                "kind": q["kind"],
                "hit3": best is not None and best <= 3,
                "rr": 1 / best if best else 0.0,
                "query": q["query"],
                "got": keys[:3],
            }
        )

    def summary(subset: list[dict[str, Any]]) -> dict[str, Any]:
        n = len(subset)
        return {
            "queries": n,
            "recall_at_3": round(sum(r["hit3"] for r in subset) / n, 4),
            "mrr": round(sum(r["rr"] for r in subset) / n, 4),
        }

    out = summary(rows)
    out["by_kind"] = {
        k: summary([r for r in rows if r["kind"] == k]) for k in sorted({r["kind"] for r in rows})
    }
    out["misses"] = [{"query": r["query"], "got": r["got"]} for r in rows if not r["hit3"]]
    return out


def publish(
    post: Callable[[dict[str, Any]], dict[str, Any]],
    categories: dict[str, int],
    articles: list[dict[str, Any]],
) -> dict[int, str]:
    """Create every article; returns id → key."""
    ids = {}
    for a in articles:
        body = {
            "title": a["title"],
            "body": a["body"],
            "tags": a["tags"],
            "language": a["language"],
            "status": "published",
            "category_id": categories.get(a["category"]),
        }
        ids[post(body)["id"]] = a["key"]
    return ids


def main() -> int:
    articles, queries = load()
    with tempfile.TemporaryDirectory(prefix="kefu-kb-") as tmp:
        data_dir, port_file = Path(tmp) / "hub", Path(tmp) / "port"
        hub = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "hub.cli",
                "serve",
                "--data-dir",
                str(data_dir),
                "--port",
                "0",
                "--port-file",
                str(port_file),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 60
            while not port_file.exists():
                if hub.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit("the hub did not start")
                time.sleep(0.05)
            api = f"http://127.0.0.1:{port_file.read_text()}/api/v1"
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "hub.cli",
                    "create-user",
                    "--data-dir",
                    str(data_dir),
                    "--role",
                    "agent",
                    "--email",
                    "kb@bench.local",
                    "--name",
                    "KB",
                ],
                input="kb-bench-pass\n",
                text=True,
                check=True,
                capture_output=True,
            )
            s = requests.Session()
            token = s.post(
                api + "/auth/login",
                timeout=30,
                json={"email": "kb@bench.local", "password": "kb-bench-pass"},
            ).json()["token"]
            s.headers["Authorization"] = f"Bearer {token}"
            cats = {c["slug"]: c["id"] for c in s.get(api + "/categories", timeout=30).json()}
            ids = publish(
                lambda b: s.post(api + "/kb/articles", json=b, timeout=30).json(), cats, articles
            )

            def kefu(q: str) -> list[str]:
                hits = s.get(api + "/kb/search", params={"q": q, "limit": 10}, timeout=30).json()
                return [ids[h["article"]["id"]] for h in hits]

            def substring(q: str) -> list[str]:
                found = s.get(api + "/kb/articles", params={"q": q[:200]}, timeout=30).json()
                return [ids[a["id"]] for a in found]

            started = time.perf_counter()
            ours = evaluate(queries, kefu)
            seconds = time.perf_counter() - started
            base = evaluate(queries, substring)
        finally:
            hub.terminate()
            hub.wait(timeout=30)
    print(
        json.dumps(
            {
                "benchmark": "kb",
                "machine": {"cpus": os.cpu_count()},
                "articles": len(articles),
                "queries": len(queries),
                "recall_at_3": ours["recall_at_3"],
                "mrr": ours["mrr"],
                "by_kind": ours["by_kind"],
                "ms_per_query": round(seconds * 1000 / len(queries), 2),
                "baseline_substring": {"recall_at_3": base["recall_at_3"], "mrr": base["mrr"]},
                "misses": ours["misses"],
            },
            ensure_ascii=False,
            indent=2,
        )
    )
    return 0 if ours["recall_at_3"] >= 0.9 else 1


if __name__ == "__main__":
    sys.exit(main())
