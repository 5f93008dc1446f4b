"""Scrolled and moved areas, found so they travel as COPY rects (VNC's CopyRect).

A scrolled page or a dragged window changes many tiles, but the viewer
already has almost all of those pixels, elsewhere. For each connected area of
changed tiles we look for one displacement that explains most of it:

- a vertical scroll: rows of the changed columns hashed in both frames; a
  shift that many distinctive rows agree on is checked row by row, and runs
  of equal rows become copies;
- a moved window (any direction, areas up to `MOVE_MAX_AREA`): see `moves`.

Everything found is only a guess that saves bytes: the encoder applies the
copies to its copy of the viewer's picture and codes whatever still differs,
so a poor guess costs size, never correctness.
"""

from __future__ import annotations

from collections import Counter

import numpy as np
import numpy.typing as npt

from desktop.core.share import regions, tiles
from desktop.core.share.moves import MIN_COPY_AREA, SEGMENT, Packed, moved_block, packed
from desktop.core.share.tiles import Box, Copy, Frame, TileMask

MIN_TILES = 4  # fewer changed tiles (typing, a caret): not worth looking
VIDEO_FLAT = 0.3  # tiles flatter than this on a sample are video: nothing moved there
SCROLL_MIN_ROWS = 8
MOVE_MAX_AREA = 1280 * 720  # beyond this the segment table costs more than it saves
MAX_ROW_HITS = 8  # a row found more often is not distinctive (repeated lines still count)
_HASH_COLUMN_STEP = 3  # row hashes read every third pixel; equal rows are checked in full
_RNG = np.random.default_rng(20261123)
_WEIGHTS = _RNG.integers(1, 2**63, 1 << 15, dtype=np.uint64) | np.uint64(1)  # odd multipliers


def find_copies(previous: Frame, current: Frame, mask: TileMask, tile: int) -> list[Copy]:
    """Copies that explain the changed tiles of `mask`.

    Areas that are mostly video (noisy tiles) are not searched for a moved window.
    """
    height, width = current.shape[:2]
    copies: list[Copy] = []
    for t0, t1, c0, c1 in components(mask):
        region = Box(c0 * tile, t0 * tile, min(c1 * tile, width) - c0 * tile,
                     min(t1 * tile, height) - t0 * tile)  # fmt: skip
        if region.area < MIN_COPY_AREA:
            continue
        found = vertical_scroll(previous, current, region)
        if (
            region.area <= MOVE_MAX_AREA
            and _area_of(found) < region.area // 2
            and not _mostly_video(current, mask[t0:t1, c0:c1], region, tile)
        ):
            moved = moved_block(previous, current, region)
            if _area_of(moved) > _area_of(found):  # repeated lines can fake a small scroll
                found = moved
        copies.extend(found)
    return copies


def _mostly_video(frame: Frame, area: TileMask, region: Box, tile: int) -> bool:
    part = frame[region.y : region.y + region.h, region.x : region.x + region.w]
    noisy = regions.noisy_tiles(part, area, tile, VIDEO_FLAT)
    return 2 * int(noisy.sum()) >= int(area.sum())


def apply_copies(frame: Frame, copies: list[Copy]) -> None:
    """Do in place what the decoder does with the copies, in the same order."""
    for c in copies:
        d = c.dst
        frame[d.y : d.y + d.h, d.x : d.x + d.w] = frame[
            c.src_y : c.src_y + d.h, c.src_x : c.src_x + d.w
        ]


def components(mask: TileMask) -> list[tuple[int, int, int, int]]:
    """Bounding boxes (row0, row1, col0, col1), in tiles, of 8-connected changed areas.

    Works on runs of changed tiles per row (a union-find over runs), which
    are few even when most of the screen changed.
    """
    runs: list[tuple[int, int, int]] = []  # row, col0, col1
    parent: list[int] = []

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    previous_row: list[int] = []
    for row in np.flatnonzero(mask.any(axis=1)).tolist():
        current_row = []
        for c0, c1 in _true_runs(mask[row]):
            index = len(runs)
            runs.append((row, c0, c1))
            parent.append(index)
            for other in previous_row:
                o_row, o0, o1 = runs[other]
                if o_row == row - 1 and o0 <= c1 and c0 <= o1:  # touching, diagonals too
                    parent[root(other)] = root(index)
            current_row.append(index)
        previous_row = current_row
    boxes: dict[int, list[int]] = {}
    for index, (row, c0, c1) in enumerate(runs):
        box = boxes.setdefault(root(index), [row, row + 1, c0, c1])
        box[:] = [min(box[0], row), max(box[1], row + 1), min(box[2], c0), max(box[3], c1)]
    return [(b[0], b[1], b[2], b[3]) for b in boxes.values()]


def vertical_scroll(previous: Frame, current: Frame, region: Box) -> list[Copy]:
    """Copies for a vertical scroll of the changed columns of `region`, if it is one."""
    x0, x1 = _changed_columns(previous, current, region)
    if x1 - x0 < SEGMENT:
        return []
    band = Box(x0, region.y, x1 - x0, region.h)
    old, new = packed(previous, band), packed(current, band)
    new_hashes, old_hashes = _row_hashes(new), _row_hashes(old)
    shifts = _row_shifts(new_hashes, old_hashes)
    if not shifts:
        return []
    # The shift whose rows agree most (by hash), then checked pixel by pixel.
    dy = max(shifts, key=lambda d: _hash_matches(new_hashes, old_hashes, d))
    return [_widen(previous, current, c, region) for c in _scroll_copies(old, new, band, dy)]


def _hash_matches(new: npt.NDArray[np.uint64], old: npt.NDArray[np.uint64], dy: int) -> int:
    lo, hi = max(0, -dy), min(len(new), len(new) - dy)
    return int((new[lo:hi] == old[lo + dy : hi + dy]).sum()) if hi > lo else 0


def _widen(previous: Frame, current: Frame, copy: Copy, region: Box) -> Copy:
    """Take in the columns next to a scroll copy that scrolled too (the column
    span was judged on a sample of rows, so faint glyph edges may be left out)."""
    d, dy = copy.dst, copy.src_y - copy.dst.y
    rows, src_rows = slice(d.y, d.y + d.h), slice(d.y + dy, d.y + dy + d.h)
    left, right = d.x, d.x + d.w
    while (
        left > region.x
        and d.x - left < 16
        and (current[rows, left - 1] == previous[src_rows, left - 1]).all()
    ):
        left -= 1
    while (
        right < region.x + region.w
        and right - d.x - d.w < 16
        and (current[rows, right] == previous[src_rows, right]).all()
    ):
        right += 1
    return Copy(Box(left, d.y, right - left, d.h), left, copy.src_y)


def _scroll_copies(old: Packed, new: Packed, band: Box, dy: int) -> list[Copy]:
    lo, hi = max(0, -dy), min(band.h, band.h - dy)  # rows of `new` whose source is in the band
    if hi <= lo:
        return []
    equal = (new[lo:hi] == old[lo + dy : hi + dy]).all(axis=1)
    copies = []
    for start, end in _true_runs(equal):
        if end - start >= SCROLL_MIN_ROWS and (end - start) * band.w >= MIN_COPY_AREA:
            y = band.y + lo + start
            copies.append(Copy(Box(band.x, y, band.w, end - start), band.x, y + dy))
    return copies


def move_tile_flags(flags: TileMask, copies: list[Copy], tile: int) -> TileMask:
    """Carry per-tile flags (lossy pixels) along with copies, conservatively."""
    out = flags.copy()
    for c in copies:
        src = flags[_tiles(c.src_y, c.dst.h, tile), _tiles(c.src_x, c.dst.w, tile)]
        if src.any():
            out[_tiles(c.dst.y, c.dst.h, tile), _tiles(c.dst.x, c.dst.w, tile)] = True
    return out


def _tiles(start: int, length: int, tile: int) -> slice:
    return slice(start // tile, -(-(start + length) // tile))


def _changed_columns(previous: Frame, current: Frame, region: Box) -> tuple[int, int]:
    """The span of columns that differ, judged on every fourth row (a hint, not a proof)."""
    ys = slice(region.y, region.y + region.h, 4)
    xs = slice(region.x, region.x + region.w)
    old, new = tiles.pixels32(previous[ys, xs]), tiles.pixels32(current[ys, xs])
    differs = np.flatnonzero((old != new).any(axis=0))
    if not len(differs):
        return region.x, region.x
    return region.x + int(differs[0]), region.x + int(differs[-1]) + 1


def _row_hashes(pixels: Packed) -> npt.NDArray[np.uint64]:
    sample = pixels[:, ::_HASH_COLUMN_STEP].astype(np.uint64)
    return (sample * _WEIGHTS[: sample.shape[1]]).sum(axis=1, dtype=np.uint64)


def _row_shifts(new: npt.NDArray[np.uint64], old: npt.NDArray[np.uint64]) -> list[int]:
    """Vertical shifts (new row y = old row y + shift) that many rows agree on, best first.

    Rows that occur up to MAX_ROW_HITS times vote for each place they occur, so
    a page of repeating lines still finds its shift (among a few aliases the
    caller tells apart by how much each one explains).
    """
    values, inverse, counts = np.unique(old, return_inverse=True, return_counts=True)
    where: dict[int, list[int]] = {}
    value_list, count_list = values.tolist(), counts.tolist()
    for y, index in enumerate(inverse.tolist()):
        if count_list[index] <= MAX_ROW_HITS:
            where.setdefault(value_list[index], []).append(y)
    votes: Counter[int] = Counter()
    for y, value in enumerate(new.tolist()):
        for source in where.get(value, ()):
            if source != y:
                votes[source - y] += 1
    floor = max(4, len(where) // 10)
    return [shift for shift, count in votes.most_common(3) if count >= floor]


def _true_runs(values: npt.NDArray[np.bool_]) -> list[tuple[int, int]]:
    padded = np.concatenate(([False], values, [False])).astype(np.int8)
    edges = np.flatnonzero(np.diff(padded))
    return [(int(s), int(e)) for s, e in zip(edges[::2], edges[1::2], strict=True)]


def _area_of(copies: list[Copy]) -> int:
    return sum(c.dst.area for c in copies)
