"""Remote-session relay: M concurrent sessions through the hub vs a bare forwarder.

    .venv/bin/python benchmarks/relay.py [--sessions 8] [--fps 10] [--seconds 8]
                                         [--frame-bytes 30000]

Each session is a real one (an agent asks, the customer joins by code and
accepts), then the customer's side sends `frame` envelopes and the agent's side
answers each with an `ack`, as the clients do, over WebSockets on loopback.

Two phases, each run against the hub's relay (`kefu-hub serve`, checking
consent, grants and the envelope of every message) and against a bare
WebSocket forwarder (a separate process that pairs two sockets and copies
bytes, nothing else) in the same run:
- `paced`: every session at --fps; latency from send to receipt (p50/p99).
- `flood`: every sender as fast as the acks allow (at most two frames in
  flight, as the real Sharer paces); delivered frames/s and MB/s.
The ratio relay/bare of the flood throughput is the figure to watch (target:
within 10%, i.e. ≥ 0.9). JSON on stdout.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import statistics
import struct
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests
import websockets

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.core.embedded import EmbeddedHub  # noqa: E402

PASSWORD = "correct horse battery"
IN_FLIGHT = 2


def envelope(session: int, kind: str, seq: int, payload: bytes) -> bytes:
    header = json.dumps({"v": 1, "session": session, "kind": kind, "seq": seq}).encode()
    return struct.pack(">H", len(header)) + header + payload


def parse(message: bytes) -> tuple[dict[str, Any], bytes]:
    (length,) = struct.unpack(">H", message[:2])
    return json.loads(message[2 : 2 + length]), message[2 + length :]


# -- the sessions on a real hub -------------------------------------------------------------


def hub_sessions(url: str, count: int) -> list[tuple[int, str, str]]:
    """(session id, agent token, customer token) for `count` consented sessions."""
    api = f"{url}/api/v1"

    def login(email: str) -> str:
        r = requests.post(f"{api}/auth/login", json={"email": email, "password": PASSWORD})
        r.raise_for_status()
        return str(r.json()["token"])

    admin = {"Authorization": f"Bearer {login('admin@example.com')}"}
    out = []
    for i in range(count):
        agent_email = f"agent{i}@example.com"
        requests.post(
            f"{api}/users",
            json={"email": agent_email, "display_name": f"Agent {i}", "role": "agent",
                  "password": PASSWORD},
            headers=admin,
        ).raise_for_status()  # fmt: skip
        agent = {"Authorization": f"Bearer {login(agent_email)}"}
        r = requests.post(
            f"{api}/auth/register",
            json={"email": f"c{i}@example.com", "password": PASSWORD, "display_name": f"C {i}"},
        )
        r.raise_for_status()
        customer = {"Authorization": f"Bearer {r.json()['token']}"}
        ticket = requests.post(
            f"{api}/tickets", json={"title": f"relay {i}", "body": "frames"},
            headers={**customer, "Idempotency-Key": f"relay-ticket-{i}"},
        )  # fmt: skip
        ticket.raise_for_status()
        asked = requests.post(
            f"{api}/tickets/{ticket.json()['id']}/sessions", json={"scope": "view"},
            headers={**agent, "Idempotency-Key": f"relay-session-{i}"},
        )  # fmt: skip
        asked.raise_for_status()
        joined = requests.post(
            f"{api}/sessions/join", json={"code": asked.json()["code"]}, headers=customer
        )
        joined.raise_for_status()
        sid = int(joined.json()["id"])
        requests.post(
            f"{api}/sessions/{sid}/consent", json={"accept": True, "monitor": 1}, headers=customer
        ).raise_for_status()
        out.append((sid, agent["Authorization"], customer["Authorization"]))
    return out


# -- the bare forwarder (its own process, like the hub) --------------------------------------


async def forwarder(port_file: Path) -> None:
    rooms: dict[str, dict[str, Any]] = {}

    async def handle(ws: Any) -> None:
        _, _, room_id, role = ws.request.path.split("/")  # /room/<id>/<role>
        room = rooms.setdefault(room_id, {})
        room[role] = ws
        other = "agent" if role == "customer" else "customer"
        async for message in ws:
            peer = room.get(other)
            if peer is not None:
                await peer.send(message)

    async with websockets.serve(handle, "127.0.0.1", 0, compression=None, max_size=None) as server:
        port = next(iter(server.sockets)).getsockname()[1]
        port_file.write_text(str(port))
        await asyncio.Future()


# -- the load ---------------------------------------------------------------------------------


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    frames: int = 0
    bytes: int = 0
    dropped: int = 0


async def run_pair(
    customer_url: str,
    agent_url: str,
    headers: tuple[dict[str, str], dict[str, str]],
    session: int,
    seconds: float,
    fps: float | None,
    frame_bytes: int,
    tally: Tally,
) -> None:
    filler = os.urandom(frame_bytes)  # incompressible, like encoded screen tiles
    agent_ws = await websockets.connect(
        agent_url, additional_headers=headers[0], compression=None, max_size=None
    )
    customer_ws = await websockets.connect(
        customer_url, additional_headers=headers[1], compression=None, max_size=None
    )
    acked = asyncio.Condition()
    last_ack = -1
    stop = time.perf_counter() + seconds

    async def viewer() -> None:
        async for message in agent_ws:
            head, payload = parse(message)  # type: ignore[arg-type]
            if head.get("kind") != "frame":
                continue
            (sent,) = struct.unpack(">d", payload[:8])
            tally.latencies.append(time.perf_counter() - sent)
            tally.frames += 1
            tally.bytes += len(message)
            await agent_ws.send(envelope(session, "ack", head["seq"], b""))

    async def acks() -> None:
        nonlocal last_ack
        async for message in customer_ws:
            head, payload = parse(message)  # type: ignore[arg-type]
            if head.get("kind") == "ack":
                async with acked:
                    last_ack = max(last_ack, head["seq"])
                    acked.notify_all()
            elif head.get("kind") == "control" and b"frame_dropped" in payload:
                tally.dropped += 1
                body = json.loads(payload)
                async with acked:  # a dropped frame will never be acked: stop waiting for it
                    last_ack = max(last_ack, int(body.get("seq", 0)))
                    acked.notify_all()

    tasks = [asyncio.create_task(viewer()), asyncio.create_task(acks())]
    await asyncio.sleep(0.3)  # both ends present (the hub says hello / peer_joined)
    seq = 0
    next_at = time.perf_counter()
    while time.perf_counter() < stop:
        if fps is not None:
            next_at += 1 / fps
            await asyncio.sleep(max(0.0, next_at - time.perf_counter()))
        else:
            async with acked:
                with contextlib.suppress(TimeoutError):  # a lost ack must not stall the flood
                    await asyncio.wait_for(
                        acked.wait_for(lambda sent=seq: sent - last_ack < IN_FLIGHT),
                        timeout=1.0,
                    )
        seq += 1
        await customer_ws.send(
            envelope(session, "frame", seq, struct.pack(">d", time.perf_counter()) + filler)
        )
    await asyncio.sleep(0.5)  # the last frames arrive
    for task in tasks:
        task.cancel()
    await agent_ws.close()
    await customer_ws.close()


async def phase(
    urls: list[tuple[str, str, tuple[dict[str, str], dict[str, str]], int]],
    seconds: float,
    fps: float | None,
    frame_bytes: int,
) -> dict[str, Any]:
    tally = Tally()
    start = time.perf_counter()
    await asyncio.gather(
        *(run_pair(c, a, h, s, seconds, fps, frame_bytes, tally) for c, a, h, s in urls)
    )
    elapsed = time.perf_counter() - start - 0.8  # minus the settle and drain pauses
    lat = sorted(tally.latencies) or [0.0]
    return {
        "frames_per_s": round(tally.frames / elapsed, 1),
        "mb_per_s": round(tally.bytes / elapsed / 1e6, 2),
        "latency_ms_p50": round(1000 * statistics.median(lat), 2),
        "latency_ms_p99": round(1000 * lat[min(len(lat) - 1, int(0.99 * len(lat)))], 2),
        "frames_dropped": tally.dropped,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sessions", type=int, default=8)
    parser.add_argument("--fps", type=float, default=10.0)
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--frame-bytes", type=int, default=30_000)
    parser.add_argument("--forwarder", type=Path, help=argparse.SUPPRESS)  # child mode
    args = parser.parse_args()
    if args.forwarder:
        asyncio.run(forwarder(args.forwarder))
        return 0

    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="kefu-relay-bench-") as temp:
        root = Path(temp)
        os.environ["KEFU_HUB_REGISTER_MAX_PER_WINDOW"] = "1000000"
        hub = EmbeddedHub(root / "data", root / "port", root / "hub.log")
        url = hub.start()
        port_file = root / "forwarder-port"
        bare = subprocess.Popen(
            [sys.executable, __file__, "--forwarder", str(port_file)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            hub.create_user(
                role="admin", email="admin@example.com", name="Admin", password=PASSWORD
            )
            sessions = hub_sessions(url, args.sessions)
            while not port_file.exists():
                time.sleep(0.05)
            bare_port = int(port_file.read_text())
            ws = url.replace("http://", "ws://")
            through_hub = [
                (f"{ws}/api/v1/sessions/{sid}/relay", f"{ws}/api/v1/sessions/{sid}/relay",
                 ({"Authorization": agent}, {"Authorization": customer}), sid)
                for sid, agent, customer in sessions
            ]  # fmt: skip
            through_bare = [
                (f"ws://127.0.0.1:{bare_port}/room/{sid}/customer",
                 f"ws://127.0.0.1:{bare_port}/room/{sid}/agent", ({}, {}), sid)
                for sid, _a, _c in sessions
            ]  # fmt: skip
            for name, fps in (("paced", args.fps), ("flood", None)):
                results[name] = {
                    "bare": asyncio.run(phase(through_bare, args.seconds, fps, args.frame_bytes)),
                    "relay": asyncio.run(phase(through_hub, args.seconds, fps, args.frame_bytes)),
                }
        finally:
            bare.terminate()
            bare.wait(timeout=10)
            hub.stop()
    flood = results["flood"]
    report = {
        "cpus": os.cpu_count(),
        "load_average": [round(v, 2) for v in os.getloadavg()],
        "sessions": args.sessions,
        "fps": args.fps,
        "frame_bytes": args.frame_bytes,
        "seconds": args.seconds,
        **results,
        "flood_throughput_ratio": round(
            flood["relay"]["frames_per_s"] / max(flood["bare"]["frames_per_s"], 0.001), 3
        ),
    }
    json.dump(report, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
