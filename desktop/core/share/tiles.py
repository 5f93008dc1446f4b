"""Pixel layouts, changed-tile detection and merging tiles into rectangles.

Frames come in as numpy uint8 arrays of shape (H, W, 3) or (H, W, 4):

- 3 channels are RGB (what Pillow gives);
- 4 channels are BGRA by default, which is what `numpy.asarray(mss_shot)`
  gives; pass ``pixel_format="RGBA"`` for RGBA. Alpha is ignored: the viewer
  shows an opaque screen.

The encoder compares the frames as they came (no conversion of the whole
screen) and only turns the changed rectangles into RGB.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np
import numpy.typing as npt

PixelFormat = Literal["RGB", "BGRA", "RGBA"]
Frame = npt.NDArray[np.uint8]
TileMask = npt.NDArray[np.bool_]

DEFAULT_TILE = 64


@dataclass(frozen=True)
class Box:
    """A rectangle in pixels: left, top, width, height."""

    x: int
    y: int
    w: int
    h: int

    @property
    def area(self) -> int:
        return self.w * self.h


@dataclass(frozen=True)
class Copy:
    """Pixels the viewer already has: `dst` comes from (src_x, src_y)."""

    dst: Box
    src_x: int
    src_y: int


def check_frame(frame: object, pixel_format: PixelFormat | None = None) -> PixelFormat:
    """Validate a frame array and say which pixel format it is in."""
    if not isinstance(frame, np.ndarray):
        raise TypeError(f"a frame is a numpy array, not {type(frame).__name__}")
    if frame.dtype != np.uint8 or frame.ndim != 3 or frame.shape[2] not in (3, 4):
        raise ValueError(
            f"a frame is a uint8 array of shape (H, W, 3 or 4), not {frame.dtype} {frame.shape}"
        )
    if frame.shape[0] == 0 or frame.shape[1] == 0:
        raise ValueError(f"a frame cannot be empty ({frame.shape[1]}x{frame.shape[0]})")
    channels = frame.shape[2]
    if pixel_format is None:
        return "RGB" if channels == 3 else "BGRA"
    if (pixel_format == "RGB") != (channels == 3):
        raise ValueError(f"pixel format {pixel_format} does not fit {channels} channels")
    return pixel_format


def to_rgb(frame: Frame, pixel_format: PixelFormat, box: Box | None = None) -> Frame:
    """A contiguous RGB copy of `frame` (or of `box` within it)."""
    if box is not None:
        frame = frame[box.y : box.y + box.h, box.x : box.x + box.w]
    if pixel_format == "RGB":
        return np.ascontiguousarray(frame)
    if pixel_format == "BGRA":
        return np.ascontiguousarray(frame[:, :, 2::-1])
    return np.ascontiguousarray(frame[:, :, :3])


def pixels32(frame: Frame) -> npt.NDArray[np.uint32]:
    """One uint32 per pixel, (H, W): a view for 4 channels, packed for 3."""
    if frame.shape[2] == 4 and frame.strides[2] == 1 and frame.strides[1] == 4:
        return frame.view(np.uint32)[:, :, 0]
    wide = frame[:, :, :3].astype(np.uint32)
    packed = (wide[:, :, 0] << 16) | (wide[:, :, 1] << 8) | wide[:, :, 2]
    return packed.astype(np.uint32, copy=False)


def changed_tiles(previous: Frame, current: Frame, tile: int = DEFAULT_TILE) -> TileMask:
    """Which tiles differ: a bool array (tile rows, tile columns).

    The rows are compared as packed uint64 words (a tile of 64 pixels is 24 or
    32 words), so a 1080p frame is about 800 k comparisons instead of 6 M.
    Edge tiles that are narrower or shorter than `tile` are included.
    """
    if previous.shape != current.shape:
        raise ValueError(f"frames differ in shape: {previous.shape} and {current.shape}")
    if tile <= 0 or tile % 8:
        raise ValueError(f"the tile size must be a positive multiple of 8, not {tile}")
    height, width, channels = current.shape
    if not (previous.flags.c_contiguous and current.flags.c_contiguous) and channels == 4:
        return _changed_tiles32(pixels32(previous), pixels32(current), tile)
    a = np.ascontiguousarray(previous).reshape(height, width * channels)
    b = np.ascontiguousarray(current).reshape(height, width * channels)
    tile_bytes = tile * channels  # a multiple of 8, so whole tiles are whole words
    full_columns = width // tile
    split = full_columns * tile_bytes
    columns: list[npt.NDArray[np.bool_]] = []
    if full_columns:
        words = a[:, :split].view(np.uint64) != b[:, :split].view(np.uint64)
        columns.append(words.reshape(height, full_columns, tile_bytes // 8).any(axis=2))
    if split < width * channels:  # the narrower last column of tiles
        columns.append((a[:, split:] != b[:, split:]).any(axis=1, keepdims=True))
    per_row = columns[0] if len(columns) == 1 else np.concatenate(columns, axis=1)
    starts = np.arange(0, height, tile)
    return np.logical_or.reduceat(per_row, starts, axis=0)


def _changed_tiles32(a: npt.NDArray[np.uint32], b: npt.NDArray[np.uint32], tile: int) -> TileMask:
    """`changed_tiles` on (H, W) views of packed pixels (areas cut out of a frame)."""
    height, width = a.shape
    differs = a != b
    cols = -(-width // tile)
    padded = np.zeros((height, cols * tile), dtype=np.bool_)
    padded[:, :width] = differs
    per_row = padded.reshape(height, cols, tile).any(axis=2)
    return np.logical_or.reduceat(per_row, np.arange(0, height, tile), axis=0)


def merge_tiles(mask: TileMask, tile: int, width: int, height: int) -> list[Box]:
    """Cover the changed tiles with few rectangles, clipped to the frame.

    Runs of changed tiles in a tile row become one rectangle; a run that sits
    exactly under an open rectangle of the row above extends it downward.
    Every changed tile is covered once and no unchanged tile is included.
    """
    boxes: list[Box] = []
    open_runs: dict[tuple[int, int], list[int]] = {}  # (col0, col1) -> [row0, rows]
    for row in range(mask.shape[0]):
        runs = _runs(mask[row])
        still_open: dict[tuple[int, int], list[int]] = {}
        for run in runs:
            if run in open_runs:
                start = open_runs.pop(run)
                start[1] += 1
                still_open[run] = start
            else:
                still_open[run] = [row, 1]
        for run, (row0, rows) in open_runs.items():
            boxes.append(_tile_box(run, row0, rows, tile, width, height))
        open_runs = still_open
    for run, (row0, rows) in open_runs.items():
        boxes.append(_tile_box(run, row0, rows, tile, width, height))
    return boxes


def inner_tiles(box: Box, tile: int, width: int, height: int) -> tuple[int, int, int, int]:
    """(row0, row1, col0, col1): the tiles wholly inside `box` (edge tiles count whole)."""

    def end(stop: int, limit: int) -> int:
        return -(-stop // tile) if stop >= limit else stop // tile

    r0, c0 = -(-box.y // tile), -(-box.x // tile)
    r1, c1 = end(box.y + box.h, height), end(box.x + box.w, width)
    return r0, max(r0, r1), c0, max(c0, c1)


def _runs(row: npt.NDArray[np.bool_]) -> list[tuple[int, int]]:
    """Half-open column ranges of True values in one tile row."""
    if not row.any():
        return []
    padded = np.concatenate(([False], row, [False])).astype(np.int8)
    edges = np.flatnonzero(np.diff(padded))
    return [(int(s), int(e)) for s, e in zip(edges[::2], edges[1::2], strict=True)]


def _tile_box(
    run: tuple[int, int], row0: int, rows: int, tile: int, width: int, height: int
) -> Box:
    x, y = run[0] * tile, row0 * tile
    return Box(x, y, min(run[1] * tile, width) - x, min((row0 + rows) * tile, height) - y)
