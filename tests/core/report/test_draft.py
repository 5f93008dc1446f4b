"""The report draft: real OCR of a rendered dialog, private marks, masking, undo/redo, JSON."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from desktop.core.redact import MASK_CHAR
from desktop.core.report.captures import Capture
from desktop.core.report.draft import ReportDraft
from desktop.core.report.reading import ReadCancelled, read_capture
from desktop.core.report.shapes import Shape

EMAIL = "chen.wei@example.com"
DIALOG = [
    "Cannot connect to the database server (ORA-12154).",
    f"Signed in as {EMAIL}, phone 13812345678",
    "Click OK to try again.",
]


@pytest.fixture(scope="module")
def read_dialog() -> Capture:
    from tests.core.conftest import render_text

    image = render_text(DIALOG, font_px=18).image
    steps: list[tuple[int, int]] = []
    lines = read_capture(image, progress=lambda d, t: steps.append((d, t)))
    assert steps and steps[-1][0] == steps[-1][1]  # progress reached its end
    capture = Capture(image)
    capture.set_ocr(lines)
    return capture


def fresh(capture: Capture) -> Capture:
    """A copy with an empty history (the module fixture is shared)."""
    copy = Capture(capture.image, lines=capture.lines)
    copy.set_ocr(list(capture.lines or []))
    return copy


def is_black(image: Image.Image, box: Any) -> bool:
    crop = image.crop((box.x + 2, box.y + 2, box.right - 2, box.bottom - 2))
    return crop.tobytes() == bytes(len(crop.tobytes()))


def test_private_data_is_marked_filled_and_masked(read_dialog: Capture) -> None:
    capture = fresh(read_dialog)
    kinds = sorted(m.kind for m in capture.marks)
    assert kinds == ["email", "phone"]
    text = capture.ocr_text()
    assert "ORA-12154" in text and EMAIL not in text and "13812345678" not in text
    assert MASK_CHAR * len(EMAIL) in text
    from desktop.core.report.render import render_capture

    rendered = render_capture(capture)
    for mark in capture.marks:
        assert is_black(rendered, mark.box)
    assert not is_black(capture.image, capture.marks[0].box)  # the capture itself is untouched


def test_revealing_a_mark_shows_pixels_and_text_and_undo_hides_them_again(
    read_dialog: Capture,
) -> None:
    from desktop.core.report.render import render_capture

    capture = fresh(read_dialog)
    email = next(i for i, m in enumerate(capture.marks) if m.kind == "email")
    capture.set_mark_hidden(email, False)
    assert EMAIL in capture.ocr_text()
    assert not is_black(render_capture(capture), capture.marks[email].box)
    assert capture.undo()
    assert EMAIL not in capture.ocr_text()
    assert capture.redo()
    assert EMAIL in capture.ocr_text()
    assert not capture.redo()


def test_a_hand_drawn_redaction_masks_the_words_under_it(read_dialog: Capture) -> None:
    capture = fresh(read_dialog)
    assert capture.lines is not None
    ok_line = next(line for line in capture.lines if line.text.startswith("Click"))
    word = next(w for w in ok_line.words if w.text == "OK")
    b = word.box
    capture.add_shape(Shape("redact", b.x - 2, b.y - 2, b.right + 2, b.bottom + 2))
    masked = capture.ocr_text().splitlines()[capture.lines.index(ok_line)]
    assert "OK" not in masked and "Click" in masked


def test_cancelled_reading_stops() -> None:
    from tests.core.conftest import render_text

    image = render_text(["Error 42"]).image
    with pytest.raises(ReadCancelled):
        read_capture(image, cancelled=lambda: True)


def test_prefill_title_body_category_fingerprint(read_dialog: Capture) -> None:
    draft = ReportDraft(captures=[fresh(read_dialog)])
    p = draft.suggest()
    assert p.title.startswith("Cannot connect to the database server")
    assert "ORA-12154" in p.title and "ORA-12154" in p.error_codes
    assert "ORA-12154" in p.body and EMAIL not in p.body
    assert p.fingerprint and p.fingerprint.startswith("v1:")
    assert p.category == "error_bug"


def test_upload_files_are_rendered_pngs_with_masked_text(read_dialog: Capture) -> None:
    capture = fresh(read_dialog)
    capture.add_shape(Shape("box", 5, 5, 60, 40, "#1e88e5", 4))
    draft = ReportDraft(captures=[capture], title="t", description="d", system_details="OS: x")
    ticket = draft.ticket_draft(category_id=None, fingerprint="v1:0123456789abcdef")
    (file,) = ticket.files
    image = Image.open(io.BytesIO(file.data))
    assert image.format == "PNG" and image.size == capture.image.size
    assert image.convert("RGB").getpixel((6, 20)) == (0x1E, 0x88, 0xE5)
    assert file.ocr_text is not None and EMAIL not in file.ocr_text
    assert ticket.body.startswith("d") and "OS: x" in ticket.body
    assert ticket.key == draft.key == draft.comment_draft(7).key
    draft.include_details = False
    assert "OS: x" not in draft.body()


def test_draft_round_trips_through_json_with_history(read_dialog: Capture, tmp_path: Path) -> None:
    capture = fresh(read_dialog)
    capture.add_shape(Shape("arrow", 10, 10, 100, 60))
    capture.add_shape(Shape("step", 30, 30, number=1))
    capture.add_shape(Shape("text", 40, 70, text="点这里 here"))
    capture.undo()
    draft = ReportDraft(captures=[capture], title="标题", description="body", category="error_bug")
    draft.save(tmp_path)
    again = ReportDraft.load(tmp_path)
    (copy,) = again.captures
    assert again.title == "标题" and again.key == draft.key and again.category == "error_bug"
    assert copy.shapes == capture.shapes and copy.marks == capture.marks
    assert copy.can_redo and copy.redo() and copy.shapes[-1].text == "点这里 here"
    assert copy.ocr_text() == fresh(read_dialog).ocr_text()
    assert copy.image.tobytes() == capture.image.tobytes()


def test_shapes_render_where_they_were_drawn(render: Callable[..., Any]) -> None:
    from desktop.core.report.render import render

    base = Image.new("RGB", (300, 200), (255, 255, 255))
    shapes = [
        Shape("highlight", 10, 10, 100, 40),
        Shape("box", 150, 20, 250, 90, "#e53935", 4),
        Shape("step", 60, 150, number=3, color="#43a047"),
        Shape("redact", 200, 150, 260, 180),
    ]
    out = render(base, shapes, [])
    r, g, b = out.getpixel((50, 25))
    assert r > 240 and g > 220 and b < 200  # yellow tint
    assert out.getpixel((151, 50)) == (0xE5, 0x39, 0x35)
    assert out.getpixel((200, 50)) == (255, 255, 255)  # a box is only its outline
    assert out.getpixel((60 - 10, 150)) == (0x43, 0xA0, 0x47)
    assert out.getpixel((230, 165)) == (0, 0, 0)
