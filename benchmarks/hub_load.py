"""Load on one hub process: N concurrent clients on 127.0.0.1 creating and
listing tickets, beside a baseline of the same clients calling /health (no
auth, no database write) in the same run. Prints JSON.

    .venv/bin/python benchmarks/hub_load.py --clients 16 --requests 40
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import requests


def start_hub(data_dir: Path) -> tuple[subprocess.Popen[bytes], str]:
    port_file = data_dir / "port"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "hub.cli",
            "serve",
            "--data-dir",
            str(data_dir / "hub"),
            "--port",
            "0",
            "--port-file",
            str(port_file),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        # every simulated client signs up from 127.0.0.1
        env={**os.environ, "KEFU_HUB_REGISTER_MAX_PER_WINDOW": "1000000"},
    )
    deadline = time.monotonic() + 60
    while not port_file.exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            raise SystemExit("the hub did not start")
        time.sleep(0.05)
    return proc, f"http://127.0.0.1:{port_file.read_text()}/api/v1"


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def drive(
    clients: int, per_client: int, work: Callable[[int, requests.Session, int], str]
) -> dict[str, object]:
    """Run `work` per_client times on each of `clients` threads; time each call."""
    latencies: dict[str, list[float]] = {}
    errors = 0
    lock = threading.Lock()
    barrier = threading.Barrier(clients + 1)

    def client(n: int) -> None:
        nonlocal errors
        session = requests.Session()
        barrier.wait()
        for i in range(per_client):
            t0 = time.perf_counter()
            try:
                kind = work(n, session, i)
            except Exception:
                with lock:
                    errors += 1
                continue
            with lock:
                latencies.setdefault(kind, []).append((time.perf_counter() - t0) * 1000)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for t in threads:
        t.start()
    barrier.wait()
    start = time.perf_counter()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start
    total = sum(len(v) for v in latencies.values())
    return {
        "requests": total,
        "errors": errors,
        "seconds": round(elapsed, 3),
        "requests_per_s": round(total / elapsed, 1),
        "by_kind": {
            kind: {
                "count": len(v),
                "p50_ms": round(statistics.median(v), 2),
                "p99_ms": round(percentile(v, 99), 2),
            }
            for kind, v in sorted(latencies.items())
        },
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--requests", type=int, default=40, help="per client, per phase")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="kefu-bench-") as tmp:
        proc, api = start_hub(Path(tmp))
        try:
            agent_pw = "bench-agent-pw"
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "hub.cli",
                    "create-user",
                    "--data-dir",
                    str(Path(tmp) / "hub"),
                    "--role",
                    "agent",
                    "--email",
                    "agent@bench.local",
                    "--name",
                    "Agent",
                ],
                input=agent_pw + "\n",
                text=True,
                check=True,
                capture_output=True,
            )
            agent = requests.post(
                api + "/auth/login",
                timeout=30,
                json={"email": "agent@bench.local", "password": agent_pw},
            ).json()["token"]
            tokens = []
            for n in range(args.clients):
                r = requests.post(
                    api + "/auth/register",
                    timeout=30,
                    json={
                        "email": f"c{n}@bench.local",
                        "password": "bench-customer",
                        "display_name": f"Customer {n}",
                    },
                )
                tokens.append(r.json()["token"])

            def baseline(n: int, s: requests.Session, i: int) -> str:
                s.get(api + "/health", timeout=30).raise_for_status()
                return "health"

            def tickets(n: int, s: requests.Session, i: int) -> str:
                # Alternate: customers file tickets; every third call an agent lists the queue.
                if i % 3 == 2:
                    s.get(
                        api + "/tickets",
                        params={"limit": 50},
                        timeout=30,
                        headers={"Authorization": f"Bearer {agent}"},
                    ).raise_for_status()
                    return "list_queue"
                if i % 3 == 1:
                    s.get(
                        api + "/tickets",
                        timeout=30,
                        headers={"Authorization": f"Bearer {tokens[n]}"},
                    ).raise_for_status()
                    return "list_mine"
                s.post(
                    api + "/tickets",
                    timeout=30,
                    headers={
                        "Authorization": f"Bearer {tokens[n]}",
                        "Idempotency-Key": str(uuid.uuid4()),
                    },
                    json={
                        "title": f"Load {n}-{i} 无法保存",
                        "body": "错误代码 E1234",
                        "priority": "P3",
                    },
                ).raise_for_status()
                return "create"

            base = drive(args.clients, args.requests, baseline)
            load = drive(args.clients, args.requests, tickets)
        finally:
            proc.terminate()
            proc.wait(timeout=30)

    result = {
        "benchmark": "hub_load",
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "clients": args.clients,
        "requests_per_client": args.requests,
        "baseline_health": base,
        "tickets": load,
        "ratio_tickets_to_health_rps": round(
            float(load["requests_per_s"]) / float(base["requests_per_s"]),
            3,  # type: ignore[arg-type]
        ),
    }
    print(json.dumps(result, indent=2))
    return 0 if load["errors"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
