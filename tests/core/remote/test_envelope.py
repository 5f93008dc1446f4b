"""The client's envelope copy stays byte-compatible with the hub's."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.remote import envelope
from hub import envelope as hub_envelope


@given(
    session=st.integers(1, 2**40),
    kind=st.sampled_from(sorted(envelope.KINDS)),
    seq=st.integers(0, 2**40),
    payload=st.binary(max_size=64),
    text=st.text(max_size=20),
)
def test_both_sides_read_what_the_other_wrote(
    session: int, kind: str, seq: int, payload: bytes, text: str
) -> None:
    ours = envelope.pack(session, kind, seq, payload, note=text)
    header = hub_envelope.unpack_header(ours)
    assert (header.session, header.kind, header.seq, header.extra) == (
        session,
        kind,
        seq,
        {"note": text},
    )
    assert hub_envelope.payload_of(ours) == payload
    theirs = hub_envelope.control(session, seq, type="ended", reason="stopped")
    item = envelope.unpack(theirs)
    assert item.from_hub and item.kind == "control"
    assert item.json() == {"type": "ended", "reason": "stopped"}


@pytest.mark.parametrize(
    "bad",
    [
        b"",
        b"\x00",
        b"\x00\x10{}",
        b"\xff\xff" + b"x" * 10,
        b"\x00\x02[]",
        b'\x00\x0b{"v":2,"s":1}',
    ],
)
def test_garbage_is_refused(bad: bytes) -> None:
    with pytest.raises(envelope.EnvelopeError):
        envelope.unpack(bad)


def test_unknown_kinds_are_not_packed() -> None:
    with pytest.raises(envelope.EnvelopeError):
        envelope.pack(1, "teleport", 1)
