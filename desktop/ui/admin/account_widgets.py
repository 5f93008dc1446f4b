"""Small pieces of the People tab: the once-only temporary password and the
non-blocking "are you sure" question."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class TemporaryPasswordBox(QFrame):
    """Shows a temporary password the hub gave out once, with a Copy button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decision")
        self.email = ""  # whose password is shown
        inner = QVBoxLayout(self)
        self.label = QLabel()
        self.label.setWordWrap(True)
        inner.addWidget(self.label)
        row = QHBoxLayout()
        self.password = QLineEdit()
        self.password.setReadOnly(True)
        self.password.setAccessibleName(self.tr("Temporary password"))
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.clicked.connect(self.copy)
        row.addWidget(self.password, 1)
        row.addWidget(self.copy_button)
        inner.addLayout(row)
        self.hide()

    def show_password(self, email: str, password: str) -> None:
        text = self.tr("Temporary password for %1. Give it to them now; it is shown only once.")
        self.label.setText(text.replace("%1", email))
        self.email = email
        self.password.setText(password)
        self.copy_button.setText(self.tr("Copy"))
        self.show()

    def copy(self) -> None:
        QApplication.clipboard().setText(self.password.text())
        self.copy_button.setText(self.tr("Copied"))


def confirm(parent: QWidget, text: str, action: str, then: Callable[[], None]) -> QMessageBox:
    """Ask without blocking the event loop; `then()` runs when `action` is pressed."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QApplication.translate("admin", "Administration"),
        text,
        parent=parent,
    )
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QApplication.translate("admin", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.buttonClicked.connect(lambda button: then() if button is yes else None)
    box.open()
    return box
