"""The Outbox window and its place in the main window (status bar, File menu, tray),
and the new-ticket form's autosave (issue 8 wires both in one place)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.form_draft import FormDraftStore
from desktop.core.outbox import FAILED, SENT, Item
from desktop.ui import messages
from desktop.ui.draft_autosave import NewTicketAutosave
from desktop.ui.outbox_view import OutboxModel, OutboxPump, Snapshot, outbox_for


class OutboxDialog(QDialog):
    """Every queued, sending, sent and failed report, with Retry and Remove."""

    def __init__(self, pump: OutboxPump, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pump = pump
        self.setWindowTitle(self.tr("Outbox"))
        self.resize(720, 360)
        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.model = OutboxModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.retry_button = QPushButton(self.tr("Retry"))
        self.retry_button.clicked.connect(self.retry)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove)
        self.send_button = QPushButton(self.tr("Send all now"))
        self.send_button.clicked.connect(self.send_all)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        for button in (self.retry_button, self.remove_button, self.send_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        pump.updated.connect(self.show_snapshot)
        self.show_snapshot(pump.snapshot)
        # While open, upload progress is read from the outbox twice a second (a small
        # local read; the pump only reports after each burst).
        self._timer = QTimer(self)
        self._timer.setInterval(500)
        self._timer.timeout.connect(self._poll)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)

    def _poll(self) -> None:
        found = outbox_for(self.pump.session)
        if found is None:
            return
        box, label = found
        items = box.items()
        if [(i.id, i.updated_at) for i in items] == [
            (i.id, i.updated_at) for i in self.model.items
        ]:
            return
        pending = sum(i.pending and i.hub == label for i in items)
        failed = sum(i.state == FAILED for i in items)
        self.show_snapshot(Snapshot(tuple(items), pending, failed, self.pump.snapshot.next_in))

    def selected(self) -> Item | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item_at(rows[0].row()) if rows else None

    def show_snapshot(self, snapshot: Snapshot) -> None:
        chosen = self.selected()
        self.model.set_items(snapshot.items)
        if chosen is not None:
            for row, item in enumerate(snapshot.items):
                if item.id == chosen.id:
                    self.table.selectRow(row)
        text = self.pump.summary(snapshot) or self.tr("Everything has been sent.")
        waiting = {i.waiting for i in snapshot.items if i.pending}
        if "signed_out" in waiting:
            text += " " + self.tr("They will be sent once you sign in.")
        elif waiting & {"offline", "retrying"}:
            text += " " + self.tr("The hub cannot be reached; Kefu keeps trying.")
        self.status.setText(text)
        self._update_buttons()

    def _update_buttons(self, *_args: Any) -> None:
        item = self.selected()
        self.retry_button.setEnabled(item is not None and item.state == FAILED and item.retryable)
        self.remove_button.setEnabled(item is not None and item.state != SENT)

    def retry(self) -> None:
        item, found = self.selected(), outbox_for(self.pump.session)
        if item is None or found is None:
            return
        box = found[0]
        self.pump.runner.run(lambda: box.retry(item.id), name="retry", on_done=self._changed)

    def remove(self) -> None:
        item, found = self.selected(), outbox_for(self.pump.session)
        if item is None or found is None:
            return
        box = found[0]

        def done(removed: bool) -> None:
            if not removed:
                messages.warning(self.tr("It is being sent right now and cannot be removed."))
            self._changed(None)

        self.pump.runner.run(lambda: box.discard(item.id), name="remove", on_done=done)

    def send_all(self) -> None:
        self.pump.wake(reset=True)

    def _changed(self, _result: object) -> None:
        self.pump.wake()


class OutboxUi(QObject):
    """The outbox's pieces in the main window: a status-bar button, File ▸ Outbox…,
    a line in the tray menu, and the dialog they open."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.pump = OutboxPump(window.session)  # outlives the window's C++ side
        window.destroyed.connect(self.pump.stop)
        self.dialog: OutboxDialog | None = None
        self.button = QPushButton()
        self.button.setFlat(True)
        self.button.setObjectName("outboxStatus")
        self.button.clicked.connect(self.open_dialog)
        self.button.hide()
        window.statusBar().addWidget(self.button)
        self.action = QAction(self.tr("&Outbox…"), window)
        self.action.triggered.connect(self.open_dialog)
        menus = window.menuBar().actions()
        if menus and menus[0].menu() is not None:
            menus[0].menu().addAction(self.action)
        self.tray_line: QAction | None = None
        tray = getattr(window, "tray", None)
        if tray is not None:
            self.tray_line = QAction(window)
            self.tray_line.triggered.connect(self.open_dialog)
            self.tray_line.setVisible(False)
            tray.menu.insertAction(tray.quit_action, self.tray_line)
        self.pump.updated.connect(self._show)
        self.autosave: NewTicketAutosave | None = None
        window.session.signed_in.connect(self._attach_autosave)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.pump.stop)
        self.pump.wake()

    def open_dialog(self) -> OutboxDialog:
        if self.dialog is None:
            self.dialog = OutboxDialog(self.pump, self.window)
        self.dialog.show()
        return self.dialog

    def _attach_autosave(self, _user: object) -> None:
        """The new-ticket form of the mode view just built (customers) autosaves."""
        view = getattr(self.window, "mode_view", None)
        page = getattr(view, "new_ticket", None)
        if page is not None:
            folder = self.window.session.profile.path / "drafts" / "new_ticket"
            self.autosave = NewTicketAutosave(page, FormDraftStore(folder))

    def _show(self, snapshot: Snapshot) -> None:
        text = self.pump.summary(snapshot)
        self.button.setText(text)
        self.button.setVisible(bool(text))
        if self.tray_line is not None:
            self.tray_line.setText(text)
            self.tray_line.setVisible(bool(text))
