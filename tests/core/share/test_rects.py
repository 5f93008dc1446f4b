"""Coding single rects: the cheapest codec that stays bit-exact, strict decoding."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from desktop.core.share.rects import decode_rect, encode_rect, looks_like_ui
from desktop.core.share.wire import CodecError, Rect, RectCodec

from .conftest import Screen


def coded(rgb: np.ndarray) -> Rect:
    codec, payload = encode_rect(np.ascontiguousarray(rgb))
    return Rect(0, 0, rgb.shape[1], rgb.shape[0], codec, payload)


def test_a_solid_rect_is_three_bytes() -> None:
    rgb = np.full((64, 200, 3), (12, 34, 56), dtype=np.uint8)
    rect = coded(rgb)
    assert (rect.codec, rect.payload) == (RectCodec.FILL, bytes([12, 34, 56]))
    assert np.array_equal(decode_rect(rect), rgb)


def test_a_tiny_rect_is_sent_raw() -> None:
    rgb = np.arange(4 * 3 * 3, dtype=np.uint8).reshape(4, 3, 3)
    rect = coded(rgb)
    assert rect.codec == RectCodec.RAW and len(rect.payload) == 36
    assert np.array_equal(decode_rect(rect), rgb)


def test_webp_lossless_is_bit_exact_on_noise() -> None:
    rgb = np.random.default_rng(3).integers(0, 256, (70, 90, 3), dtype=np.uint8)
    rect = coded(rgb)
    assert rect.codec == RectCodec.WEBP_LOSSLESS and rect.payload[8:12] == b"WEBP"
    assert np.array_equal(decode_rect(rect), rgb)


def test_text_is_coded_for_size_and_noise_for_speed(editor_screen: Screen) -> None:
    text = editor_screen(320, 200, "retry 重试")
    noisy = np.random.default_rng(4).integers(0, 256, (200, 320, 3), dtype=np.uint8)
    assert looks_like_ui(text) and not looks_like_ui(noisy)
    assert looks_like_ui(noisy[:, :1])  # one column has no neighbours to judge by
    for rgb in (text, noisy):
        assert np.array_equal(decode_rect(coded(rgb)), rgb)


def webp(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), "red").save(out, "WEBP", lossless=True)
    return out.getvalue()


@pytest.mark.parametrize(
    ("rect", "message"),
    [
        (Rect(0, 0, 2, 2, RectCodec.FILL, b"\x00\x00"), "fill rect carries 3 bytes, not 2"),
        (Rect(0, 0, 2, 2, RectCodec.RAW, bytes(11)), "raw 2x2 rect carries 12 bytes, not 11"),
        (Rect(0, 0, 2, 2, RectCodec.WEBP_LOSSLESS, b"RIFF\x00garbage"), "cannot be decoded"),
        (Rect(0, 0, 2, 2, RectCodec.WEBP_LOSSLESS, webp(3, 2)), "WebP image is 3x2, its rect"),
        (Rect(0, 0, 2, 2, RectCodec.WEBP_LOSSLESS, webp(2, 2)[:-5]), "cannot be decoded"),
        (Rect(0, 0, 2, 2, RectCodec.COPY, bytes(4)), "copy rect is applied by the decoder"),
        (Rect(0, 0, 2, 2, RectCodec.JPEG, b"\xff\xd8garbage"), "JPEG payload cannot be decoded"),
        (Rect(0, 0, 2, 2, 200, b""), "rect codec 200 is not supported"),
    ],
)  # fmt: skip
def test_bad_payloads_raise_codec_error(rect: Rect, message: str) -> None:
    with pytest.raises(CodecError, match=message):
        decode_rect(rect)
