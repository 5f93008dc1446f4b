"""The encoder: key frames when needed, only changed tiles otherwise."""

from __future__ import annotations

import numpy as np
import pytest

from desktop.core.share.encoder import MAX_RECT_SIDE, Encoder
from desktop.core.share.wire import Rect, RectCodec, parse_frame

from .conftest import Screen


def noise(height: int, width: int, channels: int = 3, seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).integers(0, 256, (height, width, channels), dtype=np.uint8)


def test_first_frame_is_a_key_frame_of_the_whole_screen() -> None:
    frame = noise(100, 150)
    message = Encoder(lossy=False).encode(frame)
    assert message.key and (message.number, message.width, message.height) == (0, 150, 100)
    assert [(r.x, r.y, r.w, r.h) for r in message.rects] == [(0, 0, 150, 100)]


def test_an_unchanged_frame_is_a_tiny_message() -> None:
    encoder = Encoder()
    frame = noise(1080, 1920, 4)
    encoder.encode(frame)
    message = encoder.encode(frame.copy())
    assert not message.key and message.rects == () and message.number == 1
    assert len(message.to_bytes()) == 15
    assert encoder.last_stats.changed_tiles == 0


@pytest.mark.parametrize(("y", "x"), [(500, 700), (1079, 1919), (0, 0)])
def test_one_changed_pixel_encodes_only_that_pixel(y: int, x: int) -> None:
    encoder = Encoder(lossy=False)
    frame = noise(1080, 1920)
    encoder.encode(frame)
    frame[y, x] ^= 0x80
    message = encoder.encode(frame)
    assert len(message.rects) == 1
    rect = message.rects[0]
    assert (rect.y, rect.x, rect.w, rect.h) == (y, x, 1, 1)  # its tile, cut to what differs
    assert encoder.last_stats.changed_tiles == 1


def test_typing_sends_a_few_small_rects(editor_screen: Screen) -> None:
    encoder = Encoder()
    key = encoder.encode(editor_screen(960, 540, "retry"))
    typed = encoder.encode(editor_screen(960, 540, "retry the import"))
    assert not typed.key and 1 <= len(typed.rects) <= 3
    changed_area = sum(r.w * r.h for r in typed.rects)
    assert changed_area <= 4 * 64 * 64
    assert len(typed.to_bytes()) < len(key.to_bytes()) / 5
    assert len(key.to_bytes()) < 960 * 540 * 3 / 10  # text compresses well, losslessly


def test_key_frames_on_request_and_on_size_change() -> None:
    encoder = Encoder(lossy=False)
    frame = noise(40, 50)
    assert encoder.encode(frame).key
    assert not encoder.encode(frame).key
    encoder.request_key_frame()
    again = encoder.encode(frame)
    assert again.key and again.number == 2 and len(again.rects) == 1
    resized = encoder.encode(noise(60, 50))
    assert resized.key and (resized.width, resized.height) == (50, 60)
    assert not encoder.encode(noise(60, 50)).key  # the same noise: nothing changed
    assert encoder.next_number == 5


def test_bgra_from_mss_encodes_like_rgb() -> None:
    rgb = noise(70, 90)
    bgra = np.concatenate([rgb[:, :, ::-1], np.full((70, 90, 1), 255, np.uint8)], axis=2)
    assert Encoder().encode(bgra).rects == Encoder().encode(rgb).rects
    rgba = np.concatenate([rgb, np.zeros((70, 90, 1), np.uint8)], axis=2)
    assert Encoder(pixel_format="RGBA").encode(rgba).rects == Encoder().encode(rgb).rects


def test_the_encoder_keeps_its_own_copy_of_the_last_frame() -> None:
    encoder = Encoder()
    buffer = noise(64, 64)
    encoder.encode(buffer)
    buffer[10, 10] ^= 1  # capture libraries reuse their buffers in place
    assert len(encoder.encode(buffer).rects) == 1


def test_solid_areas_are_sent_as_fills() -> None:
    encoder = Encoder()
    frame = np.zeros((128, 128, 3), dtype=np.uint8)
    assert encoder.encode(frame).rects == (Rect(0, 0, 128, 128, RectCodec.FILL, bytes(3)),)
    frame[64:, 64:] = (200, 10, 10)
    assert encoder.encode(frame).rects == (Rect(64, 64, 64, 64, RectCodec.FILL, b"\xc8\n\n"),)


def test_rects_wider_than_webp_allows_are_split() -> None:
    frame = noise(2, MAX_RECT_SIDE + 100)
    message = Encoder().encode(frame)
    assert [(r.x, r.w) for r in message.rects] == [(0, MAX_RECT_SIDE), (MAX_RECT_SIDE, 100)]
    assert parse_frame(message.to_bytes()) == message


def test_bad_frames_and_tiles_are_refused() -> None:
    with pytest.raises(ValueError, match="multiple of 8"):
        Encoder(tile=60)
    with pytest.raises(ValueError, match="uint8"):
        Encoder().encode(np.zeros((4, 4, 3), dtype=np.uint16))  # type: ignore[arg-type]
