"""One page of a paper on screen: its image, the words found marked on it, a passage chosen by dragging."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from cpdesk.views.papers.pdf import Box, to_pixels

FOUND = QColor(255, 200, 0, 110)  # translucent, so the words stay readable under the mark
FOUND_EDGE = QColor(150, 100, 0)
CHOSEN = QColor(0, 90, 200, 60)
CHOSEN_EDGE = QColor(0, 70, 170)


class PageView(QWidget):
    """Draws the page; the keys page through the paper, a drag chooses a passage (in pixels of the page)."""

    turn = Signal(str)  # next, previous, first, last
    dragged = Signal(QRectF)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName("Page")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.IBeamCursor)
        self.image: QImage | None = None
        self.scale = 1.0  # logical pixels per PDF point
        self.page_height = 0.0
        self.found: list[Box] = []
        self.chosen: QRectF | None = None
        self._start: QPointF | None = None

    def show_image(self, image: QImage, scale: float, page_height: float) -> None:
        self.image, self.scale, self.page_height = image, scale, page_height
        self.setFixedSize(image.deviceIndependentSize().toSize())
        self.update()

    def clear_marks(self) -> None:
        self.found, self.chosen = [], None
        self.update()

    def mark(self, boxes: list[Box]) -> None:
        self.found = boxes
        self.update()

    def sizeHint(self) -> QSize:
        return self.size()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        if self.image is not None:
            painter.drawImage(QPointF(0, 0), self.image)
        painter.setPen(QPen(FOUND_EDGE, 1))
        for box in self.found:
            painter.fillRect(to_pixels(box, self.scale, self.page_height).adjusted(-1, -1, 1, 1), FOUND)
        if self.chosen is not None:
            painter.setPen(QPen(CHOSEN_EDGE, 2, Qt.PenStyle.DashLine))
            painter.fillRect(self.chosen, CHOSEN)
            painter.drawRect(self.chosen)
        if self.hasFocus():  # where the keyboard is, for those who page with it
            painter.setPen(QPen(self.palette().highlight().color(), 3))
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, shift = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        turns = {
            Qt.Key.Key_PageDown: "next",
            Qt.Key.Key_PageUp: "previous",
            Qt.Key.Key_Space: "previous" if shift else "next",
            Qt.Key.Key_Home: "first",
            Qt.Key.Key_End: "last",
        }
        if key in turns:
            event.accept()
            self.turn.emit(turns[Qt.Key(key)])
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._start = event.position()
            self.chosen = QRectF(self._start, self._start)
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._start is not None:
            self.chosen = QRectF(self._start, event.position()).normalized()
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._start is None or event.button() != Qt.MouseButton.LeftButton:
            return
        rect = QRectF(self._start, event.position()).normalized()
        self._start = None
        if rect.width() < 3 or rect.height() < 3:  # a click, not a drag: nothing chosen
            self.chosen = None
            self.update()
            return
        self.chosen = rect
        self.update()
        self.dragged.emit(rect)
