"""Profiles: one directory per set of settings, outbox, embedded hub data and logs.

The directory is `KEFU_HOME` when set, otherwise a named profile under the
user's data directory (`--profile NAME`, default "default"). Everything the
client stores on disk lives inside it, so tests give every client its own.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
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
    """The current profile's directory (created on first use)."""
    return current().path


def key() -> str:
    return current().key()


def settings_path() -> Path:
    return current().settings_path()


def hub_data_dir() -> Path:
    return current().hub_data_dir()


def hub_port_file() -> Path:
    return current().hub_port_file()


def logs_dir() -> Path:
    return current().logs_dir()


def lock_path() -> Path:
    return current().lock_path()


def cache_dir() -> Path:
    return current().cache_dir()


def current() -> Profile:
    """The profile this process uses: KEFU_HOME, else --profile NAME, else "default"."""
    env = os.environ.get("KEFU_HOME")
    if env and _selected is None:
        path = Path(env).expanduser()
        return Profile(path, path.name or DEFAULT_NAME)
    base = Path(platformdirs.user_data_dir("kefu", appauthor=False))
    return Profile(base / "profiles" / name(), name())


@dataclass(frozen=True)
class Profile:
    """One profile directory. The GUI passes this around, so two clients in one
    process (tests, screenshots) can each have their own."""

    path: Path
    name: str = DEFAULT_NAME

    def __post_init__(self) -> None:
        self.path.mkdir(parents=True, exist_ok=True)

    def _dir(self, sub: str) -> Path:
        path = self.path / sub
        path.mkdir(parents=True, exist_ok=True)
        return path

    def key(self) -> str:
        """A stable id for the keyring service name: two profiles with the same
        name in different places must not share a token, so the path is in it."""
        digest = hashlib.sha256(str(self.path.resolve()).encode()).hexdigest()[:10]
        return f"{self.name}-{digest}"

    def settings_path(self) -> Path:
        return self.path / "settings.json"

    def hub_data_dir(self) -> Path:
        """Where the embedded hub keeps its database and blobs."""
        return self._dir("hub")

    def hub_port_file(self) -> Path:
        return self.path / "hub.port"

    def logs_dir(self) -> Path:
        return self._dir("logs")

    def lock_path(self) -> Path:
        """The GUI's single-instance lock (CLI subcommands never take it)."""
        return self.path / "kefu.lock"

    def cache_dir(self) -> Path:
        return self._dir("cache")

    def read_state_path(self) -> Path:
        return self.path / "read.json"

    def window_settings_path(self) -> Path:
        return self.path / "window.ini"
