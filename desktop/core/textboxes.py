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
        return layout_words([w.text for w in self.words])[1]


# Tesseract reads a full-width colon or comma after Chinese as a lone ASCII
# mark between spaces; a reader expects it glued to the Chinese and full-width.
_FULL_WIDTH = {":": "：", ",": "，", ";": "；", "!": "！", "?": "？"}
_PUNCT = set(_FULL_WIDTH) | set(_FULL_WIDTH.values()) | set("。、（）()")


def layout_words(words: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Join OCR words the way a reader writes them; also each word's (start, end).

    Words are separated by one space, except between two CJK characters and
    around punctuation that follows CJK text.
    """
    out = ""
    offsets: list[tuple[int, int]] = []
    glue_next = False
    for word in words:
        prev = out[-1:]
        cjk_before = bool(CJK_CHAR.match(prev))
        if cjk_before and word in _FULL_WIDTH:
            word, glue = _FULL_WIDTH[word], True
        else:
            glue = cjk_before and (bool(CJK_CHAR.match(word[:1])) or word[:1] in _PUNCT)
        if out and not glue and not glue_next:
            out += " "
        offsets.append((len(out), len(out) + len(word)))
        out += word
        glue_next = word in _PUNCT and cjk_before
    return out, offsets


def join_words(words: list[str]) -> str:
    """Join OCR words with spaces, except between CJK characters (see layout_words)."""
    return layout_words(words)[0]


def despace_cjk(text: str) -> str:
    """Remove the spaces Tesseract puts between Chinese characters."""
    return _SPACE_BETWEEN_CJK.sub("", text)
