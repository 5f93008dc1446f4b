"""Plain data for recognised text: boxes, words and lines in image pixels.

Shared by OCR, error extraction and redaction so none of them needs the
others' heavy imports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Han ideographs, CJK punctuation and full-width forms: Tesseract puts a
# space between each of these, which a reader never wants.
_CJK = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
CJK_CHAR = re.compile(f"[{_CJK}]")
_SPACE_BETWEEN_CJK = re.compile(f"(?<=[{_CJK}])[ \t]+(?=[{_CJK}])")


@dataclass(frozen=True)
class Box:
    """An axis-aligned rectangle: left, top, width, height (pixels)."""

    x: int
    y: int
    w: int
    h: int

    @property
    def right(self) -> int:
        return self.x + self.w

    @property
    def bottom(self) -> int:
        return self.y + self.h

    def union(self, other: Box) -> Box:
        x, y = min(self.x, other.x), min(self.y, other.y)
        return Box(x, y, max(self.right, other.right) - x, max(self.bottom, other.bottom) - y)

    def as_list(self) -> list[int]:
        return [self.x, self.y, self.w, self.h]


@dataclass(frozen=True)
class Word:
    text: str
    box: Box
    conf: float  # 0..100 as Tesseract reports it


@dataclass(frozen=True)
class Line:
    """One line of text; `text` is rebuilt from `words` by `join_words`."""

    words: tuple[Word, ...]
    text: str = field(default="")

    @classmethod
    def from_words(cls, words: tuple[Word, ...]) -> Line:
        return cls(words=words, text=join_words([w.text for w in words]))

    @property
    def box(self) -> Box:
        box = self.words[0].box
        for word in self.words[1:]:
            box = box.union(word.box)
        return box

    @property
    def conf(self) -> float:
        return round(sum(w.conf for w in self.words) / len(self.words), 1)

    def word_offsets(self) -> list[tuple[int, int]]:
        """(start, end) of each word inside `text`, as `join_words` laid them out."""
        offsets: list[tuple[int, int]] = []
        pos = 0
        for i, word in enumerate(self.words):
            if i and _needs_space(self.words[i - 1].text, word.text):
                pos += 1
            offsets.append((pos, pos + len(word.text)))
            pos += len(word.text)
        return offsets


def _needs_space(left: str, right: str) -> bool:
    return not (CJK_CHAR.match(left[-1:]) and CJK_CHAR.match(right[:1]))


def join_words(words: list[str]) -> str:
    """Join OCR words with spaces, except between two CJK characters."""
    out = ""
    for i, word in enumerate(words):
        if i and _needs_space(words[i - 1], word):
            out += " "
        out += word
    return out


def despace_cjk(text: str) -> str:
    """Remove the spaces Tesseract puts between Chinese characters."""
    return _SPACE_BETWEEN_CJK.sub("", text)
