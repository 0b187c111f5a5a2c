"""The Strategy page's Coverage tab: each part of the strategy against the work that reached it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cpdesk.domain.coverage import COLUMN_TITLES, COLUMNS, GAP_WORDS, CoverageRecord, CoverageRow, Period
from cpdesk.domain.dates import long_date
from cpdesk.domain.desk import Desk
from cpdesk.views.common.changes import (
    ACTIONS,
    AGENDA,
    CHALLENGES,
    INDICATORS,
    MEETINGS,
    STRATEGY,
    ChangeHub,
)
from cpdesk.views.common.desk_work import BusyNote, Loader
from cpdesk.views.common.forms import Messages
from cpdesk.views.common.tasks import Runner

WATCHED = frozenset({ACTIONS, AGENDA, INDICATORS, MEETINGS, STRATEGY, CHALLENGES})

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex

COL_PART, COL_ACTIONS, COL_CHALLENGES, COL_INDICATORS, COL_REPORTS, COL_COVERAGE, COL_TEXT = range(7)
COUNT_COLUMNS = {COL_ACTIONS: "actions", COL_CHALLENGES: "challenges", COL_INDICATORS: "indicators"}
COUNT_COLUMNS[COL_REPORTS] = "annual_reports"
HEADERS = (
    "Part of the strategy",
    *(COLUMN_TITLES[c] for c in COLUMNS),
    "Coverage",
    "What the strategy says",
)
GAP_TINT = QColor("#fdf0d0")  # a pale amber behind the words, never in place of them
NOT_APPLICABLE = "n/a"
RECORD_KINDS = {
    "action": "Action",
    "challenge": "Challenge",
    "indicator": "Indicator",
    "annual_report": "Annual report",
}


def reached_words(row: CoverageRow) -> str:
    return GAP_WORDS if row.is_gap else "Reached"


class CoverageModel(QAbstractTableModel):
    """One row per priority, commitment, Promise and Pledge area; the four columns as counts."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CoverageRow] = []

    def set_rows(self, rows: list[CoverageRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def coverage_row(self, row: int) -> CoverageRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            if role == Qt.ItemDataRole.DisplayRole:
                return HEADERS[section]
            if role == Qt.ItemDataRole.ToolTipRole and section in COUNT_COLUMNS:
                return f"{HEADERS[section]} linked to it in the period; Enter or double-click lists them"
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self.hasIndex(index.row(), index.column(), index.parent()):
            return None
        row, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column, accessible=role == Qt.ItemDataRole.AccessibleTextRole)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (COL_PART, COL_TEXT):
                return f"{row.label}\n{row.text}"
            if column == COL_INDICATORS and not row.indicators_apply:
                return "Indicators evidence priorities (through their success measures); not this"
            if column == COL_COVERAGE and row.kind == "priority":
                return "A priority counts its own links and its commitments'"
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in COUNT_COLUMNS:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and row.is_gap:
            return QBrush(GAP_TINT)
        if role == Qt.ItemDataRole.FontRole and (
            row.kind == "priority" or (column == COL_COVERAGE and row.is_gap)
        ):
            font = QFont()
            font.setBold(True)
            return font
        if role == ROW_ROLE:
            return row
        return None

    def _text(self, row: CoverageRow, column: int, *, accessible: bool) -> str:
        if column == COL_PART:
            return ("    " if row.depth else "") + row.label if not accessible else row.label
        if column == COL_TEXT:
            return row.text
        if column == COL_COVERAGE:
            return reached_words(row)
        name = COUNT_COLUMNS[column]
        if name == "indicators" and not row.indicators_apply:
            return "not applicable" if accessible else NOT_APPLICABLE
        count = row.count(name)
        return f"{count} {COLUMN_TITLES[name].lower()}" if accessible else str(count)


class UnlinkedModel(QAbstractTableModel):
    """Actions and challenges raised in the period that concern no part of the strategy."""

    HEADERS = ("Kind", "Reference", "Raised", "What it says")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._records: list[CoverageRecord] = []

    def set_records(self, records: list[CoverageRecord]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section] if 0 <= section < len(self.HEADERS) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self.hasIndex(index.row(), index.column(), index.parent()):
            return None
        record = self._records[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (
                RECORD_KINDS[record.kind],
                record.reference,
                record.on.isoformat() if record.on else "",
                record.words,
            )[index.column()]
        if role == ROW_ROLE:
            return record
        return None


class RecordsDialog(QDialog):
    """The records behind one cell (or a whole row), listed by reference and words; it blocks nothing."""

    def __init__(self, parent: QWidget, title: str, heading: str, records: list[CoverageRecord]) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.heading = QLabel(heading)
        self.heading.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName("Records")
        self.list.setWordWrap(True)
        for record in records:
            when = f" ({long_date(record.on)})" if record.on else ""
            self.list.addItem(f"{RECORD_KINDS[record.kind]} {record.reference}{when}: {record.words}")
        if not records:
            self.list.addItem("Nothing is linked to it in this period.")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def lines(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]


@dataclass(frozen=True)
class _Loaded:
    rows: list[CoverageRow]
    unlinked: list[CoverageRecord]


SINCE_A_DATE = "Since a date…"


class CoverageTab(QWidget):
    """What the strategy has not reached: choose a period; open a cell to see the records behind it."""

    def __init__(self, desk: Desk, hub: ChangeHub, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.messages = Messages(self)
        self.busy = BusyNote()
        self.loader = Loader(self, desk, runner, self.messages.error, self.busy)
        self._stale = True
        self._periods: list[Period] = []
        self.dialog: RecordsDialog | None = None  # the last one opened, for tests

        self.period_box = QComboBox()
        self.period_box.setAccessibleName("Period")
        period_label = QLabel("&Period:")
        period_label.setBuddy(self.period_box)
        self.since_edit = QDateEdit()
        self.since_edit.setAccessibleName("Since date")
        self.since_edit.setDisplayFormat("yyyy-MM-dd")
        self.since_edit.setCalendarPopup(True)
        self.since_edit.setDate(QDate(desk.today().year, 1, 1))
        self.since_edit.setEnabled(False)
        self.summary = QLabel()
        self.summary.setAccessibleName("Coverage summary")
        self.summary.setWordWrap(True)

        self.model = CoverageModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("Coverage of the strategy")
        self.table.setAccessibleDescription(
            "Each priority, commitment, Promise and Pledge area against the actions, challenges, indicators "
            "and annual reports linked to it. Press Enter on a cell to list the records behind it."
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        # A priority's title is long: its column is as wide as it needs up to a third of the table (the
        # whole label is in the tooltip and in a cell's window), so the strategy's words keep some room.
        header.setSectionResizeMode(COL_PART, QHeaderView.ResizeMode.Interactive)

        self.unlinked_model = UnlinkedModel(self)
        self.unlinked_table = QTableView()
        self.unlinked_table.setModel(self.unlinked_model)
        self.unlinked_table.setAccessibleName("Actions and challenges linked to no part of the strategy")
        self.unlinked_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.unlinked_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unlinked_table.verticalHeader().setVisible(False)
        self.unlinked_table.setWordWrap(False)
        unlinked_header = self.unlinked_table.horizontalHeader()
        unlinked_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        unlinked_header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.unlinked_label = QLabel("Linked to no part of the strategy:")
        self.unlinked_label.setBuddy(self.unlinked_table)
        self.unlinked_label.setWordWrap(True)

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.unlinked_label)
        lower_layout.addWidget(self.unlinked_table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        top = QHBoxLayout()
        top.addWidget(period_label)
        top.addWidget(self.period_box)
        top.addWidget(self.since_edit)
        top.addWidget(self.busy)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.splitter, 1)
        self.setTabOrder(self.period_box, self.since_edit)
        self.setTabOrder(self.since_edit, self.table)
        self.setTabOrder(self.table, self.unlinked_table)

        self._fill_periods()
        self.period_box.currentIndexChanged.connect(self._period_chosen)
        self.since_edit.dateChanged.connect(lambda _d: self.reload())
        self.table.activated.connect(self.open_cell)
        hub.changed.connect(self._on_changed)

    # --- the period ---

    def _fill_periods(self) -> None:
        self._periods = self._desk.coverage.periods()
        self.period_box.clear()
        for period in self._periods:
            self.period_box.addItem(period.label)
        self.period_box.addItem(SINCE_A_DATE)

    def period(self) -> Period:
        """The period chosen: one of the domain's, or from the date in the box to today."""
        row = self.period_box.currentIndex()
        if 0 <= row < len(self._periods):
            return self._periods[row]
        since = self.since_edit.date()
        return Period(date(since.year(), since.month(), since.day()), None, "Since a date")

    def choose_since(self, day: date) -> None:
        """Look from a given date (what choosing "Since a date…" and typing it does)."""
        self.since_edit.setDate(QDate(day.year, day.month, day.day))
        self.period_box.setCurrentIndex(self.period_box.count() - 1)

    def _period_chosen(self, row: int) -> None:
        self.since_edit.setEnabled(row == len(self._periods))
        self.reload()

    # --- loading ---

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _on_changed(self, kinds: Any) -> None:
        if WATCHED & set(kinds):
            if self.isVisible():
                self.reload()
            else:
                self._stale = True

    def reload(self) -> None:
        """Read the rows for the period off the GUI thread, and show them when they come."""
        self._stale = False
        period = self.period()
        coverage = self._desk.coverage

        def work() -> _Loaded:
            return _Loaded(
                coverage.rows(period.since, period.until), coverage.unlinked(period.since, period.until)
            )

        self.loader.load(work, lambda loaded: self._show(period, loaded), "The coverage could not be read")

    def _show(self, period: Period, loaded: _Loaded) -> None:
        self.model.set_rows(loaded.rows)
        widest = self.table.sizeHintForColumn(COL_PART)
        self.table.horizontalHeader().resizeSection(COL_PART, min(widest, max(240, self.table.width() // 3)))
        self.unlinked_model.set_records(loaded.unlinked)
        gaps = sum(row.is_gap for row in loaded.rows)
        since = long_date(period.since) if period.since else "the beginning"
        self.summary.setText(
            f"{period.label}, {since} to today: {len(loaded.rows) - gaps} of {len(loaded.rows)} parts of the "
            f"strategy reached, {gaps} with nothing linked (marked \u201c{GAP_WORDS}\u201d). "
            "A priority counts its own links and its commitments'. "
            "Press Enter or double-click a cell to see the records."
        )
        actions = sum(r.kind == "action" for r in loaded.unlinked)
        challenges = len(loaded.unlinked) - actions
        self.unlinked_label.setText(
            f"Linked to no part of the strategy in this period: {actions} "
            f"{'action' if actions == 1 else 'actions'} and {challenges} "
            f"{'challenge' if challenges == 1 else 'challenges'}"
            + ("." if loaded.unlinked else " \u2014 everything raised is linked.")
        )

    # --- a cell's records ---

    def open_cell(self, index: QModelIndex) -> None:
        """List the records behind a count (from the other columns, all of the row's) in a small window."""
        row = self.model.coverage_row(index.row())
        if row is None:
            return
        column = COUNT_COLUMNS.get(index.column())
        period = self.period()
        if column is not None:
            records = list(row.records(column))
            what = COLUMN_TITLES[column]
        else:
            records = [r for name in COLUMNS for r in row.records(name)]
            what = "Everything"
        title = f"{what} linked to {row.label}"
        heading = f"{row.label}: {row.text}\n\n{what} linked to it, {period.label.lower()}"
        if row.kind == "priority":
            heading += " (its own links and its commitments')"
        heading += f": {len(records)}."
        self.dialog = RecordsDialog(self, title, heading, records)
        self.dialog.show()
