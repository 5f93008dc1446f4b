"""Cursor shapes: exact RGBA round trips and refusals of odd shapes."""

from __future__ import annotations

import numpy as np
import pytest

from desktop.core.share.cursor import decode_cursor_shape, encode_cursor_shape
from desktop.core.share.wire import CodecError, CursorShape, parse_message


def test_shape_round_trip_keeps_colour_under_transparency() -> None:
    rgba = np.random.default_rng(5).integers(0, 256, (32, 24, 4), dtype=np.uint8)
    rgba[:8, :, 3] = 0  # fully transparent, yet its colour must survive (exact=True)
    shape = encode_cursor_shape(42, rgba, 3, 4)
    parsed = parse_message(shape.to_bytes())
    assert parsed == shape
    image = decode_cursor_shape(shape)
    assert np.array_equal(image.rgba, rgba) and (image.hot_x, image.hot_y) == (3, 4)


@pytest.mark.parametrize(
    ("rgba", "hot", "message"),
    [
        (np.zeros((8, 8, 3), np.uint8), (0, 0), "RGBA array"),
        (np.zeros((300, 8, 4), np.uint8), (0, 0), "at most 256 a side"),
        (np.zeros((8, 8, 4), np.uint8), (8, 0), "hot spot"),
    ],
)
def test_odd_cursors_are_refused_when_sent(
    rgba: np.ndarray, hot: tuple[int, int], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        encode_cursor_shape(1, rgba, *hot)


def test_odd_cursors_are_refused_when_received() -> None:
    good = encode_cursor_shape(1, np.zeros((8, 8, 4), np.uint8), 0, 0)
    with pytest.raises(CodecError, match="hot spot lies outside the 8x8 shape"):
        decode_cursor_shape(CursorShape(1, 9, 0, good.payload))
    with pytest.raises(CodecError, match="cannot be read"):
        decode_cursor_shape(CursorShape(1, 0, 0, b"not a webp"))
