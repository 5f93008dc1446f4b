"""desktop.core.settings: one declared model, stored as JSON in the profile."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from desktop.core import settings
from desktop.core.settings import HubMode, Settings, token_key


def test_defaults_and_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    assert settings.load(path) == Settings()
    chosen = Settings(hub_mode=HubMode.REMOTE, hub_url="https://k.example.com", language="zh_CN")
    settings.save(chosen, path)
    assert settings.load(path) == chosen
    assert not path.with_suffix(".tmp").exists()


def test_damaged_or_invalid_file_gives_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{not json")
    assert settings.load(path) == Settings()
    path.write_text('{"hub_mode": "sideways"}')
    assert settings.load(path) == Settings()
    path.write_text('{"language": "en", "from_a_newer_version": 1}')
    assert settings.load(path).language == "en"


def test_every_setting_is_described() -> None:
    for name, field in Settings.model_fields.items():
        assert field.description, name


def test_assignment_is_validated() -> None:
    with pytest.raises(ValidationError):
        Settings().hub_mode = "sideways"  # type: ignore[assignment]


def test_token_key() -> None:
    assert token_key(Settings()) is None
    assert token_key(Settings(hub_mode=HubMode.EMBEDDED)) == "embedded"
    remote = Settings(hub_mode=HubMode.REMOTE, hub_url="https://k.example.com")
    assert token_key(remote) == "https://k.example.com"
