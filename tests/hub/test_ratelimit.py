"""The sliding window behind every rate limit, on a clock the test moves."""

from __future__ import annotations

from hub.ratelimit import SlidingWindow


def test_a_window_fills_then_slides() -> None:
    now = [0.0]
    window = SlidingWindow(limit=2, window=60, clock=lambda: now[0])
    assert not window.full("a")
    window.hit("a")
    now[0] = 30
    window.hit("a")
    assert window.full("a") and not window.full("b")  # keys are counted apart
    now[0] = 61  # the first hit left the window
    assert not window.full("a")
    window.hit("a")
    assert window.full("a")
    window.clear("a")
    assert not window.full("a")


def test_idle_keys_are_forgotten() -> None:
    now = [0.0]
    window = SlidingWindow(limit=1, window=10, clock=lambda: now[0])
    for key in range(1000):
        window.hit(key)
    now[0] = 100
    for key in range(1000):
        assert not window.full(key)
    assert len(window._hits) == 0
