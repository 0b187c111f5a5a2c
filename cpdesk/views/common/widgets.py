"""Small widget helpers the pages share: named buttons, read-only tables and rows of buttons."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QItemSelectionModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
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


def button_rows(buttons: Sequence[QPushButton], per_row: int) -> QGridLayout:
    """Buttons in rows of so many, left-aligned, so a narrow pane needs no room it has not got."""
    grid = QGridLayout()
    for n, b in enumerate(buttons):
        grid.addWidget(b, n // per_row, n % per_row)
    grid.setColumnStretch(per_row, 1)
    return grid


def bounded(view: QTableView, column: int, chars: int) -> None:
    """A column of long names kept to a set width (elided, whole in its tip), so the main one keeps room."""
    view.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().resizeSection(column, view.fontMetrics().averageCharWidth() * chars)
