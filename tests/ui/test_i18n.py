"""Every visible string goes through tr(), and zh_CN has all of them, compiled."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from desktop.ui import i18n
from desktop.ui.welcome import WelcomePage

ROOT = Path(__file__).resolve().parents[2]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "scripts" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def messages(ts: Path) -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def sources(ts: Path) -> set[tuple[str, str]]:
    return {(ctx, m.findtext("source") or "") for ctx, m in messages(ts)}


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    return _tool()


def test_ts_files_match_the_code(tool: ModuleType, tmp_path: Path) -> None:
    tool.update(tmp_path)
    for language in tool.LANGUAGES:
        fresh, committed = tmp_path / f"kefu_{language}.ts", tool.ts_path(language)
        missing = sources(fresh) - sources(committed)
        assert not missing, f"run scripts/translations.py update, then translate: {missing}"


def test_chinese_is_complete(tool: ModuleType) -> None:
    untranslated = [
        (ctx, m.findtext("source"))
        for ctx, m in messages(tool.ts_path("zh_CN"))
        if (m.find("translation") is None or m.find("translation").get("type") == "unfinished")  # type: ignore[union-attr]
    ]
    assert not untranslated
    for _ctx, m in messages(tool.ts_path("en")):
        if m.get("numerus") == "yes":
            assert all(form.text for form in m.iter("numerusform")), m.findtext("source")


def test_qm_files_are_up_to_date(tool: ModuleType, tmp_path: Path) -> None:
    for language in tool.LANGUAGES:
        ts = tool.ts_path(language)
        fresh = tmp_path / f"{language}.qm"
        tool.compile_ts(ts, fresh)
        assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), (
            "run scripts/translations.py compile"
        )


def test_chinese_ui(qapp: QApplication, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert i18n.install_translators("zh_CN")
    try:
        page = WelcomePage(runner=None)  # type: ignore[arg-type]
        qtbot.addWidget(page)
        assert page.local_button.text() == "在本机使用客服"
        assert i18n.current_language() == "zh_CN"
    finally:
        i18n.install_translators("en")
    english = WelcomePage(runner=None)  # type: ignore[arg-type]
    qtbot.addWidget(english)
    assert english.local_button.text() == "Use Kefu on this computer"


@pytest.mark.parametrize(
    ("setting", "locale", "language"),
    [
        ("", QLocale(QLocale.Language.Chinese, QLocale.Country.China), "zh_CN"),
        ("", QLocale(QLocale.Language.Chinese, QLocale.Country.Taiwan), "zh_CN"),
        ("", QLocale(QLocale.Language.German, QLocale.Country.Germany), "en"),
        ("en", QLocale(QLocale.Language.Chinese, QLocale.Country.China), "en"),
        ("zh_CN", QLocale(QLocale.Language.English), "zh_CN"),
    ],
)
def test_language_follows_setting_then_locale(setting: str, locale: QLocale, language: str) -> None:
    assert i18n.pick_language(setting, locale) == language
