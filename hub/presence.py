"""Which agents are looking at or replying to a ticket right now (in memory;
clients refresh every ~20 s, entries fade after a minute)."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from datetime import datetime

from hub.timeutil import utcnow

TTL_SECONDS = 60.0


@dataclass
class Seen:
    agent_id: int
    display_name: str
    state: str
    since: datetime
    touched: float


class Presence:
    def __init__(self) -> None:
        self._by_ticket: dict[int, dict[int, Seen]] = {}
        self._lock = threading.Lock()

    def set(self, ticket_id: int, agent_id: int, name: str, state: str) -> list[Seen]:
        with self._lock:
            here = self._by_ticket.setdefault(ticket_id, {})
            if state == "left":
                here.pop(agent_id, None)
            else:
                old = here.get(agent_id)
                since = old.since if old and old.state == state else utcnow()
                here[agent_id] = Seen(agent_id, name, state, since, time.monotonic())
            return self._fresh(ticket_id)

    def get(self, ticket_id: int) -> list[Seen]:
        with self._lock:
            return self._fresh(ticket_id)

    def _fresh(self, ticket_id: int) -> list[Seen]:
        here = self._by_ticket.get(ticket_id, {})
        cutoff = time.monotonic() - TTL_SECONDS
        for agent_id in [a for a, s in here.items() if s.touched < cutoff]:
            del here[agent_id]
        return sorted(here.values(), key=lambda s: s.since)
