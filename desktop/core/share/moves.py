"""Moved windows: one displacement for a changed area, found from anchors.

Short horizontal segments of the new frame (anchors, where the pixels are
busiest) are looked up among all segments of the old one (a table of sliding
sums of mixed pixel values); the displacement most anchors agree on is grown,
from those anchors, into the largest rectangle that matches exactly. Used by
`motion.find_copies`; a guess that saves bytes, checked pixel by pixel.
"""

from __future__ import annotations

from collections import Counter

import numpy as np
import numpy.typing as npt

from desktop.core.share import tiles
from desktop.core.share.tiles import Box, Copy, Frame

MIN_COPY_AREA = 64 * 16  # a smaller copy does not spare a tile
SEGMENT = 32  # pixels in an anchor segment
ANCHORS = 24
MAX_HITS = 4  # an anchor found more often than this is not distinctive
_K1, _K2 = np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F)

Packed = npt.NDArray[np.uint32]


def packed(frame: Frame, box: Box) -> Packed:
    """One uint32 per pixel of `box` (a view for 4 channels)."""
    return tiles.pixels32(frame[box.y : box.y + box.h, box.x : box.x + box.w])


def moved_block(previous: Frame, current: Frame, region: Box) -> list[Copy]:
    """One copy for the window (or block) that moved within `region`, if any."""
    if region.w < SEGMENT or region.h < 2:
        return []
    old, new = packed(previous, region), packed(current, region)
    table = _segment_sums(_mix(old))
    new_mixed = _mix(new)
    votes: Counter[tuple[int, int]] = Counter()
    seeds: dict[tuple[int, int], list[tuple[int, int]]] = {}
    anchors = [
        (int(ay), ax)
        for ay in np.linspace(0, region.h - 1, ANCHORS).astype(int)
        for ax in _busiest_segments(new[ay], old[ay])
    ]
    for ay, ax in anchors:
        key = new_mixed[ay, ax : ax + SEGMENT].sum(dtype=np.uint64)
        hits = np.flatnonzero(table == key)
        if not 1 <= len(hits) <= MAX_HITS:
            continue
        for hit in hits:
            hy, hx = divmod(int(hit), table.shape[1])
            shift = (hx - ax, hy - ay)
            if shift != (0, 0):
                votes[shift] += 1
                seeds.setdefault(shift, []).append((ay, ax))
    best: list[Copy] = []
    for (dx, dy), count in votes.most_common(3):  # repeated content can outvote the move
        if count < 2:
            break
        found = _grow_copy(previous, current, region, dx, dy, seeds[(dx, dy)])
        if found and (not best or found[0].dst.area > best[0].dst.area):
            best = found
    return best


def _mix(pixels: Packed) -> npt.NDArray[np.uint64]:
    v = pixels.astype(np.uint64) * _K1
    return (v ^ (v >> np.uint64(29))) * _K2


def _segment_sums(mixed: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    """Sum of every SEGMENT-pixel horizontal run: (h, w - SEGMENT + 1)."""
    sums = np.zeros((mixed.shape[0], mixed.shape[1] + 1), dtype=np.uint64)
    np.cumsum(mixed, axis=1, dtype=np.uint64, out=sums[:, 1:])
    return sums[:, SEGMENT:] - sums[:, :-SEGMENT]


def _busiest_segments(row: Packed, before: Packed) -> list[int]:
    """Starts of the busiest changed segments of a row, one per half (busy: many
    colour changes; changed: mostly unlike the old row there, so it moved)."""
    if len(row) < SEGMENT:
        return []
    busy = _window_sums(row[1:] != row[:-1])
    changed = _window_sums(row != before)[: len(busy)]
    score = np.where(changed >= SEGMENT // 2, busy, -1)
    starts = []
    half = len(score) // 2
    for lo, hi in ((0, max(half, 1)), (half, len(score))):
        if hi > lo:
            best = lo + int(np.argmax(score[lo:hi]))
            if score[best] >= SEGMENT // 4:
                starts.append(best)
    return starts


def _window_sums(flags: npt.NDArray[np.bool_]) -> npt.NDArray[np.int64]:
    """How many of each SEGMENT-long run of `flags`, starting at every index."""
    sums = np.concatenate(([0], np.cumsum(flags)))
    return sums[SEGMENT - 1 :] - sums[: len(sums) - SEGMENT + 1]


def _grow_copy(
    previous: Frame, current: Frame, region: Box, dx: int, dy: int, seeds: list[tuple[int, int]]
) -> list[Copy]:
    """The largest exactly-matching rectangle grown from the anchors that found (dx, dy)."""
    height, width = current.shape[:2]
    # Destination pixels (region coordinates) whose source lies inside the frame.
    x0, y0 = max(0, -dx - region.x), max(0, -dy - region.y)
    x1 = min(region.w, width - dx - region.x)
    y1 = min(region.h, height - dy - region.y)
    if x1 - x0 < SEGMENT or y1 <= y0:
        return []
    dst = Box(region.x + x0, region.y + y0, x1 - x0, y1 - y0)
    src = Box(dst.x + dx, dst.y + dy, dst.w, dst.h)
    equal = packed(current, dst) == packed(previous, src)
    best: tuple[int, int, int, int] | None = None
    for ay, ax in seeds[:4]:
        ry, rx = ay - y0, ax - x0
        if not (0 <= ry < dst.h and rx >= 0 and rx + SEGMENT <= dst.w):
            continue
        for rows_first in (True, False):
            box = _grow(equal, ry, ry + 1, rx, rx + SEGMENT, rows_first)
            if box and (best is None or _area(box) > _area(best)):
                best = box
    if best is None or _area(best) < MIN_COPY_AREA:
        return []
    t, b, left, right = best
    return [Copy(Box(dst.x + left, dst.y + t, right - left, b - t), src.x + left, src.y + t)]


def _grow(
    equal: npt.NDArray[np.bool_], t: int, b: int, left: int, right: int, rows_first: bool
) -> tuple[int, int, int, int] | None:
    if not equal[t:b, left:right].all():
        return None
    for step in range(4):
        if (step % 2 == 0) == rows_first:
            t, b = _extend(np.asarray(equal[:, left:right].all(axis=1)), t, b)
        else:
            left, right = _extend(np.asarray(equal[t:b].all(axis=0)), left, right)
    return t, b, left, right


def _extend(ok: npt.NDArray[np.bool_], lo: int, hi: int) -> tuple[int, int]:
    """The run of True in `ok` that contains [lo, hi)."""
    before = np.flatnonzero(~ok[:lo])
    after = np.flatnonzero(~ok[hi:])
    return (int(before[-1]) + 1 if len(before) else 0), (
        hi + int(after[0]) if len(after) else len(ok)
    )


def _area(box: tuple[int, int, int, int]) -> int:
    return (box[1] - box[0]) * (box[3] - box[2])
