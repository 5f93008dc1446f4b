"""Properties of the error-text parser and the fingerprint, over generated text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core import errortext

# Text as OCR hands it over: Chinese, Latin, digits, punctuation, odd spaces.
ocr_text = st.text(
    alphabet=st.sampled_from(
        list("登录失败密码错误导入模板打印机未响应无法连接服务器")
        + list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        + list("0123456789 :;,.()[]/\\_-#'\"\t　，。：（）")
    ),
    max_size=80,
)
PROPS = settings(max_examples=200, deadline=None)
FINGERPRINT = re.compile(r"v1:[0-9a-f]{16}")


@PROPS
@given(text=ocr_text)
def test_codes_are_found_in_the_text_once_each(text: str) -> None:
    codes = errortext.error_codes(text)
    assert len(codes) == len(set(codes))
    assert all(code in text for code in codes)


@PROPS
@given(lines=st.lists(ocr_text, max_size=8))
def test_error_lines_are_cleaned_input_lines_in_order_without_repeats(lines: list[str]) -> None:
    found = errortext.error_lines(lines)
    assert len(found) == len(set(found))
    cleaned = [" ".join(line.split()) for line in lines]
    position = -1
    for line in found:
        # Each one is a line of the input (spaces between Chinese characters dropped).
        matches = [
            i
            for i, c in enumerate(cleaned)
            if i > position and errortext.error_lines([c]) == [line]
        ]
        assert matches, line
        position = matches[0]


@PROPS
@given(lines=st.lists(ocr_text, max_size=8))
def test_fingerprint_is_well_formed_and_stable(lines: list[str]) -> None:
    first = errortext.fingerprint(lines)
    assert FINGERPRINT.fullmatch(first)
    assert errortext.fingerprint(list(lines)) == first


@PROPS
@given(
    ip=st.tuples(*[st.integers(0, 255)] * 4),
    user=st.from_regex(r"[a-z]{2,8}", fullmatch=True),
    request_id=st.integers(1000, 10**9),
    hour=st.integers(0, 23),
    minute=st.integers(0, 59),
)
def test_fingerprint_ignores_what_varies_between_machines(
    ip: tuple[int, int, int, int], user: str, request_id: int, hour: int, minute: int
) -> None:
    reference = errortext.fingerprint(
        [
            "Error 0x80070005: 无法连接 10.0.0.1 (user ada@corp.cn, request 12345) "
            "at 2024-05-01 08:00"
        ]
    )
    address = ".".join(map(str, ip))
    varied = (
        f"Error 0x80070005: 无法连接 {address} (user {user}@example.com, request {request_id}) "
        f"at 2024-05-01 {hour:02d}:{minute:02d}"
    )
    assert errortext.fingerprint([varied]) == reference


@PROPS
@given(line=ocr_text, spaces=st.integers(2, 4))
def test_fingerprint_ignores_spacing_and_the_case_of_error_words(line: str, spaces: int) -> None:
    base = errortext.fingerprint([f"Error: {line}"])
    noisy = f"ERROR: {line}".replace(" ", " " * spaces)
    assert errortext.fingerprint([noisy]) == base
