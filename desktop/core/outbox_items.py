"""What the outbox holds: items, their files and states, and who may send them."""

from __future__ import annotations

import hashlib
import json
import os
import socket
import sqlite3
import uuid
from dataclasses import dataclass
from typing import Any

# States. A queued item may also be `waiting` (signed_out, offline, other_account),
# which says why it is not moving; failed items keep the hub's message.
QUEUED = "queued"
SENDING = "sending"
SENT = "sent"
FAILED = "failed"

HOST = socket.gethostname()

SCHEMA = """
CREATE TABLE IF NOT EXISTS items (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,                -- 'ticket' | 'comment'
    key TEXT NOT NULL UNIQUE,          -- the Idempotency-Key
    hub TEXT NOT NULL,                 -- which hub (the settings' token key)
    owner_id INTEGER,                  -- the hub user it is sent as (bound on first send)
    ticket_id INTEGER,                 -- comments: the ticket they answer
    payload TEXT NOT NULL,             -- JSON body without attachments
    state TEXT NOT NULL,
    posted INTEGER NOT NULL DEFAULT 0, -- the create request has been made at least once
    attempts INTEGER NOT NULL DEFAULT 0,
    next_at REAL NOT NULL DEFAULT 0,
    lease_owner TEXT,
    lease_until REAL,
    progress_done INTEGER NOT NULL DEFAULT 0,
    progress_total INTEGER NOT NULL DEFAULT 0,
    waiting TEXT,                      -- why a queued item is not moving (signed_out, offline...)
    error TEXT,
    message TEXT,
    retryable INTEGER NOT NULL DEFAULT 1,
    result_id INTEGER,
    result_number TEXT,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    sent_at REAL
);
CREATE INDEX IF NOT EXISTS items_state ON items (hub, state, next_at);
CREATE TABLE IF NOT EXISTS files (
    item_id INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    mime TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    ocr_text TEXT,
    uploaded INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (item_id, position)
);
CREATE INDEX IF NOT EXISTS files_sha ON files (sha256);
CREATE TABLE IF NOT EXISTS hubs (
    hub TEXT PRIMARY KEY,
    failures INTEGER NOT NULL DEFAULT 0,
    next_at REAL NOT NULL DEFAULT 0,
    message TEXT
);
"""


class KeyConflict(Exception):
    """The key was already used for another report that may have reached the hub."""


class StoredFile:
    """A file to store with an item: its bytes (already read) and what the hub needs."""

    def __init__(self, name: str, data: bytes, mime: str, ocr_text: str | None = None) -> None:
        self.name = name
        self.data = data
        self.mime = mime
        self.ocr_text = ocr_text
        self.sha256 = hashlib.sha256(data).hexdigest()


def new_sender_id() -> str:
    """host:pid:random, so a lease left by a dead process on this host can be taken over."""
    return f"{HOST}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # exists (another user's), or we cannot tell: assume alive
    return True


def lease_is_free(owner: str | None, until: float | None, now: float) -> bool:
    """Nobody holds the lease: never taken, expired, or its process on this host is gone."""
    if owner is None or until is None or until <= now:
        return True
    host, _, rest = owner.partition(":")
    pid_text = rest.partition(":")[0]
    if host == HOST and pid_text.isdigit():
        return int(pid_text) != os.getpid() and not _pid_alive(int(pid_text))
    return False


@dataclass(frozen=True)
class OutboxFile:
    position: int
    name: str
    mime: str
    sha256: str
    size: int
    ocr_text: str | None
    uploaded: bool


@dataclass(frozen=True)
class Item:
    """One stored ticket or reply, as the outbox view and the sender see it."""

    id: int
    kind: str  # "ticket" | "comment"
    key: str
    hub: str
    owner_id: int | None
    ticket_id: int | None
    payload: dict[str, Any]
    state: str
    posted: bool
    attempts: int
    next_at: float
    lease_owner: str | None
    lease_until: float | None
    progress_done: int
    progress_total: int
    waiting: str | None
    error: str | None
    message: str | None
    retryable: bool
    result_id: int | None
    result_number: str | None
    created_at: float
    updated_at: float
    sent_at: float | None
    files: tuple[OutboxFile, ...] = ()

    @property
    def title(self) -> str:
        """What a person recognizes the item by: the ticket title or the reply's start."""
        if self.kind == "ticket":
            return str(self.payload.get("title", ""))
        body = str(self.payload.get("body", "")).strip().splitlines()
        return body[0][:80] if body else ""

    @property
    def pending(self) -> bool:
        return self.state in (QUEUED, SENDING)

    @property
    def fraction(self) -> float | None:
        """Upload progress 0..1 while sending, None when there is nothing to show."""
        if self.state != SENDING or self.progress_total <= 0:
            return None
        return min(1.0, self.progress_done / self.progress_total)


def item_from_row(row: sqlite3.Row, files: list[OutboxFile]) -> Item:
    return Item(
        id=row["id"],
        kind=row["kind"],
        key=row["key"],
        hub=row["hub"],
        owner_id=row["owner_id"],
        ticket_id=row["ticket_id"],
        payload=json.loads(row["payload"]),
        state=row["state"],
        posted=bool(row["posted"]),
        attempts=row["attempts"],
        next_at=row["next_at"],
        lease_owner=row["lease_owner"],
        lease_until=row["lease_until"],
        progress_done=row["progress_done"],
        progress_total=row["progress_total"],
        waiting=row["waiting"],
        error=row["error"],
        message=row["message"],
        retryable=bool(row["retryable"]),
        result_id=row["result_id"],
        result_number=row["result_number"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        sent_at=row["sent_at"],
        files=tuple(files),
    )
