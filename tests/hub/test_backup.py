"""kefu-hub backup and restore: everything comes back, nothing unsafe goes in."""

from __future__ import annotations

import io
import subprocess
import sys
import tarfile
from pathlib import Path

from fastapi.testclient import TestClient

from hub.app import create_app
from tests.hub.conftest import SQLITE_ONLY, Hub, Person, make_settings, png_bytes

HUB = [sys.executable, "-m", "hub.cli"]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*HUB, *args], capture_output=True, text=True, timeout=120, check=False)


@SQLITE_ONLY
def test_backup_of_a_running_hub_restores_everything(
    hub: Hub, customer: Person, tmp_path: Path
) -> None:
    shot = png_bytes(64, 48, (10, 20, 30))
    blob = hub.upload(customer, shot)
    t = hub.ticket(
        customer, title="备份前的工单", attachments=[{"sha256": blob["sha256"], "name": "s.png"}]
    )
    archive = tmp_path / "kefu.tar.gz"
    r = run("backup", "--data-dir", str(hub.settings.data_dir), "-o", str(archive))
    assert r.returncode == 0, r.stderr
    assert "1 files" in r.stdout
    target = tmp_path / "restored"
    r = run("restore", "--data-dir", str(target), str(archive))
    assert r.returncode == 0, r.stderr
    settings = make_settings(tmp_path / "x")
    settings.data_dir = target
    with TestClient(create_app(settings)) as client:
        token = client.post(
            "/api/v1/auth/login", json={"email": customer.email, "password": "correct horse 1"}
        ).json()["token"]
        auth = {"Authorization": f"Bearer {token}"}
        got = client.get(f"/api/v1/tickets/{t['id']}", headers=auth).json()
        assert got["title"] == "备份前的工单"
        att = got["attachments"][0]["id"]
        assert client.get(f"/api/v1/attachments/{att}", headers=auth).content == shot
    # Restoring over a database needs --force.
    r = run("restore", "--data-dir", str(target), str(archive))
    assert r.returncode == 1 and "--force" in r.stderr


def test_restore_refuses_what_is_not_a_backup(tmp_path: Path) -> None:
    junk = tmp_path / "junk.tar.gz"
    junk.write_bytes(b"not a tarball")
    r = run("restore", "--data-dir", str(tmp_path / "d"), str(junk))
    assert r.returncode == 1 and "Cannot read" in r.stderr
    evil = tmp_path / "evil.tar.gz"
    with tarfile.open(evil, "w:gz") as tar:
        for name, data in (("kefu-backup.json", b"{}"), ("hub.db", b""), ("../escape.txt", b"x")):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    r = run("restore", "--data-dir", str(tmp_path / "d2"), str(evil))
    assert r.returncode == 1
    assert not (tmp_path / "escape.txt").exists()


def test_backup_says_what_is_missing(tmp_path: Path) -> None:
    r = run("backup", "--data-dir", str(tmp_path / "empty"), "-o", str(tmp_path / "b.tar.gz"))
    assert r.returncode == 1 and "no hub database" in r.stderr
    r = run("backup", "--db", "postgresql://h/db", "-o", str(tmp_path / "b.tar.gz"))
    assert r.returncode == 1 and "pg_dump" in r.stderr
