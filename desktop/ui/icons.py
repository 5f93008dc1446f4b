"""Kefu's line icons (resources/icons/*.svg, 24×24, one stroke colour).

Each icon is drawn when it is painted, in the stroke colour of the theme in
use (desktop/ui/theme.py), so a switch between light and dark needs no
rebuilt icons. Disabled icons are drawn in a lighter grey; selected ones in
the accent colour the section rail uses for its selected item.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from desktop.ui import i18n, theme

# The colour the SVG files are drawn in, replaced when painted.
STROKE = "#475569"
COLOURS = {
    # (theme, mode): stroke colour
    ("light", QIcon.Mode.Normal): STROKE,
    ("light", QIcon.Mode.Active): STROKE,
    ("light", QIcon.Mode.Selected): "#1d4ed8",
    ("light", QIcon.Mode.Disabled): "#9ca3af",
    ("dark", QIcon.Mode.Normal): "#cbd5e1",
    ("dark", QIcon.Mode.Active): "#cbd5e1",
    ("dark", QIcon.Mode.Selected): "#93c5fd",
    ("dark", QIcon.Mode.Disabled): "#64748b",
}

# Rail section keys (desktop/ui/mode_view.py add_section) -> icon names.
SECTION_ICONS = {
    "tickets": "tickets",
    "queue": "queue",
    "board": "board",
    "kb": "knowledge-base",
    "help": "help",
    "metrics": "metrics",
    "admin": "administration",
    "report": "report-problem",
    "remote": "remote-session",
}
NAMES = frozenset(SECTION_ICONS.values())


@cache
def _svg(name: str) -> str:
    try:
        return i18n.resource("icons", f"{name}.svg").read_text(encoding="utf-8")
    except OSError:
        return ""


@cache
def _renderer(name: str, colour: str) -> QSvgRenderer:
    return QSvgRenderer(QByteArray(_svg(name).replace(STROKE, colour).encode("utf-8")))


class LineIconEngine(QIconEngine):
    """Paints one of our SVG icons in the current theme's colour for the mode."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        colour = COLOURS.get((theme.current(), mode), STROKE)
        renderer = _renderer(self.name, colour)
        if renderer.isValid():
            renderer.render(painter, rect.toRectF())

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return LineIconEngine(self.name)

    def iconName(self) -> str:
        return self.name

    def isNull(self) -> bool:
        return not _svg(self.name)


@cache
def icon(name: str) -> QIcon:
    """Our icon called `name` (the file's name without .svg); a null icon if none."""
    if not _svg(name):
        return QIcon()
    return QIcon(LineIconEngine(name))


def section_icon(key: str) -> QIcon:
    """The icon for a section of the rail, by its key; a null icon for an unknown key."""
    name = SECTION_ICONS.get(key)
    return icon(name) if name else QIcon()
