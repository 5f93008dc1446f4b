"""Who else is on a ticket: this agent's client tells the hub "viewing",
"replying" (while typing, throttled) and "left", and shows a one-line notice
such as "Li is replying…" from the hub's `presence` live events."""

from __future__ import annotations

import logging
import time
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from desktop.core import desk_api
from desktop.core.desk_api import Presence, PresenceState
from desktop.core.hubclient import HubError
from desktop.ui.session import Session

log = logging.getLogger(__name__)

HEARTBEAT_MS = 20_000  # the hub forgets an entry after 60 s without news
REPLYING_EVERY_S = 10.0  # say "replying" at most this often while typing
QUIET_MS = 15_000  # no key for this long: back to "viewing"


class PresenceTracker(QObject):
    """Presence for the ticket on screen. `notice` is the label to place under the
    header; `track(id)` when a ticket is shown, `track(None)` when it is left;
    key presses in any widget given to `watch_typing` count as replying."""

    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.ticket_id: int | None = None
        self.state: PresenceState | None = None
        self.others: list[Presence] = []
        self._replying_at = 0.0
        self.notice = QLabel()
        self.notice.setObjectName("presenceNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self._beat)
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(QUIET_MS)
        self._quiet.timeout.connect(lambda: self._say("viewing"))
        session.live_event.connect(self._event)

    def track(self, ticket_id: int | None) -> None:
        if ticket_id == self.ticket_id:
            return
        if self.ticket_id is not None:
            self._post(self.ticket_id, "left")
        self.ticket_id = ticket_id
        self.others = []
        self._show()
        self._quiet.stop()
        if ticket_id is None:
            self.state = None
            self._heartbeat.stop()
            return
        self._say("viewing")
        self._heartbeat.start()

    def watch_typing(self, widget: QWidget) -> None:
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            self.typing()
        return False

    def typing(self) -> None:
        if self.ticket_id is None:
            return
        self._quiet.start()
        now = time.monotonic()
        if self.state != "replying" or now - self._replying_at >= REPLYING_EVERY_S:
            self._replying_at = now
            self._say("replying")

    # -- talking to the hub ------------------------------------------------------------------

    def _say(self, state: PresenceState) -> None:
        self.state = state
        if self.ticket_id is not None:
            self._post(self.ticket_id, state)

    def _beat(self) -> None:
        if self.ticket_id is not None and self.state is not None:
            self._post(self.ticket_id, self.state)

    def _post(self, ticket_id: int, state: PresenceState) -> None:
        client = self.session.client
        if client is None or client.token is None:
            return
        self.session.runner.run(
            lambda: desk_api.set_presence(client, ticket_id, state),
            name="presence",
            on_done=lambda seen: self._seen(ticket_id, seen),
            on_error=self._failed,
        )

    def _failed(self, exc: Exception) -> None:
        # Presence is a courtesy: an unreachable hub shows in the window's banner,
        # anything else is logged rather than interrupting the agent's work.
        if isinstance(exc, HubError) and exc.unreachable:
            self.session.report(exc)
        else:
            log.warning("presence not updated: %s", exc)

    def _event(self, event: dict[str, Any]) -> None:
        if event.get("type") == "presence" and event.get("ticket_id") == self.ticket_id:
            self._seen(self.ticket_id, desk_api.parse_presence(event))

    def _seen(self, ticket_id: int | None, seen: list[Presence]) -> None:
        if ticket_id != self.ticket_id:
            return
        me = self.session.user.id if self.session.user else None
        self.others = [p for p in seen if p.agent.id != me]
        self._show()

    # -- the notice ----------------------------------------------------------------------------

    def _show(self) -> None:
        replying = [p.agent.display_name for p in self.others if p.state == "replying"]
        viewing = [p.agent.display_name for p in self.others if p.state == "viewing"]
        parts = []
        if replying:
            text = self.tr("%1 is replying…") if len(replying) == 1 else self.tr("%1 are replying…")
            parts.append(text.replace("%1", ", ".join(replying)))
        if viewing:
            text = (
                self.tr("%1 is viewing this ticket")
                if len(viewing) == 1
                else self.tr("%1 are viewing this ticket")
            )
            parts.append(text.replace("%1", ", ".join(viewing)))
        self.notice.setText(" · ".join(parts))
        self.notice.setProperty("replying", bool(replying))
        self.notice.style().unpolish(self.notice)
        self.notice.style().polish(self.notice)
        self.notice.setVisible(bool(parts))
