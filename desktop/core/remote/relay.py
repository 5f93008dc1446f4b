"""One participant's WebSocket to the hub's session relay.

`RelayConnection.open()` connects (the token in the handshake's Authorization
header, never in the URL) and starts a reader thread that hands every
envelope to `on_message`; `on_closed(code, reason)` is called once when the
socket ends, whoever closed it. `send()` is safe from any thread and numbers
the messages. Nothing here knows about pixels or widgets.
"""

from __future__ import annotations

import itertools
import logging
import ssl
import threading
from collections.abc import Callable
from typing import Any

from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus
from websockets.sync.client import ClientConnection, connect

from desktop.core.hubclient import api_base, is_loopback
from desktop.core.remote import envelope
from desktop.core.remote.envelope import Envelope

log = logging.getLogger(__name__)

MessageFn = Callable[[Envelope], None]
ClosedFn = Callable[[int, str], None]
# Frames are at most a key frame of a large screen; the hub has no limit of its own.
MAX_MESSAGE = 64 * 1024 * 1024


class RelayError(Exception):
    """The relay could not be reached or refused us; the message says which."""


def relay_url(hub_url: str, session_id: int) -> str:
    base = api_base(hub_url)
    scheme, rest = base.split("://", 1)
    return f"{'wss' if scheme == 'https' else 'ws'}://{rest}/sessions/{session_id}/relay"


class RelayConnection:
    """The socket of one session, for one role (customer or agent)."""

    def __init__(
        self,
        hub_url: str,
        token: str,
        session_id: int,
        *,
        on_message: MessageFn,
        on_closed: ClosedFn | None = None,
        ca_bundle: str | None = None,
    ) -> None:
        self.url = relay_url(hub_url, session_id)
        self.session_id = session_id
        self._token = token
        self._loopback = is_loopback(hub_url)
        self._ssl = ssl.create_default_context(cafile=ca_bundle) if self.url[:4] == "wss:" else None
        self._on_message = on_message
        self._on_closed = on_closed or (lambda _code, _reason: None)
        self._conn: ClientConnection | None = None
        self._send_lock = threading.Lock()
        self._seq = itertools.count(1)
        self._reader: threading.Thread | None = None
        self._closed = threading.Event()
        self.bytes_sent = 0

    @property
    def closed(self) -> bool:
        return self._closed.is_set()

    def open(self, timeout: float = 10.0) -> None:
        """Connect and start reading; `RelayError` if the hub says no."""
        ready = threading.Event()
        failure: list[RelayError] = []
        self._reader = threading.Thread(
            target=self._run,
            args=(timeout, ready, failure),
            name=f"kefu-relay-{self.session_id}",
            daemon=True,
        )
        self._reader.start()
        ready.wait(timeout + 5)
        if failure:
            raise failure[0]
        if self._conn is None:
            raise RelayError("The session relay did not answer in time.")

    def _run(self, timeout: float, ready: threading.Event, failure: list[RelayError]) -> None:
        """The reader thread: connect (websockets wants its context manager), then read."""
        try:
            with connect(
                self.url,
                additional_headers={"Authorization": f"Bearer {self._token}"},
                ssl=self._ssl,
                proxy=None if self._loopback else True,
                open_timeout=timeout,
                ping_interval=20,
                ping_timeout=20,
                close_timeout=2,
                max_size=MAX_MESSAGE,
                compression=None,  # frames are WebP already; deflate would only cost time
            ) as conn:
                self._conn = conn
                ready.set()
                self._read(conn)
        except InvalidStatus as exc:
            failure.append(
                RelayError(
                    "The hub refused the session connection "
                    f"(HTTP {exc.response.status_code}); the session may have ended."
                )
            )
        except (OSError, TimeoutError, InvalidHandshake) as exc:
            if self._conn is None:
                failure.append(RelayError(f"Cannot reach the session relay: {exc}"))
        finally:
            ready.set()

    def send(self, kind: str, payload: bytes = b"", **extra: Any) -> int:
        """Send one envelope; returns its seq, or -1 when the socket is gone."""
        conn = self._conn
        if conn is None or self.closed:
            return -1
        with self._send_lock:
            seq = next(self._seq)
            message = envelope.pack(self.session_id, kind, seq, payload, **extra)
            try:
                conn.send(message)
            except (ConnectionClosed, OSError):
                return -1
            self.bytes_sent += len(message)
        return seq

    def send_json(self, kind: str, **body: Any) -> int:
        return self.send(kind, envelope.json_payload(**body))

    def close(self) -> None:
        """Close the socket (safe to call twice, from any thread but the reader's own)."""
        conn = self._conn
        if conn is not None:
            try:
                conn.close()
            except Exception:  # a dying socket may fail to close; the reader ends anyway
                log.debug("closing the relay socket failed", exc_info=True)
        reader = self._reader
        if reader is not None and reader is not threading.current_thread():
            reader.join(timeout=5)

    def _read(self, conn: ClientConnection) -> None:
        code, reason = 1006, "connection lost"
        try:
            for message in conn:
                if isinstance(message, str):
                    continue  # the relay speaks binary only
                try:
                    item = envelope.unpack(message)
                except envelope.EnvelopeError:
                    log.warning("ignoring a malformed relay message")
                    continue
                try:
                    self._on_message(item)
                except Exception:  # one bad handler call must not end the session
                    log.exception("relay message handler failed")
            code, reason = conn.close_code or 1000, conn.close_reason or ""
        except ConnectionClosed as exc:
            if exc.rcvd is not None:
                code, reason = exc.rcvd.code, exc.rcvd.reason
        except OSError as exc:
            reason = str(exc) or type(exc).__name__
        self._closed.set()
        self._on_closed(code, reason)
