"""`kefu-hub backup` / `restore` for the SQLite default: one .tar.gz with a
consistent copy of the database (SQLite's online backup, safe while the hub
runs) and every blob. PostgreSQL deployments use pg_dump for the database."""

from __future__ import annotations

import json
import sqlite3
import tarfile
import tempfile
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from hub import __version__
from hub.config import HubSettings

MANIFEST = "kefu-backup.json"


class BackupError(Exception):
    """Something a person can fix: the message says what."""


def _sqlite_path(settings: HubSettings) -> Path:
    url = settings.database_url
    if not url.startswith("sqlite:///"):
        raise BackupError(
            "backup/restore handle the built-in SQLite database; for PostgreSQL "
            "use pg_dump/pg_restore and copy the blobs folder."
        )
    return Path(url.removeprefix("sqlite:///"))


def backup(settings: HubSettings, out: Path) -> int:
    """Write the archive; returns the number of blobs in it."""
    db = _sqlite_path(settings)
    if not db.exists():
        raise BackupError(f"There is no hub database at {db}.")
    blobs = sorted(
        p for p in settings.blob_dir.rglob("*") if p.is_file() and p.parent.name != "tmp"
    )
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "hub.db"
        with closing(sqlite3.connect(db)) as source, closing(sqlite3.connect(copy)) as target:
            source.backup(target)
        manifest = Path(tmp) / MANIFEST
        manifest.write_text(
            json.dumps(
                {
                    "version": __version__,
                    "blobs": len(blobs),
                    "created": datetime.now(UTC).isoformat(),
                }
            )
        )
        partial = out.with_name(out.name + ".partial")
        with tarfile.open(partial, "w:gz") as tar:
            tar.add(manifest, MANIFEST)
            tar.add(copy, "hub.db")
            for blob in blobs:
                tar.add(blob, "blobs/" + blob.relative_to(settings.blob_dir).as_posix())
        partial.replace(out)
    return len(blobs)


def restore(settings: HubSettings, archive: Path, *, force: bool) -> int:
    """Unpack an archive into the data dir (the hub must be stopped)."""
    db = _sqlite_path(settings)
    if db.exists() and not force:
        raise BackupError(f"{db} exists; stop the hub and pass --force to replace it.")
    try:
        with tarfile.open(archive, "r:gz") as tar:
            names = tar.getnames()
            if MANIFEST not in names or "hub.db" not in names:
                raise BackupError(f"{archive} is not a Kefu hub backup.")
            settings.data_dir.mkdir(parents=True, exist_ok=True)
            # The data filter refuses absolute paths, links out of the tree and devices.
            tar.extractall(settings.data_dir, filter="data")
    except (tarfile.TarError, OSError) as exc:
        raise BackupError(f"Cannot read {archive}: {exc}") from exc
    extracted = settings.data_dir / "hub.db"
    if extracted != db:
        db.parent.mkdir(parents=True, exist_ok=True)
        extracted.replace(db)
    (settings.data_dir / MANIFEST).unlink(missing_ok=True)
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    return sum(1 for n in names if n.startswith("blobs/"))
