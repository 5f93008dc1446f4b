"""The tray icon: open Kefu, report a problem, quit; and reply notifications.

Where the desktop has no tray, `TrayIcon.available` is False and nothing is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon


class TrayIcon(QObject):
    """Signals: open_requested(); report_requested(); quit_requested()."""

    open_requested = Signal()
    report_requested = Signal()
    quit_requested = Signal()

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.available = QSystemTrayIcon.isSystemTrayAvailable()
        self.menu = QMenu()
        self.open_action = self.menu.addAction(self.tr("Open Kefu"))
        self.open_action.triggered.connect(self.open_requested)
        self.report_action = self.menu.addAction(self.tr("Report a problem…"))
        self.report_action.triggered.connect(self.report_requested)
        self.menu.addSeparator()
        self.quit_action = self.menu.addAction(self.tr("Quit Kefu"))
        self.quit_action.triggered.connect(self.quit_requested)
        self.icon: QSystemTrayIcon | None = None
        if self.available:
            self.icon = QSystemTrayIcon(icon, self)
            self.icon.setToolTip("Kefu")
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._activated)
            self.icon.show()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.open_requested.emit()

    def set_report_enabled(self, enabled: bool) -> None:
        self.report_action.setVisible(enabled)

    def notify(self, title: str, text: str) -> bool:
        """Show a desktop notification; False when there is no tray to show it."""
        if self.icon is None or not self.icon.supportsMessages():
            return False
        self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 8000)
        return True

    def hide(self) -> None:
        if self.icon is not None:
            self.icon.hide()
