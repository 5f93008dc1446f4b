"""Blob storage: files on disk named by SHA-256, rows that describe them.

Upload streams to a temporary file while hashing and counting, so a large or
lying upload is refused without being held in memory. Only someone who has
uploaded a blob's bytes may attach it (knowing a hash gives no access)."""

from __future__ import annotations

import hashlib
import os
import tempfile
import warnings
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from PIL import Image
from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from hub.errors import ApiError
from hub.models import Attachment, Blob, BlobUpload
from hub.schemas import AttachmentIn
from hub.timeutil import utcnow

# Formats we accept as images, by what Pillow finds in the bytes.
IMAGE_MIME = {
    "PNG": "image/png",
    "JPEG": "image/jpeg",
    "WEBP": "image/webp",
    "GIF": "image/gif",
    "BMP": "image/bmp",
}
_SAFE_MIME_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789/.+-")


@dataclass
class Received:
    path: Path
    size: int
    sha256: str


def blob_path(root: Path, sha256: str) -> Path:
    return root / sha256[:2] / sha256[2:4] / sha256


async def receive(
    chunks: AsyncIterator[bytes], *, root: Path, expected_sha256: str, max_bytes: int
) -> Received:
    """Stream an upload into a temp file under `root`, checking size and hash."""
    tmp_dir = root / "tmp"
    tmp_dir.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    size = 0
    fd, name = tempfile.mkstemp(dir=tmp_dir)
    path = Path(name)
    try:
        with os.fdopen(fd, "wb") as out:
            async for chunk in chunks:
                size += len(chunk)
                if size > max_bytes:
                    raise too_large(max_bytes)
                digest.update(chunk)
                out.write(chunk)
        if digest.hexdigest() != expected_sha256:
            raise ApiError(
                422,
                "blob_hash_mismatch",
                "The uploaded bytes do not match the SHA-256 in the address; "
                "the file may have changed or been cut off. Upload it again.",
                {"expected": expected_sha256, "received": digest.hexdigest()},
            )
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return Received(path, size, expected_sha256)


def too_large(max_bytes: int) -> ApiError:
    return ApiError(
        413,
        "blob_too_large",
        f"The file is larger than the hub accepts ({max_bytes // (1024 * 1024)} MB). "
        "Crop the screenshot or attach a smaller file.",
        {"max_bytes": max_bytes},
    )


def inspect(path: Path, claimed: str) -> tuple[str, int | None, int | None]:
    """(mime, width, height) from the bytes; images must really be images."""
    claimed = claimed.split(";")[0].strip().lower()
    if not claimed.startswith("image/"):
        if claimed and set(claimed) <= _SAFE_MIME_CHARS and "/" in claimed:
            return claimed, None, None
        return "application/octet-stream", None, None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as img:
                fmt = img.format or ""
                width, height = img.size
                img.verify()
    except Exception as exc:
        raise ApiError(
            415,
            "not_an_image",
            f"The file says it is {claimed} but is not an image Kefu can read "
            "(PNG, JPEG, WebP, GIF or BMP).",
        ) from exc
    if fmt not in IMAGE_MIME:
        raise ApiError(
            415, "not_an_image", f"{fmt or 'This'} images are not accepted; use PNG or JPEG."
        )
    return IMAGE_MIME[fmt], width, height


def store(session: Session, *, root: Path, received: Received, claimed: str, user_id: int) -> Blob:
    """Keep the received file (or drop it if the blob exists) and note the uploader."""
    try:
        blob = session.scalar(select(Blob).where(Blob.sha256 == received.sha256))
        if blob is None:
            mime, width, height = inspect(received.path, claimed)
            final = blob_path(root, received.sha256)
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(received.path, final)
            blob = Blob(
                sha256=received.sha256, size=received.size, mime=mime, width=width, height=height
            )
            session.add(blob)
            session.flush()
        if session.get(BlobUpload, (blob.id, user_id)) is None:
            session.add(BlobUpload(blob_id=blob.id, user_id=user_id))
        session.commit()
        return blob
    finally:
        received.path.unlink(missing_ok=True)


def resolve(
    session: Session, refs: list[AttachmentIn], user_id: int
) -> list[tuple[Blob, AttachmentIn]]:
    """The blobs behind attachment references; each must be one this user uploaded."""
    out = []
    for ref in refs:
        blob = session.scalar(
            select(Blob)
            .join(BlobUpload, BlobUpload.blob_id == Blob.id)
            .where(Blob.sha256 == ref.sha256, BlobUpload.user_id == user_id)
        )
        if blob is None:
            raise ApiError(
                422,
                "blob_not_found",
                f"The file '{ref.name}' has not been uploaded yet; upload it "
                "(PUT /api/v1/blobs/{sha256}) and try again.",
                {"sha256": ref.sha256},
            )
        out.append((blob, ref))
    return out


def remove_orphans(session: Session, *, root: Path, older_than: timedelta) -> int:
    """Delete blobs no attachment references, once they are older than the grace time."""
    cutoff = utcnow() - older_than
    orphans = session.scalars(
        select(Blob).where(Blob.created_at < cutoff, ~exists().where(Attachment.blob_id == Blob.id))
    ).all()
    for blob in orphans:
        session.delete(blob)
    session.commit()
    for blob in orphans:
        blob_path(root, blob.sha256).unlink(missing_ok=True)
    return len(orphans)
