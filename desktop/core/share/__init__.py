"""The screen-share codec: changed tiles, copies for scrolls and moved windows,
text lossless and bit-exact, photo/video lossy until it is still.

No Qt and no network here: the session client captures, calls
`Encoder.encode`, sends `message.to_bytes()` in the session envelope (kind
"frame"; cursor messages go as kind "cursor"), and the viewer feeds each
payload to `Decoder.apply`. `Pacer` decides when to send and how lossy photo
areas may be, from the viewer's acks. The wire format is described in
docs/share-codec.md and implemented in `wire`.
"""

from __future__ import annotations

from desktop.core.share.cursor import CursorImage, encode_cursor_shape
from desktop.core.share.decoder import Decoder, NeedKeyFrame, Update
from desktop.core.share.encoder import Encoder, EncoderStats
from desktop.core.share.pacing import Pacer
from desktop.core.share.tiles import DEFAULT_TILE, Box, PixelFormat
from desktop.core.share.wire import (
    WIRE_VERSION,
    CodecError,
    Cursor,
    CursorShape,
    FrameMessage,
    MessageType,
    Rect,
    RectCodec,
    parse_frame,
    parse_message,
)

__all__ = [
    "DEFAULT_TILE",
    "WIRE_VERSION",
    "Box",
    "CodecError",
    "Cursor",
    "CursorImage",
    "CursorShape",
    "Decoder",
    "Encoder",
    "EncoderStats",
    "FrameMessage",
    "MessageType",
    "NeedKeyFrame",
    "Pacer",
    "PixelFormat",
    "Rect",
    "RectCodec",
    "Update",
    "encode_cursor_shape",
    "parse_frame",
    "parse_message",
]
