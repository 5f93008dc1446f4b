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
WIDEN = 16  # columns a scroll copy may take in on each side
_RNG = np.random.default_rng(20261123)
_WEIGHTS = _RNG.integers(1, 2**31, 1 << 15, dtype=np.uint32) * 2 + 1  # odd multipliers


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


def _hash_matches(new: npt.NDArray[np.uint32], old: npt.NDArray[np.uint32], dy: int) -> int:
    lo, hi = max(0, -dy), min(len(new), len(new) - dy)
    return int((new[lo:hi] == old[lo + dy : hi + dy]).sum()) if hi > lo else 0


def _widen(previous: Frame, current: Frame, copy: Copy, region: Box) -> Copy:
    """Take in the columns next to a scroll copy that scrolled too (the column
    span was judged on a sample of rows, so faint glyph edges may be left out)."""
    d, dy = copy.dst, copy.src_y - copy.dst.y
    rows, src_rows = slice(d.y, d.y + d.h), slice(d.y + dy, d.y + dy + d.h)
    lo, hi = max(region.x, d.x - WIDEN), min(region.x + region.w, d.x + d.w + WIDEN)
    new, old = tiles.pixels32(current[rows, lo:hi]), tiles.pixels32(previous[src_rows, lo:hi])
    same = (new == old).all(axis=0)  # per column, from lo to hi
    left_bad = np.flatnonzero(~same[: d.x - lo])
    right_bad = np.flatnonzero(~same[d.x + d.w - lo :])
    left = lo + (int(left_bad[-1]) + 1 if len(left_bad) else 0)
    right = d.x + d.w + (int(right_bad[0]) if len(right_bad) else hi - d.x - d.w)
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


def _row_hashes(pixels: Packed) -> npt.NDArray[np.uint32]:
    """A 32-bit hash of every row, from every HASH_COLUMN_STEP-th pixel (a hint:
    rows it calls equal are compared in full later)."""
    sample = pixels[:, ::_HASH_COLUMN_STEP]
    return sample @ _WEIGHTS[: sample.shape[1]]  # uint32 arithmetic wraps, as a hash may


def _row_shifts(new: npt.NDArray[np.uint32], old: npt.NDArray[np.uint32]) -> list[int]:
    """Vertical shifts (new row y = old row y + shift) that many rows agree on, best first.

    Rows that occur up to MAX_ROW_HITS times vote for each place they occur, so
    a page of repeating lines still finds its shift (among a few aliases the
    caller tells apart by how much each one explains).
    """
    order = np.argsort(old, kind="stable")
    ranked = old[order]
    lo = np.searchsorted(ranked, new, "left")
    hits = np.searchsorted(ranked, new, "right") - lo
    voting = (hits >= 1) & (hits <= MAX_ROW_HITS)
    counts = hits[voting]
    if not counts.sum():
        return []
    # Every (new row, old row with the same hash) pair votes for old - new.
    rows = np.repeat(np.flatnonzero(voting), counts)
    first = np.repeat(lo[voting], counts)
    within = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    shifts = order[first + within] - rows
    shifts = shifts[shifts != 0]
    if not len(shifts):
        return []
    values, votes = np.unique(shifts, return_counts=True)
    distinct = np.unique(old, return_counts=True)[1]
    floor = max(4, int((distinct <= MAX_ROW_HITS).sum()) // 10)
    best = np.argsort(votes, kind="stable")[::-1][:3]
    return [int(values[i]) for i in best if votes[i] >= floor]


def _true_runs(values: npt.NDArray[np.bool_]) -> list[tuple[int, int]]:
    padded = np.concatenate(([False], values, [False])).astype(np.int8)
    edges = np.flatnonzero(np.diff(padded))
    return [(int(s), int(e)) for s, e in zip(edges[::2], edges[1::2], strict=True)]


def _area_of(copies: list[Copy]) -> int:
    return sum(c.dst.area for c in copies)
