"""Qt item models for the Meetings page: meetings, agenda items (reorderable), papers, attendance and more."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from uuid import UUID

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from cpdesk.domain.actions import KINDS, RAGS, STATUSES, ActionRow
from cpdesk.domain.agenda import AgendaItem, Declaration, LinkedDocument, Paper
from cpdesk.domain.dates import MONTHS, long_date
from cpdesk.domain.meetings import AttendanceEntry, Meeting
from cpdesk.domain.minutes import Amendment, Decision, ItemMinutes

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the domain row behind a line
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a value that sorts as the committee expects (dates as ISO text)
AGENDA_MIME = "application/x-cpdesk-agenda-items"
RAG_COLOURS = {"Red": "#c62828", "Amber": "#ef8f00", "Green": "#2e7d32", "Completed": "#1565c0"}

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")
# Read once: a view asks each cell it paints for a dozen roles, and each look-up of a Qt enum costs.
_DISPLAY = Qt.ItemDataRole.DisplayRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_SPOKEN = Qt.ItemDataRole.AccessibleTextRole
_TIP = Qt.ItemDataRole.ToolTipRole


class RowsModel(QAbstractTableModel, Generic[T]):
    """A read-only table over a list of domain rows; subclasses say what each column shows."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []
        self._shown: dict[tuple[int, int], str] = {}  # each cell's text, made the first time it is asked for

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._shown = {}
        self.endResetModel()

    @property
    def rows(self) -> list[T]:
        return list(self._rows)

    def row(self, at: int | Index) -> T | None:
        number = at if isinstance(at, int) else (at.row() if at.isValid() else -1)
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def row_of(self, row_id: UUID | None) -> int:
        return next((n for n, r in enumerate(self._rows) if getattr(r, "id", None) == row_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
            and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
        ):
            return self.HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        number, column = index.row(), index.column()
        if not (0 <= number < len(self._rows) and 0 <= column < len(self.HEADERS)):
            return None
        row = self._rows[number]
        if role == _DISPLAY:  # asked for again at every paint and every sizing: made once
            shown = self._shown.get((number, column))
            if shown is None:
                shown = self._shown[(number, column)] = self.text(row, column)
            return shown
        if role == _SPOKEN:
            return self.spoken(row, column)
        if role == _TIP:
            return self.tip(row, column) or None
        if role == SORT_ROLE:
            return self.sort_key(row, column)
        if role == ROW_ROLE:
            return row
        return self.extra(row, column, role)

    if TYPE_CHECKING:  # every model below says what each cell shows (Qt's metaclass rules out abc here)

        def text(self, row: T, column: int) -> str: ...

    def spoken(self, row: T, column: int) -> str:
        """What a screen reader says for a cell: the text, or what an empty cell means."""
        return self.text(row, column) or f"No {self.HEADERS[column].lower()}"

    def tip(self, row: T, column: int) -> str:
        return self.text(row, column)

    def sort_key(self, row: T, column: int) -> Any:
        return self.text(row, column)

    def extra(self, row: T, column: int, role: int) -> Any:
        return None


# --- meetings ---


SHORT_MONTHS = tuple(month[:3] for month in MONTHS)


def short_date(day: date) -> str:
    """17 Feb 2026: for tables, where the long form would crowd out the columns beside it.

    The month's name as long_date spells it, cut short (not strftime: quicker, and the same on every
    machine whatever its locale).
    """
    return f"{day.day} {SHORT_MONTHS[day.month - 1]} {day.year}"


# Bodies as a narrow column names them; the full name is the cell's tip and what a screen reader says.
SHORT_BODIES = {
    "sub_committee": "Sub-Committee",
    "young_people": "Young people",
    "steering_group": "Steering group",
    "parent_committee": "Parent committee",
}


class MeetingsModel(RowsModel[Meeting]):
    # The venue comes last so that it, not the status, gives way when the list is narrow.
    HEADERS = ("Date", "Time", "Body", "Status", "Venue")

    def text(self, row: Meeting, column: int) -> str:
        return (
            short_date(row.day),
            row.time,
            SHORT_BODIES.get(row.body_kind, row.body),
            row.status_label,
            row.venue,
        )[column]

    def spoken(self, row: Meeting, column: int) -> str:
        if column == 0:
            return f"{row.day:%A} {long_date(row.day)}"
        if column == 2:
            return row.body
        return super().spoken(row, column)

    def tip(self, row: Meeting, column: int) -> str:
        if column == 0:
            return f"{row.day:%A} {long_date(row.day)}"
        if column == 2:
            return row.body
        if column == 3 and row.minutes_approved_at:
            return f"Minutes approved at the meeting on {long_date(row.minutes_approved_at)}"
        return self.text(row, column)

    def sort_key(self, row: Meeting, column: int) -> Any:
        if column in (0, 1):
            return f"{row.day.isoformat()} {row.time}"
        return self.text(row, column)

    def extra(self, row: Meeting, column: int, role: int) -> Any:
        if row.status == "cancelled" and role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#666666")  # an extra cue only: the Status column says "Cancelled"
        return None


class MeetingsFilter(QSortFilterProxyModel):
    """The meetings of one body (or all), whose words contain the text typed."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._body_id: UUID | None = None
        self._words = ""
        self.setSortRole(SORT_ROLE)

    def set_body(self, body_id: UUID | None) -> None:
        self.beginFilterChange()
        self._body_id = body_id
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        meeting = model.index(source_row, 0, source_parent).data(ROW_ROLE)
        if meeting is None:
            return False
        if self._body_id is not None and meeting.body_id != self._body_id:
            return False
        if not self._words:
            return True
        seen = " ".join(
            [str(model.index(source_row, c, source_parent).data()) for c in range(model.columnCount())]
            + [meeting.body, meeting.day.isoformat(), long_date(meeting.day)]
        ).casefold()
        return all(word in seen for word in self._words.split())


# --- agenda ---


class AgendaModel(RowsModel[AgendaItem]):
    """The numbered items; dragging a row (or moveRows) asks the mover to put the item in its new place."""

    HEADERS = ("No.", "Title", "Type", "Presenter", "Report", "Papers")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        # Given an item and its new 0-based place, does the move through the domain; True if it was done.
        self.mover: Callable[[UUID, int], bool] | None = None

    def text(self, row: AgendaItem, column: int) -> str:
        papers = (
            "" if not row.paper_count else "1 paper" if row.paper_count == 1 else f"{row.paper_count} papers"
        )
        return (
            str(row.number),
            row.title,
            row.type_label,
            row.presenter,
            "Report" if row.has_report else "",
            papers,
        )[column]

    def spoken(self, row: AgendaItem, column: int) -> str:
        if column == 0:
            return f"Item {row.number}"
        if column == 4:
            return "Has an officer report" if row.has_report else "No officer report"
        return super().spoken(row, column)

    def tip(self, row: AgendaItem, column: int) -> str:
        if column == 1:
            lines = [row.title]
            if row.annual_report:
                lines.append(f"Annual report: {row.annual_report}")
            lines += [link.label for link in row.links]
            return "\n".join(lines)
        return self.text(row, column)

    def sort_key(self, row: AgendaItem, column: int) -> Any:
        return row.number if column == 0 else self.text(row, column)

    def extra(self, row: AgendaItem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # Drops land between rows: only the table itself accepts them, so a drop on an item means "above it".
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return super().flags(index) | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [AGENDA_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        ids = [str(self._rows[r].id) for r in rows if 0 <= r < len(self._rows)]
        mime = QMimeData()
        mime.setData(AGENDA_MIME, "\n".join(ids).encode("ascii"))
        return mime

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        if action != Qt.DropAction.MoveAction or not data.hasFormat(AGENDA_MIME):
            return False
        ids = bytes(data.data(AGENDA_MIME).data()).decode("ascii").split()
        if len(ids) != 1:
            return False  # one item at a time: the view selects one row
        source = self.row_of(UUID(ids[0]))
        if source < 0:
            return False
        before = row if row >= 0 else (parent.row() if parent.isValid() else len(self._rows))
        return self._move(source, before)

    def moveRows(
        self,
        source_parent: Index,
        source_row: int,
        count: int,
        destination_parent: Index,
        destination_child: int,
    ) -> bool:
        if source_parent.isValid() or destination_parent.isValid() or count != 1:
            return False
        return self._move(source_row, destination_child)

    def _move(self, source: int, before: int) -> bool:
        """Move the item at source to just before the item now at before (len for the end)."""
        if not 0 <= source < len(self._rows) or not 0 <= before <= len(self._rows):
            return False
        target = before - 1 if before > source else before
        if target == source or self.mover is None:
            return False
        return self.mover(self._rows[source].id, target)


class PapersModel(RowsModel[Paper]):
    HEADERS = ("Title", "Pages", "File")

    def text(self, row: Paper, column: int) -> str:
        return (row.title, row.pages_label, row.file_name)[column]

    def sort_key(self, row: Paper, column: int) -> Any:
        return row.page_count if column == 1 else self.text(row, column)


class LinkedDocumentsModel(RowsModel[LinkedDocument]):
    """The documents the committee system links to an item: cpdesk opens them at their web address."""

    HEADERS = ("Title", "Access", "Address")

    def text(self, row: LinkedDocument, column: int) -> str:
        return (row.title, "Restricted" if row.restricted else "Public", row.url)[column]

    def tip(self, row: LinkedDocument, column: int) -> str:
        return row.url


# --- attendance and declarations ---


class AttendanceModel(RowsModel[AttendanceEntry]):
    HEADERS = ("Name", "Who", "Attendance")

    def text(self, row: AttendanceEntry, column: int) -> str:
        return (row.name, row.description, row.status_label)[column]

    @staticmethod
    def id_of(row: AttendanceEntry) -> UUID:
        return row.person_id

    def row_of(self, row_id: UUID | None) -> int:
        return next((n for n, r in enumerate(self._rows) if r.person_id == row_id), -1)


class DeclarationsModel(RowsModel[Declaration]):
    HEADERS = ("Item", "Person", "Kind of interest", "Interest")

    def text(self, row: Declaration, column: int) -> str:
        return (str(row.item_number), row.person, row.kind_label, row.interest)[column]

    def spoken(self, row: Declaration, column: int) -> str:
        return f"Item {row.item_number}" if column == 0 else super().spoken(row, column)

    def sort_key(self, row: Declaration, column: int) -> Any:
        return row.item_number if column == 0 else self.text(row, column)


# --- minutes ---


class MinutesItemsModel(QAbstractListModel):
    """The agenda items to minute, each marked in words when it has words typed but not saved."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[ItemMinutes] = []
        self._unsaved: set[UUID] = set()

    def set_items(self, items: Sequence[ItemMinutes], unsaved: set[UUID]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._unsaved = set(unsaved)
        self.endResetModel()

    def set_unsaved(self, unsaved: set[UUID]) -> None:
        if unsaved != self._unsaved:
            self._unsaved = set(unsaved)
            if self._items:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, 0))

    def item(self, row: int) -> ItemMinutes | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, item_id: UUID | None) -> int:
        return next((n for n, i in enumerate(self._items) if i.agenda_item_id == item_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = f"{item.number}. {item.title}"
            if item.agenda_item_id in self._unsaved:
                text += " (not saved)"
            elif item.discussion or item.decisions:
                text += " (minuted)"
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.title
        if role == ROW_ROLE:
            return item
        return None


class DecisionsModel(RowsModel[Decision]):
    """An item's decisions, each with its vote and any correction recorded since approval beside it."""

    HEADERS = ("No.", "Decision", "Vote", "Correction")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._corrections: dict[int, Amendment] = {}

    def set_decisions(self, decisions: Sequence[Decision], amendments: Sequence[Amendment]) -> None:
        self._corrections = {}
        for a in amendments:  # oldest first, so the latest correction of a decision wins
            if a.field.startswith("decision ") and a.field.split()[1].isdigit():
                self._corrections[int(a.field.split()[1])] = a
        self.set_rows(decisions)

    def text(self, row: Decision, column: int) -> str:
        correction = self._corrections.get(row.number)
        return (
            str(row.number),
            row.text,
            row.vote,
            f"{correction.corrected} (corrected {long_date(correction.made_on)})" if correction else "",
        )[column]

    def spoken(self, row: Decision, column: int) -> str:
        if column == 2 and not row.vote:
            return "No vote"
        return super().spoken(row, column)

    def tip(self, row: Decision, column: int) -> str:
        correction = self._corrections.get(row.number)
        if column == 3 and correction:
            return f"Corrected on {long_date(correction.made_on)}: {correction.reason}"
        return self.text(row, column)


# --- action log ---

_RAG_SWATCHES = {word: QColor(colour) for word, colour in RAG_COLOURS.items()}
_STATUS_ORDER = {key: n for n, key in enumerate(STATUSES)}
_RAG_ORDER = {word: n for n, word in enumerate(RAGS)}
_ASKED_OF_ROWS = frozenset({_SPOKEN, _TIP, SORT_ROLE, ROW_ROLE})
# What each column sorts by: real values (dates as dates, status and RAG in their own order). None, a
# blank cell, sorts after the rest either way.
_LOG_SORT_KEYS: tuple[Callable[[ActionRow], Any], ...] = (
    lambda r: r.reference,
    lambda r: r.raised_on,
    lambda r: r.description.casefold() or None,
    lambda r: r.owner.casefold() or None,
    lambda r: r.due,
    lambda r: _STATUS_ORDER.get(r.status),
    lambda r: _RAG_ORDER.get(r.rag),
)


class ActionLogModel(RowsModel[ActionRow]):
    """Actions and questions with owner, due date, status and RAG, the RAG always in words.

    Built for a meeting's log of thousands: a row's texts are made the first time the view asks for
    one of them and kept (painting asks again and again), and sorting reorders the rows here, by real
    values, rather than through a proxy that would ask for every row's cell to compare.
    """

    HEADERS = ("Reference", "Raised", "Description", "Owner", "Due", "Status", "RAG")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._loaded: list[ActionRow] = []  # as the domain gave them
        self._cells: list[tuple[str, ...] | None] = []  # each shown row's texts, once asked for
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    def set_rows(self, rows: Sequence[ActionRow]) -> None:
        """Show these rows, in the order last sorted by (kept through reloads)."""
        self.beginResetModel()
        self._loaded = list(rows)
        self._rows = self._ordered()
        self._cells = [None] * len(self._rows)
        self.endResetModel()

    def texts(self, number: int) -> tuple[str, ...]:
        """The texts of the row shown at number, made once."""
        made = self._cells[number]
        if made is None:
            made = self._cells[number] = self._texts(self._rows[number])
        return made

    @staticmethod
    def _texts(row: ActionRow) -> tuple[str, ...]:
        return (
            row.reference,
            short_date(row.raised_on),
            row.description,
            row.owner,
            short_date(row.due) if row.due else "",
            row.status_label,
            row.rag,
        )

    def text(self, row: ActionRow, column: int) -> str:
        return self._texts(row)[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        number, column = index.row(), index.column()
        if not (0 <= number < len(self._rows) and 0 <= column < len(self.HEADERS)):
            return None
        if role == _DISPLAY:
            return self.texts(number)[column]
        if role == _DECORATION:
            return _RAG_SWATCHES.get(self._rows[number].rag) if column == 6 else None
        if role in _ASKED_OF_ROWS:  # now and then (a tip, a screen reader): worked out as asked
            return super().data(index, role)
        return None  # the many other roles a view asks of every cell it paints

    def spoken(self, row: ActionRow, column: int) -> str:
        if column == 0:
            return f"{KINDS[row.kind]} {row.reference}"
        if column == 1:
            return f"Raised {long_date(row.raised_on)}"
        if column == 4:
            return f"Due {long_date(row.due)}" if row.due else "No due date"
        if column == 6:
            return f"RAG {row.rag}"
        return super().spoken(row, column)

    def tip(self, row: ActionRow, column: int) -> str:
        if column == 2:
            return f"{KINDS[row.kind]}: {row.description}" + (f"\nAnswer: {row.answer}" if row.answer else "")
        return self.text(row, column)

    def sort_key(self, row: ActionRow, column: int) -> Any:
        if column == 1:
            return row.raised_on.isoformat()
        if column == 4:
            return row.due.isoformat() if row.due else "9999"
        return self.text(row, column)

    # --- sorting ---

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column's real values; the order holds through reloads."""
        self.layoutAboutToBeChanged.emit()
        held = [
            (index, self._rows[index.row()].id) for index in self.persistentIndexList() if index.isValid()
        ]
        self._sort_column = column if 0 <= column < len(_LOG_SORT_KEYS) else -1
        self._sort_order = order
        self._rows = self._ordered()
        self._cells = [None] * len(self._rows)
        if held:
            position = {r.id: n for n, r in enumerate(self._rows)}
            self.changePersistentIndexList(
                [index for index, _ in held],
                [self.index(position[aid], index.column()) for index, aid in held],
            )
        self.layoutChanged.emit()

    def _ordered(self) -> list[ActionRow]:
        loaded = self._loaded
        if self._sort_column < 0:
            return list(loaded)
        keys = list(map(_LOG_SORT_KEYS[self._sort_column], loaded))
        filled = [n for n, k in enumerate(keys) if k is not None]
        # Python's sort is stable both ways, so ties keep the domain's order (by date raised).
        filled.sort(key=keys.__getitem__, reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        return [loaded[n] for n in filled] + [loaded[n] for n, k in enumerate(keys) if k is None]
