"""OCR of one capture with progress, for the report's worker.

The same plan as ocr.read_image (message regions first, stop at the first
that holds an error, else the whole image), reported region by region so
the person sees it move.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop.core import ocr
from desktop.core.errortext import is_error_line
from desktop.core.ocr_engine import read_region
from desktop.core.textboxes import Box, Line

if TYPE_CHECKING:
    from PIL import Image

ProgressFn = Callable[[int, int], None]


class ReadCancelled(Exception):
    """The report was closed while its text was being read."""


def read_capture(
    image: Image.Image,
    *,
    lang: str = ocr.DEFAULT_LANG,
    progress: ProgressFn | None = None,
    cancelled: Callable[[], bool] | None = None,
    max_regions: int = 3,
) -> list[Line]:
    """OCR lines of a capture; progress(done, total) after each region."""

    def report(done: int, total: int) -> None:
        if cancelled is not None and cancelled():
            raise ReadCancelled()
        if progress is not None:
            progress(done, total)

    ocr.check_languages(lang)
    ocr._thread_limit()
    plan = ocr.plan_regions(image)
    whole = Box(0, 0, image.width, image.height)
    if plan[0][0] != whole:
        regions = plan[:max_regions]
        total = len(regions) + 1  # the whole image, read only when no region holds an error
        report(0, total)
        for done, (box, psm) in enumerate(regions, 1):
            lines = read_region(image, box, lang, psm, timeout=120.0)
            report(done, total)
            if any(is_error_line(line.text) for line in lines):
                report(total, total)
                return lines
        plan = [(whole, 3)]
    report(0, 1)
    lines = read_region(image, plan[0][0], lang, plan[0][1], timeout=120.0)
    report(1, 1)
    return lines
