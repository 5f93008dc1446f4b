"""Every error code the hub can answer with has a sentence of our own, so the
user reads it in their language (the hub's `message` is English)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop.core.hubclient import HubError
from desktop.ui import errors, i18n

HUB = Path(__file__).resolve().parents[2] / "hub"
# Codes whose text the client builds from the details (field by field).
BUILT_FROM_DETAILS = {"validation_failed"}


def hub_error_codes() -> set[str]:
    codes: set[str] = set()
    for path in HUB.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        codes |= set(re.findall(r'ApiError\(\s*\d+\s*,\s*"([a-z_]+)"', text))
        codes |= set(re.findall(r'^\s+\d{3}: \("([a-z_]+)"', text, re.MULTILINE))
        codes |= set(re.findall(r'_body\(\s*"([a-z_]+)"', text))
    return codes


def test_every_hub_error_code_has_our_sentence() -> None:
    codes = hub_error_codes()
    assert {"not_found", "invalid_code", "too_many_registrations"} <= codes  # the scan works
    missing = codes - set(errors._KNOWN) - BUILT_FROM_DETAILS
    assert not missing, f"add these to desktop/ui/errors.py _KNOWN: {sorted(missing)}"


def test_hub_errors_read_in_chinese(qapp: QApplication) -> None:
    assert i18n.install_translators("zh_CN")
    try:
        for code in sorted(errors._KNOWN):
            text = errors.describe(HubError(409, code, "English from the hub"))
            assert text != "English from the hub"
            assert re.search(r"[\u4e00-\u9fff]", text), (code, text)
    finally:
        i18n.install_translators("en")


def test_a_missing_tesseract_says_what_to_install_in_chinese(qapp: QApplication) -> None:
    from desktop.core.ocr_engine import OcrError
    from desktop.core.tesseract_locator import TesseractNotFound, install_command

    try:
        raise OcrError("Tesseract is not installed.") from TesseractNotFound("none", "missing")
    except OcrError as exc:
        wrapped = exc
    assert i18n.install_translators("zh_CN")
    try:
        text = errors.describe(wrapped)
    finally:
        i18n.install_translators("en")
    assert re.search(r"[\u4e00-\u9fff]", text) and install_command() in text
    assert "Something went wrong" not in text
