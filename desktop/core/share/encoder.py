"""The sending side: turn captured frames into frame messages.

    encoder = Encoder()
    message = encoder.encode(numpy.asarray(sct.grab(monitor)))  # BGRA from mss
    send(message.to_bytes())          # every message, in order
    encoder.request_key_frame()       # when a viewer joins or asks for one

Each call yields one `FrameMessage` whose number is one more than the last
(mod 2**32). A delta frame only makes sense on top of the one before it, so
the sender delivers every message in order; if it ever has to drop one, it
calls `request_key_frame()` so the next message repairs the picture. An
unchanged screen gives an empty frame of 15 bytes.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desktop.core.share import rects, tiles
from desktop.core.share.tiles import DEFAULT_TILE, Box, Frame, PixelFormat
from desktop.core.share.wire import FrameMessage, Rect

# WebP codes at most 16383 a side and Pillow refuses very large images as
# decompression bombs, so bigger rects are cut into pieces of this size.
MAX_RECT_SIDE = 8192


@dataclass(frozen=True)
class EncoderStats:
    """What the last `encode` did, for live figures and benchmarks."""

    changed_tiles: int
    rects: int
    payload_bytes: int


class Encoder:
    """Tile-diffing lossless encoder; keeps the previous frame to diff against."""

    def __init__(self, *, tile: int = DEFAULT_TILE, pixel_format: PixelFormat | None = None):
        if tile <= 0 or tile % 8:
            raise ValueError(f"the tile size must be a positive multiple of 8, not {tile}")
        self.tile = tile
        self.pixel_format = pixel_format
        self._previous: Frame | None = None
        self._next_number = 0
        self._key_requested = True
        self.last_stats = EncoderStats(0, 0, 0)

    @property
    def next_number(self) -> int:
        return self._next_number

    def request_key_frame(self) -> None:
        """Make the next frame a key frame (a viewer joined or lost track)."""
        self._key_requested = True

    def encode(self, frame: Frame) -> FrameMessage:
        """Encode one frame (H, W, 3) RGB or (H, W, 4) BGRA/RGBA; see `tiles`."""
        pixel_format = tiles.check_frame(frame, self.pixel_format)
        height, width = frame.shape[:2]
        if width > 0xFFFF or height > 0xFFFF:
            raise ValueError(f"a {width}x{height} frame is larger than the wire allows")
        previous = self._previous
        key = (
            self._key_requested
            or previous is None
            or previous.shape != frame.shape  # a new size or pixel layout
        )
        if key or previous is None:
            boxes = [Box(0, 0, width, height)]
            changed = -(-width // self.tile) * -(-height // self.tile)
        else:
            mask = tiles.changed_tiles(previous, frame, self.tile)
            changed = int(mask.sum())
            boxes = tiles.merge_tiles(mask, self.tile, width, height) if changed else []
        coded = tuple(
            self._encode_box(frame, pixel_format, part) for box in boxes for part in _split(box)
        )
        message = FrameMessage(self._next_number, key, width, height, coded)
        # Keep our own copy: capture libraries reuse their buffers.
        self._previous = np.array(frame, copy=True)
        self._next_number = (self._next_number + 1) & 0xFFFFFFFF
        self._key_requested = False
        self.last_stats = EncoderStats(changed, len(coded), message.payload_bytes)
        return message

    def _encode_box(self, frame: Frame, pixel_format: PixelFormat, box: Box) -> Rect:
        codec, payload = rects.encode_rect(tiles.to_rgb(frame, pixel_format, box))
        return Rect(box.x, box.y, box.w, box.h, codec, payload)


def _split(box: Box) -> list[Box]:
    """Cut a rect into pieces WebP can code."""
    if box.w <= MAX_RECT_SIDE and box.h <= MAX_RECT_SIDE:
        return [box]
    return [
        Box(x, y, min(MAX_RECT_SIDE, box.x + box.w - x), min(MAX_RECT_SIDE, box.y + box.h - y))
        for y in range(box.y, box.y + box.h, MAX_RECT_SIDE)
        for x in range(box.x, box.x + box.w, MAX_RECT_SIDE)
    ]
