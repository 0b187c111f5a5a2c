"""The challenge ledger as a Qt table: one row per challenge young people raised, sorted and filtered."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any
from uuid import UUID

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from cpdesk.domain.challenges import STATUSES, Challenge
from cpdesk.domain.dates import long_date

Index = QModelIndex | QPersistentModelIndex

# The kind of record the change hub announces when a challenge changes (no shared constant exists yet).

(
    COL_REFERENCE,
    COL_RAISED_ON,
    COL_RAISED_BY,
    COL_YOU_SAID,
    COL_THEME,
    COL_STATUS,
    COL_AGE,
    COL_TO_TOLD,
    COL_OVERDUE,
) = range(9)
HEADERS = (
    "Reference",
    "Raised on",
    "Raised by",
    "You said",
    "Theme",
    "Status",
    "Age (days)",
    "Days to told",
    "Overdue",
)
HEADER_TIPS = {
    COL_RAISED_ON: "The date of the young people's meeting where it was raised",
    COL_AGE: "Days from the young people's meeting to today, or to the day it was closed",
    COL_TO_TOLD: "Days from the young people's meeting to the day they were told what came of it",
    COL_OVERDUE: "Overdue when the next Sub-Committee has passed with no response",
}
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
SHORT = 80  # characters of what young people said shown in the table; the whole is in the tip and the pane

_STATUS_ORDER = {key: n for n, key in enumerate(STATUSES)}


def short_date(day: date | None) -> str:
    return f"{day.day} {day:%b %Y}" if day else ""


def shortened(text: str, limit: int = SHORT) -> str:
    """One line of at most limit characters, cut at a word with an ellipsis."""
    line = " ".join(text.split())
    if len(line) <= limit:
        return line
    return line[:limit].rsplit(" ", 1)[0].rstrip(",;:.") + "…"


def _folded(value: str) -> str | None:
    return value.casefold() if value else None


SORT_KEYS: dict[int, Callable[[Challenge], Any]] = {
    COL_REFERENCE: lambda c: (c.raised_on.year, c.reference),
    COL_RAISED_ON: lambda c: (c.raised_on, c.reference),
    COL_RAISED_BY: lambda c: c.raised_by_label.casefold(),
    COL_YOU_SAID: lambda c: c.you_said.casefold(),
    COL_THEME: lambda c: _folded(c.theme),
    COL_STATUS: lambda c: _STATUS_ORDER[c.status],
    COL_AGE: lambda c: c.age_days,
    COL_TO_TOLD: lambda c: c.days_to_told,
    COL_OVERDUE: lambda c: c.overdue_since,
}


def display(c: Challenge, column: int) -> str:
    if column == COL_REFERENCE:
        return c.reference
    if column == COL_RAISED_ON:
        return short_date(c.raised_on)
    if column == COL_RAISED_BY:
        return c.raised_by_label
    if column == COL_YOU_SAID:
        return shortened(c.you_said)
    if column == COL_THEME:
        return c.theme
    if column == COL_STATUS:
        return c.status_label
    if column == COL_AGE:
        return str(c.age_days)
    if column == COL_TO_TOLD:
        return "" if c.days_to_told is None else str(c.days_to_told)
    # The header says Overdue; the cell gives the meeting that passed (the whole sentence is the tip).
    return f"No response by {short_date(c.overdue_since)}" if c.overdue_since else ""


class LedgerModel(QAbstractTableModel):
    """The challenges as the domain gives them (oldest first); the proxy sorts and filters."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Challenge] = []

    def set_rows(self, rows: list[Challenge]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    @property
    def rows(self) -> list[Challenge]:
        return self._rows

    def row_of(self, challenge_id: UUID) -> int:
        return next((n for n, c in enumerate(self._rows) if c.id == challenge_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return display(c, column)
        if role == ROW_ROLE:
            return c
        if role == SORT_ROLE:
            return SORT_KEYS[column](c)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = display(c, column)
            return f"{HEADERS[column]}: {text or 'none'}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(c, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_AGE, COL_TO_TOLD):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _tip(c: Challenge, column: int) -> str | None:
        if column == COL_YOU_SAID:
            return f"{c.reference}: {c.you_said}"
        if column == COL_RAISED_ON:
            return f"Raised at the young people's meeting of {long_date(c.raised_on)}"
        if column == COL_TO_TOLD and c.told_on is not None:
            return f"Told on {long_date(c.told_on)}: {c.told_how}"
        if column == COL_OVERDUE and c.overdue:
            return c.overdue
        if column == COL_RAISED_BY:
            return c.raised_by_label
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return HEADER_TIPS.get(section)
        return None


@dataclass(frozen=True)
class LedgerFilter:
    """What the user has asked to see; each part left empty matches every challenge."""

    meeting_id: UUID | None = None  # raised at, or taken to
    status: str | None = None
    theme: str | None = None
    link_ids: frozenset[UUID] | None = None  # a priority (with its commitments), or a Promise

    def accepts(self, c: Challenge) -> bool:
        if self.meeting_id is not None and self.meeting_id not in (c.raised_at_id, c.taken_to_meeting_id):
            return False
        if self.status is not None and c.status != self.status:
            return False
        if self.theme is not None and c.theme != self.theme:
            return False
        return self.link_ids is None or any(link.target_id in self.link_ids for link in c.links)


class LedgerProxy(QSortFilterProxyModel):
    """Sorts the ledger by real values (dates as dates, numbers as numbers) and filters it."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._filter = LedgerFilter()
        self.setSortRole(SORT_ROLE)

    @property
    def filter(self) -> LedgerFilter:
        return self._filter

    def set_filter(self, wanted: LedgerFilter) -> None:
        self.beginFilterChange()
        self._filter = wanted
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        c = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        return c is not None and self._filter.accepts(c)

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None:  # a blank sorts after the rest
            return a is not None
        return bool(a < b)

    def challenge(self, proxy_row: int) -> Challenge | None:
        index = self.index(proxy_row, 0)
        found: Challenge | None = index.data(ROW_ROLE) if index.isValid() else None
        return found

    def proxy_row_of(self, challenge_id: UUID) -> int:
        source = self.sourceModel()
        if not isinstance(source, LedgerModel):
            return -1
        row = source.row_of(challenge_id)
        return self.mapFromSource(source.index(row, 0)).row() if row >= 0 else -1
