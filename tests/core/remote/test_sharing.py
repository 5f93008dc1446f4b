"""The sharing loop against a real hub and a real X screen (Xvfb, captured by mss).

No Qt: the customer's `Sharer` captures its own Xvfb display, the agent's
`FrameReceiver` decodes what the hub relays, and the pictures must match to
the bit. Consent gates capture: nothing is grabbed before Accept.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import numpy as np
import pytest

from desktop.core.hubclient import HubClient
from desktop.core.remote import api
from desktop.core.remote.envelope import Envelope
from desktop.core.remote.receiver import FrameReceiver
from desktop.core.remote.relay import RelayConnection, RelayError
from desktop.core.remote.sharer import Sharer
from desktop.core.remote.source import MASK_BGRA, ScreenSource
from desktop.core.share.tiles import Box
from desktop.core.submission import TicketDraft, send_ticket
from tests.core.hub_process import TestHub

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestHub]:
    hub = TestHub(tmp_path_factory.mktemp("remote"))
    yield hub
    hub.stop()


def wait_for(condition: Callable[[], object], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


class Peer:
    """One side's relay socket, with what it received sorted by kind."""

    def __init__(self, client: HubClient, session_id: int) -> None:
        self.controls: queue.Queue[dict[str, Any]] = queue.Queue()
        self.chats: list[str] = []
        self.closed = threading.Event()
        self.handlers: dict[str, Callable[[Envelope], None]] = {}
        assert client.token
        self.relay = RelayConnection(
            client.hub_url,
            client.token,
            session_id,
            on_message=self._message,
            on_closed=lambda _c, _r: self.closed.set(),
        )

    def _message(self, item: Envelope) -> None:
        handler = self.handlers.get(item.kind)
        if handler is not None:
            handler(item)
        elif item.kind == "control":
            self.controls.put(item.json())
        elif item.kind == "chat":
            self.chats.append(item.json()["text"])

    def control(self, wanted: str, timeout: float = 10.0) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            body = self.controls.get(timeout=max(deadline - time.monotonic(), 0.01))
            if body.get("type") == wanted:
                return body


def _session(hub: TestHub) -> tuple[HubClient, HubClient, api.RemoteSession]:
    agent, customer = hub.agent(), hub.customer()
    ticket = send_ticket(customer, TicketDraft("Screen is weird", "see it"))
    return agent, customer, api.request_session(agent, ticket.id, "Show me the error")


def test_frames_arrive_bit_exact_paced_by_acks_with_pause_and_key_frames(
    hub: TestHub, xclient: Callable[..., Any]
) -> None:
    x = xclient("-screen", "0", "640x400x24")
    x.fill(0, 0, 640, 400, (20, 40, 60))
    x.fill(100, 80, 200, 120, (250, 10, 10))
    agent, customer, s = _session(hub)
    assert s.code is not None and s.status == "requested"
    viewer = Peer(agent, s.id)
    viewer.relay.open()
    receiver = FrameReceiver(viewer.relay.send_json)
    viewer.handlers["frame"] = viewer.handlers["cursor"] = receiver.take
    assert api.answer(customer, s.id, True, 1).status == "active"
    viewer.control("consented")

    sharer_side = Peer(customer, s.id)
    sharer = Sharer(lambda: ScreenSource(1), sharer_side.relay.send, max_fps=30)
    sharer_side.handlers["ack"] = lambda item: sharer.acknowledged(item.json()["seq"])
    sharer_side.relay.open()
    assert sharer_side.control("hello")["peer_present"] is True
    with pytest.raises(RelayError, match="refused"):  # another agent cannot look in
        Peer(hub.agent("Eve Agent"), s.id).relay.open()
    sharer.set_masks([Box(600, 0, 40, 40)])
    sharer.set_viewer_present(True)
    sharer.start()
    try:

        def shows(rgb: tuple[int, int, int], at: tuple[int, int]) -> bool:
            fb = receiver.decoder.framebuffer
            return fb is not None and tuple(fb[at[1], at[0]]) == rgb

        wait_for(lambda: shows((250, 10, 10), (150, 100)))
        fb = receiver.decoder.framebuffer
        assert fb is not None and fb.shape == (400, 640, 3)
        assert tuple(fb[10, 10]) == (20, 40, 60)
        assert tuple(fb[10, 620]) == tuple(MASK_BGRA[2::-1])  # our own window, masked
        # A change on the screen reaches the viewer; acks keep at most two in flight.
        x.fill(300, 300, 50, 50, (0, 200, 0))
        wait_for(lambda: shows((0, 200, 0), (320, 320)))
        # A still screen sends nothing (no bandwidth; the hub's idle timer runs).
        sent, turns = sharer.frames_sent, sharer.turns
        wait_for(lambda: sharer.turns >= turns + 5)
        assert sharer.frames_sent == sent
        # A busy screen: frames as fast as the viewer acknowledges them (max 30 fps here).
        colours = [(i * 37 % 256, i * 91 % 256, i * 53 % 256) for i in range(90)]
        started, frames_before = time.monotonic(), receiver.frames
        for i, colour in enumerate(colours):
            x.fill(320 + (i * 41) % 260, 220 + (i * 23) % 140, 60, 40, colour)  # off the red box
            time.sleep(0.02)  # a typing-speed change every 20 ms: load, not a wait
        figures = receiver.figures()
        elapsed = time.monotonic() - started
        print(f"\nbusy 640x400: {(receiver.frames - frames_before) / elapsed:.1f} fps, {figures}")
        assert figures.fps > 5 and figures.latency_ms is not None and figures.latency_ms < 500
        # Pause: one neutral frame, and no captures while paused.
        sharer.set_paused(True)
        wait_for(lambda: shows(tuple(MASK_BGRA[2::-1]), (150, 100)))  # type: ignore[arg-type]
        grabs, turns = sharer.grabs, sharer.turns
        wait_for(lambda: sharer.turns >= turns + 3)
        assert sharer.grabs == grabs
        sharer.set_paused(False)
        wait_for(lambda: shows((250, 10, 10), (150, 100)))
        # A viewer that lost track asks for a key frame and gets one.
        before = receiver.decoder.last_number
        receiver.decoder = type(receiver.decoder)()
        receiver.ask_key_frame()
        assert sharer_side.control("key_frame_request")
        sharer.request_key_frame()
        wait_for(lambda: receiver.decoder.framebuffer is not None)
        assert receiver.decoder.last_number is not None and before is not None
        assert np.array_equal(
            receiver.decoder.framebuffer[100, 150], np.array([250, 10, 10], dtype=np.uint8)
        )
        # Chat both ways, then the customer stops: the agent's socket closes at once.
        sharer_side.relay.send_json("chat", text="你好, I see the red box")
        viewer.relay.send_json("chat", text="Click OK please")
        wait_for(lambda: viewer.chats and sharer_side.chats)
        assert viewer.chats == ["你好, I see the red box"]
        assert sharer_side.chats == ["Click OK please"]
        stopped = time.monotonic()
        api.end(customer, s.id)
        assert viewer.control("ended")["by"] == "customer"
        viewer.closed.wait(2)
        assert viewer.closed.is_set() and time.monotonic() - stopped < 1.0
    finally:
        sharer.stop()
        sharer_side.relay.close()
        viewer.relay.close()
    assert not sharer.running


def test_a_declined_session_captures_nothing_and_cannot_be_joined(
    hub: TestHub, xclient: Callable[..., Any]
) -> None:
    xclient("-screen", "0", "320x200x24")
    agent, customer, s = _session(hub)
    assert api.answer(customer, s.id, False, None).status == "declined"
    with pytest.raises(RelayError, match="refused"):
        Peer(customer, s.id).relay.open()
    stranger = hub.customer()
    with pytest.raises(RelayError):
        Peer(stranger, s.id).relay.open()
    timeline = api.timeline(agent, s.ticket_id)
    assert [t.status for t in timeline] == ["declined"]
