"""`kefu://` links: what they may say, checked strictly before the app acts on one.

A link comes from anywhere (an e-mail, a web page), so it is parsed as hostile:

    kefu://join?code=123456789&hub=https://kefu.example.com   join a remote session
    kefu://ticket/KF-1001?hub=https://kefu.example.com         open a ticket
    kefu://open                                                bring Kefu to the front

`hub` is optional. A link never carries a token or a password, and acting on
one never switches hubs without asking (desktop/ui/links.py) and never skips
the consent dialog.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from typing import Literal
from urllib.parse import parse_qsl, unquote, urlsplit

MAX_LINK = 2048
_HOST = re.compile(
    r"^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$"
)
_NUMBER = re.compile(r"^KF-(\d{1,9})$", re.IGNORECASE)
_CODE_SEPARATORS = re.compile(r"[ \-]")  # "123 456789", "123-456-789": how codes are read out
_PATH_SAFE = re.compile(r"^[A-Za-z0-9/._~-]*$")

Action = Literal["join", "ticket", "open"]


class LinkError(ValueError):
    """A link Kefu does not act on; the message says what is wrong with it.

    `kind` lets a UI say it in its own language: "malformed", "unknown" (not a
    kind of link Kefu knows), "code" (the session code), "ticket", "hub" (the hub
    address is not valid) or "insecure" (a remote hub over plain http).
    """

    def __init__(self, message: str, kind: str = "malformed") -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class Link:
    """One checked link. `hub` is normalized (normalize_hub) or None."""

    action: Action
    hub: str | None = None
    code: str | None = None  # join: the nine digits
    number: str | None = None  # ticket: "KF-1001"

    @property
    def ticket_id(self) -> int | None:
        """The ticket's id from its number (`KF-` + (1000 + id), docs/api.md)."""
        if self.number is None:
            return None
        value = int(self.number[3:]) - 1000
        return value if value > 0 else None


def parse(text: str) -> Link:
    """Check and read one link; LinkError for anything not exactly as documented."""
    if not isinstance(text, str) or not text:
        raise LinkError("empty link")
    if len(text) > MAX_LINK:
        raise LinkError("link too long")
    if any(ord(c) < 0x21 or ord(c) == 0x7F or not c.isascii() for c in text):
        raise LinkError("link contains spaces, control or non-ASCII characters")
    try:
        parts = urlsplit(text)
    except ValueError:  # "kefu://[": an unclosed IPv6 bracket
        raise LinkError("the link cannot be read") from None
    if parts.scheme.lower() != "kefu":
        raise LinkError("not a kefu:// link")
    if parts.fragment or "#" in text:
        raise LinkError("kefu:// links have no #fragment")
    if not text.lower().startswith("kefu://"):
        raise LinkError("not a kefu:// link")
    action = parts.netloc.lower()
    path = parts.path
    if not _PATH_SAFE.match(path):
        raise LinkError("unexpected characters in the link's path")
    params = _query(parts.query)
    hub = normalize_hub(params.pop("hub")) if "hub" in params else None
    if action == "join":
        code = params.pop("code", None) if path in ("", "/") else path.strip("/")
        if code is None:
            raise LinkError("a join link needs a code", "code")
        _no_more(params)
        return Link("join", hub=hub, code=_code(code))
    if action == "ticket":
        _no_more(params)
        match = _NUMBER.match(path.strip("/")) if path.count("/") == 1 else None
        if match is None:
            raise LinkError("a ticket link names one ticket like kefu://ticket/KF-1001", "ticket")
        number = f"KF-{int(match.group(1))}"
        link = Link("ticket", hub=hub, number=number)
        if link.ticket_id is None:
            raise LinkError(f"{number} is not a ticket number", "ticket")
        return link
    if action == "open":
        _no_more(params)
        if path not in ("", "/"):
            raise LinkError("kefu://open takes no path")
        return Link("open", hub=hub)
    raise LinkError("Kefu does not know this kind of link", "unknown")


def _query(query: str) -> dict[str, str]:
    try:
        pairs = parse_qsl(query, keep_blank_values=True, strict_parsing=bool(query))
    except ValueError:
        raise LinkError("the link's parameters cannot be read") from None
    params: dict[str, str] = {}
    for key, value in pairs:
        if key in params:  # which one counts would be a guess an attacker could exploit
            raise LinkError(f"the parameter {key!r} appears twice")
        if any(ord(c) < 0x20 or ord(c) == 0x7F for c in value):
            raise LinkError("control characters in the link")
        params[key] = value
    return params


def _no_more(params: dict[str, str]) -> None:
    if params:
        raise LinkError(f"unexpected parameter {sorted(params)[0]!r}")


def _code(raw: str) -> str:
    digits = _CODE_SEPARATORS.sub("", unquote(raw))
    if not re.fullmatch(r"\d{9}", digits):
        raise LinkError("a session code is nine digits", "code")
    return digits


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def normalize_hub(url: str) -> str:
    """A hub address in one spelling (lower-case host, no default port, no trailing slash),
    so that two spellings of one hub compare equal; LinkError if it is not a safe address."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        raise LinkError("the hub address is not valid", "hub") from None
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if scheme not in ("https", "http"):
        raise LinkError("the hub address must start with https://", "hub")
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        raise LinkError("the hub address must not contain a user name or password", "hub")
    if parts.query or parts.fragment:
        raise LinkError("the hub address must not have ?query or #fragment", "hub")
    if not _PATH_SAFE.match(parts.path) or "/../" in parts.path + "/":
        raise LinkError("unexpected characters in the hub address", "hub")
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        ip = None
        if not _HOST.match(host):
            raise LinkError("the hub address has no valid host name", "hub") from None
    if scheme == "http" and not _is_loopback(host):
        raise LinkError("a hub on another computer must use https://", "insecure")
    shown = f"[{host}]" if ip is not None and ip.version == 6 else host
    default = {"https": 443, "http": 80}[scheme]
    netloc = shown if port in (None, default) else f"{shown}:{port}"
    return f"{scheme}://{netloc}{parts.path.rstrip('/')}"


def same_hub(a: str | None, b: str | None) -> bool:
    """Whether two hub addresses name the same hub (False when either is unknown or bad)."""
    if not a or not b:
        return False
    try:
        return normalize_hub(a) == normalize_hub(b)
    except LinkError:
        return False
