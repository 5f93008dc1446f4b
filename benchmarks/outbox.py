"""The outbox under an outage: queue N reports with attachments while the hub is
down, start the hub, and time until all are delivered. Prints JSON.

    .venv/bin/python benchmarks/outbox.py [--reports 200] [--size 100000]

`duplicates` and `lost` must be 0 (and `sha_mismatches`). The sender is the
app's: one thread, default back-off (0.5 s doubling with jitter, 30 s cap),
so `seconds_to_deliver_all` includes the back-off wait left when the hub
came back. The baseline is the same reports sent straight to a running hub
(no outbox), in the same run.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import platform
import random
import shutil
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.core.hubclient import HubClient
from desktop.core.outbox import Outbox
from desktop.core.outbox_sender import Sender
from desktop.core.submission import FileDraft, TicketDraft, new_key, queue_ticket
from tests.core.fault_hub import FixedHub, wait_until

HUB = "bench"


def make_reports(count: int, size: int, tag: str) -> list[TicketDraft]:
    reports = []
    for i in range(count):
        data = random.Random(f"{tag}-{i}").randbytes(size)
        files = (FileDraft(f"trace-{i}.bin", data, "application/octet-stream"),)
        reports.append(TicketDraft(title=f"{tag} {i}", body=f"report {i}", files=files))
    return reports


def check(client: HubClient, reports: list[TicketDraft]) -> dict[str, int]:
    """duplicates, lost and attachments whose stored bytes differ, as the hub has them."""
    tickets = client.all_tickets(max_pages=50)
    counts = Counter(t.title for t in tickets)
    wanted = {r.title: hashlib.sha256(r.files[0].data).hexdigest() for r in reports}
    mismatches = 0
    for ticket in tickets:
        detail = client.ticket(ticket.id)
        shas = [
            hashlib.sha256(client.attachment_bytes(a.id)).hexdigest() for a in detail.attachments
        ]
        if shas != [wanted.get(ticket.title)]:
            mismatches += 1
    return {
        "duplicates": sum(n - 1 for n in counts.values() if n > 1),
        "lost": sum(1 for title in wanted if counts[title] == 0),
        "sha_mismatches": mismatches,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=200)
    parser.add_argument("--size", type=int, default=100_000, help="bytes per attachment")
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="kefu-bench-outbox-"))
    hub = FixedHub(root / "hub-root")
    (root / "hub-root").mkdir()
    try:
        hub.start()
        client = hub.customer()
        baseline_client = hub.customer()
        # Baseline: the same reports straight to a running hub, one after another.
        baseline = make_reports(args.reports, args.size, "direct")
        started = time.perf_counter()
        for draft in baseline:
            blob = baseline_client.put_blob(draft.files[0].data, draft.files[0].mime)
            body = {"title": draft.title, "body": draft.body, "attachments": [
                {"sha256": blob.sha256, "name": draft.files[0].name}
            ]}  # fmt: skip
            baseline_client.create_ticket(body, new_key())
        baseline_seconds = time.perf_counter() - started
        hub.stop()

        outbox = Outbox(root / "outbox")
        sender = Sender(outbox, HUB, lambda: client)
        stop = threading.Event()
        thread = threading.Thread(target=sender.run, args=(stop,), daemon=True)
        thread.start()  # the app's sender, trying (and backing off) while the hub is down
        reports = make_reports(args.reports, args.size, "outage")
        started = time.perf_counter()
        for draft in reports:
            queue_ticket(outbox, draft, HUB)
        queue_seconds = time.perf_counter() - started
        failures_while_down = outbox.hub_state(HUB)[0]

        launched = time.perf_counter()
        hub.start()
        answering = time.perf_counter()
        wait_until(lambda: outbox.pending_count(HUB) == 0, 600, "delivery", step=0.02)
        delivered = time.perf_counter()
        stop.set()
        sender.wake()
        thread.join(30)
        result = {
            "reports": args.reports,
            "attachment_bytes": args.size,
            "queue_seconds": round(queue_seconds, 3),
            "queue_ms_per_report": round(queue_seconds * 1000 / args.reports, 2),
            "failed_tries_while_down": failures_while_down,
            "hub_start_seconds": round(answering - launched, 3),
            "seconds_to_deliver_all": round(delivered - answering, 3),
            "seconds_from_launch": round(delivered - launched, 3),
            "baseline_direct_seconds": round(baseline_seconds, 3),
            **check(client, reports),
            "python": platform.python_version(),
            "cpus": len(__import__("os").sched_getaffinity(0)),
        }
        print(json.dumps(result, indent=2))
        return 0 if result["duplicates"] == result["lost"] == result["sha_mismatches"] == 0 else 1
    finally:
        hub.stop()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
