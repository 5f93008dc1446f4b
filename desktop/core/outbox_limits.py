"""The hub's upload limits, checked before a report is queued.

`GET /health` says how large one file may be (`max_blob_bytes`) and how many a
ticket or reply may carry (`max_attachments`). A report over either limit
would sit in the outbox only to be refused later, so it is refused before it
is queued, while the person still has the form open. The last limits a hub
gave are remembered for this process; offline before the first answer, the
hub's defaults apply.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict, ValidationError

from desktop.core.hubclient import HubClient, HubError

DEFAULT_MAX_BLOB_BYTES = 25 * 1024 * 1024  # the hub's defaults (hub/config.py, hub/schemas.py)
DEFAULT_MAX_ATTACHMENTS = 50
FRESH_SECONDS = 600.0  # limits change only when an admin restarts the hub


class HubLimits(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)
    max_blob_bytes: int = DEFAULT_MAX_BLOB_BYTES
    max_attachments: int = DEFAULT_MAX_ATTACHMENTS


class LimitExceeded(HubError):
    """A file is too large, or there are too many files. `details` holds what the
    UI needs to say it in the person's language: name, size, limit, count."""

    def __init__(self, error: str, message: str, **details: object) -> None:
        super().__init__(413, error, message, details)


_known: dict[str, tuple[float, HubLimits]] = {}
_known_lock = threading.Lock()


def fetch_limits(client: HubClient) -> HubLimits:
    """The hub's limits, asked now (raises HubError when it cannot be reached)."""
    response = client.request("GET", "/health", timeout=5.0)
    try:
        limits = HubLimits.model_validate(response.json())
    except (ValueError, ValidationError):
        limits = HubLimits()  # an older hub without the fields: its defaults
    with _known_lock:
        _known[client.hub_url] = (time.monotonic(), limits)
    return limits


def limits_for(client: HubClient) -> HubLimits:
    """Known limits when fresh, else asked; offline, the last known or the defaults."""
    with _known_lock:
        known = _known.get(client.hub_url)
    if known is not None and time.monotonic() - known[0] < FRESH_SECONDS:
        return known[1]
    try:
        return fetch_limits(client)
    except HubError:
        fallback = known[1] if known is not None else HubLimits()
        with _known_lock:  # offline: do not wait for the hub again for a minute
            _known[client.hub_url] = (time.monotonic() - FRESH_SECONDS + 60.0, fallback)
        return fallback


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def check_files(files: Sequence[tuple[str, int]], limits: HubLimits) -> None:
    """Raise LimitExceeded for the first problem in (name, size) pairs; None when fine."""
    if len(files) > limits.max_attachments:
        raise LimitExceeded(
            "too_many_files",
            f"This report has {len(files)} files; the hub takes at most "
            f"{limits.max_attachments}. Leave some out or put them in one zip file.",
            count=len(files),
            limit=limits.max_attachments,
        )
    for name, size in files:
        if size > limits.max_blob_bytes:
            raise LimitExceeded(
                "file_too_large",
                f"“{name}” is {megabytes(size)}; the hub takes files up to "
                f"{megabytes(limits.max_blob_bytes)}. Make it smaller or leave it out.",
                name=name,
                size=size,
                limit=limits.max_blob_bytes,
            )
