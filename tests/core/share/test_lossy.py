"""Photo and video areas go lossy, exactly where they are, and end bit-exact when still."""

from __future__ import annotations

import struct

import numpy as np
import pytest

from desktop.core.share.decoder import Decoder
from desktop.core.share.encoder import Encoder
from desktop.core.share.rects import encode_jpeg
from desktop.core.share.wire import CodecError, FrameMessage, Rect, RectCodec, copy_rect

from .conftest import Screen

CLIP = (203, 77, 170, 101)  # x, y, w, h: off the 16- and 64-pixel grids on purpose


def play(screen: np.ndarray, tick: int) -> np.ndarray:
    """`screen` with a frame of a noisy moving clip pasted into CLIP."""
    x, y, w, h = CLIP
    xx = np.mgrid[0:h, 0:w][1]
    wave = 128 + 90 * np.sin(xx / 13 + tick / 3)[..., None] * np.array([1.0, 0.7, 0.4])
    noise = np.random.default_rng(tick).normal(0, 8, (h, w, 3))
    frame = screen.copy()
    frame[y : y + h, x : x + w] = np.clip(wave + noise, 0, 255).astype(np.uint8)
    return frame


def psnr(a: np.ndarray, b: np.ndarray) -> float:
    mse = float(np.mean((a.astype(float) - b.astype(float)) ** 2))
    return 99.0 if mse == 0 else 10 * np.log10(255**2 / mse)


def test_a_playing_clip_is_lossy_to_the_pixel_and_text_stays_exact(editor_screen: Screen) -> None:
    screen = editor_screen(480, 320, "ok")
    encoder, decoder = Encoder(), Decoder()
    x, y, w, h = CLIP
    for tick in range(4):
        frame = play(screen, tick)
        message = encoder.encode(frame)
        decoder.apply(message.to_bytes())
        shown = decoder.framebuffer
        assert shown is not None
        lossy = [r for r in message.rects if r.codec == RectCodec.WEBP_LOSSY]
        assert [(r.x, r.y, r.w, r.h) for r in lossy] == [CLIP]
        outside = np.ones(frame.shape[:2], dtype=bool)
        outside[y : y + h, x : x + w] = False
        assert np.array_equal(shown[outside], frame[outside])
        assert psnr(shown[y : y + h, x : x + w], frame[y : y + h, x : x + w]) > 28
        assert not encoder.exact


def test_a_still_clip_is_refreshed_losslessly_to_bit_exact(editor_screen: Screen) -> None:
    screen = editor_screen(480, 320, "ok")
    encoder, decoder = Encoder(refresh_after=3), Decoder()
    for tick in range(3):
        decoder.apply(encoder.encode(play(screen, tick)).to_bytes())
    paused = play(screen, 2)
    codecs = []
    for _ in range(4):
        message = encoder.encode(paused)
        decoder.apply(message.to_bytes())
        codecs.append({r.codec for r in message.rects})
    assert codecs[:2] == [set(), set()]  # unchanged: nothing, while it may still move
    assert codecs[2] and RectCodec.WEBP_LOSSY not in codecs[2]  # the lossless refresh
    assert encoder.exact and np.array_equal(decoder.framebuffer, paused)
    assert encoder.last_stats.lossy_tiles_left == 0


def test_a_refresh_budget_spreads_the_refresh_over_frames(editor_screen: Screen) -> None:
    screen = editor_screen(480, 320, "ok")
    encoder, decoder = Encoder(refresh_after=1), Decoder()
    decoder.apply(encoder.encode(play(screen, 0)).to_bytes())
    decoder.apply(encoder.encode(play(screen, 1)).to_bytes())
    encoder.max_refresh_tiles = 2
    paused, frames = play(screen, 1), 0
    while not encoder.exact and frames < 20:
        decoder.apply(encoder.encode(paused).to_bytes())
        assert encoder.last_stats.refreshed_tiles <= 2
        frames += 1
    assert 2 <= frames < 20 and np.array_equal(decoder.framebuffer, paused)


def test_a_copy_moves_lossy_flags_along(editor_screen: Screen) -> None:
    # A window holding a photo is dragged once it went still: the moved photo
    # pixels are the viewer's lossy ones, so they still get their refresh.
    base = editor_screen(640, 400, "")
    encoder, decoder = Encoder(refresh_after=2), Decoder()
    photo = play(base, 0)[CLIP[1] : CLIP[1] + CLIP[3], CLIP[0] : CLIP[0] + CLIP[2]]
    frame = base.copy()
    frame[77:178, 203:373] = photo
    decoder.apply(encoder.encode(base).to_bytes())
    decoder.apply(encoder.encode(frame).to_bytes())  # appears: lossy
    moved = base.copy()
    moved[97:198, 263:433] = photo
    for _ in range(5):
        decoder.apply(encoder.encode(moved).to_bytes())
    assert encoder.exact and np.array_equal(decoder.framebuffer, moved)


def test_jpeg_rects_decode_and_copies_check_their_source() -> None:
    yy, xx = np.mgrid[0:16, 0:24]
    rgb = np.stack([xx * 10, yy * 15, xx + yy + 60], axis=2).astype(np.uint8)  # smooth
    jpeg = Rect(0, 0, 24, 16, RectCodec.JPEG, encode_jpeg(rgb, 90))
    decoder = Decoder()
    decoder.apply(FrameMessage(0, True, 24, 16, (jpeg,)).to_bytes())
    assert decoder.framebuffer is not None and psnr(decoder.framebuffer, rgb) > 25
    before = decoder.framebuffer.copy()
    # Overlapping copy: rows 0..11 move down by 4, as a scroll up would.
    decoder.apply(FrameMessage(1, False, 24, 16, (copy_rect(0, 4, 24, 12, 0, 0),)).to_bytes())
    assert np.array_equal(decoder.framebuffer[4:], before[:12])
    outside = Rect(0, 0, 8, 8, RectCodec.COPY, struct.pack(">HH", 20, 0))
    with pytest.raises(CodecError, match="copy source 8x8 at \\(20, 0\\) lies outside"):
        decoder.apply(FrameMessage(2, False, 24, 16, (outside,)).to_bytes())
    with pytest.raises(CodecError, match="copy rect carries 4 bytes, not 3"):
        decoder.apply(FrameMessage(2, False, 24, 16, (Rect(0, 0, 1, 1, 3, b"abc"),)).to_bytes())
    assert np.array_equal(decoder.framebuffer[4:], before[:12])  # refused: nothing written
