"""The agent's window onto the customer's screen: picture, live figures, chat.

It only shows and asks; `AgentSession` (agent.py) connects it to the relay.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.remote.receiver import Figures
from desktop.ui.remote.canvas import FrameCanvas, scroll_area
from desktop.ui.remote.chat import ChatPanel


class ViewerWindow(QWidget):
    """Signals: stop_requested(); snapshot_requested(QImage); chat_send(str);
    pointed(int x, int y) in the remote picture's pixels; closed()."""

    stop_requested = Signal()
    snapshot_requested = Signal(QImage)
    chat_send = Signal(str)
    pointed = Signal(int, int)
    closed = Signal()

    def __init__(
        self, customer_name: str, ticket_number: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.customer_name = customer_name
        self.setWindowTitle(
            self.tr("%1's screen — %2").replace("%1", customer_name).replace("%2", ticket_number)
        )
        self.ended = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)

        bar = QHBoxLayout()
        self.fit_button = QPushButton(self.tr("Fit"))
        self.one_button = QPushButton(self.tr("1:1"))
        self.one_button.setToolTip(self.tr("Actual pixels, no scaling"))
        self.scale_group = QButtonGroup(self)
        for i, button in enumerate((self.fit_button, self.one_button)):
            button.setCheckable(True)
            button.setObjectName("modeButton")
            self.scale_group.addButton(button, i)
            bar.addWidget(button)
        self.fit_button.setChecked(True)
        self.scale_group.idToggled.connect(self._scale_toggled)
        bar.addSpacing(12)
        self.figures_label = QLabel()
        self.figures_label.setObjectName("muted")
        bar.addWidget(self.figures_label, 1)
        self.snapshot_button = QPushButton(self.tr("Snapshot to ticket"))
        self.snapshot_button.setToolTip(self.tr("Attach the current picture to the ticket"))
        self.snapshot_button.clicked.connect(self._snapshot)
        self.snapshot_button.setEnabled(False)
        bar.addWidget(self.snapshot_button)
        self.stop_button = QPushButton(self.tr("End session"))
        self.stop_button.clicked.connect(self.stop_requested)
        bar.addWidget(self.stop_button)
        layout.addLayout(bar)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.stack = QStackedWidget()
        self.status_label = QLabel()
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status_label.setWordWrap(True)
        self.status_label.setObjectName("emptyState")
        self.stack.addWidget(self.status_label)
        self.canvas = FrameCanvas()
        self.canvas.pointed.connect(self.pointed)
        self.picture_area = scroll_area(self.canvas)
        self.stack.addWidget(self.picture_area)
        splitter.addWidget(self.stack)
        self.chat = ChatPanel(customer_name)
        self.chat.send_requested.connect(self.chat_send)
        splitter.addWidget(self.chat)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 260])
        layout.addWidget(splitter, 1)
        hint = QLabel(self.tr("Click on the picture to point at something on their screen."))
        hint.setObjectName("muted")
        layout.addWidget(hint)

        self._repaint = QTimer(self)  # lets the pointer marker fade
        self._repaint.timeout.connect(self.canvas.update)
        self._repaint.start(500)
        QShortcut(QKeySequence("Ctrl+0"), self, lambda: self.one_button.setChecked(True))
        QShortcut(QKeySequence("Ctrl+9"), self, lambda: self.fit_button.setChecked(True))
        self.show_status(self.tr("Connecting…"))
        self.resize(1200, 760)

    # -- state ------------------------------------------------------------------------

    def show_status(self, text: str) -> None:
        """A sentence instead of the picture (waiting, paused connection, ended)."""
        self.status_label.setText(text)
        if self.canvas.image.isNull():
            self.stack.setCurrentWidget(self.status_label)

    def show_waiting(self, code: str | None) -> None:
        text = self.tr("Waiting for %1 to accept…").replace("%1", self.customer_name)
        if code:
            text += "\n\n" + self.tr(
                "If they do not see the request, read them this code: %1"
            ).replace("%1", code)
        self.show_status(text)

    def set_frame(self, image: QImage) -> None:
        self.canvas.set_image(image)
        self.stack.setCurrentWidget(self.picture_area)
        self.snapshot_button.setEnabled(not self.ended)

    def set_cursor(self, x: int, y: int, visible: bool) -> None:
        self.canvas.cursor_at = (x, y) if visible else None
        self.canvas.update()

    def set_figures(self, figures: Figures) -> None:
        latency = "—" if figures.latency_ms is None else str(figures.latency_ms)
        self.figures_label.setText(
            self.tr("%1 fps · %2 ms · %3 kbit/s")
            .replace("%1", f"{figures.fps:.1f}")
            .replace("%2", latency)
            .replace("%3", f"{figures.kbps:.0f}")
        )

    def end(self, text: str) -> None:
        """The session is over: say why, keep the last picture and the chat readable."""
        self.ended = True
        self.chat.add_notice(text)
        self.chat.set_enabled(False)
        self.stop_button.setEnabled(False)
        self.snapshot_button.setEnabled(False)
        self.figures_label.setText(text)
        self.show_status(text)

    # -- actions ----------------------------------------------------------------------

    def _scale_toggled(self, button_id: int, checked: bool) -> None:
        if checked:
            fit = button_id == 0
            self.picture_area.setWidgetResizable(fit)
            self.canvas.set_fit(fit)

    def _snapshot(self) -> None:
        if not self.canvas.image.isNull():
            image = self.canvas.image.copy()
            image.setDevicePixelRatio(1.0)
            self.snapshot_requested.emit(image)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._repaint.stop()
        event.accept()
        self.closed.emit()
