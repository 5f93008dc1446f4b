"""desktop.core.events: the live channel, its reconnects and its resync watermark."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from desktop.core import submission
from desktop.core.embedded import EmbeddedHub
from desktop.core.events import EventStream, Watermark, events_url
from desktop.core.hubclient import HubClient
from desktop.core.submission import TicketDraft
from tests.core.hub_process import TestHub

WAIT = 10.0


class Recorder:
    """Collects the stream's callbacks in order, from the stream's thread."""

    def __init__(self) -> None:
        self.calls: queue.Queue[tuple[str, Any]] = queue.Queue()

    def event(self, event: dict[str, Any]) -> None:
        self.calls.put(("event", event))

    def connected(self, resync: bool) -> None:
        self.calls.put(("connected", resync))

    def disconnected(self, reason: str) -> None:
        self.calls.put(("disconnected", reason))

    def next(self, kind: str) -> Any:
        """The next call of `kind` (others in between are skipped)."""
        while True:
            got_kind, value = self.calls.get(timeout=WAIT)
            if got_kind == kind:
                return value


def start_stream(url: str, token: str, recorder: Recorder) -> tuple[EventStream, threading.Thread]:
    stream = EventStream(
        url,
        token,
        on_event=recorder.event,
        on_connected=recorder.connected,
        on_disconnected=recorder.disconnected,
    )
    thread = threading.Thread(target=stream.run, daemon=True)
    thread.start()
    return stream, thread


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestHub]:
    hub = TestHub(tmp_path_factory.mktemp("events"))
    yield hub
    hub.stop()


def test_agent_hears_new_tickets_customer_hears_only_own(hub: TestHub) -> None:
    agent = hub.agent()
    alice, bob = hub.customer("Alice"), hub.customer("Bob")
    heard_by_agent, heard_by_bob = Recorder(), Recorder()
    streams = [
        start_stream(hub.url, agent.token or "", heard_by_agent),
        start_stream(hub.url, bob.token or "", heard_by_bob),
    ]
    try:
        assert heard_by_agent.next("connected") is False
        assert heard_by_bob.next("connected") is False
        ticket = submission.send_ticket(alice, TicketDraft(title="Alice's problem", body=""))
        event = heard_by_agent.next("event")
        assert event["type"] == "ticket_created" and event["ticket_id"] == ticket.id
        assert event["ticket"]["title"] == "Alice's problem"
        assert heard_by_bob.calls.empty()  # Bob never hears of Alice's ticket
    finally:
        for stream, thread in streams:
            stream.stop()
            thread.join(WAIT)
            assert not thread.is_alive()


def test_refused_token_stops_the_stream(hub: TestHub) -> None:
    recorder = Recorder()
    stream, thread = start_stream(hub.url, "not-a-token", recorder)
    assert recorder.next("disconnected") == "not_authenticated"
    thread.join(WAIT)
    assert not thread.is_alive() and stream.stopped


def test_reconnects_and_asks_for_resync_when_the_hub_comes_back(tmp_path: Path) -> None:
    first = EmbeddedHub(tmp_path / "data", tmp_path / "port")
    url = first.start()
    port = int(url.rsplit(":", 1)[1])
    customer = HubClient(url)
    customer.register("back@example.com", "correct horse battery", "Back Again")
    recorder = Recorder()
    stream, thread = start_stream(url, customer.token or "", recorder)
    second: EmbeddedHub | None = None
    try:
        assert recorder.next("connected") is False
        first.stop()
        assert recorder.next("disconnected")
        second = EmbeddedHub(tmp_path / "data", tmp_path / "port", port=port)
        assert second.start() == url
        assert recorder.next("connected") is True  # the owner must resync now
    finally:
        stream.stop()
        thread.join(WAIT)
        if second is not None:
            second.stop()
        first.stop()
    assert not thread.is_alive()


def test_watermark_keeps_the_newest_time() -> None:
    mark = Watermark()
    assert mark.since() is None
    now = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    mark.see(now)
    mark.see(now - timedelta(hours=1))
    mark.see(None)
    assert mark.since() == "2026-01-02T03:04:05Z"


def test_events_url() -> None:
    assert events_url("http://127.0.0.1:5") == "ws://127.0.0.1:5/api/v1/events"
    assert events_url("https://k.example.com/x") == "wss://k.example.com/x/api/v1/events"
