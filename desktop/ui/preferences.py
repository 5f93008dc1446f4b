"""Preferences: the user-facing part of desktop.core.settings.Settings."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
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

from desktop.core import ocr_engine, tesseract_locator
from desktop.core.settings import HubMode, Settings
from desktop.core.tesseract_locator import TesseractInfo, TesseractNotFound
from desktop.ui.tasks import TaskRunner


class PreferencesDialog(QDialog):
    """Edits a copy of the settings; `result_settings()` after Accepted."""

    def __init__(
        self, settings: Settings, parent: QWidget | None = None, runner: TaskRunner | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self._settings = settings
        self.runner = runner or TaskRunner(self, max_threads=1)  # for "Test"
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

        self._add_tesseract_rows(form, settings)

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

    # -- Tesseract ------------------------------------------------------------------------

    def _add_tesseract_rows(self, form: QFormLayout, settings: Settings) -> None:
        row = QHBoxLayout()
        self.tesseract = QLineEdit(settings.tesseract_path or "")
        self.tesseract.setPlaceholderText(self.tr("Found automatically"))
        self.tesseract.setAccessibleName(self.tr("Tesseract program"))
        row.addWidget(self.tesseract, 1)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_tesseract)
        row.addWidget(choose)
        self.tesseract_test = QPushButton(self.tr("Test"))
        self.tesseract_test.clicked.connect(self.test_tesseract)
        row.addWidget(self.tesseract_test)
        form.addRow(self.tr("Tesseract (text recognition)"), row)
        self.tesseract_status = QLabel(
            self.tr("Leave empty to let Kefu find Tesseract; press Test to check it.")
        )
        self.tesseract_status.setObjectName("muted")
        self.tesseract_status.setWordWrap(True)
        self.tesseract_status.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.tesseract_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow("", self.tesseract_status)

    def _choose_tesseract(self) -> None:
        wanted = (
            self.tr("Programs (*.exe)") if sys.platform == "win32" else self.tr("All files (*)")
        )
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Tesseract program"), self.tesseract.text(), wanted
        )
        if path:
            self.tesseract.setText(path)

    def test_tesseract(self) -> None:
        """Find and run the Tesseract program in the field (off the GUI thread)."""
        configured = self.tesseract.text().strip() or None
        self.tesseract_test.setEnabled(False)
        self.tesseract_status.setText(self.tr("Testing…"))
        self.runner.run(
            lambda: tesseract_locator.probe(tesseract_locator.find(configured)),
            name="test tesseract",
            on_done=self._tested,
            on_error=self._test_failed,
        )

    def _tested(self, info: TesseractInfo) -> None:
        self.tesseract_test.setEnabled(True)
        found = self.tr("Tesseract %1 works (%2).").replace("%1", info.version)
        found = found.replace("%2", str(info.path))
        if info.has_chinese:
            self.tesseract_status.setText(found + " " + self.tr("Chinese (chi_sim) is installed."))
            return
        self.tesseract_status.setText(
            found
            + " "
            + self.tr("Chinese (chi_sim) is missing, so Chinese text will not be read.")
            + " "
            + self._install_text(tesseract_locator.language_command(["chi_sim"]))
        )

    def _test_failed(self, exc: Exception) -> None:
        self.tesseract_test.setEnabled(True)
        reason = exc.reason if isinstance(exc, TesseractNotFound) else "failed"
        if reason == "configured":
            text = self.tr(
                "This file does not exist or cannot be run. Choose the tesseract "
                "program, or clear the field to let Kefu look for it."
            )
        elif reason == "missing":
            text = (
                self.tr("Tesseract is not installed, so the text in screenshots cannot be read.")
                + " "
                + self._install_text()
            )
        elif reason == "not_tesseract":
            text = self.tr("This program is not Tesseract (it did not report a version).")
        else:
            text = self.tr("Tesseract could not be run: %1").replace("%1", str(exc))
        self.tesseract_status.setText(text)

    def _install_text(self, command: str | None = None) -> str:
        """How to install, in the UI's language around the command or link itself."""
        command = command or tesseract_locator.install_command()
        if sys.platform == "win32":
            return self.tr(
                "Download it from %1 and tick Chinese Simplified among the languages."
            ).replace("%1", command)
        return self.tr("Install it with: %1").replace("%1", command)

    def accept(self) -> None:
        # OCR uses the chosen program from now on, not only after a restart.
        ocr_engine.use_tesseract(self.tesseract.text().strip() or None)
        super().accept()

    def result_settings(self) -> Settings:
        """The settings with the dialog's choices applied (validated by the model)."""
        return Settings.model_validate(
            {
                **self._settings.model_dump(),
                "language": self.language.currentData(),
                "notifications": self.notifications.isChecked(),
                "ca_bundle": self.ca_bundle.text().strip() or None,
                "allow_insecure_http": self.insecure.isChecked(),
                "tesseract_path": self.tesseract.text().strip() or None,
            }
        )
