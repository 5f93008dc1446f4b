"""Administration → Canned replies: answers agents reuse, with placeholders the
hub fills in for the ticket at hand."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton, QWidget

from desktop.core import admin_api
from desktop.core.admin_api import PLACEHOLDERS, CannedReply
from desktop.core.hubclient import HubClient
from desktop.ui.admin.account_widgets import confirm
from desktop.ui.admin.editor_tab import EditorTab
from desktop.ui.session import Session


class CannedTab(EditorTab[CannedReply]):
    """List, create, edit and delete canned replies."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.confirm_box: QMessageBox | None = None
        self.new_button.setText(self.tr("New reply"))
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Password reset steps"))
        self.body = QPlainTextEdit()
        self.body.setPlaceholderText(self.tr("Hello {customer_name}, …"))
        self.body.setMinimumHeight(140)
        self.placeholders = QLabel(
            self.tr("Placeholders, filled in when an agent uses the reply: %1").replace(
                "%1", "  ".join(PLACEHOLDERS)
            )
        )
        self.placeholders.setObjectName("muted")
        self.placeholders.setWordWrap(True)
        self.form.addRow(self.tr("Title"), self.title)
        self.form.addRow(self.tr("Text"), self.body)
        self.form.addRow("", self.placeholders)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self._ask_delete)
        self.buttons.addWidget(self.delete_button)
        self.finish_form(
            self.tr("Answers agents send often; every agent can use them."),
            self.tr("Canned replies"),
            [
                (self.tr("Title"), lambda r: r.title),
                (self.tr("Text"), lambda r: r.body.replace("\n", " ")[:80]),
            ],
        )

    # -- EditorTab ----------------------------------------------------------------------

    def load(self, client: HubClient) -> Sequence[CannedReply]:
        return admin_api.list_canned(client)

    def clear_form(self) -> None:
        self.form_title.setText(self.tr("New reply"))
        self.title.clear()
        self.body.clear()
        self.save_button.setText(self.tr("Create reply"))
        self.delete_button.hide()

    def fill_form(self, reply: CannedReply) -> None:
        self.form_title.setText(reply.title)
        self.title.setText(reply.title)
        self.body.setPlainText(reply.body)
        self.save_button.setText(self.tr("Save changes"))
        self.delete_button.show()

    def save(self) -> None:
        reply_id = self.editing.id if self.editing is not None else None
        title, body = self.title.text().strip(), self.body.toPlainText()
        self.run_write(
            lambda c: admin_api.save_canned(c, reply_id, title=title, body=body), self.saved
        )

    def _ask_delete(self) -> None:
        reply = self.editing
        if reply is None:
            return

        def delete() -> None:
            self.run_write(lambda c: admin_api.delete_canned(c, reply.id), lambda _: gone())

        def gone() -> None:
            self.model.remove(reply.id)
            self.start_new()

        text = self.tr("Delete the canned reply “%1”?").replace("%1", reply.title)
        self.confirm_box = confirm(self, text, self.tr("Delete"), delete)
