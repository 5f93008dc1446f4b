"""How tickets read in every view: status words, status and priority colours,
"5 min ago" and the older SLA "in 1h 30m" form (the ticket details use it)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication

from desktop.core.models import Status


def status_text(status: Status) -> str:
    return {
        Status.NEW: QCoreApplication.translate("status", "New"),
        Status.OPEN: QCoreApplication.translate("status", "Open"),
        Status.IN_PROGRESS: QCoreApplication.translate("status", "In progress"),
        Status.WAITING_ON_CUSTOMER: QCoreApplication.translate("status", "Waiting on you"),
        Status.RESOLVED: QCoreApplication.translate("status", "Resolved"),
        Status.CLOSED: QCoreApplication.translate("status", "Closed"),
    }[status]


def agent_status_text(status: Status) -> str:
    if status is Status.WAITING_ON_CUSTOMER:
        return QCoreApplication.translate("status", "Waiting on customer")
    return status_text(status)


STATUS_COLORS = {
    Status.NEW: "#2563eb",
    Status.OPEN: "#0891b2",
    Status.IN_PROGRESS: "#7c3aed",
    Status.WAITING_ON_CUSTOMER: "#d97706",
    Status.RESOLVED: "#16a34a",
    Status.CLOSED: "#6b7280",
}
PRIORITY_COLORS = {"P1": "#dc2626", "P2": "#ea580c", "P3": "#2563eb", "P4": "#6b7280"}


def relative_time(when: datetime, now: datetime | None = None) -> str:
    now = now or datetime.now(UTC)
    seconds = int((now - when).total_seconds())
    if seconds < 60:
        return QCoreApplication.translate("time", "just now")
    if seconds < 3600:
        return QCoreApplication.translate("time", "%n min ago", "", seconds // 60)
    if seconds < 86400:
        return QCoreApplication.translate("time", "%n h ago", "", seconds // 3600)
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


def due_text(due: datetime | None, now: datetime | None = None) -> str:
    """SLA: time left until `due`, or how long it is overdue."""
    if due is None:
        return ""
    now = now or datetime.now(UTC)
    minutes = int((due - now).total_seconds() // 60)
    span = f"{abs(minutes) // 60}h {abs(minutes) % 60:02d}m"
    if minutes < 0:
        return QCoreApplication.translate("time", "overdue %1").replace("%1", span)
    return QCoreApplication.translate("time", "in %1").replace("%1", span)
