"""A sliding-window counter per key: the one mechanism behind every rate limit.

In memory, per hub process (several hubs behind one address each count their
own share; the limits are there to slow guessing, not to meter exactly).
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Hashable


class SlidingWindow:
    """At most `limit` hits per key within `window` seconds."""

    def __init__(
        self, limit: int, window: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limit, self.window, self._clock = limit, window, clock
        self._hits: dict[Hashable, deque[float]] = {}
        self._lock = threading.Lock()

    def _count(self, key: Hashable, now: float) -> int:
        hits = self._hits.get(key)
        if hits is None:
            return 0
        while hits and now - hits[0] > self.window:
            hits.popleft()
        if not hits:
            del self._hits[key]  # memory stays bounded by the keys active in the window
        return len(hits)

    def full(self, key: Hashable) -> bool:
        with self._lock:
            return self._count(key, self._clock()) >= self.limit

    def hit(self, key: Hashable) -> None:
        with self._lock:
            now = self._clock()
            self._count(key, now)
            self._hits.setdefault(key, deque()).append(now)

    def clear(self, key: Hashable) -> None:
        with self._lock:
            self._hits.pop(key, None)
