"""One column of the board: a list of cards that can be dragged, and moved by
keyboard or context menu (for people who do not drag)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
)
from PySide6.QtWidgets import QAbstractItemView, QListView, QMenu, QWidget

from desktop.core.models import AGENT_MOVES, Status, Ticket
from desktop.ui.board_column_model import BOARD_STATUSES
from desktop.ui.ticket_model import TICKET_ROLE, agent_status_text


class BoardColumnView(QListView):
    """Signals: drag_started(object Ticket); drag_ended(); move_requested(int ticket_id,
    object Status); step_requested(int ticket_id, int direction -1 or +1);
    open_requested(int ticket_id)."""

    drag_started = Signal(object)
    drag_ended = Signal()
    move_requested = Signal(int, object)
    step_requested = Signal(int, int)
    open_requested = Signal(int)

    def __init__(self, status: Status, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.setObjectName("boardList")
        self.setWordWrap(True)
        self.setSpacing(3)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)  # a drop lands in the column, not between cards
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setToolTip(
            self.tr("Drag a card to another column, or use Ctrl+Shift+Left/Right or its menu")
        )

    def current_ticket(self) -> Ticket | None:
        ticket = self.currentIndex().data(TICKET_ROLE)
        return ticket if isinstance(ticket, Ticket) else None

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        ticket = self.current_ticket()
        if ticket is not None:
            self.drag_started.emit(ticket)
        try:
            super().startDrag(supportedActions)  # runs the drag to its end
        finally:
            self.drag_ended.emit()

    # A drop lands on the column, wherever in it: the model says yes or no.

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._judge(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._judge(event)

    def _judge(self, event: QDragMoveEvent) -> None:
        model = self.model()
        move = Qt.DropAction.MoveAction
        if model.canDropMimeData(event.mimeData(), move, -1, -1, QModelIndex()):
            event.setDropAction(move)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        move = Qt.DropAction.MoveAction
        if self.model().dropMimeData(event.mimeData(), move, -1, -1, QModelIndex()):
            event.setDropAction(move)
            event.accept()
        else:
            event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ticket = self.current_ticket()
        mods = event.modifiers()
        wanted = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        arrow = event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right)
        if ticket is not None and mods == wanted and arrow:
            self.step_requested.emit(ticket.id, -1 if event.key() == Qt.Key.Key_Left else 1)
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if not index.isValid():
            index = self.currentIndex()  # the Menu key on the selected card
        ticket = index.data(TICKET_ROLE)
        if not isinstance(ticket, Ticket):
            return
        self.setCurrentIndex(index)
        menu = self.card_menu(ticket)
        point = event.pos() if event.reason() == QContextMenuEvent.Reason.Mouse else QPoint(8, 8)
        menu.exec(self.viewport().mapToGlobal(point))

    def card_menu(self, ticket: Ticket) -> QMenu:
        """Open, and Move to… with only the columns the hub allows enabled."""
        menu = QMenu(self)
        menu.addAction(self.tr("Open %1").replace("%1", ticket.number)).triggered.connect(
            lambda: self.open_requested.emit(ticket.id)
        )
        move = menu.addMenu(self.tr("Move to"))
        for status in BOARD_STATUSES:
            action = move.addAction(agent_status_text(status))
            action.setEnabled(status in AGENT_MOVES[ticket.status])
            action.triggered.connect(
                lambda _checked=False, s=status: self.move_requested.emit(ticket.id, s)
            )
        return menu
