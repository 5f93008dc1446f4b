"""Signing up, in and out, and which tokens the hub refuses."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import select

from hub.app import create_app
from hub.models import Token, User
from hub.security import token_digest
from hub.timeutil import utcnow
from tests.hub.conftest import PASSWORD, Hub, make_settings


def test_register_signs_in_a_customer(hub: Hub) -> None:
    r = hub.client.post(
        "/api/v1/auth/register",
        json={
            "email": "Wang@Example.cn",
            "password": "s3cret-pass",
            "display_name": "王芳",
            "organization": "品茗",
        },
    )
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["user"]["role"] == "customer"
    assert body["user"]["email"] == "wang@example.cn"
    assert body["expires_at"].endswith("Z")
    me = hub.client.get("/api/v1/me", headers={"Authorization": f"Bearer {body['token']}"})
    assert me.json()["display_name"] == "王芳"
    # The token is stored only as its hash; the password only as argon2.
    with hub.db.session() as s:
        stored = s.scalar(select(Token.token_hash))
        user = s.scalar(select(User).where(User.email == "wang@example.cn"))
    assert stored == token_digest(body["token"])
    assert user is not None and user.password_hash.startswith("$argon2")


def test_register_twice_is_a_clear_conflict(hub: Hub) -> None:
    data = {"email": "a@example.com", "password": "s3cret-pass", "display_name": "A"}
    assert hub.client.post("/api/v1/auth/register", json=data).status_code == 201
    r = hub.client.post("/api/v1/auth/register", json={**data, "email": "A@example.com"})
    assert r.status_code == 409
    assert r.json()["error"] == "email_taken"


def test_register_validates_input(hub: Hub) -> None:
    r = hub.client.post(
        "/api/v1/auth/register",
        json={"email": "not-an-email", "password": "short", "display_name": ""},
    )
    assert r.status_code == 422
    body = r.json()
    assert body["error"] == "validation_failed"
    assert {d["field"] for d in body["details"]} == {"email", "password", "display_name"}
    assert "Please check the input" in body["message"]


def test_registrations_per_address_are_limited(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, register_max_per_window=3, register_window_seconds=3600)
    with TestClient(create_app(settings)) as client:
        for i in range(3):
            data = {"email": f"p{i}@example.com", "password": "s3cret-pass", "display_name": "P"}
            assert client.post("/api/v1/auth/register", json=data).status_code == 201
        data = {"email": "p9@example.com", "password": "s3cret-pass", "display_name": "P"}
        r = client.post("/api/v1/auth/register", json=data)
        assert r.status_code == 429
        assert r.json()["error"] == "too_many_registrations"
        assert "ask your support desk" in r.json()["message"]
        # Signing in is a different limit: the accounts already made still work.
        r = client.post(
            "/api/v1/auth/login", json={"email": "p0@example.com", "password": "s3cret-pass"}
        )
        assert r.status_code == 200


def test_login_wrong_password_then_locked_out(hub: Hub) -> None:
    person = hub.person("customer")
    for _ in range(5):
        r = hub.client.post(
            "/api/v1/auth/login", json={"email": person.email, "password": "nope-nope"}
        )
        assert r.status_code == 401
        assert r.json() == {
            "error": "invalid_credentials",
            "message": "The e-mail or password is not right.",
        }
    r = hub.client.post("/api/v1/auth/login", json={"email": person.email, "password": PASSWORD})
    assert r.status_code == 429
    assert r.json()["error"] == "too_many_attempts"


def test_unknown_email_answers_like_a_wrong_password(hub: Hub) -> None:
    r = hub.client.post("/api/v1/auth/login", json={"email": "ghost@example.com", "password": "x"})
    assert r.status_code == 401
    assert r.json()["error"] == "invalid_credentials"


def test_logout_revokes_the_token(hub: Hub) -> None:
    person = hub.person("agent")
    assert hub.client.get("/api/v1/me", headers=person.headers).status_code == 200
    assert hub.client.post("/api/v1/auth/logout", headers=person.headers).status_code == 204
    r = hub.client.get("/api/v1/me", headers=person.headers)
    assert r.status_code == 401
    assert r.json()["error"] == "not_authenticated"


def test_expired_unknown_and_malformed_tokens_are_refused(hub: Hub) -> None:
    person = hub.person("customer")
    with hub.db.session(write=True) as s:
        token = s.scalar(select(Token).where(Token.token_hash == token_digest(person.token)))
        assert token is not None
        token.expires_at = utcnow() - timedelta(seconds=1)
        s.commit()
    for headers in (
        person.headers,
        {"Authorization": "Bearer not-a-real-token"},
        {"Authorization": "Basic dXNlcjpwYXNz"},
        {"Authorization": "Bearer "},
        {},
    ):
        r = hub.client.get("/api/v1/me", headers=headers)
        assert r.status_code == 401, headers
        assert r.json()["error"] == "not_authenticated"


def test_token_in_use_is_renewed(hub: Hub) -> None:
    person = hub.person("customer")
    with hub.db.session(write=True) as s:
        token = s.scalar(select(Token).where(Token.token_hash == token_digest(person.token)))
        assert token is not None
        token.last_used_at = utcnow() - timedelta(days=29, hours=23)
        token.expires_at = utcnow() + timedelta(minutes=30)
        s.commit()
    assert hub.client.get("/api/v1/me", headers=person.headers).status_code == 200
    with hub.db.session() as s:
        token = s.scalar(select(Token).where(Token.token_hash == token_digest(person.token)))
        assert token is not None
        assert token.expires_at > utcnow() + timedelta(days=29)


def test_deactivated_user_cannot_use_a_token(hub: Hub) -> None:
    person = hub.person("agent")
    with hub.db.session(write=True) as s:
        user = s.get(User, person.id)
        assert user is not None
        user.active = False
        s.commit()
    assert hub.client.get("/api/v1/me", headers=person.headers).status_code == 401


def test_sign_out_everywhere(hub: Hub) -> None:
    person = hub.person("customer")
    second = hub.client.post(
        "/api/v1/auth/login", json={"email": person.email, "password": PASSWORD}
    ).json()["token"]
    assert hub.client.post("/api/v1/auth/logout-all", headers=person.headers).status_code == 204
    for token in (person.token, second):
        r = hub.client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 401


def test_every_answer_carries_security_headers_and_no_cors(hub: Hub) -> None:
    r = hub.client.get("/api/v1/health", headers={"Origin": "https://evil.example"})
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"
    assert "default-src 'none'" in r.headers["content-security-policy"]
    assert "access-control-allow-origin" not in r.headers
    r = hub.client.get("/api/v1/nowhere")
    assert r.headers["referrer-policy"] == "no-referrer"
