"""Glass to glass through a real hub on loopback: capture to paint, p50/p95.

Starts `kefu-hub serve --port 0 --port-file F --data-dir D` (the embedded-hub
code path), makes an agent (`kefu-hub create-user`, password on stdin) and a
customer, files a ticket, requests a session over REST and accepts it; then,
per scenario of `share_scenes`, plays the frames at 30 fps through the
session relay (the envelope over WebSocket, as the real clients do):

- sharer: takes the frame that is on screen now (the "capture"), paces with
  `Pacer` (acks and RTT), encodes, sends it as a `frame` envelope;
- viewer: decodes, "paints" (copies the dirty boxes out of the framebuffer,
  what a blit does), acknowledges.

Latency is paint time minus capture time, on one monotonic clock (both ends
run in this process, so they also share its GIL and two cores: pessimistic).
Capture itself is not included: mss grabs 1080p in ~3 ms (DESIGN.md).

    .venv/bin/python benchmarks/share_latency.py [--seconds 4] [--only typing,video]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from share_scenes import SCENARIOS

from desktop.core.embedded import EmbeddedHub
from desktop.core.hubclient import HubClient
from desktop.core.remote import api
from desktop.core.remote.envelope import Envelope
from desktop.core.remote.relay import RelayConnection
from desktop.core.share import Decoder, Encoder
from desktop.core.share.pacing import Pacer
from desktop.core.submission import TicketDraft, send_ticket

PASSWORD = "bench password 123"
FPS = 30


class Viewer:
    """The agent's end: decode, paint, ack; latency by frame number."""

    def __init__(self, client: HubClient, session_id: int, captured: dict[int, float]) -> None:
        assert client.token
        self.decoder = Decoder()
        self.canvas: np.ndarray | None = None
        self.captured = captured
        self.latency_ms: list[float] = []
        self.bytes = 0
        self.relay = RelayConnection(
            client.hub_url, client.token, session_id, on_message=self._message
        )

    def _message(self, item: Envelope) -> None:
        if item.kind != "frame":
            return
        self.relay.send_json("ack", seq=item.seq)
        update = self.decoder.apply(item.payload)
        fb = self.decoder.framebuffer
        assert fb is not None and update.frame is not None
        if self.canvas is None or update.resized:
            self.canvas = np.zeros_like(fb)
        for box in update.dirty:  # the paint: what reaches the screen
            area = (slice(box.y, box.y + box.h), slice(box.x, box.x + box.w))
            self.canvas[area] = fb[area]
        painted = time.monotonic()
        self.bytes += len(item.payload)
        started = self.captured.pop(update.frame.number, None)
        if started is not None and update.frame.rects:
            self.latency_ms.append((painted - started) * 1000)


class Sharer:
    def __init__(self, client: HubClient, session_id: int, pacer: Pacer) -> None:
        assert client.token
        self.pacer = pacer
        self.lock = threading.Lock()  # the pacer is used by the loop and the relay's reader
        self.captured: dict[int, float] = {}
        self.relay = RelayConnection(
            client.hub_url, client.token, session_id, on_message=self._message
        )

    def _message(self, item: Envelope) -> None:
        body = item.json()
        with self.lock:
            if item.kind == "ack":
                self.pacer.on_ack(int(body.get("seq", -1)), time.monotonic())
            elif item.kind == "control" and body.get("type") == "frame_dropped":
                self.pacer.on_lost(int(body.get("seq", -1)))


def play(frames: list[np.ndarray], seconds: float, send: Sharer, pacer: Pacer) -> int:
    """Send the scenario (looping) for `seconds`, paced; returns frames sent."""
    encoder = Encoder()
    sent = 0
    start = time.monotonic()
    while (now := time.monotonic()) - start < seconds:
        with send.lock:
            ready = pacer.may_send(now)
            due = pacer.next_frame_due(now) if ready else now + 0.002
        if not ready or now < due:
            time.sleep(max(0.001, min(due - now, 0.005)))
            continue
        frame = frames[int((now - start) * FPS) % len(frames)]  # what is on screen now
        captured = time.monotonic()
        pacer.apply(encoder)
        message = encoder.encode(frame)
        send.captured[message.number] = captured
        data = message.to_bytes()
        with send.lock:  # the ack may come back before on_send otherwise
            seq = send.relay.send("frame", data)
            lossy = encoder.last_stats.lossy_bytes
            pacer.on_send(
                seq,
                len(data),
                time.monotonic(),
                key=message.key,
                lossy_bytes=lossy,
                captured=captured,
            )
        sent += 1
    encoder.close()
    return sent


def scenario_frames(name: str) -> list[np.ndarray]:
    render, count = SCENARIOS[name]
    out = []
    for image in render(count):
        rgb = np.asarray(image.convert("RGB"), dtype=np.uint8)
        out.append(np.concatenate([rgb[:, :, ::-1], np.full_like(rgb[:, :, :1], 255)], axis=2))
    return out


def measure(
    agent: HubClient, customer: HubClient, ticket_id: int, name: str, seconds: float
) -> dict[str, Any]:
    frames = scenario_frames(name)
    session = api.request_session(agent, ticket_id, f"benchmark {name}")
    api.answer(customer, session.id, True, 1)
    pacer = Pacer(max_fps=FPS)
    sharer = Sharer(customer, session.id, pacer)
    viewer = Viewer(agent, session.id, sharer.captured)
    viewer.relay.open()
    sharer.relay.open()
    time.sleep(0.3)  # both joined
    try:
        sent = play(frames, seconds, sharer, pacer)
        time.sleep(0.5)  # the last frames land
    finally:
        api.end(customer, session.id)
        sharer.relay.close()
        viewer.relay.close()
    lat = viewer.latency_ms[1:]  # the first is the key frame
    return {
        "frames_sent": sent,
        "fps": round(sent / seconds, 1),
        "latency_ms_p50": round(float(np.percentile(lat, 50)), 1) if lat else None,
        "latency_ms_p95": round(float(np.percentile(lat, 95)), 1) if lat else None,
        "key_frame_latency_ms": round(viewer.latency_ms[0], 1) if viewer.latency_ms else None,
        "kbit_s": round(viewer.bytes * 8 / 1000 / seconds, 1),
        "rtt_ms": round(pacer.rtt * 1000, 1) if pacer.rtt else None,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--seconds", type=float, default=4.0, help="per scenario")
    parser.add_argument("--only", help="comma-separated scenario names")
    args = parser.parse_args()
    names = args.only.split(",") if args.only else list(SCENARIOS)
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="kefu-share-latency-") as temp:
        root = Path(temp)
        hub = EmbeddedHub(root / "data", root / "port", root / "hub.log")
        url = hub.start()
        try:
            hub.create_user(role="agent", email="agent@example.com", name="Bench Agent",
                            password=PASSWORD)  # fmt: skip
            agent = HubClient(url)
            agent.login("agent@example.com", PASSWORD)
            customer = HubClient(url)
            customer.register("customer@example.com", PASSWORD, "Bench Customer", "Acme")
            ticket = send_ticket(customer, TicketDraft("Latency benchmark", "frames"))
            for name in names:
                results[name] = measure(agent, customer, ticket.id, name, args.seconds)
        finally:
            hub.stop()
    report = {
        "cpus": os.cpu_count(),
        "load_average": [round(v, 2) for v in os.getloadavg()],
        "target_fps": FPS,
        "scenarios": results,
    }
    json.dump(report, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
