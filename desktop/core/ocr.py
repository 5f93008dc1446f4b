"""OCR made for screenshots: read the message regions first, well and quickly.

What matters for Tesseract on screen text (measured, see docs/ocr.md):
`OMP_THREAD_LIMIT=1`; reading only the regions that matter (a dialog or a
console found by screen_regions, most promising first); `--psm 6` for such
a region and `--psm 3` for a whole screen; small text scaled up and dark
themes inverted (ocr_prepare); one `image_to_data` call per pass and the
spaces between Chinese characters removed (ocr_engine). Boxes always come
back in the input image's pixels.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from desktop.core.ocr_engine import OcrError, check_languages, read_region
from desktop.core.ocr_prepare import prepare
from desktop.core.textboxes import Box, Line

if TYPE_CHECKING:
    from PIL import Image

__all__ = ["DEFAULT_LANG", "OcrError", "OcrResult", "check_languages", "prepare", "read_image"]

DEFAULT_LANG = "eng+chi_sim"
SMALL_IMAGE_PIXELS = 1_000_000  # below this (a region or window capture) read it whole
Scope = Literal["auto", "full"]


@dataclass(frozen=True)
class OcrResult:
    lines: list[Line]
    regions: list[Box]  # what was read, in reading order
    seconds: float
    lang: str = DEFAULT_LANG

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


def _since(started: float) -> float:
    return round(time.perf_counter() - started, 3)


def _thread_limit() -> None:
    # The largest speed lever on few cores; a value the user set is kept.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")


def plan_regions(image: Image.Image, scope: Scope = "auto") -> list[tuple[Box, int]]:
    """The regions to read, in order, with the page-segmentation mode for each."""
    import numpy as np

    from desktop.core.screen_regions import find_regions

    whole = Box(0, 0, image.width, image.height)
    if image.width * image.height <= SMALL_IMAGE_PIXELS:
        return [(whole, 6 if image.height <= 400 else 3)]
    regions = find_regions(np.asarray(image.convert("RGB")))
    if scope == "full" or not regions:
        return [(whole, 3)]
    # Just inside the frame, so its border is not read as "|".
    return [(Box(r.box.x + 3, r.box.y + 3, r.box.w - 6, r.box.h - 6), 6) for r in regions]


def iter_regions(
    image: Image.Image,
    plan: Sequence[tuple[Box, int]],
    *,
    lang: str = DEFAULT_LANG,
    timeout: float = 120.0,
) -> Iterator[tuple[Box, list[Line]]]:
    """Read planned regions, yielding each one's lines as soon as it is done, in order."""
    _thread_limit()
    workers = max(1, min(len(plan), os.cpu_count() or 1))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [
            (box, pool.submit(read_region, image, box, lang, psm, timeout)) for box, psm in plan
        ]
        try:
            for box, future in futures:
                yield box, future.result()
        finally:
            for _, future in futures:
                future.cancel()


def read_image(
    image: Image.Image,
    *,
    lang: str = DEFAULT_LANG,
    scope: Scope = "auto",
    max_regions: int = 3,
) -> OcrResult:
    """OCR a screenshot.

    scope="auto" reads the message regions (dialogs, consoles) most promising
    first, stopping at the first one that holds an error, and reads the whole
    image when none is found or none holds an error; scope="full" reads the
    whole image. Lines come back in reading order with boxes in `image` pixels.
    """
    from desktop.core.errortext import is_error_line

    started = time.perf_counter()
    _thread_limit()
    check_languages(lang)
    plan = plan_regions(image, scope)
    whole = Box(0, 0, image.width, image.height)
    lines: list[Line] = []
    read: list[Box] = []
    if plan[0][0] != whole:
        # One region at a time, most promising first: a dialog that holds the
        # error is usually the first and then nothing else needs reading.
        for box, psm in plan[:max_regions]:
            region_lines = read_region(image, box, lang, psm, timeout=120.0)
            read.append(box)
            lines.extend(region_lines)
            if any(is_error_line(line.text) for line in region_lines):
                return OcrResult(lines, read, _since(started), lang)
        plan = [(whole, 3)]
        lines, read = [], []
    for box, region_lines in iter_regions(image, plan, lang=lang):
        read.append(box)
        lines.extend(region_lines)
    return OcrResult(lines, read, _since(started), lang)
