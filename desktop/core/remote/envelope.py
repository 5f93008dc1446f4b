"""The client's copy of the remote-session envelope (docs/remote-sessions.md).

    u16 big-endian header length | header JSON (UTF-8) | payload

The desktop never imports `hub`, so the few lines that frame a message live
here too; tests/core/remote/test_envelope.py keeps the two byte-compatible.
"""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass, field
from typing import Any

KINDS = frozenset({"frame", "cursor", "chat", "pointer", "control", "input", "file", "ack"})
VERSION = 1
MAX_HEADER = 4096
_BASE = ("v", "session", "kind", "seq")


class EnvelopeError(ValueError):
    """A message that is not a well-formed envelope."""


@dataclass(frozen=True)
class Envelope:
    session: int
    kind: str
    seq: int
    payload: bytes = b""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def from_hub(self) -> bool:
        return self.extra.get("from") == "hub"

    def json(self) -> dict[str, Any]:
        """The payload as a JSON object (chat, pointer, control, ack); {} if it is not one."""
        try:
            data = json.loads(self.payload.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}


def pack(session: int, kind: str, seq: int, payload: bytes = b"", **extra: Any) -> bytes:
    if kind not in KINDS:
        raise EnvelopeError(f"unknown kind {kind!r}")
    header = {"v": VERSION, "session": session, "kind": kind, "seq": seq, **extra}
    raw = json.dumps(header, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    if len(raw) > MAX_HEADER:
        raise EnvelopeError("header too long")
    return struct.pack(">H", len(raw)) + raw + payload


def unpack(message: bytes) -> Envelope:
    """Parse one message; `EnvelopeError` for anything malformed."""
    if len(message) < 2:
        raise EnvelopeError("message shorter than its length prefix")
    (size,) = struct.unpack_from(">H", message)
    if size > MAX_HEADER or len(message) < 2 + size:
        raise EnvelopeError("header length out of range")
    try:
        data = json.loads(message[2 : 2 + size].decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise EnvelopeError("header is not JSON") from exc
    if not isinstance(data, dict) or data.get("v") != VERSION:
        raise EnvelopeError("unknown envelope version")
    session, kind, seq = data.get("session"), data.get("kind"), data.get("seq")
    if not isinstance(session, int) or not isinstance(seq, int) or kind not in KINDS:
        raise EnvelopeError("header needs an integer session and seq and a known kind")
    extra = {k: v for k, v in data.items() if k not in _BASE}
    return Envelope(session, str(kind), seq, message[2 + size :], extra)


def json_payload(**body: Any) -> bytes:
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
