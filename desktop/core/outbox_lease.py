"""State changes of outbox items, made by one sender under its lease.

Every change is one short write transaction, committed to disk before the
sender goes on (synchronous=FULL), so a crash at any point leaves the item in
a state another sender can continue from: blobs already uploaded are marked,
and the create request is repeated with the same Idempotency-Key.
"""

from __future__ import annotations

import json
import time
from typing import Any

from desktop.core.outbox import Outbox
from desktop.core.outbox_items import (
    FAILED,
    QUEUED,
    SENDING,
    SENT,
    Item,
    item_from_row,
    lease_is_free,
)


class Leases:
    """What one sender (`sender_id`) may do to the items it holds."""

    def __init__(self, outbox: Outbox, sender_id: str, seconds: float = 60.0) -> None:
        self.outbox = outbox
        self.sender_id = sender_id
        self.seconds = seconds

    def claim(self, hub: str, owner_id: int, item_id: int | None = None) -> Item | None:
        """Take the oldest item this sender may send now (or that one item), or None.

        Items bound to another account are left alone; an item with no account
        yet is bound to `owner_id` (the hub's idempotency keys are per user).
        """
        now = time.time()
        with self.outbox.write() as db:
            if item_id is None:
                row = db.execute("SELECT next_at FROM hubs WHERE hub = ?", (hub,)).fetchone()
                if row is not None and row["next_at"] > now:
                    return None  # the hub is in back-off: nobody sends to it yet
            sql = (
                "SELECT * FROM items WHERE hub = ? AND state IN (?, ?) "
                "AND (owner_id IS NULL OR owner_id = ?)"
            )
            args: list[Any] = [hub, QUEUED, SENDING, owner_id]
            if item_id is not None:
                sql += " AND id = ?"
                args.append(item_id)
            else:
                sql += " AND next_at <= ?"
                args.append(now)
            for row in db.execute(sql + " ORDER BY id", args).fetchall():
                mine = row["lease_owner"] == self.sender_id
                if not mine and not lease_is_free(row["lease_owner"], row["lease_until"], now):
                    continue
                db.execute(
                    "UPDATE items SET state = ?, lease_owner = ?, lease_until = ?, "
                    "owner_id = COALESCE(owner_id, ?), attempts = attempts + 1, waiting = NULL, "
                    "updated_at = ? WHERE id = ?",
                    (SENDING, self.sender_id, now + self.seconds, owner_id, now, row["id"]),
                )
                fresh = db.execute("SELECT * FROM items WHERE id = ?", (row["id"],)).fetchone()
                files = self.outbox._files(db, [int(row["id"])])[int(row["id"])]
                return item_from_row(fresh, files)
        return None

    def _update(self, item_id: int, sql: str, args: tuple[Any, ...]) -> bool:
        """Change an item this sender holds; False when the lease was lost."""
        with self.outbox.write() as db:
            cursor = db.execute(
                f"UPDATE items SET {sql}, updated_at = ? WHERE id = ? AND lease_owner = ?",
                (*args, time.time(), item_id, self.sender_id),
            )
            return cursor.rowcount == 1

    def progress(self, item_id: int, done: int) -> bool:
        """Record upload progress and renew the lease."""
        return self._update(
            item_id,
            "progress_done = ?, lease_until = ?",
            (done, time.time() + self.seconds),
        )

    def uploaded(self, item_id: int, position: int, done: int, last: bool = False) -> None:
        """One blob is on the hub: it is never uploaded again for this item. After
        the `last` one the create follows at once, so `posted` is set in the same write."""
        with self.outbox.write() as db:
            db.execute(
                "UPDATE files SET uploaded = 1 WHERE item_id = ? AND position = ?",
                (item_id, position),
            )
            db.execute(
                "UPDATE items SET progress_done = ?, lease_until = ?, updated_at = ?, "
                "posted = MAX(posted, ?) WHERE id = ? AND lease_owner = ?",
                (done, time.time() + self.seconds, time.time(), int(last), item_id, self.sender_id),
            )

    def forget_uploads(self, item_id: int) -> None:
        """The hub lost our blobs (removed unreferenced after a day): upload them again."""
        with self.outbox.write() as db:
            db.execute("UPDATE files SET uploaded = 0 WHERE item_id = ?", (item_id,))

    def set_payload(self, item_id: int, payload: dict[str, Any]) -> None:
        text = json.dumps(payload, ensure_ascii=False, sort_keys=True)
        self._update(item_id, "payload = ?", (text,))

    def posted(self, item_id: int) -> None:
        """The create request is about to be made: from now on the body never changes."""
        self._update(item_id, "posted = 1, lease_until = ?", (time.time() + self.seconds,))

    def sent(self, item_id: int, result_id: int, number: str | None) -> None:
        # Not conditional on the lease: the hub has it, whoever else thought they held it.
        now = time.time()
        with self.outbox.write() as db:
            db.execute(
                "UPDATE items SET state = ?, result_id = ?, result_number = ?, sent_at = ?, "
                "lease_owner = NULL, lease_until = NULL, progress_done = progress_total, "
                "error = NULL, message = NULL, waiting = NULL, updated_at = ? WHERE id = ?",
                (SENT, result_id, number, now, now, item_id),
            )
            self.outbox.drop_blobs(db, item_id)

    def failed(self, item_id: int, error: str, message: str, retryable: bool) -> None:
        self._update(
            item_id,
            "state = ?, error = ?, message = ?, retryable = ?, lease_owner = NULL, "
            "lease_until = NULL",
            (FAILED, error, message, int(retryable)),
        )

    def release(
        self, item_id: int, *, waiting: str | None, message: str | None, delay: float = 0.0
    ) -> None:
        """Back to queued (not sent, not failed), to be tried again after `delay`."""
        self._update(
            item_id,
            "state = ?, waiting = ?, message = ?, next_at = ?, lease_owner = NULL, "
            "lease_until = NULL",
            (QUEUED, waiting, message, time.time() + delay),
        )

    # -- the hub as a whole ---------------------------------------------------------------

    def hub_failed(self, hub: str, message: str, delay_for: Any) -> float:
        """One more failure to reach the hub; returns the delay chosen by `delay_for(n)`."""
        with self.outbox.write() as db:
            row = db.execute("SELECT failures FROM hubs WHERE hub = ?", (hub,)).fetchone()
            failures = (int(row["failures"]) if row is not None else 0) + 1
            delay = float(delay_for(failures))
            db.execute(
                "INSERT INTO hubs (hub, failures, next_at, message) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (hub) DO UPDATE SET failures = excluded.failures, "
                "next_at = excluded.next_at, message = excluded.message",
                (hub, failures, time.time() + delay, message),
            )
        return delay

    def hub_ok(self, hub: str) -> None:
        if self.outbox.hub_state(hub)[0] == 0:
            return  # the usual case: no write (and no fsync) needed
        with self.outbox.write() as db:
            db.execute(
                "UPDATE hubs SET failures = 0, next_at = 0, message = NULL WHERE hub = ? "
                "AND failures > 0",
                (hub,),
            )

    def set_waiting(self, hub: str, waiting: str | None, message: str | None) -> None:
        """Say why the hub's queued items are not moving (e.g. nobody is signed in)."""
        with self.outbox.write() as db:
            db.execute(
                "UPDATE items SET waiting = ?, message = ? WHERE hub = ? AND state = ? "
                "AND (waiting IS NOT ? OR message IS NOT ?)",
                (waiting, message, hub, QUEUED, waiting, message),
            )


def mark_other_accounts(outbox: Outbox, hub: str, owner_id: int) -> None:
    """Items filed under another account of this hub wait for that account, and say so."""
    with outbox.write() as db:
        db.execute(
            "UPDATE items SET waiting = 'other_account', message = ? WHERE hub = ? "
            "AND state = ? AND owner_id IS NOT NULL AND owner_id != ? "
            "AND waiting IS NOT 'other_account'",
            (
                "Filed while another account was signed in; it is sent when that "
                "account signs in again.",
                hub,
                QUEUED,
                owner_id,
            ),
        )


def next_wakeup(outbox: Outbox, hub: str, idle: float) -> float:
    """Seconds until this hub's outbox may have something to send (at most `idle`)."""
    now = time.time()
    with outbox._connect() as db:
        row = db.execute("SELECT next_at FROM hubs WHERE hub = ?", (hub,)).fetchone()
        if row is not None and row["next_at"] > now:
            return min(idle, row["next_at"] - now)
        rows = db.execute(
            "SELECT next_at, lease_owner, lease_until FROM items WHERE hub = ? AND state IN (?, ?)",
            (hub, QUEUED, SENDING),
        ).fetchall()
    waits = [idle]
    for r in rows:
        if lease_is_free(r["lease_owner"], r["lease_until"], now):
            waits.append(max(0.0, r["next_at"] - now))
        else:
            waits.append(min(1.0, r["lease_until"] - now))  # another sender: look again soon
    return max(0.0, min(waits))


__all__ = ["FAILED", "Leases", "next_wakeup"]
