"""One capture of a report: untouched pixels, OCR lines, private marks, shapes, undo.

Every change goes through a method that records the state before it, so undo
and redo work on whole steps ("add an arrow", "show this e-mail again") and
the pixels themselves are never touched until rendering.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from desktop.core.report.privacy import (
    PrivateMark,
    find_marks,
    line_from_dict,
    line_to_dict,
    masked_lines,
)
from desktop.core.report.shapes import Shape
from desktop.core.textboxes import Box, Line

if TYPE_CHECKING:
    from PIL import Image

CaptureSource = Literal["region", "window", "monitor", "file"]
HISTORY_LIMIT = 200


@dataclass(frozen=True)
class EditState:
    """What undo restores: the shapes and which private marks are shown."""

    shapes: tuple[Shape, ...] = ()
    revealed: frozenset[int] = frozenset()  # indexes into marks the person un-hid

    def to_dict(self) -> dict[str, Any]:
        return {"shapes": [s.to_dict() for s in self.shapes], "revealed": sorted(self.revealed)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EditState:
        return cls(
            tuple(Shape.from_dict(s) for s in data.get("shapes", [])),
            frozenset(int(i) for i in data.get("revealed", [])),
        )


@dataclass
class Capture:
    """A screenshot in a report. `origin` is where it was on the desktop (physical px)."""

    image: Image.Image
    source: CaptureSource = "region"
    origin: Box | None = None
    lines: list[Line] | None = None  # None until OCR has run
    marks: list[PrivateMark] = field(default_factory=list)
    state: EditState = field(default_factory=EditState)
    undo_stack: list[EditState] = field(default_factory=list)
    redo_stack: list[EditState] = field(default_factory=list)
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])

    # -- reading -----------------------------------------------------------------

    @property
    def read(self) -> bool:
        return self.lines is not None

    def set_ocr(self, lines: list[Line]) -> None:
        """Store OCR lines and mark the private data in them (all hidden by default)."""
        self.lines = list(lines)
        self.marks = find_marks(self.lines)
        self.state = EditState(self.state.shapes, frozenset())

    @property
    def shapes(self) -> tuple[Shape, ...]:
        return self.state.shapes

    def mark_hidden(self, index: int) -> bool:
        return index not in self.state.revealed

    def hidden_marks(self) -> list[PrivateMark]:
        return [m for i, m in enumerate(self.marks) if self.mark_hidden(i)]

    def hidden_boxes(self) -> list[Box]:
        """Everything filled solid at upload: hidden marks and redaction shapes."""
        boxes = [m.box for m in self.hidden_marks()]
        boxes += [s.rect for s in self.shapes if s.kind == "redact"]
        return boxes

    def masked_lines(self) -> list[str]:
        if not self.lines:
            return []
        areas = [s.rect for s in self.shapes if s.kind == "redact"]
        return masked_lines(self.lines, self.hidden_marks(), areas)

    def ocr_text(self) -> str:
        """The OCR text as uploaded: hidden marks and words under redactions masked."""
        return "\n".join(self.masked_lines())

    def next_step_number(self) -> int:
        return max((s.number for s in self.shapes if s.kind == "step"), default=0) + 1

    # -- editing (each call is one undo step) ------------------------------------

    def _change(self, new: EditState) -> None:
        if new == self.state:
            return
        self.undo_stack.append(self.state)
        del self.undo_stack[:-HISTORY_LIMIT]
        self.redo_stack.clear()
        self.state = new

    def add_shape(self, shape: Shape) -> None:
        self._change(EditState((*self.shapes, shape), self.state.revealed))

    def remove_shape(self, index: int) -> None:
        shapes = list(self.shapes)
        del shapes[index]
        self._change(EditState(tuple(shapes), self.state.revealed))

    def replace_shape(self, index: int, shape: Shape) -> None:
        shapes = list(self.shapes)
        shapes[index] = shape
        self._change(EditState(tuple(shapes), self.state.revealed))

    def set_mark_hidden(self, index: int, hidden: bool) -> None:
        revealed = set(self.state.revealed)
        if hidden:
            revealed.discard(index)
        else:
            revealed.add(index)
        self._change(EditState(self.shapes, frozenset(revealed)))

    @property
    def can_undo(self) -> bool:
        return bool(self.undo_stack)

    @property
    def can_redo(self) -> bool:
        return bool(self.redo_stack)

    def undo(self) -> bool:
        if not self.undo_stack:
            return False
        self.redo_stack.append(self.state)
        self.state = self.undo_stack.pop()
        return True

    def redo(self) -> bool:
        if not self.redo_stack:
            return False
        self.undo_stack.append(self.state)
        self.state = self.redo_stack.pop()
        return True

    # -- JSON (the pixels are saved beside it as <id>.png) ------------------------

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "image": f"{self.id}.png",
            "size": [self.image.width, self.image.height],
            "source": self.source,
            "origin": self.origin.as_list() if self.origin else None,
            "lines": None if self.lines is None else [line_to_dict(x) for x in self.lines],
            "marks": [m.to_dict() for m in self.marks],
            "state": self.state.to_dict(),
            "undo": [s.to_dict() for s in self.undo_stack],
            "redo": [s.to_dict() for s in self.redo_stack],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], image: Image.Image) -> Capture:
        lines = data.get("lines")
        return cls(
            image=image,
            source=data.get("source", "region"),
            origin=Box(*data["origin"]) if data.get("origin") else None,
            lines=None if lines is None else [line_from_dict(x) for x in lines],
            marks=[PrivateMark.from_dict(m) for m in data.get("marks", [])],
            state=EditState.from_dict(data.get("state", {})),
            undo_stack=[EditState.from_dict(s) for s in data.get("undo", [])],
            redo_stack=[EditState.from_dict(s) for s in data.get("redo", [])],
            id=data["id"],
        )
