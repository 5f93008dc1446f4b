"""SLA clocks in words and colours, the same on the board and in the list."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication

from desktop.core.models import Ticket
from desktop.core.sla_clock import ClockKind, ClockState, SlaClock, clock, span_parts

# green / amber / red / grey, readable on white cards and on the list's rows.
STATE_COLORS = {
    ClockState.OK: "#15803d",
    ClockState.SOON: "#b45309",
    ClockState.BREACHED: "#dc2626",
    ClockState.PAUSED: "#6b7280",
    ClockState.MET: "#6b7280",
}


def span_text(found: SlaClock) -> str:
    """ "2 d 3 h", "1 h 20 min", "12 min": the two largest units."""
    days, hours, minutes = span_parts(found.remaining)
    if days and hours:
        return (
            QCoreApplication.translate("sla", "%1 d %2 h")
            .replace("%1", str(days))
            .replace("%2", str(hours))
        )
    if days:
        return QCoreApplication.translate("sla", "%1 d").replace("%1", str(days))
    if hours and minutes:
        return (
            QCoreApplication.translate("sla", "%1 h %2 min")
            .replace("%1", str(hours))
            .replace("%2", str(minutes))
        )
    if hours:
        return QCoreApplication.translate("sla", "%1 h").replace("%1", str(hours))
    return QCoreApplication.translate("sla", "%1 min").replace("%1", str(minutes))


def countdown_text(found: SlaClock | None) -> str:
    """ "1 h 20 min left", "overdue 12 min", "paused", "met"; "" without a clock."""
    if found is None:
        return ""
    if found.state is ClockState.PAUSED:
        return QCoreApplication.translate("sla", "paused")
    if found.state is ClockState.MET:
        return QCoreApplication.translate("sla", "met")
    if found.overdue:
        return QCoreApplication.translate("sla", "overdue %1").replace("%1", span_text(found))
    return QCoreApplication.translate("sla", "%1 left").replace("%1", span_text(found))


def kind_text(found: SlaClock) -> str:
    if found.kind is ClockKind.FIRST_RESPONSE:
        return QCoreApplication.translate("sla", "First response")
    return QCoreApplication.translate("sla", "Resolution")


def state_text(state: ClockState) -> str:
    return {
        ClockState.OK: QCoreApplication.translate("sla", "on time"),
        ClockState.SOON: QCoreApplication.translate("sla", "due soon"),
        ClockState.BREACHED: QCoreApplication.translate("sla", "breached"),
        ClockState.PAUSED: QCoreApplication.translate(
            "sla", "paused while waiting on the customer"
        ),
        ClockState.MET: QCoreApplication.translate("sla", "met"),
    }[state]


def tooltip(found: SlaClock | None) -> str:
    """ "Resolution due 2026-11-23 16:00 (due soon)"."""
    if found is None:
        return QCoreApplication.translate("sla", "No SLA target for this ticket")
    due = found.due.astimezone().strftime("%Y-%m-%d %H:%M")
    return (
        QCoreApplication.translate("sla", "%1 due %2 (%3)")
        .replace("%1", kind_text(found))
        .replace("%2", due)
        .replace("%3", state_text(found.state))
    )


def ticket_clock(ticket: Ticket, now: datetime | None = None) -> SlaClock | None:
    return clock(ticket, now or datetime.now(UTC))
