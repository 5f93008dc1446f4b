"""The "Replies" tab beside a ticket: the desk's canned replies with a filter box;
Enter or a double-click fills one in for this ticket (the hub replaces
{customer_name}, {ticket_number}, {ticket_title}, {agent_name}) and hands the
text to the reply box."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QPushButton, QVBoxLayout, QWidget

from desktop.core import desk_api
from desktop.core.desk_api import CannedReply
from desktop.ui.session import Session

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2  # title and body, for the filter
BODY_ROLE = Qt.ItemDataRole.UserRole + 3
PREVIEW_CHARS = 400


class _FilterBox(QLineEdit):
    """↓ moves into the list, Enter picks the first match."""

    def __init__(self, picker: CannedPicker) -> None:
        super().__init__()
        self.picker = picker

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and self.picker.proxy.rowCount():
            self.picker.view.setFocus()
            self.picker.view.setCurrentIndex(self.picker.proxy.index(0, 0))
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.picker.proxy.rowCount():
            self.picker.use(self.picker.proxy.index(0, 0))
        else:
            super().keyPressEvent(event)


class CannedPicker(QWidget):
    """Signals: chosen(str) with the reply filled in for the current ticket."""

    chosen = Signal(str)

    def __init__(self, session: Session, ticket_id: Callable[[], int | None]) -> None:
        super().__init__()
        self.session = session
        self.ticket_id = ticket_id
        self.loaded = False
        self._loading = False
        layout = QVBoxLayout(self)
        self.filter_edit = _FilterBox(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter replies…"))
        self.filter_edit.setAccessibleName(self.tr("Filter replies"))
        self.filter_edit.setClearButtonEnabled(True)
        layout.addWidget(self.filter_edit)
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter_edit.textChanged.connect(self._filter)
        self.view = QListView()
        self.view.setModel(self.proxy)
        self.view.setWordWrap(True)
        self.view.setAccessibleName(self.tr("Canned replies"))
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.view.activated.connect(self.use)  # Enter, and a double-click
        layout.addWidget(self.view, 1)
        # The chosen reply as written, placeholders and all, before it is used.
        self.preview = QLabel()
        self.preview.setObjectName("cannedPreview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.hide()
        self.view.selectionModel().currentChanged.connect(self._preview)
        layout.addWidget(self.preview)
        self.hint = QLabel()
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.reload_button = QPushButton(self.tr("Reload"))
        self.reload_button.clicked.connect(self.reload)
        layout.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignRight)
        self._say(self.tr("Loading…"))

    def load(self) -> None:
        """Fetch the replies the first time the tab is shown."""
        if not self.loaded:
            self.reload()

    def reload(self) -> None:
        client = self.session.client
        if client is None or self._loading:
            return
        self._loading = True
        self.session.runner.run(
            lambda: desk_api.canned_replies(client),
            name="canned replies",
            on_done=self._loaded,
            on_error=self._load_failed,
        )

    def _loaded(self, replies: list[CannedReply]) -> None:
        self._loading = False
        self.loaded = True
        self.model.clear()
        for reply in replies:
            item = QStandardItem(reply.title)
            item.setData(reply.id, ID_ROLE)
            item.setData(f"{reply.title}\n{reply.body}", SEARCH_ROLE)
            item.setData(reply.body, BODY_ROLE)
            item.setToolTip(reply.body[:600])
            self.model.appendRow(item)
        self._filter()

    def _load_failed(self, exc: Exception) -> None:
        self._loading = False
        self._say(self.tr("The replies could not be loaded. Press Reload to try again."))
        self.session.report(exc)

    def _filter(self) -> None:
        self.proxy.setFilterFixedString(self.filter_edit.text().strip())
        if not self.model.rowCount():
            self._say(self.tr("No canned replies yet. Your desk's administrator can add them."))
        elif not self.proxy.rowCount():
            self._say(self.tr("No reply matches the filter."))
        else:
            self._say(self.tr("Double-click a reply or press Enter to put it in the reply box."))

    def _preview(self, index: QModelIndex) -> None:
        body = index.data(BODY_ROLE) if index.isValid() else None
        if body:
            short = body if len(body) <= PREVIEW_CHARS else body[:PREVIEW_CHARS] + "…"
            self.preview.setText(short)
        self.preview.setVisible(bool(body))

    def _say(self, text: str) -> None:
        self.hint.setText(text)

    def use(self, index: QModelIndex) -> None:
        """Fill in the reply at `index` for the ticket on screen and hand it over."""
        client = self.session.client
        ticket_id = self.ticket_id()
        reply_id = index.data(ID_ROLE)
        if client is None or ticket_id is None or reply_id is None:
            return
        self.session.runner.run(
            lambda: desk_api.render_canned(client, int(reply_id), ticket_id),
            name="render canned reply",
            on_done=lambda text: self._rendered(ticket_id, text),
            on_error=self.session.report,
        )

    def _rendered(self, ticket_id: int, text: str) -> None:
        if ticket_id == self.ticket_id():  # not into another ticket's reply
            self.chosen.emit(text)
