"""Uploading blobs, attaching them, downloading, and clearing orphans."""

from __future__ import annotations

import hashlib
from datetime import timedelta
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import select

from hub import blobs
from hub.app import create_app
from hub.models import Blob
from hub.timeutil import utcnow
from tests.hub.conftest import Hub, Person, make_settings, png_bytes


def _put(hub: Hub, who: Person, data: bytes, mime: str, sha: str | None = None):  # type: ignore[no-untyped-def]
    sha = sha or hashlib.sha256(data).hexdigest()
    return hub.client.put(
        f"/api/v1/blobs/{sha}", content=data, headers={**who.headers, "Content-Type": mime}
    )


def test_image_upload_is_measured_and_stored_by_hash(hub: Hub, customer: Person) -> None:
    data = png_bytes(640, 360)
    r = _put(hub, customer, data, "image/png")
    assert r.status_code == 201
    body = r.json()
    assert body == {
        "sha256": hashlib.sha256(data).hexdigest(),
        "size": len(data),
        "mime": "image/png",
        "width": 640,
        "height": 360,
    }
    stored = blobs.blob_path(hub.settings.blob_dir, body["sha256"])
    assert stored.read_bytes() == data
    # Repeating the upload is harmless.
    assert _put(hub, customer, data, "image/png").json() == body
    assert list((hub.settings.blob_dir / "tmp").iterdir()) == []


def test_wrong_hash_is_refused_and_nothing_kept(hub: Hub, customer: Person) -> None:
    r = _put(hub, customer, b"some bytes", "text/plain", sha="0" * 64)
    assert r.status_code == 422
    assert r.json()["error"] == "blob_hash_mismatch"
    assert "Upload it again" in r.json()["message"]
    assert not blobs.blob_path(hub.settings.blob_dir, "0" * 64).exists()
    assert list((hub.settings.blob_dir / "tmp").iterdir()) == []


def test_bad_hash_in_the_address(hub: Hub, customer: Person) -> None:
    r = hub.client.put("/api/v1/blobs/NOTAHASH", content=b"x", headers=customer.headers)
    assert r.status_code == 422 and r.json()["error"] == "validation_failed"


def test_text_claiming_to_be_png_is_refused(hub: Hub, customer: Person) -> None:
    r = _put(hub, customer, b"<script>alert(1)</script>", "image/png")
    assert r.status_code == 415
    assert r.json()["error"] == "not_an_image"
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>x</script></svg>'
    assert _put(hub, customer, svg, "image/svg+xml").status_code == 415


def test_a_jpeg_sent_as_png_is_stored_as_what_it_is(hub: Hub, customer: Person) -> None:
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (10, 10)).save(buf, format="JPEG")
    assert _put(hub, customer, buf.getvalue(), "image/png").json()["mime"] == "image/jpeg"


def test_oversized_upload_is_refused(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, max_blob_bytes=1024)
    with TestClient(create_app(settings)) as client:
        hub = Hub(client, settings)
        who = hub.person("customer")
        r = _put(hub, who, b"x" * 2048, "application/octet-stream")
        assert r.status_code == 413
        assert r.json()["error"] == "blob_too_large"

        # Without a Content-Length the stream itself is counted.
        def chunks():  # type: ignore[no-untyped-def]
            for _ in range(4):
                yield b"y" * 512

        r = client.put(
            f"/api/v1/blobs/{'a' * 64}",
            content=chunks(),
            headers={**who.headers, "Content-Type": "application/octet-stream"},
        )
        assert r.status_code == 413
        assert list((settings.blob_dir / "tmp").iterdir()) == []


def test_attachments_download_with_type_and_name(hub: Hub, customer: Person) -> None:
    data = png_bytes()
    blob = hub.upload(customer, data)
    log = b"line 1\nTraceback (most recent call last):\n"
    log_blob = hub.upload(customer, log, mime="text/plain; charset=utf-8")
    t = hub.ticket(
        customer,
        attachments=[
            {"sha256": blob["sha256"], "name": "屏幕截图.png", "ocr_text": "错误 0x80070005"},
            {"sha256": log_blob["sha256"], "name": "app.log"},
        ],
    )
    shot, logfile = t["attachments"]
    assert shot["ocr_text"] == "错误 0x80070005" and shot["width"] == 32
    r = hub.client.get(f"/api/v1/attachments/{shot['id']}", headers=customer.headers)
    assert r.content == data
    assert r.headers["content-type"] == "image/png"
    assert r.headers["content-disposition"].startswith("inline; filename*=UTF-8''")
    assert r.headers["x-content-type-options"] == "nosniff"
    r = hub.client.get(f"/api/v1/attachments/{logfile['id']}", headers=customer.headers)
    assert r.content == log
    assert r.headers["content-disposition"].startswith("attachment;")


def test_comment_attachments(hub: Hub, customer: Person, agent: Person) -> None:
    t = hub.ticket(customer)
    blob = hub.upload(customer, png_bytes(color=(5, 6, 7)))
    r = hub.client.post(
        f"/api/v1/tickets/{t['id']}/comments",
        json={"body": "Screenshot", "attachments": [{"sha256": blob["sha256"], "name": "s.png"}]},
        headers=customer.headers,
    )
    assert r.status_code == 201
    att = r.json()["attachments"][0]
    detail = hub.client.get(f"/api/v1/tickets/{t['id']}", headers=agent.headers).json()
    assert detail["comments"][0]["attachments"][0]["id"] == att["id"]
    assert detail["attachments"] == []  # the ticket's own, not the comment's


def test_unreferenced_blobs_are_removed_after_a_day(hub: Hub, customer: Person) -> None:
    kept = hub.upload(customer, png_bytes(color=(1, 1, 1)))
    hub.ticket(customer, attachments=[{"sha256": kept["sha256"], "name": "a.png"}])
    fresh = hub.upload(customer, png_bytes(color=(2, 2, 2)))
    stale = hub.upload(customer, png_bytes(color=(3, 3, 3)))
    with hub.db.session(write=True) as s:
        for blob in s.scalars(select(Blob)):
            if blob.sha256 != fresh["sha256"]:
                blob.created_at = utcnow() - timedelta(hours=25)
        s.commit()
    with hub.db.session(write=True) as s:
        removed = blobs.remove_orphans(s, root=hub.settings.blob_dir, older_than=timedelta(days=1))
    assert removed == 1
    with hub.db.session() as s:
        left = set(s.scalars(select(Blob.sha256)))
    assert left == {kept["sha256"], fresh["sha256"]}
    assert not blobs.blob_path(hub.settings.blob_dir, stale["sha256"]).exists()


def test_head_tells_a_retry_whether_the_bytes_are_there(
    hub: Hub, customer: Person, other_customer: Person
) -> None:
    data = png_bytes(color=(99, 1, 1))
    sha = hashlib.sha256(data).hexdigest()
    assert hub.client.head(f"/api/v1/blobs/{sha}", headers=customer.headers).status_code == 404
    hub.upload(customer, data)
    assert hub.client.head(f"/api/v1/blobs/{sha}", headers=customer.headers).status_code == 200
    # Another user learns nothing about what others uploaded.
    assert (
        hub.client.head(f"/api/v1/blobs/{sha}", headers=other_customer.headers).status_code == 404
    )


def test_health_states_the_upload_limits(hub: Hub) -> None:
    body = hub.client.get("/api/v1/health").json()
    assert body["max_blob_bytes"] == 25 * 1024 * 1024 and body["max_attachments"] == 50
