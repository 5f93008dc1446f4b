"""The dashboard's filters: period (presets or two dates), interval, agent, group."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.core.metrics_api import Interval, MetricsQuery, Preset, preset_period, utc_today
from desktop.core.models import Group, User


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


class MetricsToolbar(QWidget):
    """Filters a person sets; `query()` says what they chose.

    Signals: changed() whenever a filter changes; refresh_requested();
    export_requested().
    """

    changed = Signal()
    refresh_requested = Signal()
    export_requested = Signal()

    def __init__(self, today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)

        self.preset_combo = QComboBox()
        self.preset_combo.setAccessibleName(self.tr("Period"))
        for preset, text in (
            (Preset.LAST_7, self.tr("Last 7 days")),
            (Preset.LAST_30, self.tr("Last 30 days")),
            (Preset.LAST_90, self.tr("Last 90 days")),
            (Preset.THIS_MONTH, self.tr("This month")),
            (Preset.CUSTOM, self.tr("Custom")),
        ):
            self.preset_combo.addItem(text, preset)
        self.from_edit, self.to_edit = QDateEdit(), QDateEdit()
        for edit, name in ((self.from_edit, self.tr("From")), (self.to_edit, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
        self.interval_combo = QComboBox()
        self.interval_combo.setAccessibleName(self.tr("Interval"))
        self.interval_combo.addItem(self.tr("By day"), Interval.DAY)
        self.interval_combo.addItem(self.tr("By week"), Interval.WEEK)
        self.agent_combo, self.group_combo = QComboBox(), QComboBox()
        self.agent_combo.setAccessibleName(self.tr("Agent"))
        self.group_combo.setAccessibleName(self.tr("Group"))
        self.set_people([], [])
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.export_button = QPushButton(self.tr("Export CSV…"))

        layout.addWidget(self.preset_combo)
        layout.addWidget(self.from_edit)
        layout.addWidget(QLabel("–"))
        layout.addWidget(self.to_edit)
        layout.addWidget(self.interval_combo)
        layout.addWidget(self.agent_combo)
        layout.addWidget(self.group_combo)
        layout.addStretch(1)
        layout.addWidget(self.refresh_button)
        layout.addWidget(self.export_button)

        self.preset_combo.setCurrentIndex(self.preset_combo.findData(Preset.LAST_30))
        self._apply_preset()
        self.preset_combo.activated.connect(self._preset_chosen)
        self.from_edit.dateChanged.connect(self._dates_edited)
        self.to_edit.dateChanged.connect(self._dates_edited)
        for combo in (self.interval_combo, self.agent_combo, self.group_combo):
            combo.activated.connect(lambda _i: self.changed.emit())
        self.refresh_button.clicked.connect(self.refresh_requested)
        self.export_button.clicked.connect(self.export_requested)

    def today(self) -> date:
        return self._today or utc_today()

    def _apply_preset(self) -> None:
        preset = Preset(self.preset_combo.currentData())
        if preset is Preset.CUSTOM:
            return
        start, end = preset_period(preset, self.today())
        for edit, day in ((self.from_edit, start), (self.to_edit, end)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)

    def _preset_chosen(self, _index: int) -> None:
        self._apply_preset()
        self.changed.emit()

    def _dates_edited(self) -> None:
        # Typing a date means the period is no longer a preset.
        self.preset_combo.setCurrentIndex(self.preset_combo.findData(Preset.CUSTOM))
        self.changed.emit()

    def set_people(self, agents: list[User], groups: list[Group]) -> None:
        """Fill the agent and group pickers, keeping what was chosen when it still exists."""
        for combo, everyone, items in (
            (self.agent_combo, self.tr("All agents"), [(a.id, a.display_name) for a in agents]),
            (self.group_combo, self.tr("All groups"), [(g.id, g.name) for g in groups]),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for item_id, name in items:
                combo.addItem(name, item_id)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.blockSignals(False)

    def choose_period(self, start: date, end: date) -> None:
        """Set a custom period (as typing both dates does), announcing one change."""
        self.blockSignals(True)
        self.from_edit.setDate(_qdate(start))
        self.to_edit.setDate(_qdate(end))
        self.blockSignals(False)
        self.changed.emit()

    def query(self) -> MetricsQuery:
        return MetricsQuery(
            start=_date(self.from_edit.date()),
            end=_date(self.to_edit.date()),
            interval=Interval(self.interval_combo.currentData()),
            agent_id=self.agent_combo.currentData(),
            group_id=self.group_combo.currentData(),
        )
