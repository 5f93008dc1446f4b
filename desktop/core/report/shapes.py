"""Annotation shapes as plain data, in the capture's own pixels.

The same numbers drive the on-screen painter (desktop/ui) and the Pillow
renderer used at upload, so what the person drew is what support gets.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, replace
from typing import Any, Literal

from desktop.core.textboxes import Box

ShapeKind = Literal["box", "arrow", "text", "step", "highlight", "redact"]
SHAPE_KINDS: tuple[ShapeKind, ...] = ("box", "arrow", "text", "step", "highlight", "redact")
COLORS: tuple[str, ...] = ("#e53935", "#fb8c00", "#1e88e5", "#43a047", "#212121")
HIGHLIGHT_RGBA = (255, 235, 59, 110)  # a marker pen: see-through yellow
REDACT_RGB = (0, 0, 0)
MIN_DRAG = 3  # pixels a drag must cover to be a shape rather than a click


@dataclass(frozen=True)
class Shape:
    """One annotation. Boxes, arrows and highlights use both points; text and
    numbered steps sit at (x0, y0)."""

    kind: ShapeKind
    x0: int
    y0: int
    x1: int = 0
    y1: int = 0
    color: str = COLORS[0]
    width: int = 4
    text: str = ""
    number: int = 0

    @property
    def rect(self) -> Box:
        """The normalised rectangle between the two points (inclusive corners)."""
        x, y = min(self.x0, self.x1), min(self.y0, self.y1)
        return Box(x, y, abs(self.x1 - self.x0) + 1, abs(self.y1 - self.y0) + 1)

    @property
    def is_area(self) -> bool:
        return self.kind in ("box", "highlight", "redact")

    def moved(self, dx: int, dy: int) -> Shape:
        return replace(self, x0=self.x0 + dx, y0=self.y0 + dy, x1=self.x1 + dx, y1=self.y1 + dy)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Shape:
        kind = data["kind"]
        if kind not in SHAPE_KINDS:
            raise ValueError(f"unknown shape kind {kind!r}")
        fields = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        return cls(**fields)


def is_drag(x0: int, y0: int, x1: int, y1: int) -> bool:
    return max(abs(x1 - x0), abs(y1 - y0)) >= MIN_DRAG


def arrow_head(shape: Shape) -> list[tuple[float, float]]:
    """The three points of the arrow's head at (x1, y1), sized by the line width."""
    angle = math.atan2(shape.y1 - shape.y0, shape.x1 - shape.x0)
    length = max(12.0, shape.width * 4.0)
    spread = math.radians(28)
    tip = (float(shape.x1), float(shape.y1))
    left = (
        shape.x1 - length * math.cos(angle - spread),
        shape.y1 - length * math.sin(angle - spread),
    )
    right = (
        shape.x1 - length * math.cos(angle + spread),
        shape.y1 - length * math.sin(angle + spread),
    )
    return [tip, left, right]


def arrow_shaft_end(shape: Shape) -> tuple[float, float]:
    """Where the shaft stops, so a thick line does not poke through the head's tip."""
    angle = math.atan2(shape.y1 - shape.y0, shape.x1 - shape.x0)
    back = max(12.0, shape.width * 4.0) * 0.8
    return (shape.x1 - back * math.cos(angle), shape.y1 - back * math.sin(angle))


def step_radius(shape: Shape) -> int:
    return max(13, shape.width * 4)


def text_size(shape: Shape) -> int:
    """Font size in pixels for a text annotation."""
    return max(16, shape.width * 5)


def hex_rgb(color: str) -> tuple[int, int, int]:
    value = color.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def bounds(shape: Shape) -> Box:
    """The area a shape covers on the image (for selection and hit tests)."""
    if shape.kind == "step":
        r = step_radius(shape)
        return Box(shape.x0 - r, shape.y0 - r, 2 * r + 1, 2 * r + 1)
    if shape.kind == "text":
        size = text_size(shape)
        # Roughly: CJK glyphs are a square, Latin ones about 0.6 of one.
        width = sum(size if ord(c) > 0x2E80 else int(size * 0.6) for c in shape.text)
        return Box(shape.x0, shape.y0, max(width, size), int(size * 1.4))
    return shape.rect


def hit(shape: Shape, x: int, y: int, tolerance: int = 4) -> bool:
    """Whether a click at (x, y) picks this shape."""
    if shape.kind == "arrow":
        ax, ay, bx, by = shape.x0, shape.y0, shape.x1, shape.y1
        length2 = (bx - ax) ** 2 + (by - ay) ** 2
        t = (
            0.0
            if length2 == 0
            else max(0.0, min(1.0, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / length2))
        )
        px, py = ax + t * (bx - ax), ay + t * (by - ay)
        return math.hypot(x - px, y - py) <= max(tolerance, shape.width * 2)
    b = bounds(shape)
    return (
        b.x - tolerance <= x < b.right + tolerance and b.y - tolerance <= y < b.bottom + tolerance
    )


def shape_at(shapes: tuple[Shape, ...] | list[Shape], x: int, y: int) -> int | None:
    """The index of the topmost shape under (x, y), or None."""
    for index in range(len(shapes) - 1, -1, -1):
        if hit(shapes[index], x, y):
            return index
    return None
