"""Everything the customer sees while sharing, in one place: the bar, the frame,
the agent's pointer and the chat window, plus the rectangles to mask."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.core.screenshot_geometry import MonitorInfo
from desktop.core.share.tiles import Box
from desktop.ui.remote.chat import ChatPanel
from desktop.ui.remote.overlay import (
    PointerOverlay,
    ShareFrame,
    SharingBar,
    bring_to_front,
    exclude_from_capture,
    mask_box,
    tool_flags,
)


class ChatWindow(QWidget):
    """The customer's chat with the agent, a small window of its own."""

    def __init__(self, agent_name: str) -> None:
        super().__init__(None, tool_flags())
        self.setWindowTitle(self.tr("Chat with %1").replace("%1", agent_name))
        layout = QVBoxLayout(self)
        self.panel = ChatPanel(agent_name)
        layout.addWidget(self.panel)
        self.resize(340, 380)


class SharingView(QObject):
    """Signals: stop_requested(); pause_toggled(bool); chat_send(str);
    masks_changed(list[Box]) — our windows' rectangles in the monitor's pixels."""

    stop_requested = Signal()
    pause_toggled = Signal(bool)
    chat_send = Signal(str)
    masks_changed = Signal(object)

    def __init__(self, agent_name: str, monitor: MonitorInfo) -> None:
        super().__init__()
        self.monitor = monitor
        self.bar = SharingBar(agent_name)
        self.frame = ShareFrame()
        self.pointer = PointerOverlay()
        self.chat = ChatWindow(agent_name)
        self.bar.stop_requested.connect(self.stop_requested)
        self.bar.pause_toggled.connect(self.pause_toggled)
        self.bar.chat_requested.connect(self.show_chat)
        self.chat.panel.send_requested.connect(self.chat_send)
        self._masked: list[QWidget] = []
        # Window managers may move our windows after show(); follow them for a while.
        self._follow = QTimer(self)
        self._follow.timeout.connect(self.update_masks)

    def show(self) -> None:
        self.frame.place_on(self.monitor)
        self.frame.show()
        self.bar.place_on(self.monitor)
        self.bar.show()
        # Not the pointer: a grey square over what the agent points at would hide the
        # very thing; the ring in the picture also tells the agent the customer sees it.
        windows: list[QWidget] = [self.bar, *self.frame.strips]
        self._masked = [w for w in windows if not exclude_from_capture(w)]
        self.update_masks()
        self._follow.start(500)

    def update_masks(self) -> None:
        self.masks_changed.emit(self.mask_boxes())

    def mask_boxes(self) -> list[Box]:
        return [mask_box(self.monitor, w.frameGeometry()) for w in self._masked if w.isVisible()]

    def point_at(self, x: int, y: int, visible: bool) -> None:
        self.pointer.point_at(self.monitor, x, y, visible)

    def show_chat(self) -> None:
        self.chat.show()
        bring_to_front(self.chat)

    def chat_received(self, text: str) -> None:
        self.chat.panel.received(text)
        if not self.chat.isVisible():
            self.show_chat()

    def chat_notice(self, text: str) -> None:
        self.chat.panel.add_notice(text)

    def close(self) -> None:
        self._follow.stop()
        for widget in (self.bar, self.pointer, self.chat):
            widget.close()
            widget.deleteLater()
        self.frame.close()
