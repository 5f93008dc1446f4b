"""Where the knowledge base meets the rest of the app: the sections, the ticket
page's "Answers" tab and its "Draft an article from this ticket" action."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from shiboken6 import isValid

from desktop.core import kb_api
from desktop.core.hubclient import HubError
from desktop.core.kb_api import Article
from desktop.core.models import Status, TicketDetail
from desktop.ui import messages
from desktop.ui.errors import describe
from desktop.ui.kb.answers import AnswersTab
from desktop.ui.kb.help import HelpSection
from desktop.ui.kb.section import KnowledgeBaseSection

if TYPE_CHECKING:
    from desktop.ui.mode_view import ModeView

DONE = (Status.RESOLVED, Status.CLOSED)


def install(view: ModeView) -> None:
    """Agents: the "kb" section and the ticket page's hooks; customers: "help"."""
    if view.agent:
        _install_for_agents(view)
        view.unsaved_checks.append(lambda: has_unsaved_work(view))
    else:
        _install_for_customers(view)


def has_unsaved_work(view: ModeView) -> bool:
    """An article edited and not saved (for the window's "Quit Kefu?" question)."""
    section = view.section("kb")
    return isinstance(section, KnowledgeBaseSection) and (
        section.editor.dirty or section.editor.saving
    )


def _install_for_customers(view: ModeView) -> None:
    help_section = HelpSection(view.session)
    view.add_section("help", QCoreApplication.translate("kb", "Help"), help_section)

    def need_help(query: str) -> None:
        view.show_new_ticket()
        form = view.new_ticket
        if form is not None and query and not form.title_edit.text().strip():
            form.title_edit.setText(query)  # never over what the person already typed

    help_section.still_need_help.connect(need_help)
    view.section_changed.connect(lambda key: help_section.look_up() if key == "help" else None)


def _install_for_agents(view: ModeView) -> None:
    section = KnowledgeBaseSection(view.session)
    view.add_section("kb", QCoreApplication.translate("kb", "Knowledge base"), section)
    view.section_changed.connect(lambda key: section.refresh() if key == "kb" else None)

    page = view.ticket_page
    answers = AnswersTab(view.session)
    page.side.addTab(answers, QCoreApplication.translate("kb", "Answers"))
    page.loaded.connect(answers.show_ticket)
    answers.inserted.connect(lambda text, _article: page.insert_into_reply(text))

    drafter = TicketDrafter(view, section)
    page.actions_menu.addAction(drafter.action)
    page.actions_button.setVisible(True)
    page.loaded.connect(drafter.ticket_loaded)


class TicketDrafter(QObject):
    """ "Draft an article from this ticket": the hub drafts it, the editor opens it."""

    def __init__(self, view: ModeView, section: KnowledgeBaseSection) -> None:
        super().__init__(view)
        self.view = view
        self.section = section
        self.ticket: TicketDetail | None = None
        self.action = QAction(
            QCoreApplication.translate("kb", "Draft an article from this ticket"), self
        )
        self.action.setEnabled(False)
        self.action.triggered.connect(self.draft)

    def ticket_loaded(self, ticket: TicketDetail) -> None:
        self.ticket = ticket
        self.action.setEnabled(ticket.status in DONE)
        self.action.setStatusTip(
            ""
            if ticket.status in DONE
            else QCoreApplication.translate("kb", "Resolve the ticket first; then draft from it.")
        )

    def draft(self) -> None:
        client, ticket = self.view.session.client, self.ticket
        if client is None or ticket is None:
            return
        self.action.setEnabled(False)
        self.view.session.runner.run(
            lambda: kb_api.draft_from_ticket(client, ticket.id),
            name="draft article",
            on_done=self._drafted,
            on_error=self._failed,
        )

    def _drafted(self, article: Article) -> None:
        if not isValid(self.section):
            return
        self.action.setEnabled(True)
        self.section.model.upsert(article)
        self.view.show_section("kb")
        self.section.open_article(article)

    def _failed(self, exc: Exception) -> None:
        if not isValid(self):
            return
        self.action.setEnabled(True)
        if isinstance(exc, HubError) and exc.error == "not_resolved":
            messages.warning(
                QCoreApplication.translate(
                    "kb", "Only a resolved ticket can become an article: resolve it first."
                )
            )
        else:
            messages.error(describe(exc))
