"""What the forms say about the outbox: a report queued while the hub is away (not
an error), and one refused before queueing because of the hub's upload limits."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.outbox_limits import LimitExceeded, megabytes


def limit_text(exc: LimitExceeded) -> str:
    """The hub's upload limits, said in the person's language (nothing was queued)."""
    details = exc.details if isinstance(exc.details, dict) else {}
    translate = QCoreApplication.translate
    if exc.error == "too_many_files":
        return (
            translate(
                "outbox",
                "This report has %1 files, but the hub takes at most %2. Leave some out, "
                "or put them into one zip file. Nothing was sent yet.",
            )
            .replace("%1", str(details.get("count", "")))
            .replace("%2", str(details.get("limit", "")))
        )
    return (
        translate(
            "outbox",
            "“%1” is %2, but the hub takes files up to %3. Make it smaller (crop the "
            "screenshot, zip the log) or leave it out. Nothing was sent yet.",
        )
        .replace("%1", str(details.get("name", "")))
        .replace("%2", megabytes(int(details.get("size", 0))))
        .replace("%3", megabytes(int(details.get("limit", 0))))
    )


def queued_text() -> str:
    """What a form says when the hub cannot take a report now: not an error."""
    return QCoreApplication.translate(
        "outbox",
        "Queued in the outbox: it will be sent by itself when the hub is reachable. "
        "File ▸ Outbox shows it.",
    )
