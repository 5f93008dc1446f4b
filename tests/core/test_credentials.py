"""desktop.core.credentials and `kefu login/logout`, against a real Secret Service
(gnome-keyring on a private D-Bus session), never a plain-text backend."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring.backends.fail
import keyring.backends.SecretService
import pytest

from desktop.core.credentials import TokenStore, backend_is_secure, service_name
from desktop.core.hubclient import HubClient, HubError
from desktop.core.profile import Profile
from tests.core.hub_process import PASSWORD, TestHub
from tests.core.secret_service import secret_service


@pytest.fixture(scope="module")
def keyring_env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    with (
        secret_service(tmp_path_factory.mktemp("keyring")) as env,
        pytest.MonkeyPatch.context() as mp,
    ):
        mp.setenv("DBUS_SESSION_BUS_ADDRESS", env["DBUS_SESSION_BUS_ADDRESS"])
        mp.delenv("KEFU_TOKEN", raising=False)
        yield env


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestHub]:
    hub = TestHub(tmp_path_factory.mktemp("credentials-hub"))
    yield hub
    hub.stop()


def read_in_other_process(env: dict[str, str], service: str, user: str) -> str:
    code = f"import keyring; print(keyring.get_password({service!r}, {user!r}))"
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, timeout=60, check=True
    )
    return result.stdout.decode().strip()


def secret_service_store(profile: Profile) -> TokenStore:
    return TokenStore(profile, keyring.backends.SecretService.Keyring())


def test_token_lives_in_the_os_keyring(keyring_env: dict[str, str], tmp_path: Path) -> None:
    profile = Profile(tmp_path / "work", "work")
    store = secret_service_store(profile)
    assert store.secure
    assert store.set("https://kefu.example.com", "tok-123") is True
    assert "work" in store.service and store.service == service_name(profile)
    # Another process (a restart) finds it in the Secret Service...
    found = read_in_other_process(keyring_env, store.service, "https://kefu.example.com")
    assert found == "tok-123"
    assert secret_service_store(profile).get("https://kefu.example.com") == "tok-123"
    # ...and a token is never offered to another hub or another profile.
    assert store.get("https://other.example.com") is None
    assert (
        secret_service_store(Profile(tmp_path / "home", "work")).get("https://kefu.example.com")
        is None
    )
    store.delete("https://kefu.example.com")
    assert read_in_other_process(keyring_env, store.service, "https://kefu.example.com") == "None"
    store.delete("https://kefu.example.com")  # deleting twice is fine


def test_without_a_secure_backend_the_token_stays_in_memory(tmp_path: Path) -> None:
    profile = Profile(tmp_path / "p", "p")
    store = TokenStore(profile, keyring.backends.fail.Keyring())
    assert not store.secure and store.insecure_reason
    assert store.set("embedded", "in-memory-secret") is False
    assert store.get("embedded") == "in-memory-secret"
    assert TokenStore(profile, keyring.backends.fail.Keyring()).get("embedded") is None
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert b"in-memory-secret" not in path.read_bytes()


def test_kefu_token_wins(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("KEFU_TOKEN", "from-env")
    assert (
        TokenStore(Profile(tmp_path, "x"), keyring.backends.fail.Keyring()).get("any") == "from-env"
    )


def test_backend_detection() -> None:
    assert backend_is_secure(keyring.backends.SecretService.Keyring())
    assert not backend_is_secure(keyring.backends.fail.Keyring())


def kefu(
    env: dict[str, str], home: Path, *args: str, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    run_env = dict(env, KEFU_HOME=str(home))
    run_env.pop("KEFU_TOKEN", None)
    return subprocess.run(
        [str(Path(sys.executable).with_name("kefu")), *args],
        input=stdin,
        env=run_env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_kefu_login_and_logout(keyring_env: dict[str, str], hub: TestHub, tmp_path: Path) -> None:
    customer = hub.customer("Terminal User")
    email = customer.me().email
    home = tmp_path / "cli-profile"

    wrong = kefu(keyring_env, home, "login", "--hub", hub.url, "--email", email, stdin="nope\n")
    assert wrong.returncode == 1 and "kefu login:" in wrong.stderr

    done = kefu(
        keyring_env, home, "login", "--hub", hub.url, "--email", email, stdin=PASSWORD + "\n"
    )
    assert done.returncode == 0, done.stderr
    assert "Terminal User" in done.stdout
    service = service_name(Profile(home, home.name))
    token = read_in_other_process(keyring_env, service, hub.url)
    assert HubClient(hub.url, token).me().email == email
    # The secret is in the keyring only, never in the profile's files.
    for path in home.rglob("*"):
        if path.is_file():
            assert token.encode() not in path.read_bytes()

    out = kefu(keyring_env, home, "logout")
    assert out.returncode == 0, out.stderr
    assert read_in_other_process(keyring_env, service, hub.url) == "None"
    with pytest.raises(HubError) as caught:
        HubClient(hub.url, token).me()
    assert caught.value.error == "not_authenticated"  # revoked on the hub too
    assert kefu(keyring_env, home, "logout").stdout.strip() == "Not signed in."


def test_kefu_login_usage_errors(keyring_env: dict[str, str], tmp_path: Path) -> None:
    result = kefu(
        keyring_env, tmp_path / "p", "login", "--hub", "ftp://x", "--email", "a@b.c", stdin="pw\n"
    )
    assert result.returncode == 2
    result = kefu(
        keyring_env, tmp_path / "p", "login", "--hub", "https://x.example.com", stdin="pw\n"
    )
    assert result.returncode == 2 and "--email" in result.stderr
