"""The queue as a board: one column per status, over the same model and filters.

A card is moved by dragging it to another column, by its context menu or by
Ctrl+Shift+Left/Right; only the moves the hub allows (`AGENT_MOVES`) are
offered, and while a card is dragged the columns it may not go to are dimmed.
The card moves at once; if the hub refuses, it goes back and the user is told.
The countdowns repaint every 30 s.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.core.models import AGENT_MOVES, Status, Ticket
from desktop.core.sla_clock import ClockState
from desktop.ui.board_card import CardDelegate
from desktop.ui.board_column_model import BOARD_STATUSES, BoardColumnProxy
from desktop.ui.board_column_view import BoardColumnView
from desktop.ui.board_moves import BoardMoves, table_model
from desktop.ui.board_thumbnails import ThumbnailLoader
from desktop.ui.session import Session
from desktop.ui.sla_text import STATE_COLORS
from desktop.ui.ticket_model import TICKET_ROLE, agent_status_text

TICK_MS = 30_000


class TicketBoard(QWidget):
    """Columns of ticket cards.

    Signals: open_ticket(int ticket_id).
    Call `attach(session)` once signed in: moves, thumbnails and SLA warnings need it.
    """

    open_ticket = Signal(int)

    def __init__(self, source: QSortFilterProxyModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.session: Session | None = None
        self.thumbnails = ThumbnailLoader(self)
        self.moves = BoardMoves(source, self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.legend = QLabel(self._legend_html())
        self.legend.setObjectName("muted")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        bar.addWidget(self.legend)
        bar.addStretch(1)
        self.show_closed = QCheckBox(self.tr("Show closed"))
        self.show_closed.toggled.connect(self._closed_toggled)
        bar.addWidget(self.show_closed)
        outer.addLayout(bar)
        layout = QHBoxLayout()
        outer.addLayout(layout, 1)
        self.columns: dict[Status, BoardColumnProxy] = {}
        self.views: dict[Status, BoardColumnView] = {}
        self.frames: dict[Status, QFrame] = {}
        self._headers: dict[Status, QLabel] = {}
        for status in BOARD_STATUSES:
            self._add_column(layout, status)
        self.frames[Status.CLOSED].hide()
        self._update_headers()
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.repaint_cards)
        self._tick.start()
        self.thumbnails.loaded.connect(lambda _id: self.repaint_cards())

    def _add_column(self, layout: QHBoxLayout, status: Status) -> None:
        proxy = BoardColumnProxy(status, self)
        proxy.setSourceModel(self.source)
        proxy.move_requested.connect(self.move_ticket)
        frame = QFrame()
        frame.setObjectName("boardColumn")
        column = QVBoxLayout(frame)
        column.setContentsMargins(6, 6, 6, 6)
        header = QLabel()
        header.setObjectName("boardHeader")
        column.addWidget(header)
        view = BoardColumnView(status, self)
        view.setModel(proxy)
        view.setItemDelegate(CardDelegate(view, self.thumbnails.get))
        view.setAccessibleName(agent_status_text(status))
        view.activated.connect(self._activated)
        view.doubleClicked.connect(self._activated)
        view.drag_started.connect(self._dim_for)
        view.drag_ended.connect(self._undim)
        view.move_requested.connect(self.move_ticket)
        view.step_requested.connect(self.step)
        view.open_requested.connect(self.open_ticket)
        column.addWidget(view, 1)
        layout.addWidget(frame, 1)
        self.columns[status] = proxy
        self.views[status] = view
        self.frames[status] = frame
        self._headers[status] = header
        for signal in (
            proxy.rowsInserted,
            proxy.rowsRemoved,
            proxy.modelReset,
            proxy.layoutChanged,
        ):
            signal.connect(self._update_headers)

    def attach(self, session: Session) -> None:
        """Use this session's hub for moves and thumbnails, and its live events."""
        if self.session is session:
            return  # attached once is enough: no second warning per breach
        self.session = session
        self.thumbnails.attach(session)
        self.moves.attach(session)
        session.live_event.connect(self.moves.live_event)
        session.comment_added.connect(lambda ticket_id, _c: self.thumbnails.forget(ticket_id))

    # -- what is shown ----------------------------------------------------------------

    def _legend_html(self) -> str:
        parts = [
            (STATE_COLORS[ClockState.OK], self.tr("on time")),
            (STATE_COLORS[ClockState.SOON], self.tr("due soon")),
            (STATE_COLORS[ClockState.BREACHED], self.tr("overdue")),
            (STATE_COLORS[ClockState.PAUSED], self.tr("paused or met")),
        ]
        dots = "&nbsp;&nbsp;".join(f'<span style="color:{c}">●</span>&nbsp;{t}' for c, t in parts)
        return self.tr("SLA:") + "&nbsp;&nbsp;" + dots

    def _update_headers(self, *_args: object) -> None:
        for status, header in self._headers.items():
            count = self.columns[status].rowCount()
            header.setText(
                QCoreApplication.translate("TicketBoard", "%1 (%2)")
                .replace("%1", agent_status_text(status))
                .replace("%2", str(count))
            )

    def _closed_toggled(self, shown: bool) -> None:
        self.frames[Status.CLOSED].setVisible(shown)

    def repaint_cards(self) -> None:
        """The countdowns move with the clock: repaint, nothing is reloaded."""
        for view in self.views.values():
            view.viewport().update()

    def _dim_for(self, ticket: Ticket) -> None:
        """While a card is dragged: the columns it may go to stand out, the others dim."""
        allowed = AGENT_MOVES[ticket.status]
        for status, frame in self.frames.items():
            frame.setEnabled(status is ticket.status or status in allowed)
            _set_style_flag(frame, "dropTarget", status in allowed)

    def _undim(self) -> None:
        for frame in self.frames.values():
            frame.setEnabled(True)
            _set_style_flag(frame, "dropTarget", False)

    def _activated(self, index: QModelIndex) -> None:
        ticket = index.data(TICKET_ROLE)
        if isinstance(ticket, Ticket):
            self.open_ticket.emit(ticket.id)

    # -- moving cards -------------------------------------------------------------------

    def move_ticket(self, ticket_id: int, target: Status) -> None:
        """Move a card to another column (the hub decides; see BoardMoves)."""
        self.moves.move(ticket_id, target)

    def step(self, ticket_id: int, direction: int) -> None:
        """Move a card to the nearest shown column it may go to, left (-1) or right (+1)."""
        ticket = table_model(self.source).ticket(ticket_id)
        if ticket is None:
            return
        order = [s for s in BOARD_STATUSES if not self.frames[s].isHidden()]
        here = order.index(ticket.status) if ticket.status in order else -1
        candidates = order[here + 1 :] if direction > 0 else list(reversed(order[: max(here, 0)]))
        for status in candidates:
            if status in AGENT_MOVES[ticket.status]:
                self.moves.move(ticket_id, status)
                QTimer.singleShot(0, lambda: self.select(ticket_id))
                return

    def select(self, ticket_id: int) -> None:
        """Give the card keyboard focus wherever it is now."""
        for status, proxy in self.columns.items():
            for row in range(proxy.rowCount()):
                ticket = proxy.ticket_at(row)
                if ticket is not None and ticket.id == ticket_id:
                    view = self.views[status]
                    view.setCurrentIndex(proxy.index(row, 0))
                    view.setFocus()
                    return

    def tickets_in(self, status: Status) -> list[int]:
        proxy = self.columns[status]
        return [t.id for row in range(proxy.rowCount()) if (t := proxy.ticket_at(row))]


def _set_style_flag(widget: QWidget, name: str, value: bool) -> None:
    """A dynamic property the style sheet matches; the style re-reads it."""
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
