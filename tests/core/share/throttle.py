"""An in-process throttled link for the pacing tests, on a simulated clock.

One direction carries frames at `bandwidth` bytes per second (first in, first
out, so a frame waits behind the ones before it) plus a fixed `delay`; acks
come back after the same delay. The sender is the real Encoder driven by the
real Pacer; the viewer is the real Decoder. No sleeping: events are taken in
time order, so 20 simulated seconds take well under a second plus the coding.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from desktop.core.share import Decoder, Encoder
from desktop.core.share.pacing import Pacer

Screen = Callable[[float], np.ndarray]  # the (H, W, 3) RGB screen at time t


@dataclass
class Delivered:
    captured: float
    arrived: float
    size: int
    quality: int  # the lossy quality the frame was coded with
    frame: np.ndarray  # what was captured
    shown: np.ndarray  # what the viewer had after applying it


@dataclass
class Run:
    sent: list[float] = field(default_factory=list)  # capture times
    delivered: list[Delivered] = field(default_factory=list)
    bytes_sent: int = 0

    def fps(self, start: float, end: float) -> float:
        return sum(1 for t in self.sent if start <= t < end) / (end - start)


def run(
    screen: Screen, *, seconds: float, bandwidth: float, delay: float = 0.02, pacer: Pacer
) -> Run:
    encoder, decoder = Encoder(threads=1), Decoder()
    result = Run()
    link_free = 0.0
    in_flight: list[tuple[float, int, float, bytes, np.ndarray, float, int]] = []
    now, seq = 0.0, 0
    while now < seconds:
        due = pacer.next_frame_due(now) if pacer.may_send(now) else math.inf
        next_ack = in_flight[0][0] if in_flight else math.inf
        if next_ack <= max(due, now):
            now = next_ack
            _, acked, arrived, data, frame, captured, quality = in_flight.pop(0)
            decoder.apply(data)
            assert decoder.framebuffer is not None
            result.delivered.append(
                Delivered(captured, arrived, len(data), quality, frame, decoder.framebuffer.copy())
            )
            pacer.on_ack(acked, now)
            continue
        now = max(due, now)
        if now >= seconds:
            break
        frame = screen(now)
        pacer.apply(encoder)
        message = encoder.encode(frame)
        data = message.to_bytes()
        link_free = max(now, link_free) + len(data) / bandwidth
        arrival = link_free + delay
        in_flight.append((arrival + delay, seq, arrival, data, frame, now, pacer.quality))
        pacer.on_send(
            seq,
            len(data),
            now,
            key=message.key,
            lossy_bytes=encoder.last_stats.lossy_bytes,
            captured=now,
        )
        result.sent.append(now)
        result.bytes_sent += len(data)
        seq += 1
    encoder.close()
    return result
