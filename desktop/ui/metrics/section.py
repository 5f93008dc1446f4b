"""The "Metrics" section of support mode: filters, headline tiles and charts for
the desk, loaded from the hub off the GUI thread, and the CSV export."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.hubclient import HubError
from desktop.core.metrics_api import Metrics, MetricsQuery, fetch_metrics, save_csv
from desktop.ui import messages
from desktop.ui.errors import describe
from desktop.ui.metrics import charts
from desktop.ui.metrics.breakdown import BreakdownCard
from desktop.ui.metrics.tiles import TileGrid
from desktop.ui.metrics.toolbar import MetricsToolbar
from desktop.ui.session import Session
from desktop.ui.tasks import Task
from desktop.ui.widgets import Banner

# Ticket events change the numbers; reload at most this often while shown.
LIVE_RELOAD_MS = 3000
TICKET_EVENTS = frozenset({"ticket_created", "ticket_updated", "comment_added"})


class MetricsSection(QWidget):
    """The desk's numbers for a period. Loads when first shown, when a filter
    changes, and (debounced) when tickets change while it is on screen.

    No signals of its own: `metrics` holds the numbers on screen and
    `shown_query` the filters they answer.
    """

    def __init__(
        self, session: Session, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.metrics: Metrics | None = None
        self.shown_query: MetricsQuery | None = None
        self.task: Task | None = None
        self._generation = 0
        self._stale = True

        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.setSpacing(8)
        title = QLabel(self.tr("Metrics"))
        title.setObjectName("pageTitle")
        self.toolbar = MetricsToolbar(today)
        # Refresh and Export beside the title: one row of every control would make
        # the section wider than a 1120-pixel window leaves beside the rail.
        heading = QHBoxLayout()
        heading.addWidget(title, 1)
        heading.addWidget(self.toolbar.refresh_button)
        heading.addWidget(self.toolbar.export_button)
        outer.addLayout(heading)
        outer.addWidget(self.toolbar)
        self.problem = QLabel()
        self.problem.setObjectName("formError")
        self.problem.setWordWrap(True)
        self.problem.hide()
        outer.addWidget(self.problem)
        self.banner = Banner("error")
        self.banner.action_clicked.connect(self.reload)
        outer.addWidget(self.banner)
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.hide()
        outer.addWidget(self.status)

        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(12)
        self.tiles = TileGrid()
        column.addWidget(self.tiles)
        self.volume = charts.ChartCard(self.tr("Tickets created and resolved"))
        self.times = charts.ChartCard(self.tr("Median response and resolution times (hours)"))
        self.csat = charts.ChartCard(self.tr("Satisfaction ratings"))
        self.by_status = charts.ChartCard(self.tr("Backlog by status (now)"))
        self.by_age = charts.ChartCard(self.tr("Backlog by age (now)"))
        grid = QGridLayout()
        grid.setSpacing(12)
        grid.addWidget(self.volume, 0, 0)
        grid.addWidget(self.times, 0, 1)
        grid.addWidget(self.csat, 1, 0)
        grid.addWidget(self.by_status, 1, 1)
        grid.addWidget(self.by_age, 2, 0, 1, 2)  # room for the age buckets' names
        self.by_agent = BreakdownCard(
            self.tr("By agent"), self.tr("No agent had tickets in this period.")
        )
        self.by_group = BreakdownCard(
            self.tr("By group"), self.tr("No group had tickets in this period.")
        )
        grid.addWidget(self.by_agent, 3, 0, 1, 2)  # tables need the width for their columns
        grid.addWidget(self.by_group, 4, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        column.addLayout(grid)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        for card in self.cards:
            card.show_empty(self.tr("Loading…"))

        self._live_timer = QTimer(self)
        self._live_timer.setSingleShot(True)
        self._live_timer.setInterval(LIVE_RELOAD_MS)
        self._live_timer.timeout.connect(self.reload)
        self.toolbar.changed.connect(self.reload)
        self.toolbar.refresh_requested.connect(self.reload)
        self.toolbar.export_requested.connect(self.ask_export)
        session.reference_changed.connect(self.refresh_people)
        session.live_event.connect(self._on_live_event)
        self.refresh_people()

    @property
    def cards(self) -> list[charts.ChartCard]:
        return [self.volume, self.times, self.csat, self.by_status, self.by_age]

    def refresh_people(self) -> None:
        self.toolbar.set_people(self.session.agents, self.session.groups)

    # -- loading ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _on_live_event(self, event: dict[str, Any]) -> None:
        if event.get("type") not in TICKET_EVENTS:
            return
        self._stale = True
        if self.isVisible():
            self._live_timer.start()

    def reload(self) -> Task | None:
        """Ask the hub for the chosen filters; an earlier answer still on its way is ignored."""
        self._live_timer.stop()
        query = self.toolbar.query()
        problem = query.problem()
        if problem is not None:
            self.problem.setText(
                self.tr("The period starts after it ends: choose a start date before the end.")
                if problem == "start_after_end"
                else self.tr("Choose a period of at most two years.")
            )
            self.problem.show()
            return None
        self.problem.hide()
        client = self.session.client
        if client is None:
            return None
        self._stale = False
        self._generation += 1
        generation = self._generation
        self._set_status(self.tr("Loading…"))
        self.task = self.session.runner.run(
            lambda: fetch_metrics(client, query),
            name="metrics",
            on_done=lambda m: self._loaded(generation, query, m),
            on_error=lambda exc: self._failed(generation, exc),
        )
        return self.task

    def _set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _loaded(self, generation: int, query: MetricsQuery, metrics: Metrics) -> None:
        if generation != self._generation:
            return
        self.metrics, self.shown_query = metrics, query
        self.banner.hide()
        self._set_status(
            self.tr("%1 to %2 (UTC days)")
            .replace("%1", query.start.isoformat())
            .replace("%2", query.end.isoformat())
            if not metrics.empty
            else self.tr(
                "No tickets in this period. Choose a longer period, or All agents and All groups."
            )
        )
        self.tiles.show_metrics(metrics)
        charts.show_volume(self.volume, metrics.series)
        charts.show_times(self.times, metrics.series)
        charts.show_csat(self.csat, metrics.csat)
        charts.show_backlog_status(self.by_status, metrics.backlog)
        charts.show_backlog_age(self.by_age, metrics.backlog)
        self.by_agent.set_rows(metrics.by_agent)
        self.by_group.set_rows(metrics.by_group)

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self._stale = True
        self._set_status("")
        kept = (
            self.tr("The numbers below are from the last successful load.")
            if self.metrics is not None
            else ""
        )
        text = self.tr("Could not load the metrics: %1").replace("%1", describe(exc))
        self.banner.show_message(f"{text} {kept}".strip(), "error", self.tr("Try again"))

    # -- export -----------------------------------------------------------------------------

    def ask_export(self) -> None:
        query = self.toolbar.query()
        name = f"kefu-metrics-{query.start.isoformat()}-{query.end.isoformat()}.csv"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export metrics as CSV"), name, self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> Task | None:
        """Save the hub's CSV for the chosen filters at `path` (off the GUI thread)."""
        query, client = self.toolbar.query(), self.session.client
        if client is None or query.problem() is not None:
            self.reload()  # shows why
            return None

        def saved(result: Path) -> None:
            messages.info(self.tr("Metrics saved to %1").replace("%1", str(result)))

        def failed(exc: Exception) -> None:
            if isinstance(exc, HubError):
                text = self.tr("Could not export the metrics: %1")
            else:
                text = self.tr("Could not save the file: %1")
            messages.error(text.replace("%1", describe(exc)))

        return self.session.runner.run(
            lambda: save_csv(client, query, path),
            name="metrics-csv",
            on_done=saved,
            on_error=failed,
        )
