"""The business calendar part of the SLA tab: whether clocks run only in
working hours, in which time zone, on which days, and the holidays."""

from __future__ import annotations

from datetime import date
from zoneinfo import available_timezones

from PySide6.QtCore import QDate, QStringListModel, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.admin_api import BusinessCalendar


def _minutes(time: QTime) -> int:
    return time.hour() * 60 + time.minute()


def _time(minutes: int) -> QTime:
    minutes = min(max(minutes, 0), 24 * 60 - 1)  # 24:00 shows as 23:59
    return QTime(minutes // 60, minutes % 60)


class BusinessHoursEditor(QFrame):
    """A card that edits a `BusinessCalendar` (read with `calendar()`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        box = QVBoxLayout(self)
        title = QLabel(self.tr("Business hours"))
        title.setObjectName("cardTitle")
        box.addWidget(title)
        self.enabled = QCheckBox(self.tr("Count only business hours (clocks pause outside them)"))
        self.enabled.toggled.connect(self._enable)
        box.addWidget(self.enabled)
        form = QFormLayout()
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.addItems(sorted(available_timezones()))
        self.days: list[QCheckBox] = []
        days_row = QHBoxLayout()
        names = (
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        )
        for name in names:
            check = QCheckBox(name)
            self.days.append(check)
            days_row.addWidget(check)
        days_row.addStretch(1)
        hours_row = QHBoxLayout()
        self.start = QTimeEdit()
        self.start.setDisplayFormat("HH:mm")
        self.end = QTimeEdit()
        self.end.setDisplayFormat("HH:mm")
        hours_row.addWidget(self.start)
        hours_row.addWidget(QLabel("–"))
        hours_row.addWidget(self.end)
        hours_row.addStretch(1)
        form.addRow(self.tr("Time zone"), self.timezone)
        form.addRow(self.tr("Working days"), days_row)
        form.addRow(self.tr("Hours"), hours_row)
        form.addRow(self.tr("Holidays"), self._build_holidays())
        self.fields = QWidget()
        self.fields.setLayout(form)
        box.addWidget(self.fields)

    def _build_holidays(self) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        self.holidays_model = QStringListModel(self)
        self.holidays = QListView()
        self.holidays.setModel(self.holidays_model)
        self.holidays.setAccessibleName(self.tr("Holidays"))
        self.holidays.setFixedHeight(90)
        column.addWidget(self.holidays)
        row = QHBoxLayout()
        self.holiday_date = QDateEdit(QDate.currentDate())
        self.holiday_date.setCalendarPopup(True)
        self.holiday_date.setDisplayFormat("yyyy-MM-dd")
        add = QPushButton(self.tr("Add holiday"))
        add.clicked.connect(self.add_holiday)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self._remove_holiday)
        row.addWidget(self.holiday_date)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        column.addLayout(row)
        return holder

    def _enable(self, on: bool) -> None:
        self.fields.setEnabled(on)

    def add_holiday(self) -> None:
        day = self.holiday_date.date().toString("yyyy-MM-dd")
        days = set(self.holidays_model.stringList()) | {day}
        self.holidays_model.setStringList(sorted(days))

    def _remove_holiday(self) -> None:
        rows = sorted({i.row() for i in self.holidays.selectedIndexes()}, reverse=True)
        for row in rows:
            self.holidays_model.removeRows(row, 1)

    def set_calendar(self, calendar: BusinessCalendar) -> None:
        self.enabled.setChecked(calendar.enabled)
        self._enable(calendar.enabled)
        self.timezone.setCurrentText(calendar.timezone)
        for number, check in enumerate(self.days, start=1):
            check.setChecked(str(number) in calendar.weekdays)
        self.start.setTime(_time(calendar.start_minute))
        self.end.setTime(_time(calendar.end_minute))
        self.holidays_model.setStringList([d.isoformat() for d in calendar.holidays])

    def calendar(self) -> BusinessCalendar:
        return BusinessCalendar(
            enabled=self.enabled.isChecked(),
            timezone=self.timezone.currentText().strip(),
            weekdays="".join(str(n) for n, c in enumerate(self.days, start=1) if c.isChecked()),
            start_minute=_minutes(self.start.time()),
            end_minute=_minutes(self.end.time()),
            holidays=[date.fromisoformat(d) for d in self.holidays_model.stringList()],
        )
