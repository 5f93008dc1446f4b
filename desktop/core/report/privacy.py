"""Private data on a capture: where it is (from OCR), and the text with it masked.

Each mark ties a private span of an OCR line to its pixels, so removing a
mark reveals both the pixels and the text, and a box the person hides by
hand masks the words under it too: the uploaded OCR text never says what the
uploaded image hides.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.core.redact import MASK_CHAR, PrivateKind, find_private
from desktop.core.textboxes import Box, Line, Word


@dataclass(frozen=True)
class PrivateMark:
    """A private value found by OCR: text[start:end] of line `line`, at `box`."""

    kind: PrivateKind
    box: Box
    line: int
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "box": self.box.as_list(),
            "line": self.line,
            "start": self.start,
            "end": self.end,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PrivateMark:
        return cls(data["kind"], Box(*data["box"]), data["line"], data["start"], data["end"])


def _span_box(line: Line, start: int, end: int) -> Box | None:
    # The share of each word the span covers (Chinese text is often one long word).
    box: Box | None = None
    for word, (w_start, w_end) in zip(line.words, line.word_offsets(), strict=True):
        lo, hi = max(w_start, start), min(w_end, end)
        if lo >= hi:
            continue
        n = max(w_end - w_start, 1)
        x0 = word.box.x + (word.box.w * (lo - w_start)) // n
        x1 = word.box.x + -(-word.box.w * (hi - w_start) // n)
        part = Box(x0, word.box.y, max(x1 - x0, 1), word.box.h)
        box = part if box is None else box.union(part)
    return box


def find_marks(lines: Sequence[Line], pad: int = 2) -> list[PrivateMark]:
    """Every private value in the OCR lines, with its box grown by `pad` pixels."""
    marks: list[PrivateMark] = []
    for index, line in enumerate(lines):
        for span in find_private(line.text):
            box = _span_box(line, span.start, span.end)
            if box is not None:
                grown = Box(box.x - pad, box.y - pad, box.w + 2 * pad, box.h + 2 * pad)
                marks.append(PrivateMark(span.kind, grown, index, span.start, span.end))
    return marks


def _overlap_share(word: Box, area: Box) -> float:
    x0, y0 = max(word.x, area.x), max(word.y, area.y)
    x1, y1 = min(word.right, area.right), min(word.bottom, area.bottom)
    if x1 <= x0 or y1 <= y0:
        return 0.0
    return (x1 - x0) * (y1 - y0) / max(word.w * word.h, 1)


def masked_lines(
    lines: Sequence[Line], marks: Iterable[PrivateMark], hidden_areas: Iterable[Box] = ()
) -> list[str]:
    """Each line's text with the given marks' spans and the words under hidden areas masked."""
    chars = [list(line.text) for line in lines]
    for mark in marks:
        row = chars[mark.line]
        for i in range(mark.start, min(mark.end, len(row))):
            if not row[i].isspace():
                row[i] = MASK_CHAR
    areas = list(hidden_areas)
    if areas:
        for index, line in enumerate(lines):
            for word, (start, end) in zip(line.words, line.word_offsets(), strict=True):
                # Half a word under a black box is enough to hide all of it.
                if any(_overlap_share(word.box, area) >= 0.4 for area in areas):
                    for i in range(start, end):
                        chars[index][i] = MASK_CHAR
    return ["".join(row) for row in chars]


def line_to_dict(line: Line) -> dict[str, Any]:
    return {"words": [{"text": w.text, "box": w.box.as_list(), "conf": w.conf} for w in line.words]}


def line_from_dict(data: dict[str, Any]) -> Line:
    words = tuple(Word(w["text"], Box(*w["box"]), float(w["conf"])) for w in data["words"])
    return Line.from_words(words)
