"""Acting on `kefu://` links: the checks are in desktop.core.links, the asking is here.

A link arrives on the command line (`kefu kefu://…`, how the desktop and
Windows start us), from a second start (single_instance), or as a macOS
open-URL event. It is acted on once the app is signed in to the hub it
names; a link for another hub only ever leads to a question, and a join link
only ever leads to the normal consent dialog.
"""

from __future__ import annotations

import html
import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QGridLayout, QMessageBox, QSizePolicy, QSpacerItem

from desktop.core import links
from desktop.core.links import Link, LinkError
from desktop.core.models import User
from desktop.core.settings import HubMode
from desktop.ui import messages, single_instance

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

# Why a link was refused, by LinkError.kind (marked here, translated when shown).
_REFUSED: dict[str, object] = {
    "malformed": QT_TRANSLATE_NOOP("LinkHandler", "the link is damaged or incomplete"),
    "unknown": QT_TRANSLATE_NOOP("LinkHandler", "Kefu does not know this kind of link"),
    "code": QT_TRANSLATE_NOOP("LinkHandler", "its session code is not nine digits"),
    "ticket": QT_TRANSLATE_NOOP("LinkHandler", "it does not name a ticket like KF-1001"),
    "hub": QT_TRANSLATE_NOOP("LinkHandler", "its hub address is not valid"),
    "insecure": QT_TRANSLATE_NOOP(
        "LinkHandler", "its hub address uses plain http instead of https"
    ),
}


class LinkHandler(QObject):
    """Opens kefu:// links in one main window. `question` is the open hub question, if any."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.pending: Link | None = None  # waits for the sign-in to the right hub
        self.question: QMessageBox | None = None
        self.session.signed_in.connect(self._signed_in)
        app = QCoreApplication.instance()
        # macOS hands links over as open-URL events, not on the command line. Only
        # there: an application-wide filter costs a Python call for every event.
        if app is not None and sys.platform == "darwin":
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            url = event.url().toString()
            if url.lower().startswith("kefu:"):
                self.open(url)
                return True
        return super().eventFilter(watched, event)

    # -- entry ----------------------------------------------------------------------------

    def open(self, text: str) -> None:
        """Check a link and act on it (now, after signing in, or after asking)."""
        single_instance.bring_to_front(self.window)
        try:
            link = links.parse(text)
        except LinkError as exc:
            log.info("refused a link: %s", exc)
            reason = self.tr(str(_REFUSED.get(exc.kind, _REFUSED["malformed"])))
            messages.error(
                self.tr("Kefu cannot open this link: %1. Ask the sender for a new one.").replace(
                    "%1", reason
                )
            )
            return
        log.info("opening a %s link", link.action)
        if link.action == "open":
            return
        current = self.current_hub()
        if link.hub is not None and not links.same_hub(link.hub, current):
            self._ask_to_switch(link, current)
            return
        self._act_when_signed_in(link)

    def current_hub(self) -> str | None:
        """The hub in use: the client's address, else the configured one (None: not chosen)."""
        if self.session.hub_url:
            return self.session.hub_url
        settings = self.session.settings
        if settings.hub_mode is HubMode.REMOTE:
            return settings.hub_url
        return None

    # -- another hub ----------------------------------------------------------------------

    def _ask_to_switch(self, link: Link, current: str | None) -> None:
        assert link.hub is not None
        if self.question is not None:
            self.question.close()  # the newer link is the one that counts
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Open a link for another hub"))
        # Each address on a line of its own, in bold: a look-alike address is easier to spot.
        wanted = _address(link.hub)
        if current is None and self.session.settings.hub_mode is HubMode.UNSET:
            box.setText(self.tr("This link is for a hub Kefu is not set up for. Connect to it?"))
            box.setInformativeText(self.tr("The link's hub: %1").replace("%1", wanted))
        else:
            shown = _address(current) if current else self.tr("the hub on this computer")
            box.setText(self.tr("This link is for another hub than the one you use. Switch?"))
            box.setInformativeText(
                self.tr("The link's hub: %1<br>Your hub: %2<br><br>Switching signs you out of %2.")
                .replace("%1", wanted)
                .replace("%2", shown)
            )
        _widen(box, 520)
        switch = box.addButton(self.tr("Switch hub"), QMessageBox.ButtonRole.AcceptRole)
        stay = box.addButton(self.tr("Stay"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)  # Enter must never switch by accident
        box.setEscapeButton(stay)

        def answered() -> None:
            if self.question is box:
                self.question = None
            if box.clickedButton() is switch:
                self.switch_hub(link)
            else:
                log.info("stayed on the current hub; the link was not opened")

        box.finished.connect(answered)
        self.question = box
        log.info("asking before switching to the hub a link names")
        box.open()

    def switch_hub(self, link: Link) -> None:
        """Leave the current hub and connect to the link's; the link waits for the sign-in."""
        assert link.hub is not None
        self.pending = link
        if self.session.user is not None:
            self.session.sign_out()
        self.session.stop_hub()
        settings = self.session.settings
        settings.hub_mode = HubMode.REMOTE
        settings.hub_url = link.hub
        self.session.save_settings()
        self.window.start()  # connects, then resumes a stored sign-in or asks for one

    # -- acting ---------------------------------------------------------------------------

    def _act_when_signed_in(self, link: Link) -> None:
        if self.session.user is None or self.session.client is None:
            self.pending = link
            messages.info(self.tr("Sign in to continue with the link you opened."))
            return
        self._act(link, self.session.user)

    def _signed_in(self, user: User) -> None:
        link, self.pending = self.pending, None
        if link is None:
            return
        if link.hub is not None and not links.same_hub(link.hub, self.session.hub_url):
            self._ask_to_switch(link, self.session.hub_url)  # signed in elsewhere meanwhile
            return
        self._act(link, user)

    def _act(self, link: Link, user: User) -> None:
        if link.action == "join":
            if user.is_agent:
                messages.warning(
                    self.tr(
                        "This link lets a customer join a remote session; you are signed in "
                        "as a support agent, so there is nothing to join."
                    )
                )
                return
            assert link.code is not None
            self.window.remote.join(link.code)  # then the consent dialog, as with a typed code
        elif link.action == "ticket" and link.ticket_id is not None:
            self.window.show_normal()
            if self.window.mode_view is not None:
                self.window.mode_view.open_ticket(link.ticket_id)


def _address(url: str) -> str:
    """A hub address for rich text: escaped and bold."""
    return f"<b>{html.escape(url)}</b>"


def _widen(box: QMessageBox, width: int) -> None:
    """Room for an address on one line (a message box keeps its text narrow otherwise)."""
    layout = box.layout()
    if isinstance(layout, QGridLayout):
        spacer = QSpacerItem(width, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)
        layout.addItem(spacer, layout.rowCount(), 0, 1, layout.columnCount())
