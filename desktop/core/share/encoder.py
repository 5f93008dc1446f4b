"""The sending side: turn captured frames into frame messages.

    encoder = Encoder()
    message = encoder.encode(numpy.asarray(sct.grab(monitor)))  # BGRA from mss
    send(message.to_bytes())          # every message, in order
    encoder.request_key_frame()       # when a viewer joins or asks for one
    encoder.quality = pacer.quality   # lossy quality of photo-like areas, 1..95

Each call yields one `FrameMessage` whose number is one more than the last
(mod 2**32). A delta frame only makes sense on top of the one before it, so
the sender delivers every message in order; if it ever has to drop one, it
calls `request_key_frame()` so the next message repairs the picture. An
unchanged screen gives an empty frame of 15 bytes.

Per frame: changed 64x64 tiles (packed compares); scrolled or moved areas
become COPY rects (`motion`); what still differs is coded by kind - text
and UI losslessly (WebP lossless, fills), photo- and video-like tiles as JPEG
at `quality`. A lossy tile that has not changed for `refresh_after` frames is
sent again losslessly, so a still picture ends bit-exact. Rects are coded on
a small thread pool (JPEG releases the GIL).
"""

from __future__ import annotations

import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np

from desktop.core.share import motion, rects, regions, tiles
from desktop.core.share.tiles import DEFAULT_TILE, Box, Frame, PixelFormat, TileMask
from desktop.core.share.wire import FrameMessage, Rect, RectCodec, copy_rect

# WebP codes at most 16383 a side and Pillow refuses very large images as
# decompression bombs, so bigger rects are cut into pieces of this size.
MAX_RECT_SIDE = 8192
REFRESH_AFTER = 3  # frames a lossy tile stays unchanged before its lossless refresh
PARALLEL_MIN_PIXELS = 64 * 64 * 8  # below this a thread hand-off costs more than it saves


@dataclass(frozen=True)
class EncoderStats:
    """What the last `encode` did, for live figures and benchmarks."""

    changed_tiles: int
    rects: int
    payload_bytes: int
    copies: int = 0  # COPY rects (scrolled or moved areas)
    lossy_rects: int = 0
    refreshed_tiles: int = 0  # lossy tiles sent again losslessly
    lossy_tiles_left: int = 0  # tiles the viewer still has only approximately
    lossy_bytes: int = 0  # payload bytes of the lossy rects


class Encoder:
    """Tile-diffing encoder; keeps the previous frame (as the viewer has it) to diff against.

    `lossy=False` codes everything losslessly (every frame bit-exact);
    `motion=False` turns off scroll/move detection.
    """

    def __init__(
        self,
        *,
        tile: int = DEFAULT_TILE,
        pixel_format: PixelFormat | None = None,
        lossy: bool = True,
        quality: int = rects.LOSSY_QUALITY,
        motion: bool = True,
        refresh_after: int = REFRESH_AFTER,
        threads: int = 2,
    ):
        if tile <= 0 or tile % 8:
            raise ValueError(f"the tile size must be a positive multiple of 8, not {tile}")
        self.tile = tile
        self.pixel_format = pixel_format
        self.lossy = lossy
        self.quality = quality
        self.motion = motion
        self.refresh_after = refresh_after
        # At most this many lossy tiles are refreshed per frame (None: all); a
        # pacer lowers it on a slow link so one refresh does not block the picture.
        self.max_refresh_tiles: int | None = None
        self._threads = threads
        self._pool: ThreadPoolExecutor | None = None
        self._previous: Frame | None = None
        self._wide: Frame | None = None  # RGB bytes plus one, for widening to RGBX
        self._lossy_tiles: TileMask | None = None
        self._static: np.ndarray | None = None  # frames each tile has gone unchanged
        self._next_number = 0
        self._key_requested = True
        self.last_stats = EncoderStats(0, 0, 0)

    @property
    def next_number(self) -> int:
        return self._next_number

    @property
    def exact(self) -> bool:
        """Whether the viewer's picture is bit-exact with the last frame encoded."""
        return self._lossy_tiles is None or not self._lossy_tiles.any()

    @property
    def lossy_tiles(self) -> TileMask | None:
        """Tiles where the viewer may hold lossy pixels (a copy; None before a frame)."""
        return None if self._lossy_tiles is None else self._lossy_tiles.copy()

    def request_key_frame(self) -> None:
        """Make the next frame a key frame (a viewer joined or lost track)."""
        self._key_requested = True

    def close(self) -> None:
        """Stop the coding threads (they are also daemon threads of a pool)."""
        if self._pool is not None:
            self._pool.shutdown(wait=False)
            self._pool = None

    def encode(self, frame: Frame) -> FrameMessage:
        """Encode one frame (H, W, 3) RGB or (H, W, 4) BGRA/RGBA; see `tiles`."""
        pixel_format = tiles.check_frame(frame, self.pixel_format)
        height, width = frame.shape[:2]
        if width > 0xFFFF or height > 0xFFFF:
            raise ValueError(f"a {width}x{height} frame is larger than the wire allows")
        if pixel_format == "RGB":
            # One pixel per uint32 makes every compare and hash a plain view:
            # widen RGB once (a copy into a reused buffer) rather than per step.
            frame, pixel_format = self._rgbx(frame), "RGBA"
        previous = self._previous
        grid = (-(-height // self.tile), -(-width // self.tile))
        key = (
            self._key_requested
            or previous is None
            or previous.shape != frame.shape  # a new size or pixel layout
            or self._lossy_tiles is None
        )
        copies: list[motion.Copy] = []
        if key or previous is None:
            mask = np.ones(grid, dtype=np.bool_)
            activity = mask
            lossy_tiles: TileMask = np.zeros(grid, dtype=np.bool_)
            static = np.zeros(grid, dtype=np.int32)
        else:
            assert self._lossy_tiles is not None and self._static is not None
            mask = tiles.changed_tiles(previous, frame, self.tile)
            activity = mask
            lossy_tiles, static = self._lossy_tiles, self._static
            if self.motion and int(mask.sum()) >= motion.MIN_TILES:
                copies = motion.find_copies(previous, frame, mask, self.tile)
            if copies:
                # `previous` becomes what the viewer has after the copies; diff against that.
                motion.apply_copies(previous, copies)
                lossy_tiles = motion.move_tile_flags(lossy_tiles, copies, self.tile)
                mask = self._recheck(previous, frame, mask, copies)
        photo = regions.find(frame, mask, self.tile) if self.lossy else None
        static = np.where(activity, 0, static + 1)
        refresh = self._limit(lossy_tiles & ~mask & (static >= self.refresh_after))
        lossless = mask & ~photo.covered if photo else mask
        lossy_now = photo.touched if photo else np.zeros_like(mask)
        jobs: list[tuple[Box, bool]] = []
        sent = np.zeros_like(mask)  # tiles whose every pixel goes out losslessly now
        for box in tiles.merge_tiles(lossless, self.tile, width, height):
            if not key and previous is not None:
                box = _shrink(previous, frame, box, photo.boxes if photo else [])
            jobs.append((box, False))
            r0, r1, c0, c1 = tiles.inner_tiles(box, self.tile, width, height)
            sent[r0:r1, c0:c1] = True
        jobs += [
            (b, False) for b in tiles.merge_tiles(refresh & ~lossless, self.tile, width, height)
        ]
        jobs += [(b, True) for b in (photo.boxes if photo else [])]
        parts = [(p, lossy) for b, lossy in jobs if b.area for p in _split(b)]
        coded = self._code(frame, pixel_format, parts, photo.boxes if photo else [])
        copy_rects = tuple(copy_rect(c.dst.x, c.dst.y, c.dst.w, c.dst.h, c.src_x, c.src_y)
                           for c in copies)  # fmt: skip
        message = FrameMessage(self._next_number, key, width, height, copy_rects + coded)
        self._lossy_tiles = (lossy_tiles & ~(sent | refresh)) | lossy_now
        self._static = static
        # Keep our own copy (capture libraries reuse their buffers); after a
        # delta only the changed tiles differ from it.
        if key or previous is None:
            self._previous = np.array(frame, copy=True)
        else:
            for box in tiles.merge_tiles(mask, self.tile, width, height):
                area = (slice(box.y, box.y + box.h), slice(box.x, box.x + box.w))
                previous[area] = frame[area]
        self._next_number = (self._next_number + 1) & 0xFFFFFFFF
        self._key_requested = False
        self.last_stats = EncoderStats(
            int(activity.sum()),
            len(message.rects),
            message.payload_bytes,
            copies=len(copies),
            lossy_rects=sum(1 for _, lossy in jobs if lossy),
            refreshed_tiles=int(refresh.sum()),
            lossy_tiles_left=int(self._lossy_tiles.sum()),
            lossy_bytes=sum(
                len(r.payload) for r in coded if r.codec in (RectCodec.WEBP_LOSSY, RectCodec.JPEG)
            ),
        )
        return message

    def _rgbx(self, rgb: Frame) -> Frame:
        """RGB as RGBX: 4-byte words read at a 3-byte stride, the 4th byte masked.

        Several times faster than assigning into the first three channels of
        an RGBX array, which numpy does pixel by pixel.
        """
        height, width = rgb.shape[:2]
        buffer = self._wide
        if buffer is None or buffer.size != height * width * 3 + 1:
            buffer = self._wide = np.zeros(height * width * 3 + 1, dtype=np.uint8)
        buffer[:-1] = rgb.reshape(-1)
        words = np.ndarray((height * width,), dtype=np.uint32, buffer=buffer, strides=(3,))
        packed = words & np.uint32(0x00FFFFFF if sys.byteorder == "little" else 0xFFFFFF00)
        return packed.view(np.uint8).reshape(height, width, 4)

    def _recheck(
        self, viewer: Frame, frame: Frame, mask: TileMask, copies: list[motion.Copy]
    ) -> TileMask:
        """Changed tiles after the copies: only the tiles the copies wrote can change.

        Copies are exact where they were found, so the tiles wholly inside one
        need no new look, unless copies overlap (then a later one may have
        read what an earlier one wrote): then every written tile is compared.
        """
        out = mask.copy()
        height, width = frame.shape[:2]
        t = self.tile
        disjoint = _disjoint(copies)
        for c in copies:
            d = c.dst
            rows = (d.y // t, -(-(d.y + d.h) // t))
            cols = (d.x // t, -(-(d.x + d.w) // t))
            r0, r1, c0, c1 = tiles.inner_tiles(d, t, width, height) if disjoint else (0, 0, 0, 0)
            if r0 >= r1 or c0 >= c1:
                self._compare(out, viewer, frame, rows, cols)
                continue
            out[r0:r1, c0:c1] = False
            self._compare(out, viewer, frame, (rows[0], r0), cols)  # the border tiles
            self._compare(out, viewer, frame, (r1, rows[1]), cols)
            self._compare(out, viewer, frame, (r0, r1), (cols[0], c0))
            self._compare(out, viewer, frame, (r0, r1), (c1, cols[1]))
        return out

    def _compare(
        self,
        out: TileMask,
        viewer: Frame,
        frame: Frame,
        rows: tuple[int, int],
        cols: tuple[int, int],
    ) -> None:
        if rows[0] >= rows[1] or cols[0] >= cols[1]:
            return
        t = self.tile
        area = (slice(rows[0] * t, rows[1] * t), slice(cols[0] * t, cols[1] * t))
        out[rows[0] : rows[1], cols[0] : cols[1]] = tiles.changed_tiles(
            viewer[area], frame[area], t
        )

    def _limit(self, refresh: TileMask) -> TileMask:
        limit = self.max_refresh_tiles
        if limit is None or int(refresh.sum()) <= limit:
            return refresh
        keep = np.zeros_like(refresh)
        chosen = np.flatnonzero(refresh)[: max(0, limit)]
        keep.flat[chosen] = True
        return keep

    def _code(
        self,
        frame: Frame,
        pixel_format: PixelFormat,
        jobs: list[tuple[Box, bool]],
        photo: list[Box],
    ) -> tuple[Rect, ...]:
        def one(job: tuple[Box, bool]) -> Rect:
            box, lossy = job
            rgb = tiles.to_rgb(frame, pixel_format, box)
            if lossy:
                codec, payload = rects.encode_lossy(rgb, self.quality)
            else:
                # Photo areas under this rect come lossy after it: blank them
                # here so the lossless coder does not spend bytes on noise.
                for other in photo:
                    x0, y0 = max(box.x, other.x), max(box.y, other.y)
                    x1 = min(box.x + box.w, other.x + other.w)
                    y1 = min(box.y + box.h, other.y + other.h)
                    if x0 < x1 and y0 < y1:
                        if rgb.base is not None:
                            rgb = rgb.copy()  # never write into the caller's frame
                        rgb[y0 - box.y : y1 - box.y, x0 - box.x : x1 - box.x] = 0
                codec, payload = rects.encode_rect(rgb)
            return Rect(box.x, box.y, box.w, box.h, codec, payload)

        if self._threads < 2 or len(jobs) < 2 or sum(b.area for b, _ in jobs) < PARALLEL_MIN_PIXELS:
            return tuple(one(job) for job in jobs)
        if self._pool is None:
            self._pool = ThreadPoolExecutor(self._threads, thread_name_prefix="kefu-share-encode")
        return tuple(self._pool.map(one, jobs))


def _disjoint(copies: list[motion.Copy]) -> bool:
    """Whether no copy writes where another reads or writes."""
    boxes = [c.dst for c in copies] + [Box(c.src_x, c.src_y, c.dst.w, c.dst.h) for c in copies]
    n = len(copies)
    for i in range(n):
        for j in range(len(boxes)):
            if j != i and j != i + n and _overlap(copies[i].dst, boxes[j]):
                return False
    return True


def _overlap(a: Box, b: Box) -> bool:
    return a.x < b.x + b.w and b.x < a.x + a.w and a.y < b.y + b.h and b.y < a.y + a.h


def _shrink(viewer: Frame, frame: Frame, box: Box, photo: list[Box]) -> Box:
    """The part of `box` that differs from what the viewer has (empty if none),
    leaving out the photo areas (they are sent lossy after it)."""
    area = (slice(box.y, box.y + box.h), slice(box.x, box.x + box.w))
    differs = tiles.pixels32(viewer[area]) != tiles.pixels32(frame[area])
    for other in photo:
        x0, y0 = max(box.x, other.x) - box.x, max(box.y, other.y) - box.y
        x1 = min(box.x + box.w, other.x + other.w) - box.x
        y1 = min(box.y + box.h, other.y + other.h) - box.y
        if x0 < x1 and y0 < y1:
            differs[y0:y1, x0:x1] = False
    rows, cols = np.flatnonzero(differs.any(axis=1)), np.flatnonzero(differs.any(axis=0))
    if not len(rows):
        return Box(box.x, box.y, 0, 0)
    return Box(box.x + int(cols[0]), box.y + int(rows[0]),
               int(cols[-1] - cols[0]) + 1, int(rows[-1] - rows[0]) + 1)  # fmt: skip


def _split(box: Box) -> list[Box]:
    """Cut a rect into pieces WebP can code."""
    if box.w <= MAX_RECT_SIDE and box.h <= MAX_RECT_SIDE:
        return [box]
    return [
        Box(x, y, min(MAX_RECT_SIDE, box.x + box.w - x), min(MAX_RECT_SIDE, box.y + box.h - y))
        for y in range(box.y, box.y + box.h, MAX_RECT_SIDE)
        for x in range(box.x, box.x + box.w, MAX_RECT_SIDE)
    ]
