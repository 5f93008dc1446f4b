"""The share wire format: exact round trips and strict, clear refusals."""

from __future__ import annotations

import struct

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


@st.composite
def frames(draw: st.DrawFn) -> FrameMessage:
    width = draw(st.integers(1, 0xFFFF))
    height = draw(st.integers(1, 0xFFFF))
    rects = []
    for _ in range(draw(st.integers(0, 4))):
        x = draw(st.integers(0, width - 1))
        y = draw(st.integers(0, height - 1))
        w = draw(st.integers(1, width - x))
        h = draw(st.integers(1, height - y))
        codec = draw(st.integers(0, 255))
        rects.append(Rect(x, y, w, h, codec, draw(st.binary(max_size=40))))
    return FrameMessage(
        number=draw(st.integers(0, 0xFFFFFFFF)),
        key=draw(st.booleans()),
        width=width,
        height=height,
        rects=tuple(rects),
        ext=draw(st.binary(max_size=8)),
    )


cursors = st.builds(
    Cursor,
    st.integers(-0x8000, 0x7FFF),
    st.integers(-0x8000, 0x7FFF),
    st.booleans(),
    st.integers(0, 0xFFFFFFFF),
)
shapes = st.builds(
    CursorShape,
    st.integers(1, 0xFFFFFFFF),
    st.integers(0, 0xFFFF),
    st.integers(0, 0xFFFF),
    st.binary(max_size=40),
)
messages = st.one_of(frames(), cursors, shapes)


@given(messages)
def test_every_message_round_trips(message: FrameMessage | Cursor | CursorShape) -> None:
    data = message.to_bytes()
    assert data[0] == WIRE_VERSION
    assert parse_message(data) == message


@given(messages, st.data())
def test_truncated_messages_raise_codec_error(
    message: FrameMessage | Cursor | CursorShape, data: st.DataObject
) -> None:
    encoded = message.to_bytes()
    cut = data.draw(st.integers(0, len(encoded) - 1))
    with pytest.raises(CodecError, match="truncated"):
        parse_message(encoded[:cut])


@given(messages, st.binary(min_size=1, max_size=8))
def test_bytes_after_the_message_are_refused(
    message: FrameMessage | Cursor | CursorShape, extra: bytes
) -> None:
    with pytest.raises(CodecError, match="unexpected bytes"):
        parse_message(message.to_bytes() + extra)


@settings(max_examples=300)
@given(st.binary(max_size=64))
def test_garbage_raises_only_codec_error(garbage: bytes) -> None:
    try:
        message = parse_message(garbage)
    except CodecError as exc:
        assert str(exc)  # a message a person can read
    else:  # rarely garbage is well formed; then it must survive a round trip
        assert message.to_bytes() == garbage


@given(frames(), st.data())
def test_flipped_bytes_raise_only_codec_error(frame: FrameMessage, data: st.DataObject) -> None:
    encoded = bytearray(frame.to_bytes())
    index = data.draw(st.integers(0, len(encoded) - 1))
    encoded[index] ^= data.draw(st.integers(1, 255))
    try:
        parsed = parse_message(bytes(encoded))
    except CodecError as exc:
        assert str(exc)  # refused cleanly; any other exception fails the test
    else:  # a flip that still makes sense (a pixel value, a frame number) stays exact
        assert parsed.to_bytes() == bytes(encoded)


def test_frame_layout_is_as_documented() -> None:
    frame = FrameMessage(7, True, 640, 480, (Rect(1, 2, 3, 4, RectCodec.FILL, b"abc"),))
    assert frame.to_bytes() == (
        bytes([1, MessageType.FRAME, 0x01])
        + struct.pack(">IHHH", 7, 640, 480, 0)
        + struct.pack(">H", 1)
        + struct.pack(">HHHHBI", 1, 2, 3, 4, 2, 3)
        + b"abc"
    )
    assert Cursor(-3, 5, True, 9).to_bytes() == bytes([1, 2]) + struct.pack(">hhBI", -3, 5, 1, 9)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "truncated in the message header"),
        (bytes([2, 1]) + bytes(11), "version 2 is not supported"),
        (bytes([1, 9]), "unknown share message type 9"),
        (bytes([1, 1, 0x80]) + struct.pack(">IHHHH", 0, 4, 4, 0, 0), "unknown flags 0x80"),
        (bytes([1, 1, 0]) + struct.pack(">IHHHH", 0, 0, 4, 0, 0), "size 0x4 is empty"),
        (bytes([1, 2]) + struct.pack(">hhBI", 0, 0, 2, 0), "visibility must be 0 or 1"),
        (bytes([1, 3]) + struct.pack(">IHHI", 0, 0, 0, 0), "id 0 is reserved"),
        (
            bytes([1, 1, 0]) + struct.pack(">IHHHH", 0, 10, 10, 0, 1)
            + struct.pack(">HHHHBI", 8, 0, 3, 1, 2, 0),
            "rect 0 3x1 at (8, 0) lies outside the 10x10 frame",
        ),
        (
            bytes([1, 1, 0]) + struct.pack(">IHHHH", 0, 10, 10, 0, 1)
            + struct.pack(">HHHHBI", 0, 0, 0, 1, 2, 0),
            "rect 0 is empty",
        ),
        (
            bytes([1, 1, 0]) + struct.pack(">IHHHH", 0, 10, 10, 0, 1)
            + struct.pack(">HHHHBI", 0, 0, 1, 1, 2, 1000),
            "truncated in the rect 0 payload",
        ),
    ],
)  # fmt: skip
def test_malformed_messages_say_what_is_wrong(data: bytes, message: str) -> None:
    with pytest.raises(CodecError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_message(data)


def test_parse_frame_refuses_other_messages() -> None:
    with pytest.raises(CodecError, match="expected a frame message, got Cursor"):
        parse_frame(Cursor(1, 2).to_bytes())


def test_future_rect_codecs_parse_without_changing_the_framing() -> None:
    copy = Rect(0, 10, 20, 5, RectCodec.COPY, struct.pack(">HH", 0, 0))
    frame = FrameMessage(1, False, 20, 20, (copy,), ext=b"\x00\x01time")
    assert parse_frame(frame.to_bytes()) == frame


def test_packing_refuses_values_the_wire_cannot_hold() -> None:
    with pytest.raises(CodecError, match="width 70000"):
        FrameMessage(0, True, 70000, 10).to_bytes()
    with pytest.raises(CodecError, match="outside the 10x10 frame"):
        FrameMessage(0, True, 10, 10, (Rect(5, 5, 6, 1, 1, b""),)).to_bytes()
    with pytest.raises(CodecError, match="cursor x 40000"):
        Cursor(40000, 0).to_bytes()
