"""Profiles: one directory per set of settings, outbox, embedded hub data and logs.

The directory is `KEFU_HOME` when set, otherwise a named profile under the
user's data directory (`--profile NAME`, default "default"). Everything the
client stores on disk lives inside it, so tests give every client its own.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

import platformdirs

DEFAULT_NAME = "default"
_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")

_selected: str | None = None


def select(name: str) -> None:
    """Use the named profile for the rest of this process (`kefu --profile NAME`)."""
    global _selected
    if not _NAME_RE.match(name):
        raise ValueError(
            f"invalid profile name {name!r}: use letters, digits, '.', '_' or '-' (max 64)"
        )
    _selected = name


def name() -> str:
    """The profile's name: the selected one, or the folder name under KEFU_HOME."""
    if _selected is not None:
        return _selected
    env = os.environ.get("KEFU_HOME")
    if env:
        return Path(env).name or DEFAULT_NAME
    return DEFAULT_NAME


def home() -> Path:
    """The profile directory (created on first use)."""
    env = os.environ.get("KEFU_HOME")
    if env and _selected is None:
        path = Path(env).expanduser()
    else:
        base = Path(platformdirs.user_data_dir("kefu", appauthor=False))
        path = base / "profiles" / name()
    path.mkdir(parents=True, exist_ok=True)
    return path


def key() -> str:
    """A stable id for this profile, used in the keyring service name.

    Two profiles with the same name in different places (e.g. two KEFU_HOME
    folders in tests) must not share a token, so the path is part of it.
    """
    digest = hashlib.sha256(str(home().resolve()).encode()).hexdigest()[:10]
    return f"{name()}-{digest}"


def settings_path() -> Path:
    return home() / "settings.json"


def hub_data_dir() -> Path:
    """Where the embedded hub keeps its database and blobs."""
    path = home() / "hub"
    path.mkdir(parents=True, exist_ok=True)
    return path


def hub_port_file() -> Path:
    return home() / "hub.port"


def logs_dir() -> Path:
    path = home() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def lock_path() -> Path:
    """The GUI's single-instance lock (CLI subcommands never take it)."""
    return home() / "kefu.lock"


def cache_dir() -> Path:
    path = home() / "cache"
    path.mkdir(parents=True, exist_ok=True)
    return path
