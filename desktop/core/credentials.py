"""Where the sign-in token lives: the OS keyring, or memory only.

The keyring service name includes the profile, and the entry is keyed by the
hub's URL so a token is never offered to another hub. When no secure backend
exists (no Secret Service, a plain-text file backend), the token is kept in
memory for this run only: a secret is never written to a plain file.
`KEFU_TOKEN` in the environment wins over everything (for scripts).
"""

from __future__ import annotations

import logging
import os

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from desktop.core import profile

log = logging.getLogger(__name__)

# Backends that are not a real OS secret store.
_INSECURE_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


def service_name(prof: profile.Profile | None = None) -> str:
    return f"kefu:{(prof or profile.current()).key()}"


def backend_is_secure(backend: KeyringBackend) -> bool:
    """True for an OS secret store (Secret Service, macOS Keychain, Windows)."""
    backends = getattr(backend, "backends", None)  # the chainer wraps the real ones
    if backends is not None:
        return any(backend_is_secure(b) for b in backends)
    module = type(backend).__module__
    if module.startswith(_INSECURE_MODULES):
        return False
    try:
        return float(backend.priority) > 0
    except Exception:  # a backend whose priority check itself fails is unusable
        return False


class TokenStore:
    """Tokens per hub URL for this profile.

    `secure` says whether tokens survive a restart in the OS keyring; when it
    is False, `insecure_reason` is a sentence for the user (shown once).
    """

    def __init__(
        self, prof: profile.Profile | None = None, backend: KeyringBackend | None = None
    ) -> None:
        self.profile = prof or profile.current()
        self._backend = backend or keyring.get_keyring()
        self._memory: dict[str, str] = {}
        self.secure = backend_is_secure(self._backend)
        self.insecure_reason = (
            ""
            if self.secure
            else "No secure password store (keyring) is available, so you will "
            "have to sign in again next time."
        )

    @property
    def service(self) -> str:
        return service_name(self.profile)

    def get(self, hub_url: str) -> str | None:
        env = os.environ.get("KEFU_TOKEN")
        if env:
            return env
        if hub_url in self._memory:
            return self._memory[hub_url]
        if not self.secure:
            return None
        try:
            return self._backend.get_password(self.service, hub_url)
        except keyring.errors.KeyringError as exc:
            log.warning("keyring read failed: %s", exc)
            return None

    def set(self, hub_url: str, token: str) -> bool:
        """Remember the token; True when it is in the OS keyring, False if memory only."""
        self._memory[hub_url] = token
        if not self.secure:
            return False
        try:
            self._backend.set_password(self.service, hub_url, token)
        except keyring.errors.KeyringError as exc:
            log.warning("keyring write failed, keeping the token in memory: %s", exc)
            self.secure = False
            self.insecure_reason = (
                f"The password store refused the sign-in token ({exc}); "
                "you will have to sign in again next time."
            )
            return False
        return True

    def delete(self, hub_url: str) -> None:
        """Forget the token (sign-out). Missing entries are fine."""
        self._memory.pop(hub_url, None)
        if not self.secure:
            return
        try:
            self._backend.delete_password(self.service, hub_url)
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError as exc:
            log.warning("keyring delete failed: %s", exc)
