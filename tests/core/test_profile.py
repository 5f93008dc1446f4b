"""desktop.core.profile: one directory per profile, KEFU_HOME or --profile NAME."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core import profile
from desktop.core.profile import Profile


@pytest.fixture(autouse=True)
def _no_selection(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(profile, "_selected", None)


def test_kefu_home_is_the_profile(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("KEFU_HOME", str(tmp_path / "alice"))
    current = profile.current()
    assert current.path == tmp_path / "alice" and current.name == "alice"
    assert profile.settings_path() == tmp_path / "alice" / "settings.json"
    assert profile.hub_data_dir().is_dir() and profile.logs_dir().is_dir()
    assert profile.lock_path().parent == tmp_path / "alice"


def test_named_profile_under_user_data(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("KEFU_HOME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    profile.select("field-laptop")
    assert profile.name() == "field-laptop"
    assert profile.home() == tmp_path / "kefu" / "profiles" / "field-laptop"


@pytest.mark.parametrize("bad", ["", "../up", "a/b", "-x", "x" * 65])
def test_bad_names_are_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        profile.select(bad)


def test_same_name_different_place_gets_a_different_key(tmp_path: Path) -> None:
    one = Profile(tmp_path / "a" / "work", "work")
    two = Profile(tmp_path / "b" / "work", "work")
    assert one.key() != two.key()
    assert one.key() == Profile(tmp_path / "a" / "work", "work").key()
