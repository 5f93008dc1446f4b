"""Changed-tile detection and merging, checked against plain reference code."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from desktop.core.share.tiles import Box, changed_tiles, check_frame, merge_tiles, to_rgb

FRACTION = st.floats(0, 1, exclude_max=True)
MASKS = arrays(np.bool_, st.tuples(st.integers(1, 12), st.integers(1, 12)))


def reference_mask(a: np.ndarray, b: np.ndarray, tile: int) -> np.ndarray:
    rows, cols = -(-a.shape[0] // tile), -(-a.shape[1] // tile)
    mask = np.zeros((rows, cols), dtype=bool)
    for r in range(rows):
        for c in range(cols):
            region = (slice(r * tile, (r + 1) * tile), slice(c * tile, (c + 1) * tile))
            mask[r, c] = not np.array_equal(a[region], b[region])
    return mask


@given(
    height=st.integers(1, 150),
    width=st.integers(1, 150),
    channels=st.sampled_from([3, 4]),
    tile=st.sampled_from([8, 16, 64]),
    edits=st.lists(st.tuples(FRACTION, FRACTION), max_size=6),
    seed=st.integers(0, 2**32 - 1),
)
def test_changed_tiles_matches_a_pixel_by_pixel_reference(
    height: int,
    width: int,
    channels: int,
    tile: int,
    edits: list[tuple[float, float]],
    seed: int,
) -> None:
    rng = np.random.default_rng(seed)
    a = rng.integers(0, 256, (height, width, channels), dtype=np.uint8)
    b = a.copy()
    for fy, fx in edits:
        b[int(fy * height), int(fx * width), rng.integers(channels)] ^= 1 << int(rng.integers(8))
    mask = changed_tiles(a, b, tile)
    assert mask.shape == (-(-height // tile), -(-width // tile))
    assert np.array_equal(mask, reference_mask(a, b, tile))


def test_one_changed_byte_marks_exactly_its_tile() -> None:
    a = np.zeros((1080, 1920, 4), dtype=np.uint8)
    b = a.copy()
    b[1079, 1919, 3] = 1  # the alpha byte of the last pixel: the edge tile is shorter
    assert np.argwhere(changed_tiles(a, b)).tolist() == [[16, 29]]
    assert not changed_tiles(a, a.copy()).any()


@given(
    arrays(np.bool_, st.tuples(st.integers(1, 12), st.integers(1, 12))), st.sampled_from([8, 64])
)
def test_merged_rects_cover_exactly_the_changed_tiles(mask: np.ndarray, tile: int) -> None:
    height = mask.shape[0] * tile - tile // 2  # clipped edges, as on a real screen
    width = mask.shape[1] * tile - 3
    covered = np.zeros((height, width), dtype=np.int32)
    for box in merge_tiles(mask, tile, width, height):
        assert box.w > 0 and box.h > 0
        assert box.x + box.w <= width and box.y + box.h <= height
        covered[box.y : box.y + box.h, box.x : box.x + box.w] += 1
    assert covered.max(initial=0) <= 1  # no pixel is sent twice
    expected = np.kron(mask, np.ones((tile, tile), dtype=np.int32))[:height, :width]
    assert np.array_equal(covered, expected)


def test_a_block_of_tiles_becomes_one_rect() -> None:
    mask = np.zeros((5, 6), dtype=bool)
    mask[1:4, 2:5] = True
    assert merge_tiles(mask, 64, 360, 300) == [Box(128, 64, 192, 192)]
    mask[4, :] = True  # a wider run below starts a rect of its own
    assert merge_tiles(mask, 64, 360, 300) == [Box(128, 64, 192, 192), Box(0, 256, 360, 44)]


def test_pixel_formats_become_rgb() -> None:
    bgra = np.array([[[10, 20, 30, 255], [1, 2, 3, 0]]], dtype=np.uint8)
    assert check_frame(bgra) == "BGRA"
    assert to_rgb(bgra, "BGRA").tolist() == [[[30, 20, 10], [3, 2, 1]]]
    assert to_rgb(bgra, "RGBA").tolist() == [[[10, 20, 30], [1, 2, 3]]]
    assert to_rgb(bgra, "BGRA", Box(1, 0, 1, 1)).tolist() == [[[3, 2, 1]]]
    assert check_frame(np.zeros((2, 2, 3), dtype=np.uint8)) == "RGB"


@pytest.mark.parametrize(
    ("frame", "message"),
    [
        (np.zeros((4, 4), dtype=np.uint8), "shape"),
        (np.zeros((4, 4, 3), dtype=np.float32), "uint8"),
        (np.zeros((0, 4, 3), dtype=np.uint8), "empty"),
    ],
)
def test_check_frame_refuses_what_is_not_a_frame(frame: np.ndarray, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        check_frame(frame)


def test_check_frame_refuses_a_format_that_does_not_fit() -> None:
    with pytest.raises(ValueError, match="does not fit 3 channels"):
        check_frame(np.zeros((2, 2, 3), dtype=np.uint8), "BGRA")
    with pytest.raises(TypeError, match="numpy array"):
        check_frame([[1, 2, 3]])
