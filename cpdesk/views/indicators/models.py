"""Qt item models for the Indicators page: every indicator with its latest figure, and the filter over it."""

from __future__ import annotations

import math
from typing import Any
from uuid import UUID

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from cpdesk.domain.indicators import UNITS, Summary, format_value

SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
NAME, UNIT, LATEST, PERIOD, CHANGE, TARGET, RAG = range(7)
HEADINGS = ("Indicator", "Unit", "Latest value", "Period", "Change since the last period", "Target", "RAG")
RAG_COLOURS = {"Red": "#c0392b", "Amber": "#e69f00", "Green": "#2e8540"}
NOT_LINKED = 0  # the priority filter's choice for indicators linked to no priority
Index = QModelIndex | QPersistentModelIndex


def change_words(summary: Summary) -> str:
    """The change since the period before, in words, and whether it is better or worse."""
    if summary.latest is None:
        return "No figure yet"
    if summary.previous is None:
        return "No earlier figure"
    change = summary.change
    if change is None:
        return "Not known (a figure is suppressed)"
    if math.isclose(change, 0, abs_tol=1e-9):
        return "No change"
    unit = summary.indicator.unit
    amount = format_value("count" if unit == "percent" else unit, abs(change))
    if unit == "percent":
        amount += " point" if abs(change) == 1 else " points"
    words = f"{'Up' if change > 0 else 'Down'} {amount}"
    polarity = summary.indicator.polarity
    if polarity != "none":
        better = (change > 0) == (polarity == "higher")
        words += ", better" if better else ", worse"
    return words


def target_words(summary: Summary) -> str:
    target = summary.indicator.target
    if target is None:
        return "No target set"
    figure = format_value(summary.indicator.unit, target)
    # A target without a direction cannot be judged; say so rather than hide the target that is there.
    return f"{figure} (set which way is better)" if summary.indicator.polarity == "none" else figure


class IndicatorsModel(QAbstractTableModel):
    """One row per indicator: name, unit, the council's latest figure, its change, target and RAG in words."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Summary] = []

    def set_summaries(self, summaries: list[Summary]) -> None:
        self.beginResetModel()
        self._rows = list(summaries)
        self.endResetModel()

    def summary(self, row: int) -> Summary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, indicator_id: UUID | None) -> int:
        return next((r for r, s in enumerate(self._rows) if s.indicator.id == indicator_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADINGS)

    def text(self, summary: Summary, column: int) -> str:
        latest = summary.latest
        if column == NAME:
            return summary.indicator.name
        if column == UNIT:
            return UNITS[summary.indicator.unit]
        if column == LATEST:
            return (
                "None yet"
                if latest is None
                else format_value(summary.indicator.unit, latest.value, latest.suppressed)
            )
        if column == PERIOD:
            return "" if latest is None else latest.period
        if column == CHANGE:
            return change_words(summary)
        if column == TARGET:
            return target_words(summary)
        return summary.rag

    def sort_key(self, summary: Summary, column: int) -> Any:
        """Figures sort as numbers (a missing or suppressed one first), dates by date, words by words."""
        latest = summary.latest
        if column == LATEST:
            return -math.inf if latest is None or latest.value is None else latest.value
        if column == PERIOD:
            return "" if latest is None else latest.period_end.isoformat()
        if column == CHANGE:
            return -math.inf if summary.change is None else summary.change
        if column == TARGET:
            return -math.inf if summary.indicator.target is None else summary.indicator.target
        if column == RAG:
            return ("Red", "Amber", "Green", "No target", "No value").index(summary.rag)
        return self.text(summary, column).casefold()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        summary = self.summary(index.row())
        if summary is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(summary, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == NAME:
                return summary.indicator.description or summary.indicator.name
            if column == RAG:
                return _rag_reason(summary)
            return self.text(summary, column)
        if role == Qt.ItemDataRole.DecorationRole and column == RAG and summary.rag in RAG_COLOURS:
            return QColor(RAG_COLOURS[summary.rag])  # beside the word, never instead of it
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (LATEST, TARGET):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SORT_ROLE:
            return self.sort_key(summary, column)
        if role == SUMMARY_ROLE:
            return summary
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
            and 0 <= section < len(HEADINGS)
        ):
            return HEADINGS[section]
        return None


def _rag_reason(summary: Summary) -> str:
    if summary.rag == "No value":
        return "There is no figure to judge against the target"
    if summary.rag == "No target":
        return "Set a target and which way is better to see Red, Amber or Green"
    return f"{summary.rag} against a target of {target_words(summary)}"


class IndicatorFilter(QSortFilterProxyModel):
    """Shows the indicators whose name or description holds the words typed, and linked to a priority."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words = ""
        self._priority: int | None = None
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_words(self, words: str) -> None:
        self.beginFilterChange()
        self._words = words.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_priority(self, number: int | None) -> None:
        """Only indicators linked to this priority; NOT_LINKED for those linked to none; None for all."""
        self.beginFilterChange()
        self._priority = number
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        summary = self.sourceModel().index(source_row, 0, source_parent).data(SUMMARY_ROLE)
        if summary is None:
            return False
        indicator = summary.indicator
        if self._priority == NOT_LINKED and indicator.priorities:
            return False
        if self._priority and self._priority not in indicator.priorities:
            return False
        if self._words:
            haystack = f"{indicator.name}\n{indicator.description}".casefold()
            return all(word in haystack for word in self._words.split())
        return True

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
