"""Prefill: the title is the whole (wrapped) error message, masked; codes and category."""

from __future__ import annotations

from desktop.core import errortext
from desktop.core.report.prefill import compose_body, prefill


def test_a_wrapped_message_becomes_one_title_and_private_values_stay_masked() -> None:
    raw = [
        "Cannot print the report: ORA-12154 could not resolve",
        "the connect identifier specified.",
        "User: li@corp.cn",
        "打印报表失败，请联系系统管理员。",
    ]
    masked = [raw[0], raw[1], "User: ██████████", raw[3]]
    p = prefill(raw, masked)
    assert p.title == (
        "Cannot print the report: ORA-12154 could not resolve the connect identifier specified."
    )
    assert p.error_lines[1] == "打印报表失败，请联系系统管理员。"
    assert p.error_codes == ("ORA-12154",)
    assert "li@corp.cn" not in p.body and "ORA-12154" in p.body
    assert p.category == "reports_printing"
    # The fingerprint is the one `kefu ocr` computes for the same lines.
    assert p.fingerprint == errortext.analyse(raw).fingerprint


def test_no_text_no_suggestions_and_long_titles_are_cut() -> None:
    empty = prefill([], [])
    assert empty.title == "" and empty.fingerprint is None and empty.body == ""
    long = "Error: " + "x" * 300
    assert len(prefill([long], [long]).title) == 120


def test_system_details_follow_the_description() -> None:
    assert compose_body("It broke.", "OS: Linux") == "It broke.\n\n— System details —\nOS: Linux"
    assert compose_body("It broke.", "  ") == "It broke."
