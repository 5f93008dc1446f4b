"""Real Tesseract on rendered screen text: lines, boxes, errors, fingerprints, regions."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest
from PIL import Image, ImageDraw

from desktop.core import errortext, ocr
from desktop.core.screen_regions import find_regions
from desktop.core.textboxes import Box

LOGIN_ERROR = ["登录失败：用户名或密码错误", "错误码：40103", "请联系管理员 support desk"]
DB_ERROR = [
    "ORA-12154: could not resolve the connect identifier",
    "Server 10.20.30.41 did not answer at 10:22:33",
]
DB_ERROR_OTHER_MACHINE = [
    "ORA-12154: could not resolve the connect identifier",
    "Server 192.168.7.5 did not answer at 08:01:59",
]


def analyse(image: Image.Image) -> tuple[ocr.OcrResult, errortext.ErrorReport]:
    result = ocr.read_image(image)
    return result, errortext.analyse([line.text for line in result.lines])


def jpeg(image: Image.Image, quality: int = 70) -> Image.Image:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def test_chinese_dialog_lines_codes_and_boxes(render: Callable[..., Any]) -> None:
    rendered = render(LOGIN_ERROR)
    result, report = analyse(rendered.image)
    assert [line.text for line in result.lines] == LOGIN_ERROR
    assert report.error_lines[:2] == LOGIN_ERROR[:2]
    assert report.error_codes == ["40103"]
    assert report.category == "account_login"
    # Boxes are in the input image's pixels, around the rendered ink.
    for line, (x, y, w, h) in zip(result.lines, rendered.line_boxes, strict=True):
        assert abs(line.box.x - x) <= 4 and abs(line.box.y - y) <= 6
        assert abs(line.box.right - (x + w)) <= 6 and abs(line.box.bottom - (y + h)) <= 6
        assert 0 <= line.conf <= 100


def test_same_error_same_fingerprint_across_theme_scale_format_and_machine(
    render: Callable[..., Any],
) -> None:
    variants = {
        "light 100%": render(DB_ERROR).image,
        "dark 150%": render(DB_ERROR, dark=True, scale=1.5).image,
        "small jpeg": jpeg(render(DB_ERROR, font_px=12).image),
        "other machine, dark": render(DB_ERROR_OTHER_MACHINE, dark=True).image,
    }
    prints = {}
    for name, image in variants.items():
        _, report = analyse(image)
        assert report.error_codes == ["ORA-12154"], name
        assert report.error_lines[0] == DB_ERROR[0], name
        prints[name] = report.fingerprint
    assert len(set(prints.values())) == 1, prints
    _, other = analyse(render(LOGIN_ERROR).image)
    assert other.fingerprint != prints["light 100%"]


IMPORT_ERROR = ["导入失败，错误代码：E1043", "第 12 行的日期格式不正确，请检查模板。"]
IMPORT_ERROR_OTHER_MACHINE = [IMPORT_ERROR[0], "第 387 行的日期格式不正确，请检查模板。"]


def test_chinese_error_same_fingerprint_across_variants(render: Callable[..., Any]) -> None:
    variants = [
        render(IMPORT_ERROR).image,
        render(IMPORT_ERROR, dark=True, scale=1.5).image,
        jpeg(render(IMPORT_ERROR_OTHER_MACHINE, font_px=13).image),
    ]
    reports = [analyse(image)[1] for image in variants]
    assert {r.fingerprint for r in reports} == {errortext.fingerprint(IMPORT_ERROR)}
    assert all(r.error_codes == ["E1043"] and r.category == "import_export" for r in reports)


def test_preparation_scales_small_text_up_and_inverts_dark_themes(
    render: Callable[..., Any],
) -> None:
    small, factor = ocr.prepare(render(DB_ERROR, font_px=11).image)
    assert factor >= 2.0
    assert np.median(np.asarray(small)) > 200  # dark text on light
    dark, _ = ocr.prepare(render(DB_ERROR, dark=True).image)
    assert np.median(np.asarray(dark)) > 200
    _, factor = ocr.prepare(render(DB_ERROR, font_px=40).image)
    assert factor == 1.0


def test_busy_desktop_reads_the_dialog_first(desktop: Callable[..., Any]) -> None:
    image, (x, y, w, h) = desktop(DB_ERROR)
    regions = find_regions(np.asarray(image))
    top = regions[0].box
    assert abs(top.x - x) <= 8 and abs(top.y - y) <= 8
    assert abs(top.w - w) <= 10 and abs(top.h - h) <= 10

    result, report = analyse(image)
    (read,) = result.regions  # only the dialog was read
    assert abs(read.x - x) <= 8 and abs(read.y - y) <= 8
    assert abs(read.w - w) <= 12 and abs(read.h - h) <= 12
    assert report.error_codes == ["ORA-12154"]
    assert report.error_lines[0] == DB_ERROR[0]
    assert all(top.x <= line.box.x and line.box.bottom <= top.bottom for line in result.lines)


def test_full_scope_reads_the_whole_screen(desktop: Callable[..., Any]) -> None:
    image, _ = desktop(LOGIN_ERROR, dark=True)
    result = ocr.read_image(image, scope="full")
    assert result.regions == [Box(0, 0, image.width, image.height)]
    assert "milestone" in result.text and "登录失败" in result.text


def test_missing_language_is_a_clear_error(render: Callable[..., Any]) -> None:
    with pytest.raises(ocr.OcrError, match=r"language data missing: klingon.*installed: .*eng"):
        ocr.read_image(render(["x"]).image, lang="eng+klingon")


def test_missing_tesseract_is_a_clear_error(render: Callable[..., Any]) -> None:
    from desktop.core import ocr_engine

    # The program OCR runs comes from tesseract_locator (tests/core/test_tesseract_locator.py
    # covers "not installed"); a chosen program that is gone is said as clearly.
    ocr_engine.use_tesseract("/nonexistent/tesseract")
    try:
        with pytest.raises(ocr.OcrError, match=r"/nonexistent/tesseract.*cannot be run"):
            ocr.read_image(render(["x"]).image)
    finally:
        ocr_engine.use_tesseract(None)


def test_icon_left_of_the_message_is_not_read_as_text(render: Callable[..., Any]) -> None:
    rendered = render(LOGIN_ERROR[:2], origin=(76, 20), size=(480, 100))
    draw = ImageDraw.Draw(rendered.image)
    draw.ellipse((20, 22, 56, 58), fill=(217, 48, 37))
    draw.line((30, 32, 46, 48), fill="white", width=4)
    draw.line((46, 32, 30, 48), fill="white", width=4)
    result = ocr.read_image(rendered.image)
    assert [line.text for line in result.lines] == LOGIN_ERROR[:2]
