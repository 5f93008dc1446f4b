"""Rebuilding text from OCR words: spacing rules for Chinese and offsets."""

from __future__ import annotations

import pytest

from desktop.core.textboxes import Box, Line, Word, despace_cjk, layout_words


@pytest.mark.parametrize(
    ("words", "text"),
    [
        (["Access", "is", "denied."], "Access is denied."),
        (["登录", "失败", "，", "请", "重试"], "登录失败，请重试"),
        (
            ["同步", "失败", ":", "ECONNREFUSED", "连接", "被拒绝"],
            "同步失败：ECONNREFUSED 连接被拒绝",
        ),
        (["错误码", ":", "40103"], "错误码：40103"),
        (["Error", ":", "x"], "Error : x"),
        (["端口", "8443", "无法", "访问", "。"], "端口 8443 无法访问。"),
    ],
)
def test_layout(words: list[str], text: str) -> None:
    joined, offsets = layout_words(words)
    assert joined == text
    # Every offset points at its word (punctuation may have turned full-width).
    for word, (start, end) in zip(words, offsets, strict=True):
        assert end - start == len(word)
        assert joined[start:end] in (word, word.replace(":", "："))


def test_despace_cjk_keeps_spaces_around_latin() -> None:
    assert despace_cjk("请 联 系 管 理 员 support desk 谢 谢") == "请联系管理员 support desk 谢谢"


def test_line_box_and_conf() -> None:
    line = Line.from_words(
        (Word("Access", Box(10, 5, 50, 12), 90.0), Word("denied", Box(66, 4, 48, 14), 80.0))
    )
    assert line.text == "Access denied"
    assert line.box == Box(10, 4, 104, 14)
    assert line.conf == 85.0
    assert line.word_offsets() == [(0, 6), (7, 13)]
