"""Sending the outbox: blobs first (by hash), then the create with its Idempotency-Key.

A `Sender` drains one hub's items. While the hub cannot be reached it backs
off exponentially with jitter (shared through the database, so the GUI and the
CLI do not both hammer a dead hub); while nobody is signed in the items wait
and say so. A refusal by the hub (4xx) fails the item with the hub's message;
anything transient leaves it queued. Plain threads and blocking calls: the UI
runs `run()` on a worker thread and watches the database.
"""

from __future__ import annotations

import hashlib
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desktop.core.hubclient import CancelFn, HubClient, HubError, UploadCancelled
from desktop.core.models import Comment, TicketDetail
from desktop.core.outbox import FAILED, SENT, Item, Outbox
from desktop.core.outbox_items import new_sender_id
from desktop.core.outbox_lease import Leases, mark_other_accounts, next_wakeup

ConnectFn = Callable[[], "HubClient | None"]  # a client with a token, or None (signed out)
ProgressFn = Callable[[int, int, int], None]  # (file index, bytes done, bytes total)

TRANSIENT_STATUS = frozenset({0, 408, 425, 429, 500, 502, 503, 504})
# Refusals a retry cannot fix without changing the report.
FINAL_ERRORS = frozenset(
    {"validation_failed", "blob_too_large", "not_an_image", "idempotency_conflict"}
)
# Above this size the hub is asked first (HEAD) even on a first try: the same
# screenshot may already be there from another report. Retries always ask.
ASK_FIRST_BYTES = 1024 * 1024
_PROGRESS_EVERY = 0.25  # seconds between progress writes (each one is an fsync)
_user_ids: dict[str, int] = {}  # sha256(token) → user id, for this process
_user_ids_lock = threading.Lock()


@dataclass(frozen=True)
class Outcome:
    """What one attempt did: sent / failed / retry (transient) / waiting / nothing."""

    state: str
    item_id: int | None = None
    result: TicketDetail | Comment | None = None
    error: HubError | None = None


def backoff(failures: int, base: float = 0.5, cap: float = 30.0) -> float:
    """Exponential back-off with jitter: about base·2ⁿ, never above cap, never in lockstep."""
    delay = min(cap, base * (2 ** max(0, failures - 1)))
    return delay * random.uniform(0.5, 1.0)


def is_transient(exc: HubError) -> bool:
    return exc.status in TRANSIENT_STATUS or exc.error == "unexpected_response"


def hub_has_blob(client: HubClient, sha256: str) -> bool:
    """`HEAD /blobs/{sha256}`: True when this user already uploaded these bytes."""
    try:
        client.request("HEAD", f"/blobs/{sha256}")
    except HubError as exc:
        if exc.status in (404, 405):  # 405: an older hub without HEAD
            return False
        raise
    return True


class Sender:
    """Sends one hub's outbox items. `hub` is the label the items were queued with."""

    def __init__(
        self,
        outbox: Outbox,
        hub: str,
        connect: ConnectFn,
        *,
        sender_id: str | None = None,
        lease_seconds: float = 60.0,
        base_delay: float = 0.5,
        max_delay: float = 30.0,
        on_change: Callable[[int | None], None] | None = None,
    ) -> None:
        self.outbox = outbox
        self.hub = hub
        self.connect = connect
        self.sender_id = sender_id or new_sender_id()
        self.leases = Leases(outbox, self.sender_id, lease_seconds)
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.on_change = on_change or (lambda _item_id: None)
        self._wake = threading.Event()
        self._categories: dict[str, int] | None = None
        self.skipped = 0  # blobs the hub already had (HEAD), so not uploaded again

    def wake(self) -> None:
        """Look at the outbox now (something was queued, or the hub is back)."""
        self._wake.set()

    # -- one attempt ------------------------------------------------------------------

    def _user_id(self, client: HubClient) -> int:
        token = hashlib.sha256((client.token or "").encode()).hexdigest()
        with _user_ids_lock:
            known = _user_ids.get(token)
        if known is None:
            known = client.me().id
            with _user_ids_lock:
                _user_ids[token] = known
        return known

    def send_one(
        self,
        item_id: int | None = None,
        *,
        progress: ProgressFn | None = None,
        cancel: CancelFn | None = None,
    ) -> Outcome:
        """Claim one item (the oldest, or `item_id`) and try to deliver it."""
        client = self.connect()
        if client is None or not client.token:
            self.leases.set_waiting(
                self.hub, "signed_out", "Waiting for you to sign in; it will be sent then."
            )
            return Outcome("waiting")
        try:
            user_id = self._user_id(client)
        except HubError as exc:
            return self._not_now(None, exc)
        item = self.leases.claim(self.hub, user_id, item_id)
        if item is None:
            mark_other_accounts(self.outbox, self.hub, user_id)
            return Outcome("nothing")
        self.on_change(item.id)
        try:
            result = self._deliver(client, item, progress, cancel)
        except HubError as exc:
            if exc.error == "blob_not_found":  # the hub dropped our blobs: upload again, once
                self.leases.forget_uploads(item.id)
                try:
                    fresh = self.outbox.get(item.id) or item
                    result = self._deliver(client, fresh, progress, cancel)
                except HubError as again:
                    return self._refused(item, again)
                except UploadCancelled:
                    self.leases.release(item.id, waiting=None, message=None)
                    raise
            else:
                return self._refused(item, exc)
        except UploadCancelled:
            self.leases.release(item.id, waiting=None, message=None)
            self.on_change(item.id)
            raise
        except OSError as exc:  # the stored copy is gone or damaged: nothing to retry with
            self.leases.failed(item.id, "attachment_damaged", str(exc), retryable=False)
            self.on_change(item.id)
            return Outcome(FAILED, item.id)
        number = result.number if isinstance(result, TicketDetail) else None
        self.leases.sent(item.id, result.id, number)
        self.leases.hub_ok(self.hub)
        self.on_change(item.id)
        return Outcome(SENT, item.id, result)

    def _refused(self, item: Item, exc: HubError) -> Outcome:
        if is_transient(exc) or exc.status == 401:
            return self._not_now(item, exc)
        self.leases.failed(item.id, exc.error, exc.message, exc.error not in FINAL_ERRORS)
        self.on_change(item.id)
        return Outcome(FAILED, item.id, error=exc)

    def _not_now(self, item: Item | None, exc: HubError) -> Outcome:
        """Transient trouble or an expired sign-in: the item waits, nothing is lost."""
        if exc.status == 401:
            with _user_ids_lock:
                _user_ids.clear()
            waiting, message = "signed_out", "Your sign-in expired; sign in again to send it."
            self.leases.set_waiting(self.hub, waiting, message)
        else:
            waiting, message = ("offline" if exc.unreachable else "retrying"), exc.message
            delay = self.leases.hub_failed(
                self.hub, message, lambda n: backoff(n, self.base_delay, self.max_delay)
            )
            self.leases.set_waiting(self.hub, waiting, message)
            if item is not None:
                self.leases.release(item.id, waiting=waiting, message=message, delay=delay)
        if item is not None and exc.status == 401:
            self.leases.release(item.id, waiting=waiting, message=message)
        self.on_change(item.id if item is not None else None)
        state = "waiting" if exc.status == 401 else "retry"
        return Outcome(state, item.id if item is not None else None, error=exc)

    def _category_id(self, client: HubClient, slug: str) -> int:
        if self._categories is None:
            self._categories = {c.slug: c.id for c in client.categories()}
        if slug not in self._categories:
            raise HubError(422, "unknown_category", f"The hub has no category “{slug}”.")
        return self._categories[slug]

    def _deliver(
        self, client: HubClient, item: Item, progress: ProgressFn | None, cancel: CancelFn | None
    ) -> TicketDetail | Comment:
        total = sum(f.size for f in item.files)
        done = sum(f.size for f in item.files if f.uploaded)
        last_write = time.monotonic()  # small files: no progress write at all
        posted = False
        for index, file in enumerate(item.files):
            if file.uploaded:
                continue
            if cancel is not None and cancel():
                raise UploadCancelled()
            last = index == len(item.files) - 1 and "category" not in item.payload
            retry = item.attempts > 1  # an earlier try may have sent these bytes already
            if (retry or file.size >= ASK_FIRST_BYTES) and hub_has_blob(client, file.sha256):
                done += file.size
                self.skipped += 1
                if progress is not None:
                    progress(index, done, total)
                self.leases.uploaded(item.id, file.position, done, last=last)
                posted = last
                continue
            data = self.outbox.read_blob(file.sha256)
            base = done

            def on_bytes(sent: int, _size: int, index: int = index, base: int = base) -> None:
                nonlocal last_write
                if progress is not None:
                    progress(index, base + sent, total)
                now = time.monotonic()
                if now - last_write >= _PROGRESS_EVERY:
                    last_write = now
                    self.leases.progress(item.id, base + sent)
                    self.on_change(item.id)

            client.put_blob(data, file.mime, progress=on_bytes, cancel=cancel)
            done += file.size
            self.leases.uploaded(item.id, file.position, done, last=last)
            posted = last
        payload = dict(item.payload)
        if "category" in payload:  # `kefu submit --category SLUG` queued offline
            payload["category_id"] = self._category_id(client, str(payload.pop("category")))
            self.leases.set_payload(item.id, payload)
        refs: list[dict[str, Any]] = []
        for file in item.files:
            ref: dict[str, Any] = {"sha256": file.sha256, "name": file.name}
            if file.ocr_text:
                ref["ocr_text"] = file.ocr_text
            refs.append(ref)
        if not posted:
            self.leases.posted(item.id)
        if item.kind == "ticket":
            return client.create_ticket({**payload, "attachments": refs}, item.key)
        if refs:
            payload["attachments"] = refs
        assert item.ticket_id is not None
        return client.add_comment(item.ticket_id, payload, item.key)

    # -- draining -----------------------------------------------------------------------

    def run(
        self,
        stop: threading.Event,
        *,
        until: Callable[[], bool] | None = None,
        idle: float = 2.0,
    ) -> None:
        """Send until `stop` is set (or `until()` is true), sleeping while nothing can go."""
        self.outbox.collect()  # leftovers of a crash, and sent items past their time
        while not stop.is_set():
            if until is not None and until():
                return
            outcome = self.send_one()
            if outcome.state in (SENT, FAILED):
                continue
            if outcome.state == "waiting":
                delay = idle  # nobody signed in: look again now and then
            else:
                # Held by another sender or in back-off: look again when it may move.
                delay = max(next_wakeup(self.outbox, self.hub, idle), min(idle, 0.3))
            self._wake.wait(delay)
            self._wake.clear()
