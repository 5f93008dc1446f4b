"""The outbox against a real hub process that is killed and restarted, and client
processes that are SIGKILLed: afterwards every report is on the hub exactly once
and every attachment's SHA-256 matches."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.hubclient import HubClient
from desktop.core.outbox import FAILED, QUEUED, SENT, Outbox
from desktop.core.outbox_lease import Leases
from desktop.core.outbox_sender import Sender, backoff
from desktop.core.submission import FileDraft, TicketDraft, queue_ticket
from tests.core.fault_hub import FixedHub, wait_until
from tests.core.outbox_worker import report

ROOT = Path(__file__).resolve().parents[2]
HUB = "test-hub"  # the label items are queued under (the settings' token key in the app)


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FixedHub]:
    hub = FixedHub(tmp_path_factory.mktemp("outbox-hub"))
    hub.start()
    yield hub
    hub.stop()


@pytest.fixture
def running(hub: FixedHub) -> Iterator[FixedHub]:
    """The hub, up at the start of the test and again at its end (tests kill it)."""
    if not hub.healthy():
        hub.start()
    yield hub
    if hub.proc is None:
        hub.start()


def on_hub_exactly_once(client: HubClient, expected: dict[str, list[bytes]]) -> None:
    """Every title once, nothing else, and each attachment's bytes as queued."""
    tickets = client.all_tickets()
    assert sorted(t.title for t in tickets) == sorted(expected)
    for ticket in tickets:
        detail = client.ticket(ticket.id)
        want = [hashlib.sha256(data).hexdigest() for data in expected[ticket.title]]
        assert [a.sha256 for a in detail.attachments] == want
        for attachment in detail.attachments:
            got = hashlib.sha256(client.attachment_bytes(attachment.id)).hexdigest()
            assert got == attachment.sha256


def expected_of(drafts: list[TicketDraft]) -> dict[str, list[bytes]]:
    return {d.title: [f.data for f in d.files] for d in drafts}


def worker(*args: str, token: str, stdin: int | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.core.outbox_worker", *args],
        cwd=ROOT,
        env={**os.environ, "KEFU_TOKEN": token, "PYTHONPATH": str(ROOT)},
        stdin=stdin,
        stdout=subprocess.PIPE,
        text=True,
    )


def run_sender(sender: Sender) -> tuple[threading.Thread, threading.Event]:
    stop = threading.Event()
    thread = threading.Thread(target=sender.run, args=(stop,), kwargs={"idle": 0.3}, daemon=True)
    thread.start()
    return thread, stop


def test_stored_copy_is_sent_after_the_original_is_gone(tmp_path: Path, running: FixedHub) -> None:
    client = running.customer()
    outbox = Outbox(tmp_path / "outbox")
    original = tmp_path / "screen.bin"
    original.write_bytes(os.urandom(50_000))
    draft = TicketDraft(title="Printer offline", body="", files=(FileDraft.from_path(original),))
    item_id = queue_ticket(outbox, draft, HUB)
    original.unlink()  # the person cleaned up their desktop before it was sent
    assert queue_ticket(outbox, draft, HUB) == item_id  # the same key is the same item
    outcome = Sender(outbox, HUB, lambda: client).send_one()
    assert outcome.state == SENT and outcome.item_id == item_id
    item = outbox.get(item_id)
    assert item is not None and item.state == SENT and item.result_number
    assert item.result_number.startswith("KF-")
    assert list(outbox.blob_dir.iterdir()) == []  # sent: the stored copy goes
    on_hub_exactly_once(client, expected_of([draft]))


def test_items_wait_while_nobody_is_signed_in(tmp_path: Path, running: FixedHub) -> None:
    client = running.customer()
    outbox = Outbox(tmp_path / "outbox")
    draft = report(1, 1000, "signed-out")
    item_id = queue_ticket(outbox, draft, HUB)
    signed_in: list[HubClient] = []
    sender = Sender(outbox, HUB, lambda: signed_in[0] if signed_in else None)
    assert sender.send_one().state == "waiting"
    item = outbox.get(item_id)
    assert item is not None and item.state == QUEUED and item.waiting == "signed_out"
    assert item.message and "sign in" in item.message
    signed_in.append(client)
    assert sender.send_one().state == SENT
    on_hub_exactly_once(client, expected_of([draft]))


def test_an_item_waits_for_the_account_that_filed_it(tmp_path: Path, running: FixedHub) -> None:
    alice, bob = running.customer(), running.customer()
    outbox = Outbox(tmp_path / "outbox")
    draft = report(1, 500, "accounts")
    item_id = queue_ticket(outbox, draft, HUB)
    leases = Leases(outbox, "test-sender")
    claimed = leases.claim(HUB, alice.me().id)  # Alice's first try, cut short
    assert claimed is not None and claimed.id == item_id
    leases.release(item_id, waiting="offline", message="Cannot reach the hub.")
    assert Sender(outbox, HUB, lambda: bob).send_one().state == "nothing"
    item = outbox.get(item_id)
    assert item is not None and item.state == QUEUED and item.waiting == "other_account"
    assert Sender(outbox, HUB, lambda: alice).send_one().state == SENT
    assert bob.all_tickets() == []
    on_hub_exactly_once(alice, expected_of([draft]))


def test_a_refusal_fails_with_the_hubs_message(tmp_path: Path, running: FixedHub) -> None:
    client = running.customer()
    outbox = Outbox(tmp_path / "outbox")
    fake = TicketDraft(title="Fake", body="", files=(FileDraft("x.png", b"not png", "image/png"),))
    item_id = queue_ticket(outbox, fake, HUB)
    sender = Sender(outbox, HUB, lambda: client)
    assert sender.send_one().state == FAILED
    item = outbox.get(item_id)
    assert item is not None and item.state == FAILED and item.error == "not_an_image"
    assert item.message and "image" in item.message and not item.retryable
    other = queue_ticket(outbox, TicketDraft(title="Bad category", body=""), HUB, category="nope")
    assert sender.send_one().state == FAILED
    failed = outbox.get(other)
    assert failed is not None and failed.error == "unknown_category" and failed.retryable
    outbox.retry(other)  # the retry button: queued again, and refused again
    assert (outbox.get(other) or failed).state == QUEUED
    assert sender.send_one().state == FAILED
    assert outbox.discard(other) and outbox.get(other) is None
    assert client.all_tickets() == []
    # Corrected and sent again under the same key (the form keeps it): the hub never
    # had it, so the item takes the new content and goes.
    log = FileDraft("x.log", b"log", "text/plain")
    fixed = TicketDraft(title="Fake", body="", files=(log,), key=fake.key)
    assert queue_ticket(outbox, fixed, HUB) == item_id
    assert sender.send_one().state == SENT
    on_hub_exactly_once(client, expected_of([fixed]))


def test_hub_killed_during_a_blob_upload_and_restarted(tmp_path: Path, running: FixedHub) -> None:
    client = running.customer()
    outbox = Outbox(tmp_path / "outbox")
    size = 3 * 1024 * 1024
    draft = TicketDraft(
        title="Crash during upload",
        body="",
        files=(
            FileDraft("a.bin", os.urandom(size), "application/octet-stream"),
            FileDraft("b.bin", os.urandom(size), "application/octet-stream"),
        ),
    )
    item_id = queue_ticket(outbox, draft, HUB)
    killed: list[int] = []

    def kill_midway(index: int, done: int, total: int) -> None:
        if index == 1 and done > size * 1.4 and not killed:  # halfway through the 2nd blob
            killed.append(done)
            running.kill()

    sender = Sender(outbox, HUB, lambda: client, base_delay=0.2, max_delay=1.0)
    outcome = sender.send_one(progress=kill_midway)
    assert killed and outcome.state == "retry"
    item = outbox.get(item_id)
    assert item is not None and item.state == QUEUED and item.waiting == "offline"
    assert [f.uploaded for f in item.files] == [True, False]  # the first blob is not sent again
    assert outbox.hub_state(HUB)[0] == 1
    running.start()
    thread, stop = run_sender(sender)
    try:
        wait_until(lambda: (outbox.get(item_id) or item).state == SENT, 60, "delivery")
    finally:
        stop.set()
        thread.join(10)
    assert outbox.hub_state(HUB)[0] == 0
    on_hub_exactly_once(client, expected_of([draft]))


def test_hub_unreachable_for_a_while_then_back(tmp_path: Path, running: FixedHub) -> None:
    client = running.customer()
    running.kill()
    outbox = Outbox(tmp_path / "outbox")
    drafts = [report(i, 20_000, "outage") for i in range(6)]
    ids = [queue_ticket(outbox, d, HUB) for d in drafts]
    sender = Sender(outbox, HUB, lambda: client, base_delay=0.1, max_delay=1.0)
    thread, stop = run_sender(sender)
    try:
        wait_until(lambda: outbox.hub_state(HUB)[0] >= 3, 60, "three failed tries")
        items = [outbox.get(i) for i in ids]
        assert all(i is not None and i.state == QUEUED for i in items)
        assert any(i is not None and i.waiting == "offline" for i in items)
        running.start()
        wait_until(lambda: outbox.pending_count(HUB) == 0, 60, "the outbox to drain")
    finally:
        stop.set()
        thread.join(10)
    assert all((outbox.get(i) or items[0]).state == SENT for i in ids)
    on_hub_exactly_once(client, expected_of(drafts))


def test_backoff_grows_with_jitter_and_a_cap() -> None:
    delays = [backoff(n, 0.5, 30.0) for n in range(1, 12)]
    assert 0.25 <= delays[0] <= 0.5 and 4.0 <= delays[4] <= 8.0
    assert all(d <= 30.0 for d in delays) and delays[-1] >= 15.0
    assert len({backoff(3) for _ in range(20)}) > 1  # two clients never retry in lockstep


def test_client_killed_between_queueing_and_sending(tmp_path: Path, running: FixedHub) -> None:
    client = running.customer()
    token = client.token or ""
    box = tmp_path / "outbox"
    proc = worker(
        "queue", str(box), HUB, "5", "200000", "--tag", "sigkill", "--hold",
        token=token, stdin=subprocess.PIPE,
    )  # fmt: skip
    assert proc.stdout is not None
    line = proc.stdout.readline()  # everything is committed once this line is written
    assert line.startswith("queued ")
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    outbox = Outbox(box)
    assert outbox.pending_count(HUB) == 5
    restarted = worker("drain", str(box), HUB, running.url, token=token)
    out, _ = restarted.communicate(timeout=120)
    assert restarted.returncode == 0
    assert len(json.loads(out)["sent"]) == 5
    on_hub_exactly_once(client, expected_of([report(i, 200_000, "sigkill") for i in range(5)]))


def test_client_killed_while_sending_and_restarted(tmp_path: Path, running: FixedHub) -> None:
    client = running.customer()
    token = client.token or ""
    box = tmp_path / "outbox"
    count, size = 12, 600_000
    proc = worker(
        "queue", str(box), HUB, str(count), str(size), "--tag", "midway",
        "--then-drain", running.url, token=token,
    )  # fmt: skip
    outbox = Outbox(box)
    wait_until(
        lambda: sum(i.state == SENT for i in outbox.items()) >= 3 or proc.poll() is not None,
        60,
        "some reports to be sent",
        step=0.01,
    )
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    assert proc.stdout is not None
    proc.stdout.close()
    assert outbox.pending_count(HUB) > 0  # killed midway, not after it was all done
    restarted = worker("drain", str(box), HUB, running.url, token=token)
    out, _ = restarted.communicate(timeout=120)
    assert restarted.returncode == 0 and json.loads(out)["sent"]
    assert outbox.pending_count(HUB) == 0
    assert all(i.state == SENT for i in outbox.items())
    on_hub_exactly_once(client, expected_of([report(i, size, "midway") for i in range(count)]))


def test_two_senders_drain_at_once(tmp_path: Path, running: FixedHub) -> None:
    client = running.customer()
    token = client.token or ""
    box = tmp_path / "outbox"
    outbox = Outbox(box)
    drafts = [report(i, 50_000, "two") for i in range(24)]
    ids = {queue_ticket(outbox, d, HUB) for d in drafts}
    senders = [worker("drain", str(box), HUB, running.url, token=token) for _ in range(2)]
    results = []
    for proc in senders:
        out, _ = proc.communicate(timeout=120)
        assert proc.returncode == 0
        results.append(set(json.loads(out)["sent"]))
    first, second = results
    assert first | second == ids and not first & second  # the lease: one sender per item
    on_hub_exactly_once(client, expected_of(drafts))
