"""The screen-share codec (v1): changed tiles, coded losslessly, bit-exact.

No Qt and no network here: the session client captures, calls
`Encoder.encode`, sends `message.to_bytes()` in the session envelope (kind
"frame"; cursor messages go as kind "cursor"), and the viewer feeds each
payload to `Decoder.apply`. The wire format is described in
docs/share-codec.md and implemented in `wire`.
"""

from __future__ import annotations

from desktop.core.share.cursor import CursorImage, encode_cursor_shape
from desktop.core.share.decoder import Decoder, NeedKeyFrame, Update
from desktop.core.share.encoder import Encoder, EncoderStats
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
    "PixelFormat",
    "Rect",
    "RectCodec",
    "Update",
    "encode_cursor_shape",
    "parse_frame",
    "parse_message",
]
