"""The hub's REST API over one requests.Session, with typed results.

Every failure is a `HubError` carrying the hub's `error` code and `message`
(or a client-side code such as `hub_unreachable`), so the UI has one thing to
show. Writes are normally made through `desktop.core.submission`, which owns
idempotency keys; this module only speaks HTTP.
"""

from __future__ import annotations

import hashlib
import ipaddress
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar
from urllib.parse import urlsplit

import requests
from pydantic import BaseModel, ValidationError

from desktop.core.models import (
    Blob,
    Category,
    Comment,
    Group,
    SignIn,
    TicketDetail,
    TicketPage,
    User,
)

M = TypeVar("M", bound=BaseModel)
ProgressFn = Callable[[int, int], None]  # (bytes done, bytes total)
CancelFn = Callable[[], bool]

CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 30.0
_CHUNK = 64 * 1024


class HubError(Exception):
    """A request the hub refused, or could not be made.

    `status` is the HTTP status (0 when the hub could not be reached), `error`
    the hub's snake_case code and `message` a sentence a person can act on.
    """

    def __init__(self, status: int, error: str, message: str, details: Any | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.error = error
        self.message = message
        self.details = details

    @property
    def unreachable(self) -> bool:
        return self.status == 0

    def __str__(self) -> str:
        return self.message


class UploadCancelled(Exception):
    """The user cancelled an upload."""


def api_base(hub_url: str) -> str:
    return hub_url.rstrip("/") + "/api/v1"


def is_loopback(hub_url: str) -> bool:
    host = urlsplit(hub_url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def normalize_hub_url(text: str) -> str:
    """'kefu.example.com' → 'https://kefu.example.com'; raises ValueError if unusable."""
    text = text.strip()
    if not text:
        raise ValueError("empty hub address")
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"not a hub address: {text}")
    return f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}"


class _ProgressReader:
    """A file-like body that reports progress and stops when cancelled."""

    def __init__(self, data: bytes, progress: ProgressFn | None, cancel: CancelFn | None):
        self._data = data
        self._pos = 0
        self._progress = progress
        self._cancel = cancel
        self.len = len(data)  # requests sets Content-Length from this

    def read(self, size: int = -1) -> bytes:
        if self._cancel is not None and self._cancel():
            raise UploadCancelled()
        if size < 0:
            size = len(self._data) - self._pos
        chunk = self._data[self._pos : self._pos + min(size, _CHUNK)]
        self._pos += len(chunk)
        if self._progress is not None:
            self._progress(self._pos, self.len)
        return chunk


def unexpected_answer(response: requests.Response, exc: Exception) -> HubError:
    """An answer this version cannot read (a newer or older hub): one clear error."""
    return HubError(
        response.status_code,
        "unexpected_response",
        "The hub sent an answer this version of Kefu does not understand.",
        str(exc),
    )


def parse_one(model: type[M], response: requests.Response) -> M:
    """The response body as `model`, or HubError("unexpected_response")."""
    try:
        return model.model_validate(response.json())
    except (ValueError, TypeError, ValidationError) as exc:
        raise unexpected_answer(response, exc) from exc


def parse_list(model: type[M], response: requests.Response) -> list[M]:
    """A JSON list (or a page's `items`) as `model`s, or HubError("unexpected_response")."""
    try:
        data = response.json()
        items = data["items"] if isinstance(data, dict) else data
        return [model.model_validate(item) for item in items]
    except (ValueError, KeyError, TypeError, ValidationError) as exc:
        raise unexpected_answer(response, exc) from exc


class HubClient:
    """One hub, one token. Thread-safe enough for one request at a time per worker:
    requests.Session is shared, which is fine for the pool's short calls."""

    def __init__(
        self,
        hub_url: str,
        token: str | None = None,
        *,
        ca_bundle: str | None = None,
        allow_insecure_http: bool = False,
    ) -> None:
        self.hub_url = hub_url.rstrip("/")
        self.base = api_base(self.hub_url)
        self.token = token
        self.allow_insecure_http = allow_insecure_http
        self.session = requests.Session()
        self.session.headers["User-Agent"] = "kefu-desktop/0.1"
        if ca_bundle:
            self.session.verify = ca_bundle
        if is_loopback(self.hub_url):
            # A system proxy must never see (or break) traffic to our own machine.
            self.session.trust_env = False

    # -- plumbing -----------------------------------------------------------------

    def _headers(self, extra: Mapping[str, str] | None = None) -> dict[str, str]:
        headers: dict[str, str] = dict(extra or {})
        if self.token:
            if (
                self.hub_url.startswith("http://")
                and not is_loopback(self.hub_url)
                and not self.allow_insecure_http
            ):
                raise HubError(
                    0,
                    "insecure_hub",
                    "This hub uses plain http, so signing in would expose your "
                    "password and token. Use https, or allow it in the settings.",
                )
            headers["Authorization"] = f"Bearer {self.token}"
        return headers

    def request(
        self,
        method: str,
        path: str,
        *,
        json: Any | None = None,
        params: Mapping[str, Any] | Iterable[tuple[str, Any]] | None = None,
        data: Any | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float = READ_TIMEOUT,
    ) -> requests.Response:
        """Send one request; any non-2xx or transport failure becomes a HubError."""
        try:
            response = self.session.request(
                method,
                self.base + path,
                json=json,
                params=params,
                data=data,
                headers=self._headers(headers),
                timeout=(CONNECT_TIMEOUT, timeout),
            )
        except requests.exceptions.SSLError as exc:
            raise HubError(
                0,
                "tls_error",
                "The hub's certificate could not be verified. Check the address, "
                "or set the organization's CA bundle in the settings.",
                str(exc),
            ) from exc
        except requests.exceptions.RequestException as exc:
            raise HubError(
                0,
                "hub_unreachable",
                f"Cannot reach the hub at {self.hub_url}. Check your network "
                "connection; what you typed is kept.",
                str(exc),
            ) from exc
        if response.status_code >= 400:
            raise self._error_from(response)
        return response

    @staticmethod
    def _error_from(response: requests.Response) -> HubError:
        try:
            body = response.json()
        except ValueError:
            body = None
        if isinstance(body, dict) and isinstance(body.get("error"), str):
            return HubError(
                response.status_code,
                body["error"],
                str(body.get("message") or body["error"]),
                body.get("details"),
            )
        return HubError(
            response.status_code,
            "unexpected_response",
            f"The hub answered with HTTP {response.status_code} and no explanation.",
        )

    def _parse(self, model: type[M], response: requests.Response) -> M:
        return parse_one(model, response)

    def _parse_list(self, model: type[M], response: requests.Response) -> list[M]:
        return parse_list(model, response)

    # -- reads --------------------------------------------------------------------

    def health(self) -> dict[str, Any]:
        response = self.request("GET", "/health", timeout=CONNECT_TIMEOUT)
        not_a_hub = HubError(200, "not_a_hub", "That address answers, but not as a Kefu hub.")
        try:
            data = response.json()
        except ValueError as exc:
            raise not_a_hub from exc
        if not isinstance(data, dict) or data.get("status") != "ok":
            raise not_a_hub
        return data

    def me(self) -> User:
        return self._parse(User, self.request("GET", "/me"))

    def categories(self) -> list[Category]:
        return self._parse_list(Category, self.request("GET", "/categories"))

    def groups(self) -> list[Group]:
        return self._parse_list(Group, self.request("GET", "/groups"))

    def users(self, *roles: str) -> list[User]:
        """Active users with these roles (none: all); agents only."""
        params = {"role": list(roles)} if roles else None
        return self._parse_list(User, self.request("GET", "/users", params=params))

    def list_tickets(self, **filters: Any) -> TicketPage:
        """GET /tickets; filters as in docs/api.md (None values are dropped)."""
        params = [(k, v) for k, v in filters.items() if v is not None]
        return self._parse(TicketPage, self.request("GET", "/tickets", params=params))

    def all_tickets(self, max_pages: int = 20, **filters: Any) -> list[Any]:
        """Every page of a listing (up to max_pages * limit tickets)."""
        filters.setdefault("limit", 200)
        items: list[Any] = []
        cursor: str | None = None
        for _ in range(max_pages):
            page = self.list_tickets(cursor=cursor, **filters)
            items.extend(page.items)
            cursor = page.next_cursor
            if not cursor:
                break
        return items

    def ticket(self, ticket_id: int) -> TicketDetail:
        return self._parse(TicketDetail, self.request("GET", f"/tickets/{ticket_id}"))

    def attachment_bytes(self, attachment_id: int) -> bytes:
        return self.request("GET", f"/attachments/{attachment_id}").content

    # -- auth ---------------------------------------------------------------------

    def login(self, email: str, password: str, device_name: str | None = None) -> SignIn:
        body: dict[str, Any] = {"email": email, "password": password}
        if device_name:
            body["device_name"] = device_name
        self.token = None
        signin = self._parse(SignIn, self.request("POST", "/auth/login", json=body))
        self.token = signin.token
        return signin

    def register(
        self,
        email: str,
        password: str,
        display_name: str,
        organization: str | None = None,
        locale: str | None = None,
    ) -> SignIn:
        body: dict[str, Any] = {
            "email": email,
            "password": password,
            "display_name": display_name,
        }
        if organization:
            body["organization"] = organization
        if locale:
            body["locale"] = locale
        self.token = None
        signin = self._parse(SignIn, self.request("POST", "/auth/register", json=body))
        self.token = signin.token
        return signin

    def logout(self) -> None:
        if self.token:
            self.request("POST", "/auth/logout")
        self.token = None

    # -- writes (call through desktop.core.submission) ---------------------------

    def put_blob(
        self,
        data: bytes,
        mime: str,
        *,
        progress: ProgressFn | None = None,
        cancel: CancelFn | None = None,
    ) -> Blob:
        sha = hashlib.sha256(data).hexdigest()
        response = self.request(
            "PUT",
            f"/blobs/{sha}",
            data=_ProgressReader(data, progress, cancel),
            headers={"Content-Type": mime},
            timeout=120.0,
        )
        return self._parse(Blob, response)

    def create_ticket(self, body: Mapping[str, Any], idempotency_key: str) -> TicketDetail:
        response = self.request(
            "POST", "/tickets", json=dict(body), headers={"Idempotency-Key": idempotency_key}
        )
        return self._parse(TicketDetail, response)

    def add_comment(self, ticket_id: int, body: Mapping[str, Any], idempotency_key: str) -> Comment:
        response = self.request(
            "POST",
            f"/tickets/{ticket_id}/comments",
            json=dict(body),
            headers={"Idempotency-Key": idempotency_key},
        )
        return self._parse(Comment, response)

    def update_ticket(self, ticket_id: int, changes: Mapping[str, Any]) -> TicketDetail:
        response = self.request("PATCH", f"/tickets/{ticket_id}", json=dict(changes))
        return self._parse(TicketDetail, response)
