"""Data duties: export a customer, delete a customer, retention, the admin audit log."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select, update

from hub import privacy
from hub.app import housekeeping
from hub.blobs import blob_path
from hub.cli import main as hub_cli
from hub.models import AuditEvent, Blob, Ticket, User
from hub.timeutil import utcnow
from tests.hub.conftest import Hub, Person, png_bytes


def _ticket_with_files(hub: Hub, customer: Person, agent: Person) -> tuple[dict, bytes, bytes]:
    own = png_bytes(40, 20, (10, 200, 10))
    note_file = png_bytes(41, 20, (10, 10, 200))
    hub.upload(customer, own)
    hub.upload(agent, note_file)
    ticket = hub.ticket(
        customer,
        title="打印机无法连接",
        attachments=[{"sha256": hashlib.sha256(own).hexdigest(), "name": "screen.png"}],
    )
    hub.comment(agent, ticket["id"], "Please restart the spooler.")
    r = hub.client.post(
        f"/api/v1/tickets/{ticket['id']}/comments",
        json={
            "body": "internal: printer firmware is old",
            "internal": True,
            "attachments": [{"sha256": hashlib.sha256(note_file).hexdigest(), "name": "fw.png"}],
        },
        headers=agent.headers,
    )
    assert r.status_code == 201, r.text
    return ticket, own, note_file


def test_export_holds_what_the_customer_may_see_and_nothing_else(hub: Hub) -> None:
    admin, agent = hub.person("admin"), hub.person("agent")
    customer, other = hub.person("customer", name="王芳"), hub.person("customer")
    ticket, own, _note_file = _ticket_with_files(hub, customer, agent)
    hub.ticket(other, title="someone else's problem")

    r = hub.client.get(f"/api/v1/users/{customer.id}/export", headers=admin.headers)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"] == "application/zip"
    assert r.headers["content-disposition"].startswith("attachment;")
    archive = zipfile.ZipFile(io.BytesIO(r.content))
    data = json.loads(archive.read("customer.json"))
    assert data["user"]["display_name"] == "王芳" and data["user"]["email"] == customer.email
    assert [t["title"] for t in data["tickets"]] == ["打印机无法连接"]
    exported = data["tickets"][0]
    assert [c["body"] for c in exported["comments"]] == ["Please restart the spooler."]
    assert [a["name"] for a in exported["attachments"]] == ["screen.png"]  # not the note's file
    assert archive.read(exported["attachments"][0]["file"]) == own
    assert "someone else" not in r.content.decode("utf-8", "replace")
    assert data["devices"] and data["devices"][0]["revoked"] is False

    # Only admins, and only for customers.
    assert (
        hub.client.get(f"/api/v1/users/{customer.id}/export", headers=agent.headers).status_code
        == 403
    )
    r = hub.client.get(f"/api/v1/users/{agent.id}/export", headers=admin.headers)
    assert r.status_code == 409 and r.json()["error"] == "not_a_customer"
    assert hub.client.get("/api/v1/users/99999/export", headers=admin.headers).status_code == 404
    assert ticket["id"]


def test_deleting_a_customer_removes_their_data_and_only_theirs(hub: Hub) -> None:
    admin, agent = hub.person("admin"), hub.person("agent")
    customer, other = hub.person("customer"), hub.person("customer")
    ticket, own, note_file = _ticket_with_files(hub, customer, agent)
    # The other customer attaches the same bytes: those must stay.
    shared = png_bytes(40, 20, (10, 200, 10))
    hub.upload(other, shared)
    kept = hub.ticket(
        other, attachments=[{"sha256": hashlib.sha256(shared).hexdigest(), "name": "same.png"}]
    )
    root = hub.settings.blob_dir
    note_sha = hashlib.sha256(note_file).hexdigest()
    assert blob_path(root, note_sha).exists()

    r = hub.client.delete(f"/api/v1/users/{customer.id}", headers=admin.headers)
    assert r.status_code == 200, r.text
    assert r.json() == {"tickets": 1, "attachments": 2}
    # Gone: the account (its token no longer works), the ticket, the note's bytes.
    assert hub.client.get("/api/v1/me", headers=customer.headers).status_code == 401
    assert (
        hub.client.get(f"/api/v1/tickets/{ticket['id']}", headers=agent.headers).status_code == 404
    )
    assert not blob_path(root, note_sha).exists()
    # Kept: the other customer's ticket and the bytes it shares.
    r = hub.client.get(f"/api/v1/tickets/{kept['id']}", headers=other.headers)
    assert r.status_code == 200
    attachment_id = r.json()["attachments"][0]["id"]
    got = hub.client.get(f"/api/v1/attachments/{attachment_id}", headers=other.headers)
    assert got.content == shared == own
    with hub.db.session() as s:
        assert s.get(User, customer.id) is None
        assert s.scalar(select(Blob).where(Blob.sha256 == note_sha)) is None
    # The audit log says who deleted how much, and nothing of what was deleted.
    log = hub.client.get(
        "/api/v1/audit", params={"action": "customer_deleted"}, headers=admin.headers
    ).json()
    assert len(log) == 1 and log[0]["actor"]["id"] == admin.id
    assert log[0]["detail"] == {"user_id": customer.id, "tickets": 1, "attachments": 2}
    assert customer.email not in json.dumps(log)


def test_agents_are_deactivated_not_deleted_and_only_admins_delete(hub: Hub) -> None:
    admin, agent, customer = hub.person("admin"), hub.person("agent"), hub.person("customer")
    r = hub.client.delete(f"/api/v1/users/{agent.id}", headers=admin.headers)
    assert r.status_code == 409 and "deactivate" in r.json()["message"]
    r = hub.client.delete(f"/api/v1/users/{customer.id}", headers=agent.headers)
    assert r.status_code == 403
    r = hub.client.delete(f"/api/v1/users/{customer.id}", headers=customer.headers)
    assert r.status_code == 403
    assert hub.client.get("/api/v1/me", headers=customer.headers).status_code == 200


def test_retention_deletes_only_tickets_closed_long_enough_ago(hub: Hub) -> None:
    customer = hub.person("customer")
    old, recent, still_open = (hub.ticket(customer, title=t) for t in ("old", "recent", "open"))
    now = utcnow()
    with hub.db.session(write=True) as s:
        for ticket, days in ((old, 100), (recent, 10)):
            s.execute(
                update(Ticket)
                .where(Ticket.id == ticket["id"])
                .values(status="closed", closed_at=now - timedelta(days=days))
            )
        s.commit()
    hub.settings.retention_days = 30
    housekeeping(hub.app.state.hub)  # type: ignore[attr-defined]
    with hub.db.session() as s:
        left = set(s.scalars(select(Ticket.title)))
        purge = s.scalar(select(AuditEvent).where(AuditEvent.action == "retention_purge"))
    assert left == {"recent", "open"}
    assert purge is not None and purge.detail["tickets"] == 1
    assert still_open["id"]
    # 0 keeps everything.
    with hub.db.session(write=True) as s:
        assert privacy.purge_closed(s, days=0).tickets == 0


def test_admin_changes_are_in_the_audit_log_without_passwords(hub: Hub) -> None:
    admin, agent = hub.person("admin"), hub.person("agent")
    r = hub.client.post(
        "/api/v1/users",
        json={
            "email": "new.agent@example.com",
            "display_name": "New Agent",
            "role": "agent",
            "password": "a-secret-password",
        },
        headers=admin.headers,
    )
    assert r.status_code == 201, r.text
    new_id = r.json()["user"]["id"]
    hub.client.patch(f"/api/v1/users/{new_id}", json={"senior": True}, headers=admin.headers)
    hub.client.post(f"/api/v1/users/{new_id}/password", headers=admin.headers)
    log = hub.client.get("/api/v1/audit", headers=admin.headers).json()
    actions = [e["action"] for e in log]
    assert actions[:3] == ["password_reset", "user_changed", "user_created"]
    assert log[1]["detail"] == {"user_id": new_id, "senior": True}
    assert "a-secret-password" not in json.dumps(log)
    older = hub.client.get(
        "/api/v1/audit", params={"before_id": log[0]["id"], "limit": 1}, headers=admin.headers
    ).json()
    assert [e["action"] for e in older] == ["user_changed"]
    assert hub.client.get("/api/v1/audit", headers=agent.headers).status_code == 403


def test_command_line_export_and_delete(tmp_path: Path, hub: Hub, capsys) -> None:  # type: ignore[no-untyped-def]
    customer, agent = hub.person("customer"), hub.person("agent")
    _ticket_with_files(hub, customer, agent)
    data_dir = ["--data-dir", str(hub.settings.data_dir)]
    if hub.settings.db:  # the same database the hub uses, SQLite or PostgreSQL
        data_dir += ["--db", hub.settings.db]
    out = tmp_path / "export.zip"
    assert hub_cli(["export-customer", customer.email, "-o", str(out), *data_dir]) == 0
    assert "customer.json" in zipfile.ZipFile(out).namelist()
    assert hub_cli(["delete-customer", customer.email, *data_dir]) == 2  # needs --yes
    assert "--yes" in capsys.readouterr().err
    assert hub_cli(["delete-customer", customer.email, "--yes", *data_dir]) == 0
    assert hub_cli(["delete-customer", customer.email, "--yes", *data_dir]) == 1
    assert "no account" in capsys.readouterr().err
