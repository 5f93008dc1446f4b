"""The client's settings, declared once (type, default, description).

Stored as JSON in the profile. Window geometry is the only thing kept elsewhere
(QSettings), because it belongs to the widgets, not to the user's choices.
"""

from __future__ import annotations

import json
import logging
import os
from enum import StrEnum
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from desktop.core import profile

log = logging.getLogger(__name__)


class HubMode(StrEnum):
    UNSET = "unset"  # first start: the welcome asks
    EMBEDDED = "embedded"  # `kefu-hub serve` as a child process, data in the profile
    REMOTE = "remote"  # the organization's hub at hub_url


class Settings(BaseModel):
    """Everything a user can choose. Unknown keys in the file are ignored."""

    model_config = ConfigDict(extra="ignore", validate_assignment=True)

    hub_mode: HubMode = Field(default=HubMode.UNSET, description="Which hub this client talks to.")
    hub_url: str | None = Field(
        default=None, description="The organization's hub, e.g. https://kefu.example.com."
    )
    ca_bundle: str | None = Field(
        default=None, description="A CA bundle file for a hub with a private certificate."
    )
    allow_insecure_http: bool = Field(
        default=False,
        description="Send the token over plain http to a non-loopback hub (not recommended).",
    )
    language: str = Field(
        default="", description="UI language: '' follows the system, or 'en' / 'zh_CN'."
    )
    notifications: bool = Field(
        default=True, description="Show a desktop notification when a reply arrives."
    )
    last_email: str = Field(default="", description="Pre-filled on the sign-in form.")
    tesseract_path: str | None = Field(
        default=None,
        description="The Tesseract program for OCR; None finds it (PATH, usual install places).",
    )


def load(path: Path | None = None) -> Settings:
    """Read the settings; a missing or damaged file gives the defaults (and is logged)."""
    path = path or profile.settings_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("settings file %s unreadable (%s); using defaults", path, exc)
        return Settings()
    try:
        return Settings.model_validate(data)
    except ValidationError as exc:
        log.warning("settings file %s invalid (%s); using defaults", path, exc)
        return Settings()


def save(settings: Settings, path: Path | None = None) -> None:
    """Write atomically: a crash mid-write never leaves half a file."""
    path = path or profile.settings_path()
    tmp = path.with_suffix(".tmp")
    tmp.write_text(settings.model_dump_json(indent=2), encoding="utf-8")
    os.replace(tmp, path)


EMBEDDED_TOKEN_KEY = "embedded"


def token_key(settings: Settings) -> str | None:
    """What the keyring entry is keyed by: the hub URL, or "embedded" (its port changes)."""
    if settings.hub_mode is HubMode.EMBEDDED:
        return EMBEDDED_TOKEN_KEY
    if settings.hub_mode is HubMode.REMOTE and settings.hub_url:
        return settings.hub_url
    return None
