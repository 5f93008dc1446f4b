"""When to send the next frame and how lossy photo areas may be: from the acks.

No Qt, no threads, no clock of its own (pass `now`, seconds on a monotonic
clock). The sharing loop tells the pacer what it sent and what the viewer
acknowledged, and asks it when the next capture is due:

    pacer = Pacer(max_fps=30)
    ...
    if pacer.may_send(now) and now >= pacer.next_frame_due(now):
        pacer.apply(encoder)                      # quality, refresh budget
        data = encoder.encode(grab()).to_bytes()
        seq = send("frame", data)
        pacer.on_send(seq, len(data), now)
    ...
    on ack {"seq"}:            pacer.on_ack(seq, now)
    on frame_dropped / resend: pacer.on_lost(seq)

What it does, in the order a person on a slow link wants it:

1. Never fill the link faster than it drains. The delivery rate is measured
   from the acks (bytes acknowledged over the time they took, the best
   recent sample, as BBR does) and the next frame waits until the last one
   has had time to cross: a 20 KB frame on 150 kbit/s means about one frame
   a second. Queueing shows as round-trip time above the lowest seen; then
   it waits longer still. At most `max_in_flight` frames are unacknowledged.
2. So the frame rate drops first. Text and UI are always lossless (the
   encoder decides by content, not by link), so text stays sharp at any rate.
3. Only when even `quality_fps` frames a second do not fit is the quality
   of lossy (photo/video) areas lowered, and it comes back up when the link
   has room; the lossless refresh of still photo areas is spread over
   frames (`max_refresh_tiles`) so it never blocks the picture for long.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Protocol

RATE_SAMPLES = 12  # the delivery rate is the best of this many recent samples
RTT_WINDOW = 10.0  # seconds the lowest round-trip time is remembered
QUEUE_SLACK = 0.05  # seconds of RTT above the lowest that count as no queue
PROBE_GAIN = 1.5  # with no queue in sight, send this much faster than the measured rate
REFRESH_TILE_BYTES = 8000  # what a 64x64 photo tile costs losslessly, roughly


class Tunable(Protocol):
    """What `Pacer.apply` sets: `Encoder` has both."""

    quality: int
    max_refresh_tiles: int | None


@dataclass
class _Sent:
    size: int
    at: float
    delivered: int  # bytes acknowledged when this frame left
    delivered_at: float


class Pacer:
    """Frame pacing and lossy quality from acknowledgments and round-trip times."""

    def __init__(
        self,
        *,
        max_fps: float = 30.0,
        min_fps: float = 0.5,
        max_in_flight: int = 2,
        quality_fps: float = 5.0,
        max_quality: int = 80,
        min_quality: int = 20,
        quality: int = 60,
    ) -> None:
        self.max_fps, self.min_fps = max_fps, min_fps
        self.max_in_flight = max_in_flight
        self.quality_fps = quality_fps
        self.max_quality, self.min_quality = max_quality, min_quality
        self.quality = quality
        self._in_flight: dict[int, _Sent] = {}
        self._delivered = 0
        self._delivered_at = 0.0
        self._rates: deque[float] = deque(maxlen=RATE_SAMPLES)
        self._rtts: deque[tuple[float, float]] = deque()  # (when, rtt)
        self._srtt: float | None = None
        self._excess: float | None = None  # smoothed RTT minus the frame's time on the link
        self._frame_bytes: float | None = None  # smoothed size of delta frames
        self._last_send: float | None = None
        self._last_capture = 0.0
        self._last_size = 0
        self._quality_changed = 0.0
        self._lossy_share = 0.0  # how much of the recent frames were lossy areas (0: none now)

    # -- what happened --------------------------------------------------------

    def on_send(
        self,
        seq: int,
        size: int,
        now: float,
        *,
        key: bool = False,
        lossy_bytes: int = 0,
        captured: float | None = None,
    ) -> None:
        """A frame of `size` bytes (`lossy_bytes` of them photo/video) went out as `seq`.

        `captured`: when its picture was grabbed; `max_fps` counts from there,
        so the time spent encoding does not lower the frame rate.
        """
        if not self._in_flight:
            self._delivered_at = now  # the link was idle: do not count the idle time
        self._in_flight[seq] = _Sent(size, now, self._delivered, self._delivered_at)
        self._last_send, self._last_size = now, size
        self._last_capture = now if captured is None else captured
        if not key:  # key frames are rare; they would make every frame look big
            smooth = self._frame_bytes
            self._frame_bytes = size if smooth is None else 0.8 * smooth + 0.2 * size
            share = lossy_bytes / size if size else 0.0
            self._lossy_share = share if share == 0 else 0.5 * self._lossy_share + 0.5 * share

    def on_ack(self, seq: int, now: float) -> float | None:
        """The viewer acknowledged `seq`; returns the round-trip time, if it was ours."""
        sent = self._in_flight.pop(seq, None)
        for older in [s for s in self._in_flight if s < seq]:
            del self._in_flight[older]  # replaced on the way (the hub keeps the newest)
        if sent is None:
            return None
        rtt = max(now - sent.at, 1e-6)
        self._delivered += sent.size
        self._delivered_at = now
        elapsed = now - sent.delivered_at
        if elapsed > 0:
            self._rates.append((self._delivered - sent.delivered) / elapsed)
        self._srtt = rtt if self._srtt is None else 0.8 * self._srtt + 0.2 * rtt
        # What the RTT holds beyond the frame's own time on the link: the path's
        # delay plus any queue. Its lowest recent value is the path alone.
        rate = self.rate
        excess = max(0.0, rtt - sent.size / rate) if rate else rtt
        self._rtts.append((now, excess))
        while self._rtts and now - self._rtts[0][0] > RTT_WINDOW:
            self._rtts.popleft()
        self._excess = excess if self._excess is None else 0.7 * self._excess + 0.3 * excess
        self._adapt_quality(now)
        return rtt

    def on_lost(self, seq: int) -> None:
        """`seq` will never be acknowledged (dropped by the hub, or timed out)."""
        self._in_flight.pop(seq, None)

    def reset(self) -> None:
        """The viewer changed: forget what was in flight, keep what we learnt."""
        self._in_flight.clear()

    # -- decisions -------------------------------------------------------------

    @property
    def rate(self) -> float | None:
        """Estimated delivery rate in bytes per second (None before two acks)."""
        return max(self._rates) if self._rates else None

    @property
    def min_rtt(self) -> float | None:
        """The path's own round trip (lowest recent RTT less the frame's time on the link)."""
        return min(r for _, r in self._rtts) if self._rtts else None

    @property
    def queue_delay(self) -> float:
        """Seconds frames currently wait in some queue on the way (0 when none)."""
        low = self.min_rtt
        if self._excess is None or low is None:
            return 0.0
        return max(0.0, self._excess - low)

    @property
    def rtt(self) -> float | None:
        """Smoothed round-trip time in seconds."""
        return self._srtt

    @property
    def in_flight(self) -> int:
        return len(self._in_flight)

    @property
    def fps(self) -> float:
        """The frame rate the link carries now for frames of the usual size."""
        rate, size = self.rate, self._frame_bytes
        if rate is None or not size:
            return self.max_fps
        return max(self.min_fps, min(self.max_fps, rate / size))

    def may_send(self, now: float) -> bool:
        """Whether the window of unacknowledged frames has room."""
        return len(self._in_flight) < self.max_in_flight

    def next_frame_due(self, now: float) -> float:
        """The monotonic time at which the next frame may be captured."""
        if self._last_send is None:
            return now
        gap = 0.0  # after the last send, for the link
        rate = self.rate
        if rate:
            queue = self.queue_delay
            if queue > QUEUE_SLACK:
                # A queue is building somewhere: let the last frame cross, and the queue drain.
                gap = self._last_size / rate + queue
            else:
                # No queue: pace a little faster than the rate seen so far, which
                # small frames (app-limited) understate; a queue shows at once.
                gap = self._last_size / (rate * PROBE_GAIN)
        due = max(self._last_capture + 1.0 / self.max_fps, self._last_send + gap)
        return min(due, self._last_send + 1.0 / self.min_fps)

    @property
    def max_refresh_tiles(self) -> int | None:
        """Lossless refresh tiles per frame: about half a second of the link."""
        rate = self.rate
        if rate is None:
            return None
        return max(1, int(rate * 0.5 / REFRESH_TILE_BYTES))

    def apply(self, encoder: Tunable) -> None:
        """Set the encoder's lossy quality and refresh budget."""
        encoder.quality = self.quality
        encoder.max_refresh_tiles = self.max_refresh_tiles

    def _adapt_quality(self, now: float) -> None:
        rate, size = self.rate, self._frame_bytes
        if rate is None or not size or len(self._rates) < 3:
            return
        achievable = rate / size
        lossy_matters = self._lossy_share >= 0.2  # else a lower quality would not help
        if achievable < self.quality_fps and lossy_matters and now - self._quality_changed >= 1.0:
            # Frames are as rare as we let them get: only now does the picture give.
            self.quality = max(self.min_quality, self.quality - 10)
            self._quality_changed = now
        elif achievable > 3 * self.quality_fps and now - self._quality_changed >= 2.0:
            self.quality = min(self.max_quality, self.quality + 5)
            self._quality_changed = now
