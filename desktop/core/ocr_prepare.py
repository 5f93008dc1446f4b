"""Turn a piece of screenshot into what Tesseract reads best.

Grey, dark text on light (dark themes and consoles inverted), text lines
scaled toward TARGET_LINE_PX, coloured icons (the red cross, the amber
triangle) painted over so their shapes are not read as letters, and a white
margin. Pure numpy and Pillow.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    from PIL import Image

TARGET_LINE_PX = 28  # ink height of a text line: CJK glyphs ~28 px, Latin caps ~18 px (measured)
MARGIN = 12


def text_line_height(gray: npt.NDArray[np.uint8]) -> float | None:
    """Median height of the text lines in a grey image, or None when there is no text."""
    background = int(np.median(gray))
    ink = np.abs(gray.astype(np.int16) - background) > 60
    # Profiles per vertical strip, so an icon beside two lines does not merge them.
    found: list[npt.NDArray[np.intp]] = []
    for start in range(0, ink.shape[1], 160):
        rows = ink[:, start : start + 160].sum(axis=1) >= 2
        padded = np.concatenate(([False], rows, [False])).astype(np.int8)
        edges = np.flatnonzero(np.diff(padded))
        heights = edges[1::2] - edges[0::2]
        found.append(heights[heights >= 4])
    heights = np.concatenate(found) if found else np.array([], dtype=np.intp)
    return float(np.median(heights)) if heights.size else None


def _shrink(mask: npt.NDArray[np.bool_], r: int) -> npt.NDArray[np.bool_]:
    """Binary erosion by a (2r+1)-pixel square."""
    return ~_grow(~mask, r)


def _grow(mask: npt.NDArray[np.bool_], r: int) -> npt.NDArray[np.bool_]:
    """Binary dilation by a (2r+1)-pixel square (separable, no wrap-around)."""
    out = mask.copy()
    for axis in (0, 1):
        step = out.copy()
        for k in range(1, r + 1):
            if axis == 0:
                step[k:] |= out[:-k]
                step[:-k] |= out[k:]
            else:
                step[:, k:] |= out[:, :-k]
                step[:, :-k] |= out[:, k:]
        out = step
    return out


def compression_noise(gray: npt.NDArray[np.uint8]) -> float:
    """Share of pixels a few grey levels off the background: ~0 for PNG, >2% for JPEG."""
    off = np.abs(gray.astype(np.int16) - int(np.median(gray)))
    return float(((off >= 1) & (off <= 6)).mean())


def _runs(profile: npt.NDArray[np.bool_]) -> list[tuple[int, int]]:
    padded = np.concatenate(([False], profile, [False])).astype(np.int8)
    edges = np.flatnonzero(np.diff(padded))
    return [(int(a), int(b)) for a, b in zip(edges[0::2], edges[1::2], strict=True)]


def icon_boxes(rgb: npt.NDArray[np.uint8], line_px: float) -> list[tuple[int, int, int, int]]:
    """Boxes (x0, y0, x1, y1) of solid, saturated, roughly square shapes: icons.

    Text strokes, even red ones, are thin and vanish under an erosion of a
    quarter line height; banners and buttons are wide, so they are kept.
    """
    c = rgb.astype(np.int16)
    saturated = (c.max(axis=2) - c.min(axis=2)) > 80
    radius = max(int(line_px / 4), 2)
    # Close the glyph inside the icon (a white cross), keep only thick parts, and
    # grow them back so the pieces of one icon join again.
    solid = _grow(_shrink(_grow(saturated, 2), radius + 2), radius + 2)
    boxes = []
    for x0, x1 in _runs(np.any(solid, axis=0)):
        for y0, y1 in _runs(np.any(solid[:, x0:x1], axis=1)):
            w, h = x1 - x0, y1 - y0
            if 0.6 <= w / h <= 1.6 and max(w, h) <= 4 * line_px:
                boxes.append((x0 - 2, y0 - 2, x1 + 2, y1 + 2))
    return boxes


def prepare(image: Image.Image) -> tuple[Image.Image, float]:
    """Grey, dark-on-light, icons removed, text scaled; returns (image, scale factor)."""
    from PIL import Image as PILImage
    from PIL import ImageDraw, ImageFilter, ImageOps

    rgb = image.convert("RGB")
    gray = rgb.convert("L")
    arr = np.asarray(gray)
    if np.median(arr) < 110:  # dark theme or console: Tesseract wants dark text on light
        gray = ImageOps.invert(gray)
        arr = 255 - arr
    height = text_line_height(arr)
    if height is not None:
        background = int(np.median(arr))
        draw = ImageDraw.Draw(gray)
        for box in icon_boxes(np.asarray(rgb), height):
            draw.rectangle(box, fill=background)
        height = text_line_height(np.asarray(gray)) or height
    if compression_noise(np.asarray(gray)) >= 0.02:
        # JPEG ringing around small text turns into strokes when scaled up.
        gray = gray.filter(ImageFilter.SMOOTH)
    factor = 1.0 if height is None else min(max(TARGET_LINE_PX / height, 1.0), 3.0)
    factor = round(factor * 4) / 4  # few distinct sizes: the same text reads the same
    if factor != 1.0:
        size = (round(gray.width * factor), round(gray.height * factor))
        gray = gray.resize(size, PILImage.Resampling.BICUBIC)
    return ImageOps.expand(gray, border=MARGIN, fill=255), factor
