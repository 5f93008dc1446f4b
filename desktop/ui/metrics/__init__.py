"""The desk's metrics dashboard in support mode (issue #9): filters, headline
tiles, charts and the CSV export, over desktop/core/metrics_api.py."""

from __future__ import annotations

from desktop.ui.metrics.section import MetricsSection

__all__ = ["MetricsSection"]
