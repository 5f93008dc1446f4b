"""Preferences: the Tesseract program can be chosen and tested; OCR uses it at once.

The real Tesseract of this machine, real dialogs, offscreen."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.core import ocr_engine
from desktop.core import settings as settings_mod
from desktop.ui.preferences import PreferencesDialog
from tests.ui.support import MakeClient

TESSERACT = shutil.which("tesseract")


@pytest.fixture(autouse=True)
def _tesseract_found_again() -> Iterator[None]:
    yield
    ocr_engine.use_tesseract(None)


def _test(qtbot: Any, dialog: PreferencesDialog) -> str:
    dialog.tesseract_test.click()
    qtbot.waitUntil(lambda: dialog.tesseract_test.isEnabled(), timeout=20000)
    return dialog.tesseract_status.text()


def test_test_reports_the_version_and_chinese(qtbot: Any, look: None, tmp_path: Path) -> None:
    dialog = PreferencesDialog(settings_mod.Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.tesseract.text() == "" and dialog.tesseract.placeholderText()
    found = _test(qtbot, dialog)  # empty: found on its own
    assert TESSERACT is not None
    assert f"({TESSERACT})" in found and "works" in found
    assert "Chinese (chi_sim) is installed" in found

    dialog.tesseract.setText(str(tmp_path / "no" / "tesseract"))
    assert "does not exist or cannot be run" in _test(qtbot, dialog)

    echo = shutil.which("echo")
    assert echo is not None
    dialog.tesseract.setText(echo)
    assert "not Tesseract" in _test(qtbot, dialog)


def test_the_chosen_program_is_saved_and_used_by_ocr(qtbot: Any, make_client: MakeClient) -> None:
    client = make_client("tess", start=False)
    window = client.window
    window.preferences_action.trigger()
    dialog = window.preferences_dialog
    assert TESSERACT is not None
    dialog.tesseract.setText(f"  {TESSERACT}  ")
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    saved = settings_mod.load(client.profile.settings_path())
    assert saved.tesseract_path == TESSERACT
    assert ocr_engine.tesseract_command() == TESSERACT

    window.preferences_action.trigger()
    again = window.preferences_dialog
    assert again.tesseract.text() == TESSERACT
    again.tesseract.setText("/nowhere/tesseract")
    with qtbot.waitSignal(again.finished):
        again.accept()
    with pytest.raises(ocr_engine.OcrError, match="set in Preferences"):
        ocr_engine.check_languages("eng")  # the report flow says this, not a traceback
