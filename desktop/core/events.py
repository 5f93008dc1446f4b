"""The live event channel: one WebSocket to `/api/v1/events` per signed-in client.

`EventStream.run()` blocks (run it on a worker thread): it connects with the
token in the handshake's Authorization header, hands every event to
`on_event`, and reconnects with backoff when the hub goes away. After each
reconnect `on_connected(resync=True)` is called so the owner can list
`/tickets?updated_since=<last seen>`; `Watermark` keeps that "last seen".
"""

from __future__ import annotations

import json
import logging
import ssl
import threading
from collections.abc import Callable
from datetime import datetime
from typing import Any

from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus
from websockets.sync.client import ClientConnection, connect

from desktop.core.hubclient import api_base, is_loopback

log = logging.getLogger(__name__)

AUTH_CLOSE_CODES = (4401, 4403, 1008)
BACKOFF_START = 0.5
BACKOFF_MAX = 15.0


class Watermark:
    """The newest `updated_at` seen, formatted for `updated_since`. Thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._value: datetime | None = None

    def see(self, when: datetime | None) -> None:
        if when is None:
            return
        with self._lock:
            if self._value is None or when > self._value:
                self._value = when

    def since(self) -> str | None:
        with self._lock:
            if self._value is None:
                return None
            return self._value.isoformat().replace("+00:00", "Z")


def events_url(hub_url: str) -> str:
    base = api_base(hub_url)
    if base.startswith("https://"):
        return "wss://" + base[len("https://") :] + "/events"
    return "ws://" + base[len("http://") :] + "/events"


class EventStream:
    """A reconnecting reader of the hub's events.

    Callbacks run on the stream's own thread: `on_event(dict)`,
    `on_connected(resync: bool)` (resync is False the first time) and
    `on_disconnected(reason: str)`, where reason "not_authenticated" means the
    token was refused and the stream has stopped.
    """

    def __init__(
        self,
        hub_url: str,
        token: str,
        *,
        on_event: Callable[[dict[str, Any]], None],
        on_connected: Callable[[bool], None] | None = None,
        on_disconnected: Callable[[str], None] | None = None,
        ca_bundle: str | None = None,
    ) -> None:
        self.url = events_url(hub_url)
        self._token = token
        self._on_event = on_event
        self._on_connected = on_connected or (lambda _resync: None)
        self._on_disconnected = on_disconnected or (lambda _reason: None)
        self._loopback = is_loopback(hub_url)
        self._ssl: ssl.SSLContext | None = None
        if self.url.startswith("wss://"):
            self._ssl = ssl.create_default_context(cafile=ca_bundle)
        self._stop = threading.Event()
        self._conn: ClientConnection | None = None
        self._conn_lock = threading.Lock()

    def stop(self) -> None:
        """Ask run() to return soon; safe from any thread."""
        self._stop.set()
        with self._conn_lock:
            conn = self._conn
        if conn is not None:
            try:
                conn.close()
            except Exception:  # closing a dying socket may fail; run() ends either way
                log.debug("closing event socket failed", exc_info=True)

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def run(self) -> None:
        backoff = BACKOFF_START
        connected_before = False
        while not self._stop.is_set():
            reason = "disconnected"
            try:
                with connect(
                    self.url,
                    additional_headers={"Authorization": f"Bearer {self._token}"},
                    ssl=self._ssl,
                    proxy=None if self._loopback else True,
                    open_timeout=5,
                    ping_interval=20,
                    ping_timeout=20,
                    close_timeout=2,
                    max_size=4 * 1024 * 1024,
                ) as conn:
                    reason = self._session(conn, connected_before)
                    connected_before = True
                    backoff = BACKOFF_START
            except InvalidStatus as exc:
                if exc.response.status_code in (401, 403):
                    reason = "not_authenticated"
                else:
                    reason = f"handshake refused ({exc.response.status_code})"
            except (OSError, TimeoutError, InvalidHandshake) as exc:
                reason = str(exc) or type(exc).__name__
            if reason == "not_authenticated":
                self._stop.set()
                self._on_disconnected(reason)
                return
            if self._stop.is_set():
                return
            self._on_disconnected(reason)
            self._stop.wait(backoff)
            backoff = min(backoff * 2, BACKOFF_MAX)

    def _session(self, conn: ClientConnection, resync: bool) -> str:
        """One connection's life: announce it, read until it ends, say why it ended."""
        with self._conn_lock:
            self._conn = conn
        try:
            if self._stop.is_set():  # stop() came in while we were connecting
                return "stopped"
            self._on_connected(resync)
            return self._read(conn)
        finally:
            with self._conn_lock:
                self._conn = None

    def _read(self, conn: ClientConnection) -> str:
        try:
            for message in conn:
                try:
                    event = json.loads(message)
                except ValueError:
                    log.warning("ignoring a non-JSON event")
                    continue
                if isinstance(event, dict):
                    self._on_event(event)
        except ConnectionClosed as exc:
            code = exc.rcvd.code if exc.rcvd is not None else None
            if code in AUTH_CLOSE_CODES:
                return "not_authenticated"
            return f"connection closed ({code})"
        except OSError as exc:
            return str(exc) or type(exc).__name__
        return "connection closed"
