"""The share codec's binary messages: frames, cursor positions, cursor shapes.

Every message starts with two bytes, the wire version (1) and the message
type. All integers are big-endian. The layout is in docs/share-codec.md.

Parsing is strict: a message that is truncated, has bytes left over, names an
unknown version or type, or describes a rectangle outside its frame raises
`CodecError`, never an IndexError or struct.error. Rect payloads are opaque
here (length-prefixed), so new rect codecs can be added without touching the
framing; whether a codec can be *decoded* is the decoder's business.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from enum import IntEnum

WIRE_VERSION = 1
MAX_DIMENSION = 0xFFFF  # width/height/x/y are u16 on the wire


class CodecError(ValueError):
    """A share message that cannot be parsed or applied."""


class MessageType(IntEnum):
    FRAME = 1
    CURSOR = 2
    CURSOR_SHAPE = 3


class RectCodec(IntEnum):
    """How a rectangle's payload is coded. Ids are wire values; never reuse one."""

    RAW = 0  # w*h*3 bytes of RGB, row-major; for tests and tiny rects
    WEBP_LOSSLESS = 1  # a lossless WebP image of exactly w x h, RGB
    FILL = 2  # 3 bytes: one RGB colour for the whole rect
    # Added by issue 7 (same wire version: a decoder that predates them refuses them):
    COPY = 3  # 4 bytes: src x, src y (u16) - copy w x h from the framebuffer as it is
    WEBP_LOSSY = 4  # a lossy WebP image of exactly w x h
    JPEG = 5  # a JPEG image of exactly w x h (baseline, any subsampling)


FRAME_KEY = 0x01  # flag bit: a key frame replaces the framebuffer (and its size)
_KNOWN_FRAME_FLAGS = FRAME_KEY

_PREFIX = struct.Struct(">BB")  # version, type
# flags, frame number, width, height, header extension length
_FRAME_HEADER = struct.Struct(">BIHHH")
_RECT_COUNT = struct.Struct(">H")
_RECT_HEADER = struct.Struct(">HHHHBI")  # x, y, w, h, codec, payload length
_COPY_SOURCE = struct.Struct(">HH")  # a COPY rect's payload: source x, y
_CURSOR = struct.Struct(">hhBI")  # x, y, visible, shape id
_CURSOR_SHAPE_HEADER = struct.Struct(">IHHI")  # shape id, hot x, hot y, payload length


@dataclass(frozen=True)
class Rect:
    """One coded rectangle of a frame, in framebuffer pixels."""

    x: int
    y: int
    w: int
    h: int
    codec: int
    payload: bytes


@dataclass(frozen=True)
class FrameMessage:
    """A frame: a list of rects applied in order to the viewer's framebuffer.

    `ext` is the header extension: bytes a v1 decoder carries but ignores, so
    later versions can add header fields (a capture time, say) in place.
    """

    number: int
    key: bool
    width: int
    height: int
    rects: tuple[Rect, ...] = ()
    ext: bytes = b""

    def to_bytes(self) -> bytes:
        return pack_frame(self)

    @property
    def payload_bytes(self) -> int:
        return sum(len(r.payload) for r in self.rects)


@dataclass(frozen=True)
class Cursor:
    """Where the pointer is, relative to the shared area's top-left corner.

    `shape_id` 0 means "the default arrow"; other ids name a `CursorShape`
    sent earlier (shapes are sent once and then referred to by id).
    """

    x: int
    y: int
    visible: bool = True
    shape_id: int = 0

    def to_bytes(self) -> bytes:
        return pack_cursor(self)


@dataclass(frozen=True)
class CursorShape:
    """A cursor image: `payload` is a lossless RGBA WebP; hot spot in its pixels."""

    shape_id: int
    hot_x: int
    hot_y: int
    payload: bytes = field(repr=False)

    def to_bytes(self) -> bytes:
        return pack_cursor_shape(self)


Message = FrameMessage | Cursor | CursorShape


def copy_rect(x: int, y: int, w: int, h: int, src_x: int, src_y: int) -> Rect:
    """A COPY rect: w x h pixels from (src_x, src_y) of the viewer's framebuffer to (x, y)."""
    _check_range("copy source x", src_x, 0, MAX_DIMENSION)
    _check_range("copy source y", src_y, 0, MAX_DIMENSION)
    return Rect(x, y, w, h, RectCodec.COPY, _COPY_SOURCE.pack(src_x, src_y))


def copy_source(rect: Rect, width: int, height: int) -> tuple[int, int]:
    """Where a COPY rect reads from; `CodecError` unless that lies inside the frame."""
    if len(rect.payload) != _COPY_SOURCE.size:
        raise CodecError(f"a copy rect carries {_COPY_SOURCE.size} bytes, not {len(rect.payload)}")
    src_x, src_y = _COPY_SOURCE.unpack(rect.payload)
    if src_x + rect.w > width or src_y + rect.h > height:
        raise CodecError(
            f"copy source {rect.w}x{rect.h} at ({src_x}, {src_y}) lies outside the "
            f"{width}x{height} frame"
        )
    return src_x, src_y


def pack_frame(frame: FrameMessage) -> bytes:
    _check_range("frame number", frame.number, 0, 0xFFFFFFFF)
    _check_range("width", frame.width, 1, MAX_DIMENSION)
    _check_range("height", frame.height, 1, MAX_DIMENSION)
    _check_range("header extension length", len(frame.ext), 0, 0xFFFF)
    _check_range("rect count", len(frame.rects), 0, 0xFFFF)
    parts = [
        _PREFIX.pack(WIRE_VERSION, MessageType.FRAME),
        _FRAME_HEADER.pack(
            FRAME_KEY if frame.key else 0, frame.number, frame.width, frame.height, len(frame.ext)
        ),
        frame.ext,
        _RECT_COUNT.pack(len(frame.rects)),
    ]
    for rect in frame.rects:
        _check_rect(rect, frame.width, frame.height)
        _check_range("rect codec", rect.codec, 0, 0xFF)
        _check_range("rect payload length", len(rect.payload), 0, 0xFFFFFFFF)
        parts.append(
            _RECT_HEADER.pack(rect.x, rect.y, rect.w, rect.h, rect.codec, len(rect.payload))
        )
        parts.append(rect.payload)
    return b"".join(parts)


def pack_cursor(cursor: Cursor) -> bytes:
    _check_range("cursor x", cursor.x, -0x8000, 0x7FFF)
    _check_range("cursor y", cursor.y, -0x8000, 0x7FFF)
    _check_range("cursor shape id", cursor.shape_id, 0, 0xFFFFFFFF)
    return _PREFIX.pack(WIRE_VERSION, MessageType.CURSOR) + _CURSOR.pack(
        cursor.x, cursor.y, 1 if cursor.visible else 0, cursor.shape_id
    )


def pack_cursor_shape(shape: CursorShape) -> bytes:
    _check_range("cursor shape id", shape.shape_id, 1, 0xFFFFFFFF)
    _check_range("hot spot x", shape.hot_x, 0, MAX_DIMENSION)
    _check_range("hot spot y", shape.hot_y, 0, MAX_DIMENSION)
    header = _CURSOR_SHAPE_HEADER.pack(shape.shape_id, shape.hot_x, shape.hot_y, len(shape.payload))
    return _PREFIX.pack(WIRE_VERSION, MessageType.CURSOR_SHAPE) + header + shape.payload


def parse_message(data: bytes | bytearray | memoryview) -> Message:
    """Parse any share message; raises `CodecError` on anything malformed."""
    reader = _Reader(bytes(data))
    version, kind = reader.unpack(_PREFIX, "message header")
    if version != WIRE_VERSION:
        raise CodecError(f"share message version {version} is not supported (only {WIRE_VERSION})")
    message: Message
    if kind == MessageType.FRAME:
        message = _parse_frame_body(reader)
    elif kind == MessageType.CURSOR:
        x, y, visible, shape_id = reader.unpack(_CURSOR, "cursor")
        if visible not in (0, 1):
            raise CodecError(f"cursor visibility must be 0 or 1, not {visible}")
        message = Cursor(x, y, bool(visible), shape_id)
    elif kind == MessageType.CURSOR_SHAPE:
        shape_id, hot_x, hot_y, length = reader.unpack(_CURSOR_SHAPE_HEADER, "cursor shape")
        if shape_id == 0:
            raise CodecError("cursor shape id 0 is reserved for the default arrow")
        message = CursorShape(shape_id, hot_x, hot_y, reader.take(length, "cursor shape image"))
    else:
        raise CodecError(f"unknown share message type {kind}")
    reader.finish()
    return message


def parse_frame(data: bytes | bytearray | memoryview) -> FrameMessage:
    """Parse a message that must be a frame."""
    message = parse_message(data)
    if not isinstance(message, FrameMessage):
        raise CodecError(f"expected a frame message, got {type(message).__name__}")
    return message


def _parse_frame_body(reader: _Reader) -> FrameMessage:
    flags, number, width, height, ext_len = reader.unpack(_FRAME_HEADER, "frame header")
    if flags & ~_KNOWN_FRAME_FLAGS:
        raise CodecError(f"frame has unknown flags {flags:#04x}")
    if width == 0 or height == 0:
        raise CodecError(f"frame size {width}x{height} is empty")
    ext = reader.take(ext_len, "frame header extension")
    (count,) = reader.unpack(_RECT_COUNT, "rect count")
    rects = []
    for index in range(count):
        x, y, w, h, codec, length = reader.unpack(_RECT_HEADER, f"rect {index} header")
        rect = Rect(x, y, w, h, codec, reader.take(length, f"rect {index} payload"))
        _check_rect(rect, width, height, index)
        rects.append(rect)
    return FrameMessage(number, bool(flags & FRAME_KEY), width, height, tuple(rects), ext)


def _check_rect(rect: Rect, width: int, height: int, index: int | None = None) -> None:
    name = "rect" if index is None else f"rect {index}"
    if rect.w <= 0 or rect.h <= 0:
        raise CodecError(f"{name} is empty ({rect.w}x{rect.h})")
    if rect.x < 0 or rect.y < 0 or rect.x + rect.w > width or rect.y + rect.h > height:
        raise CodecError(
            f"{name} {rect.w}x{rect.h} at ({rect.x}, {rect.y}) lies outside the "
            f"{width}x{height} frame"
        )


def _check_range(what: str, value: int, low: int, high: int) -> None:
    if not low <= value <= high:
        raise CodecError(f"{what} {value} is outside {low}..{high}")


class _Reader:
    """Reads a message front to back; every shortfall becomes a CodecError."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._pos = 0

    def unpack(self, layout: struct.Struct, what: str) -> tuple[int, ...]:
        chunk = self.take(layout.size, what)
        return layout.unpack(chunk)

    def take(self, size: int, what: str) -> bytes:
        end = self._pos + size
        if end > len(self._data):
            raise CodecError(
                f"share message truncated in the {what}: needs {size} bytes at offset "
                f"{self._pos}, only {len(self._data) - self._pos} left"
            )
        chunk = self._data[self._pos : end]
        self._pos = end
        return chunk

    def finish(self) -> None:
        if self._pos != len(self._data):
            raise CodecError(
                f"share message has {len(self._data) - self._pos} unexpected bytes at its end"
            )
