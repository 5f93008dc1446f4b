"""The hub's upload limits checked before queueing, and HEAD /blobs skipping bytes
the hub already has on a retry (a real hub process with a small size limit)."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core import outbox_limits, submission
from desktop.core.hubclient import HubClient
from desktop.core.outbox import SENT, Outbox
from desktop.core.outbox_lease import Leases
from desktop.core.outbox_limits import HubLimits, LimitExceeded, check_files, limits_for
from desktop.core.outbox_sender import Sender, hub_has_blob
from desktop.core.submission import FileDraft, TicketDraft, queue_ticket
from tests.core.fault_hub import FixedHub

LIMIT = 200_000
HUB = "test-hub"


@pytest.fixture(scope="module")
def small_hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FixedHub]:
    """A hub that takes files up to 200 kB (the setting an admin would change)."""
    before = os.environ.get("KEFU_HUB_MAX_BLOB_BYTES")
    os.environ["KEFU_HUB_MAX_BLOB_BYTES"] = str(LIMIT)
    try:
        hub = FixedHub(tmp_path_factory.mktemp("limits-hub"))
        hub.start()
    finally:
        if before is None:
            os.environ.pop("KEFU_HUB_MAX_BLOB_BYTES", None)
        else:
            os.environ["KEFU_HUB_MAX_BLOB_BYTES"] = before
    yield hub
    hub.stop()


def test_limits_come_from_the_hubs_health(small_hub: FixedHub) -> None:
    client = small_hub.customer()
    limits = outbox_limits.fetch_limits(client)
    assert limits.max_blob_bytes == LIMIT
    assert limits.max_attachments == 50
    assert limits_for(client) == limits  # remembered for the next report


def test_limits_offline_fall_back_to_the_last_known() -> None:
    client = HubClient("http://127.0.0.1:9")  # nothing listens on the discard port
    assert limits_for(client) == HubLimits()  # never seen: the hub's defaults
    assert HubLimits().max_blob_bytes == 25 * 1024 * 1024


def test_too_large_a_file_is_refused_before_queueing(small_hub: FixedHub, tmp_path: Path) -> None:
    client = small_hub.customer()
    box = Outbox(tmp_path / "outbox")
    big = FileDraft("dump.bin", os.urandom(LIMIT + 1), "application/octet-stream")
    draft = TicketDraft(title="Crash dump", body="", files=(big,))
    with pytest.raises(LimitExceeded) as caught:
        submission.send_ticket(client, draft, outbox=box, hub=HUB)
    assert caught.value.error == "file_too_large"
    assert caught.value.details == {"name": "dump.bin", "size": LIMIT + 1, "limit": LIMIT}
    assert "dump.bin" in caught.value.message and "0.2 MB" in caught.value.message
    assert box.items() == []  # nothing queued, nothing to fail later
    assert client.all_tickets() == []


def test_too_many_files_are_refused_with_the_count() -> None:
    files = [(f"shot-{i}.png", 10) for i in range(51)]
    with pytest.raises(LimitExceeded) as caught:
        check_files(files, HubLimits())
    assert caught.value.error == "too_many_files"
    assert caught.value.details == {"count": 51, "limit": 50}
    check_files(files[:50], HubLimits())  # at the limit: fine


def test_a_retry_skips_a_blob_the_hub_already_has(small_hub: FixedHub, tmp_path: Path) -> None:
    client = small_hub.customer()
    box = Outbox(tmp_path / "outbox")
    first = FileDraft("log-1.txt", os.urandom(60_000), "text/plain")
    second = FileDraft("log-2.txt", os.urandom(60_000), "text/plain")
    draft = TicketDraft(title="Sync fails at night", body="", files=(first, second))
    item_id = queue_ticket(box, draft, HUB)
    # A first try uploads the first file, then the process dies before it can write
    # down that the hub has it: the item still says "not uploaded".
    leases = Leases(box, "dead-sender", seconds=0.01)
    claimed = leases.claim(HUB, client.me().id)
    assert claimed is not None and claimed.id == item_id
    client.put_blob(first.data, first.mime)
    sha_first = hashlib.sha256(first.data).hexdigest()
    assert hub_has_blob(client, sha_first)
    assert not hub_has_blob(client, hashlib.sha256(second.data).hexdigest())
    item = box.get(item_id)
    assert item is not None and not item.files[0].uploaded

    sender = Sender(box, HUB, lambda: client)
    outcome = sender.send_one()
    assert outcome.state == SENT and outcome.item_id == item_id
    assert sender.skipped == 1  # the first file was not sent again; the second was
    detail = client.ticket(outcome.result.id)  # type: ignore[union-attr]
    assert [a.sha256 for a in detail.attachments] == [
        sha_first,
        hashlib.sha256(second.data).hexdigest(),
    ]
    for attachment in detail.attachments:
        data = client.attachment_bytes(attachment.id)
        assert hashlib.sha256(data).hexdigest() == attachment.sha256
