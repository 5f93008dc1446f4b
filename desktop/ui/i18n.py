"""Resources on disk (icons, style sheet, translations) and the UI language."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon

from desktop.ui import theme

log = logging.getLogger(__name__)

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
LANGUAGES = ("en", "zh_CN")


def resource(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)


def app_icon() -> QIcon:
    return QIcon(str(resource("icons", "kefu.svg")))


def stylesheet() -> str:
    """The style sheet for the light or dark theme (desktop/ui/theme.py), which
    from now on follows the system's colour scheme."""
    style, icons = resource("style"), resource("icons")
    theme.follow_system(style, icons)
    return theme.stylesheet(style, icons)


def pick_language(setting: str, locale: QLocale | None = None) -> str:
    """'en' or 'zh_CN' from the setting, else from the system locale."""
    if setting in LANGUAGES:
        return setting
    locale = locale or QLocale.system()
    return "zh_CN" if locale.language() == QLocale.Language.Chinese else "en"


_installed: list[QTranslator] = []
_language = "en"


def current_language() -> str:
    """The language the UI was started in ('en' or 'zh_CN')."""
    return _language


def install_translators(language: str) -> bool:
    """Load our translation (and Qt's own) for the language; True if ours loaded."""
    global _language
    app = QCoreApplication.instance()
    if app is None:
        return False
    _language = language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    # English needs its file too: it holds the plural forms ("1 ticket", "2 tickets").
    ours = QTranslator()
    loaded = ours.load(str(resource("translations", f"kefu_{language}.qm")))
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no translation for %s", language)
    qt = QTranslator()
    path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language != "en" and qt.load(f"qtbase_{language}", path):
        app.installTranslator(qt)
        _installed.append(qt)
    return loaded
