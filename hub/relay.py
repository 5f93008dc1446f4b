"""The session relay: moves envelopes between a session's customer and agent.

One room per session, living on the server's event loop. The relay forwards
only after consent, only between the two participants and only the kinds the
session grants the sender. A slow viewer never makes anyone buffer without
bound: each receiver has one slot for frames (the newest wins; the sender is
told a frame was dropped so it can send a key frame) and a short queue for
everything else. Routes on worker threads reach rooms through the
thread-safe methods of `RelayRegistry`.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import time
from collections import deque
from dataclasses import dataclass, field

from starlette.websockets import WebSocket

from hub import envelope

log = logging.getLogger(__name__)
CONTROL_QUEUE = 256
OTHER = {"agent": "customer", "customer": "agent"}


@dataclass(eq=False)
class Peer:
    role: str
    ws: WebSocket
    wake: asyncio.Event = field(default_factory=asyncio.Event)
    queue: deque[bytes] = field(default_factory=lambda: deque(maxlen=CONTROL_QUEUE))
    frame: bytes | None = None
    closing: tuple[int, str] | None = None
    frames_dropped: int = 0

    def offer(self, message: bytes, *, is_frame: bool) -> bytes | None:
        """Queue a message; returns the unsent frame it replaced, if any."""
        replaced = None
        if is_frame:
            replaced, self.frame = self.frame, message
        else:
            self.queue.append(message)
        self.wake.set()
        return replaced

    def close(self, code: int, reason: str) -> None:
        self.closing = (code, reason)
        self.wake.set()

    async def pump(self) -> None:
        """Send what is queued until told to close (runs as this peer's writer)."""
        while True:
            await self.wake.wait()
            self.wake.clear()
            while self.queue:
                await self.ws.send_bytes(self.queue.popleft())
            if self.frame is not None:
                message, self.frame = self.frame, None
                await self.ws.send_bytes(message)
            if self.closing is not None:
                await self.ws.close(*self.closing)
                return


@dataclass(eq=False)
class Room:
    session_id: int
    grants: dict[str, frozenset[str]]
    consented: bool = False
    peers: dict[str, Peer] = field(default_factory=dict)
    last_activity: float = field(default_factory=time.monotonic)
    dropped_before_consent: int = 0
    _seq: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def tell(self, to: str, /, **body: object) -> None:
        peer = self.peers.get(to)
        if peer is not None:
            peer.offer(envelope.control(self.session_id, next(self._seq), **body), is_frame=False)

    def forward(self, sender: str, message: bytes) -> str:
        """Route one message from `sender`; returns what happened (for tests and logs)."""
        try:
            header = envelope.unpack_header(message)
        except envelope.EnvelopeError:
            return "malformed"
        if header.session != self.session_id:
            return "wrong_session"
        if not self.consented:
            self.dropped_before_consent += 1
            return "no_consent"
        if header.kind not in self.grants.get(sender, frozenset()):
            return "not_granted"
        self.last_activity = time.monotonic()
        receiver = self.peers.get(OTHER[sender])
        if receiver is None:
            return "no_peer"
        replaced = receiver.offer(message, is_frame=header.kind == "frame")
        if replaced is not None:
            # The viewer now misses a delta: tell the sender, which sends a key frame.
            receiver.frames_dropped += 1
            self.tell(sender, type="frame_dropped", seq=envelope.unpack_header(replaced).seq)
        return "forwarded"

    def end(self, reason: str, by: str) -> None:
        for role, peer in list(self.peers.items()):
            self.tell(role, type="ended", reason=reason, by=by)
            peer.close(1000, "session ended")


class RelayRegistry:
    """All rooms of this hub process."""

    def __init__(self) -> None:
        self.rooms: dict[int, Room] = {}
        self.loop: asyncio.AbstractEventLoop | None = None

    def room(self, session_id: int, grants: dict[str, frozenset[str]]) -> Room:
        self.loop = asyncio.get_running_loop()
        room = self.rooms.get(session_id)
        if room is None:
            room = self.rooms[session_id] = Room(session_id, grants)
        return room

    def drop_if_empty(self, room: Room) -> None:
        if not room.peers and self.rooms.get(room.session_id) is room:
            del self.rooms[room.session_id]

    # Thread-safe entry points for the REST routes --------------------------

    def _call(self, fn: object, *args: object) -> None:
        loop = self.loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(fn, *args)  # type: ignore[arg-type]

    def consented(self, session_id: int) -> None:
        def apply() -> None:
            room = self.rooms.get(session_id)
            if room is not None:
                room.consented = True
                for role in list(room.peers):
                    room.tell(role, type="consented")

        self._call(apply)

    def ended(self, session_id: int, reason: str, by: str) -> None:
        def apply() -> None:
            room = self.rooms.get(session_id)
            if room is not None:
                room.consented = False
                room.end(reason, by)

        self._call(apply)

    def idle_sessions(self, idle_seconds: float) -> list[int]:
        now = time.monotonic()
        return [
            sid
            for sid, room in self.rooms.items()
            if room.consented and now - room.last_activity > idle_seconds
        ]
