"""Sentences about how a session went, shared by both sides."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def ended_text(status: str, by: str | None, reason: str | None, peer: str) -> str:
    """Why a session is over, from one side's point of view (`peer` is the other side)."""
    if status == "declined":
        return QCoreApplication.translate("remote", "%1 declined the request.").replace("%1", peer)
    if status == "expired":
        return QCoreApplication.translate("remote", "The request was not answered in time.")
    if status == "locked":
        return QCoreApplication.translate(
            "remote", "The session code was entered wrongly too often and is locked."
        )
    if reason == "idle":
        return QCoreApplication.translate(
            "remote", "The session ended after a long time without activity."
        )
    if reason == "max_length":
        return QCoreApplication.translate(
            "remote", "The session reached its maximum length and ended."
        )
    if by in ("customer", "agent"):
        return QCoreApplication.translate("remote", "%1 ended the session.").replace("%1", peer)
    return QCoreApplication.translate("remote", "The session has ended.")


def duration_text(seconds: int) -> str:
    minutes, secs = divmod(seconds, 60)
    if minutes == 0:
        return QCoreApplication.translate("remote", "%1 s").replace("%1", str(secs))
    return (
        QCoreApplication.translate("remote", "%1 min %2 s")
        .replace("%1", str(minutes))
        .replace("%2", str(secs))
    )
