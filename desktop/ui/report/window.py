"""The report window: annotate the captures, then review and send.

Reading (OCR and the private-data search), the suggestions and the upload
run on the session's TaskRunner; results come back here by signal. Nothing
leaves the machine before Submit, "Add to this ticket" or "This solved it".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from desktop.core.report import suggestions, sysinfo
from desktop.core.report.captures import Capture
from desktop.core.report.draft import ReportDraft
from desktop.core.report.prefill import Prefill
from desktop.core.report.reading import ReadCancelled, read_capture
from desktop.ui import i18n, messages
from desktop.ui.errors import describe
from desktop.ui.report.editor import EditorPage
from desktop.ui.report.grab import Shot, from_qimage
from desktop.ui.report.review import ReviewPage
from desktop.ui.report.sending import ReportSender
from desktop.ui.report.texts import body_labels, details_labels
from desktop.ui.session import Session
from desktop.ui.tasks import Task


class ReportWindow(QWidget):
    """Signals: capture_requested(int delay_seconds); filed(TicketDetail);
    commented(int ticket_id); deflected(int article_id); read_finished(Capture);
    suggestions_loaded()."""

    capture_requested = Signal(int)
    filed = Signal(object)
    commented = Signal(int)
    deflected = Signal(int)
    read_finished = Signal(object)
    suggestions_loaded = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self.draft = ReportDraft()
        self.prefill: Prefill | None = None
        self._auto: dict[str, str] = {"title": "", "body": ""}  # what we filled in last
        self._reading: dict[str, Task] = {}
        self.suggestion_rounds = 0  # answers looked up so far (tests wait on it)
        self._closed = False  # workers may report after the window is gone
        self._searched: tuple[str, str | None] | None = None  # the last lookup's query
        self.setWindowTitle(self.tr("Report a problem — Kefu"))
        self.setWindowIcon(i18n.app_icon())
        self.resize(1180, 760)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages)
        self.editor = EditorPage()
        self.review = ReviewPage()
        self.pages.addWidget(self.editor)
        self.pages.addWidget(self.review)
        self.editor.add_capture_requested.connect(self.capture_requested)
        self.editor.remove_capture_requested.connect(self.remove_capture)
        self.editor.paste_requested.connect(self.paste_capture)
        self.editor.continue_requested.connect(self.show_review)
        self.review.back_requested.connect(self.show_editor)
        self.review.submit_requested.connect(self.submit)
        self.review.solved.connect(self._solved)
        self.review.add_to_ticket.connect(self._add_to_ticket)
        # A screenshot without error text: the typed title is what to look up.
        self.review.title_edit.editingFinished.connect(self.load_suggestions)
        self.review.set_categories(session.categories, i18n.current_language() == "zh_CN")
        self.outgoing = ReportSender(session, self)
        self.outgoing.busy_changed.connect(self.review.set_busy)
        self.outgoing.progress.connect(self._send_progress)
        self.outgoing.filed.connect(lambda ticket: self._done(self.filed, ticket))
        self.outgoing.commented.connect(lambda ticket_id: self._done(self.commented, ticket_id))
        self.outgoing.deflected.connect(lambda article_id: self._done(self.deflected, article_id))
        self.outgoing.queued.connect(self.close)  # the outbox has it now
        QShortcut(QKeySequence("Ctrl+Return"), self, self._ctrl_enter)
        QShortcut(QKeySequence("Ctrl+Shift+R"), self, lambda: self.capture_requested.emit(0))

    # -- captures and reading -------------------------------------------------------

    def add_shot(self, shot: Shot) -> Capture:
        source = shot.source if shot.source in ("region", "window", "monitor") else "region"
        capture = Capture(shot.image, source=source, origin=shot.box)  # type: ignore[arg-type]
        self.add_capture(capture)
        if not self.review.details_edit.toPlainText().strip():
            details = sysinfo.collect(shot.monitors, details_labels())
            self.review.details_edit.setPlainText(details.as_text(details_labels()))
        return capture

    def add_capture(self, capture: Capture) -> None:
        self.draft.captures.append(capture)
        self.editor.set_captures(self.draft.captures, len(self.draft.captures) - 1)
        self.show_editor()
        if not capture.read:
            self._read(capture)

    def paste_capture(self) -> None:
        image = QApplication.clipboard().image()
        if image.isNull():
            messages.info(self.tr("The clipboard holds no image."))
            return
        self.add_capture(Capture(from_qimage(image), source="file"))

    def remove_capture(self, index: int) -> None:
        if len(self.draft.captures) <= 1 or not 0 <= index < len(self.draft.captures):
            return
        capture = self.draft.captures.pop(index)
        task = self._reading.pop(capture.id, None)
        if task is not None:
            task.cancel()
        self.editor.set_captures(self.draft.captures, min(index, len(self.draft.captures) - 1))
        self._update_prefill()

    def _read(self, capture: Capture) -> None:
        image = capture.image.copy()  # the worker never shares pixels with the GUI

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> object:
            return read_capture(image, progress=progress, cancelled=cancelled)

        self._reading[capture.id] = self.session.runner.run(
            work,
            name="read capture",
            progress=True,
            on_progress=lambda done, total: self._progress(done, total),
            on_done=lambda lines: self._read_done(capture, lines),
            on_error=lambda exc: self._read_failed(capture, exc),
        )
        self._progress(0, 0)

    def _progress(self, done: int, total: int) -> None:
        text = self.tr("Reading the text and looking for private data…")
        self.editor.set_progress(text, done, total)

    def _read_done(self, capture: Capture, lines: Any) -> None:
        self._reading.pop(capture.id, None)
        if self._closed:
            return
        capture.set_ocr(list(lines))
        self._after_read(capture)

    def _read_failed(self, capture: Capture, exc: Exception) -> None:
        self._reading.pop(capture.id, None)
        if isinstance(exc, ReadCancelled) or self._closed:
            return
        capture.set_ocr([])
        messages.warning(
            self.tr(
                "The text in the screenshot could not be read (%1). "
                "Describe the problem in your own words."
            ).replace("%1", describe(exc))
        )
        self._after_read(capture)

    def _after_read(self, capture: Capture) -> None:
        if self._reading:
            self._progress(0, 0)
        else:
            found = sum(len(c.hidden_marks()) for c in self.draft.captures)
            text = (
                self.tr("Text read. %n private item(s) hidden.", "", found)
                if found
                else self.tr(
                    "Text read. No private data found; hide anything else with the Hide tool."
                )
            )
            self.editor.set_progress(text, 1, -1)
        self.editor.refresh()
        self.editor.canvas.update()
        self._update_prefill()
        if not self._reading:
            self.load_suggestions()
        self.read_finished.emit(capture)

    # -- the form ---------------------------------------------------------------------

    def _update_prefill(self) -> None:
        self.prefill = self.draft.suggest(body_labels())
        p = self.prefill
        # Fill only what the person has not changed since we last filled it.
        if self.review.title_edit.text() == self._auto["title"] and p.title:
            self.review.title_edit.setText(p.title)
            self.review.title_edit.setCursorPosition(0)  # show the start of a long title
            self._auto["title"] = p.title
        if self.review.body_edit.toPlainText() == self._auto["body"] and p.body:
            self.review.body_edit.setPlainText(p.body)
            self._auto["body"] = p.body
        if self.review.category.currentIndex() <= 0:
            self.review.set_category(p.category)
        count = len(self.draft.captures)
        hidden = sum(len(c.hidden_boxes()) for c in self.draft.captures)
        self.review.summary.setText(
            self.tr("%n screenshot(s) attached", "", count)
            + " · "
            + self.tr("%n area(s) filled black", "", hidden)
        )

    def load_suggestions(self) -> None:
        """Answers and similar tickets for the error text (or, with none, the title)."""
        client = self.session.client
        p = self.prefill
        if client is None or p is None:
            return
        query = "\n".join(p.error_lines[:5]) or self.review.title_edit.text().strip()
        fingerprint = p.fingerprint if p.error_lines else None
        if not (fingerprint or query) or (query, fingerprint) == self._searched:
            return
        self._searched = (query, fingerprint)
        language = i18n.current_language()

        def work() -> object:
            answers = suggestions.kb_answers(client, query, fingerprint, language)
            similar = suggestions.similar_tickets(client, fingerprint, query)
            return answers, similar

        self.review.searching.setText(self.tr("Looking for answers…"))
        self.session.runner.run(
            work, name="report suggestions", on_done=self._suggested, on_error=self._not_suggested
        )

    def _suggested(self, result: Any) -> None:
        if self._closed:
            return
        answers, similar = result
        self.review.searching.setText("")
        self.review.set_suggestions(answers, similar)
        self.suggestion_rounds += 1
        self.suggestions_loaded.emit()

    def _not_suggested(self, exc: Exception) -> None:
        # Suggestions are a help, not a step: the report can still be sent.
        if self._closed:
            return
        self.review.searching.setText(self.tr("No suggestions: %1").replace("%1", describe(exc)))
        self.suggestion_rounds += 1
        self.suggestions_loaded.emit()

    def show_editor(self) -> None:
        self.pages.setCurrentWidget(self.editor)
        self.editor.canvas.setFocus()

    def show_review(self) -> None:
        self._update_prefill()
        self.pages.setCurrentWidget(self.review)
        self.review.title_edit.setFocus()

    def _ctrl_enter(self) -> None:
        if self.pages.currentWidget() is self.editor:
            self.show_review()
        else:
            self.submit()

    def _collect(self) -> bool:
        self.draft.title = self.review.title_edit.text().strip()
        self.draft.description = self.review.body_edit.toPlainText().strip()
        self.draft.system_details = self.review.details_edit.toPlainText()
        self.draft.include_details = self.review.details_check.isChecked()
        self.draft.category = self.review.category.currentData() or ""
        return self.session.client is not None

    # -- sending (desktop/ui/report/sending.py) -----------------------------------------

    def _send_progress(self, done: int, total: int) -> None:
        self.review.progress.setMaximum(1000)
        self.review.progress.setValue(int(done * 1000 / total) if total else 0)

    def _done(self, signal: Any, value: Any) -> None:
        signal.emit(value)
        self.close()

    def submit(self) -> None:
        if self.pages.currentWidget() is not self.review:
            self.show_review()
        if self._reading:
            messages.warning(self.tr("Please wait until the text of the screenshots is read."))
            return
        if not self._collect():
            return
        if not self.draft.title:
            messages.warning(self.tr("Please give the ticket a title."))
            self.review.title_edit.setFocus()
            return
        slug = self.draft.category
        category_id = next((c.id for c in self.session.categories if c.slug == slug), None)
        fingerprint = self.prefill.fingerprint if self.prefill else None
        self.outgoing.file(self.draft, category_id, fingerprint, body_labels())

    def _add_to_ticket(self, match: suggestions.SimilarTicket) -> None:
        if self._collect():
            self.outgoing.add_to(self.draft, match.ticket, body_labels())

    def _solved(self, hit: suggestions.KbHit) -> None:
        self.outgoing.deflect(hit.article.id, self.prefill.query if self.prefill else "")

    @property
    def busy(self) -> bool:
        return self.outgoing.busy or bool(self._reading)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.outgoing.busy:
            # Closing while sending cancels the upload first; the report stays open.
            self.outgoing.cancel()
            event.ignore()
            return
        self._closed = True
        for task in self._reading.values():
            task.cancel()
        self._reading.clear()
        event.accept()
