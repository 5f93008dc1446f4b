"""The annotation step: tools, undo/redo, the captures and the private data found.

Tools have one-key shortcuts as in ShareX/Greenshot (B box, A arrow, T text,
N numbered step, H highlight, R hide); Ctrl+Z / Ctrl+Y (or Ctrl+Shift+Z)
undo and redo.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QColor,
    QIcon,
    QKeySequence,
    QPixmap,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.report.captures import Capture
from desktop.core.report.render import render_capture
from desktop.core.report.shapes import COLORS
from desktop.ui.report.canvas import AnnotationCanvas, Tool
from desktop.ui.report.grab import to_qimage
from desktop.ui.report.texts import kind_name


class EditorPage(QWidget):
    """Signals: add_capture_requested(int delay_seconds); paste_requested();
    remove_capture_requested(int); current_changed(int index); continue_requested()."""

    add_capture_requested = Signal(int)
    remove_capture_requested = Signal(int)
    current_changed = Signal(int)
    continue_requested = Signal()
    paste_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.captures: list[Capture] = []
        self.canvas = AnnotationCanvas()
        self.canvas.changed.connect(self._changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        layout.addWidget(self.toolbar)
        self._build_tools()

        row = QHBoxLayout()
        layout.addLayout(row, 1)
        side = QVBoxLayout()
        self.capture_model = QStandardItemModel(self)
        self.capture_list = QListView()
        self.capture_list.setModel(self.capture_model)
        self.capture_list.setViewMode(QListView.ViewMode.IconMode)
        self.capture_list.setFlow(QListView.Flow.TopToBottom)
        self.capture_list.setWrapping(False)
        self.capture_list.setMovement(QListView.Movement.Static)
        self.capture_list.setIconSize(QSize(120, 80))
        self.capture_list.setGridSize(QSize(130, 110))
        self.capture_list.setFixedWidth(150)
        self.capture_list.selectionModel().currentChanged.connect(
            lambda current, _prev: self._show(current.row())
        )
        side.addWidget(QLabel(self.tr("Screenshots")))
        side.addWidget(self.capture_list, 1)
        self.add_button = QToolButton()
        self.add_button.setText(self.tr("Add screenshot"))
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.add_button.clicked.connect(lambda: self.add_capture_requested.emit(0))
        menu = QMenu(self.add_button)
        menu.addAction(self.tr("Now"), lambda: self.add_capture_requested.emit(0))
        for seconds in (3, 5, 10):
            action = menu.addAction(self.tr("In %1 seconds").replace("%1", str(seconds)))
            action.triggered.connect(lambda _c=False, s=seconds: self.add_capture_requested.emit(s))
        # A screenshot taken with another tool (PrintScreen, Snipping Tool) pastes in.
        self.paste_action = menu.addAction(self.tr("Paste image"))
        self.paste_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Paste))
        self.paste_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.paste_action.triggered.connect(self.paste_requested)
        self.addAction(self.paste_action)
        self.add_button.setMenu(menu)
        side.addWidget(self.add_button)
        self.remove_button = QPushButton(self.tr("Remove screenshot"))
        self.remove_button.clicked.connect(
            lambda: self.remove_capture_requested.emit(self.current_index())
        )
        side.addWidget(self.remove_button)
        row.addLayout(side)
        self.canvas_area = QScrollArea()
        self.canvas_area.setWidget(self.canvas)
        self.canvas_area.setWidgetResizable(True)  # fit: the canvas is the view's size
        self.canvas_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.canvas_area, 1)

        privacy = QVBoxLayout()
        title = QLabel(self.tr("Hidden private data"))
        title.setObjectName("sectionTitle")
        privacy.addWidget(title)
        self.privacy_hint = QLabel(
            self.tr(
                "Found in the text and filled black before sending. Untick what support "
                "may see; hide more with the Hide tool (R)."
            )
        )
        self.privacy_hint.setWordWrap(True)
        self.privacy_hint.setObjectName("muted")
        privacy.addWidget(self.privacy_hint)
        self.mark_model = QStandardItemModel(self)
        self._filling = False  # list being rebuilt: its itemChanged is not the person
        self.mark_model.itemChanged.connect(self._mark_toggled)
        self.mark_list = QListView()
        self.mark_list.setModel(self.mark_model)
        privacy.addWidget(self.mark_list, 1)
        self.progress_label = QLabel()
        self.progress_label.setWordWrap(True)
        privacy.addWidget(self.progress_label)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        privacy.addWidget(self.progress)
        side_panel = QWidget()
        side_panel.setLayout(privacy)
        side_panel.setFixedWidth(250)
        row.addWidget(side_panel)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.continue_button = QPushButton(self.tr("Continue"))
        self.continue_button.setObjectName("primary")
        self.continue_button.setToolTip(self.tr("Review and send (Ctrl+Enter)"))
        self.continue_button.clicked.connect(self.continue_requested)
        buttons.addWidget(self.continue_button)
        layout.addLayout(buttons)

    def _build_tools(self) -> None:
        self.tool_actions: dict[Tool, QAction] = {}
        group = QActionGroup(self)
        tools: list[tuple[Tool, str, str]] = [
            ("select", self.tr("Select"), "V"),
            ("box", self.tr("Box"), "B"),
            ("arrow", self.tr("Arrow"), "A"),
            ("text", self.tr("Text"), "T"),
            ("step", self.tr("Step"), "N"),
            ("highlight", self.tr("Highlight"), "H"),
            ("redact", self.tr("Hide"), "R"),
        ]
        for kind, label, key in tools:
            action = QAction(f"{label} ({key})", self, checkable=True)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _c=False, k=kind: self.set_tool(k))
            group.addAction(action)
            self.toolbar.addAction(action)
            self.addAction(action)
            self.tool_actions[kind] = action
        self.tool_actions["box"].setChecked(True)
        self.toolbar.addSeparator()
        self.color_actions: list[QAction] = []
        for color in COLORS:
            pixmap = QPixmap(16, 16)
            pixmap.fill(QColor(color))
            action = QAction(QIcon(pixmap), "", self)
            action.setToolTip(self.tr("Colour"))
            action.triggered.connect(lambda _c=False, c=color: self.set_color(c))
            self.toolbar.addAction(action)
            self.color_actions.append(action)
        self.toolbar.addSeparator()
        self.undo_action = QAction(self.tr("Undo"), self)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(self.tr("Redo"), self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.redo_action.triggered.connect(self.redo)
        self.delete_action = QAction(self.tr("Delete"), self)
        self.delete_action.setShortcuts([QKeySequence("Delete"), QKeySequence("Backspace")])
        self.delete_action.triggered.connect(self.canvas.delete_selected)
        self.copy_action = QAction(self.tr("Copy image"), self)
        self.copy_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        self.copy_action.setToolTip(self.tr("Copy the screenshot with its annotations"))
        self.copy_action.triggered.connect(self.copy_image)
        zoom_in = QAction(self.tr("Zoom in"), self)
        zoom_in.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        zoom_in.triggered.connect(lambda: self.canvas.zoom_by(1.25))
        zoom_out = QAction(self.tr("Zoom out"), self)
        zoom_out.setShortcut(QKeySequence("Ctrl+-"))
        zoom_out.triggered.connect(lambda: self.canvas.zoom_by(0.8))
        fit = QAction(self.tr("Fit"), self)
        fit.setShortcut(QKeySequence("Ctrl+0"))
        fit.triggered.connect(lambda: self.canvas.set_zoom(None))
        actual = QAction(self.tr("100%"), self)
        actual.setShortcut(QKeySequence("Ctrl+1"))
        actual.triggered.connect(lambda: self.canvas.set_zoom(1.0))
        self.zoom_actions = [zoom_in, zoom_out, fit, actual]
        shown = (
            self.undo_action,
            self.redo_action,
            self.delete_action,
            self.copy_action,
            fit,
            actual,
        )
        for action in (*shown, zoom_in, zoom_out):  # zooming in and out: keys and Ctrl+wheel
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            if action in shown:
                self.toolbar.addAction(action)
            self.addAction(action)

    # -- captures -----------------------------------------------------------------

    def set_captures(self, captures: list[Capture], current: int) -> None:
        self.captures = captures
        self.capture_model.clear()
        for number, capture in enumerate(captures, 1):
            thumb = QPixmap.fromImage(to_qimage(capture.image)).scaled(
                120,
                80,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            item = QStandardItem(QIcon(thumb), self.tr("Screenshot %1").replace("%1", str(number)))
            item.setEditable(False)
            self.capture_model.appendRow(item)
        self.remove_button.setEnabled(len(captures) > 1)
        if captures:
            self.capture_list.setCurrentIndex(self.capture_model.index(current, 0))
        self._show(current)

    def current_index(self) -> int:
        return max(self.capture_list.currentIndex().row(), 0)

    def current(self) -> Capture | None:
        index = self.current_index()
        return self.captures[index] if 0 <= index < len(self.captures) else None

    def _show(self, index: int) -> None:
        capture = self.captures[index] if 0 <= index < len(self.captures) else None
        if capture is not self.canvas.capture:
            self.canvas.set_capture(capture)
            self.current_changed.emit(index)
        self.refresh()

    # -- tools and history --------------------------------------------------------

    def set_tool(self, kind: Tool) -> None:
        self.canvas.set_tool(kind)
        self.tool_actions[kind].setChecked(True)

    def set_color(self, color: str) -> None:
        self.canvas.color = color

    def copy_image(self) -> None:
        """The capture as it will be sent (annotations drawn, private data filled)."""
        capture = self.current()
        if capture is not None:
            QApplication.clipboard().setImage(to_qimage(render_capture(capture)))

    def undo(self) -> None:
        capture = self.current()
        if capture is not None and capture.undo():
            self._changed()

    def redo(self) -> None:
        capture = self.current()
        if capture is not None and capture.redo():
            self._changed()

    def _changed(self) -> None:
        self.canvas.update()
        self.refresh()

    # -- private marks --------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the current capture: history buttons and the list of marks."""
        capture = self.current()
        self.undo_action.setEnabled(capture is not None and capture.can_undo)
        self.redo_action.setEnabled(capture is not None and capture.can_redo)
        self._filling = True
        self.mark_model.clear()
        if capture is not None and capture.lines is not None:
            for index, mark in enumerate(capture.marks):
                text = capture.lines[mark.line].text[mark.start : mark.end]
                item = QStandardItem(f"{kind_name(mark.kind)}: {_preview(text)}")
                item.setCheckable(True)
                item.setEditable(False)
                item.setCheckState(
                    Qt.CheckState.Checked if capture.mark_hidden(index) else Qt.CheckState.Unchecked
                )
                item.setData(index, Qt.ItemDataRole.UserRole)
                self.mark_model.appendRow(item)
        self._filling = False

    def _mark_toggled(self, item: QStandardItem) -> None:
        capture = self.current()
        if capture is None or self._filling:
            return
        index = int(item.data(Qt.ItemDataRole.UserRole))
        capture.set_mark_hidden(index, item.checkState() == Qt.CheckState.Checked)
        self.canvas.update()
        self.undo_action.setEnabled(capture.can_undo)
        self.redo_action.setEnabled(capture.can_redo)

    def set_progress(self, text: str, done: int, total: int) -> None:
        self.progress_label.setText(text)
        self.progress.setVisible(total >= 0)
        self.progress.setMaximum(max(total, 0))
        self.progress.setValue(done)


def _preview(text: str) -> str:
    # Enough to recognise the value without showing all of it again.
    return text if len(text) <= 6 else f"{text[:3]}…{text[-2:]}"
