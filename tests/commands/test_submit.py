"""`kefu submit` and `kefu outbox` as scripts run them: subprocesses against a real hub
that goes away and comes back on the same port."""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from desktop.core.hubclient import HubClient
from desktop.core.outbox import Outbox
from desktop.core.submission import queue_ticket
from tests.core.fault_hub import FixedHub, wait_until
from tests.core.outbox_worker import report

KEFU = str(Path(sys.executable).parent / "kefu")


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FixedHub]:
    hub = FixedHub(tmp_path_factory.mktemp("submit-hub"))
    hub.start()
    yield hub
    hub.stop()


@pytest.fixture
def running(hub: FixedHub) -> Iterator[FixedHub]:
    if not hub.healthy():
        hub.start()
    yield hub
    if hub.proc is None:
        hub.start()


class Profile:
    """A profile pointing at the hub, with a customer's token in KEFU_TOKEN."""

    def __init__(self, home: Path, hub: FixedHub) -> None:
        self.home = home
        self.hub = hub
        home.mkdir(parents=True, exist_ok=True)
        settings = {"hub_mode": "remote", "hub_url": hub.url}
        (home / "settings.json").write_text(json.dumps(settings))
        self.client = hub.customer()
        self.env = {
            **os.environ,
            "KEFU_HOME": str(home),
            "KEFU_TOKEN": self.client.token or "",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        }

    def kefu(self, *args: str, token: bool = True) -> subprocess.CompletedProcess[str]:
        env = dict(self.env) if token else {k: v for k, v in self.env.items() if k != "KEFU_TOKEN"}
        return subprocess.run(
            [KEFU, *args], capture_output=True, text=True, timeout=120, env=env, check=False
        )

    def start(self, *args: str) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [KEFU, *args], env=self.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )

    @property
    def outbox(self) -> Outbox:
        return Outbox(self.home / "outbox")


@pytest.fixture
def prof(tmp_path: Path, running: FixedHub) -> Profile:
    return Profile(tmp_path / "home", running)


def titles(client: HubClient) -> list[str]:
    return sorted(t.title for t in client.all_tickets())


def png_file(path: Path) -> Path:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), "navy").save(buffer, "PNG")
    path.write_bytes(buffer.getvalue())
    return path


def test_submit_prints_the_ticket_number(prof: Profile, tmp_path: Path) -> None:
    shot = png_file(tmp_path / "screen.png")
    log = tmp_path / "app.log"
    log.write_text("ORA-12154: TNS could not resolve\n" * 100)
    proc = prof.kefu(
        "submit", "--title", "Printing fails", "--body", "Since this morning",
        "--attach", str(shot), str(log), "--category", "reports_printing", "--priority", "P2",
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    number = proc.stdout.strip()
    assert re.fullmatch(r"KF-\d+", number)
    (ticket,) = prof.client.all_tickets()
    assert ticket.number == number and ticket.channel == "cli"
    categories = {c.slug: c.id for c in prof.client.categories()}
    assert ticket.category_id == categories["reports_printing"]
    detail = prof.client.ticket(ticket.id)
    assert [a.name for a in detail.attachments] == ["screen.png", "app.log"]
    for attachment, path in zip(detail.attachments, (shot, log), strict=True):
        assert attachment.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
        assert prof.client.attachment_bytes(attachment.id) == path.read_bytes()
    # The same key again (a script re-run) files nothing new.
    again = prof.kefu("submit", "--title", "Once", "--idempotency-key", "job-42", "--json")
    twice = prof.kefu("submit", "--title", "Once", "--idempotency-key", "job-42", "--json")
    assert json.loads(again.stdout)["number"] == json.loads(twice.stdout)["number"]
    assert titles(prof.client) == ["Once", "Printing fails"]


def test_bad_input_gets_a_clear_message(prof: Profile, tmp_path: Path) -> None:
    missing = prof.kefu("submit", "--title", "T", "--attach", str(tmp_path / "nope.png"))
    assert missing.returncode == 2 and "no such file" in missing.stderr
    unknown = prof.kefu("submit", "--title", "T", "--category", "astrology")
    assert unknown.returncode == 2 and "unknown category 'astrology'" in unknown.stderr
    assert "error_bug" in unknown.stderr  # says what exists
    huge = tmp_path / "huge.bin"
    with open(huge, "wb") as out:
        out.truncate(26 * 1024 * 1024)  # sparse: nothing is written
    too_large = prof.kefu("submit", "--title", "T", "--attach", str(huge))
    assert too_large.returncode == 1 and "too large" in too_large.stderr
    empty = prof.kefu("submit", "--title", "  ")
    assert empty.returncode == 2 and "title" in empty.stderr
    bad_priority = prof.kefu("submit", "--title", "T", "--priority", "P9")
    assert bad_priority.returncode == 2
    assert prof.outbox.items() == [] and prof.client.all_tickets() == []


def test_offline_it_queues_and_wait_delivers_later(prof: Profile, running: FixedHub) -> None:
    running.kill()
    queued = prof.kefu("submit", "--title", "From the train")
    assert queued.returncode == 0, queued.stderr
    assert queued.stdout.startswith("queued (outbox item")
    timed_out = prof.kefu("submit", "--title", "Also offline", "--wait", "--timeout", "1")
    assert timed_out.returncode == 1
    assert (
        "not delivered within 1 s" in timed_out.stderr
        and "do not file it again" in timed_out.stderr
    )
    running.start()
    back = prof.kefu("submit", "--title", "Back online", "--wait", "--timeout", "60")
    assert back.returncode == 0, back.stderr
    assert re.fullmatch(r"KF-\d+", back.stdout.strip())
    # The earlier reports went with it: every one once.
    assert titles(prof.client) == ["Also offline", "Back online", "From the train"]
    listing = json.loads(prof.kefu("outbox", "--json").stdout)
    assert {i["state"] for i in listing} == {"sent"} and len(listing) == 3


def test_not_signed_in_it_waits_and_says_so(prof: Profile) -> None:
    proc = prof.kefu("submit", "--title", "Before sign-in", token=False)
    assert proc.returncode == 0
    assert "not signed in" in proc.stdout and "kefu login" in proc.stdout
    waited = prof.kefu("submit", "--title", "Also before", "--wait", token=False)
    assert waited.returncode == 1 and "not signed in" in waited.stderr
    first, second = prof.outbox.items()
    assert {first.state, second.state} == {"queued"}
    assert {first.waiting, second.waiting} == {"signed_out"}
    sent = prof.kefu("outbox", "--send", "--timeout", "30")
    assert sent.returncode == 0 and "KF-" in sent.stdout
    assert titles(prof.client) == ["Also before", "Before sign-in"]


def test_submit_killed_before_sending_is_sent_later(
    prof: Profile, running: FixedHub, tmp_path: Path
) -> None:
    running.kill()
    data = tmp_path / "trace.bin"
    data.write_bytes(os.urandom(300_000))
    proc = prof.start("submit", "--title", "Killed", "--attach", str(data), "--wait")
    box = prof.home / "outbox" / "outbox.db"
    wait_until(lambda: box.exists() and prof.outbox.pending_count() == 1, 60, "the report queued")
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    data.unlink()  # the original is gone too: the outbox has its own copy
    running.start()
    sent = prof.kefu("outbox", "--send", "--timeout", "60")
    assert sent.returncode == 0, sent.stderr
    (ticket,) = prof.client.all_tickets()
    (attachment,) = prof.client.ticket(ticket.id).attachments
    blob = prof.client.attachment_bytes(attachment.id)
    assert ticket.title == "Killed" and hashlib.sha256(blob).hexdigest() == attachment.sha256


def test_two_cli_senders_drain_one_outbox(prof: Profile) -> None:
    drafts = [report(i, 30_000, "cli-two") for i in range(10)]
    for draft in drafts:
        queue_ticket(prof.outbox, draft, prof.hub.url)  # queued offline by the app, say
    senders = [prof.start("outbox", "--send", "--timeout", "60") for _ in range(2)]
    for proc in senders:
        _out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    assert titles(prof.client) == sorted(d.title for d in drafts)
    for ticket in prof.client.all_tickets():
        (attachment,) = prof.client.ticket(ticket.id).attachments
        blob = prof.client.attachment_bytes(attachment.id)
        assert hashlib.sha256(blob).hexdigest() == attachment.sha256
