"""The ticket's title, description and category, suggested from the captures' text.

Built from the masked OCR text, so nothing hidden in the image comes back in
the title or the description. The labels inside the description come from
the UI, translated.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from desktop.core import errortext
from desktop.core.textboxes import despace_cjk

TITLE_MAX = 120
DEFAULT_LABELS: Mapping[str, str] = {
    "error_text": "Error text read from the screenshot:",
    "codes": "Error codes:",
    "details": "System details",
}


@dataclass(frozen=True)
class Prefill:
    title: str
    body: str
    category: str  # a slug of errortext.CATEGORIES
    fingerprint: str | None
    error_lines: tuple[str, ...]
    error_codes: tuple[str, ...]

    @property
    def query(self) -> str:
        """What to search the knowledge base and similar tickets for."""
        return "\n".join(self.error_lines[:5]) or self.title


def _short(line: str) -> str:
    line = line.strip(" :：-—")
    if len(line) <= TITLE_MAX:
        return line
    return line[: TITLE_MAX - 1].rstrip() + "…"


_SENTENCE_END = tuple(".。!！?？:：;；")


def _clean(line: str) -> str:
    return despace_cjk(" ".join(line.split()))


def _merge_wrapped(
    raw_lines: Sequence[str], masked_lines: Sequence[str]
) -> tuple[list[str], list[str]]:
    """Join a line a dialog wrapped onto the next ("could not resolve" / "the connect
    identifier"), so the title is the whole message; both lists get the same joins."""
    raw: list[str] = []
    masked: list[str] = []
    for r, m in zip(raw_lines, masked_lines, strict=True):
        r, m = r.strip(), m.strip()
        if raw and r[:1].islower() and raw[-1] and not raw[-1].endswith(_SENTENCE_END):
            raw[-1] += " " + r
            masked[-1] += " " + m
        else:
            raw.append(r)
            masked.append(m)
    return raw, masked


def prefill(
    raw_lines: Sequence[str],
    masked_lines: Sequence[str],
    labels: Mapping[str, str] = DEFAULT_LABELS,
) -> Prefill:
    """Suggestions from the captures' lines (raw for the fingerprint, masked for text).

    `raw_lines` and `masked_lines` run in parallel: the same lines before and
    after masking. The fingerprint masks private values itself, so it is the
    same whoever reports the error.
    """
    report = errortext.analyse(list(raw_lines))
    raw, masked = _merge_wrapped(raw_lines, masked_lines)
    masked_errors: list[str] = []
    for raw_line, masked_line in zip(raw, masked, strict=True):
        if errortext.is_error_line(_clean(raw_line)):
            text = _clean(masked_line)
            if text not in masked_errors:
                masked_errors.append(text)
    codes = tuple(c for c in report.error_codes if any(c in m for m in masked_errors))
    title = _short(masked_errors[0]) if masked_errors else ""
    body_parts: list[str] = []
    if masked_errors:
        body_parts.append(labels["error_text"])
        body_parts += [f"> {line}" for line in masked_errors[:12]]
    if codes:
        body_parts.append("")
        body_parts.append(f"{labels['codes']} {', '.join(codes)}")
    fingerprint = report.fingerprint if any(line.strip() for line in raw_lines) else None
    return Prefill(
        title=title,
        body="\n".join(body_parts),
        category=report.category,
        fingerprint=fingerprint,
        error_lines=tuple(masked_errors),
        error_codes=codes,
    )


def compose_body(description: str, details: str, labels: Mapping[str, str] = DEFAULT_LABELS) -> str:
    """The description as typed, then the system details section (when kept)."""
    description = description.strip()
    details = details.strip()
    if not details:
        return description
    return f"{description}\n\n— {labels['details']} —\n{details}".strip()
