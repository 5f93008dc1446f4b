"""Quitting with unsent text asks first; nothing typed is silently lost."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.ui.support import Hub, MakeClient, sign_in


def test_close_with_unsent_text_asks(
    qtbot: Any, hub: Hub, make_client: MakeClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = make_client("customer")
    sign_in(qtbot, client, hub.customer())
    window = client.window
    window.ask_before_quit = True
    window.new_ticket()
    view = window.mode_view
    assert view is not None and view.new_ticket is not None
    view.new_ticket.body_edit.setPlainText("half a sentence")
    asked: list[str] = []
    answer = QMessageBox.StandardButton.No

    def question(_parent: object, _title: str, text: str, *args: object) -> Any:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    assert window.close() is False  # "No": the window stays, and the text with it
    assert window.isVisible() and view.new_ticket.body_edit.toPlainText() == "half a sentence"
    answer = QMessageBox.StandardButton.Yes
    assert window.close() is True
    assert len(asked) == 2 and "not sent" in asked[0]


def test_window_geometry_is_remembered(qtbot: Any, make_client: MakeClient) -> None:
    first = make_client("geometry", start=False)
    first.window.resize(700, 480)
    qtbot.waitUntil(lambda: first.window.size().width() == 700)
    assert first.window.close()
    assert (first.profile.path / "window.ini").exists()
    second = make_client("geometry", start=False)
    assert (second.window.width(), second.window.height()) == (700, 480)


def test_close_with_an_unsaved_article_asks(
    qtbot: Any, hub: Hub, make_client: MakeClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = make_client("agent")
    sign_in(qtbot, client, hub.agent())
    window = client.window
    window.ask_before_quit = True
    view = window.mode_view
    assert view is not None
    view.show_section("kb")
    section = view.section("kb")
    editor = section.editor  # type: ignore[union-attr]
    editor.title_edit.setText("打印机脱机怎么办")
    assert editor.dirty
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *_args: asked.append("asked") or QMessageBox.StandardButton.No,
    )
    assert window.close() is False and asked == ["asked"]
    assert editor.title_edit.text() == "打印机脱机怎么办"
