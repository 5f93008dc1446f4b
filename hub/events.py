"""Live events: a small broker interface, in-process for one hub.

Events are queued on the SQLAlchemy session while a request works and are
published only after its transaction commits, so nobody hears of a change that
was rolled back. Publishing is thread-safe (routes run on worker threads);
each subscriber is an asyncio queue owned by one WebSocket connection.
"""

from __future__ import annotations

import asyncio
import itertools
import threading
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy import event as sa_event
from sqlalchemy.orm import Session


@dataclass(frozen=True)
class Audience:
    """Who may hear an event: every agent, plus the ticket's customer unless internal."""

    customer_id: int | None
    agents_only: bool = False

    def admits(self, user_id: int, is_agent: bool) -> bool:
        return is_agent or (not self.agents_only and user_id == self.customer_id)


@dataclass
class Event:
    type: str
    ticket_id: int | None
    audience: Audience
    data: dict[str, Any] = field(default_factory=dict)
    seq: int = 0

    def message(self) -> dict[str, Any]:
        return {"seq": self.seq, "type": self.type, "ticket_id": self.ticket_id, **self.data}


class Subscription:
    """One listener; if it falls far behind it is closed and must resync."""

    def __init__(self, loop: asyncio.AbstractEventLoop, user_id: int, is_agent: bool) -> None:
        self.loop = loop
        self.user_id = user_id
        self.is_agent = is_agent
        self.queue: asyncio.Queue[Event | None] = asyncio.Queue(maxsize=1000)
        self.overflowed = False

    def offer(self, event: Event) -> None:  # runs on the subscriber's loop
        if self.overflowed:
            return
        try:
            self.queue.put_nowait(event)
        except asyncio.QueueFull:
            self.overflowed = True
            while not self.queue.empty():
                self.queue.get_nowait()
            self.queue.put_nowait(None)

    async def next(self) -> Event | None:
        """The next event, or None when this subscriber fell behind."""
        return await self.queue.get()


class Broker(Protocol):
    def publish(self, event: Event) -> None: ...
    def subscribe(
        self, loop: asyncio.AbstractEventLoop, user_id: int, is_agent: bool
    ) -> Subscription: ...
    def unsubscribe(self, sub: Subscription) -> None: ...


class InProcessBroker:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._seq = itertools.count(1)
        self._subs: set[Subscription] = set()

    def publish(self, event: Event) -> None:
        with self._lock:
            event.seq = next(self._seq)
            subs = list(self._subs)
        for sub in subs:
            if event.audience.admits(sub.user_id, sub.is_agent):
                try:
                    sub.loop.call_soon_threadsafe(sub.offer, event)
                except RuntimeError:  # its loop has closed
                    self.unsubscribe(sub)

    def subscribe(
        self, loop: asyncio.AbstractEventLoop, user_id: int, is_agent: bool
    ) -> Subscription:
        sub = Subscription(loop, user_id, is_agent)
        with self._lock:
            self._subs.add(sub)
        return sub

    def unsubscribe(self, sub: Subscription) -> None:
        with self._lock:
            self._subs.discard(sub)

    @property
    def subscriber_count(self) -> int:
        with self._lock:
            return len(self._subs)


def queue_event(session: Session, event: Event) -> None:
    """Publish `event` once the session's transaction commits."""
    session.info.setdefault("kefu_events", []).append(event)


def bind_broker(session: Session, broker: Broker) -> None:
    session.info["kefu_broker"] = broker


@sa_event.listens_for(Session, "after_commit")
def _publish_after_commit(session: Session) -> None:
    events: list[Event] = session.info.pop("kefu_events", [])
    broker: Broker | None = session.info.get("kefu_broker")
    if broker is not None:
        for ev in events:
            broker.publish(ev)


@sa_event.listens_for(Session, "after_rollback")
def _drop_after_rollback(session: Session) -> None:
    session.info.pop("kefu_events", None)
