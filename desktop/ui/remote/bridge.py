"""The relay socket as Qt signals (its reader thread never touches widgets).

For the agent, frames are decoded on the reader thread and handed over as a
QImage copy (QImage, unlike QPixmap, may be made off the GUI thread).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from desktop.core.remote.envelope import Envelope
from desktop.core.remote.receiver import FrameReceiver
from desktop.core.remote.relay import RelayConnection


class RelayBridge(QObject):
    """Signals:
    control(dict) — a control body (from the hub when body["from"] == "hub");
    chat(str) — a chat line from the other side;
    pointer(dict) — the agent's pointer {"x", "y", "visible"} (customer side);
    ack(int) — the viewer acknowledged the frame with this seq (customer side);
    frame(QImage) — the decoded picture after a frame (agent side, with a receiver);
    cursor(int, int, bool) — the customer's pointer in picture pixels (agent side);
    closed(int, str) — the socket ended (code, reason).
    """

    control = Signal(object)
    chat = Signal(str)
    pointer = Signal(object)
    ack = Signal(int)
    frame = Signal(QImage)
    cursor = Signal(int, int, bool)
    closed = Signal(int, str)

    def __init__(
        self,
        hub_url: str,
        token: str,
        session_id: int,
        *,
        ca_bundle: str | None = None,
        receive_frames: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.relay = RelayConnection(
            hub_url,
            token,
            session_id,
            on_message=self._message,
            on_closed=self.closed.emit,
            ca_bundle=ca_bundle,
        )
        self.receiver = FrameReceiver(self.relay.send_json) if receive_frames else None
        # Hooks run on the reader thread, for messages that must not wait for the GUI.
        self.on_ack: Any = None
        self.on_control: Any = None

    def open(self) -> None:
        """Blocking: call from a worker."""
        self.relay.open()

    def close(self) -> None:
        self.relay.close()

    def send_chat(self, text: str) -> None:
        self.relay.send_json("chat", text=text)

    def send_pointer(self, x: int, y: int, visible: bool = True) -> None:
        self.relay.send_json("pointer", x=x, y=y, visible=visible)

    def send_control(self, kind: str) -> None:
        self.relay.send_json("control", type=kind)

    def _message(self, item: Envelope) -> None:
        kind = item.kind
        if kind in ("frame", "cursor") and self.receiver is not None:
            self._picture(item)
        elif kind == "control":
            body = item.json()
            if item.from_hub:
                body["from"] = "hub"
            if self.on_control is not None:
                self.on_control(body)
            self.control.emit(body)
        elif kind == "chat":
            text = item.json().get("text")
            if isinstance(text, str) and text.strip():
                self.chat.emit(text[:4000])
        elif kind == "pointer":
            body = item.json()
            if isinstance(body.get("x"), int) and isinstance(body.get("y"), int):
                self.pointer.emit(body)
        elif kind == "ack":
            seq = item.json().get("seq")
            if isinstance(seq, int):
                if self.on_ack is not None:
                    self.on_ack(seq)
                self.ack.emit(seq)

    def _picture(self, item: Envelope) -> None:
        assert self.receiver is not None
        update = self.receiver.take(item)
        if update is None:
            return
        decoder = self.receiver.decoder
        if update.frame is not None and decoder.framebuffer is not None:
            fb = decoder.framebuffer
            height, width = fb.shape[:2]
            image = QImage(fb.data, width, height, width * 3, QImage.Format.Format_RGB888)
            self.frame.emit(image.copy())  # own the pixels: the decoder writes on
        elif update.cursor:
            cursor = decoder.cursor
            self.cursor.emit(cursor.x, cursor.y, cursor.visible)
