"""One ticket: the thread, attachments, the reply box and (agents) its details."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QHideEvent, QImage, QKeySequence, QPixmap, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import blobcache, submission
from desktop.core.models import (
    Attachment,
    Comment,
    Status,
    Ticket,
    TicketDetail,
)
from desktop.core.submission import CommentDraft, new_key
from desktop.ui import messages
from desktop.ui.attachments import ITEM_ROLE, AttachmentListModel, make_thumbnail
from desktop.ui.desk_tools import AgentDeskTools
from desktop.ui.file_picker import FilePicker, thumb_view
from desktop.ui.outbox_view import outbox_kwargs
from desktop.ui.remote.panel import RemoteSessionsPanel
from desktop.ui.resolution import DecisionBar
from desktop.ui.resolution_prompt import ResolvedPrompts
from desktop.ui.session import Session
from desktop.ui.thread_html import ATTACHMENT_SCHEME, render
from desktop.ui.ticket_details import TicketDetailsPanel
from desktop.ui.ticket_model import agent_status_text, status_text
from desktop.ui.viewer import ImageViewer
from desktop.ui.widgets import Pill


class TicketPage(QWidget):
    """Signals: back_requested(); loaded(TicketDetail) after each (re)load."""

    back_requested = Signal()
    loaded = Signal(object)

    def __init__(self, session: Session, agent: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.agent = agent
        self.ticket: TicketDetail | None = None
        self.ticket_id: int | None = None
        self._loading = False
        self._reload_again = False
        self._drafts: dict[int, tuple[str, bool]] = {}  # unsent replies, per ticket
        self._reply_key = new_key()
        self._sending = 0  # replies on their way
        self._images: dict[int, bytes] = {}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        header = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← Back"))
        self.back_button.setToolTip(self.tr("Back to the list (Esc)"))
        self.back_button.clicked.connect(self.back_requested)
        header.addWidget(self.back_button)
        self.number_label = QLabel()
        self.number_label.setObjectName("muted")
        header.addWidget(self.number_label)
        self.title_label = QLabel()
        self.title_label.setObjectName("pageTitle")
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        header.addWidget(self.title_label, 1)
        self.status_pill = Pill()
        header.addWidget(self.status_pill)
        self.priority_pill = Pill()
        header.addWidget(self.priority_pill)
        # Agents: actions on the whole ticket (features add theirs to `actions_menu`).
        self.actions_button = QToolButton()
        self.actions_button.setText(self.tr("More"))
        self.actions_button.setAccessibleName(self.tr("More actions"))
        self.actions_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.actions_menu = QMenu(self.actions_button)
        self.actions_button.setMenu(self.actions_menu)
        self.actions_button.setVisible(False)  # shown once a feature adds an action
        header.addWidget(self.actions_button)
        self.header = header
        layout.addLayout(header)
        # One-line notices under the header (e.g. who else is on this ticket).
        self.notices = QVBoxLayout()
        self.notices.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.notices)
        QShortcut(QKeySequence("Esc"), self, self.back_requested.emit)

        # Customer: "Is it solved?" with a rating, or reopen (desktop/ui/resolution.py).
        self.decision = DecisionBar(session)
        self.decision.changed.connect(self.reload)
        self.decision.reopen_requested.connect(lambda: self.change(status=Status.OPEN.value))
        layout.addWidget(self.decision)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        layout.addWidget(splitter, 1)
        main = QSplitter(Qt.Orientation.Vertical)
        main.setChildrenCollapsible(False)
        top = QWidget()
        main_layout = QVBoxLayout(top)
        main_layout.setContentsMargins(0, 0, 0, 4)
        self.conversation = QTextBrowser()
        self.conversation.setOpenLinks(False)
        self.conversation.anchorClicked.connect(self._link_clicked)
        self.conversation.setAccessibleName(self.tr("Conversation"))
        main_layout.addWidget(self.conversation, 1)
        self.attachments_label = QLabel(self.tr("Attachments (double-click to view)"))
        self.attachments_label.setObjectName("muted")
        main_layout.addWidget(self.attachments_label)
        self.attachment_model = AttachmentListModel(self)
        self.attachment_view = thumb_view()
        self.attachment_view.setModel(self.attachment_model)
        self.attachment_view.activated.connect(self._attachment_activated)
        self.attachment_view.doubleClicked.connect(self._attachment_activated)
        main_layout.addWidget(self.attachment_view)
        self.remote_sessions = RemoteSessionsPanel(session, agent)
        session.session_event.connect(self.remote_sessions.on_event)
        main_layout.addWidget(self.remote_sessions)
        main.addWidget(top)
        main.addWidget(self._build_reply_box())
        main.setStretchFactor(0, 1)
        main.setSizes([440, 170])
        splitter.addWidget(main)
        if agent:
            # Beside the thread: the details, and tabs that features add (answers, replies…).
            self.details = TicketDetailsPanel(session)
            self.details.change_requested.connect(lambda changes: self.change(**changes))
            self.side = QTabWidget()
            self.side.setDocumentMode(True)
            self.side.addTab(self.details, self.tr("Details"))
            splitter.addWidget(self.side)
            splitter.setStretchFactor(0, 3)
            splitter.setStretchFactor(1, 1)
            splitter.setSizes([760, 300])
            self.desk = AgentDeskTools(self)  # merge, presence, rating, canned replies
        else:
            # Resolved while another screen shows: ask without blocking.
            self.resolved_prompts = ResolvedPrompts(
                session, lambda i: self.isVisible() and i == self.ticket_id, self
            )
            self.resolved_prompts.open_requested.connect(self.present)

        session.ticket_changed.connect(self._ticket_changed)
        session.comment_added.connect(self._comment_added)

    # -- building ---------------------------------------------------------------------

    def _build_reply_box(self) -> QFrame:
        box = QFrame()
        box.setObjectName("replyBox")
        box.setProperty("mode", "reply")
        self.reply_frame = box
        layout = QVBoxLayout(box)
        self.mode_row = QWidget()
        row = QHBoxLayout(self.mode_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.mode_group = QButtonGroup(self)
        self.reply_mode = QPushButton(self.tr("Reply to customer"))
        self.note_mode = QPushButton(self.tr("Internal note"))
        for i, button in enumerate((self.reply_mode, self.note_mode)):
            button.setCheckable(True)
            button.setObjectName("modeButton")
            self.mode_group.addButton(button, i)
            row.addWidget(button)
        self.reply_mode.setChecked(True)
        self.mode_group.idToggled.connect(self._mode_toggled)
        self.mode_hint = QLabel()
        self.mode_hint.setObjectName("modeHint")
        row.addWidget(self.mode_hint, 1)
        layout.addWidget(self.mode_row)
        self.mode_row.setVisible(self.agent)  # customers only ever reply
        self.reply_edit = QPlainTextEdit()
        self.reply_edit.setTabChangesFocus(True)  # keyboard users can leave the box with Tab
        self.reply_edit.setMinimumHeight(56)
        self.reply_edit.setAccessibleName(self.tr("Reply"))
        layout.addWidget(self.reply_edit)
        self.reply_files = FilePicker(self.session.runner, hint="")
        buttons = QHBoxLayout()
        buttons.addWidget(self.reply_files, 1)
        self.send_button = QPushButton()
        self.send_button.setObjectName("primary")
        self.send_button.setToolTip(self.tr("Send (Ctrl+Enter)"))
        self.send_button.clicked.connect(self.send_reply)
        buttons.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self.reply_edit, self.send_reply)
        self._mode_toggled(0, True)
        return box

    # -- loading --------------------------------------------------------------------------

    def show_ticket(self, ticket_id: int) -> None:
        """Switch to a ticket (keeping the reply typed for the previous one) and load it."""
        self._stash_draft()
        if ticket_id != self.ticket_id:
            self.ticket = None
            self.ticket_id = ticket_id
            if self.agent:
                self.desk.switched(ticket_id)
            self.conversation.setHtml("<p style='color:#6b7280'>" + self.tr("Loading…") + "</p>")
            self.attachment_model.set_attachments([])
            self._restore_draft()
        self.reload()

    def reload(self) -> None:
        client = self.session.client
        if self.ticket_id is None or client is None:
            return
        if self._loading:
            self._reload_again = True
            return
        self._loading = True
        ticket_id = self.ticket_id
        self.session.runner.run(
            lambda: client.ticket(ticket_id),
            name="load ticket",
            on_done=self._loaded,
            on_error=self._load_failed,
        )

    def _load_failed(self, exc: Exception) -> None:
        self._loading = False
        self.session.report(exc)

    def _loaded(self, ticket: TicketDetail) -> None:
        self._loading = False
        if ticket.id == self.ticket_id:
            self._show(ticket)
            if not self.agent:
                self.session.readstate.mark_seen(ticket)
            self.session.note_ticket(ticket)
            self.loaded.emit(ticket)
        if self._reload_again:
            self._reload_again = False
            self.reload()

    def _ticket_changed(self, ticket: Ticket) -> None:
        if (
            self.isVisible()
            and ticket.id == self.ticket_id
            and (self.ticket is None or ticket.updated_at > self.ticket.updated_at)
        ):
            self.reload()

    def _comment_added(self, ticket_id: int, _comment: Comment) -> None:
        if self.isVisible() and ticket_id == self.ticket_id:
            self.reload()

    def _show(self, ticket: TicketDetail) -> None:
        self.ticket = ticket
        self.number_label.setText(ticket.number)
        self.title_label.setText(ticket.title)
        text = agent_status_text(ticket.status) if self.agent else status_text(ticket.status)
        self.status_pill.set_status(ticket.status, text)
        self.priority_pill.set_priority(ticket.priority)
        self.priority_pill.setVisible(self.agent)
        scroll = self.conversation.verticalScrollBar()
        at_end = scroll.value() >= scroll.maximum() - 4
        self.conversation.setHtml(render(ticket, self.agent))
        if at_end:
            scroll.setValue(scroll.maximum())

        everything: list[Attachment] = list(ticket.attachments)
        for comment in ticket.comments:
            everything.extend(comment.attachments)
        shown_ids = [a.id for a in self.attachment_model.attachments()]
        if shown_ids != [a.id for a in everything]:
            self.attachment_model.set_attachments(everything)
            for attachment in everything:
                if attachment.is_image:
                    self._fetch(attachment, thumbnail=True)
        self.attachments_label.setVisible(bool(everything))
        self.attachment_view.setVisible(bool(everything))
        self._show_decision(ticket)
        self.remote_sessions.set_ticket(ticket.id, ticket.customer.display_name)
        if self.agent:
            self.details.show_ticket(ticket)

    def _show_decision(self, ticket: TicketDetail) -> None:
        if self.agent:
            self.desk.show_ticket(ticket)
        else:
            self.decision.show_ticket(ticket)

    def present(self, ticket_id: int) -> None:
        """Bring a ticket on screen, through the mode view when there is one (it also
        picks the Tickets section), showing the window if it was hidden."""
        opener: Any = None
        parent = self.parentWidget()
        while parent is not None:
            if callable(getattr(parent, "open_ticket", None)):
                opener = parent  # the outermost wins: the mode view over its section
            parent = parent.parentWidget()
        if opener is not None:
            opener.open_ticket(ticket_id)
        else:
            self.show_ticket(ticket_id)
        window = self.window()
        if window.isHidden() or window.isMinimized():  # e.g. closed to the tray
            window.showNormal()
            window.raise_()
            window.activateWindow()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.agent:
            self.desk.presence.track(self.ticket_id)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if self.agent:
            self.desk.presence.track(None)  # "left"

    # -- attachments ------------------------------------------------------------------------

    def _fetch(self, attachment: Attachment, *, thumbnail: bool) -> None:
        client = self.session.client
        if client is None:
            return
        if attachment.id in self._images:
            self._fetched(attachment, thumbnail, self._images[attachment.id], None)
            return
        cache = self.session.profile.cache_dir()

        def work() -> tuple[bytes, QImage | None]:
            data = blobcache.fetch(client, attachment, cache)
            return data, make_thumbnail(data) if thumbnail else None

        self.session.runner.run(
            work,
            name="attachment",
            on_done=lambda result: self._fetched(attachment, thumbnail, *result),
            on_error=self.session.report,
        )

    def _fetched(
        self, attachment: Attachment, thumbnail: bool, data: bytes, thumb: QImage | None
    ) -> None:
        self._images[attachment.id] = data
        if thumbnail:
            self.attachment_model.set_thumbnail(attachment.id, thumb)
        else:
            self._open_viewer(attachment, data)

    def _attachment_activated(self, index: QModelIndex) -> None:
        attachment = index.data(ITEM_ROLE)
        if isinstance(attachment, Attachment):
            self.open_attachment(attachment)

    def _link_clicked(self, url: QUrl) -> None:
        if url.scheme() != ATTACHMENT_SCHEME:
            return
        wanted = int(url.path() or 0)
        for attachment in self.attachment_model.attachments():
            if attachment.id == wanted:
                self.open_attachment(attachment)

    def open_attachment(self, attachment: Attachment) -> None:
        if not attachment.is_image:
            messages.info(
                self.tr("%1 is not an image; it cannot be shown here.").replace(
                    "%1", attachment.name
                )
            )
            return
        if attachment.id in self._images:
            self._open_viewer(attachment, self._images[attachment.id])
        else:
            self._fetch(attachment, thumbnail=False)

    def _open_viewer(self, attachment: Attachment, data: bytes) -> None:
        pixmap = QPixmap()
        pixmap.loadFromData(data)
        self.viewer = ImageViewer(pixmap, attachment.name, attachment.ocr_text, self)
        self.viewer.show()

    # -- writing ------------------------------------------------------------------------------

    @property
    def internal(self) -> bool:
        return self.agent and self.note_mode.isChecked()

    def set_internal(self, internal: bool) -> None:
        (self.note_mode if internal else self.reply_mode).setChecked(True)

    def _mode_toggled(self, _id: int, checked: bool) -> None:
        if not checked:
            return
        note = self.internal
        self.reply_frame.setProperty("mode", "note" if note else "reply")
        # Style rules keyed on the frame's property reach the children only on re-polish.
        for widget in (self.reply_frame, *self.reply_frame.findChildren(QWidget)):
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        if note:
            self.mode_hint.setText(self.tr("Only agents will see this note."))
            self.reply_edit.setPlaceholderText(self.tr("Write an internal note for your team…"))
            self.send_button.setText(self.tr("Add internal note"))
        else:
            self.mode_hint.setText(
                self.tr("The customer will see this reply.") if self.agent else ""
            )
            self.reply_edit.setPlaceholderText(self.tr("Write a reply…"))
            self.send_button.setText(self.tr("Send reply"))

    def send_reply(self) -> None:
        """Send what is in the box. The box empties at once, so the next message
        can be typed (and sent) while this one is on its way; on failure the text
        and files come back with the same idempotency key, so a retry cannot
        post it twice."""
        client = self.session.client
        body = self.reply_edit.toPlainText().strip()
        if self.ticket_id is None or client is None:
            return
        if not body:
            messages.warning(self.tr("Write something first."))
            return
        draft = CommentDraft(
            self.ticket_id,
            body,
            internal=self.internal,
            files=self.reply_files.drafts(),
            key=self._reply_key,
        )
        self._reply_key = new_key()  # whatever is typed next is another comment
        self._sending += 1
        self.reply_edit.clear()
        self.reply_files.clear()
        durable = outbox_kwargs(self.session)  # stored in the profile's outbox first
        self.session.runner.run(
            lambda: submission.send_comment(client, draft, **durable),
            name="send reply",
            on_done=lambda _c: self._sent(draft),
            on_error=lambda exc: self._send_failed(draft, exc),
        )

    @property
    def sending(self) -> bool:
        return self._sending > 0

    def _sent(self, draft: CommentDraft) -> None:
        self._sending -= 1
        self._drafts.pop(draft.ticket_id, None)
        if draft.ticket_id == self.ticket_id:
            self.reload()

    def _send_failed(self, draft: CommentDraft, exc: Exception) -> None:
        self._sending -= 1
        if draft.ticket_id == self.ticket_id:
            typed_since = self.reply_edit.toPlainText().strip()
            if typed_since:
                self.reply_edit.setPlainText(f"{draft.body}\n\n{typed_since}")
            else:
                self.reply_edit.setPlainText(draft.body)
                self._reply_key = draft.key  # the same comment again: the same key
                self.set_internal(draft.internal)
            for file in draft.files:
                self.reply_files.model.add(file, None)
        else:  # the user moved to another ticket meanwhile: keep it as that ticket's draft
            self._drafts[draft.ticket_id] = (draft.body, draft.internal)
        self.session.report(exc)

    def change(self, **changes: Any) -> None:
        """Status, priority or assignee; the page reloads with the hub's answer."""
        client = self.session.client
        ticket_id = self.ticket_id
        if client is None or ticket_id is None:
            return
        self.session.runner.run(
            lambda: submission.change_ticket(client, ticket_id, **changes),
            name="change ticket",
            on_done=lambda _t: self.reload(),
            on_error=self._change_failed,
        )

    def _change_failed(self, exc: Exception) -> None:
        self.session.report(exc)
        self.reload()  # put the combos back to what the hub says

    def _stash_draft(self) -> None:
        if self.ticket_id is not None:
            text = self.reply_edit.toPlainText()
            if text.strip():
                self._drafts[self.ticket_id] = (text, self.internal)
            else:
                self._drafts.pop(self.ticket_id, None)

    def _restore_draft(self) -> None:
        text, internal = self._drafts.get(self.ticket_id or -1, ("", False))
        self.reply_edit.setPlainText(text)
        self.reply_files.clear()
        self._reply_key = new_key()
        if self.agent:
            self.set_internal(internal)

    def insert_into_reply(self, text: str) -> None:
        """Put text at the cursor of the reply box (a canned reply, an article…)."""
        cursor = self.reply_edit.textCursor()
        before = self.reply_edit.toPlainText()[: cursor.position()]
        if before and not before.endswith("\n"):
            text = "\n" + text
        cursor.insertText(text)
        self.reply_edit.setTextCursor(cursor)
        self.reply_edit.setFocus()

    def has_unsent_text(self) -> bool:
        self._stash_draft()
        return bool(self._drafts)
