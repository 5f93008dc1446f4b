"""The outbox: every new ticket and reply is stored here before it goes to the hub.

One SQLite file in the profile (WAL, synchronous=FULL), and the attachments
copied into the profile by their SHA-256, so a report survives a crash, a
reboot or the original files being deleted. Each item keeps the
Idempotency-Key it was made with, so every retry is safe. A lease (owner,
until) lets the GUI and the CLI drain the same outbox: one sender works on an
item at a time, and a dead sender's lease is taken over. Sending lives in
`desktop.core.outbox_sender`; this module only stores.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from desktop.core import profile
from desktop.core.outbox_items import (
    FAILED,
    QUEUED,
    SCHEMA,
    SENDING,
    SENT,
    Item,
    KeyConflict,
    OutboxFile,
    StoredFile,
    item_from_row,
    lease_is_free,
)
from desktop.core.profile import Profile

__all__ = [
    "FAILED",
    "QUEUED",
    "SENDING",
    "SENT",
    "Item",
    "KeyConflict",
    "Outbox",
    "OutboxFile",
    "StoredFile",
]

SENT_KEPT_SECONDS = 14 * 24 * 3600  # sent items stay listed (with their number) this long
STALE_TMP_SECONDS = 3600  # a half-written copy left by a crashed process


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # Windows cannot open directories; its rename is durable enough
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class Outbox:
    """The outbox of one profile: `Outbox(profile_dir / "outbox")`.

    Safe to use from several threads and processes: every call opens its own
    short transaction, and writes take SQLite's write lock (BEGIN IMMEDIATE).
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.blob_dir = folder / "blobs"
        self.blob_dir.mkdir(parents=True, exist_ok=True)
        self.db_path = folder / "outbox.db"
        with self._connect() as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.executescript(SCHEMA)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.db_path, timeout=30.0, isolation_level=None)
        try:
            db.row_factory = sqlite3.Row
            db.execute("PRAGMA synchronous=FULL")  # a commit is on disk before we go on
            db.execute("PRAGMA foreign_keys=ON")
            db.execute("PRAGMA busy_timeout=30000")
            yield db
        finally:
            db.close()

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction holding the database's write lock."""
        with self._connect() as db:
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")

    # -- storing ------------------------------------------------------------------------

    def blob_path(self, sha256: str) -> Path:
        return self.blob_dir / sha256

    def _store_blob(self, file: StoredFile) -> None:
        path = self.blob_path(file.sha256)
        if path.exists() and path.stat().st_size == len(file.data):
            return  # content-addressed: the same bytes are already here
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as out:
            out.write(file.data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
        _fsync_dir(self.blob_dir)

    def enqueue(
        self,
        *,
        kind: str,
        key: str,
        hub: str,
        payload: dict[str, Any],
        files: tuple[StoredFile, ...] = (),
        ticket_id: int | None = None,
    ) -> int:
        """Store an item durably and return its id; nothing is sent here.

        The same key again returns the same item. Its content is replaced only
        while the hub cannot have it (no create made yet, or the hub refused it);
        other content under a key the hub may hold raises KeyConflict.
        """
        now = time.time()
        text = json.dumps(payload, ensure_ascii=False, sort_keys=True)
        # The blobs are written under the write lock, so a concurrent clean-up
        # (also under the lock) can never remove a file a new item is about to use.
        with self.write() as db:
            row = db.execute("SELECT * FROM items WHERE key = ?", (key,)).fetchone()
            # A refused (failed) create left nothing on the hub, so it may be replaced.
            may_be_on_hub = row is not None and row["posted"] and row["state"] != FAILED
            if row is not None and (may_be_on_hub or row["state"] == SENT):
                if not self._same(db, row, text, files):
                    raise KeyConflict(key)
                return int(row["id"])
            for file in files:
                self._store_blob(file)
            if row is not None:
                item_id = int(row["id"])
                db.execute(
                    "UPDATE items SET payload = ?, ticket_id = ?, state = ?, error = NULL, "
                    "message = NULL, next_at = 0, posted = 0, updated_at = ? WHERE id = ?",
                    (text, ticket_id, QUEUED, now, item_id),
                )
                db.execute("DELETE FROM files WHERE item_id = ?", (item_id,))
            else:
                cursor = db.execute(
                    "INSERT INTO items (kind, key, hub, ticket_id, payload, state, "
                    "progress_total, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (kind, key, hub, ticket_id, text, QUEUED, 0, now, now),
                )
                item_id = int(cursor.lastrowid or 0)
            db.executemany(
                "INSERT INTO files (item_id, position, name, mime, sha256, size, ocr_text) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (item_id, i, f.name, f.mime, f.sha256, len(f.data), f.ocr_text)
                    for i, f in enumerate(files)
                ],
            )
            db.execute(
                "UPDATE items SET progress_total = ? WHERE id = ?",
                (sum(len(f.data) for f in files), item_id),
            )
        return item_id

    @staticmethod
    def _same(
        db: sqlite3.Connection, row: sqlite3.Row, text: str, files: tuple[StoredFile, ...]
    ) -> bool:
        stored = [
            (r["name"], r["mime"], r["sha256"], r["ocr_text"])
            for r in db.execute(
                "SELECT * FROM files WHERE item_id = ? ORDER BY position", (row["id"],)
            )
        ]
        wanted = [(f.name, f.mime, f.sha256, f.ocr_text) for f in files]
        return bool(row["payload"] == text and stored == wanted)

    def read_blob(self, sha256: str) -> bytes:
        """The stored bytes of an attachment, checked against their hash."""
        data = self.blob_path(sha256).read_bytes()
        if hashlib.sha256(data).hexdigest() != sha256:
            raise OSError(f"the stored copy of {sha256[:12]}… is damaged")
        return data

    # -- reading ------------------------------------------------------------------------

    def _files(self, db: sqlite3.Connection, item_ids: list[int]) -> dict[int, list[OutboxFile]]:
        out: dict[int, list[OutboxFile]] = {i: [] for i in item_ids}
        if not item_ids:
            return out
        marks = ",".join("?" * len(item_ids))
        for row in db.execute(
            f"SELECT * FROM files WHERE item_id IN ({marks}) ORDER BY item_id, position",
            item_ids,
        ):
            out[int(row["item_id"])].append(
                OutboxFile(
                    position=row["position"],
                    name=row["name"],
                    mime=row["mime"],
                    sha256=row["sha256"],
                    size=row["size"],
                    ocr_text=row["ocr_text"],
                    uploaded=bool(row["uploaded"]),
                )
            )
        return out

    def _items(self, db: sqlite3.Connection, where: str, args: tuple[Any, ...]) -> list[Item]:
        rows = db.execute(f"SELECT * FROM items {where}", args).fetchall()
        files = self._files(db, [int(r["id"]) for r in rows])
        return [item_from_row(r, files[int(r["id"])]) for r in rows]

    def get(self, item_id: int) -> Item | None:
        with self._connect() as db:
            found = self._items(db, "WHERE id = ?", (item_id,))
        return found[0] if found else None

    def items(self, hub: str | None = None) -> list[Item]:
        """Every item (newest first), for one hub or all."""
        with self._connect() as db:
            if hub is None:
                return self._items(db, "ORDER BY id DESC", ())
            return self._items(db, "WHERE hub = ? ORDER BY id DESC", (hub,))

    def pending_count(self, hub: str | None = None) -> int:
        """Items not yet sent and not failed."""
        sql = "SELECT COUNT(*) FROM items WHERE state IN (?, ?)"
        args: tuple[Any, ...] = (QUEUED, SENDING)
        if hub is not None:
            sql, args = sql + " AND hub = ?", (*args, hub)
        with self._connect() as db:
            return int(db.execute(sql, args).fetchone()[0])

    def hub_state(self, hub: str) -> tuple[int, float, str | None]:
        """(consecutive failures, next try as time.time(), last message) for a hub."""
        with self._connect() as db:
            row = db.execute("SELECT * FROM hubs WHERE hub = ?", (hub,)).fetchone()
        if row is None:
            return 0, 0.0, None
        return int(row["failures"]), float(row["next_at"]), row["message"]

    # -- what a person can do -----------------------------------------------------------

    def retry(self, item_id: int | None = None, hub: str | None = None) -> None:
        """Send again now: a failed item (or every waiting item) is queued without delay."""
        now = time.time()
        with self.write() as db:
            if item_id is not None:
                db.execute(
                    "UPDATE items SET state = ?, next_at = 0, error = NULL, message = NULL, "
                    "updated_at = ? WHERE id = ? AND state IN (?, ?)",
                    (QUEUED, now, item_id, QUEUED, FAILED),
                )
                row = db.execute("SELECT hub FROM items WHERE id = ?", (item_id,)).fetchone()
                hub = row["hub"] if row is not None else hub
            if hub is not None:
                db.execute("UPDATE hubs SET next_at = 0 WHERE hub = ?", (hub,))
                db.execute(
                    "UPDATE items SET next_at = 0 WHERE hub = ? AND state = ?", (hub, QUEUED)
                )

    def discard(self, item_id: int) -> bool:
        """Remove an item nobody is sending and the hub never got; False if it cannot go."""
        with self.write() as db:
            row = db.execute("SELECT * FROM items WHERE id = ?", (item_id,)).fetchone()
            if row is None:
                return True
            busy = not lease_is_free(row["lease_owner"], row["lease_until"], time.time())
            if row["state"] == SENT or busy:
                return False
            db.execute("DELETE FROM items WHERE id = ?", (item_id,))
            self._collect(db)
        return True

    # -- clean-up -----------------------------------------------------------------------

    def _collect(self, db: sqlite3.Connection) -> None:
        """Drop blob files no unsent item needs, and old sent items (under the write lock)."""
        db.execute(
            "DELETE FROM items WHERE state = ? AND sent_at < ?",
            (SENT, time.time() - SENT_KEPT_SECONDS),
        )
        needed = {
            row[0]
            for row in db.execute(
                "SELECT DISTINCT f.sha256 FROM files f JOIN items i ON i.id = f.item_id "
                "WHERE i.state != ?",
                (SENT,),
            )
        }
        stale = time.time() - STALE_TMP_SECONDS
        for path in self.blob_dir.iterdir():
            if path.name.endswith(".tmp"):
                if path.stat().st_mtime < stale:
                    path.unlink(missing_ok=True)
            elif path.name not in needed:
                path.unlink(missing_ok=True)

    def drop_blobs(self, db: sqlite3.Connection, item_id: int) -> None:
        """After an item is sent: remove its stored files unless another unsent item
        uses the same bytes (under the write lock, like enqueue)."""
        for (sha,) in db.execute(
            "SELECT DISTINCT sha256 FROM files WHERE item_id = ?", (item_id,)
        ).fetchall():
            other = db.execute(
                "SELECT 1 FROM files f JOIN items i ON i.id = f.item_id "
                "WHERE f.sha256 = ? AND i.state != ? AND i.id != ? LIMIT 1",
                (sha, SENT, item_id),
            ).fetchone()
            if other is None:
                self.blob_path(sha).unlink(missing_ok=True)

    def collect(self) -> None:
        with self.write() as db:
            self._collect(db)


def for_profile(prof: Profile | None = None) -> Outbox:
    """The outbox of a profile (the current one by default): `<profile>/outbox/`."""
    return Outbox((prof or profile.current()).path / "outbox")
