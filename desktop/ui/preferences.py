"""Preferences: the user-facing part of desktop.core.settings.Settings."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.core.settings import HubMode, Settings


class PreferencesDialog(QDialog):
    """Edits a copy of the settings; `result_settings()` after Accepted."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self._settings = settings
        form = QFormLayout(self)

        self.language = QComboBox()
        for code, label in (
            ("", self.tr("System default")),
            ("en", "English"),
            ("zh_CN", "中文（简体）"),
        ):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        form.addRow(self.tr("Language"), self.language)
        hint = QLabel(self.tr("A new language applies the next time Kefu starts."))
        hint.setObjectName("muted")
        form.addRow("", hint)

        self.notifications = QCheckBox(self.tr("Show a desktop notification when a reply arrives"))
        self.notifications.setChecked(settings.notifications)
        form.addRow("", self.notifications)

        if settings.hub_mode is HubMode.EMBEDDED:
            hub_text = self.tr("This computer (built-in hub)")
        else:
            hub_text = settings.hub_url or "—"
        form.addRow(self.tr("Hub"), QLabel(hub_text))

        row = QHBoxLayout()
        self.ca_bundle = QLineEdit(settings.ca_bundle or "")
        self.ca_bundle.setPlaceholderText(self.tr("System certificates"))
        row.addWidget(self.ca_bundle, 1)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_ca_bundle)
        row.addWidget(browse)
        form.addRow(self.tr("CA bundle"), row)

        self.insecure = QCheckBox(
            self.tr("Allow sending my sign-in over plain http (not recommended)")
        )
        self.insecure.setChecked(settings.allow_insecure_http)
        form.addRow("", self.insecure)
        remote = settings.hub_mode is HubMode.REMOTE
        for widget in (self.ca_bundle, browse, self.insecure):
            widget.setEnabled(remote)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _choose_ca_bundle(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("CA bundle"), "", self.tr("Certificates (*.pem *.crt);;All files (*)")
        )
        if path:
            self.ca_bundle.setText(path)

    def result_settings(self) -> Settings:
        """The settings with the dialog's choices applied (validated by the model)."""
        return Settings.model_validate(
            {
                **self._settings.model_dump(),
                "language": self.language.currentData(),
                "notifications": self.notifications.isChecked(),
                "ca_bundle": self.ca_bundle.text().strip() or None,
                "allow_insecure_http": self.insecure.isChecked(),
            }
        )
