"""A whole report: its captures and the form, JSON-serialisable, and what is uploaded.

`save(folder)` writes draft.json beside one untouched PNG per capture, so a
later autosave can reopen a report with every annotation still editable.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.report import prefill as prefill_mod
from desktop.core.report.captures import Capture
from desktop.core.report.render import encode_png, render_capture
from desktop.core.submission import CommentDraft, FileDraft, TicketDraft, new_key

DRAFT_VERSION = 1


@dataclass
class ReportDraft:
    """What the person is reporting. `key` is the idempotency key of the ticket
    (or comment) it becomes, kept across retries so nothing is filed twice."""

    captures: list[Capture] = field(default_factory=list)
    title: str = ""
    description: str = ""
    category: str = ""  # slug; the UI maps it to the hub's id
    system_details: str = ""
    include_details: bool = True
    key: str = field(default_factory=new_key)

    # -- what the captures say ----------------------------------------------------

    @property
    def all_read(self) -> bool:
        return all(c.read for c in self.captures)

    def suggest(
        self, labels: Mapping[str, str] = prefill_mod.DEFAULT_LABELS
    ) -> prefill_mod.Prefill:
        raw: list[str] = []
        masked: list[str] = []
        for capture in self.captures:
            if capture.lines:
                raw += [line.text for line in capture.lines]
                masked += capture.masked_lines()
        return prefill_mod.prefill(raw, masked, labels)

    def body(self, labels: Mapping[str, str] = prefill_mod.DEFAULT_LABELS) -> str:
        details = self.system_details if self.include_details else ""
        return prefill_mod.compose_body(self.description, details, labels)

    # -- upload -------------------------------------------------------------------

    def files(self) -> tuple[FileDraft, ...]:
        """Each capture rendered (annotations drawn, private data filled) with its masked text."""
        out = []
        for number, capture in enumerate(self.captures, 1):
            data = encode_png(render_capture(capture))
            text = capture.ocr_text() or None
            out.append(FileDraft(f"screenshot-{number}.png", data, "image/png", text))
        return tuple(out)

    def ticket_draft(
        self,
        *,
        category_id: int | None,
        fingerprint: str | None,
        labels: Mapping[str, str] = prefill_mod.DEFAULT_LABELS,
    ) -> TicketDraft:
        return TicketDraft(
            title=self.title.strip(),
            body=self.body(labels),
            category_id=category_id,
            fingerprint=fingerprint,
            files=self.files(),
            key=self.key,
        )

    def comment_draft(
        self, ticket_id: int, *, labels: Mapping[str, str] = prefill_mod.DEFAULT_LABELS
    ) -> CommentDraft:
        """The captures added to one of the customer's own tickets instead of a duplicate."""
        return CommentDraft(
            ticket_id=ticket_id, body=self.body(labels), files=self.files(), key=self.key
        )

    # -- JSON -----------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": DRAFT_VERSION,
            "title": self.title,
            "description": self.description,
            "category": self.category,
            "system_details": self.system_details,
            "include_details": self.include_details,
            "key": self.key,
            "captures": [c.to_dict() for c in self.captures],
        }

    def save(self, folder: Path) -> Path:
        """draft.json and the untouched captures as PNG; returns the JSON's path."""
        folder.mkdir(parents=True, exist_ok=True)
        for capture in self.captures:
            target = folder / f"{capture.id}.png"
            if not target.exists():
                capture.image.save(target, "PNG", compress_level=1)
        path = folder / "draft.json"
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.to_dict(), ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)  # atomic: a crash never leaves half a draft
        return path

    @classmethod
    def load(cls, folder: Path) -> ReportDraft:
        from PIL import Image

        data = json.loads((folder / "draft.json").read_text(encoding="utf-8"))
        if data.get("version") != DRAFT_VERSION:
            raise ValueError(f"unsupported draft version {data.get('version')!r}")
        captures = []
        for raw in data["captures"]:
            with Image.open(folder / raw["image"]) as image:
                captures.append(Capture.from_dict(raw, image.convert("RGB")))
        return cls(
            captures=captures,
            title=data.get("title", ""),
            description=data.get("description", ""),
            category=data.get("category", ""),
            system_details=data.get("system_details", ""),
            include_details=bool(data.get("include_details", True)),
            key=data.get("key") or new_key(),
        )
