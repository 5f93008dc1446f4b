"""The three ways a report leaves the machine: a new ticket, a comment on the
customer's own open ticket, or a "this solved it" for a knowledge-base answer.

All go through desktop.core.submission on the TaskRunner. Texts keep the
ReportWindow translation context, where they were first translated.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop.core import submission
from desktop.core.hubclient import UploadCancelled
from desktop.core.models import Ticket, TicketDetail
from desktop.core.outbox_limits import LimitExceeded
from desktop.core.report.draft import ReportDraft
from desktop.core.submission import Queued
from desktop.ui import messages
from desktop.ui.outbox_texts import limit_text, queued_text
from desktop.ui.outbox_view import outbox_kwargs
from desktop.ui.session import Session
from desktop.ui.tasks import Task

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], object]


class ReportSender(QObject):
    """Signals: busy_changed(bool); progress(int done, int total);
    filed(TicketDetail); commented(int ticket_id); deflected(int article_id);
    queued() — the hub is unreachable and the report waits in the outbox."""

    busy_changed = Signal(bool)
    progress = Signal(int, int)
    filed = Signal(object)
    commented = Signal(int)
    deflected = Signal(int)
    queued = Signal()

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.task: Task | None = None

    @property
    def busy(self) -> bool:
        return self.task is not None

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _run(self, name: str, work: Work, on_done: Callable[[Any], None]) -> None:
        if self.task is not None:
            return
        self.busy_changed.emit(True)
        self.task = self.session.runner.run(
            work,
            name=name,
            progress=True,
            on_progress=self.progress.emit,
            on_done=lambda result: self._finish(result, on_done),
            on_error=self._failed,
        )

    def _finish(self, result: Any, on_done: Callable[[Any], None]) -> None:
        self.task = None
        self.busy_changed.emit(False)
        on_done(result)

    def _failed(self, exc: Exception) -> None:
        self.task = None
        self.busy_changed.emit(False)
        if isinstance(exc, UploadCancelled):
            return
        if isinstance(exc, LimitExceeded):  # refused before queueing: nothing is lost
            messages.warning(limit_text(exc))
            return
        if isinstance(exc, Queued):  # safe on disk: the outbox sends it when it can
            if exc.cause is not None and exc.cause.unreachable:
                self.session.report(exc.cause)  # the offline banner, not an error
            messages.info(queued_text())
            self.queued.emit()
            return
        # Everything stays; sending again reuses the draft's idempotency key.
        self.session.report(exc)

    def file(
        self,
        draft: ReportDraft,
        category_id: int | None,
        fingerprint: str | None,
        labels: Mapping[str, str],
    ) -> None:
        """Render the captures and file the ticket."""
        client = self.session.client
        if client is None:
            return
        durable = outbox_kwargs(self.session)  # stored in the profile's outbox first

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> object:
            ticket = draft.ticket_draft(
                category_id=category_id, fingerprint=fingerprint, labels=labels
            )
            return submission.send_ticket(
                client,
                ticket,
                progress=lambda _i, d, t: progress(d, t),
                cancel=cancelled,
                **durable,
            )

        def done(ticket: TicketDetail) -> None:
            self.session.readstate.mark_seen(ticket)
            self.session.note_ticket(ticket)
            messages.info(
                QCoreApplication.translate(
                    "ReportWindow", "Ticket %1 was filed. You will be notified of replies."
                ).replace("%1", ticket.number)
            )
            self.filed.emit(ticket)

        self._run("file report", work, done)

    def add_to(self, draft: ReportDraft, ticket: Ticket, labels: Mapping[str, str]) -> None:
        """The screenshots and description as a comment on one of the customer's tickets."""
        client = self.session.client
        if client is None:
            return
        durable = outbox_kwargs(self.session)

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> object:
            comment = draft.comment_draft(ticket.id, labels=labels)
            submission.send_comment(
                client,
                comment,
                progress=lambda _i, d, t: progress(d, t),
                cancel=cancelled,
                **durable,
            )
            return ticket.id

        def done(ticket_id: int) -> None:
            messages.info(
                QCoreApplication.translate(
                    "ReportWindow", "Your screenshots were added to %1."
                ).replace("%1", ticket.number)
            )
            self.commented.emit(ticket_id)

        self._run("add to ticket", work, done)

    def deflect(self, article_id: int, query: str) -> None:
        """ "This solved it": recorded on the hub; nothing is filed."""
        client = self.session.client
        if client is None:
            return

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> object:
            submission.record_deflection(client, article_id, query)
            return article_id

        def done(found: int) -> None:
            messages.info(
                QCoreApplication.translate("ReportWindow", "Glad it is solved. Nothing was filed.")
            )
            self.deflected.emit(found)

        self._run("deflection", work, done)
