"""Headline numbers: one small card per measure, big value and a line of context."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from desktop.core.metrics_api import Metrics
from desktop.ui.metrics import format as fmt

COLUMNS = 4


class Tile(QFrame):
    """A titled number with a muted detail line (and a tooltip saying what it counts)."""

    def __init__(self, title: str, tooltip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setToolTip(tooltip)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        self.title = QLabel(title)
        self.title.setObjectName("muted")
        self.title.setWordWrap(True)
        self.value = QLabel(fmt.NONE)
        self.value.setObjectName("metricValue")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = QLabel()
        self.detail.setObjectName("muted")
        self.detail.setWordWrap(True)
        for label in (self.title, self.value, self.detail):
            layout.addWidget(label)

    def set(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.value.setAccessibleName(f"{self.title.text()}: {value}")


class TileGrid(QWidget):
    """Every headline tile, filled from one `Metrics` answer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles: dict[str, Tile] = {
            "first_response": Tile(
                self.tr("First response time"),
                self.tr(
                    "From filing to the first public agent reply, tickets filed in the period."
                ),
            ),
            "resolution": Tile(
                self.tr("Resolution time"),
                self.tr("From filing to resolution, tickets resolved in the period."),
            ),
            "fcr": Tile(
                self.tr("First-contact resolution"),
                self.tr("Resolved with at most one agent reply and never reopened."),
            ),
            "csat": Tile(
                self.tr("Satisfaction (CSAT)"),
                self.tr("The customers' ratings (1–5) given in the period."),
            ),
            "reopen": Tile(
                self.tr("Reopen rate"),
                self.tr("Of the tickets filed in the period and resolved, the share reopened."),
            ),
            "sla": Tile(
                self.tr("SLA attainment"),
                self.tr("First responses and resolutions made by their due time."),
            ),
            "duplicates": Tile(
                self.tr("Duplicate tickets"),
                self.tr("Tickets about an error that an earlier ticket already reported."),
            ),
            "kb": Tile(
                self.tr("Knowledge base"),
                self.tr(
                    "Deflections: customers solved it with an article and filed nothing. "
                    "Adoption: resolved tickets on which an agent used an article."
                ),
            ),
        }
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(10)
        for n, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, n // COLUMNS, n % COLUMNS)
        for column in range(COLUMNS):
            grid.setColumnStretch(column, 1)

    def show_metrics(self, m: Metrics) -> None:
        t = self.tiles

        def times(count: int, median: float | None) -> str:
            if not count:
                return self.tr("No tickets counted")
            text = self.tr("median %1 · tickets: %2")
            return text.replace("%1", fmt.duration(median)).replace("%2", str(count))

        fr, res = m.first_response_minutes, m.resolution_minutes
        t["first_response"].set(fmt.duration(fr.mean), times(fr.count, fr.median))
        t["resolution"].set(fmt.duration(res.mean), times(res.count, res.median))
        t["fcr"].set(
            fmt.percent(m.first_contact_resolution_rate),
            self.tr("resolved tickets: %1").replace("%1", str(m.resolved)),
        )
        counts = m.csat.counts()
        stars = " · ".join(f"{n}★ {counts[n - 1]}" for n in range(5, 0, -1))
        t["csat"].set(
            fmt.score(m.csat.average),
            self.tr("ratings: %1").replace("%1", str(m.csat.count))
            + (f"\n{stars}" if m.csat.count else ""),
        )
        t["reopen"].set(
            fmt.percent(m.reopen_rate), self.tr("of the resolved tickets filed in the period")
        )
        t["sla"].set(
            fmt.percent(m.sla_attainment.resolution),
            self.tr("resolutions on time; first responses %1").replace(
                "%1", fmt.percent(m.sla_attainment.first_response)
            ),
        )
        t["duplicates"].set(
            fmt.percent(m.duplicate_rate),
            self.tr("tickets filed: %1").replace("%1", str(m.created)),
        )
        kb = m.knowledge_base
        t["kb"].set(
            self.tr("%1 deflected").replace("%1", str(kb.deflections)),
            self.tr("adoption %1 · articles used: %2")
            .replace("%1", fmt.percent(kb.adoption_rate))
            .replace("%2", str(kb.articles_used)),
        )
