"""A client process for the outbox's fault tests (and the benchmark): queue, drain, or both.

    python -m tests.core.outbox_worker queue OUTBOX HUB COUNT SIZE [--hold] [--then-drain URL]
    python -m tests.core.outbox_worker drain OUTBOX HUB URL [--timeout S]

The token comes from KEFU_TOKEN. `queue` prints one line `queued <ids>` once
everything is committed; with --hold it then waits for a line on stdin (the
test kills it there). `drain` prints `{"sent": [ids]}`: the items this process
delivered itself, so two drainers can be checked for overlap.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

from desktop.core.hubclient import HubClient
from desktop.core.outbox import Outbox
from desktop.core.outbox_lease import next_wakeup
from desktop.core.outbox_sender import Sender
from desktop.core.submission import FileDraft, TicketDraft, queue_ticket


def report(index: int, size: int, tag: str) -> TicketDraft:
    """Report `index`: a title and one attachment of `size` bytes, both reproducible."""
    data = random.Random(f"{tag}-{index}").randbytes(size)
    files = (FileDraft(f"log-{index}.bin", data, "application/octet-stream"),) if size else ()
    return TicketDraft(title=f"{tag} report {index}", body=f"body {index}", files=files)


def drain(outbox: Outbox, hub: str, url: str, timeout: float) -> list[int]:
    client = HubClient(url, os.environ["KEFU_TOKEN"])
    sender = Sender(outbox, hub, lambda: client, base_delay=0.2, max_delay=2.0)
    mine: list[int] = []
    deadline = time.monotonic() + timeout
    while outbox.pending_count(hub) and time.monotonic() < deadline:
        outcome = sender.send_one()
        if outcome.state == "sent" and outcome.item_id is not None:
            mine.append(outcome.item_id)
        elif outcome.state != "failed":
            time.sleep(max(0.05, min(next_wakeup(outbox, hub, 0.5), 0.5)))
    return mine


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["queue", "drain"])
    parser.add_argument("outbox", type=Path)
    parser.add_argument("hub")
    parser.add_argument("rest", nargs="*")
    parser.add_argument("--hold", action="store_true")
    parser.add_argument("--then-drain", metavar="URL")
    parser.add_argument("--tag", default="field")
    parser.add_argument("--timeout", type=float, default=120.0)
    args = parser.parse_args()
    outbox = Outbox(args.outbox)
    if args.mode == "queue":
        count, size = int(args.rest[0]), int(args.rest[1])
        ids = [queue_ticket(outbox, report(i, size, args.tag), args.hub) for i in range(count)]
        print("queued " + " ".join(map(str, ids)), flush=True)
        if args.hold:
            sys.stdin.readline()
        if args.then_drain:
            print(json.dumps({"sent": drain(outbox, args.hub, args.then_drain, args.timeout)}))
        return 0
    print(json.dumps({"sent": drain(outbox, args.hub, args.rest[0], args.timeout)}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
