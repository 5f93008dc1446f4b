"""Pieces every administration tab uses: a table model over typed rows, the
form's error line, and the sentences for the hub's administration errors."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from desktop.core.hubclient import HubError
from desktop.ui.errors import describe


class HasId(Protocol):
    @property
    def id(self) -> int: ...


T = TypeVar("T", bound=HasId)
AnyIndex = QModelIndex | QPersistentModelIndex

# The administration's own error codes (hub/admin.py), marked for lupdate here.
_ADMIN_ERRORS: dict[str, object] = {
    "name_taken": QT_TRANSLATE_NOOP("admin", "There is already a group with this name."),
    "slug_taken": QT_TRANSLATE_NOOP("admin", "A category with this slug exists already."),
    "email_taken": QT_TRANSLATE_NOOP("admin", "An account with this e-mail address exists."),
    "cannot_demote_self": QT_TRANSLATE_NOOP(
        "admin",
        "You cannot deactivate yourself or give up your own admin role; ask another admin.",
    ),
    "not_found": QT_TRANSLATE_NOOP(
        "admin", "It was removed meanwhile; press Reload and try again."
    ),
    "forbidden": QT_TRANSLATE_NOOP("admin", "Only administrators may change this."),
}

# What to do about a field the hub refused, by the field's name in the request.
_FIELDS: dict[str, object] = {
    "email": QT_TRANSLATE_NOOP("admin", "Enter an e-mail address like name@example.com."),
    "display_name": QT_TRANSLATE_NOOP("admin", "Enter a name (at most 120 characters)."),
    "name": QT_TRANSLATE_NOOP("admin", "Enter a name (at most 120 characters)."),
    "name_zh": QT_TRANSLATE_NOOP("admin", "Enter the Chinese name (at most 120 characters)."),
    "slug": QT_TRANSLATE_NOOP(
        "admin",
        "The slug starts with a letter and has only lowercase letters, digits and _ "
        "(2 to 64 characters).",
    ),
    "organization": QT_TRANSLATE_NOOP("admin", "The organization is too long (200 characters)."),
    "description": QT_TRANSLATE_NOOP("admin", "The description is too long (1000 characters)."),
    "title": QT_TRANSLATE_NOOP("admin", "Enter a title (at most 200 characters)."),
    "body": QT_TRANSLATE_NOOP("admin", "Enter the reply's text."),
}


def describe_admin(exc: BaseException) -> str:
    """One sentence for a failed administration call; a refused field says what to type."""
    translate = QCoreApplication.translate
    if isinstance(exc, HubError):
        if exc.error in _ADMIN_ERRORS:
            return translate("admin", str(_ADMIN_ERRORS[exc.error]))
        if exc.error == "validation_failed":
            if not exc.details:
                return exc.message  # the hub's sentence already says what to change
            fields = [
                str(d.get("field", "")).split(".")[-1] for d in exc.details if isinstance(d, dict)
            ]
            if fields and all(f in _FIELDS for f in fields):
                return " ".join(dict.fromkeys(translate("admin", str(_FIELDS[f])) for f in fields))
    return describe(exc)


class RowsModel(QAbstractTableModel, Generic[T]):
    """A read-only table over a list of typed rows; each column is a header and
    a function giving the cell's text. Rows are found again by their `id`."""

    def __init__(
        self, columns: Sequence[tuple[str, Callable[[T], str]]], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self.rows: list[T] = []

    def set_columns(self, columns: Sequence[tuple[str, Callable[[T], str]]]) -> None:
        self.beginResetModel()
        self._columns = list(columns)
        self.endResetModel()

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def upsert(self, row: T) -> int:
        """Replace the row with the same id, or append it; returns its row number."""
        at = self.row_of(row.id)
        if at < 0:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
            self.rows.append(row)
            self.endInsertRows()
            return len(self.rows) - 1
        self.rows[at] = row
        self.dataChanged.emit(self.index(at, 0), self.index(at, len(self._columns) - 1))
        return at

    def remove(self, row_id: int) -> None:
        at = self.row_of(row_id)
        if at >= 0:
            self.beginRemoveRows(QModelIndex(), at, at)
            del self.rows[at]
            self.endRemoveRows()

    def row_of(self, row_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == row_id), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        return self._columns[index.column()][1](self.rows[index.row()])

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section][0]
        return None


def rows_table(model: QAbstractItemModel) -> QTableView:
    """A one-row-at-a-time table in the desk's look, stretched to its width."""
    table = QTableView()
    table.setModel(model)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setSortingEnabled(True)
    table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the hub's order until a click
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def form_error(parent: QWidget | None = None) -> QLabel:
    """The red line under a form that says what the hub refused; hidden until then."""
    label = QLabel(parent)
    label.setObjectName("formError")
    label.setWordWrap(True)
    label.hide()
    return label


def show_error(label: QLabel, exc: BaseException) -> None:
    label.setText(describe_admin(exc))
    label.show()


def notice(label: QLabel, text: str) -> None:
    """A muted line next to the buttons saying what just happened."""
    label.setText(text)
    label.show()
