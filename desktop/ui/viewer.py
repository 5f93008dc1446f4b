"""A zoomable image viewer for attachments (with the OCR text beside it, if any)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QPainter, QPixmap, QShowEvent, QWheelEvent
from PySide6.QtWidgets import (
    QDialog,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

MIN_ZOOM = 0.05
MAX_ZOOM = 16.0


class ZoomView(QGraphicsView):
    """A graphics view that zooms with Ctrl+wheel and pans by dragging."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.zoom = 1.0

    def set_zoom(self, zoom: float) -> None:
        self.zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        self.resetTransform()
        self.scale(self.zoom, self.zoom)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.set_zoom(self.zoom * (1.25 if event.angleDelta().y() > 0 else 0.8))
            event.accept()
        else:
            super().wheelEvent(event)


class ImageViewer(QDialog):
    """Shows one image; zoom in/out (Ctrl +/−, Ctrl+wheel), fit (Ctrl+0), 100% (Ctrl+1)."""

    def __init__(
        self,
        pixmap: QPixmap,
        title: str,
        ocr_text: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.scene = QGraphicsScene(self)
        self.item = QGraphicsPixmapItem(pixmap)
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene.addItem(self.item)
        self.view = ZoomView()
        self.view.setScene(self.scene)

        toolbar = QToolBar()
        for text, shortcut, slot in (
            (self.tr("Zoom in"), QKeySequence.StandardKey.ZoomIn, self.zoom_in),
            (self.tr("Zoom out"), QKeySequence.StandardKey.ZoomOut, self.zoom_out),
            (self.tr("Fit"), QKeySequence("Ctrl+0"), self.fit),
            (self.tr("Actual size"), QKeySequence("Ctrl+1"), self.actual_size),
        ):
            action = QAction(text, self)
            action.setShortcut(shortcut)
            action.triggered.connect(slot)
            toolbar.addAction(action)
        self.zoom_label = QLabel()
        toolbar.addWidget(self.zoom_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(toolbar)
        if ocr_text:
            splitter = QSplitter()
            splitter.addWidget(self.view)
            self.ocr_view = QPlainTextEdit(ocr_text)
            self.ocr_view.setReadOnly(True)
            self.ocr_view.setPlaceholderText(self.tr("Text found in the image"))
            splitter.addWidget(self.ocr_view)
            splitter.setSizes([700, 260])
            layout.addWidget(splitter)
        else:
            layout.addWidget(self.view)
        self.resize(960, 680)
        self._fitted = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            self.fit()

    def _update_label(self) -> None:
        self.zoom_label.setText(f"  {self.view.zoom * 100:.0f}%")

    def zoom_in(self) -> None:
        self.view.set_zoom(self.view.zoom * 1.25)
        self._update_label()

    def zoom_out(self) -> None:
        self.view.set_zoom(self.view.zoom * 0.8)
        self._update_label()

    def actual_size(self) -> None:
        self.view.set_zoom(1.0)
        self._update_label()

    def fit(self) -> None:
        rect = self.item.boundingRect()
        viewport = self.view.viewport().size()
        if rect.width() <= 0 or rect.height() <= 0:
            return
        zoom = min(viewport.width() / rect.width(), viewport.height() / rect.height())
        self.view.set_zoom(min(zoom, 1.0) * 0.98)
        self._update_label()
