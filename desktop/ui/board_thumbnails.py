"""Screenshot thumbnails for the board's cards, loaded lazily off the GUI thread.

`get(ticket_id)` answers at once: the thumbnail, or None while it loads (or
when the ticket has no image). Only cards that are painted ask, so a long
board loads what is on screen; at most two loads run at a time so a status
move never queues behind thumbnails.
"""

from __future__ import annotations

import functools
import logging
from collections import deque

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap

from desktop.core import ticket_thumbnail
from desktop.ui.session import Session

log = logging.getLogger(__name__)
SIZE = QSize(144, 108)  # twice the card's box: sharp on HiDPI screens
MAX_IN_FLIGHT = 2


class ThumbnailLoader(QObject):
    """Signals: loaded(int ticket_id) — a thumbnail (or its absence) is known."""

    loaded = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self._known: dict[int, QPixmap | None] = {}
        self._waiting: deque[int] = deque()
        self._in_flight: set[int] = set()

    def attach(self, session: Session) -> None:
        self.session = session

    def get(self, ticket_id: int) -> QPixmap | None:
        if ticket_id in self._known:
            return self._known[ticket_id]
        if ticket_id not in self._in_flight and ticket_id not in self._waiting:
            self._waiting.append(ticket_id)
            self._pump()
        return None

    def known(self, ticket_id: int) -> bool:
        return ticket_id in self._known

    def forget(self, ticket_id: int) -> None:
        """Look again next time (a reply may have brought the first screenshot)."""
        if self._known.get(ticket_id, False) is None:
            del self._known[ticket_id]

    def _pump(self) -> None:
        session = self.session
        if session is None or session.client is None:
            return
        client, cache_dir = session.client, session.profile.cache_dir()
        while self._waiting and len(self._in_flight) < MAX_IN_FLIGHT:
            ticket_id = self._waiting.popleft()
            self._in_flight.add(ticket_id)

            def work(ticket_id: int = ticket_id) -> QImage | None:
                data = ticket_thumbnail.image_bytes(client, ticket_id, cache_dir)
                image = QImage.fromData(data) if data else QImage()
                if image.isNull():
                    return None
                return image.scaled(
                    SIZE,
                    Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                    Qt.TransformationMode.SmoothTransformation,
                )

            session.runner.run(
                work,
                name=f"thumbnail {ticket_id}",
                on_done=functools.partial(self._done, ticket_id),
                on_error=functools.partial(self._failed, ticket_id),
            )

    def _done(self, ticket_id: int, image: QImage | None) -> None:
        self._in_flight.discard(ticket_id)
        self._known[ticket_id] = QPixmap.fromImage(image) if image is not None else None
        self.loaded.emit(ticket_id)
        self._pump()

    def _failed(self, ticket_id: int, exc: Exception) -> None:
        # A card without its picture is still a usable card: no pop-up per card, but logged.
        log.info("no thumbnail for ticket %s: %s", ticket_id, exc)
        self._done(ticket_id, None)
