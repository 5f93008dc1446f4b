"""`kefu login [--hub URL]` and `kefu logout`: the GUI's sign-in, from a terminal.

The token goes to the OS keyring under this profile (never a plain file). The
password is read with getpass from a terminal, or from stdin when stdin is not
a terminal (for scripts); it is never an argument.
"""

from __future__ import annotations

import argparse
import getpass
import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from desktop.core import profile
from desktop.core import settings as settings_mod
from desktop.core.credentials import TokenStore
from desktop.core.embedded import EmbeddedHub, EmbeddedHubError
from desktop.core.hubclient import HubClient, HubError, normalize_hub_url
from desktop.core.settings import HubMode, Settings


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    login = sub.add_parser("login", help="sign in and keep the token in the OS keyring")
    login.add_argument("--hub", metavar="URL", help="the organization's hub (saved for next time)")
    login.add_argument("--email", help="your e-mail address (asked for when missing)")
    login.set_defaults(func=run_login)
    logout = sub.add_parser("logout", help="sign out and remove the token from the keyring")
    logout.set_defaults(func=run_logout)


@contextmanager
def _hub_url(settings: Settings) -> Iterator[str]:
    """The hub to talk to; the embedded one is started for the duration."""
    from desktop.cli import CommandError

    if settings.hub_mode is HubMode.REMOTE and settings.hub_url:
        yield settings.hub_url
        return
    hub = EmbeddedHub(
        profile.hub_data_dir(),
        profile.hub_port_file(),
        profile.logs_dir() / "hub.log",
        reuse_running=True,
    )
    try:
        url = hub.start()
    except EmbeddedHubError as exc:
        raise CommandError(str(exc)) from exc
    try:
        yield url
    finally:
        hub.stop()


def _read_password() -> str:
    if sys.stdin.isatty():
        return getpass.getpass("Password: ")
    return sys.stdin.readline().rstrip("\r\n")


def run_login(args: argparse.Namespace) -> int:
    from desktop.cli import CommandError, UsageError

    settings = settings_mod.load()
    if args.hub:
        try:
            settings.hub_url = normalize_hub_url(args.hub)
        except ValueError as exc:
            raise UsageError(str(exc)) from exc
        settings.hub_mode = HubMode.REMOTE
    elif settings.hub_mode is HubMode.UNSET:
        settings.hub_mode = HubMode.EMBEDDED
    email = args.email
    if not email:
        if not sys.stdin.isatty():
            raise UsageError("--email is required when stdin is not a terminal")
        email = input("E-mail: ").strip()
    password = _read_password()
    if not email or not password:
        raise UsageError("an e-mail address and a password are needed")

    with _hub_url(settings) as url:
        client = HubClient(
            url,
            ca_bundle=settings.ca_bundle,
            allow_insecure_http=settings.allow_insecure_http,
        )
        try:
            device = f"kefu CLI on {socket.gethostname()}"
            signin = client.login(email, password, device_name=device)
        except HubError as exc:
            raise CommandError(exc.message) from exc
    store = TokenStore()
    key = settings_mod.token_key(settings)
    assert key is not None
    if not store.set(key, signin.token):
        raise CommandError(
            f"{store.insecure_reason} A terminal sign-in cannot be kept without a keyring; "
            "use KEFU_TOKEN instead."
        )
    settings.last_email = email
    settings_mod.save(settings)
    role = signin.user.role.value
    print(f"Signed in as {signin.user.display_name} <{signin.user.email}> ({role}).")
    return 0


def run_logout(args: argparse.Namespace) -> int:
    settings = settings_mod.load()
    key = settings_mod.token_key(settings)
    store = TokenStore()
    token = store.get(key) if key else None
    if key is None or token is None:
        print("Not signed in.")
        return 0
    # Revoke on the hub when it is reachable; the local token goes either way.
    try:
        with _hub_url(settings) as url:
            HubClient(
                url,
                token,
                ca_bundle=settings.ca_bundle,
                allow_insecure_http=settings.allow_insecure_http,
            ).logout()
    except Exception as exc:  # offline or broken hub: the local token goes anyway
        print(f"Note: the hub could not be told ({exc}); signing out here.", file=sys.stderr)
    store.delete(key)
    print("Signed out.")
    return 0
