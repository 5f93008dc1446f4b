"""The annotation editor: tools by key, shapes by drag and click, undo/redo by shortcut,
and private marks that can be shown again (and hidden again by undo)."""

from __future__ import annotations

from typing import Any

from PIL import Image
from PySide6.QtCore import QPoint, Qt

from desktop.core.report.captures import Capture
from desktop.core.textboxes import Box, Line, Word
from desktop.ui.report.editor import EditorPage


def make_editor(qtbot: Any) -> tuple[EditorPage, Capture]:
    capture = Capture(Image.new("RGB", (800, 500), (255, 255, 255)))
    words = (
        Word("mail:", Box(40, 40, 50, 20), 95.0),
        Word("li@corp.cn", Box(96, 40, 110, 20), 95.0),
    )
    capture.set_ocr([Line.from_words(words)])
    editor = EditorPage()
    qtbot.addWidget(editor)
    editor.resize(1400, 900)
    editor.set_captures([capture], 0)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)  # shortcuts only reach the active window
    editor.canvas.setFocus()
    qtbot.waitUntil(editor.canvas.hasFocus)
    return editor, capture


def at(editor: EditorPage, x: int, y: int) -> QPoint:
    return editor.canvas.to_widget(x, y).toPoint()


def drag(qtbot: Any, editor: EditorPage, a: tuple[int, int], b: tuple[int, int]) -> None:
    canvas = editor.canvas
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=at(editor, *a))
    qtbot.mouseMove(canvas, at(editor, (a[0] + b[0]) // 2, (a[1] + b[1]) // 2))
    qtbot.mouseMove(canvas, at(editor, *b))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=at(editor, *b))


def test_tools_shapes_and_undo_redo_by_keyboard(qtbot: Any) -> None:
    editor, capture = make_editor(qtbot)
    canvas = editor.canvas
    assert canvas.zoom() == 1.0  # 800x500 fits: image pixels are widget pixels
    drag(qtbot, editor, (300, 100), (500, 250))
    assert capture.shapes[-1].kind == "box" and capture.shapes[-1].rect == Box(300, 100, 201, 151)

    qtbot.keyClick(canvas, Qt.Key.Key_A)
    assert canvas.tool == "arrow" and editor.tool_actions["arrow"].isChecked()
    drag(qtbot, editor, (100, 400), (280, 300))
    assert capture.shapes[-1].kind == "arrow"

    qtbot.keyClick(canvas, Qt.Key.Key_N)
    for x in (600, 650):
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=at(editor, x, 400))
    assert [s.number for s in capture.shapes if s.kind == "step"] == [1, 2]

    qtbot.keyClick(canvas, Qt.Key.Key_T)
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=at(editor, 320, 300))
    assert canvas.text_edit.isVisible()
    qtbot.keyClicks(canvas.text_edit, "Here ")
    canvas.text_edit.insert("这里")  # QTest types ASCII only; an input method gives Chinese
    qtbot.keyClick(canvas.text_edit, Qt.Key.Key_Return)
    assert capture.shapes[-1].kind == "text" and capture.shapes[-1].text == "Here 这里"
    assert len(capture.shapes) == 5

    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [s.kind for s in capture.shapes] == ["box", "arrow", "step"]
    assert editor.redo_action.isEnabled()
    qtbot.keyClick(canvas, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert len(capture.shapes) == 4
    qtbot.keyClick(
        canvas,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(capture.shapes) == 5

    # Drawing after an undo starts a new branch: nothing is left to redo.
    qtbot.keyClick(canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(canvas, Qt.Key.Key_H)
    drag(qtbot, editor, (20, 450), (200, 480))
    assert capture.shapes[-1].kind == "highlight" and not capture.can_redo
    assert not editor.redo_action.isEnabled()

    # A tiny drag is a slip, not a shape.
    qtbot.keyClick(canvas, Qt.Key.Key_R)
    count = len(capture.shapes)
    drag(qtbot, editor, (700, 50), (701, 51))
    assert len(capture.shapes) == count


def test_private_marks_can_be_shown_and_hidden_again_with_undo(qtbot: Any) -> None:
    editor, capture = make_editor(qtbot)
    (mark,) = capture.marks
    assert mark.kind == "email"
    item = editor.mark_model.item(0)
    assert item.checkState() == Qt.CheckState.Checked
    assert "li@" in item.text()
    inside = at(editor, mark.box.x + 5, mark.box.y + 5)
    assert editor.canvas.grab().toImage().pixelColor(inside).name() == "#000000"

    item.setCheckState(Qt.CheckState.Unchecked)  # as a click on its box does
    assert not capture.mark_hidden(0) and "li@corp.cn" in capture.ocr_text()
    assert editor.canvas.grab().toImage().pixelColor(inside).name() == "#ffffff"

    editor.canvas.setFocus()
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert capture.mark_hidden(0) and "li@corp.cn" not in capture.ocr_text()
    assert editor.mark_model.item(0).checkState() == Qt.CheckState.Checked


def test_select_moves_and_deletes_a_shape_and_the_hide_tool_toggles_found_items(
    qtbot: Any,
) -> None:
    editor, capture = make_editor(qtbot)
    canvas = editor.canvas
    drag(qtbot, editor, (300, 100), (500, 250))  # a box
    qtbot.keyClick(canvas, Qt.Key.Key_V)
    assert canvas.tool == "select"
    drag(qtbot, editor, (300, 150), (340, 170))  # grab its edge, move it by (40, 20)
    assert capture.shapes[-1].rect == Box(340, 120, 201, 151)
    assert canvas.selected == 0
    qtbot.keyClick(canvas, Qt.Key.Key_Delete)
    assert capture.shapes == ()
    qtbot.keyClick(canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert capture.shapes[-1].rect == Box(300, 100, 201, 151)  # back where it was drawn

    qtbot.keyClick(canvas, Qt.Key.Key_R)
    (mark,) = capture.marks
    qtbot.mouseClick(
        canvas, Qt.MouseButton.LeftButton, pos=at(editor, mark.box.x + 10, mark.box.y + 5)
    )
    assert not capture.mark_hidden(0)
    assert editor.mark_model.item(0).checkState() == Qt.CheckState.Unchecked
    assert not any(s.kind == "redact" for s in capture.shapes)  # a click is not an area


def test_zoom_keeps_pixels_exact_and_copy_gives_the_image_as_sent(qtbot: Any) -> None:
    from PySide6.QtWidgets import QApplication

    editor, capture = make_editor(qtbot)
    canvas = editor.canvas
    qtbot.keyClick(canvas, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # 100%
    qtbot.keyClick(canvas, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert canvas.zoom() == 1.25
    qtbot.waitUntil(lambda: canvas.width() >= 1000)  # the scroll area scrolls now
    drag(qtbot, editor, (120, 80), (160, 110))
    assert capture.shapes[-1].rect == Box(120, 80, 41, 31)
    qtbot.keyClick(canvas, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)  # fit again
    assert canvas.zoom_level is None

    qtbot.keyClick(canvas, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QApplication.clipboard().image()
    assert (copied.width(), copied.height()) == (800, 500)
    (mark,) = capture.marks
    assert copied.pixelColor(mark.box.x + 5, mark.box.y + 5).name() == "#000000"
    assert copied.pixelColor(121, 95).name() == "#e53935"  # the box's left edge
