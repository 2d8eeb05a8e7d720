"""The map's view: wheel zoom under the mouse, drag the background to pan, fit to window."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from desktop.ui.map.scene import ChainScene

MIN_ZOOM = 0.1
MAX_ZOOM = 4.0
READABLE = 0.6  # the smallest zoom at which names can be read


class MapView(QGraphicsView):
    def __init__(self, scene: ChainScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.chain = scene
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setBackgroundBrush(Qt.GlobalColor.white)
        self._dragging = False

    # While a person is dragged the lines are drawn without antialiasing: a frame then
    # costs a third (see bench/bench_map.py); full quality returns on release.
    def begin_drag(self) -> None:
        self._dragging = True
        self.setRenderHint(QPainter.RenderHint.Antialiasing, False)

    def end_drag(self) -> None:
        if self._dragging:
            self._dragging = False
            self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            self.viewport().update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        item = self.itemAt(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and item is not None and (
            item.flags() & item.GraphicsItemFlag.ItemIsMovable
        ):
            self.begin_drag()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self.end_drag()

    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        current = self.zoom()
        factor = max(MIN_ZOOM / current, min(MAX_ZOOM / current, factor))
        self.scale(factor, factor)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(1.15**steps)
            event.accept()
        else:
            super().wheelEvent(event)

    def first_area(self, chart: QRectF, readable: float = READABLE) -> QRectF | None:
        """The part of ``chart`` that ``first_view`` will show; None when it shows it all."""
        width, height = self.viewport().width(), self.viewport().height()
        if width <= 0 or height <= 0 or chart.isEmpty():
            return None
        if min(width / chart.width(), height / chart.height()) >= readable:
            return None
        top = chart.top() + height / (2 * readable) - 20
        return QRectF(chart.center().x() - width / (2 * readable), top - height / (2 * readable),
                      width / readable, height / readable)

    def shown_area(self) -> QRectF:
        """The part of the scene the view shows now."""
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def first_view(self, readable: float = READABLE) -> None:
        """Fit the chart; if that makes names too small to read, show its top at a readable size."""
        self.fit()
        if self.zoom() < readable:
            rect = self.chain.content_rect()
            self.resetTransform()
            self.scale(readable, readable)
            top = rect.center()
            top.setY(rect.top() + self.viewport().height() / (2 * readable) - 20)
            self.centerOn(top)

    def fit(self) -> None:
        rect = self.chain.content_rect()
        self.setSceneRect(rect.adjusted(-400, -400, 400, 400))
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > 1.0:  # never blow a small chain up beyond natural size
            self.resetTransform()
            self.centerOn(rect.center())
