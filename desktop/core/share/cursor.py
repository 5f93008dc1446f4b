"""Cursor shapes: sent once as a small RGBA image, then referred to by id.

The pointer travels apart from the pixels (a `Cursor` message of 13 bytes),
so moving the mouse never re-encodes a tile and the viewer can draw it on
top, or hide it, as it likes.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image

from desktop.core.share.rects import decode_webp, webp_lossless, webp_size
from desktop.core.share.tiles import Frame
from desktop.core.share.wire import CodecError, CursorShape

MAX_CURSOR_SIDE = 256


@dataclass(frozen=True)
class CursorImage:
    """A decoded cursor: (h, w, 4) RGBA pixels and the hot spot."""

    rgba: Frame
    hot_x: int
    hot_y: int


def encode_cursor_shape(shape_id: int, rgba: Frame, hot_x: int, hot_y: int) -> CursorShape:
    """A cursor shape message for an (h, w, 4) RGBA uint8 array."""
    if rgba.dtype != np.uint8 or rgba.ndim != 3 or rgba.shape[2] != 4:
        raise ValueError(f"a cursor is a uint8 (h, w, 4) RGBA array, not {rgba.dtype} {rgba.shape}")
    height, width = rgba.shape[:2]
    if not (0 < width <= MAX_CURSOR_SIDE and 0 < height <= MAX_CURSOR_SIDE):
        raise ValueError(f"a cursor is at most {MAX_CURSOR_SIDE} a side, not {width}x{height}")
    if not (0 <= hot_x < width and 0 <= hot_y < height):
        raise ValueError(f"hot spot ({hot_x}, {hot_y}) lies outside the {width}x{height} cursor")
    payload = webp_lossless(Image.fromarray(np.ascontiguousarray(rgba), "RGBA"))
    return CursorShape(shape_id, hot_x, hot_y, payload)


def decode_cursor_shape(shape: CursorShape) -> CursorImage:
    """Decode a shape message; `CodecError` if its image is not a sane cursor."""
    width, height = webp_size(shape.payload)
    if not (0 < width <= MAX_CURSOR_SIDE and 0 < height <= MAX_CURSOR_SIDE):
        raise CodecError(f"cursor shape is {width}x{height}, at most {MAX_CURSOR_SIDE} a side")
    if shape.hot_x >= width or shape.hot_y >= height:
        raise CodecError(f"cursor hot spot lies outside the {width}x{height} shape")
    return CursorImage(decode_webp(shape.payload, width, height, "RGBA"), shape.hot_x, shape.hot_y)
