"""Sentences about how a session went, shared by both sides."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("remote", text)


def ended_text(status: str, by: str | None, reason: str | None, peer: str) -> str:
    """Why a session is over, from one side's point of view (`peer` is the other side)."""
    if status == "declined":
        return _tr("%1 declined the request.").replace("%1", peer)
    if status == "expired":
        return _tr("The request was not answered in time.")
    if status == "locked":
        return _tr("The session code was entered wrongly too often and is locked.")
    if reason == "idle":
        return _tr("The session ended after a long time without activity.")
    if reason == "max_length":
        return _tr("The session reached its maximum length and ended.")
    if by in ("customer", "agent"):
        return _tr("%1 ended the session.").replace("%1", peer)
    return _tr("The session has ended.")


def duration_text(seconds: int) -> str:
    minutes, secs = divmod(seconds, 60)
    if minutes == 0:
        return _tr("%1 s").replace("%1", str(secs))
    return _tr("%1 min %2 s").replace("%1", str(minutes)).replace("%2", str(secs))
