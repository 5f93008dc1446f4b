"""The outbox in the app: a pump that sends queued reports in the background, and a
window listing them (queued, sending with progress, sent with the ticket number,
failed with the hub's message and a Retry button).

The pump runs the core `Sender` in short bursts on its own TaskRunner (never on
the GUI thread); each burst returns a snapshot of the items, which the model
shows. `install_outbox(window)` wires it into the main window: a status-bar
button ("2 reports waiting"), File ▸ Outbox…, and the tray.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from desktop.core import settings as settings_mod
from desktop.core.hubclient import HubClient
from desktop.core.outbox import FAILED, QUEUED, SENDING, SENT, Item, Outbox, for_profile
from desktop.core.outbox_lease import next_wakeup
from desktop.core.outbox_sender import Sender
from desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.ui.session import Session

log = logging.getLogger(__name__)

_boxes: dict[Path, Outbox] = {}
_boxes_lock = threading.Lock()
BURST_SECONDS = 5.0  # one background task sends for at most this long
IDLE_SECONDS = 2.0  # how often the outbox is looked at when nothing is due


def outbox_for(session: Session) -> tuple[Outbox, str] | None:
    """The session's outbox and the label its items go under (None before a hub is chosen).

    Forms pass these to `submission.send_ticket(..., outbox=, hub=)`."""
    label = settings_mod.token_key(session.settings)
    if label is None:
        return None
    with _boxes_lock:
        box = _boxes.get(session.profile.path)
        if box is None:
            box = _boxes[session.profile.path] = for_profile(session.profile)
    return box, label


def outbox_kwargs(session: Session) -> dict[str, Any]:
    """`outbox=` and `hub=` for `submission.send_ticket/send_comment` (empty before a hub)."""
    found = outbox_for(session)
    return {} if found is None else {"outbox": found[0], "hub": found[1]}


@dataclass(frozen=True)
class Snapshot:
    """What the pump saw after a burst: every item, and how long until it may look again."""

    items: tuple[Item, ...]
    pending: int
    failed: int
    next_in: float
    sending: bool = False  # a burst is under way with items to send


class OutboxPump(QObject):
    """Sends the outbox while someone is signed in.

    Signals: updated(Snapshot) — after every burst, on the GUI thread.
    """

    updated = Signal(object)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        # Not a child of the pump: a burst that ends after the window is gone must
        # still find its runner (the pump then just drops the result).
        self.runner = TaskRunner(max_threads=1)
        self.snapshot = Snapshot((), 0, 0, 0.0)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._burst)
        self._busy = False
        self._stopped = False
        self._clients: dict[tuple[str, str], HubClient] = {}
        session.signed_in.connect(lambda _user: self.wake())
        session.signed_out.connect(self.wake)
        session.online_changed.connect(lambda online: self.wake(reset=online))

    def _client(self) -> HubClient | None:
        """A client of our own for the sender's thread (requests sessions are not shared)."""
        shared = self.session.client
        if shared is None or not shared.token or self.session.user is None:
            return None
        key = (shared.hub_url, shared.token)
        if key not in self._clients:
            self._clients = {
                key: HubClient(
                    shared.hub_url,
                    shared.token,
                    ca_bundle=self.session.settings.ca_bundle,
                    allow_insecure_http=self.session.settings.allow_insecure_http,
                )
            }
        return self._clients[key]

    def wake(self, reset: bool = False) -> None:
        """Send now: something was queued, someone signed in, or the hub is back."""
        if reset and (found := outbox_for(self.session)) is not None:
            box, label = found
            self.runner.run(lambda: box.retry(hub=label), name="outbox reset", on_error=log.info)
        if not self._stopped:
            self._timer.start(0)

    def stop(self) -> None:
        """No more bursts (the window closes); a burst under way finishes on its own."""
        self._stopped = True
        self._timer.stop()

    def _burst(self) -> None:
        found = outbox_for(self.session)
        if self._busy or self._stopped or found is None:
            return
        box, label = found
        client = self._client()
        self._busy = True
        online = client is not None and self.session.online
        if online and self.snapshot.pending and not self.snapshot.sending:
            self.snapshot = replace(self.snapshot, sending=True)  # the tray says "Sending…"
            self.updated.emit(self.snapshot)
        self.runner.run(
            lambda: self._send(box, label, client),
            name="outbox",
            on_done=self._sent,
            on_error=self._failed,
        )

    @staticmethod
    def _send(box: Outbox, label: str, client: HubClient | None) -> Snapshot:
        sender = Sender(box, label, lambda: client)
        deadline = time.monotonic() + BURST_SECONDS
        while box.pending_count(label) and time.monotonic() < deadline:
            if sender.send_one().state not in (SENT, FAILED):
                break
        items = tuple(box.items())
        pending = sum(i.pending and i.hub == label for i in items)
        failed = sum(i.state == FAILED for i in items)
        # Look again soon: reports queued by a form or by `kefu submit` show up by themselves.
        wait = next_wakeup(box, label, IDLE_SECONDS) if pending and client else IDLE_SECONDS
        return Snapshot(items, pending, failed, wait)

    def summary(self, snapshot: Snapshot) -> str:
        """ "2 reports waiting to be sent", "1 report failed", or "" when all went."""
        parts = []
        if snapshot.pending and snapshot.sending:
            parts.append(self.tr("Sending %n report(s)…", "", snapshot.pending))
        elif snapshot.pending:
            parts.append(self.tr("%n report(s) waiting to be sent", "", snapshot.pending))
        if snapshot.failed:
            parts.append(self.tr("%n report(s) failed", "", snapshot.failed))
        return "; ".join(parts)

    def _sent(self, snapshot: Snapshot) -> None:
        self._busy = False
        if self._stopped:
            return  # the window is gone: nobody to show it to
        self.snapshot = snapshot
        self.updated.emit(snapshot)
        if not self._stopped:
            self._timer.start(int(max(0.2, snapshot.next_in) * 1000))

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        self.snapshot = replace(self.snapshot, sending=False)
        if self._stopped:
            return
        log.warning("outbox burst failed: %s", exc)
        if not self._stopped:
            self._timer.start(5000)


class OutboxModel(QAbstractTableModel):
    """The outbox's items, newest first: What, State, Details (the hub's message)."""

    COLUMNS = ("What", "State", "Details")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[Item] = []

    def set_items(self, items: tuple[Item, ...] | list[Item]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("What"), self.tr("State"), self.tr("Details"))[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return item
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == 0:
            kind = self.tr("Reply") if item.kind == "comment" else self.tr("Ticket")
            return f"{kind}: {item.title}"
        if index.column() == 1:
            return self.state_text(item)
        if item.state in (QUEUED, FAILED) and item.message:
            return item.message
        return ""

    def state_text(self, item: Item) -> str:
        """What a person reads in the State column."""
        if item.state == SENT:
            if item.result_number:
                return self.tr("Sent as %1").replace("%1", item.result_number)
            return self.tr("Sent")
        if item.state == FAILED:
            return self.tr("Failed")
        if item.state == SENDING:
            if item.fraction is not None:
                return self.tr("Sending… %1%").replace("%1", str(int(item.fraction * 100)))
            return self.tr("Sending…")
        if item.waiting == "signed_out":
            return self.tr("Waiting for you to sign in")
        if item.waiting == "other_account":
            return self.tr("Waiting for the account that filed it")
        if item.waiting in ("offline", "retrying"):
            return self.tr("Waiting for the connection")
        return self.tr("Queued")

    def item_at(self, row: int) -> Item | None:
        return self.items[row] if 0 <= row < len(self.items) else None


def install_outbox(window: Any) -> Any:
    """Wire the outbox into the main window; returns its `OutboxUi`."""
    from desktop.ui.outbox_dialog import OutboxUi

    return OutboxUi(window)
