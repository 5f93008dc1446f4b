"""Running Tesseract on one region and turning its words into lines.

One `image_to_data` call per pass (every pytesseract call is a full OCR
run). With Chinese and another language both asked for, a region is read
twice in parallel: Chinese first, and the other language alone. The order of
languages is a priority that costs either way: English first claims Chinese
words at the start of a line ("登录失败" comes back as "BRAM"), Chinese first
glues English words ("resolvethe"). Each line is taken from the reading that
suits it, and a line that is still doubtful is cut out and read again alone,
once per language, where each model reads it fairly.
"""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from desktop.core import tesseract_locator
from desktop.core.ocr_prepare import MARGIN, prepare
from desktop.core.textboxes import CJK_CHAR, Box, Line, Word

if TYPE_CHECKING:
    from PIL import Image


class OcrError(Exception):
    """OCR could not run; the message says what to install or change."""


_CONFUSIONS = re.compile(r"£(?=\d{3})")  # chi_sim reads a code's E as £ (E1043)


_configured: str | None = None  # the Tesseract program set in Preferences, if any


def use_tesseract(path: str | None) -> None:
    """Run this Tesseract program from now on; None or "" to look for one (tesseract_locator)."""
    global _configured
    _configured = path or None


def tesseract_command() -> str:
    """The Tesseract program OCR runs, found now; OcrError says how to install it."""
    try:
        return str(tesseract_locator.find(_configured))
    except tesseract_locator.TesseractNotFound as exc:
        raise OcrError(str(exc)) from exc


def check_languages(lang: str) -> None:
    """Raise OcrError unless Tesseract is installed with every language in `lang`.

    Also points pytesseract at the program to run, so every OCR run starts here.
    """
    import pytesseract

    pytesseract.pytesseract.tesseract_cmd = tesseract_command()
    try:
        available = set(pytesseract.get_languages(config=""))
    except (pytesseract.TesseractNotFoundError, OSError) as exc:
        raise OcrError(f"Tesseract could not be run. {tesseract_locator.install_hint()}") from exc
    missing = [code for code in lang.split("+") if code and code not in available]
    if missing:
        raise OcrError(
            f"Tesseract language data missing: {', '.join(missing)} "
            f"(installed: {', '.join(sorted(available)) or 'none'}). "
            f"{tesseract_locator.language_hint(missing)}"
        )


def language_passes(lang: str) -> list[str]:
    """The Tesseract language strings to read with: Chinese first, then the rest alone."""
    codes = [c for c in lang.split("+") if c]
    chinese = [c for c in codes if c.startswith("chi_")]
    others = [c for c in codes if c not in chinese]
    if chinese and others:
        return ["+".join(chinese + others), "+".join(others)]
    return ["+".join(codes)]


def _tesseract(prepared: Image.Image, lang: str, psm: int, timeout: float) -> dict[str, Any]:
    import pytesseract

    try:
        data: dict[str, Any] = pytesseract.image_to_data(
            prepared,
            lang=lang,
            config=f"--psm {psm} --oem 1",
            output_type=pytesseract.Output.DICT,
            timeout=timeout,
        )
    except pytesseract.TesseractNotFoundError as exc:
        raise OcrError(f"Tesseract is not installed. {tesseract_locator.install_hint()}") from exc
    except RuntimeError as exc:  # pytesseract's timeout
        raise OcrError(f"Tesseract took longer than {timeout:.0f} s on one region") from exc
    except pytesseract.TesseractError as exc:
        raise OcrError(f"Tesseract failed: {exc.message or exc}") from exc
    return data


def _lines(
    data: dict[str, Any], box: Box, factor: float, offset: tuple[int, int] = (0, 0)
) -> list[Line]:
    """Tesseract's words grouped into lines, boxes mapped back to image pixels.

    `offset` is where the image Tesseract read sits in the prepared region
    (non-zero when one line was cut out of it and read again).
    """
    grouped: dict[tuple[int, int, int], list[Word]] = {}
    for i, raw in enumerate(data["text"]):
        text = _CONFUSIONS.sub("E", raw.strip())
        conf = float(data["conf"][i])
        if not text or conf < 0:
            continue
        x = box.x + (data["left"][i] + offset[0] - MARGIN) / factor
        y = box.y + (data["top"][i] + offset[1] - MARGIN) / factor
        w, h = data["width"][i] / factor, data["height"][i] / factor
        word_box = Box(max(int(x), box.x), max(int(y), box.y), max(round(w), 1), max(round(h), 1))
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        grouped.setdefault(key, []).append(Word(text, word_box, conf))
    lines = [Line.from_words(tuple(_drop_icon_marks(words))) for words in grouped.values()]
    return [ln for ln in lines if any(c.isalnum() for c in ln.text)]


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


def _twin(line: Line, others: list[Line]) -> Line | None:
    """The line in `others` at the same height, if any."""
    best, best_overlap = None, 0
    for other in others:
        a, b = line.box, other.box
        overlap = min(a.bottom, b.bottom) - max(a.y, b.y)
        beside = min(a.right, b.right) > max(a.x, b.x)
        if beside and overlap > 0.5 * min(a.h, b.h) and overlap > best_overlap:
            best, best_overlap = other, overlap
    return best


def merge_readings(cjk_first: list[Line], latin_first: list[Line]) -> list[Line]:
    """Per line, the Chinese-first reading where Chinese was read, else the other."""
    merged: list[Line] = []
    used: set[int] = set()
    for line in cjk_first:
        twin = _twin(line, latin_first)
        if twin is not None:
            used.add(id(twin))
        chinese = len(CJK_CHAR.findall(line.text)) >= 2 or (
            twin is not None and CJK_CHAR.search(twin.text) is not None
        )
        merged.append(line if twin is None or chinese else twin)
    for line in latin_first:  # lines only the Latin-first pass found
        if id(line) not in used and not CJK_CHAR.search(line.text):
            merged.append(line)
    merged.sort(key=lambda ln: (ln.box.y + ln.box.h // 2, ln.box.x))
    return merged


def _reread(
    prepared: Image.Image, line: Line, box: Box, factor: float, lang: str, timeout: float
) -> Line | None:
    """Read one weak line again on its own, once per language; the surest reading wins.

    In a block, one language can claim a whole line of the other ("请刷新页面后
    重试" read as "BORNE." with confidence 1); alone, each model reads it fairly.
    """
    from PIL import ImageOps

    pad = max(int(line.box.h * factor * 0.3), 4)
    x0 = max(int((line.box.x - box.x) * factor) + MARGIN - pad, 0)
    y0 = max(int((line.box.y - box.y) * factor) + MARGIN - pad, 0)
    x1 = min(int((line.box.right - box.x) * factor) + MARGIN + pad, prepared.width)
    y1 = min(int((line.box.bottom - box.y) * factor) + MARGIN + pad, prepared.height)
    crop = ImageOps.expand(prepared.crop((x0, y0, x1, y1)), border=MARGIN, fill=255)
    codes = [c for c in lang.split("+") if c]
    with ThreadPoolExecutor(max_workers=len(codes)) as pool:
        futures = [pool.submit(_tesseract, crop, code, 6, timeout) for code in codes]
        offset = (x0 - MARGIN, y0 - MARGIN)
        readings = [_lines(f.result(), box, factor, offset) for f in futures]
    words = [tuple(w for ln in reading for w in ln.words) for reading in readings]
    candidates = [Line.from_words(ws) for ws in words if ws]
    return max(candidates, key=lambda ln: ln.conf, default=None)


WEAK_LINE_CONF = 60  # below this mean word confidence a line is read again alone
MIN_LINE_CONF = 20  # below this a line is dropped


def _doubtful(line: Line) -> bool:
    """A line worth reading again alone: unsure, or Chinese that starts with a Latin word.

    The second is how one model claiming the other's words shows: "登录失败：…"
    comes back as "BRAM: …" with high confidence.
    """
    return line.conf < WEAK_LINE_CONF or _latin_start_in_chinese(line)


def _latin_start_in_chinese(line: Line) -> bool:
    first = re.sub(r"\W", "", line.words[0].text)
    return len(CJK_CHAR.findall(line.text)) >= 2 and first.isascii() and first.isalpha()


def _better(old: Line, new: Line) -> bool:
    if _latin_start_in_chinese(old) and not _latin_start_in_chinese(new):
        # Both models are sure of their own reading; a few points of confidence
        # do not outweigh a line that reads as one script.
        return new.conf >= old.conf - 5
    return new.conf > old.conf


def read_region(image: Image.Image, box: Box, lang: str, psm: int, timeout: float) -> list[Line]:
    """OCR one region of `image`; lines in reading order, boxes in `image` pixels."""
    prepared, factor = prepare(image.crop((box.x, box.y, box.right, box.bottom)))
    passes = language_passes(lang)
    if len(passes) == 1:
        lines = _lines(_tesseract(prepared, passes[0], psm, timeout), box, factor)
    else:
        with ThreadPoolExecutor(max_workers=len(passes)) as pool:
            futures = [pool.submit(_tesseract, prepared, p, psm, timeout) for p in passes]
            readings = [_lines(f.result(), box, factor) for f in futures]
        lines = merge_readings(readings[0], readings[1])
        weak = [i for i, ln in enumerate(lines) if _doubtful(ln)][:4]
        for i in weak:
            better = _reread(prepared, lines[i], box, factor, lang, timeout)
            if better is not None and _better(lines[i], better):
                lines[i] = better
    # What is still this unsure is stray marks (icon edges, borders, noise).
    return [ln for ln in lines if ln.conf >= MIN_LINE_CONF]
