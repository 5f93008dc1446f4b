"""The viewing side: apply share messages to a framebuffer.

    decoder = Decoder()
    update = decoder.apply(message_bytes)
    if update.frame:   paint decoder.framebuffer within update.dirty
    if update.cursor:  move the pointer to decoder.cursor

The framebuffer is a (H, W, 3) RGB numpy array, bit-exact with what the
encoder was given wherever the encoder coded losslessly (text and UI always;
photo-like areas once they stop changing). A frame is applied all or
nothing: every rect is decoded (and every copy's source checked) before any
pixel is written, so a bad message leaves the picture as it was. Rects apply
in order; a COPY rect reads the framebuffer as the rects before it left it.
A delta frame that does not follow the last one (a message was lost) raises
`NeedKeyFrame`; the viewer then asks the sender for a key frame.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from desktop.core.share import rects
from desktop.core.share.cursor import CursorImage, decode_cursor_shape
from desktop.core.share.tiles import Box
from desktop.core.share.wire import (
    CodecError,
    Cursor,
    CursorShape,
    FrameMessage,
    RectCodec,
    copy_source,
    parse_message,
)

MAX_CURSOR_SHAPES = 64  # shapes a viewer keeps; the oldest go first
MAX_PIXELS = 8192 * 8192  # a peer cannot make the viewer allocate more than this


class NeedKeyFrame(CodecError):
    """A delta frame arrived without the frame it builds on."""


@dataclass(frozen=True)
class Update:
    """What one applied message changed."""

    frame: FrameMessage | None = None
    dirty: tuple[Box, ...] = ()  # framebuffer areas to repaint
    resized: bool = False
    cursor: bool = False


class Decoder:
    """Holds the viewer's copy of the shared screen and pointer."""

    def __init__(self) -> None:
        self.framebuffer: npt.NDArray[np.uint8] | None = None
        self.last_number: int | None = None
        self.cursor = Cursor(0, 0, visible=False)
        self.shapes: dict[int, CursorImage] = {}  # by shape id, oldest first

    @property
    def size(self) -> tuple[int, int] | None:
        """(width, height) of the picture, or None before the first key frame."""
        if self.framebuffer is None:
            return None
        return self.framebuffer.shape[1], self.framebuffer.shape[0]

    def apply(self, data: bytes | bytearray | memoryview) -> Update:
        """Parse and apply one message; `CodecError` if it is malformed."""
        message = parse_message(data)
        if isinstance(message, FrameMessage):
            return self.apply_frame(message)
        if isinstance(message, Cursor):
            self.cursor = message
            return Update(cursor=True)
        return self._add_shape(message)

    def apply_frame(self, frame: FrameMessage) -> Update:
        if not frame.key:
            if self.framebuffer is None or self.last_number is None:
                raise NeedKeyFrame("a delta frame arrived before any key frame")
            expected = (self.last_number + 1) & 0xFFFFFFFF
            if frame.number != expected:
                raise NeedKeyFrame(f"frame {frame.number} arrived, frame {expected} was next")
            width, height = self.framebuffer.shape[1], self.framebuffer.shape[0]
            if (width, height) != (frame.width, frame.height):
                raise CodecError(
                    f"delta frame is {frame.width}x{frame.height}, the picture is {width}x{height}"
                )
        if frame.width * frame.height > MAX_PIXELS:
            raise CodecError(f"a {frame.width}x{frame.height} frame is larger than a viewer shows")
        # Decode (or, for copies, check) every rect first: may raise, nothing written yet.
        pixels = [
            copy_source(rect, frame.width, frame.height)
            if rect.codec == RectCodec.COPY
            else rects.decode_rect(rect)
            for rect in frame.rects
        ]
        resized = frame.key and self.size != (frame.width, frame.height)
        if frame.key or self.framebuffer is None:
            # Areas a key frame leaves out are black rather than stale.
            target = np.zeros((frame.height, frame.width, 3), dtype=np.uint8)
        else:
            target = self.framebuffer
        for rect, block in zip(frame.rects, pixels, strict=True):
            if isinstance(block, tuple):  # a copy; numpy copies overlapping areas correctly
                sx, sy = block
                block = target[sy : sy + rect.h, sx : sx + rect.w]
            target[rect.y : rect.y + rect.h, rect.x : rect.x + rect.w] = block
        self.framebuffer = target
        self.last_number = frame.number
        dirty = (
            (Box(0, 0, frame.width, frame.height),)
            if frame.key
            else tuple(Box(r.x, r.y, r.w, r.h) for r in frame.rects)
        )
        return Update(frame=frame, dirty=dirty, resized=resized)

    def _add_shape(self, shape: CursorShape) -> Update:
        image = decode_cursor_shape(shape)
        self.shapes.pop(shape.shape_id, None)
        self.shapes[shape.shape_id] = image
        while len(self.shapes) > MAX_CURSOR_SHAPES:
            del self.shapes[next(iter(self.shapes))]
        return Update(cursor=True)
