"""The shape every list-and-form administration tab shares: a hint with New
and Reload, a table of rows on the left, a form card on the right with its
error line, and one write at a time that never clears what was typed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.hubclient import HubClient
from desktop.ui.admin.common import HasId, RowsModel, form_error, rows_table, show_error
from desktop.ui.session import Session

T = TypeVar("T", bound=HasId)


class EditorTab(QWidget, Generic[T]):
    """Subclasses build their fields into `self.form`, and implement `load`
    (a call run off the GUI thread), `clear_form`, `fill_form` and `save`."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.editing: T | None = None
        self.model: RowsModel[T] = RowsModel([], self)
        # Sorted by a header click, narrowed by the filter box; rows keep their ids.
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.hint = QLabel()
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        top.addWidget(self.hint, 1)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter…"))
        self.filter.setAccessibleName(self.tr("Filter"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setMaximumWidth(220)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        top.addWidget(self.filter)
        self.new_button = QPushButton(self.tr("New"))
        self.new_button.clicked.connect(self.start_new)
        self.reload_button = QPushButton(self.tr("Reload"))
        self.reload_button.clicked.connect(self.reload)
        top.addWidget(self.new_button)
        top.addWidget(self.reload_button)
        layout.addLayout(top)

        split = QSplitter()
        self.table = rows_table(self.proxy)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        split.addWidget(self.table)
        self.card = QFrame()
        self.card.setObjectName("card")
        self.card_layout = QVBoxLayout(self.card)
        self.form_title = QLabel()
        self.form_title.setObjectName("cardTitle")
        self.card_layout.addWidget(self.form_title)
        self.form = QFormLayout()
        self.card_layout.addLayout(self.form)
        self.error = form_error()
        self.card_layout.addWidget(self.error)
        self.buttons = QHBoxLayout()
        self.save_button = QPushButton()
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        self.buttons.addWidget(self.save_button)
        self.card_layout.addLayout(self.buttons)
        split.addWidget(self.card)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([640, 400])  # the table gets the room; the form stays readable
        layout.addWidget(split, 1)

    def finish_form(
        self, hint: str, table_name: str, columns: Sequence[tuple[str, Callable[[T], str]]]
    ) -> None:
        """Call at the end of a subclass's __init__, after its fields and buttons."""
        self.hint.setText(hint)
        self.table.setAccessibleName(table_name)
        self.model.set_columns(columns)
        self.buttons.addStretch(1)
        self.card_layout.addStretch(1)
        self.start_new()

    # -- subclasses --------------------------------------------------------------------

    def load(self, client: HubClient) -> Sequence[T]:
        raise NotImplementedError

    def clear_form(self) -> None:
        raise NotImplementedError

    def fill_form(self, row: T) -> None:
        raise NotImplementedError

    def save(self) -> None:
        raise NotImplementedError

    # -- loading and choosing -----------------------------------------------------------

    def reload(self) -> None:
        client = self.session.client
        if client is None:
            return
        self.session.runner.run(
            lambda: self.load(client),
            name=f"admin {type(self).__name__}",
            on_done=self._loaded,
            on_error=lambda exc: show_error(self.error, exc),
        )

    def _loaded(self, rows: Sequence[T]) -> None:
        keep = self.editing.id if self.editing is not None else None
        self.model.set_rows(rows)
        self.rows_loaded()
        if keep is not None:
            self._select_quietly(self.model.row_of(keep))

    def rows_loaded(self) -> None:
        """A hook for tabs whose form depends on the rows (pickers)."""

    def _select_quietly(self, row: int) -> None:
        """Select the model's `row` in the table without refilling the form."""
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        if row >= 0:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        selection.blockSignals(False)

    def select_id(self, row_id: int) -> None:
        """Select the row with this id as a click does (the form shows it)."""
        at = self.model.row_of(row_id)
        if at >= 0:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(at, 0)).row())

    def _selected(self, selected: QItemSelection, _old: QItemSelection) -> None:
        rows = selected.indexes()
        if rows:
            self.edit(self.model.rows[self.proxy.mapToSource(rows[0]).row()])

    def start_new(self) -> None:
        self.table.clearSelection()
        self.editing = None
        self.error.hide()
        self.clear_form()

    def edit(self, row: T) -> None:
        self.editing = row
        self.error.hide()
        self.fill_form(row)

    # -- writing ------------------------------------------------------------------------

    def run_write(self, fn: Callable[[HubClient], Any], on_done: Callable[[Any], None]) -> None:
        """One write at a time; the form keeps what was typed whatever happens."""
        client = self.session.client
        if client is None:
            return
        self.error.hide()
        self.card.setEnabled(False)

        def done(result: Any) -> None:
            self.card.setEnabled(True)
            on_done(result)

        def failed(exc: Exception) -> None:
            self.card.setEnabled(True)
            show_error(self.error, exc)

        self.session.runner.run(
            lambda: fn(client), name=f"save {type(self).__name__}", on_done=done, on_error=failed
        )

    def saved(self, row: T) -> None:
        """Put the hub's answer in the table, keep it selected, and show it."""
        self._select_quietly(self.model.upsert(row))
        self.edit(row)
