"""The customer's sharing loop: capture, mask, encode, send, paced by acks.

Runs on its own thread, started only after the customer accepted (the UI
creates a `Sharer` from the consent answer; nothing else captures). Each
frame goes out as an envelope of kind "frame"; the viewer acknowledges it
with `ack {"seq"}`. At most `max_in_flight` frames are unacknowledged, so a
slow viewer slows the capture instead of piling frames up anywhere. When the
hub replaced an unsent frame (`frame_dropped`) or the viewer lost track
(`key_frame_request`), the next frame is a key frame.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence

import numpy as np

from desktop.core.remote.source import FrameSource, apply_masks, neutral_frame
from desktop.core.share import Cursor, Encoder
from desktop.core.share.pacing import Pacer
from desktop.core.share.tiles import Box, Frame

log = logging.getLogger(__name__)

IDLE_POLL = 0.1  # seconds between looks at a screen that is not changing
SendFn = Callable[..., int]  # (kind, payload, **header extras) -> seq, -1 if not sent
CursorFn = Callable[[], tuple[int, int] | None]  # pointer in monitor pixels, None if outside


class Sharer:
    """Signals nothing; the UI polls `frames_sent` and friends for the bar.

    `on_error(exc)` is called (on the sharing thread) if capture fails for good.
    """

    def __init__(
        self,
        source_factory: Callable[[], FrameSource],
        send: SendFn,
        *,
        max_fps: float = 15.0,
        max_in_flight: int = 2,
        ack_timeout: float = 2.0,
        cursor: CursorFn | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        self._factory = source_factory
        self._send = send
        self._interval = 1.0 / max_fps
        self._max_in_flight = max_in_flight
        self._ack_timeout = ack_timeout
        self._cursor = cursor
        self._on_error = on_error or (lambda exc: log.error("sharing failed: %s", exc))
        self._cond = threading.Condition()
        self._stop = False
        self._paused = False
        self._viewer = False
        self._key_wanted = True
        self._in_flight: dict[int, float] = {}
        # Frame rate and lossy quality from the acks (the codec's pacer; under _cond).
        self._pacer = Pacer(max_fps=max_fps, max_in_flight=max_in_flight)
        self._masks: tuple[Box, ...] = ()
        self._thread: threading.Thread | None = None
        self.frames_sent = 0
        self.bytes_sent = 0
        self.grabs = 0
        self.turns = 0  # loop iterations, for tests that wait for "a while" without sleeping
        self.last_rtt_ms: int | None = None
        self.size: tuple[int, int] | None = None

    # -- control, from any thread --------------------------------------------------

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="kefu-sharer", daemon=True)
        self._thread.start()

    def request_stop(self) -> None:
        """No capture after this returns (a grab already under way is not sent)."""
        with self._cond:
            self._stop = True
            self._cond.notify_all()

    def stop(self, timeout: float = 5.0) -> None:
        self.request_stop()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def paused(self) -> bool:
        return self._paused

    def set_paused(self, paused: bool) -> None:
        with self._cond:
            self._paused = paused
            self._key_wanted = True  # the neutral frame, then the screen again, whole
            self._cond.notify_all()

    def set_viewer_present(self, present: bool) -> None:
        """The agent's viewer is connected (hello/peer_joined) or gone (peer_left)."""
        with self._cond:
            self._viewer = present
            self._in_flight.clear()
            self._pacer.reset()
            self._key_wanted = True
            self._cond.notify_all()

    def set_masks(self, boxes: Sequence[Box]) -> None:
        """Our own windows' rectangles, in the shared monitor's pixels."""
        with self._cond:
            self._masks = tuple(boxes)

    def request_key_frame(self) -> None:
        with self._cond:
            self._key_wanted = True
            self._cond.notify_all()

    def acknowledged(self, seq: int) -> None:
        with self._cond:
            now = time.monotonic()
            sent = self._in_flight.pop(seq, None)
            rtt = self._pacer.on_ack(seq, now)
            for older in [s for s in self._in_flight if s < seq]:
                del self._in_flight[older]  # replaced at the hub by this newer one
                self._pacer.on_lost(older)
            if rtt is not None:
                self.last_rtt_ms = round(rtt * 1000)
            elif sent is not None:
                self.last_rtt_ms = round((now - sent) * 1000)
            self._cond.notify_all()

    def frame_dropped(self, seq: int) -> None:
        with self._cond:
            self._in_flight.pop(seq, None)
            self._pacer.on_lost(seq)
            self._key_wanted = True
            self._cond.notify_all()

    # -- the loop --------------------------------------------------------------------

    def _wait_turn(self, due: float) -> bool:
        """Block until a frame may be sent; False when stopping."""
        with self._cond:
            while not self._stop:
                now = time.monotonic()
                stale = [s for s, t in self._in_flight.items() if now - t > self._ack_timeout]
                for seq in stale:  # lost on the way: the viewer needs a whole picture
                    del self._in_flight[seq]
                    self._pacer.on_lost(seq)
                    self._key_wanted = True
                ready = (
                    self._viewer
                    and len(self._in_flight) < self._max_in_flight
                    and self._pacer.may_send(now)
                )
                due = max(due, self._pacer.next_frame_due(now))
                if ready and now >= due:
                    self.turns += 1
                    return True
                self._cond.wait(max(due - now, 0.005) if ready else 0.25)
            return False

    def _run(self) -> None:
        try:
            source = self._factory()
        except Exception as exc:
            self._on_error(exc)
            return
        try:
            self._loop(source)
        except Exception as exc:
            log.exception("sharing stopped")
            self._on_error(exc)
        finally:
            source.close()

    def _loop(self, source: FrameSource) -> None:
        encoder = Encoder()
        try:
            self._share(source, encoder)
        finally:
            encoder.close()  # its coding threads

    def _share(self, source: FrameSource, encoder: Encoder) -> None:
        width, height = source.size
        self.size = (width, height)
        due = 0.0
        neutral_sent = False
        last_cursor: tuple[int, int] | None = None
        last: Frame | None = None
        while self._wait_turn(due):
            with self._cond:
                paused, masks, key = self._paused, self._masks, self._key_wanted
                self._key_wanted = False
            if key:
                encoder.request_key_frame()
                last = None
            if paused:
                if not neutral_sent or key:  # a viewer that (re)joined needs it too
                    self._send_frame(encoder, neutral_frame(width, height))
                    neutral_sent = True
                due = time.monotonic() + IDLE_POLL
                continue
            neutral_sent = False
            started = time.monotonic()
            frame = source.grab()
            self.grabs += 1
            if masks:
                apply_masks(frame, masks)
            if self._stop or self._paused:
                continue  # stopped or paused while grabbing: that picture stays here
            last_cursor = self._send_cursor(last_cursor)
            if last is not None and encoder.exact and np.array_equal(frame, last):
                # Nothing changed: send nothing (no frame number is used up), so a
                # still screen costs no bandwidth and the hub's idle timer can run.
                # Not while the viewer has lossy pixels: re-encoding refreshes them.
                due = started + max(self._interval, IDLE_POLL)
                continue
            self._send_frame(encoder, frame)
            last = frame
            due = started + self._interval

    def _send_frame(self, encoder: Encoder, frame: Frame) -> bool:
        with self._cond:
            self._pacer.apply(encoder)
        message = encoder.encode(frame)
        data = message.to_bytes()
        extra = {"rtt": self.last_rtt_ms} if self.last_rtt_ms is not None else {}
        seq = self._send("frame", data, **extra)
        if seq < 0:
            with self._cond:
                self._key_wanted = True  # the viewer missed this delta
            return False
        with self._cond:
            now = time.monotonic()
            self._in_flight[seq] = now
            lossy = encoder.last_stats.lossy_bytes
            self._pacer.on_send(seq, len(data), now, key=message.key, lossy_bytes=lossy)
        self.frames_sent += 1
        self.bytes_sent += len(data)
        return bool(message.rects)

    def _send_cursor(self, last: tuple[int, int] | None) -> tuple[int, int] | None:
        if self._cursor is None:
            return None
        where = self._cursor()
        if where != last:
            x, y = where if where is not None else (0, 0)
            self._send("cursor", Cursor(x, y, visible=where is not None).to_bytes())
        return where
