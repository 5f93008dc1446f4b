"""The agent's side of the pixels: decode frames, acknowledge them, measure.

`FrameReceiver.take(envelope)` is called on the relay's reader thread for
each frame or cursor message. It decodes with the share codec, sends the ack
that lets the sharer send the next frame, and keeps the live figures (fps,
kbit/s over the last two seconds; latency as the sharer measured it from
capture to our ack, which needs no common clock). A frame that cannot be
applied asks the sharer for a key frame.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from desktop.core.remote.envelope import Envelope
from desktop.core.share import CodecError, Decoder, NeedKeyFrame, Update

log = logging.getLogger(__name__)

WINDOW = 2.0  # seconds the live figures average over


@dataclass(frozen=True)
class Figures:
    fps: float
    kbps: float
    latency_ms: int | None
    frames: int


class FrameReceiver:
    """Holds the decoder; `send_json(kind, **body)` is the relay's sender."""

    def __init__(self, send_json: Callable[..., int]) -> None:
        self.decoder = Decoder()
        self._send_json = send_json
        self._lock = threading.Lock()
        self._recent: deque[tuple[float, int]] = deque()  # (arrival, bytes)
        self._latency: int | None = None
        self._asked_key = 0.0
        self.frames = 0

    def take(self, item: Envelope) -> Update | None:
        """Apply one frame/cursor message; the update, or None if it was not applied."""
        if item.kind == "frame":
            # Ack first: the sharer may capture the next frame while we decode this one.
            self._send_json("ack", seq=item.seq)
        try:
            update = self.decoder.apply(item.payload)
        except NeedKeyFrame:
            self.ask_key_frame()
            return None
        except CodecError as exc:
            log.warning("dropping a share message we cannot read: %s", exc)
            self.ask_key_frame()
            return None
        if item.kind == "frame":
            now = time.monotonic()
            rtt = item.extra.get("rtt")
            with self._lock:
                self.frames += 1
                self._recent.append((now, len(item.payload)))
                if isinstance(rtt, int):
                    self._latency = rtt
        return update

    def ask_key_frame(self) -> None:
        now = time.monotonic()
        if now - self._asked_key > 0.5:  # one request per gap is enough
            self._asked_key = now
            self._send_json("control", type="key_frame_request")

    def figures(self) -> Figures:
        now = time.monotonic()
        with self._lock:
            while self._recent and now - self._recent[0][0] > WINDOW:
                self._recent.popleft()
            count = len(self._recent)
            total = sum(size for _, size in self._recent)
            return Figures(count / WINDOW, total * 8 / 1000 / WINDOW, self._latency, self.frames)
