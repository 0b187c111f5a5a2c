"""Small widget helpers the pages share: named buttons, read-only tables and rows of buttons."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QItemSelectionModel, QMargins, QObject, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QStyle,
    QTableView,
    QWidget,
)


def button(text: str, tip: str = "") -> QPushButton:
    """A push button named for screen readers as it reads, with a tip saying what it does."""
    made = QPushButton(text)
    made.setAccessibleName(text.replace("&", "").rstrip("…"))
    if tip:
        made.setToolTip(tip)
        made.setAccessibleDescription(tip)
    return made


def table(
    model: object,
    name: str,
    description: str = "",
    stretch: int | tuple[int, ...] | None = None,
    wrap: bool = False,
) -> QTableView:
    """A read-only table of whole rows, one chosen at a time, sized to the system font.

    Columns fit their contents; the stretch columns (the last if none is named) share the room left. With
    wrap, long text wraps and each row is as tall as its text (for short lists such as an agenda).
    """
    view = QTableView()
    view.setModel(model)  # type: ignore[arg-type]
    view.setAccessibleName(name)
    if description:
        view.setAccessibleDescription(description)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the table for the next control, as a keyboard user expects
    view.verticalHeader().hide()
    view.setWordWrap(wrap)
    if wrap:
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.setAlternatingRowColors(True)
    fit_rows(view)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setHighlightSections(False)
    if stretch is None:
        header.setStretchLastSection(True)
    else:  # not both: a stretched last section as well as a Stretch section leaves the room unshared
        header.setStretchLastSection(False)
        for column in (stretch,) if isinstance(stretch, int) else stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return view


def fit_columns(view: QTableView, columns: Sequence[int], rows: int = 2000) -> dict[int, int]:
    """Size the given columns once to their heading and widest cell, as ResizeToContents would.

    ResizeToContents measures every cell again at each layout pass; this measures once, when the rows
    or the font change (the caller says when). A column's widest cell is found by its text's width in
    the table's font and only that cell is asked for its full size hint. Past `rows` rows, rows spread
    evenly down the list stand for the rest. Returns each column's contents width (without its heading).
    """
    model, header = view.model(), view.horizontalHeader()
    count = model.rowCount()
    sample = range(0, count, max(count // rows, 1)) if count > rows else range(count)
    metrics = view.fontMetrics()
    grid = 1 if view.showGrid() else 0
    found: dict[int, int] = {}
    for column in columns:
        if view.isColumnHidden(column):
            continue
        widest, at = -1, -1
        for row in sample:
            text = model.index(row, column).data()
            width = metrics.horizontalAdvance(text) if isinstance(text, str) else 0
            if width > widest:
                widest, at = width, row
        contents = view.sizeHintForIndex(model.index(at, column)).width() + grid if at >= 0 else 0
        found[column] = contents
        header.resizeSection(column, max(contents, header.sectionSizeHint(column)))
    return found


def fit_rows(view: QTableView) -> None:
    """Rows as tall as a line of the table's font and a little room, at any text size."""
    metrics = view.fontMetrics()
    view.verticalHeader().setDefaultSectionSize(metrics.lineSpacing() + metrics.height() // 2)


class Heading(QLabel):
    """A bold title some way larger than the text around it, following the text size as it changes.

    It wraps between words, never inside one.
    """

    def __init__(self, text: str = "", scale: float = 1.0, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._scale = scale
        self.setWordWrap(True)
        self._follow()

    def _follow(self) -> None:
        font = QApplication.font(self)
        font.setBold(True)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * self._scale)
        self.setFont(font)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationFontChange:
            self._follow()
        return super().event(event)


def select_row(view: QTableView, row: int) -> None:
    model = view.model()
    if 0 <= row < model.rowCount():
        view.selectionModel().setCurrentIndex(
            model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        view.scrollTo(model.index(row, 0))


def selected_row(view: QTableView) -> int:
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    return rows[0].row() if rows else -1


class FlowLayout(QLayout):
    """Widgets side by side, left to right, going on to a new line when the row is full.

    A row of buttons in it needs only the width of its widest button: at large text or in a narrow pane
    the buttons wrap instead of pushing the window wider.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._height = 0  # the height its lines took at the width last given: what it asks for at least
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        height = self._place(rect, move=True)
        if height != self._height:
            # A splitter or a box above asks only for a minimum size, not a height for a width: say the
            # wrapped height as the minimum, once laid out, so the lines below the first are not cut off.
            self._height = height
            QTimer.singleShot(0, self, self._grown)

    def _grown(self) -> None:
        layout: QObject | None = self
        while isinstance(layout, QLayout):
            layout.invalidate()
            layout = layout.parent()
        parent = self.parentWidget()
        if parent is not None:
            parent.updateGeometry()

    def sizeHint(self) -> QSize:
        """All on one line."""
        shown = self._shown()
        margins = self.contentsMargins()
        width = sum(i.sizeHint().width() for i in shown) + self._gap() * max(len(shown) - 1, 0)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width, height).grownBy(margins)

    def minimumSize(self) -> QSize:
        """The widest of its widgets: the rest go on to further lines."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize()).expandedTo(QSize(item.sizeHint().width(), 0))
        return size.grownBy(self.contentsMargins()).expandedTo(QSize(0, self._height))

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if (w := i.widget()) is None or not w.isHidden()]

    def _gap(self) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        style = parent.style() if parent else QApplication.style()
        return style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing) if style else 6

    def _place(self, rect: QRect, move: bool) -> int:
        """Lay the widgets out in lines within rect (or only measure); the height the lines take."""
        area = rect.marginsRemoved(self.contentsMargins())
        gap = self._gap()
        x, y, line = area.x(), area.y(), 0
        for item in self._shown():
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, line = area.x(), y + line + gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), QSize(min(hint.width(), area.width()), hint.height())))
            x += hint.width() + gap
            line = max(line, hint.height())
        margins: QMargins = self.contentsMargins()
        return y + line - rect.y() + margins.bottom()


def flow(*widgets: QWidget) -> FlowLayout:
    """These widgets in a row that wraps on to more lines when it has not the room."""
    layout = FlowLayout()
    for widget in widgets:
        layout.addWidget(widget)
    return layout


def labelled(label: QLabel, widget: QWidget) -> QWidget:
    """A label and the control it names, kept together on one line of a wrapping row."""
    pair = QWidget()
    layout = QHBoxLayout(pair)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(label)
    layout.addWidget(widget)
    return pair


def narrow_choices(box: QComboBox, chars: int = 14) -> None:
    """A drop-down as wide as so many letters of its text, not its longest choice, so it cannot widen a page.

    Its list still opens as wide as its longest choice.
    """
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(chars)


def button_rows(buttons: Sequence[QPushButton], per_row: int = 0) -> FlowLayout:
    """Buttons left-aligned in a row that wraps, so a narrow pane needs no room it has not got.

    per_row is kept for callers written when this was a grid: the buttons now take as many lines as
    the width needs.
    """
    return flow(*buttons)


def bounded(view: QTableView, column: int, chars: int) -> None:
    """A column of long names kept to a set width (elided, whole in its tip), so the main one keeps room."""
    view.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().resizeSection(column, view.fontMetrics().averageCharWidth() * chars)
