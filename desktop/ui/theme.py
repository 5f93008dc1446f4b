"""Light or dark, following the system (Qt 6.5+ colour scheme), with
KEFU_THEME=light|dark to pin one for tests and screenshots.

The dark style sheet is a colour-only overlay appended after kefu.qss, so
every layout rule lives in one place. `follow_system` re-applies the sheet
when the system switches; icons (desktop/ui/icons.py) pick their stroke
colour when they are painted, so they follow without being rebuilt.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

THEMES = ("light", "dark")
ENV = "KEFU_THEME"


def current() -> str:
    """'light' or 'dark': KEFU_THEME if set to one of them, else the system's scheme."""
    pinned = os.environ.get(ENV, "").strip().lower()
    if pinned in THEMES:
        return pinned
    if QGuiApplication.instance() is None:
        return "light"
    scheme = QGuiApplication.styleHints().colorScheme()
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def stylesheet(style_dir: Path, icons_dir: Path, theme: str | None = None) -> str:
    """kefu.qss, then kefu-dark.qss over it when dark; '' if kefu.qss is missing."""
    theme = theme or current()
    try:
        text = (style_dir / "kefu.qss").read_text(encoding="utf-8")
    except OSError:
        log.warning("style sheet missing; using the platform look")
        return ""
    if theme == "dark":
        try:
            text += "\n" + (style_dir / "kefu-dark.qss").read_text(encoding="utf-8")
        except OSError:
            log.warning("dark style sheet missing; staying light")
    # Style sheets resolve url() against the working directory; make them absolute.
    return text.replace("@ICONS@", icons_dir.as_posix())


def palette(theme: str) -> QPalette:
    """The style's own palette for light; for dark, one matching kefu-dark.qss, so
    what the sheets do not style (menus, check boxes, tool buttons) is dark too."""
    app = QApplication.instance()
    base = app.style().standardPalette() if isinstance(app, QApplication) else QPalette()
    if theme != "dark":
        return base
    pal = QPalette(base)
    role = QPalette.ColorRole
    for colour_role, colour in (
        (role.Window, "#0f172a"),
        (role.WindowText, "#e5e7eb"),
        (role.Base, "#111827"),
        (role.AlternateBase, "#162032"),
        (role.Text, "#e5e7eb"),
        (role.Button, "#1e293b"),
        (role.ButtonText, "#e5e7eb"),
        (role.ToolTipBase, "#1e293b"),
        (role.ToolTipText, "#e5e7eb"),
        (role.PlaceholderText, "#64748b"),
        (role.Highlight, "#1d4ed8"),
        (role.HighlightedText, "#ffffff"),
        (role.Link, "#60a5fa"),
        (role.Light, "#334155"),
        (role.Midlight, "#1e293b"),
        (role.Mid, "#334155"),
        (role.Dark, "#020617"),
        (role.Shadow, "#000000"),
    ):
        pal.setColor(colour_role, QColor(colour))
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, colour_role, QColor("#64748b"))
    return pal


class _Follower(QObject):
    """Re-applies the style sheet when the system's colour scheme changes."""

    def __init__(self, app: QApplication, style_dir: Path, icons_dir: Path) -> None:
        super().__init__(app)
        self.setObjectName("kefuThemeFollower")
        self._app, self._style_dir, self._icons_dir = app, style_dir, icons_dir
        self._shown = current()
        app.setPalette(palette(self._shown))
        QGuiApplication.styleHints().colorSchemeChanged.connect(self.refresh)

    def refresh(self, *_args: object) -> None:
        theme = current()
        if theme != self._shown:
            self._shown = theme
            self._app.setPalette(palette(theme))
            self._app.setStyleSheet(stylesheet(self._style_dir, self._icons_dir, theme))


def follow_system(style_dir: Path, icons_dir: Path) -> None:
    """Once per application: keep the style sheet in step with the system."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    follower = app.findChild(_Follower, "kefuThemeFollower")
    if follower is None:
        _Follower(app, style_dir, icons_dir)
    else:
        follower.refresh()  # KEFU_THEME may have changed since (tests)
