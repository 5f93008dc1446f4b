"""The decoder is bit-exact with the encoder's input after every frame."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.share.cursor import encode_cursor_shape
from desktop.core.share.decoder import MAX_PIXELS, Decoder, NeedKeyFrame
from desktop.core.share.encoder import Encoder
from desktop.core.share.tiles import Box
from desktop.core.share.wire import (
    CodecError,
    Cursor,
    FrameMessage,
    Rect,
    RectCodec,
    parse_message,
)

from .conftest import Screen

# A step of a session: edit a rectangle, ask for a key frame, or change size.
edits = st.tuples(
    st.just("edit"),
    st.floats(0, 1, exclude_max=True),
    st.floats(0, 1, exclude_max=True),
    st.integers(1, 80),
    st.integers(1, 80),
    st.sampled_from(["noise", "solid", "pixel"]),
)
steps = st.one_of(
    edits,
    st.just(("key",)),
    st.tuples(st.just("resize"), st.integers(1, 150), st.integers(1, 150)),
    st.just(("same",)),
)


def expected_rgb(frame: np.ndarray) -> np.ndarray:
    return frame if frame.shape[2] == 3 else frame[:, :, 2::-1]  # BGRA as mss gives


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    height=st.integers(1, 150),
    width=st.integers(1, 150),
    channels=st.sampled_from([3, 4]),
    tile=st.sampled_from([16, 64]),
    session=st.lists(steps, min_size=1, max_size=8),
    seed=st.integers(0, 2**32 - 1),
)
def test_random_sessions_stay_bit_exact_after_every_frame(
    height: int, width: int, channels: int, tile: int, session: list[tuple], seed: int
) -> None:
    rng = np.random.default_rng(seed)
    # Noise is photo-like: lossless here, so every frame must be bit-exact.
    encoder, decoder = Encoder(tile=tile, lossy=False), Decoder()
    frame = rng.integers(0, 256, (height, width, channels), dtype=np.uint8)
    for step in [("same",), *session]:
        if step[0] == "edit":
            _, fy, fx, h, w, kind = step
            y, x = int(fy * frame.shape[0]), int(fx * frame.shape[1])
            region = frame[y : y + h, x : x + w]
            if kind == "noise":
                region[:] = rng.integers(0, 256, region.shape, dtype=np.uint8)
            elif kind == "solid":
                region[:] = rng.integers(0, 256, channels, dtype=np.uint8)
            else:
                region[0, 0, 0] ^= 1
        elif step[0] == "key":
            encoder.request_key_frame()
        elif step[0] == "resize":
            frame = rng.integers(0, 256, (step[1], step[2], channels), dtype=np.uint8)
        message = encoder.encode(frame)
        update = decoder.apply(message.to_bytes())
        assert decoder.framebuffer is not None
        assert np.array_equal(decoder.framebuffer, expected_rgb(frame))
        assert update.frame == message
        for box in update.dirty:
            assert box.x + box.w <= frame.shape[1] and box.y + box.h <= frame.shape[0]


def test_a_typing_session_on_a_rendered_editor_is_bit_exact(editor_screen: Screen) -> None:
    encoder, decoder = Encoder(), Decoder()
    sent = 0
    for typed in ["", "r", "re", "ret", "retr", "retry 重试", "retry 重试导入"]:
        frame = editor_screen(800, 450, typed)
        data = encoder.encode(frame).to_bytes()
        sent += len(data)
        update = decoder.apply(data)
        assert np.array_equal(decoder.framebuffer, frame)  # type: ignore[arg-type]
        assert update.frame is not None
    assert sent < 800 * 450 * 3 / 10


def test_dirty_boxes_name_what_changed() -> None:
    encoder, decoder = Encoder(), Decoder()
    frame = np.zeros((100, 200, 3), dtype=np.uint8)
    first = decoder.apply(encoder.encode(frame).to_bytes())
    assert first.resized and first.dirty == (Box(0, 0, 200, 100),)
    frame[70, 150] = 255
    second = decoder.apply(encoder.encode(frame).to_bytes())
    assert not second.resized and second.dirty == (Box(150, 70, 1, 1),)  # just the pixel


def test_a_delta_without_its_base_asks_for_a_key_frame() -> None:
    encoder, decoder = Encoder(), Decoder()
    frame = np.zeros((32, 32, 3), dtype=np.uint8)
    key = encoder.encode(frame)
    frame[0, 0] = 9
    delta = encoder.encode(frame)
    with pytest.raises(NeedKeyFrame, match="before any key frame"):
        decoder.apply(delta.to_bytes())
    decoder.apply(key.to_bytes())
    frame[1, 1] = 9
    lost_one = encoder.encode(frame)  # `delta` was lost on the way
    with pytest.raises(NeedKeyFrame, match="frame 2 arrived, frame 1 was next"):
        decoder.apply(lost_one.to_bytes())
    encoder.request_key_frame()
    decoder.apply(encoder.encode(frame).to_bytes())
    assert np.array_equal(decoder.framebuffer, frame)  # type: ignore[arg-type]


def test_a_bad_frame_leaves_the_picture_untouched() -> None:
    encoder, decoder = Encoder(), Decoder()
    frame = np.full((64, 128, 3), 7, dtype=np.uint8)
    decoder.apply(encoder.encode(frame).to_bytes())
    bad = FrameMessage(
        1,
        False,
        128,
        64,
        (Rect(0, 0, 64, 64, RectCodec.FILL, b"\xff\xff\xff"), Rect(64, 0, 64, 64, 1, b"junk")),
    )
    with pytest.raises(CodecError, match="cannot be decoded"):
        decoder.apply(bad.to_bytes())
    assert np.array_equal(decoder.framebuffer, frame)  # type: ignore[arg-type]
    assert decoder.last_number == 0


def test_frames_of_the_wrong_size_or_too_large_are_refused() -> None:
    decoder = Decoder()
    decoder.apply(FrameMessage(0, True, 10, 10).to_bytes())
    with pytest.raises(CodecError, match="delta frame is 12x10, the picture is 10x10"):
        decoder.apply(FrameMessage(1, False, 12, 10).to_bytes())
    with pytest.raises(CodecError, match="larger than a viewer shows"):
        decoder.apply(FrameMessage(0, True, 0xFFFF, 0xFFFF).to_bytes())
    assert MAX_PIXELS < 0xFFFF * 0xFFFF
    assert decoder.size == (10, 10)


def test_a_key_frame_without_rects_is_black() -> None:
    decoder = Decoder()
    decoder.apply(FrameMessage(5, True, 3, 2).to_bytes())
    assert decoder.framebuffer is not None and not decoder.framebuffer.any()


def test_cursor_moves_and_shapes_apart_from_the_pixels() -> None:
    decoder = Decoder()
    assert not decoder.cursor.visible
    update = decoder.apply(Cursor(-4, 300, True, 7).to_bytes())
    assert update.cursor and update.frame is None and decoder.cursor == Cursor(-4, 300, True, 7)
    arrow = np.zeros((16, 12, 4), dtype=np.uint8)
    arrow[2:10, 2:4] = (255, 255, 255, 255)
    decoder.apply(encode_cursor_shape(7, arrow, 1, 1).to_bytes())
    assert np.array_equal(decoder.shapes[7].rgba, arrow)
    assert (decoder.shapes[7].hot_x, decoder.shapes[7].hot_y) == (1, 1)


@settings(max_examples=200)
@given(st.binary(max_size=48))
def test_garbage_never_raises_anything_but_codec_error(garbage: bytes) -> None:
    decoder = Decoder()
    try:
        decoder.apply(garbage)
    except CodecError as exc:
        assert str(exc)
    else:  # well-formed by chance: then it was applied exactly as written
        assert parse_message(garbage).to_bytes() == garbage
