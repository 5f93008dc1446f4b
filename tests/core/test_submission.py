"""desktop.core.submission: the one write path (idempotent, progress, cancel)."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator

import pytest
from PIL import Image

from desktop.core import submission
from desktop.core.hubclient import HubClient, HubError, UploadCancelled
from desktop.core.models import Status
from desktop.core.submission import CommentDraft, FileDraft, TicketDraft
from tests.core.hub_process import TestHub


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "red").save(buffer, "PNG")
    return buffer.getvalue()


PNG = _png()


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestHub]:
    hub = TestHub(tmp_path_factory.mktemp("submission"))
    yield hub
    hub.stop()


@pytest.fixture(scope="module")
def agent(hub: TestHub) -> HubClient:
    return hub.agent()


def test_ticket_with_files_is_created_once(hub: TestHub) -> None:
    customer = hub.customer()
    draft = TicketDraft(
        title="Export fails",
        body="error 0x80070005",
        files=(FileDraft("shot.png", PNG, "image/png", ocr_text="error 0x80070005"),),
    )
    progress: list[tuple[int, int, int]] = []
    first = submission.send_ticket(customer, draft, progress=lambda *a: progress.append(a))
    again = submission.send_ticket(customer, draft)  # e.g. a retry after a timeout
    assert again.id == first.id
    assert len(customer.all_tickets()) == 1
    (attachment,) = first.attachments
    assert attachment.sha256 == hashlib.sha256(PNG).hexdigest()
    assert attachment.ocr_text == "error 0x80070005"
    assert progress[-1] == (0, len(PNG), len(PNG))
    assert customer.attachment_bytes(attachment.id) == PNG


def test_same_key_other_body_is_a_conflict(hub: TestHub) -> None:
    customer = hub.customer()
    draft = TicketDraft(title="One", body="")
    submission.send_ticket(customer, draft)
    changed = TicketDraft(title="Two", body="", key=draft.key)
    with pytest.raises(HubError) as caught:
        submission.send_ticket(customer, changed)
    assert caught.value.error == "idempotency_conflict"


def test_cancelled_upload_files_nothing(hub: TestHub) -> None:
    customer = hub.customer()
    draft = TicketDraft(title="Cancelled", body="", files=(FileDraft("a.png", PNG, "image/png"),))
    with pytest.raises(UploadCancelled):
        submission.send_ticket(customer, draft, cancel=lambda: True)
    assert customer.all_tickets() == []


def test_reply_note_and_status(hub: TestHub, agent: HubClient) -> None:
    customer = hub.customer()
    ticket = submission.send_ticket(customer, TicketDraft(title="Help", body=""))
    reply = CommentDraft(ticket.id, "Try again please")
    submission.send_comment(agent, reply)
    submission.send_comment(agent, reply)  # idempotent too
    submission.send_comment(agent, CommentDraft(ticket.id, "internal detail", internal=True))
    seen_by_customer = customer.ticket(ticket.id)
    assert [c.body for c in seen_by_customer.comments] == ["Try again please"]
    assert len(agent.ticket(ticket.id).comments) == 2
    assert seen_by_customer.status is Status.OPEN  # the agent's first reply acknowledged it
    resolved = submission.change_ticket(agent, ticket.id, status="resolved")
    assert resolved.status is Status.RESOLVED
    closed = submission.change_ticket(customer, ticket.id, status="closed")
    assert closed.status is Status.CLOSED
    with pytest.raises(HubError) as caught:
        submission.change_ticket(customer, ticket.id, priority="P1")
    assert caught.value.status in (403, 409, 422)


def test_file_draft_from_path(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "screen.png"
    path.write_bytes(PNG)
    draft = FileDraft.from_path(path)
    assert (draft.name, draft.mime, draft.size) == ("screen.png", "image/png", len(PNG))
