"""Photo- and video-like parts of the changed tiles, found to the pixel.

Text and UI are mostly flat runs: even dense anti-aliased Chinese keeps more
than a quarter of its pixels equal to their left neighbour in every 16x16
block (0.29 at worst on the benchmark screens), and whole 64x64 tiles keep
more than 0.6. Camera pictures and video, with their sensor noise, are near
0. Blocks below `PHOTO_FLAT` are photo-like; their merged boxes are then
grown row by row and column by column while the next row or column is still
noisy, so a video whose edges do not fall on the block grid is covered
exactly, and no sliver of it is left to the (slow, large) lossless coder.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from desktop.core.share import tiles
from desktop.core.share.tiles import Box, Frame, TileMask

BLOCK = 16
PHOTO_FLAT = 0.15  # a block with fewer flat pixels than this is photo-like
EDGE_FLAT = 0.3  # a row or column at a photo box's edge with fewer is part of it
NOISY_TILE = 0.8  # a changed tile flatter than this (on a sample) holds no photo block
MIN_PHOTO_BLOCKS = 4  # a lone noisy block or two (an icon, a photo thumbnail) stays lossless


@dataclass(frozen=True)
class PhotoAreas:
    """Where the lossy coder goes this frame."""

    boxes: list[Box]  # pixel-exact, coded lossy after the lossless rects
    touched: TileMask  # tiles that now hold lossy pixels
    covered: TileMask  # tiles wholly inside a box: no lossless rect needed


def find(frame: Frame, mask: TileMask, tile: int) -> PhotoAreas | None:
    """Photo-like areas within the changed tiles of `mask`; None if there are none."""
    candidates = noisy_tiles(frame, mask, tile) if tile % BLOCK == 0 else mask & False
    rows = np.flatnonzero(candidates.any(axis=1))
    if not len(rows):
        return None  # the usual case (text, UI): a sample of rows says so cheaply
    height, width = frame.shape[:2]
    # One tile row more on each side: a clip's edge rows may lie in the next tile.
    y0, y1 = max(0, int(rows[0]) - 1) * tile, min((int(rows[-1]) + 2) * tile, height)
    band = tiles.pixels32(frame[y0:y1])
    same = np.ones(band.shape, dtype=np.bool_)
    same[:, 1:] = band[:, 1:] == band[:, :-1]
    flat = _block_means(same)
    per = tile // BLOCK
    changed = np.repeat(np.repeat(candidates[y0 // tile : -(-y1 // tile)], per, 0), per, 1)
    photo = (flat < PHOTO_FLAT) & changed[: flat.shape[0], : flat.shape[1]]
    if int(photo.sum()) < MIN_PHOTO_BLOCKS:
        return None
    boxes = []
    for box in tiles.merge_tiles(photo, BLOCK, width, y1 - y0):
        if box.area >= MIN_PHOTO_BLOCKS * BLOCK * BLOCK:
            limit = _changed_span(mask, tile, box, y0, width)
            boxes.append(_grow(same, Box(box.x, box.y + y0, box.w, box.h), y0, limit))
    if not boxes:
        return None
    touched = np.zeros_like(mask)
    covered = np.zeros_like(mask)
    for b in boxes:
        touched[b.y // tile : -(-(b.y + b.h) // tile), b.x // tile : -(-(b.x + b.w) // tile)] = True
        r0, r1 = -(-b.y // tile), _inner_end(b.y + b.h, tile, height)
        c0, c1 = -(-b.x // tile), _inner_end(b.x + b.w, tile, width)
        if r0 < r1 and c0 < c1:
            covered[r0:r1, c0:c1] = True
    return PhotoAreas(boxes, touched, covered)


def _inner_end(end: int, tile: int, limit: int) -> int:
    """The tile index after the last tile that ends inside [.., end)."""
    return -(-end // tile) if end == limit else end // tile


def noisy_tiles(frame: Frame, mask: TileMask, tile: int, below: float = 0.0) -> TileMask:
    """Changed tiles with fewer flat pixels than `below`, judged on every eighth row.

    With the default (NOISY_TILE): tiles that may hold photo blocks. Text and
    UI tiles keep well above it; a quarter-tile of photo drops a tile below.
    """
    below = below or NOISY_TILE
    rows = np.flatnonzero(mask.any(axis=1))
    height, width = frame.shape[:2]
    out = np.zeros_like(mask)
    for row in rows.tolist():
        sample = tiles.pixels32(frame[row * tile : min((row + 1) * tile, height) : 8])
        same = np.ones(sample.shape, dtype=np.bool_)
        same[:, 1:] = sample[:, 1:] == sample[:, :-1]
        cols = -(-width // tile)
        counts = np.add.reduceat(same.sum(axis=0, dtype=np.int32), np.arange(0, width, tile))
        sizes = np.minimum(np.arange(0, width, tile) + tile, width) - np.arange(0, width, tile)
        flat = counts / (sizes * sample.shape[0])
        out[row] = mask[row] & (flat[:cols] < below)
    return out


def _block_means(same: npt.NDArray[np.bool_]) -> npt.NDArray[np.float64]:
    h, w = same.shape
    hp, wp = -(-h // BLOCK) * BLOCK, -(-w // BLOCK) * BLOCK
    if (hp, wp) != (h, w):
        padded = np.ones((hp, wp), dtype=np.bool_)
        padded[:h, :w] = same
        same = padded
    sums = same.reshape(hp // BLOCK, BLOCK, wp // BLOCK, BLOCK).sum(axis=(1, 3), dtype=np.int32)
    return sums / (BLOCK * BLOCK)


def _changed_span(mask: TileMask, tile: int, box: Box, y0: int, width: int) -> Box:
    """How far a photo box may grow: the changed tiles around it (band rows)."""
    r0, c0 = (box.y + y0) // tile, box.x // tile
    r1, c1 = -(-(box.y + y0 + box.h) // tile), -(-(box.x + box.w) // tile)
    up = r0 - 1 if r0 > 0 and mask[r0 - 1, c0:c1].any() else r0
    down = r1 + 1 if r1 < mask.shape[0] and mask[r1, c0:c1].any() else r1
    left = c0 - 1 if c0 > 0 and mask[r0:r1, c0 - 1].any() else c0
    right = c1 + 1 if c1 < mask.shape[1] and mask[r0:r1, c1].any() else c1
    return Box(
        left * tile, up * tile - y0, min(right * tile, width) - left * tile, (down - up) * tile
    )


def _grow(same: npt.NDArray[np.bool_], box: Box, y0: int, limit: Box) -> Box:
    """Extend `box` (frame pixels) by the noisy rows and columns just outside it,
    within `limit` (band coordinates: the changed tiles next to it)."""
    h, w = min(same.shape[0], limit.y + limit.h), min(same.shape[1], limit.x + limit.w)
    top, bottom = box.y - y0, box.y - y0 + box.h
    left, right = box.x, box.x + box.w
    cols = slice(left + 1, right)
    while (
        top > max(0, limit.y)
        and box.y - y0 - top < BLOCK
        and same[top - 1, cols].mean() < EDGE_FLAT
    ):
        top -= 1
    while (
        bottom < h
        and bottom - (box.y - y0 + box.h) < BLOCK
        and (same[bottom, cols].mean() < EDGE_FLAT)
    ):
        bottom += 1
    rows = slice(top, bottom)
    # A column belongs to the photo if it differs from its left neighbour (left
    # edge) or its right neighbour differs from it (right edge).
    while left > limit.x and box.x - left < BLOCK and same[rows, left - 1].mean() < EDGE_FLAT:
        left -= 1
    while (
        right + 1 < w
        and right - (box.x + box.w) < BLOCK
        and (same[rows, right + 1].mean() < EDGE_FLAT)
    ):
        right += 1
    return Box(left, top + y0, right - left, bottom - top)
