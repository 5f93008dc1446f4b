"""Preparing screen text for Tesseract: icons, JPEG noise, scale, inversion."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from desktop.core.ocr_prepare import compression_noise, icon_boxes, prepare, text_line_height

FONT = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 15)


def message(red_text: bool = False) -> Image.Image:
    image = Image.new("RGB", (420, 90), "white")
    draw = ImageDraw.Draw(image)
    draw.ellipse((12, 20, 48, 56), fill=(217, 48, 37))
    draw.line((22, 30, 38, 46), fill="white", width=4)
    colour = (220, 30, 30) if red_text else (30, 30, 30)
    draw.text((70, 18), "导入失败，错误代码：E1043", font=FONT, fill=colour)
    draw.text((70, 44), "Check the template and import again.", font=FONT, fill=colour)
    return image


def test_icon_found_but_red_text_is_not_an_icon() -> None:
    image = message(red_text=True)
    height = text_line_height(np.asarray(image.convert("L")))
    assert height is not None and 12 <= height <= 22
    (box,) = icon_boxes(np.asarray(image), height)
    x0, y0, x1, y1 = box
    assert x0 <= 12 and y0 <= 20 and x1 >= 48 and y1 >= 56  # covers the icon
    assert x1 < 70  # and none of the text


def test_prepare_erases_the_icon_and_scales_small_text() -> None:
    prepared, factor = prepare(message())
    assert factor > 1.5
    arr = np.asarray(prepared)
    margin = 12
    icon = arr[
        margin + int(20 * factor) : margin + int(56 * factor), margin : margin + int(50 * factor)
    ]
    assert icon.min() > 200  # painted over with the background
    assert arr.min() < 80  # the text is still there


def test_jpeg_noise_is_measured() -> None:
    image = message()
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=70)
    jpeg = Image.open(io.BytesIO(buffer.getvalue())).convert("L")
    assert compression_noise(np.asarray(image.convert("L"))) < 0.01
    assert compression_noise(np.asarray(jpeg)) > 0.02


def test_dark_theme_is_inverted() -> None:
    image = Image.new("RGB", (300, 60), (30, 31, 34))
    ImageDraw.Draw(image).text((10, 15), "Access is denied", font=FONT, fill=(230, 230, 230))
    prepared, _ = prepare(image)
    assert np.median(np.asarray(prepared)) > 200
