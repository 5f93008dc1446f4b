"""One channel for everything the user should read: errors, warnings, notices.

Code anywhere in the UI calls `messages.error(text)` (or `warning`/`info`);
the main window subscribes to `bus().posted` and shows them. Tests record
them with the `messages` fixture.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class Level(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True)
class Message:
    level: Level
    text: str


class MessageBus(QObject):
    """Signals: posted(Message) — a message for the user."""

    posted = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.history: list[Message] = []

    def post(self, level: Level, text: str) -> None:
        message = Message(level, text)
        self.history.append(message)
        del self.history[:-200]
        log.log(logging.ERROR if level is Level.ERROR else logging.INFO, "user message: %s", text)
        self.posted.emit(message)


_bus: MessageBus | None = None


def bus() -> MessageBus:
    global _bus
    if _bus is None:
        _bus = MessageBus()
    return _bus


def reset() -> None:
    """Drop the bus (tests: one per test)."""
    global _bus
    _bus = None


def error(text: str) -> None:
    bus().post(Level.ERROR, text)


def warning(text: str) -> None:
    bus().post(Level.WARNING, text)


def info(text: str) -> None:
    bus().post(Level.INFO, text)
