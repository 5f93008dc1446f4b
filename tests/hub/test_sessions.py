"""Remote sessions on the hub: codes, consent, the relay's rules, the timeline."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from starlette.testclient import WebSocketDenialResponse
from starlette.websockets import WebSocketDisconnect

from hub import envelope
from hub.app import sweep_sessions
from hub.models import RemoteSession
from hub.relay import Peer, Room
from hub.remote import GRANTS
from hub.timeutil import utcnow
from tests.hub.conftest import Hub, Person


def _request(hub: Hub, agent: Person, ticket_id: int) -> dict[str, Any]:
    r = hub.client.post(
        f"/api/v1/tickets/{ticket_id}/sessions",
        json={"reason": "See the error"},
        headers=agent.headers,
    )
    assert r.status_code == 201, r.text
    body: dict[str, Any] = r.json()
    return body


def _consent(hub: Hub, who: Person, session_id: int, accept: bool = True) -> Any:
    return hub.client.post(
        f"/api/v1/sessions/{session_id}/consent",
        json={"accept": accept, "monitor": 1},
        headers=who.headers,
    )


def _msg(session_id: int, kind: str, seq: int, payload: bytes = b"") -> bytes:
    return envelope.pack({"v": 1, "session": session_id, "kind": kind, "seq": seq}, payload)


def _read(ws: Any) -> tuple[envelope.Header, bytes]:
    data = ws.receive_bytes()
    return envelope.unpack_header(data), envelope.payload_of(data)


def _control(ws: Any) -> dict[str, Any]:
    header, payload = _read(ws)
    assert header.kind == "control"
    body: dict[str, Any] = json.loads(payload)
    return body


def _relay(hub: Hub, who: Person, session_id: int) -> Any:
    return hub.client.websocket_connect(f"/api/v1/sessions/{session_id}/relay", headers=who.headers)


@pytest.fixture
def ticket(hub: Hub, customer: Person) -> dict[str, Any]:
    return hub.ticket(customer)


def test_request_reaches_the_customer_live_with_the_agents_name(
    hub: Hub, customer: Person, agent: Person, ticket: dict[str, Any]
) -> None:
    with hub.client.websocket_connect("/api/v1/events", headers=customer.headers) as ws:
        s = _request(hub, agent, ticket["id"])
        event = ws.receive_json()
    assert event["type"] == "session_requested"
    assert event["session"]["agent"]["display_name"] == "Li Wei"
    assert event["session"]["ticket_number"] == ticket["number"]
    assert event["session"]["scope"] == "view"
    assert "code" not in event["session"]
    assert s["status"] == "requested"
    digits = s["code"].replace(" ", "")
    assert len(digits) == 9 and digits.isdigit() and s["code"][3] == " "
    # One live session per ticket.
    r = hub.client.post(f"/api/v1/tickets/{ticket['id']}/sessions", json={}, headers=agent.headers)
    assert r.status_code == 409 and r.json()["error"] == "session_in_progress"


def test_customers_cannot_request_sessions(
    hub: Hub, customer: Person, ticket: dict[str, Any]
) -> None:
    r = hub.client.post(
        f"/api/v1/tickets/{ticket['id']}/sessions", json={}, headers=customer.headers
    )
    assert r.status_code == 403


def test_join_by_code_then_consent(
    hub: Hub, customer: Person, agent: Person, ticket: dict[str, Any]
) -> None:
    s = _request(hub, agent, ticket["id"])
    r = hub.client.post(
        "/api/v1/sessions/join",
        json={"code": s["code"].replace(" ", "-")},
        headers=customer.headers,
    )
    assert r.status_code == 200 and r.json()["id"] == s["id"]
    assert r.json()["status"] == "requested"  # joining is not consenting
    assert _consent(hub, customer, s["id"]).json()["status"] == "active"
    # The code was single-use.
    r = hub.client.post("/api/v1/sessions/join", json={"code": s["code"]}, headers=customer.headers)
    assert r.status_code == 422 and r.json()["error"] == "invalid_code"


def test_wrong_codes_lock_the_session(
    hub: Hub, customer: Person, agent: Person, ticket: dict[str, Any]
) -> None:
    s = _request(hub, agent, ticket["id"])
    locator, secret = s["code"].split()
    wrong = f"{locator} {(int(secret) + 1) % 10**6:06d}"
    for _ in range(5):
        r = hub.client.post("/api/v1/sessions/join", json={"code": wrong}, headers=customer.headers)
        assert r.status_code == 422 and r.json()["error"] == "invalid_code"
    r = hub.client.post("/api/v1/sessions/join", json={"code": s["code"]}, headers=customer.headers)
    assert r.status_code == 422  # the right code no longer opens it
    got = hub.client.get(f"/api/v1/sessions/{s['id']}", headers=agent.headers).json()
    assert got["status"] == "locked" and got["end_reason"] == "code_locked"


def test_guessing_across_sessions_is_rate_limited(hub: Hub, customer: Person) -> None:
    codes = [f"{n:03d} 000000" for n in range(10)]
    for code in codes:
        assert (
            hub.client.post(
                "/api/v1/sessions/join", json={"code": code}, headers=customer.headers
            ).status_code
            == 422
        )
    r = hub.client.post(
        "/api/v1/sessions/join", json={"code": "999 999999"}, headers=customer.headers
    )
    assert r.status_code == 429 and r.json()["error"] == "too_many_attempts"


def test_other_people_cannot_use_the_code_or_answer(
    hub: Hub, customer: Person, other_customer: Person, agent: Person, ticket: dict[str, Any]
) -> None:
    s = _request(hub, agent, ticket["id"])
    r = hub.client.post(
        "/api/v1/sessions/join", json={"code": s["code"]}, headers=other_customer.headers
    )
    assert r.status_code == 422
    assert _consent(hub, other_customer, s["id"]).status_code == 404
    assert _consent(hub, agent, s["id"]).status_code == 403
    assert (
        hub.client.get(f"/api/v1/sessions/{s['id']}", headers=other_customer.headers).status_code
        == 404
    )


def test_expired_requests_cannot_be_accepted(
    hub: Hub, customer: Person, agent: Person, ticket: dict[str, Any]
) -> None:
    s = _request(hub, agent, ticket["id"])
    with hub.db.session(write=True) as db:
        rs = db.get(RemoteSession, s["id"])
        assert rs is not None
        rs.code_expires_at = utcnow() - timedelta(seconds=1)
        db.commit()
    r = hub.client.post("/api/v1/sessions/join", json={"code": s["code"]}, headers=customer.headers)
    assert r.status_code == 422
    r = _consent(hub, customer, s["id"])
    assert r.status_code == 409 and "expired" in r.json()["message"]


def test_relay_drops_everything_before_consent_then_relays_granted_kinds(
    hub: Hub, customer: Person, agent: Person, ticket: dict[str, Any]
) -> None:
    s = _request(hub, agent, ticket["id"])
    sid = s["id"]
    with _relay(hub, agent, sid) as agent_ws, _relay(hub, customer, sid) as cust_ws:
        assert _control(agent_ws)["type"] == "hello"
        assert _control(agent_ws) == {"type": "peer_joined", "role": "customer"}
        assert _control(cust_ws)["type"] == "hello"
        cust_ws.send_bytes(_msg(sid, "frame", 1, b"EARLY PIXELS"))
        assert _consent(hub, customer, sid).status_code == 200
        assert _control(agent_ws)["type"] == "consented"
        assert _control(cust_ws)["type"] == "consented"
        cust_ws.send_bytes(_msg(sid, "frame", 2, b"PIXELS"))
        header, payload = _read(agent_ws)
        assert (header.kind, header.seq, payload) == (
            "frame",
            2,
            b"PIXELS",
        )  # the early frame is gone
        agent_ws.send_bytes(_msg(sid, "frame", 1, b"agents send no frames"))
        agent_ws.send_bytes(_msg(sid, "input", 2, b"no remote input in view scope"))
        agent_ws.send_bytes(b"\x00\x05garbage")
        agent_ws.send_bytes(_msg(sid + 1, "chat", 3, b"wrong session"))
        agent_ws.send_bytes(_msg(sid, "pointer", 4, b'{"x": 10, "y": 20}'))
        agent_ws.send_bytes(_msg(sid, "chat", 5, "请点确定".encode()))
        header, payload = _read(cust_ws)
        assert (header.kind, payload) == ("pointer", b'{"x": 10, "y": 20}')
        header, payload = _read(cust_ws)
        assert (header.kind, payload.decode()) == ("chat", "请点确定")
        cust_ws.send_bytes(_msg(sid, "chat", 3, b"ok"))
        assert _read(agent_ws)[0].kind == "chat"
        r = hub.client.post(f"/api/v1/sessions/{sid}/end", headers=customer.headers)
        assert r.json()["status"] == "ended" and r.json()["ended_by"] == "customer"
        assert _control(agent_ws) == {"type": "ended", "reason": "stopped", "by": "customer"}
        assert _control(cust_ws)["type"] == "ended"
        with pytest.raises(WebSocketDisconnect):
            agent_ws.receive_bytes()
    timeline = hub.client.get(
        f"/api/v1/tickets/{ticket['id']}/sessions", headers=customer.headers
    ).json()
    assert timeline[0]["status"] == "ended" and timeline[0]["accepted_at"] is not None
    history = hub.client.get(
        f"/api/v1/tickets/{ticket['id']}/history", headers=agent.headers
    ).json()
    actions = [h["action"] for h in history]
    assert actions[-3:] == ["session_requested", "session_accepted", "session_ended"]
    assert history[-1]["detail"]["ended_by"] == "customer"


def test_declined_session_closes_and_relays_nothing(
    hub: Hub, customer: Person, agent: Person, ticket: dict[str, Any]
) -> None:
    s = _request(hub, agent, ticket["id"])
    with _relay(hub, agent, s["id"]) as agent_ws:
        _control(agent_ws)
        assert _consent(hub, customer, s["id"], accept=False).json()["status"] == "declined"
        assert _control(agent_ws)["type"] == "ended"
    with (
        pytest.raises((WebSocketDisconnect, WebSocketDenialResponse)),
        _relay(hub, customer, s["id"]) as ws,
    ):
        ws.receive_bytes()


@pytest.mark.parametrize("intruder", ["other_customer", "second_agent"])
def test_only_the_two_participants_reach_the_relay(
    hub: Hub, customer: Person, agent: Person, ticket: dict[str, Any], intruder: str
) -> None:
    s = _request(hub, agent, ticket["id"])
    _consent(hub, customer, s["id"])
    who = hub.person("customer" if intruder == "other_customer" else "agent")
    with (
        pytest.raises((WebSocketDisconnect, WebSocketDenialResponse)),
        _relay(hub, who, s["id"]) as ws,
    ):
        ws.receive_bytes()


def test_the_newest_frame_wins_for_a_slow_viewer() -> None:
    room = Room(7, GRANTS["view"], consented=True)
    viewer = Peer("agent", None)  # type: ignore[arg-type]  # offer() never touches the socket
    sharer = Peer("customer", None)  # type: ignore[arg-type]
    room.peers = {"agent": viewer, "customer": sharer}
    for seq in range(1, 101):
        assert room.forward("customer", _msg(7, "frame", seq, b"x" * 1000)) == "forwarded"
    assert envelope.unpack_header(viewer.frame or b"").seq == 100
    assert viewer.frames_dropped == 99
    assert len(sharer.queue) == 99  # told each time, so it can send a key frame
    assert json.loads(envelope.payload_of(sharer.queue[-1])) == {"type": "frame_dropped", "seq": 99}
    for seq in range(1000):
        room.forward("customer", _msg(7, "chat", seq))
    assert len(viewer.queue) == 256  # chat and controls are bounded too


def test_sessions_that_run_too_long_are_ended_by_the_hub(
    hub: Hub, customer: Person, agent: Person, ticket: dict[str, Any]
) -> None:
    s = _request(hub, agent, ticket["id"])
    _consent(hub, customer, s["id"])
    with hub.db.session(write=True) as db:
        rs = db.get(RemoteSession, s["id"])
        assert rs is not None
        rs.accepted_at = utcnow() - timedelta(hours=3)
        db.commit()
    hub.client.portal.call(sweep_sessions, hub.app.state.hub)  # type: ignore[union-attr]
    got = hub.client.get(f"/api/v1/sessions/{s['id']}", headers=customer.headers).json()
    assert (got["status"], got["ended_by"], got["end_reason"]) == ("ended", "hub", "max_length")


def test_envelope_rejects_garbage() -> None:
    for bad in (
        b"",
        b"\x00",
        b"\x00\x10{}",
        b"\x00\x02{}",
        b"\xff\xff" + b"x" * 10,
        envelope.pack({"v": 2, "session": 1, "kind": "frame", "seq": 1}),
        envelope.pack({"v": 1, "session": "1", "kind": "frame", "seq": 1}),
        envelope.pack({"v": 1, "session": 1, "kind": "teleport", "seq": 1}),
    ):
        with pytest.raises(envelope.EnvelopeError):
            envelope.unpack_header(bad)


def test_a_client_back_online_finds_the_waiting_request(
    hub: Hub, customer: Person, other_customer: Person, agent: Person, ticket: dict[str, Any]
) -> None:
    s = _request(hub, agent, ticket["id"])
    mine = hub.client.get(
        "/api/v1/sessions", params={"status": "requested"}, headers=customer.headers
    ).json()
    assert [x["id"] for x in mine] == [s["id"]] and "code" not in mine[0]
    assert hub.client.get("/api/v1/sessions", headers=other_customer.headers).json() == []
    assert [x["id"] for x in hub.client.get("/api/v1/sessions", headers=agent.headers).json()] == [
        s["id"]
    ]


def test_an_expired_request_closes_the_waiting_agents_socket(
    hub: Hub, customer: Person, agent: Person, ticket: dict[str, Any]
) -> None:
    s = _request(hub, agent, ticket["id"])
    with _relay(hub, agent, s["id"]) as agent_ws:
        assert _control(agent_ws)["type"] == "hello"
        with hub.db.session(write=True) as db:
            rs = db.get(RemoteSession, s["id"])
            assert rs is not None
            rs.code_expires_at = utcnow() - timedelta(seconds=1)
            db.commit()
        hub.client.portal.call(sweep_sessions, hub.app.state.hub)  # type: ignore[union-attr]
        assert _control(agent_ws) == {"type": "ended", "reason": "not_answered", "by": "hub"}
    got = hub.client.get(f"/api/v1/sessions/{s['id']}", headers=agent.headers).json()
    assert got["status"] == "expired"
