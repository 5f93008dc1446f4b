"""Pacing on a throttled link: the frame rate gives way first, text never does."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from desktop.core.share.pacing import Pacer

from .conftest import FONT_PATH, TEXT
from .throttle import run

SLOW = 150_000 / 8  # 150 kbit/s in bytes per second
FAST = 20_000_000 / 8
WIDTH, HEIGHT = 640, 360
VIDEO = (300, 150, 320, 180)  # x, y, w, h of the clip in scenario B


@pytest.fixture(scope="module")
def font() -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONT_PATH, 14)


def text_screen(font: ImageFont.FreeTypeFont, t: float, *, busy: bool) -> np.ndarray:
    """An editor; `busy`: every line changes 20 times a second (a live log table)."""
    image = Image.new("RGB", (WIDTH, HEIGHT), (248, 248, 248))
    draw = ImageDraw.Draw(image)
    tick = int(t * 20)
    for row in range(16):
        number = f"{tick * 7 + row * 13:6d} " if busy else ""
        draw.text((8, 6 + row * 22), number + TEXT[(row + tick) % len(TEXT) if busy else row % 5],
                  font=font, fill=(20, 20, 20))  # fmt: skip
    typed = "导入订单 retry import"[: int(t * 8) % 18]
    draw.text((8, HEIGHT - 24), "> " + typed, font=font, fill=(0, 90, 180))
    return np.asarray(image, dtype=np.uint8).copy()


def with_video(frame: np.ndarray, t: float, playing_until: float) -> np.ndarray:
    x, y, w, h = VIDEO
    tick = int(min(t, playing_until) * 30)  # a 30 fps clip that stops (pauses) at the end
    rng = np.random.default_rng(tick)
    yy, xx = np.mgrid[0:h, 0:w]
    base = 128 + 80 * np.sin(xx / 25 + tick / 5)[..., None] * np.array([1.0, 0.6, 0.3])
    noisy = base + 20 * np.sin(yy / 17 - tick / 7)[..., None] + rng.normal(0, 6, (h, w, 3))
    frame[y : y + h, x : x + w] = np.clip(noisy, 0, 255).astype(np.uint8)
    return frame


def same_outside_video(shown: np.ndarray, frame: np.ndarray) -> bool:
    x, y, w, h = VIDEO
    differs = (shown != frame).any(axis=2)
    differs[y : y + h, x : x + w] = False
    return not differs.any()


def test_on_150_kbits_text_stays_exact_and_the_frame_rate_drops(
    font: ImageFont.FreeTypeFont,
) -> None:
    pacer = Pacer(max_fps=30)
    result = run(lambda t: text_screen(font, t, busy=True), seconds=12, bandwidth=SLOW, pacer=pacer)
    # Every frame the viewer got is the captured screen, to the bit: text never degrades.
    assert result.delivered and all(np.array_equal(d.shown, d.frame) for d in result.delivered)
    assert result.fps(4, 12) < 4  # far below 30: each frame of changed text is ~10 KB
    # The link is used, not overfilled: no standing queue, so what arrives is recent.
    assert result.bytes_sent <= SLOW * 12 * 1.05
    assert result.bytes_sent >= SLOW * 12 * 0.5
    lag = [d.arrived - d.captured for d in result.delivered[5:]]
    assert float(np.percentile(lag, 95)) < 1.5
    assert pacer.quality == 60  # nothing lossy on screen: nothing to lower


def test_on_150_kbits_video_loses_frames_before_quality_and_ends_exact(
    font: ImageFont.FreeTypeFont,
) -> None:
    pacer = Pacer(max_fps=30, quality_fps=8)
    shots: dict[tuple[int, int], np.ndarray] = {}

    def screen(t: float) -> np.ndarray:
        # Typing (8 keys a second) and a 30 fps clip; both stop at 6 s.
        key = (min(int(t * 8), 48), min(int(t * 30), 180))
        if key not in shots:
            shots[key] = with_video(text_screen(font, key[0] / 8, busy=False), key[1] / 30, 6.0)
        return shots[key]

    result = run(screen, seconds=18, bandwidth=SLOW, pacer=pacer)
    # Around the clip, every delivered frame is exact.
    assert all(same_outside_video(d.shown, d.frame) for d in result.delivered)
    drops = [
        d.captured
        for a, d in zip(result.delivered, result.delivered[1:], strict=False)
        if d.quality < a.quality
    ]
    assert drops, "150 kbit/s cannot carry this clip at 8 fps: quality must give at some point"
    first = drops[0]
    assert first < 6.0  # while it plays
    assert result.fps(max(0.0, first - 1.5), first) < 8  # the frame rate had given way already
    assert min(d.quality for d in result.delivered) >= pacer.min_quality
    # The clip paused at 6 s: its lossy tiles were refreshed losslessly, bit-exact.
    assert np.array_equal(result.delivered[-1].shown, result.delivered[-1].frame)
    assert result.delivered[-1].captured > 6.0


def test_a_fast_link_keeps_the_full_frame_rate(font: ImageFont.FreeTypeFont) -> None:
    pacer = Pacer(max_fps=30)
    result = run(lambda t: text_screen(font, t, busy=False), seconds=2, bandwidth=FAST, pacer=pacer)
    assert result.fps(0.5, 2) >= 25
    assert all(np.array_equal(d.shown, d.frame) for d in result.delivered)


def test_the_pacer_measures_rate_and_rtt_from_acks() -> None:
    pacer = Pacer(max_fps=10, max_in_flight=2)
    assert pacer.next_frame_due(5.0) == 5.0 and pacer.rate is None
    pacer.on_send(1, 10_000, 0.0)
    pacer.on_send(2, 10_000, 0.1)
    assert not pacer.may_send(0.1)
    assert pacer.on_ack(1, 0.5) == pytest.approx(0.5)
    assert pacer.on_ack(2, 1.0) == pytest.approx(0.9)
    assert pacer.rate == pytest.approx(20_000)  # 20 kB acknowledged over one second
    assert pacer.may_send(1.0) and pacer.min_rtt is not None
    # The last frame needs half a second of this link: wait that, not 1/10 s.
    assert pacer.next_frame_due(1.0) >= 0.1 + 0.5
    pacer.on_ack(99, 1.0)  # not ours: ignored
    pacer.on_send(3, 100, 1.0)
    pacer.on_lost(3)
    assert pacer.in_flight == 0
