"""The remote-session envelope: a small clear header and an opaque payload.

Wire form of one WebSocket binary message:

    u16 big-endian header length | header (UTF-8 JSON) | payload bytes

The header is `{"v": 1, "session": <id>, "kind": <kind>, "seq": <int>}` and may
carry a few more small fields. The hub reads only the header (to enforce
consent and grants by kind) and forwards the message bytes untouched; the
payload is for the two clients (end-to-end encrypted later).

`desktop/core/remote/envelope.py` is the client's copy of this format: the
layers forbid the desktop to import the hub, so the two are kept in step by
hand (and by the end-to-end tests that run one against the other).
"""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass
from typing import Any

KINDS = frozenset({"frame", "cursor", "chat", "pointer", "control", "input", "file", "ack"})
VERSION = 1
MAX_HEADER = 4096


class EnvelopeError(ValueError):
    """A message that is not a well-formed envelope."""


@dataclass(frozen=True)
class Header:
    session: int
    kind: str
    seq: int
    extra: dict[str, Any]


def pack(header: dict[str, Any], payload: bytes = b"") -> bytes:
    raw = json.dumps(header, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    if len(raw) > MAX_HEADER:
        raise EnvelopeError("header too long")
    return struct.pack(">H", len(raw)) + raw + payload


def unpack_header(message: bytes) -> Header:
    if len(message) < 2:
        raise EnvelopeError("message shorter than its length prefix")
    (size,) = struct.unpack_from(">H", message)
    if size > MAX_HEADER or len(message) < 2 + size:
        raise EnvelopeError("header length out of range")
    try:
        data = json.loads(message[2 : 2 + size].decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise EnvelopeError("header is not JSON") from exc
    if not isinstance(data, dict) or data.get("v") != VERSION:
        raise EnvelopeError("unknown envelope version")
    session, kind, seq = data.get("session"), data.get("kind"), data.get("seq")
    if not isinstance(session, int) or not isinstance(seq, int) or kind not in KINDS:
        raise EnvelopeError("header needs an integer session and seq and a known kind")
    extra = {k: v for k, v in data.items() if k not in ("v", "session", "kind", "seq")}
    return Header(session, str(kind), seq, extra)


def payload_of(message: bytes) -> bytes:
    (size,) = struct.unpack_from(">H", message)
    return message[2 + size :]


def control(session: int, seq: int, /, **body: Any) -> bytes:
    """A message from the hub itself (kind control, JSON payload)."""
    header = {"v": VERSION, "session": session, "kind": "control", "seq": seq, "from": "hub"}
    return pack(header, json.dumps(body, ensure_ascii=False).encode("utf-8"))
