"""The signed-in state shared by every screen: hub, client, user, live events.

`Session` owns the HubClient, the token store, the embedded hub (when used)
and the event stream. Screens call its methods (which run on the TaskRunner)
and listen to its signals; none of them talks to the network itself.
"""

from __future__ import annotations

import logging
import socket
import threading
from collections.abc import Callable
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QObject, Signal

from desktop.core import profile
from desktop.core import settings as settings_mod
from desktop.core.credentials import TokenStore
from desktop.core.embedded import EmbeddedHub
from desktop.core.events import EventStream, Watermark
from desktop.core.hubclient import HubClient, HubError
from desktop.core.models import Category, Comment, Group, SignIn, Ticket, User
from desktop.core.readstate import ReadState
from desktop.core.settings import HubMode, Settings
from desktop.ui import messages
from desktop.ui.errors import describe
from desktop.ui.tasks import Task, TaskRunner

log = logging.getLogger(__name__)


class EventBridge(QObject):
    """Runs an EventStream on a plain thread and re-emits its callbacks as signals.

    Signals: received(dict); connected(bool resync); disconnected(str reason).
    """

    received = Signal(object)
    connected = Signal(bool)
    disconnected = Signal(str)

    def __init__(self, hub_url: str, token: str, ca_bundle: str | None) -> None:
        super().__init__()
        self.stream = EventStream(
            hub_url,
            token,
            on_event=self.received.emit,
            on_connected=self.connected.emit,
            on_disconnected=self.disconnected.emit,
            ca_bundle=ca_bundle,
        )
        self._thread = threading.Thread(target=self.stream.run, name="kefu-events", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self.stream.stop()
        self._thread.join(timeout=5)


class Session(QObject):
    """Signals:
    hub_ready(str url) — a hub is known and answering (embedded started);
    signed_in(User); signed_out();
    online_changed(bool) — the hub became reachable / unreachable;
    ticket_changed(Ticket) — a ticket is new or changed (events, resync, own writes);
    comment_added(int ticket_id, Comment) — a comment the user may see arrived live;
    reference_changed() — categories, groups or agents were (re)loaded;
    tickets_loaded(list[Ticket]) — a full listing replaced what we had;
    session_event(dict) — a remote-session event (session_requested, session_updated);
    live_event(dict) — every live event as the hub sent it (presence, sla_breached…), for
    features that listen for their own types without touching this class.
    """

    hub_ready = Signal(str)
    signed_in = Signal(object)
    signed_out = Signal()
    online_changed = Signal(bool)
    ticket_changed = Signal(object)
    comment_added = Signal(int, object)
    tickets_loaded = Signal(object)
    reference_changed = Signal()
    session_event = Signal(object)
    live_event = Signal(object)

    def __init__(
        self,
        settings: Settings,
        runner: TaskRunner,
        prof: profile.Profile | None = None,
        tokens: TokenStore | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.profile = prof or profile.current()
        self.settings = settings
        self.runner = runner
        self.tokens = tokens or TokenStore(self.profile)
        self.client: HubClient | None = None
        self.user: User | None = None
        self.categories: list[Category] = []
        self.groups: list[Group] = []
        self.agents: list[User] = []
        self.embedded: EmbeddedHub | None = None
        self.readstate = ReadState(self.profile.read_state_path())
        self.watermark = Watermark()
        self.online = True
        self._events: EventBridge | None = None
        self._live = False
        self._told_insecure = False

    # -- the hub ------------------------------------------------------------------

    @property
    def hub_url(self) -> str | None:
        return self.client.hub_url if self.client else None

    def apply_settings(self, settings: Settings) -> None:
        """Adopt edited settings: saved, and connection options used from now on."""
        self.settings = settings
        self.save_settings()
        if self.client is not None:
            self.client.allow_insecure_http = settings.allow_insecure_http
            self.client.session.verify = settings.ca_bundle or True

    def save_settings(self) -> None:
        settings_mod.save(self.settings, self.profile.settings_path())

    def start_hub(self) -> Task | None:
        """Make a client for the configured hub (starting the embedded one first)."""
        if self.settings.hub_mode is HubMode.REMOTE and self.settings.hub_url:
            self._use_hub(self.settings.hub_url)
            return None
        if self.embedded is None:
            self.embedded = EmbeddedHub(
                self.profile.hub_data_dir(),
                self.profile.hub_port_file(),
                self.profile.logs_dir() / "hub.log",
            )
        return self.runner.run(self.embedded.start, name="start hub", on_done=self._use_hub)

    def _use_hub(self, url: str) -> None:
        self.client = HubClient(
            url,
            ca_bundle=self.settings.ca_bundle,
            allow_insecure_http=self.settings.allow_insecure_http,
        )
        self.hub_ready.emit(url)

    def stop_hub(self) -> None:
        if self.embedded is not None:
            self.embedded.stop()

    # -- signing in -----------------------------------------------------------------

    def resume(self, on_none: Callable[[], None]) -> None:
        """Sign in with a stored token; `on_none` when there is none or it is refused."""
        key = settings_mod.token_key(self.settings)
        token = self.tokens.get(key) if key else None
        if not token or self.client is None:
            on_none()
            return
        client = self.client
        client.token = token

        def failed(exc: Exception) -> None:
            client.token = None
            if isinstance(exc, HubError) and exc.error == "not_authenticated" and key:
                self.tokens.delete(key)
            elif isinstance(exc, HubError) and exc.unreachable:
                self._set_online(False)
            messages.warning(describe(exc))
            on_none()

        self.runner.run(client.me, name="resume", on_done=self._signed_in, on_error=failed)

    def sign_in(self, email: str, password: str, on_error: Callable[[Exception], None]) -> Task:
        client = self._require_client()
        device = f"Kefu on {socket.gethostname()}"
        return self.runner.run(
            lambda: client.login(email, password, device_name=device),
            name="sign in",
            on_done=lambda s: self._store_sign_in(s, email),
            on_error=on_error,
        )

    def register(
        self,
        email: str,
        password: str,
        display_name: str,
        organization: str,
        *,
        as_agent: bool,
        on_error: Callable[[Exception], None],
    ) -> Task:
        """A customer account over the API, or (embedded hub only) an agent via its CLI."""
        client = self._require_client()
        embedded = self.embedded

        def work() -> SignIn:
            if as_agent:
                assert embedded is not None, "agents are created over the API nowhere"
                embedded.create_user(
                    role="agent", email=email, name=display_name, password=password
                )
                return client.login(email, password)
            return client.register(email, password, display_name, organization or None)

        return self.runner.run(
            work,
            name="register",
            on_done=lambda s: self._store_sign_in(s, email),
            on_error=on_error,
        )

    def _store_sign_in(self, signin: SignIn, email: str) -> None:
        key = settings_mod.token_key(self.settings)
        assert key is not None
        if not self.tokens.set(key, signin.token) and not self._told_insecure:
            self._told_insecure = True  # said once per run, not at every sign-in
            messages.warning(
                self.tr("Your sign-in is kept only until Kefu closes: %1").replace(
                    "%1", self.tokens.insecure_reason
                )
            )
        self.settings.last_email = email
        self.save_settings()
        self._signed_in(signin.user)

    def _signed_in(self, user: User) -> None:
        self.user = user
        self._set_online(True)
        self._start_events()
        self.load_reference_data()
        self.signed_in.emit(user)

    def sign_out(self) -> None:
        """Revoke the token (best effort), forget it locally and stop live events."""
        self._stop_events()
        key = settings_mod.token_key(self.settings)
        if key:
            self.tokens.delete(key)
        client = self.client
        if client is not None and client.token:
            token = client.token
            revoker = HubClient(
                client.hub_url,
                token,
                ca_bundle=self.settings.ca_bundle,
                allow_insecure_http=self.settings.allow_insecure_http,
            )
            client.token = None
            # The token is already gone here; a hub we cannot tell only gets logged.
            self.runner.run(
                revoker.logout,
                name="sign out",
                on_error=lambda exc: log.info("could not revoke the token on the hub: %s", exc),
            )
        self.user = None
        self.signed_out.emit()

    def _require_client(self) -> HubClient:
        if self.client is None:
            raise RuntimeError("no hub yet")
        return self.client

    # -- reference data and tickets ---------------------------------------------------

    def load_reference_data(self) -> None:
        client = self._require_client()
        self.runner.run(client.categories, name="categories", on_done=self._set_categories)
        if self.user is not None and self.user.is_agent:
            self.runner.run(client.groups, name="groups", on_done=self._set_groups)
            self.runner.run(
                lambda: client.users("agent", "admin"), name="agents", on_done=self._set_agents
            )

    def _set_categories(self, items: list[Category]) -> None:
        self.categories = items
        self.reference_changed.emit()

    def _set_groups(self, items: list[Group]) -> None:
        self.groups = items
        self.reference_changed.emit()

    def _set_agents(self, items: list[User]) -> None:
        self.agents = items
        self.reference_changed.emit()

    def category_name(self, category_id: int | None, chinese: bool) -> str:
        for category in self.categories:
            if category.id == category_id:
                return (category.name_zh or category.name) if chinese else category.name
        return ""

    def load_tickets(self) -> Task:
        client = self._require_client()
        return self.runner.run(
            client.all_tickets,
            name="tickets",
            on_done=self._tickets_loaded,
            on_error=self.report,
        )

    def _tickets_loaded(self, tickets: list[Ticket]) -> None:
        for ticket in tickets:
            self.watermark.see(ticket.updated_at)
        self._set_online(True)
        self.tickets_loaded.emit(tickets)

    def note_ticket(self, ticket: Ticket) -> None:
        """A fresh copy of a ticket (from a write or a detail load): tell every screen."""
        self.watermark.see(ticket.updated_at)
        self.ticket_changed.emit(ticket)

    def report(self, exc: Exception) -> None:
        """The default failure path: mark the hub offline if it is, and tell the user."""
        if isinstance(exc, HubError) and exc.unreachable:
            self._set_online(False)
            return  # the banner says it; no pop-up per request
        if isinstance(exc, HubError) and exc.error == "not_authenticated":
            messages.error(describe(exc))
            self.sign_out()
            return
        messages.error(describe(exc))

    def _set_online(self, online: bool) -> None:
        if online != self.online:
            self.online = online
            self.online_changed.emit(online)

    # -- live events -------------------------------------------------------------------

    def _start_events(self) -> None:
        self._stop_events()
        client = self._require_client()
        if not client.token:
            return
        bridge = EventBridge(client.hub_url, client.token, self.settings.ca_bundle)
        bridge.received.connect(self._on_event)
        bridge.connected.connect(self._on_events_connected)
        bridge.disconnected.connect(self._on_events_disconnected)
        self._events = bridge
        bridge.start()

    def _stop_events(self) -> None:
        bridge, self._events = self._events, None
        if bridge is not None:
            bridge.received.disconnect(self._on_event)
            bridge.stop()

    @property
    def events_connected(self) -> bool:
        return self._events is not None and self._live

    def _on_events_connected(self, resync: bool) -> None:
        self._live = True
        self._set_online(True)
        if resync:
            self._resync()

    def _on_events_disconnected(self, reason: str) -> None:
        self._live = False
        if reason == "not_authenticated":
            self.report(HubError(401, "not_authenticated", reason))
            return
        log.info("event stream lost: %s", reason)
        self._set_online(False)

    def _resync(self) -> None:
        client = self.client
        since = self.watermark.since()
        if client is None or self.user is None:
            return
        self.runner.run(
            lambda: client.all_tickets(updated_since=since),
            name="resync",
            on_done=self._resynced,
            on_error=self.report,
        )

    def _resynced(self, tickets: list[Ticket]) -> None:
        for ticket in tickets:
            self.note_ticket(ticket)

    def _on_event(self, event: dict[str, Any]) -> None:
        if str(event.get("type", "")).startswith("session_"):
            self.session_event.emit(event)  # desktop/ui/remote handles these
        raw = event.get("ticket")
        if isinstance(raw, dict):
            try:
                self.note_ticket(Ticket.model_validate(raw))
            except ValidationError:
                log.warning("ignoring an event with a ticket we cannot read: %s", event.get("type"))
        if event.get("type") == "comment_added" and isinstance(event.get("comment"), dict):
            try:
                comment = Comment.model_validate(event["comment"])
            except ValidationError:
                log.warning("ignoring a comment event we cannot read")
                return
            self.comment_added.emit(comment.ticket_id, comment)
        self.live_event.emit(event)

    def shutdown(self) -> None:
        self._stop_events()
        self.runner.shutdown()
        self.stop_hub()
