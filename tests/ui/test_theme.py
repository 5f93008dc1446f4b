"""Light and dark (desktop/ui/theme.py) and the rail's line icons (desktop/ui/icons.py),
on a real signed-in window."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication

from desktop.core import submission
from desktop.core.models import Status
from desktop.core.submission import TicketDraft
from desktop.ui import i18n, icons, theme
from desktop.ui.ticket_lists import QueuePage
from tests.ui.support import Hub, MakeClient, sign_in

pytestmark = pytest.mark.e2e

DARK = "QMainWindow, QDialog { background: #0f172a; }"  # only in kefu-dark.qss


@pytest.fixture
def pinned(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """Pin a theme with KEFU_THEME and apply it as the app does; light again afterwards."""

    def pin(name: str) -> None:
        monkeypatch.setenv(theme.ENV, name)
        qapp.setStyleSheet(i18n.stylesheet())

    yield pin
    monkeypatch.delenv(theme.ENV, raising=False)
    qapp.setStyleSheet(i18n.stylesheet())
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 128


def lightness(image: QImage, x: int, y: int) -> int:
    return image.pixelColor(x, y).lightness()


def stroke_colours(icon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> set[str]:
    """The opaque colours of an icon drawn at 48 px (its strokes' centres; at 24 px
    a stroke between two pixel rows may leave none fully opaque)."""
    image = icon.pixmap(QSize(48, 48), mode).toImage()
    return {
        image.pixelColor(x, y).name()
        for x in range(48)
        for y in range(48)
        if image.pixelColor(x, y).alpha() == 255
    }


def test_the_dark_sheet_is_a_colour_overlay_after_the_light_one(pinned: Any) -> None:
    light = i18n.resource("style", "kefu.qss").read_text(encoding="utf-8")
    dark = i18n.resource("style", "kefu-dark.qss").read_text(encoding="utf-8")
    pinned("light")
    assert theme.current() == "light"
    assert DARK not in QApplication.instance().styleSheet()  # type: ignore[union-attr]
    pinned("dark")
    assert theme.current() == "dark"
    sheet = QApplication.instance().styleSheet()  # type: ignore[union-attr]
    assert sheet.index(DARK) > sheet.index("QMainWindow, QDialog { background: #f8fafc; }")
    # Colours only: no sizes, paddings or margins that would move things in dark.
    declarations = re.findall(r"([a-z-]+)\s*:", re.sub(r"/\*.*?\*/", "", dark, flags=re.S))
    layout = {"padding", "margin", "width", "height", "font-size", "min-width", "max-width"}
    assert not layout & set(declarations)
    assert "@ICONS@" not in sheet and len(sheet) > len(light)


def test_a_signed_in_window_is_dark_when_dark_is_pinned(
    qtbot: Any, hub: Hub, make_client: MakeClient, pinned: Any
) -> None:
    pinned("dark")
    client = make_client("dark-agent")
    sign_in(qtbot, client, hub.agent("Dora Dark"))
    window = client.window
    window.resize(1120, 720)
    view = window.mode_view
    assert view is not None
    qtbot.waitUntil(lambda: view.rail.isVisible(), timeout=10000)
    image = window.grab().toImage()
    rail = view.rail.mapTo(window, view.rail.rect().bottomLeft())
    assert lightness(image, rail.x() + 4, rail.y() - 20) < 60  # the rail's background
    assert qapp_palette_window_lightness() < 60  # menus and other unstyled parts too
    # The rail's icons follow: light strokes on the dark rail, none of the light theme's slate.
    item = view.rail.item(0)
    assert not item.icon().isNull()
    colours = stroke_colours(item.icon())
    assert colours and all(QColor(c).lightness() > 150 for c in colours)


def qapp_palette_window_lightness() -> int:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app.palette().color(QPalette.ColorRole.Window).lightness()


def test_the_sheet_follows_when_the_system_scheme_changes(
    qapp: QApplication, pinned: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    pinned("light")
    assert qapp_palette_window_lightness() > 128
    # The offscreen platform has no system scheme to switch; the pin stands in for
    # the system's answer, and the signal is what the system sends when it switches.
    monkeypatch.setenv(theme.ENV, "dark")
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert DARK in qapp.styleSheet()
    assert qapp_palette_window_lightness() < 60


def test_every_section_has_a_line_icon_in_one_colour(qapp: QApplication, pinned: Any) -> None:
    pinned("light")
    for key, name in icons.SECTION_ICONS.items():
        svg = i18n.resource("icons", f"{name}.svg").read_text(encoding="utf-8")
        assert 'viewBox="0 0 24 24"' in svg, name
        assert set(re.findall(r"#[0-9a-fA-F]{6}", svg)) == {icons.STROKE}, name
        icon = icons.section_icon(key)
        assert not icon.isNull(), key
        assert stroke_colours(icon) == {icons.STROKE}, key
        assert stroke_colours(icon, QIcon.Mode.Selected) == {"#1d4ed8"}, key
    assert icons.section_icon("no-such-section").isNull()
    assert icons.icon("no-such-icon").isNull()
    assert icons.icon("help") is icons.icon("help")  # cached


@pytest.mark.parametrize(("name", "card_is_dark"), [("light", False), ("dark", True)])
def test_board_cards_follow_the_theme(
    qtbot: Any, hub: Hub, make_client: MakeClient, pinned: Any, name: str, card_is_dark: bool
) -> None:
    customer = hub.customer("Cara Card")
    submission.send_ticket(hub.client(customer), TicketDraft(title="A card", body=""))
    pinned(name)
    client = make_client(f"board-{name}")
    sign_in(qtbot, client, hub.agent("Bo Board"))
    view = client.window.mode_view
    assert view is not None and isinstance(view.list_page, QueuePage)
    queue = view.list_page
    queue.board_button.click()
    board, column = queue.board, Status.NEW
    qtbot.waitUntil(lambda: board.columns[column].rowCount() > 0, timeout=15000)
    cards = board.views[column]
    rect = cards.visualRect(board.columns[column].index(0, 0))
    image = cards.viewport().grab().toImage()
    # The card's right edge, inside its border, holds no text: only the card's colour.
    shade = lightness(image, rect.right() - 5, rect.center().y())
    assert (shade < 80) if card_is_dark else (shade > 220), shade
