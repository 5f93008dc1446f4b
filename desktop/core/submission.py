"""The one path every write to the hub takes.

A draft gets its idempotency key when it is made, not when it is sent, so a
retry after a timeout can never file a ticket or a reply twice. Every create
goes through an outbox (`desktop.core.outbox`): stored first, then sent by
its sender. With the profile's outbox (`outbox=`), a report the hub cannot
take now stays queued on disk and `Queued` is raised; without one, a private
scratch outbox is used and the hub's error is raised as before.
"""

from __future__ import annotations

import atexit
import mimetypes
import shutil
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.hubclient import CancelFn, HubClient, HubError, UploadCancelled
from desktop.core.models import Comment, TicketDetail
from desktop.core.outbox import FAILED, SENT, KeyConflict, Outbox, StoredFile
from desktop.core.outbox_limits import check_files, limits_for
from desktop.core.outbox_sender import Sender

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


class Queued(HubError):
    """The hub cannot take it now; it is safe in the outbox and will be sent later."""

    def __init__(self, item_id: int, cause: HubError | None) -> None:
        super().__init__(
            0,
            "queued",
            "Saved in the outbox: it will be sent as soon as the hub can be reached.",
            cause.message if cause is not None else None,
        )
        self.item_id = item_id
        self.cause = cause


def _enqueue(outbox: Outbox, **item: Any) -> int:
    try:
        return outbox.enqueue(**item)
    except KeyConflict as exc:
        raise HubError(
            409,
            "idempotency_conflict",
            "This report was already sent with other content; send it as a new one.",
        ) from exc


def check_limits(client: HubClient, files: tuple[FileDraft, ...]) -> None:
    """Refuse, before queueing, what the hub would refuse: a file over its size
    limit or more files than it takes (raises outbox_limits.LimitExceeded)."""
    if files:
        check_files([(f.name, f.size) for f in files], limits_for(client))


def _stored(files: tuple[FileDraft, ...]) -> tuple[StoredFile, ...]:
    return tuple(StoredFile(f.name, f.data, f.mime, f.ocr_text) for f in files)


def ticket_payload(draft: TicketDraft) -> dict[str, Any]:
    """The create body without attachments (the sender adds them by hash)."""
    body: dict[str, Any] = {"title": draft.title, "body": draft.body, "channel": draft.channel}
    if draft.category_id is not None:
        body["category_id"] = draft.category_id
    if draft.priority:
        body["priority"] = draft.priority
    if draft.fingerprint:
        body["fingerprint"] = draft.fingerprint
    return body


def queue_ticket(outbox: Outbox, draft: TicketDraft, hub: str, **extra: Any) -> int:
    """Store a new ticket in the outbox (nothing is sent); returns the item id.

    `extra` goes into the body as is (`category="slug"` is resolved when sent)."""
    payload = {**ticket_payload(draft), **extra}
    return _enqueue(
        outbox, kind="ticket", key=draft.key, hub=hub, payload=payload, files=_stored(draft.files)
    )


def queue_comment(outbox: Outbox, draft: CommentDraft, hub: str) -> int:
    payload = {"body": draft.body, "internal": draft.internal}
    return _enqueue(
        outbox,
        kind="comment",
        key=draft.key,
        hub=hub,
        payload=payload,
        files=_stored(draft.files),
        ticket_id=draft.ticket_id,
    )


_scratch: Outbox | None = None
_scratch_lock = threading.Lock()


def _scratch_outbox() -> Outbox:
    """For callers without a profile (scripts, tests): this process's own outbox."""
    global _scratch
    with _scratch_lock:
        if _scratch is None:
            folder = tempfile.mkdtemp(prefix="kefu-outbox-")
            atexit.register(shutil.rmtree, folder, True)
            _scratch = Outbox(Path(folder))
        return _scratch


def _sent_result(client: HubClient, kind: str, result_id: int, ticket_id: int | None) -> Any:
    """The result of an item another sender delivered."""
    if kind == "ticket":
        return client.ticket(result_id)
    assert ticket_id is not None
    for comment in client.ticket(ticket_id).comments:
        if comment.id == result_id:
            return comment
    raise HubError(404, "not_found", "The reply was sent but cannot be shown.")


def send_now(
    client: HubClient,
    outbox: Outbox,
    hub: str,
    item_id: int,
    *,
    durable: bool = True,
    progress: UploadProgressFn | None = None,
    cancel: CancelFn | None = None,
    wait: float = 600.0,
) -> Any:
    """Deliver one queued item now; its result, or `Queued` (durable) / the hub's error."""
    sender = Sender(outbox, hub, lambda: client)
    deadline = time.monotonic() + wait
    while True:
        try:
            outcome = sender.send_one(item_id, progress=progress, cancel=cancel)
        except UploadCancelled:
            item = outbox.get(item_id)
            if item is not None and not item.posted:
                outbox.discard(item_id)  # the person cancelled: nothing is filed
            raise
        if outcome.state == SENT:
            return outcome.result
        if outcome.state == FAILED and outcome.error is not None:
            raise outcome.error
        if outcome.state in ("retry", "waiting"):
            if durable:
                raise Queued(item_id, outcome.error)
            raise outcome.error or HubError(401, "not_authenticated", "Please sign in.")
        item = outbox.get(item_id)  # another sender has it, or it was done before
        if item is None:
            raise HubError(0, "discarded", "This report was removed from the outbox.")
        if item.state == SENT and item.result_id is not None:
            return _sent_result(client, item.kind, item.result_id, item.ticket_id)
        if item.state == FAILED:
            raise HubError(422, item.error or "failed", item.message or "The hub refused it.")
        if time.monotonic() > deadline:
            raise Queued(item_id, None)
        time.sleep(0.1)


def send_ticket(
    client: HubClient,
    draft: TicketDraft,
    *,
    progress: UploadProgressFn | None = None,
    cancel: CancelFn | None = None,
    outbox: Outbox | None = None,
    hub: str | None = None,
) -> TicketDetail:
    """Store the draft in the outbox, then upload its files as blobs and create the
    ticket (idempotent). `hub` labels the item for the profile's senders."""
    check_limits(client, draft.files)
    box = outbox or _scratch_outbox()
    label = hub or client.hub_url
    item_id = queue_ticket(box, draft, label)
    result = send_now(
        client, box, label, item_id, durable=outbox is not None, progress=progress, cancel=cancel
    )
    assert isinstance(result, TicketDetail)
    return result


def send_comment(
    client: HubClient,
    draft: CommentDraft,
    *,
    progress: UploadProgressFn | None = None,
    cancel: CancelFn | None = None,
    outbox: Outbox | None = None,
    hub: str | None = None,
) -> Comment:
    """A public reply or (agents) an internal note, with its files, through the outbox."""
    check_limits(client, draft.files)
    box = outbox or _scratch_outbox()
    label = hub or client.hub_url
    item_id = queue_comment(box, draft, label)
    result = send_now(
        client, box, label, item_id, durable=outbox is not None, progress=progress, cancel=cancel
    )
    assert isinstance(result, Comment)
    return result


def change_ticket(client: HubClient, ticket_id: int, **changes: Any) -> TicketDetail:
    """Status, priority, assignee, category or group (PATCH is idempotent by nature)."""
    return client.update_ticket(ticket_id, changes)


def record_deflection(client: HubClient, article_id: int, query: str | None = None) -> None:
    """ "This solved it": the knowledge-base article answered it and nothing is filed."""
    body: dict[str, Any] = {"article_id": article_id}
    if query:
        body["query"] = query[:5000]
    client.request("POST", "/kb/deflections", json=body)
