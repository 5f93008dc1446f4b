"""Attachment bytes cached in the profile by content hash (they never change)."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from desktop.core.hubclient import HubClient
from desktop.core.models import Attachment


def fetch(client: HubClient, attachment: Attachment, cache_dir: Path) -> bytes:
    """The attachment's bytes, from the cache or the hub (then cached)."""
    path = cache_dir / attachment.sha256
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        pass
    else:
        if hashlib.sha256(data).hexdigest() == attachment.sha256:
            return data
    data = client.attachment_bytes(attachment.id)
    if hashlib.sha256(data).hexdigest() == attachment.sha256:
        tmp = path.with_suffix(".part")
        tmp.write_bytes(data)
        os.replace(tmp, path)
    return data
