"""The Work programme page: each annual report in a municipal year, when it is due, and where it stands."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cpdesk.domain.dates import MONTHS, long_date, municipal_year_label, municipal_year_start
from cpdesk.domain.desk import Desk
from cpdesk.domain.meetings import Meeting
from cpdesk.domain.workprogramme import Entry, YearRow
from cpdesk.views.common.changes import AGENDA, MEETINGS, MINUTES, STRATEGY, WORK_PROGRAMME, ChangeHub
from cpdesk.views.common.confirm import Confirmer
from cpdesk.views.common.forms import FormDialog, choice_box, select_value
from cpdesk.views.common.tasks import Runner

Index = QModelIndex | QPersistentModelIndex

COL_REPORT, COL_MONTH, COL_DUE, COL_STATE, COL_MEETING, COL_NOTES = range(6)
HEADERS = ("Annual report", "Due month", "Due by", "State", "Meeting", "Notes")
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
# A light tint with black text as well as the word, so the state reads in greyscale too.
STATE_TINTS = {
    "overdue": QColor("#f6c9c4"),
    "missing": QColor("#fde3a7"),
    "received": QColor("#cde8cd"),
}
_BLACK = QBrush(QColor("black"))


class WorkProgrammeModel(QAbstractTableModel):
    """One row per annual report in the chosen year, with the month it is due and its state in words."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[YearRow] = []
        self._entries: dict[str, Entry] = {}

    def set_year(self, rows: list[YearRow], entries: list[Entry]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._entries = {e.report_title: e for e in entries}
        self.endResetModel()

    def year_row(self, row: int) -> YearRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def entry(self, title: str) -> Entry | None:
        return self._entries.get(title)

    def row_of(self, title: str) -> int:
        return next((n for n, r in enumerate(self._rows) if r.report_title == title), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{HEADERS[column]}: {self._text(row, column) or 'none'}"
        if role == ROW_ROLE:
            return row
        if column == COL_STATE and row.state in STATE_TINTS:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(STATE_TINTS[row.state])
            if role == Qt.ItemDataRole.ForegroundRole:
                return _BLACK
        return None

    def _text(self, row: YearRow, column: int) -> str:
        if column == COL_REPORT:
            return row.report_title
        if column == COL_MONTH:
            return MONTHS[row.due.month - 1]
        if column == COL_DUE:
            return long_date(row.due)
        if column == COL_STATE:
            return row.state_label
        if column == COL_MEETING:
            return long_date(row.meeting_day) if row.meeting_day else ""
        entry = self._entries.get(row.report_title)
        return entry.notes if entry else ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            if role == Qt.ItemDataRole.DisplayRole:
                return HEADERS[section]
            if role == Qt.ItemDataRole.ToolTipRole and section == COL_MEETING:
                return "The meeting whose agenda takes the report"
        return None


class WorkProgrammePage(QWidget):
    """For the clerk: which annual reports are due this municipal year, and which meeting takes each."""

    def __init__(
        self, desk: Desk, hub: ChangeHub, runner: Runner, confirmer: Confirmer, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._hub = hub
        self._runner = runner
        self._confirmer = confirmer
        self.message: QMessageBox | None = None
        self.dialog: FormDialog | None = None

        self.year_box = choice_box("Municipal year")
        year_label = QLabel("Municipal &year:")
        year_label.setBuddy(self.year_box)
        self.summary = QLabel()
        self.summary.setAccessibleName("Summary of the year")
        self.summary.setWordWrap(True)

        self.model = WorkProgrammeModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("Annual reports")
        self.table.setAccessibleDescription("Each annual report, when it is due and where it stands")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NOTES, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        self.table.verticalHeader().setDefaultSectionSize(metrics.lineSpacing() + metrics.height() // 2)

        self.month_button = QPushButton("Set due &month…")
        self.month_button.setAccessibleName("Set the month the chosen report is due")
        self.schedule_button = QPushButton("&Schedule onto a meeting…")
        self.schedule_button.setAccessibleName("Put the chosen report on a meeting's agenda")
        self.note = QLabel()
        self.note.setAccessibleName("What was done last")
        self.note.setWordWrap(True)

        self.warnings = QListWidget()
        self.warnings.setAccessibleName("Warnings")
        self.warnings.setAccessibleDescription("Reports due this municipal year that are on no agenda")
        self.warnings.setWordWrap(True)
        self.warnings.setMaximumHeight(metrics.lineSpacing() * 8)
        warnings_label = QLabel("&Warnings:")
        warnings_label.setBuddy(self.warnings)

        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year_box)
        top.addWidget(self.summary, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.month_button)
        buttons.addWidget(self.schedule_button)
        buttons.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(warnings_label)
        layout.addWidget(self.warnings)
        for first, second in (
            (self.year_box, self.table),
            (self.table, self.month_button),
            (self.month_button, self.schedule_button),
            (self.schedule_button, self.warnings),
        ):
            self.setTabOrder(first, second)

        self.year_box.currentIndexChanged.connect(lambda _row: self.show_year())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.table.activated.connect(lambda _index: self.schedule())
        self.month_button.clicked.connect(self.set_due_month)
        self.schedule_button.clicked.connect(self.schedule)
        hub.changed.connect(self._on_changed)
        self.refresh()

    # --- what is shown ---

    @property
    def start_year(self) -> int:
        return int(self.year_box.currentData())

    def refresh(self) -> None:
        """The years with Sub-Committee meetings, and this year and the next; the year chosen stays."""
        this_year = municipal_year_start(self._desk.today())
        chosen = self.year_box.currentData() if self.year_box.count() else this_year
        years = {this_year - 1, this_year, this_year + 1}
        years |= {municipal_year_start(m.day) for m in self._committee_meetings()}
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for year in sorted(years):
            label = municipal_year_label(year) + (" (this year)" if year == this_year else "")
            self.year_box.addItem(label, year)
        select_value(self.year_box, chosen)
        self.year_box.blockSignals(False)
        self.show_year()

    def show_year(self) -> None:
        keep = self.selected()
        year = self.start_year
        rows = self._desk.work_programme.year(year)
        self.model.set_year(rows, self._desk.work_programme.entries())
        counts = {label: sum(r.state_label == label for r in rows) for label in ("Received", "Scheduled")}
        late = sum(r.state in ("overdue", "missing") for r in rows)
        self.summary.setText(
            f"{len(rows)} reports in {municipal_year_label(year)}: {counts['Received']} received, "
            f"{counts['Scheduled']} scheduled, {late} overdue or on no agenda."
        )
        self.warnings.clear()
        warnings = self._desk.work_programme.warnings(year)
        self.warnings.addItems(
            warnings or [f"None: every report due in {municipal_year_label(year)} is on an agenda."]
        )
        if keep is not None and (row := self.model.row_of(keep.report_title)) >= 0:
            self.table.selectRow(row)
        self._enable()

    def selected(self) -> YearRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.year_row(rows[0].row()) if rows else None

    def select_report(self, title: str) -> None:
        self.table.selectRow(self.model.row_of(title))

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.month_button.setEnabled(chosen)
        self.schedule_button.setEnabled(chosen)

    def _committee_meetings(self) -> list[Meeting]:
        body = self._desk.people.body("sub_committee")
        return [m for m in self._desk.meetings.meetings(body.id) if m.status != "cancelled"]

    def _on_changed(self, kinds: Any) -> None:
        if kinds & {WORK_PROGRAMME, MEETINGS, AGENDA, MINUTES, STRATEGY}:
            self.refresh()

    # --- changes ---

    def set_due_month(self) -> None:
        row = self.selected()
        if row is None:
            return
        desk = self._desk
        dialog = FormDialog(self, f"When is the {row.report_title} due?", "Set month", desk, self._runner)
        dialog.say(f"{row.report_title}: the month it is due each municipal year.")
        month = dialog.add_row(
            "&Month:", choice_box("Month", [(name, n) for n, name in enumerate(MONTHS, start=1)]), "Month"
        )
        select_value(month, row.due.month)
        entry = self.model.entry(row.report_title)
        notes = dialog.add_row("&Notes:", QLineEdit(), "Notes")
        notes.setPlaceholderText("For example: agreed with the service in March")
        if entry and not entry.notes.startswith("Month suggested"):
            notes.setText(entry.notes)
        title = row.report_title

        def work() -> Any:
            chosen, words = month.currentData(), notes.text()
            return lambda: desk.work_programme.set_due_month(title, chosen, words)

        def done(result: Entry) -> None:
            self._hub.announce(WORK_PROGRAMME)
            self.note.setText(f"{result.report_title} is now due in {result.month_name}.")

        dialog.read_fields, dialog.done_with = work, done
        self.dialog = dialog
        dialog.open()

    def schedule(self) -> None:
        row = self.selected()
        if row is None:
            return
        desk = self._desk
        year = self.start_year
        meetings = [m for m in self._committee_meetings() if municipal_year_start(m.day) == year]
        dialog = FormDialog(self, f"Schedule the {row.report_title}", "Schedule", desk, self._runner)
        days = {m.id: f"{m.day:%A} {long_date(m.day)}" for m in meetings}
        choices = [(f"{days[m.id]} ({m.status_label.lower()})", m.id) for m in meetings]
        box = dialog.add_row("&Meeting:", choice_box("Meeting", choices), "Meeting")
        if meetings:
            dialog.say(
                f"{row.report_title} is due by {long_date(row.due)}. Choose the Sub-Committee meeting "
                "whose agenda takes it."
            )
            today = desk.today()
            coming = [m for m in meetings if m.day >= today]
            suggested = [m for m in coming if m.day <= row.due][-1:] or coming[:1] or meetings[:1]
            select_value(box, suggested[0].id)
        else:
            dialog.say(
                f"There are no Sub-Committee meetings in {municipal_year_label(year)} yet. "
                "Add them on the Meetings page first."
            )
            dialog.ok_button.setEnabled(False)
        title = row.report_title

        def work() -> Any:
            meeting_id = box.currentData()
            return lambda: desk.work_programme.schedule(title, meeting_id)

        def done(_item: Any) -> None:
            self._hub.announce(WORK_PROGRAMME, AGENDA)
            self.note.setText(f"{title} is on the agenda of the meeting on {days[box.currentData()]}.")

        dialog.read_fields, dialog.done_with = work, done
        self.dialog = dialog
        dialog.open()
