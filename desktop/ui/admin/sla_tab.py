"""Administration → SLA: first-response and resolution targets per priority
(in minutes or hours) and the business calendar. New due times follow them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core import admin_api
from desktop.core.admin_api import SlaPolicy, SlaSettings
from desktop.core.models import PRIORITIES
from desktop.ui.admin.business_hours import BusinessHoursEditor
from desktop.ui.admin.common import form_error, notice, show_error
from desktop.ui.session import Session

MAX_MINUTES = 60 * 24 * 365  # the hub's limit


class DurationEdit(QWidget):
    """A number and a unit (minutes or hours); `minutes()` is what the hub gets."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.number = QSpinBox()
        self.number.setRange(1, MAX_MINUTES)
        self.unit = QComboBox()
        self.unit.addItem(self.tr("minutes"), 1)
        self.unit.addItem(self.tr("hours"), 60)
        row.addWidget(self.number)
        row.addWidget(self.unit)
        row.addStretch(1)

    def set_minutes(self, minutes: int) -> None:
        hours = minutes % 60 == 0
        self.unit.setCurrentIndex(1 if hours else 0)
        self.number.setValue(minutes // 60 if hours else minutes)

    def minutes(self) -> int:
        return min(self.number.value() * int(self.unit.currentData()), MAX_MINUTES)


class SlaTab(QScrollArea):
    """Edit the hub's SLA settings; Save sends them all at once."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        page = QWidget()
        layout = QVBoxLayout(page)
        hint = QLabel(
            self.tr(
                "How soon a ticket must be answered and solved, by priority. "
                "Clocks stop while a ticket waits on the customer; changes apply to new tickets."
            )
        )
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        layout.addWidget(hint)

        targets = QFrame()
        targets.setObjectName("card")
        grid = QGridLayout(targets)
        title = QLabel(self.tr("Targets"))
        title.setObjectName("cardTitle")
        grid.addWidget(title, 0, 0, 1, 3)
        for column, text in enumerate(
            (self.tr("Priority"), self.tr("First response within"), self.tr("Resolved within"))
        ):
            header = QLabel(text)
            header.setObjectName("muted")
            grid.addWidget(header, 1, column)
        self.first_response: dict[str, DurationEdit] = {}
        self.resolution: dict[str, DurationEdit] = {}
        for row, priority in enumerate(PRIORITIES, start=2):
            grid.addWidget(QLabel(priority), row, 0)
            self.first_response[priority] = DurationEdit()
            self.resolution[priority] = DurationEdit()
            grid.addWidget(self.first_response[priority], row, 1)
            grid.addWidget(self.resolution[priority], row, 2)
        grid.setColumnStretch(3, 1)
        layout.addWidget(targets)

        self.hours = BusinessHoursEditor()
        layout.addWidget(self.hours)
        self.error = form_error()
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save SLA"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        self.reload_button = QPushButton(self.tr("Reload"))
        self.reload_button.clicked.connect(self.reload)
        self.status = QLabel()
        self.status.setObjectName("muted")
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.status, 1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setWidget(page)
        self.save_button.setEnabled(False)  # until the hub's settings are shown

    def reload(self) -> None:
        client = self.session.client
        if client is None:
            return
        self.session.runner.run(
            lambda: admin_api.read_sla(client),
            name="read sla",
            on_done=self.show_settings,
            on_error=lambda exc: show_error(self.error, exc),
        )

    def show_settings(self, settings: SlaSettings) -> None:
        for priority in PRIORITIES:
            policy = settings.policy(priority)
            if policy is not None:
                self.first_response[priority].set_minutes(policy.first_response_minutes)
                self.resolution[priority].set_minutes(policy.resolution_minutes)
        self.hours.set_calendar(settings.calendar)
        self.error.hide()
        self.save_button.setEnabled(True)

    def settings(self) -> SlaSettings:
        return SlaSettings(
            policies=[
                SlaPolicy(
                    priority=p,
                    first_response_minutes=self.first_response[p].minutes(),
                    resolution_minutes=self.resolution[p].minutes(),
                )
                for p in PRIORITIES
            ],
            calendar=self.hours.calendar(),
        )

    def save(self) -> None:
        client = self.session.client
        if client is None:
            return
        settings = self.settings()
        self.error.hide()
        self.status.clear()
        self.save_button.setEnabled(False)

        def done(saved: SlaSettings) -> None:
            self.show_settings(saved)
            notice(self.status, self.tr("Saved. New tickets get these targets."))

        def failed(exc: Exception) -> None:
            self.save_button.setEnabled(True)  # what was typed stays for another try
            show_error(self.error, exc)

        self.session.runner.run(
            lambda: admin_api.write_sla(client, settings),
            name="write sla",
            on_done=done,
            on_error=failed,
        )
