"""The action log as a Qt table: one row per action or question, sortable by real values, filtered fast."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from uuid import UUID

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from cpdesk.domain.actions import DONE, KINDS, RAGS, STATUSES, ActionRow
from cpdesk.domain.dates import long_date

Index = QModelIndex | QPersistentModelIndex

(
    COL_REFERENCE,
    COL_RAISED,
    COL_BODY,
    COL_ITEM,
    COL_DESCRIPTION,
    COL_OWNER,
    COL_PRIORITIES,
    COL_DUE,
    COL_STATUS,
    COL_RAG,
    COL_LAST_UPDATE,
) = range(11)
HEADERS = (
    "Reference",
    "Raised at",
    "Body",
    "Agenda item",
    "Description",
    "Owner",
    "Priorities",
    "Due",
    "Status",
    "RAG",
    "Last update",
)
HEADER_TIPS = {
    COL_RAISED: "The date of the meeting that raised it",
    COL_PRIORITIES: "The strategy priorities it concerns",
    COL_RAG: "Red: overdue. Amber: due within 14 days, or no update for 60 days. Green: on track. "
    "Completed or Closed when done.",
}
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

# Light tints, each paired with black text, so the word stays readable in greyscale and high contrast.
RAG_TINTS = {
    "Red": QColor("#f6c9c4"),
    "Amber": QColor("#fde3a7"),
    "Green": QColor("#cde8cd"),
    "Completed": QColor("#d6e2f0"),
}
_STATUS_ORDER = {key: n for n, key in enumerate(STATUSES)}
_RAG_ORDER = {word: n for n, word in enumerate(RAGS)}
_BLACK = QBrush(QColor("black"))


def short_date(day: date | None) -> str:
    """10 Jun 2025: short enough for a column, never ambiguous between countries."""
    return f"{day.day} {day:%b %Y}" if day else ""


def _text(value: str) -> str | None:
    return value.casefold() if value else None


# What each column sorts by: real values (dates as dates, RAG and status in their own order); None for a
# blank cell, which always sorts after the rest.
SORT_KEYS: dict[int, Callable[[ActionRow], Any]] = {
    COL_REFERENCE: lambda r: r.reference,
    COL_RAISED: lambda r: r.raised_on,
    COL_BODY: lambda r: _text(r.body),
    COL_ITEM: lambda r: _text(r.item),
    COL_DESCRIPTION: lambda r: _text(r.description),
    COL_OWNER: lambda r: _text(r.owner),
    COL_PRIORITIES: lambda r: r.priorities or None,
    COL_DUE: lambda r: r.due,
    COL_STATUS: lambda r: _STATUS_ORDER[r.status],
    COL_RAG: lambda r: _RAG_ORDER[r.rag],
    COL_LAST_UPDATE: lambda r: r.last_update,
}


def _display(row: ActionRow, column: int) -> str:
    if column == COL_REFERENCE:
        return row.reference
    if column == COL_RAISED:
        return short_date(row.raised_on)
    if column == COL_BODY:
        return row.body
    if column == COL_ITEM:
        return row.item
    if column == COL_DESCRIPTION:
        return row.description
    if column == COL_OWNER:
        return row.owner
    if column == COL_PRIORITIES:
        return ", ".join(str(n) for n in row.priorities)
    if column == COL_DUE:
        return short_date(row.due)
    if column == COL_STATUS:
        return row.status_label
    if column == COL_RAG:
        return row.rag
    return short_date(row.last_update)


class ActionLogModel(QAbstractTableModel):
    """The rows of `desk.actions.log()`, loaded in one call; sorting reorders them here, in Python."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._loaded: list[ActionRow] = []  # as the domain gave them: by meeting date, then reference
        self._rows: list[ActionRow] = []  # as shown
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._haystacks: dict[UUID, str] | None = None

    # --- the rows ---

    def set_rows(self, rows: list[ActionRow]) -> None:
        self.beginResetModel()
        self._loaded = list(rows)
        self._haystacks = None
        self._rows = self._ordered()
        self.endResetModel()

    @property
    def rows(self) -> list[ActionRow]:
        """The rows in the order shown; a new list whenever that order or the rows change."""
        return self._rows

    def row_of(self, action_id: UUID) -> int:
        return next((n for n, r in enumerate(self._rows) if r.id == action_id), -1)

    def haystack(self, row: ActionRow) -> str:
        """The words free-text search looks in, folded once per load."""
        if self._haystacks is None:
            self._haystacks = {
                r.id: "\n".join(
                    (r.reference, r.description, r.owner, r.item, r.body, r.answer, KINDS[r.kind])
                ).casefold()
                for r in self._loaded
            }
        return self._haystacks[row.id]

    # --- sorting ---

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column's real values; the order persists through reloads."""
        if column not in SORT_KEYS:
            column = -1
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        held = [(index, self._rows[index.row()].id) for index in before if index.isValid()]
        self._sort_column, self._sort_order = column, order
        self._rows = self._ordered()
        if held:
            position = {r.id: n for n, r in enumerate(self._rows)}
            self.changePersistentIndexList(
                [index for index, _ in held],
                [self.index(position[aid], index.column()) for index, aid in held],
            )
        self.layoutChanged.emit()

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    def _ordered(self) -> list[ActionRow]:
        if self._sort_column < 0:
            return list(self._loaded)
        loaded = self._loaded
        keys = list(map(SORT_KEYS[self._sort_column], loaded))
        # Positions, not (key, row) pairs: plain ints make no work for the garbage collector.
        filled = [n for n, k in enumerate(keys) if k is not None]
        # Python's sort is stable in both directions, so ties keep the domain's order.
        filled.sort(key=keys.__getitem__, reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        blanks = [n for n, k in enumerate(keys) if k is None]
        return [loaded[n] for n in filled + blanks]

    # --- the Qt model ---

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(row, column)
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return SORT_KEYS[column](row)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = _display(row, column)
            return f"{HEADERS[column]}: {text}" if text else f"{HEADERS[column]}: none"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(row, column)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and column == COL_RAG:
            return row.rag_reason  # a screen reader hears the word, then why
        if column == COL_RAG and row.rag in RAG_TINTS:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(RAG_TINTS[row.rag])
            if role == Qt.ItemDataRole.ForegroundRole:
                return _BLACK
        return None

    @staticmethod
    def _tip(row: ActionRow, column: int) -> str | None:
        if column == COL_DESCRIPTION:
            return f"{KINDS[row.kind]} {row.reference}: {row.description}"
        if column == COL_RAG:
            return f"{row.rag}: {row.rag_reason}"
        if column == COL_RAISED:
            return f"Raised at the {row.body} on {long_date(row.raised_on)}"
        if column == COL_DUE:
            return f"Due by {long_date(row.due)}" if row.due else "No due date"
        if column == COL_ITEM and row.item:
            return row.item
        if column == COL_BODY:
            return row.body
        if column == COL_OWNER and row.owner:
            return row.owner
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


NO_OWNER = "no owner"


@dataclass(frozen=True)
class ActionFilter:
    """What the chair has asked to see; each part left empty matches everything."""

    meeting_id: UUID | None = None
    owner_id: UUID | str | None = None  # a person's or a team's id, or NO_OWNER
    priority: int | None = None
    status: str | None = None
    rag: str | None = None
    text: str = ""
    open_only: bool = False
    words: tuple[str, ...] = field(init=False, default=())

    def __post_init__(self) -> None:
        object.__setattr__(self, "words", tuple(self.text.casefold().split()))

    def test(self) -> Callable[[ActionRow], bool]:
        """One predicate doing only the checks asked for."""
        checks: list[Callable[[ActionRow], bool]] = []
        if self.open_only:
            checks.append(lambda r: r.status not in DONE)
        if self.meeting_id is not None:
            checks.append(lambda r: r.meeting_id == self.meeting_id)
        if self.owner_id == NO_OWNER:
            checks.append(lambda r: r.owner_id is None and r.team_id is None)
        elif self.owner_id is not None:
            checks.append(lambda r: r.owner_id == self.owner_id or r.team_id == self.owner_id)
        if self.priority is not None:
            checks.append(lambda r: self.priority in r.priorities)
        if self.status is not None:
            checks.append(lambda r: r.status == self.status)
        if self.rag is not None:
            checks.append(lambda r: r.rag == self.rag)
        return lambda r: all(check(r) for check in checks)


class ActionFilterProxy(QSortFilterProxyModel):
    """Filters the log by meeting, owner, priority, status, RAG and text; sorting is the model's own.

    Qt's own sort and filter call back into Python for every comparison; on 10,000 rows that takes
    about half a second. Here each filter change is worked out once over the rows in Python, the
    proxy only looks the answer up, and sorting is handed to the model, which sorts its list.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._model: ActionLogModel | None = None
        self._filter = ActionFilter()
        self._accepted: list[bool] = []
        self._accepted_for: list[ActionRow] | None = None
        self.setSortRole(SORT_ROLE)

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        if not isinstance(model, ActionLogModel):
            raise TypeError("the action filter works over an ActionLogModel")
        self._model = model
        self._accepted_for = None
        super().setSourceModel(model)

    @property
    def filter(self) -> ActionFilter:
        return self._filter

    def set_filter(self, action_filter: ActionFilter) -> None:
        self.beginFilterChange()
        self._filter = action_filter
        self._accepted_for = None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._model is not None:
            self._model.sort(column, order)

    def shown_rows(self) -> list[ActionRow]:
        """The rows that pass the filter, in the order shown."""
        if self._model is None:
            return []
        rows = self._model.rows
        self._refresh(rows)
        return [r for r, ok in zip(rows, self._accepted, strict=True) if ok]

    def row(self, proxy_row: int) -> ActionRow | None:
        index = self.index(proxy_row, 0)
        return index.data(ROW_ROLE) if index.isValid() else None

    def proxy_row_of(self, action_id: UUID) -> int:
        if self._model is None:
            return -1
        source = self._model.row_of(action_id)
        if source < 0:
            return -1
        return self.mapFromSource(self._model.index(source, 0)).row()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        # Called once per row on every change, so it only looks the answer up.
        rows = self._model._rows  # type: ignore[union-attr]  # never called before there is a source
        if rows is not self._accepted_for:
            self._refresh(rows)
        return self._accepted[source_row]

    def _refresh(self, rows: list[ActionRow]) -> None:
        if rows is self._accepted_for or self._model is None:
            return
        passes = self._filter.test()
        words = self._filter.words
        if words:
            haystack = self._model.haystack
            self._accepted = [passes(r) and all(w in haystack(r) for w in words) for r in rows]
        else:
            self._accepted = [passes(r) for r in rows]
        self._accepted_for = rows
