"""The dashboard's charts (QtCharts), each in a card that shows a hint instead
of empty axes when the period has nothing to draw."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QMargins, Qt, QTime, QTimeZone
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QFrame, QLabel, QStackedWidget, QVBoxLayout, QWidget

from desktop.core.metrics_api import Backlog, Csat, SeriesPoint
from desktop.core.models import Status
from desktop.ui.metrics import format as fmt
from desktop.ui.ticket_model import agent_status_text

BLUE, GREEN, AMBER, PURPLE = "#2563eb", "#16a34a", "#d97706", "#7c3aed"
AGE_KEYS = ("under_1d", "1_3d", "3_7d", "over_7d")


def _tr(text: str) -> str:
    return QCoreApplication.translate("metrics", text)


class ChartCard(QFrame):
    """A titled card holding one chart, or a sentence saying why there is none."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        self.title = QLabel(title)
        self.title.setObjectName("cardTitle")
        layout.addWidget(self.title)
        self.stack = QStackedWidget()
        self.view = QChartView()
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(240)
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMinimumHeight(240)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack)
        self.chart: QChart | None = None

    @property
    def showing_chart(self) -> bool:
        return self.stack.currentWidget() is self.view

    def show_chart(self, chart: QChart) -> None:
        chart.setBackgroundVisible(False)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        old = self.chart
        self.view.setChart(chart)  # the view owns the chart from here on
        self.chart = chart
        if old is not None:
            old.deleteLater()
        self.stack.setCurrentWidget(self.view)

    def show_empty(self, hint: str) -> None:
        self.empty.setText(hint)
        self.stack.setCurrentWidget(self.empty)


def _msecs(day: date) -> float:
    # Noon UTC, so the day reads the same in any time zone within ±12 h.
    moment = QDateTime(QDate(day.year, day.month, day.day), QTime(12, 0), QTimeZone.utc())
    return float(moment.toMSecsSinceEpoch())


def _line(name: str, color: str, points: Sequence[tuple[date, float | None]]) -> QLineSeries:
    series = QLineSeries()
    series.setName(name)
    series.setColor(QColor(color))
    series.setPointsVisible(True)
    for day, value in points:
        if value is not None:  # a bucket without a value is a gap, not a zero
            series.append(_msecs(day), value)
    return series


def _time_chart(lines: list[QLineSeries], days: list[date], y_title: str) -> QChart:
    chart = QChart()
    x = QDateTimeAxis()
    x.setFormat("MM-dd")
    x.setTickCount(max(2, min(len(days), 8)))
    if days:
        x.setRange(
            QDateTime.fromMSecsSinceEpoch(int(_msecs(days[0])), QTimeZone.utc()),
            QDateTime.fromMSecsSinceEpoch(int(_msecs(days[-1])), QTimeZone.utc()),
        )
    y = QValueAxis()
    y.setTitleText(y_title)
    y.setMin(0)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    top = 0.0
    for series in lines:
        chart.addSeries(series)
        series.attachAxis(x)
        series.attachAxis(y)
        top = max([top, *(p.y() for p in series.points())])
    y.setMax(max(top * 1.15, 1.0))
    y.applyNiceNumbers()
    y.setLabelFormat("%d" if y.max() >= 5 else "%.1f")
    return chart


def _bar_chart(name: str, color: str, labels: list[str], values: list[int]) -> QChart:
    bars = QBarSet(name)
    bars.setColor(QColor(color))
    for value in values:
        bars.append(value)
    series = QBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    chart = QChart()
    chart.addSeries(series)
    x = QBarCategoryAxis()
    x.append(labels)
    y = QValueAxis()
    y.setRange(0, max([*values, 1]) * 1.2)
    y.applyNiceNumbers()
    y.setLabelFormat("%d")
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x)
    series.attachAxis(y)
    chart.legend().setVisible(False)
    return chart


def show_volume(card: ChartCard, series: list[SeriesPoint]) -> None:
    """Tickets created and resolved per day or week."""
    if not any(p.created or p.resolved for p in series):
        card.show_empty(_tr("No tickets were filed or resolved in this period."))
        return
    days = [p.period for p in series]
    lines = [
        _line(_tr("Created"), BLUE, [(p.period, p.created) for p in series]),
        _line(_tr("Resolved"), GREEN, [(p.period, p.resolved) for p in series]),
    ]
    card.show_chart(_time_chart(lines, days, _tr("Tickets")))


def show_times(card: ChartCard, series: list[SeriesPoint]) -> None:
    """Median first-response and resolution times per bucket, in hours."""
    fr = [(p.period, fmt.hours(p.first_response_median)) for p in series]
    res = [(p.period, fmt.hours(p.resolution_median)) for p in series]
    if all(v is None for _, v in fr + res):
        card.show_empty(_tr("No replies or resolutions in this period yet."))
        return
    lines = [
        _line(_tr("First response (median)"), AMBER, fr),
        _line(_tr("Resolution (median)"), PURPLE, res),
    ]
    card.show_chart(_time_chart(lines, [p.period for p in series], _tr("Hours")))


def show_csat(card: ChartCard, csat: Csat) -> None:
    if not csat.count:
        card.show_empty(
            _tr("No ratings in this period. Customers rate a ticket when they confirm the fix.")
        )
        return
    labels = [f"{n}★" for n in range(1, 6)]
    card.show_chart(_bar_chart(_tr("Ratings"), AMBER, labels, csat.counts()))


def show_backlog_status(card: ChartCard, backlog: Backlog) -> None:
    if not backlog.total:
        card.show_empty(_tr("Nothing is waiting: every ticket is resolved or closed."))
        return
    statuses = [s for s in Status if backlog.by_status.get(s.value)]
    chart = _bar_chart(
        _tr("Tickets"),
        BLUE,
        [agent_status_text(s) for s in statuses],
        [backlog.by_status[s.value] for s in statuses],
    )
    card.show_chart(chart)


def age_labels() -> list[str]:
    return [_tr("Under 1 day"), _tr("1–3 days"), _tr("3–7 days"), _tr("Over 7 days")]


def show_backlog_age(card: ChartCard, backlog: Backlog) -> None:
    if not backlog.total:
        card.show_empty(_tr("Nothing is waiting: every ticket is resolved or closed."))
        return
    values = [backlog.by_age.get(key, 0) for key in AGE_KEYS]
    card.show_chart(_bar_chart(_tr("Tickets"), AMBER, age_labels(), values))
