"""Unhandled exceptions: logged, then shown in a dialog with "Copy details"."""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)


def crash_details(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    from desktop.core import profile

    lines = [
        f"Kefu 0.1.0 on Python {platform.python_version()}, {platform.platform()}",
        f"profile: {profile.name()}",
        "",
        *traceback.format_exception(exc_type, exc, tb),
    ]
    return "\n".join(line.rstrip("\n") for line in lines)


class CrashDialog(QDialog):
    """Shows what went wrong; "Copy details" puts the report on the clipboard."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kefu ran into a problem"))
        self.details = details
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "Something unexpected went wrong. Your work has been kept where possible. "
                "You can copy the details below and send them to your support team."
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.details_view = QPlainTextEdit(details)
        self.details_view.setReadOnly(True)
        layout.addWidget(self.details_view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))


_showing = False


def _hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    global _showing
    if issubclass(exc_type, KeyboardInterrupt):
        QCoreApplication.quit()
        return
    details = crash_details(exc_type, exc, tb)
    log.critical("unhandled exception\n%s", details)
    if _showing or QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    _showing = True  # one dialog at a time, even if the dialog itself triggers more
    try:
        CrashDialog(details, QApplication.activeWindow()).exec()
    finally:
        _showing = False


def install() -> None:
    sys.excepthook = _hook
