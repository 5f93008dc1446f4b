"""Burn the annotations into a copy of the capture with Pillow (at upload time).

Order matters: highlights first (under everything), then boxes, arrows,
steps and text, and the solid fills last, so no annotation drawn on top of
a hidden area can leave part of it readable.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.report.shapes import (
    HIGHLIGHT_RGBA,
    REDACT_RGB,
    Shape,
    arrow_head,
    arrow_shaft_end,
    hex_rgb,
    step_radius,
    text_size,
)
from desktop.core.textboxes import Box

if TYPE_CHECKING:
    from PIL import Image, ImageFont

    from desktop.core.report.captures import Capture

_FONTS = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "C:/Windows/Fonts/msyhbd.ttc",
    "C:/Windows/Fonts/arialbd.ttf",
    "/System/Library/Fonts/PingFang.ttc",
)


@lru_cache(maxsize=16)
def font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """A bold font with Chinese glyphs where the system has one."""
    from PIL import ImageFont

    for path in _FONTS:
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    return ImageFont.load_default(size)


def _highlight(image: Image.Image, shape: Shape) -> Image.Image:
    from PIL import Image, ImageDraw

    layer = Image.new("RGBA", image.size, (0, 0, 0, 0))
    r = shape.rect
    ImageDraw.Draw(layer).rectangle((r.x, r.y, r.right - 1, r.bottom - 1), fill=HIGHLIGHT_RGBA)
    return Image.alpha_composite(image.convert("RGBA"), layer).convert("RGB")


def _draw(image: Image.Image, shape: Shape) -> None:
    from PIL import ImageDraw

    draw = ImageDraw.Draw(image)
    rgb = hex_rgb(shape.color)
    if shape.kind == "box":
        r = shape.rect
        draw.rectangle((r.x, r.y, r.right - 1, r.bottom - 1), outline=rgb, width=shape.width)
    elif shape.kind == "arrow":
        end = arrow_shaft_end(shape)
        draw.line((shape.x0, shape.y0, *end), fill=rgb, width=shape.width)
        draw.polygon(arrow_head(shape), fill=rgb)
    elif shape.kind == "step":
        radius = step_radius(shape)
        x, y = shape.x0, shape.y0
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=rgb)
        draw.text((x, y), str(shape.number), fill=(255, 255, 255), font=font(radius), anchor="mm")
    elif shape.kind == "text":
        size = text_size(shape)
        # A light outline keeps the text readable on any background.
        draw.text(
            (shape.x0, shape.y0),
            shape.text,
            fill=rgb,
            font=font(size),
            stroke_width=2,
            stroke_fill=(255, 255, 255),
        )


def render(image: Image.Image, shapes: Sequence[Shape], hidden: Sequence[Box]) -> Image.Image:
    """A new RGB image: the shapes drawn, hidden boxes and redactions filled solid."""
    from desktop.core.redact import fill_boxes

    out = image.convert("RGB")
    for shape in shapes:
        if shape.kind == "highlight":
            out = _highlight(out, shape)
    for shape in shapes:
        if shape.kind in ("box", "arrow", "step", "text"):
            _draw(out, shape)
    # Redaction shapes are filled even when the caller's list forgot them.
    areas = [*hidden, *(s.rect for s in shapes if s.kind == "redact")]
    return fill_boxes(out, areas, color=REDACT_RGB)


def render_capture(capture: Capture) -> Image.Image:
    return render(capture.image, capture.shapes, capture.hidden_boxes())


def encode_png(image: Image.Image) -> bytes:
    """PNG at a fast level: screenshots compress well and every viewer reads it."""
    buffer = io.BytesIO()
    image.save(buffer, "PNG", compress_level=3)
    return buffer.getvalue()
