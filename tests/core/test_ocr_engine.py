"""Tesseract language passes and how their readings are merged (no OCR run here)."""

from __future__ import annotations

import pytest

from desktop.core.ocr_engine import language_passes, merge_readings
from desktop.core.textboxes import Box, Line, Word


@pytest.mark.parametrize(
    ("lang", "passes"),
    [
        ("eng+chi_sim", ["chi_sim+eng", "eng"]),
        ("chi_sim", ["chi_sim"]),
        ("eng", ["eng"]),
        ("eng+chi_tra+chi_sim", ["chi_tra+chi_sim+eng", "eng"]),
    ],
)
def test_language_passes(lang: str, passes: list[str]) -> None:
    assert language_passes(lang) == passes


def line(text: str, y: int) -> Line:
    return Line.from_words(
        tuple(Word(w, Box(10 + 60 * i, y, 50, 16), 90.0) for i, w in enumerate(text.split()))
    )


def test_merge_takes_chinese_lines_from_the_chinese_first_reading() -> None:
    cjk_first = [
        line("登录失败 ： 用户名或密码错误", 10),
        line("could not resolvethe identifier", 40),
    ]
    latin_first = [
        line("BRAM : 用户名或密码错误", 11),
        line("could not resolve the identifier", 41),
    ]
    merged = merge_readings(cjk_first, latin_first)
    assert [ln.text for ln in merged] == [
        "登录失败：用户名或密码错误",
        "could not resolve the identifier",
    ]


def test_merge_keeps_lines_only_one_reading_found_in_reading_order() -> None:
    merged = merge_readings([line("请重试", 40)], [line("Details", 10), line("请 重 试", 40)])
    assert [ln.text for ln in merged] == ["Details", "请重试"]
