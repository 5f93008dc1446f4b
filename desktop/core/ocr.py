"""OCR made for screenshots: read the message regions first, well and quickly.

What matters for Tesseract on screen text (measured, see docs/ocr.md):
one `image_to_data` call per region (every pytesseract call is a full OCR
run) with `OMP_THREAD_LIMIT=1`, capitals about 20-30 px tall (small UI text
is scaled up), dark themes inverted before reading, `--psm 6` for a dialog
and `--psm 3` for a whole screen, and spaces between Chinese characters
removed. Regions are read in parallel, one Tesseract process per core.
Boxes always come back in the input image's pixels.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from desktop.core.textboxes import Box, Line, Word

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt
    from PIL import Image

DEFAULT_LANG = "eng+chi_sim"
TARGET_LINE_PX = 34  # ink height of a text line Tesseract reads best (caps ~20-30 px)
SMALL_IMAGE_PIXELS = 1_000_000  # below this (a region or window capture) read it whole
Scope = Literal["auto", "full"]


class OcrError(Exception):
    """OCR could not run; the message says what to install or change."""


@dataclass(frozen=True)
class OcrResult:
    lines: list[Line]
    regions: list[Box]  # what was read, in reading order
    seconds: float
    lang: str = DEFAULT_LANG
    notes: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


def check_languages(lang: str) -> None:
    """Raise OcrError unless Tesseract is installed with every language in `lang`."""
    import pytesseract

    try:
        available = set(pytesseract.get_languages(config=""))
    except pytesseract.TesseractNotFoundError as exc:
        raise OcrError(
            "Tesseract is not installed or not on PATH "
            "(Debian/Ubuntu: apt install tesseract-ocr tesseract-ocr-chi-sim)"
        ) from exc
    missing = [code for code in lang.split("+") if code and code not in available]
    if missing:
        packages = " ".join(f"tesseract-ocr-{m.replace('_', '-').lower()}" for m in missing)
        raise OcrError(
            f"Tesseract language data missing: {', '.join(missing)} "
            f"(installed: {', '.join(sorted(available)) or 'none'}; Debian/Ubuntu: apt install "
            f"{packages})"
        )


def _text_line_height(gray: npt.NDArray[np.uint8]) -> float | None:
    """Median height of the text lines in a light-background grey image, or None."""
    import numpy as np

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


def prepare(image: Image.Image) -> tuple[Image.Image, float]:
    """Grey, dark-on-light, text scaled toward TARGET_LINE_PX; returns (image, factor)."""
    import numpy as np
    from PIL import Image as PILImage
    from PIL import ImageOps

    gray = image.convert("L")
    arr = np.asarray(gray)
    if np.median(arr) < 110:  # dark theme or console: Tesseract wants dark text on light
        gray = ImageOps.invert(gray)
        arr = 255 - arr
    height = _text_line_height(arr)
    factor = 1.0 if height is None else min(max(TARGET_LINE_PX / height, 1.0), 3.0)
    factor = round(factor * 4) / 4  # few distinct sizes: the same text reads the same
    if factor != 1.0:
        size = (round(gray.width * factor), round(gray.height * factor))
        gray = gray.resize(size, PILImage.Resampling.BICUBIC)
    return ImageOps.expand(gray, border=12, fill=255), factor


def _read_region(image: Image.Image, box: Box, lang: str, psm: int, timeout: float) -> list[Line]:
    import pytesseract

    prepared, factor = prepare(image.crop((box.x, box.y, box.right, box.bottom)))
    try:
        data = pytesseract.image_to_data(
            prepared,
            lang=lang,
            config=f"--psm {psm} --oem 1 -c preserve_interword_spaces=0",
            output_type=pytesseract.Output.DICT,
            timeout=timeout,
        )
    except pytesseract.TesseractNotFoundError as exc:
        raise OcrError("Tesseract is not installed or not on PATH") from exc
    except RuntimeError as exc:  # pytesseract's timeout
        raise OcrError(f"Tesseract took longer than {timeout:.0f} s on one region") from exc
    except pytesseract.TesseractError as exc:
        raise OcrError(f"Tesseract failed: {exc.message or exc}") from exc
    grouped: dict[tuple[int, int, int], list[Word]] = {}
    for i, text in enumerate(data["text"]):
        text = _CONFUSIONS.sub("E", text.strip())
        conf = float(data["conf"][i])
        if not text or conf < 0:
            continue
        x = box.x + (data["left"][i] - 12) / factor
        y = box.y + (data["top"][i] - 12) / factor
        w, h = data["width"][i] / factor, data["height"][i] / factor
        word_box = Box(max(int(x), box.x), max(int(y), box.y), max(round(w), 1), max(round(h), 1))
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        grouped.setdefault(key, []).append(Word(text, word_box, conf))
    lines = [Line.from_words(tuple(_drop_icon_marks(words))) for words in grouped.values()]
    # Lines that are only stray marks (icon edges, borders) are dropped.
    return [ln for ln in lines if any(c.isalnum() for c in ln.text) and ln.conf >= 20]


def _drop_icon_marks(words: list[Word]) -> list[Word]:
    """Remove what Tesseract reads into an icon left of the text ("x]", "又 |").

    Up to three characters at the start of a line, followed by a gap wider than
    the line is tall, are an icon, not a word.
    """
    if len(words) < 2:
        return words
    height = sorted(w.box.h for w in words)[len(words) // 2]
    chars = 0
    for k in range(1, min(len(words), 3)):
        chars += len(words[k - 1].text)
        if chars > 3:
            break
        if words[k].box.x - words[k - 1].box.right > 1.0 * height:
            return words[k:]
    return words


def _since(started: float) -> float:
    return round(time.perf_counter() - started, 3)


_CONFUSIONS = re.compile(r"£(?=\d{3})")  # chi_sim reads a code's E as £ (E1043)


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
    return [(r.box, 6) for r in regions]


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
            (box, pool.submit(_read_region, image, box, lang, psm, timeout)) for box, psm in plan
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
    check_languages(lang)
    plan = plan_regions(image, scope)
    whole = Box(0, 0, image.width, image.height)
    if plan[0][0] != whole:
        # One region at a time, most promising first: a dialog that holds the
        # error is usually the first and then nothing else needs reading.
        for box, psm in plan[:max_regions]:
            region_lines = _read_region(image, box, lang, psm, timeout=120.0)
            if any(is_error_line(line.text) for line in region_lines):
                return OcrResult(region_lines, [box], _since(started), lang)
        plan = [(whole, 3)]
    lines: list[Line] = []
    read: list[Box] = []
    for box, region_lines in iter_regions(image, plan, lang=lang):
        read.append(box)
        lines.extend(region_lines)
    return OcrResult(lines, read, _since(started), lang)
