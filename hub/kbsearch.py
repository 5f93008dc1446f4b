"""Knowledge-base search for Chinese and English, typed or read off a screen.

Chinese has no spaces, and OCR adds some and misreads characters, so text is
indexed as features that survive both: character bigrams for Chinese, words
plus character trigrams for Latin text, and error codes as exact tokens (with
the letter/digit slips OCR makes in codes undone). Articles are scored with
BM25 over these features, title and codes weighing more than the body; an
exact error code or fingerprint match ranks an article first. The index lives
in memory and is rebuilt when articles change (a desk has thousands, not
millions)."""

from __future__ import annotations

import math
import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_RUN = re.compile(f"[{_CJK}]+")
_SPACE_IN_CJK = re.compile(f"(?<=[{_CJK}])\\s+(?=[{_CJK}])")
_WORD = re.compile(r"[a-z0-9][a-z0-9_.\-]*[a-z0-9]|[a-z0-9]")
# Error codes as they appear in messages (kept whole, compared exactly).
_CODES = re.compile(
    r"\b(0x[0-9a-f]{8}|(?:ora|tns|sqlstate)[-\[\s]?[0-9a-z]{5}\]?|e\d{3,5}|http\s?[45]\d\d|"
    r"[45]\d\d\b|\d{4,6}\b|[a-z]+(?:exception|error)\b)"
)
FIELD_WEIGHTS = {"title": 3.0, "tags": 2.0, "body": 1.0}
K1, B = 1.2, 0.75
CODE_BOOST = 6.0
FINGERPRINT_BOOST = 20.0


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    return _SPACE_IN_CJK.sub("", text)


_SLIPS = str.maketrans("oli", "011")


def _fix_code(token: str) -> str:
    """Undo OCR's letter-for-digit slips inside code-like tokens (4O103 → 40103)."""
    digits = sum(c.isdigit() for c in token)
    if token.startswith("0x") or digits * 2 >= len(token.replace("-", "")):
        head, sep, tail = token.rpartition("-")
        tail = tail.translate(_SLIPS)
        return f"{head}{sep}{tail}"
    return token


def codes(text: str) -> set[str]:
    flat = normalize(text)
    fixed = " ".join(_fix_code(w) for w in _WORD.findall(flat))
    found = {
        m.group(1).replace(" ", "").replace("[", "-").rstrip("]") for m in _CODES.finditer(fixed)
    }
    return {c for c in found if not c.isdigit() or len(c) >= 4}


def features(text: str) -> Counter[str]:
    flat = normalize(text)
    out: Counter[str] = Counter()
    for run in _CJK_RUN.findall(flat):
        if len(run) == 1:
            out["c:" + run] += 1
        out.update("c:" + run[i : i + 2] for i in range(len(run) - 1))
    for word in _WORD.findall(flat):
        word = _fix_code(word)
        out["w:" + word] += 1
        if len(word) >= 4:
            out.update("t:" + word[i : i + 3] for i in range(len(word) - 2))
    return out


@dataclass
class Doc:
    id: int
    language: str
    fields: dict[str, Counter[str]]
    codes: set[str]
    fingerprints: set[str]
    length: float = 0.0


@dataclass
class Hit:
    id: int
    score: float
    matched: list[str] = field(default_factory=list)


class Index:
    """An in-memory BM25 index over published articles."""

    def __init__(self) -> None:
        self.docs: dict[int, Doc] = {}
        self.df: Counter[str] = Counter()
        self.avg_length = 1.0
        self.lock = threading.Lock()

    def build(self, articles: Iterable[tuple[int, str, str, list[str], str, list[str]]]) -> None:
        """(id, title, body, tags, language, fingerprints) for every searchable article."""
        docs: dict[int, Doc] = {}
        df: Counter[str] = Counter()
        for art_id, title, body, tags, language, fps in articles:
            fields = {
                "title": features(title),
                "tags": features(" ".join(tags)),
                "body": features(body),
            }
            doc = Doc(art_id, language, fields, codes(f"{title}\n{body}"), set(fps))
            doc.length = sum(sum(c.values()) * FIELD_WEIGHTS[f] for f, c in fields.items())
            df.update(set().union(*(c.keys() for c in fields.values())))
            docs[art_id] = doc
        with self.lock:
            self.docs, self.df = docs, df
            self.avg_length = (sum(d.length for d in docs.values()) / len(docs)) if docs else 1.0

    def search(
        self,
        query: str,
        *,
        fingerprint: str | None = None,
        language: str | None = None,
        limit: int = 5,
    ) -> list[Hit]:
        q = features(query)
        q_codes = codes(query)
        with self.lock:
            docs, df, avg = self.docs, self.df, self.avg_length
        n = max(1, len(docs))
        hits = []
        for doc in docs.values():
            score, matched = 0.0, []
            for term in q:
                tf = sum(c.get(term, 0) * FIELD_WEIGHTS[f] for f, c in doc.fields.items())
                if not tf:
                    continue
                idf = math.log(1 + (n - df[term] + 0.5) / (df[term] + 0.5))
                score += idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * doc.length / avg))
            if score and query:
                score /= math.sqrt(len(q))  # long pasted texts should not dwarf short ones
            shared = q_codes & doc.codes
            if shared:
                score += CODE_BOOST * len(shared)
                matched += sorted(shared)
            if fingerprint and fingerprint in doc.fingerprints:
                score += FINGERPRINT_BOOST
                matched.append("fingerprint")
            if score <= 0:
                continue
            if language and doc.language == language:
                score *= 1.1
            hits.append(Hit(doc.id, round(score, 4), matched))
        hits.sort(key=lambda h: (-h.score, h.id))
        return hits[:limit]
