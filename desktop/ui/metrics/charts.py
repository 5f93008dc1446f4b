"""The dashboard's charts (QtCharts), each in a card that shows a hint instead
of empty axes when the period has nothing to draw."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QFrame, QLabel, QStackedWidget, QVBoxLayout, QWidget

from desktop.core.metrics_api import Backlog, Csat, SeriesPoint
from desktop.core.models import Status
from desktop.ui import theme
from desktop.ui.metrics import format as fmt
from desktop.ui.ticket_model import agent_status_text

BLUE, GREEN, AMBER, PURPLE = "#2563eb", "#16a34a", "#d97706", "#7c3aed"
AGE_KEYS = ("under_1d", "1_3d", "3_7d", "over_7d")
MAX_LABELS = 8


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
        self.view.setObjectName("metricsChart")
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
        if theme.current() == "dark":
            _ink_for_dark(chart)
        old = self.chart
        self.view.setChart(chart)  # the view owns the chart from here on
        self.chart = chart
        if old is not None:
            old.deleteLater()
        self.stack.setCurrentWidget(self.view)

    def show_empty(self, hint: str) -> None:
        self.empty.setText(hint)
        self.stack.setCurrentWidget(self.empty)


def _line(name: str, color: str, values: Sequence[float | None]) -> QLineSeries:
    """x is the bucket's index: the axis below names the buckets by their dates."""
    series = QLineSeries()
    series.setName(name)
    series.setColor(QColor(color))
    series.setPointsVisible(True)
    for index, value in enumerate(values):
        if value is not None:  # a bucket without a value is a gap, not a zero
            series.append(index, value)
    return series


def _bucket_axis(days: list[date]) -> QCategoryAxis:
    """Dates under their points, at most about eight of them (and always the last)."""
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    axis.setRange(-0.5, len(days) - 0.5)  # half a bucket either side: no point on the frame
    step = max(1, -(-len(days) // MAX_LABELS))
    shown = list(range(0, len(days), step))
    if shown[-1] != len(days) - 1:
        if len(days) - 1 - shown[-1] < step / 2:
            shown.pop()  # too close to the last one to read
        shown.append(len(days) - 1)
    for index in shown:
        axis.append(days[index].strftime("%m-%d"), index)
    return axis


def _count_axis(axis: QValueAxis, top: float) -> None:
    """Whole numbers only: a count axis labelled 0, 0, 1, 1 says nothing."""
    if top <= 5:
        axis.setRange(0, int(top) + 1)
        axis.setTickCount(int(top) + 2)
    else:
        axis.setRange(0, top * 1.15)
        axis.applyNiceNumbers()
    axis.setLabelFormat("%d")


def _ink_for_dark(chart: QChart) -> None:
    """Light text and dim grid lines on the dark card (series keep their colours)."""
    ink, grid = QColor("#e5e7eb"), QColor("#374151")
    chart.legend().setLabelColor(ink)
    chart.setTitleBrush(ink)
    for axis in chart.axes():
        axis.setLabelsColor(ink)
        axis.setTitleBrush(ink)
        axis.setLinePenColor(grid)
        axis.setGridLineColor(grid)
    for series in chart.series():
        if isinstance(series, QBarSeries):
            for bars in series.barSets():
                bars.setLabelColor(ink)


def _time_chart(lines: list[QLineSeries], days: list[date], *, counts: bool) -> QChart:
    chart = QChart()
    x = _bucket_axis(days)
    y = QValueAxis()
    y.setMin(0)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    top = 0.0
    for series in lines:
        chart.addSeries(series)
        series.attachAxis(x)
        series.attachAxis(y)
        top = max([top, *(p.y() for p in series.points())])
    if counts:
        _count_axis(y, top)
    else:
        y.setMax(max(top * 1.15, 1.0))
        y.applyNiceNumbers()
        y.setLabelFormat("%.1f" if y.max() < 5 else "%d")
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
    _count_axis(y, max(values, default=0))
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x)
    series.attachAxis(y)
    chart.legend().setVisible(False)
    return chart


def show_volume(card: ChartCard, series: list[SeriesPoint]) -> None:
    """Tickets created and resolved per day or week."""
    if not any(p.created or p.resolved for p in series):
        card.show_empty(
            QCoreApplication.translate(
                "metrics", "No tickets were filed or resolved in this period."
            )
        )
        return
    created = QCoreApplication.translate("metrics", "Created")
    resolved = QCoreApplication.translate("metrics", "Resolved")
    lines = [
        _line(created, BLUE, [p.created for p in series]),
        _line(resolved, GREEN, [p.resolved for p in series]),
    ]
    card.show_chart(_time_chart(lines, [p.period for p in series], counts=True))


def show_times(card: ChartCard, series: list[SeriesPoint]) -> None:
    """Median first-response and resolution times per bucket, in hours (the
    card's title says so: a rotated axis title is clipped in Chinese)."""
    fr = [fmt.hours(p.first_response_median) for p in series]
    res = [fmt.hours(p.resolution_median) for p in series]
    if all(v is None for v in fr + res):
        card.show_empty(
            QCoreApplication.translate("metrics", "No replies or resolutions in this period yet.")
        )
        return
    lines = [
        _line(QCoreApplication.translate("metrics", "First response (median)"), AMBER, fr),
        _line(QCoreApplication.translate("metrics", "Resolution (median)"), PURPLE, res),
    ]
    card.show_chart(_time_chart(lines, [p.period for p in series], counts=False))


def show_csat(card: ChartCard, csat: Csat) -> None:
    if not csat.count:
        card.show_empty(
            QCoreApplication.translate(
                "metrics",
                "No ratings in this period. Customers rate a ticket when they confirm the fix.",
            )
        )
        return
    labels = [f"{n}★" for n in range(1, 6)]
    card.show_chart(
        _bar_chart(QCoreApplication.translate("metrics", "Ratings"), AMBER, labels, csat.counts())
    )


def show_backlog_status(card: ChartCard, backlog: Backlog) -> None:
    if not backlog.total:
        card.show_empty(
            QCoreApplication.translate(
                "metrics", "Nothing is waiting: every ticket is resolved or closed."
            )
        )
        return
    statuses = [s for s in Status if backlog.by_status.get(s.value)]
    chart = _bar_chart(
        QCoreApplication.translate("metrics", "Tickets"),
        BLUE,
        [agent_status_text(s) for s in statuses],
        [backlog.by_status[s.value] for s in statuses],
    )
    card.show_chart(chart)


def age_labels() -> list[str]:
    return [
        QCoreApplication.translate("metrics", "Under 1 day"),
        QCoreApplication.translate("metrics", "1–3 days"),
        QCoreApplication.translate("metrics", "3–7 days"),
        QCoreApplication.translate("metrics", "Over 7 days"),
    ]


def show_backlog_age(card: ChartCard, backlog: Backlog) -> None:
    if not backlog.total:
        card.show_empty(
            QCoreApplication.translate(
                "metrics", "Nothing is waiting: every ticket is resolved or closed."
            )
        )
        return
    values = [backlog.by_age.get(key, 0) for key in AGE_KEYS]
    card.show_chart(
        _bar_chart(QCoreApplication.translate("metrics", "Tickets"), AMBER, age_labels(), values)
    )
