"""Scrolls and moved windows travel as copies; every frame stays bit-exact."""

from __future__ import annotations

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw, ImageFont

from desktop.core.share import motion
from desktop.core.share.decoder import Decoder
from desktop.core.share.encoder import Encoder
from desktop.core.share.wire import RectCodec

from .conftest import FONT_PATH, TEXT, Screen

fractions = st.floats(0, 1, exclude_max=True)
scrolls = st.tuples(st.just("scroll"), fractions, fractions, fractions, fractions,
                    st.integers(-60, 60))  # fmt: skip
moves = st.tuples(st.just("move"), fractions, fractions, st.integers(8, 90), st.integers(8, 90),
                  st.integers(-50, 50), st.integers(-50, 50))  # fmt: skip
edits = st.tuples(st.just("edit"), fractions, fractions, st.integers(1, 70), st.integers(1, 70),
                  st.sampled_from(["noise", "solid"]))  # fmt: skip


def apply_step(frame: np.ndarray, step: tuple, rng: np.random.Generator) -> None:
    """Change `frame` in place the way a screen does."""
    height, width, channels = frame.shape
    if step[0] == "scroll":  # part of the screen scrolls; new rows appear at one edge
        _, fx, fy, fw, fh, dy = step
        x, y = int(fx * width), int(fy * height)
        w, h = max(1, int(fw * (width - x))), max(1, int(fh * (height - y)))
        view = frame[y : y + h, x : x + w]
        shifted = np.roll(view, -dy, axis=0)
        new_rows = slice(h - dy, h) if dy > 0 else slice(0, -dy)
        shifted[new_rows] = rng.integers(0, 256, shifted[new_rows].shape, dtype=np.uint8)
        view[:] = shifted
    elif step[0] == "move":  # a window is dragged; what it covered shows a flat desktop
        _, fx, fy, w, h, dx, dy = step
        x, y = int(fx * width), int(fy * height)
        block = frame[y : y + h, x : x + w].copy()
        frame[y : y + h, x : x + w] = rng.integers(0, 256, channels, dtype=np.uint8)
        nx, ny = min(max(0, x + dx), width - 1), min(max(0, y + dy), height - 1)
        part = block[: height - ny, : width - nx]
        frame[ny : ny + part.shape[0], nx : nx + part.shape[1]] = part
    else:
        _, fx, fy, w, h, kind = step
        x, y = int(fx * width), int(fy * height)
        region = frame[y : y + h, x : x + w]
        if kind == "noise":
            region[:] = rng.integers(0, 256, region.shape, dtype=np.uint8)
        else:
            region[:] = rng.integers(0, 256, channels, dtype=np.uint8)


def rgb(frame: np.ndarray) -> np.ndarray:
    return frame if frame.shape[2] == 3 else frame[:, :, 2::-1]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    height=st.integers(40, 220),
    width=st.integers(40, 260),
    channels=st.sampled_from([3, 4]),
    tile=st.sampled_from([16, 32, 64]),
    session=st.lists(st.one_of(scrolls, moves, edits), min_size=1, max_size=6),
    seed=st.integers(0, 2**32 - 1),
)
def test_scrolls_moves_and_edits_stay_bit_exact(
    height: int, width: int, channels: int, tile: int, session: list[tuple], seed: int
) -> None:
    rng = np.random.default_rng(seed)
    # Noise makes every displacement findable, and lossless keeps every frame exact.
    encoder, decoder = Encoder(tile=tile, lossy=False), Decoder()
    frame = rng.integers(0, 256, (height, width, channels), dtype=np.uint8)
    decoder.apply(encoder.encode(frame).to_bytes())
    for step in session:
        apply_step(frame, step, rng)
        decoder.apply(encoder.encode(frame).to_bytes())
        assert np.array_equal(decoder.framebuffer, rgb(frame))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    size=st.tuples(st.integers(80, 200), st.integers(80, 240)),
    session=st.lists(st.one_of(scrolls, moves, edits), min_size=1, max_size=6),
    seed=st.integers(0, 2**32 - 1),
)
def test_with_lossy_areas_every_tile_not_flagged_lossy_is_exact(
    size: tuple[int, int], session: list[tuple], seed: int
) -> None:
    rng = np.random.default_rng(seed)
    encoder, decoder = Encoder(tile=32, refresh_after=2), Decoder()
    # A flat desktop with a noisy photo on it: noise edits and moves make more.
    frame = np.zeros((*size, 4), dtype=np.uint8) + rng.integers(0, 256, 4, dtype=np.uint8)
    frame[8:72, 8:72] = rng.integers(0, 256, (64, 64, 4), dtype=np.uint8)
    decoder.apply(encoder.encode(frame).to_bytes())
    assert not encoder.exact  # the photo went lossy
    for step in session:
        apply_step(frame, step, rng)
        decoder.apply(encoder.encode(frame).to_bytes())
        flags = encoder.lossy_tiles
        assert flags is not None and decoder.framebuffer is not None
        exact = ~np.repeat(np.repeat(flags, 32, 0), 32, 1)[: size[0], : size[1]]
        assert np.array_equal(decoder.framebuffer[exact], rgb(frame)[exact])
    for _ in range(4):  # the screen stands still: lossy areas are refreshed
        decoder.apply(encoder.encode(frame).to_bytes())
    assert encoder.exact and np.array_equal(decoder.framebuffer, rgb(frame))


def test_a_scrolled_editor_is_one_copy_and_a_strip() -> None:
    image = Image.new("RGB", (800, 1400), (250, 250, 250))
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT_PATH, 14)
    for line in range(68):
        draw.text((8, 4 + 20 * line), f"{line + 1:4d}  {TEXT[line % len(TEXT)]}", font=font, fill=0)
    page = np.asarray(image, dtype=np.uint8)
    encoder, plain, decoder = Encoder(), Encoder(motion=False), Decoder()
    first = page[0:600]
    decoder.apply(encoder.encode(first).to_bytes())
    plain.encode(first)
    scrolled = page[60:660]  # three lines down
    message = encoder.encode(scrolled)
    decoder.apply(message.to_bytes())
    assert np.array_equal(decoder.framebuffer, scrolled)
    assert encoder.last_stats.copies >= 1 and message.rects[0].codec == RectCodec.COPY
    # Besides the copy, only the three new lines at the bottom are coded.
    assert all(r.y >= 520 for r in message.rects[1:])
    assert len(message.to_bytes()) * 2 < len(plain.encode(scrolled).to_bytes())


def test_a_dragged_dialog_is_one_copy(editor_screen: Screen) -> None:
    desktop = editor_screen(900, 600, "")
    image = Image.new("RGB", (300, 140), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT_PATH, 14)
    draw.rectangle((0, 0, 299, 24), fill=(0, 120, 215))
    draw.text((10, 4), "数据库连接 Database Connection", font=font, fill="white")
    draw.text((14, 50), "ORA-12154: TNS 无法解析连接标识符", font=font, fill=(180, 0, 0))
    draw.text((200, 108), "确定 OK", font=font, fill=(0, 0, 0))
    dialog = np.asarray(image, dtype=np.uint8)
    encoder, decoder = Encoder(), Decoder()
    for step in range(6):
        frame = desktop.copy()
        x, y = 150 + 17 * step, 120 + 9 * step
        frame[y : y + 140, x : x + 300] = dialog
        message = encoder.encode(frame)
        decoder.apply(message.to_bytes())
        assert np.array_equal(decoder.framebuffer, frame)
        if step:
            assert encoder.last_stats.copies == 1
            copy = message.rects[0]
            assert copy.codec == RectCodec.COPY and copy.w * copy.h >= 280 * 120


def test_components_are_connected_areas() -> None:
    mask = np.zeros((6, 8), dtype=bool)
    mask[0:2, 0:2] = True
    mask[2, 2] = True  # touches the first area diagonally
    mask[4:6, 5:8] = True
    assert sorted(motion.components(mask)) == [(0, 3, 0, 3), (4, 6, 5, 8)]
