"""An agent's desk tools on the ticket page: Merge in the More menu, who else is
on the ticket and the customer's rating under the header, and the Replies tab."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from desktop.core.models import Status, TicketDetail
from desktop.core.quick_help import wants_live_session
from desktop.ui import messages
from desktop.ui.canned_picker import CannedPicker
from desktop.ui.merge_dialog import MergeDialog
from desktop.ui.presence import PresenceTracker
from desktop.ui.star_rating import MAX_STARS

if TYPE_CHECKING:
    from desktop.ui.ticket_page import TicketPage


class AgentDeskTools(QObject):
    """Built by an agent's `TicketPage`; adds to its `actions_menu`, `notices` and `side`."""

    def __init__(self, page: TicketPage) -> None:
        super().__init__(page)
        self.page = page
        self.session = page.session
        self.merge_action = page.actions_menu.addAction(self.tr("Merge into another ticket…"))
        self.merge_action.triggered.connect(self.open_merge)
        page.actions_button.setVisible(True)
        self.merge_dialog: MergeDialog | None = None
        self.presence = PresenceTracker(self.session, page)
        page.notices.addWidget(self.presence.notice)
        self.presence.watch_typing(page.reply_edit)
        self.rating_notice = QLabel()
        self.rating_notice.setObjectName("muted")
        self.rating_notice.hide()
        page.notices.addWidget(self.rating_notice)
        # "Ask for help now": the customer wants someone to look at their screen.
        self.help_now_notice = QLabel()
        self.help_now_notice.setObjectName("presenceNotice")
        self.help_now_notice.setWordWrap(True)
        self.help_now_notice.hide()
        page.notices.addWidget(self.help_now_notice)
        self.canned = CannedPicker(self.session, lambda: page.ticket_id)
        self.canned.chosen.connect(page.insert_into_reply)
        page.side.addTab(self.canned, self.tr("Replies"))
        page.side.currentChanged.connect(self._tab_changed)

    def _tab_changed(self, _index: int) -> None:
        if self.page.side.currentWidget() is self.canned:
            self.canned.load()

    # -- the page tells us --------------------------------------------------------------------

    def switched(self, ticket_id: int | None) -> None:
        """Another ticket is on screen (None: the page was left)."""
        self.rating_notice.hide()
        self.help_now_notice.hide()
        self.presence.track(ticket_id)

    def show_ticket(self, ticket: TicketDetail) -> None:
        wants = wants_live_session(ticket)
        self.help_now_notice.setVisible(wants)
        if wants:
            self.help_now_notice.setText(
                self.tr(
                    "%1 asked for help now and is waiting for a live session: use "
                    "“Request remote session” below to see their screen (they must accept)."
                ).replace("%1", ticket.customer.display_name)
            )
        if ticket.status is Status.CLOSED:
            self._show_rating(ticket.id, ticket.rating)
        else:
            self.rating_notice.hide()

    # -- the customer's rating -----------------------------------------------------------------

    def _show_rating(self, ticket_id: int, rating: int | None) -> None:
        here = ticket_id == self.page.ticket_id and bool(rating)
        if here and rating:
            stars = "★" * rating + "☆" * (MAX_STARS - rating)
            text = self.tr("The customer rated the help %1 of 5").replace("%1", str(rating))
            self.rating_notice.setText(f"{text}  {stars}")
        self.rating_notice.setVisible(here)

    # -- merging -------------------------------------------------------------------------------

    def open_merge(self) -> None:
        if self.page.ticket is None:
            return
        self.merge_dialog = MergeDialog(self.session, self.page.ticket, self.page)
        self.merge_dialog.merged.connect(self._merged)
        self.merge_dialog.open()

    def _merged(self, target: TicketDetail) -> None:
        source = self.page.ticket.number if self.page.ticket else ""
        self.session.note_ticket(target)  # the closed duplicate follows by live event
        self.page.show_ticket(target.id)  # follow the conversation to where it continues
        messages.info(
            self.tr("%1 was merged into %2.").replace("%1", source).replace("%2", target.number)
        )
