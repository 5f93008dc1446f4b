"""How the dashboard writes numbers: durations with units, rates as percentages,
and a dash where the period has nothing to count."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

NONE = "—"


def duration(minutes: float | None) -> str:
    """45 min, 2 h 5 min, 3 d 4 h: the two largest units, rounded to a minute."""
    if minutes is None:
        return NONE
    if 0 < minutes < 1:
        return QCoreApplication.translate("metrics", "< 1 min")
    total = round(minutes)
    days, rest = divmod(total, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return (
            QCoreApplication.translate("metrics", "%1 d %2 h")
            .replace("%1", str(days))
            .replace("%2", str(hours))
        )
    if hours:
        return (
            QCoreApplication.translate("metrics", "%1 h %2 min")
            .replace("%1", str(hours))
            .replace("%2", str(mins))
        )
    return QCoreApplication.translate("metrics", "%1 min").replace("%1", str(mins))


def percent(rate: float | None) -> str:
    """0.6667 → 66.7 %; None → a dash."""
    if rate is None:
        return NONE
    value = round(rate * 100, 1)
    text = f"{value:.0f}" if value == int(value) else f"{value:.1f}"
    return QCoreApplication.translate("metrics", "%1 %").replace("%1", text)


def score(average: float | None) -> str:
    """A CSAT average out of 5, two decimals (as the hub rounds it)."""
    if average is None:
        return NONE
    return QCoreApplication.translate("metrics", "%1 / 5").replace("%1", f"{average:.2f}")


def hours(minutes: float | None) -> float | None:
    """Chart values are hours: readable on one axis from minutes to days."""
    return None if minutes is None else round(minutes / 60, 2)
