"""Private data in recognised text: find it, map it to pixels, hide it.

The kinds are exactly those the `kefu ocr` JSON promises: email, phone,
cn_id, bank_card, ip, token, user_path. Numbers with a checksum (resident ID,
bank card) are only flagged when the checksum holds, so order numbers and
timestamps are left alone. Images are filled solid, never blurred: a blur can
be reversed.
"""

from __future__ import annotations

import ipaddress
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Literal

from desktop.core.textboxes import Box, Line

if TYPE_CHECKING:
    from PIL import Image

PrivateKind = Literal["email", "phone", "cn_id", "bank_card", "ip", "token", "user_path"]
PRIVATE_KINDS: tuple[PrivateKind, ...] = (
    "email",
    "phone",
    "cn_id",
    "bank_card",
    "ip",
    "token",
    "user_path",
)
MASK_CHAR = "█"


@dataclass(frozen=True)
class PrivateSpan:
    """A private value at text[start:end]."""

    kind: PrivateKind
    start: int
    end: int


@dataclass(frozen=True)
class PrivateBox:
    """A private value on screen, in image pixels; `line` indexes the OCR lines."""

    kind: PrivateKind
    box: Box
    line: int = -1


_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
_CN_ID = re.compile(r"(?<![0-9A-Za-z])\d{17}[0-9Xx](?![0-9A-Za-z])")
_CARD = re.compile(r"(?<![\d\-])\d(?:[ \-]?\d){12,18}(?![\d\-])")
_CN_MOBILE = re.compile(r"(?<![\d+])(?:(?:\+|00)?86[ \-]?)?1[3-9]\d[ \-]?\d{4}[ \-]?\d{4}(?!\d)")
_CN_LANDLINE = re.compile(r"(?<![\d\-])(?:\(0\d{2,3}\)|0\d{2,3}[ \-])\s?\d{7,8}(?![\d\-])")
_INTL_PHONE = re.compile(r"(?<![\w+])\+\d{1,3}(?:[ \-.]?\(?\d{1,4}\)?){2,5}(?!\d)")
_IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
_IPV6 = re.compile(r"(?<![0-9A-Fa-f:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![0-9A-Fa-f:])")
_USER_PATH = re.compile(
    r"(?:[A-Za-z]:[\\/](?:Users|Documents and Settings)[\\/]|(?<![\w.])/(?:home|Users)/)"
    r"(?P<name>[^\\/\s:*?\"<>|]+)",
    re.IGNORECASE,
)
_SECRET_LABEL = re.compile(
    r"(?:password|passwd|pwd|passcode|secret|token|api[_\-]?key|access[_\-]?key|密码|口令|令牌|密钥)"
    r"\s*[:=：]\s*(?P<value>[^\s,;，；]+)",
    re.IGNORECASE,
)
_BEARER = re.compile(r"\bBearer\s+(?P<value>[A-Za-z0-9._~+/\-]+=*)")
_TOKEN_LIKE = re.compile(r"(?<![\w\-./+])[A-Za-z0-9_\-./+]{20,}={0,2}(?![\w\-./+=])")
_KNOWN_TOKEN = re.compile(
    r"\b(?:gh[pousr]_[A-Za-z0-9]{20,}|sk-[A-Za-z0-9\-_]{16,}|xox[abpr]-[A-Za-z0-9\-]{10,}"
    r"|AKIA[0-9A-Z]{16}|eyJ[A-Za-z0-9_\-]+\.eyJ[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]*)"
)

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def cn_id_valid(number: str) -> bool:
    """True for an 18-character resident ID with a real birth date and checksum."""
    if len(number) != 18 or not number[:17].isdigit():
        return False
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    if not 1900 <= born.year <= date.today().year:
        return False
    total = sum(int(d) * w for d, w in zip(number[:17], _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11] == number[17].upper()


def luhn_valid(digits: str) -> bool:
    """The Luhn (mod 10) check bank cards carry."""
    if not digits.isdigit() or not 13 <= len(digits) <= 19:
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _looks_like_token(value: str) -> bool:
    """Long strings mixing letters and digits with enough entropy to be a secret."""
    if len(value) < 20 or re.fullmatch(r"[\d.\-/]+", value):
        return False
    if "/" in value.strip("/") and value.count("/") > 1 and not value.endswith("="):
        return False  # a path or URL, handled elsewhere
    has_digit = any(c.isdigit() for c in value)
    has_alpha = any(c.isalpha() for c in value)
    if not (has_digit and has_alpha):
        return False
    counts: dict[str, int] = {}
    for c in value:
        counts[c] = counts.get(c, 0) + 1
    entropy = -sum(n / len(value) * math.log2(n / len(value)) for n in counts.values())
    return entropy >= 3.5


def find_private(text: str) -> list[PrivateSpan]:
    """Every private value in `text`, earliest first, without overlaps.

    When two detectors claim overlapping text the longer (then the earlier in
    PRIVATE_KINDS order) wins, so an ID number is not also a bank card.
    """
    found: list[PrivateSpan] = []

    def add(kind: PrivateKind, start: int, end: int) -> None:
        found.append(PrivateSpan(kind, start, end))

    for m in _EMAIL.finditer(text):
        add("email", m.start(), m.end())
    for m in _CN_ID.finditer(text):
        if cn_id_valid(m.group()):
            add("cn_id", m.start(), m.end())
    for m in _CARD.finditer(text):
        if luhn_valid(_digits(m.group())) and not cn_id_valid(_digits(m.group())):
            add("bank_card", m.start(), m.end())
    for pattern in (_CN_MOBILE, _CN_LANDLINE, _INTL_PHONE):
        for m in pattern.finditer(text):
            if 7 <= len(_digits(m.group())) <= 15:
                add("phone", m.start(), m.end())
    for m in _IPV4.finditer(text):
        if all(int(part) <= 255 for part in m.group().split(".")):
            add("ip", m.start(), m.end())
    for m in _IPV6.finditer(text):
        candidate = m.group()
        if (candidate.count(":") >= 3 or "::" in candidate) and re.search("[A-Fa-f]|::", candidate):
            try:
                ipaddress.IPv6Address(candidate)
            except ValueError:
                continue
            add("ip", m.start(), m.end())
    for m in _USER_PATH.finditer(text):
        add("user_path", m.start("name"), m.end("name"))
    for pattern in (_SECRET_LABEL, _BEARER):
        for m in pattern.finditer(text):
            add("token", m.start("value"), m.end("value"))
    for m in _KNOWN_TOKEN.finditer(text):
        add("token", m.start(), m.end())
    for m in _TOKEN_LIKE.finditer(text):
        if _looks_like_token(m.group()):
            add("token", m.start(), m.end())
    return _resolve_overlaps(found)


def _resolve_overlaps(spans: list[PrivateSpan]) -> list[PrivateSpan]:
    ranked = sorted(spans, key=lambda s: (-(s.end - s.start), PRIVATE_KINDS.index(s.kind), s.start))
    kept: list[PrivateSpan] = []
    for span in ranked:
        if all(span.end <= k.start or span.start >= k.end for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)


def mask_text(text: str, spans: Iterable[PrivateSpan]) -> str:
    """Replace each private span with mask characters of the same length."""
    chars = list(text)
    for span in spans:
        for i in range(span.start, span.end):
            if not chars[i].isspace():
                chars[i] = MASK_CHAR
    return "".join(chars)


def private_boxes(lines: Sequence[Line]) -> list[PrivateBox]:
    """Find private values in OCR lines and return their boxes in image pixels.

    A value that covers part of a word (Chinese text is often one long word)
    gets the matching share of the word's width.
    """
    boxes: list[PrivateBox] = []
    for index, line in enumerate(lines):
        offsets = line.word_offsets()
        for span in find_private(line.text):
            box: Box | None = None
            for word, (start, end) in zip(line.words, offsets, strict=True):
                lo, hi = max(start, span.start), min(end, span.end)
                if lo >= hi:
                    continue
                n = max(end - start, 1)
                x0 = word.box.x + (word.box.w * (lo - start)) // n
                x1 = word.box.x + -(-word.box.w * (hi - start) // n)
                part = Box(x0, word.box.y, max(x1 - x0, 1), word.box.h)
                box = part if box is None else box.union(part)
            if box is not None:
                boxes.append(PrivateBox(span.kind, box, index))
    return boxes


def mask_lines(lines: Sequence[Line]) -> list[str]:
    """The text of each line with its private spans masked."""
    return [mask_text(line.text, find_private(line.text)) for line in lines]


def fill_boxes(
    image: Image.Image,
    boxes: Iterable[Box],
    *,
    color: tuple[int, int, int] = (0, 0, 0),
    pad: int = 0,
) -> Image.Image:
    """A copy of `image` with every box (grown by `pad`) filled solid."""
    from PIL import ImageDraw

    out = image.convert("RGB") if image.mode != "RGB" else image.copy()
    draw = ImageDraw.Draw(out)
    for box in boxes:
        x0, y0 = max(box.x - pad, 0), max(box.y - pad, 0)
        x1, y1 = min(box.right + pad, out.width), min(box.bottom + pad, out.height)
        if x1 > x0 and y1 > y0:
            draw.rectangle((x0, y0, x1 - 1, y1 - 1), fill=color)
    return out
