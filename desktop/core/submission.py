"""The one path every write to the hub takes.

A draft gets its idempotency key when it is made, not when it is sent, so a
retry after a timeout can never file a ticket or a reply twice. The outbox
(a later issue) makes drafts durable by storing them before `send_*` runs;
nothing else in the client posts to the hub.
"""

from __future__ import annotations

import mimetypes
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.hubclient import CancelFn, HubClient
from desktop.core.models import Comment, TicketDetail

# (file index, bytes done in this file, bytes total over all files)
UploadProgressFn = Callable[[int, int, int], None]


def new_key() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True)
class FileDraft:
    """A file to attach: its bytes, as read when the user added it."""

    name: str
    data: bytes
    mime: str
    ocr_text: str | None = None

    @classmethod
    def from_path(cls, path: Path) -> FileDraft:
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return cls(name=path.name, data=path.read_bytes(), mime=mime)

    @property
    def size(self) -> int:
        return len(self.data)


@dataclass(frozen=True)
class TicketDraft:
    title: str
    body: str
    category_id: int | None = None
    priority: str | None = None
    fingerprint: str | None = None
    channel: str = "desktop"
    files: tuple[FileDraft, ...] = ()
    key: str = field(default_factory=new_key)


@dataclass(frozen=True)
class CommentDraft:
    ticket_id: int
    body: str
    internal: bool = False
    files: tuple[FileDraft, ...] = ()
    key: str = field(default_factory=new_key)


def _upload(
    client: HubClient,
    files: tuple[FileDraft, ...],
    progress: UploadProgressFn | None,
    cancel: CancelFn | None,
) -> list[dict[str, Any]]:
    total = sum(f.size for f in files)
    done_before = 0
    refs: list[dict[str, Any]] = []
    for index, draft in enumerate(files):
        base = done_before

        def on_bytes(done: int, _size: int, index: int = index, base: int = base) -> None:
            if progress is not None:
                progress(index, base + done, total)

        blob = client.put_blob(draft.data, draft.mime, progress=on_bytes, cancel=cancel)
        done_before += draft.size
        ref: dict[str, Any] = {"sha256": blob.sha256, "name": draft.name}
        if draft.ocr_text:
            ref["ocr_text"] = draft.ocr_text
        refs.append(ref)
    return refs


def send_ticket(
    client: HubClient,
    draft: TicketDraft,
    *,
    progress: UploadProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> TicketDetail:
    """Upload the draft's files as blobs, then create the ticket (idempotent)."""
    attachments = _upload(client, draft.files, progress, cancel)
    body: dict[str, Any] = {
        "title": draft.title,
        "body": draft.body,
        "channel": draft.channel,
        "attachments": attachments,
    }
    if draft.category_id is not None:
        body["category_id"] = draft.category_id
    if draft.priority:
        body["priority"] = draft.priority
    if draft.fingerprint:
        body["fingerprint"] = draft.fingerprint
    return client.create_ticket(body, draft.key)


def send_comment(
    client: HubClient,
    draft: CommentDraft,
    *,
    progress: UploadProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> Comment:
    """A public reply or (agents) an internal note, with its files."""
    attachments = _upload(client, draft.files, progress, cancel)
    body: dict[str, Any] = {"body": draft.body, "internal": draft.internal}
    if attachments:
        body["attachments"] = attachments
    return client.add_comment(draft.ticket_id, body, draft.key)


def change_ticket(client: HubClient, ticket_id: int, **changes: Any) -> TicketDetail:
    """Status, priority, assignee, category or group (PATCH is idempotent by nature)."""
    return client.update_ticket(ticket_id, changes)


def record_deflection(client: HubClient, article_id: int, query: str | None = None) -> None:
    """ "This solved it": the knowledge-base article answered it and nothing is filed."""
    body: dict[str, Any] = {"article_id": article_id}
    if query:
        body["query"] = query[:5000]
    client.request("POST", "/kb/deflections", json=body)
