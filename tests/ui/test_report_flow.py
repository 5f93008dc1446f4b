"""Report a problem end to end: the action, the overlay, OCR and redaction, review,
suggestions and Submit, against a real hub, with an error dialog on a real X screen."""

from __future__ import annotations

import io
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import Qt

from desktop.core.hubclient import HubClient
from desktop.core.redact import MASK_CHAR
from desktop.core.report import suggestions
from desktop.core.textboxes import Box
from desktop.ui.report.window import ReportWindow
from tests.ui.report_support import EMAIL, PHONE, Screen, error_screen, report_dialog
from tests.ui.support import Client, Hub, MakeClient, sign_in

pytestmark = pytest.mark.e2e
__all__ = ["error_screen"]  # the fixture, used by name


def is_black(image: Image.Image, box: Box) -> bool:
    crop = image.convert("RGB").crop((box.x + 2, box.y + 2, box.right - 2, box.bottom - 2))
    return crop.tobytes() == bytes(len(crop.tobytes()))


def submit(qtbot: Any, client: Client, report: ReportWindow) -> Any:
    report.show_review()
    with qtbot.waitSignal(client.window.report.filed, timeout=30000) as filed:
        qtbot.mouseClick(report.review.submit_button, Qt.MouseButton.LeftButton)
    return filed.args[0]


def test_from_the_action_to_a_filed_ticket_with_private_data_hidden(
    qtbot: Any, hub: Hub, make_client: MakeClient, error_screen: Screen
) -> None:
    email = hub.customer("Chen Wei")
    client = make_client("reporter")
    sign_in(qtbot, client, email)
    report = report_dialog(qtbot, client)

    capture = report.draft.captures[0]
    assert sorted(m.kind for m in capture.marks) == ["email", "phone"]
    assert report.editor.mark_model.rowCount() == 2  # shown, each one can be unticked
    report.show_review()
    review = report.review
    title = review.title_edit.text()
    assert title.startswith("Cannot connect to the database server") and "ORA-12154" in title
    assert "ORA-12154" in review.body_edit.toPlainText()
    assert EMAIL not in review.body_edit.toPlainText()
    assert review.category.currentData() == "error_bug"
    assert "1280x800" in review.details_edit.toPlainText()

    ticket = submit(qtbot, client, report)
    view = client.window.mode_view
    assert view is not None
    qtbot.waitUntil(lambda: view.tickets.currentWidget() is view.ticket_page)

    detail = hub.client(email).ticket(ticket.id)
    assert detail.title == title
    assert detail.fingerprint == report.prefill.fingerprint if report.prefill else False
    (attachment,) = detail.attachments
    image = Image.open(io.BytesIO(hub.client(email).attachment_bytes(attachment.id)))
    assert image.size == capture.image.size
    for mark in capture.marks:
        assert is_black(image, mark.box), mark.kind
        assert not is_black(capture.image, mark.box)
    assert attachment.ocr_text and "ORA-12154" in attachment.ocr_text
    assert EMAIL not in attachment.ocr_text and PHONE not in attachment.ocr_text
    assert MASK_CHAR * len(EMAIL) in attachment.ocr_text
    assert EMAIL not in detail.body and "1280x800" in detail.body


def test_the_same_error_twice_is_added_to_the_open_ticket_and_never_shown_to_others(
    qtbot: Any, hub: Hub, make_client: MakeClient, error_screen: Screen
) -> None:
    first_email, other_email = hub.customer("First"), hub.customer("Other", "Elsewhere")
    first = make_client("first")
    sign_in(qtbot, first, first_email)
    report = report_dialog(qtbot, first)
    assert report.review.similar_model.rowCount() == 0  # nothing of theirs yet
    ticket = submit(qtbot, first, report)

    # The same error again: "Is it one of these?" offers the open ticket.
    again = report_dialog(qtbot, first)
    review = again.review
    assert review.similar_model.rowCount() == 1
    match = review.similar_model.item(0).data(Qt.ItemDataRole.UserRole + 1)
    assert match.ticket.id == ticket.id and match.reason == "fingerprint"
    again.show_review()
    assert review.add_button.isVisible() and review.add_button.isEnabled()
    with qtbot.waitSignal(first.window.report.commented, timeout=30000) as added:
        qtbot.mouseClick(review.add_button, Qt.MouseButton.LeftButton)
    assert added.args == [ticket.id]
    detail = hub.client(first_email).ticket(ticket.id)
    assert len(detail.comments) == 1 and len(detail.comments[0].attachments) == 1
    assert EMAIL not in (detail.comments[0].attachments[0].ocr_text or "")
    assert len(hub.client(first_email).all_tickets()) == 1  # no duplicate was filed

    # Another customer with the same error is never offered the first one's ticket.
    first.window.hide()
    other = make_client("other")
    sign_in(qtbot, other, other_email)
    theirs = report_dialog(qtbot, other)
    assert theirs.review.similar_model.rowCount() == 0
    fingerprint = theirs.prefill.fingerprint if theirs.prefill else None
    assert fingerprint == (report.prefill.fingerprint if report.prefill else "")
    other_client: HubClient = hub.client(other_email)
    assert suggestions.similar_tickets(other_client, fingerprint, "ORA-12154") == []
    theirs.close()


def test_a_knowledge_base_answer_can_end_the_report(
    qtbot: Any, hub: Hub, make_client: MakeClient, error_screen: Screen
) -> None:
    agent = hub.client(hub.agent("Kim Agent"))
    article = agent.request(
        "POST",
        "/kb/articles",
        json={
            "title": "ORA-12154: the database alias is not known",
            "body": "Open Settings → Database and choose the server again.",
            "language": "en",
            "status": "published",
            "tags": ["ORA-12154"],
        },
    ).json()
    email = hub.customer("Kb Reader")
    client = make_client("kb")
    sign_in(qtbot, client, email)
    report = report_dialog(qtbot, client)
    review = report.review
    titles = [review.answer_model.item(i).text() for i in range(review.answer_model.rowCount())]
    assert article["title"] in titles
    report.show_review()
    review.answer_list.setCurrentIndex(review.answer_model.index(titles.index(article["title"]), 0))
    assert "Database" in review.answer_view.toPlainText()
    with qtbot.waitSignal(report.deflected, timeout=30000) as solved:
        qtbot.mouseClick(review.solved_button, Qt.MouseButton.LeftButton)
    assert solved.args == [article["id"]]
    assert hub.client(email).all_tickets() == []  # nothing was filed
