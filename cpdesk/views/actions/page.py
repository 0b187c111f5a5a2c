"""The Actions page: the chair's view of the action log, filtered and sorted, with one action's history."""

from __future__ import annotations

import itertools
from html import escape
from pathlib import Path
from typing import Any
from uuid import UUID

from PySide6.QtCore import QEvent, QItemSelection, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cpdesk.domain.actions import DONE, KINDS, RAGS, STATUSES, ActionDetail, ActionRow
from cpdesk.domain.dates import long_date
from cpdesk.domain.desk import Desk
from cpdesk.errors import CpdeskError
from cpdesk.views.actions.dialog import ActionDialog
from cpdesk.views.actions.model import (
    COL_BODY,
    COL_DESCRIPTION,
    COL_DUE,
    COL_ITEM,
    COL_LAST_UPDATE,
    COL_OWNER,
    COL_PRIORITIES,
    COL_RAG,
    COL_RAISED,
    COL_REFERENCE,
    COL_STATUS,
    HEADERS,
    NO_OWNER,
    ActionFilter,
    ActionFilterProxy,
    ActionLogModel,
)
from cpdesk.views.common.changes import ACTIONS, MEETINGS, PEOPLE, STRATEGY, ChangeHub
from cpdesk.views.common.confirm import Confirmer
from cpdesk.views.common.desk_work import BusyNote, Loader
from cpdesk.views.common.forms import FormDialog, choice_box, date_edit, day_of, message_box, select_value
from cpdesk.views.common.history import HistoryPanel
from cpdesk.views.common.tasks import Runner
from cpdesk.views.common.widgets import fit_rows
from cpdesk.views.notes.panel import NotesPanel

# Typical widest text of each column, so widths follow the user's font without measuring 10,000 rows.
_SAMPLE_TEXT = (
    "A25-0000",
    "30 Sep 2025",
    "Corporate Parenting Sub-",
    "Corporate Parenting Annual",
    "",
    "Service manager, Leaving Care",
    "1, 2, 3",
    "30 Sep 2025",
    "Closed, no further action",
    "Completed",
    "30 Sep 2025",
)


VISUAL_ORDER = (
    COL_REFERENCE,
    COL_DESCRIPTION,
    COL_OWNER,
    COL_DUE,
    COL_RAG,
    COL_STATUS,
    COL_RAISED,
    COL_PRIORITIES,
    COL_LAST_UPDATE,
    COL_ITEM,
    COL_BODY,
)


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def _plain_text(name: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * 5)
    return edit


class ActionsPage(QWidget):
    """Every action and question, by meeting raised, owner, priority, status and RAG."""

    def __init__(
        self, desk: Desk, hub: ChangeHub, runner: Runner, confirmer: Confirmer, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._hub = hub
        self._runner = runner
        self._confirmer = confirmer
        self.message: QMessageBox | None = None  # the last message shown, for tests to read
        self.dialog: FormDialog | None = None  # the form open now (or last), for tests to drive
        self.file_dialog: QFileDialog | None = None
        self.raise_dialog: ActionDialog | None = None
        self._shown: ActionDetail | None = None
        self._quiet = False
        self.loading = BusyNote("Reading the action log…")
        self._loader = Loader(self, desk, runner, self.show_error, self.loading)
        self._just_raised: UUID | None = None

        self.model = ActionLogModel(self)
        self.proxy = ActionFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self._build_filters()
        self._build_table()
        self._build_detail()
        self.notes_panel = NotesPanel(desk, hub, runner, confirmer, title="My notes on this action")
        self.history_panel = HistoryPanel(desk, hub, runner, title="Who changed this action")
        self._lay_out()

        hub.changed.connect(self._on_changed)
        self._load_priorities()
        self.refresh()  # sorted as it loads: the sort was chosen on the empty table
        self._sorted_by_header(COL_RAISED, Qt.SortOrder.AscendingOrder)

    # --- building ---

    def _build_filters(self) -> None:
        self.meeting_box = choice_box("Meeting raised at")
        self.owner_box = choice_box("Owner")
        self.priority_box = choice_box("Priority")
        self.status_box = choice_box(
            "Status", [("Any status", None), *((label, key) for key, label in STATUSES.items())]
        )
        self.rag_box = choice_box("RAG", [("Any RAG", None), *((word, word) for word in RAGS)])
        self.search_edit = QLineEdit()
        self.search_edit.setAccessibleName("Search the actions")
        self.search_edit.setPlaceholderText("Reference, words, owner…")
        self.search_edit.setClearButtonEnabled(True)
        self.open_only_box = QCheckBox("&Open only")
        self.open_only_box.setAccessibleName("Open only")
        self.open_only_box.setToolTip("Leave out actions that are completed, closed or superseded")
        self.open_only_box.setChecked(True)
        self.reset_button = QPushButton("Reset filt&ers")
        self.reset_button.setAccessibleName("Reset filters")
        self.reset_button.setToolTip("Show every open action again")
        self.sort_box = choice_box("Sort by", [(HEADERS[column], column) for column in VISUAL_ORDER])
        self.descending_box = QCheckBox("&Descending")
        self.descending_box.setAccessibleName("Sort descending")
        self.descending_box.setToolTip("Latest, last or Z first")

        for box in (self.meeting_box, self.owner_box, self.priority_box, self.status_box, self.rag_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(6)  # narrow windows and large text: the list shows all of each
            box.currentIndexChanged.connect(self._filter_chosen)
        self.status_box.currentIndexChanged.connect(self._done_chosen)
        self.rag_box.currentIndexChanged.connect(self._done_chosen)
        self.search_edit.textChanged.connect(self._filter_chosen)
        self.open_only_box.toggled.connect(self._open_only_toggled)
        self.reset_button.clicked.connect(self.reset_filters)
        self.sort_box.currentIndexChanged.connect(self._sort_chosen)
        self.descending_box.toggled.connect(self._sort_chosen)

    def _build_table(self) -> None:
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName("Action log")
        self.table.setAccessibleDescription("Choose an action to see its details and history below")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move within it
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSortIndicator(COL_RAISED, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionsMovable(True)
        # What the chair scans for first (what, who, when, where it stands) comes first on screen.
        for visual, column in enumerate(VISUAL_ORDER):
            header.moveSection(header.visualIndex(column), visual)
        self.fit_columns()
        self.table.viewport().installEventFilter(self)  # a wider or narrower table: the description follows
        self.table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sorted_by_header)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _index: self.add_update())

    def fit_columns(self) -> None:
        """Columns as wide as the font needs; long owners cut short (whole in the tip)."""
        metrics = self.table.fontMetrics()
        pad = metrics.averageCharWidth() * 3
        for column, sample in enumerate(_SAMPLE_TEXT):
            wide = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(HEADERS[column]) + pad)
            self.table.setColumnWidth(column, wide + pad)
        self.table.setColumnWidth(COL_OWNER, metrics.averageCharWidth() * 18)
        fit_rows(self.table)
        self.fit_description()

    def fit_description(self) -> None:
        """The description takes the room the table has left, so the columns up to RAG stay in view."""
        header = self.table.horizontalHeader()
        last = header.visualIndex(COL_RAG)
        taken = sum(
            header.sectionSize(column)
            for column in range(header.count())
            if column != COL_DESCRIPTION
            and header.visualIndex(column) <= last
            and not header.isSectionHidden(column)
        )
        char = self.table.fontMetrics().averageCharWidth()
        room = self.table.viewport().width() - taken
        self.table.setColumnWidth(COL_DESCRIPTION, max(char * 16, min(room, char * 60)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_description()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the text size changed: widths follow it
            self.fit_columns()

    def _build_detail(self) -> None:
        self.count_label = QLabel()
        self.count_label.setAccessibleName("How many actions are shown")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setAccessibleName("What was done last")
        self.export_button = QPushButton("E&xport CSV…")
        self.export_button.setAccessibleName("Export the actions shown as CSV")
        self.export_button.setToolTip("Write the actions shown, in this order, to a CSV file")
        self.export_button.clicked.connect(self.choose_export_path)

        self.update_button = QPushButton("Add &update…")
        self.update_button.setAccessibleName("Add an update to the chosen action")
        self.update_button.clicked.connect(self.add_update)
        self.answer_button = QPushButton("&Answer question…")
        self.answer_button.setAccessibleName("Record the answer to the chosen question")
        self.answer_button.clicked.connect(self.answer_question)
        self.reassign_button = QPushButton("Reassi&gn…")
        self.reassign_button.setAccessibleName("Change the owner or due date of the chosen action")
        self.reassign_button.clicked.connect(self.reassign)
        self.raise_button = QPushButton("New act&ion…")
        self.raise_button.setAccessibleName("Raise a new action at a meeting")
        self.raise_button.clicked.connect(lambda: self.raise_new("action"))
        self.question_button = QPushButton("New &question…")
        self.question_button.setAccessibleName("Record a member's question raised at a meeting")
        self.question_button.clicked.connect(lambda: self.raise_new("question"))

        self.detail = QTextBrowser()
        self.detail.setAccessibleName("Action details")
        self.history = QTextBrowser()
        self.history.setAccessibleName("History of the action")
        for browser in (self.detail, self.history):
            browser.setOpenLinks(False)
            browser.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextBrowserInteraction
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )

    def _lay_out(self) -> None:
        filters = QGridLayout()
        row1 = (
            ("&Meeting raised:", self.meeting_box),
            ("O&wner:", self.owner_box),
            ("&Priority:", self.priority_box),
        )
        row2 = (("&Status:", self.status_box), ("&RAG:", self.rag_box), ("Sear&ch:", self.search_edit))
        for row, pairs in enumerate((row1, row2)):
            for n, (text, field) in enumerate(pairs):
                filters.addWidget(_label(text, field), row, 2 * n, Qt.AlignmentFlag.AlignRight)
                filters.addWidget(field, row, 2 * n + 1)
                filters.setColumnStretch(2 * n + 1, 1)
        filters.addWidget(self.open_only_box, 0, 6)
        filters.addWidget(self.reset_button, 1, 6)

        counting = QHBoxLayout()
        counting.addWidget(self.count_label)
        counting.addWidget(self.loading)
        counting.addStretch(1)
        counting.addWidget(_label("Sor&t by:", self.sort_box))
        counting.addWidget(self.sort_box)
        counting.addWidget(self.descending_box)
        counting.addWidget(self.export_button)

        buttons = QHBoxLayout()
        for button in (self.update_button, self.answer_button, self.reassign_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.raise_button)
        buttons.addWidget(self.question_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(buttons)
        self.detail_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.detail_splitter.addWidget(self.detail)
        self.detail_splitter.addWidget(self.history)
        self.detail_splitter.setChildrenCollapsible(False)
        lower_layout.addWidget(self.detail_splitter, 1)
        lower_layout.addWidget(self.notes_panel)
        lower_layout.addWidget(self.history_panel)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(counting)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.note)

        order = (
            self.meeting_box,
            self.owner_box,
            self.priority_box,
            self.open_only_box,
            self.status_box,
            self.rag_box,
            self.search_edit,
            self.reset_button,
            self.sort_box,
            self.descending_box,
            self.export_button,
            self.table,
            self.update_button,
            self.answer_button,
            self.reassign_button,
            self.raise_button,
            self.question_button,
            self.detail,
            self.history,
            self.notes_panel.toggle,
            self.history_panel.toggle,
        )
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)

    # --- loading ---

    def refresh(self) -> None:
        """Reload the log with one domain call, off the GUI thread; the latest reload wins."""
        self._loader.load(self._desk.actions.log, self.show_rows, "The action log could not be read")

    def show_rows(self, rows: list[ActionRow]) -> None:
        """Show a fresh log, keeping the filters, the sort and the chosen action (or the one just raised)."""
        raised, self._just_raised = self._just_raised, None
        keep = raised or self.selected_id()
        self._quiet = True  # one look-up of the chosen action's history at the end, not one per step
        self.model.set_rows(rows)
        self._fill_choices(rows)
        self._filter_chosen()
        if keep is not None and not self.select_action(keep) and raised is not None:
            self.reset_filters()  # what was just raised is hidden by the filters: show it
            self.select_action(keep)
        self._quiet = False
        self._show_selected()

    def _load_priorities(self) -> None:
        """The current strategy's priorities, read when the page opens and when the strategy changes."""
        priorities = self._desk.strategy.content().priorities
        self._refill(
            self.priority_box,
            [("Any priority", None), *((f"{p.number}. {p.title}", p.number) for p in priorities)],
        )

    def _fill_choices(self, rows: list[ActionRow]) -> None:
        meetings: dict[UUID, str] = {}
        for r in sorted(rows, key=lambda r: r.raised_on, reverse=True):
            meetings.setdefault(r.meeting_id, f"{long_date(r.raised_on)}, {r.body}")
        self._refill(self.meeting_box, [("Any meeting", None), *((t, i) for i, t in meetings.items())])

        owner_ids = {r.owner_id for r in rows if r.owner_id}
        team_ids = {r.team_id for r in rows if r.team_id}
        people = [p for p in self._desk.people.people(include_binned=True) if p.id in owner_ids]
        teams = [t for t in self._desk.people.teams() if t.id in team_ids]
        owners: list[tuple[str, Any]] = [("Anyone", None)]
        owners += sorted(((p.name, p.id) for p in people), key=lambda pair: pair[0].casefold())
        owners += [(f"{t.name} (team)", t.id) for t in teams]
        if any(r.owner_id is None and r.team_id is None for r in rows):
            owners.append(("No owner", NO_OWNER))
        self._refill(self.owner_box, owners)

    @staticmethod
    def _refill(box: QComboBox, choices: list[tuple[str, Any]]) -> None:
        chosen = box.currentData()
        box.blockSignals(True)
        box.clear()
        for text, value in choices:
            box.addItem(text, value)
            box.setItemData(box.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        if not select_value(box, chosen):
            box.setCurrentIndex(0)
        box.blockSignals(False)

    def _on_changed(self, kinds: Any) -> None:
        if STRATEGY in kinds:
            self._load_priorities()
            self._filter_chosen()
        if kinds & {ACTIONS, MEETINGS, PEOPLE}:
            self.refresh()

    # --- filtering and sorting ---

    def current_filter(self) -> ActionFilter:
        return ActionFilter(
            meeting_id=self.meeting_box.currentData(),
            owner_id=self.owner_box.currentData(),
            priority=self.priority_box.currentData(),
            status=self.status_box.currentData(),
            rag=self.rag_box.currentData(),
            text=self.search_edit.text(),
            open_only=self.open_only_box.isChecked(),
        )

    def _filter_chosen(self) -> None:
        wanted = self.current_filter()
        if wanted != self.proxy.filter:
            self.proxy.set_filter(wanted)
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(f"{shown:,} {'action' if shown == 1 else 'actions'} shown of {total:,}")
        if self._shown is not None and self.selected_id() != self._shown.row.id:
            self._show_selected()  # the chosen action was filtered out

    def _done_chosen(self) -> None:
        """Asking for done ones (Completed, Closed...) means "Open only" no longer applies."""
        status, word = self.status_box.currentData(), self.rag_box.currentData()
        if (status in DONE or word in ("Completed", "Closed")) and self.open_only_box.isChecked():
            self.open_only_box.setChecked(False)

    def _open_only_toggled(self, on: bool) -> None:
        if on:
            for box, done in ((self.status_box, DONE), (self.rag_box, {"Completed", "Closed"})):
                if box.currentData() in done:
                    box.blockSignals(True)
                    box.setCurrentIndex(0)
                    box.blockSignals(False)
        self._filter_chosen()

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def reset_filters(self) -> None:
        for box in (self.meeting_box, self.owner_box, self.priority_box, self.status_box, self.rag_box):
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.open_only_box.blockSignals(True)
        self.open_only_box.setChecked(True)
        self.open_only_box.blockSignals(False)
        self._filter_chosen()

    def _sort_chosen(self) -> None:
        order = (
            Qt.SortOrder.DescendingOrder if self.descending_box.isChecked() else Qt.SortOrder.AscendingOrder
        )
        self.table.sortByColumn(self.sort_box.currentData(), order)

    def _sorted_by_header(self, column: int, order: Qt.SortOrder) -> None:
        for control, set_value in (
            (self.sort_box, lambda: select_value(self.sort_box, column)),
            (
                self.descending_box,
                lambda: self.descending_box.setChecked(order == Qt.SortOrder.DescendingOrder),
            ),
        ):
            control.blockSignals(True)
            set_value()
            control.blockSignals(False)
        self._scroll_to_selected()

    # --- the chosen action ---

    def selected_row(self) -> ActionRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.row(rows[0].row()) if rows else None

    def selected_id(self) -> UUID | None:
        row = self.selected_row()
        return row.id if row else None

    def select_action(self, action_id: UUID) -> bool:
        row = self.proxy.proxy_row_of(action_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self._scroll_to_selected()
        return True

    def show_action(self, action_id: UUID) -> None:
        """Choose an action (from a search), clearing the filters that hide it; once the log is read."""
        if self._loader.loading:
            self._just_raised = action_id  # chosen, through the filters, when the log comes back
            return
        if not self.select_action(action_id):
            self.reset_filters()
            if not self.select_action(action_id):
                self.open_only_box.setChecked(False)  # a closed one
                self.select_action(action_id)
        self.table.setFocus()

    def _scroll_to_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.table.scrollTo(rows[0])

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if not self._quiet:
            self._show_selected()

    def _show_selected(self) -> None:
        row = self.selected_row()
        try:
            self._shown = self._desk.actions.detail(row.id) if row else None
        except CpdeskError:  # binned or gone since the list was read; the next refresh drops it
            self._shown, row = None, None
        shown = self._shown
        self.notes_panel.show_record("action" if shown else None, shown.row.id if shown else None)
        self.history_panel.show_record("action" if shown else None, shown.row.id if shown else None)
        self.update_button.setEnabled(row is not None)
        self.reassign_button.setEnabled(row is not None and row.is_open)
        self.answer_button.setEnabled(row is not None and row.kind == "question" and row.is_open)
        if self._shown is None:
            self.detail.setHtml("<p>Choose an action in the list to see its details and history.</p>")
            self.history.clear()
            self.detail.setAccessibleDescription("No action chosen")
            self.history.setAccessibleDescription("No action chosen")
            return
        self.detail.setHtml(detail_html(self._shown))
        self.history.setHtml(history_html(self._shown))
        what = f"{KINDS[self._shown.row.kind]} {self._shown.row.reference}"
        self.detail.setAccessibleDescription(what)
        self.history.setAccessibleDescription(f"History of {what}")

    # --- changing an action ---

    def _open(self, dialog: FormDialog, done: str) -> None:
        def finished(result: ActionRow) -> None:
            self._hub.announce(ACTIONS)
            self.note.setText(f"{done} {result.reference}: now {result.status_label}, RAG {result.rag}.")

        dialog.done_with = finished
        self.dialog = dialog
        dialog.open()

    def add_update(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        desk = self._desk
        dialog = FormDialog(self, f"Add an update to {row.reference}", "Add update", desk, self._runner)
        dialog.say(f"{KINDS[row.kind]} {row.reference}: {row.description}")
        text = dialog.add_row("&What has happened:", _plain_text("Update"), "Update")
        status = dialog.add_row(
            "New &status:", choice_box("New status", [(label, key) for key, label in STATUSES.items()])
        )
        select_value(status, row.status)
        on_date = dialog.add_row(
            "&Date:", date_edit("Date of the update", desk.today()), "Date of the update"
        )
        author = dialog.add_row("&By:", QLineEdit(), "Who gives the update")

        def work() -> Any:
            words, new = text.toPlainText(), status.currentData()
            day, by = day_of(on_date), author.text()
            return lambda: desk.actions.add_update(row.id, words, status=new, on_date=day, author=by)

        dialog.read_fields = work
        self._open(dialog, "Updated")

    def answer_question(self) -> None:
        row = self.selected_row()
        if row is None or row.kind != "question":
            return
        desk = self._desk
        dialog = FormDialog(self, f"Answer question {row.reference}", "Record answer", desk, self._runner)
        dialog.say(f"Question {row.reference}: {row.description}")
        text = dialog.add_row("The &answer:", _plain_text("Answer"), "Answer")
        on_date = dialog.add_row("&Date:", date_edit("Date answered", desk.today()), "Date answered")
        author = dialog.add_row("Answered &by:", QLineEdit(), "Who answered")

        def work() -> Any:
            words, day, by = text.toPlainText(), day_of(on_date), author.text()
            return lambda: desk.actions.answer(row.id, words, on_date=day, author=by)

        dialog.read_fields = work
        self._open(dialog, "Answered")

    def reassign(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        desk = self._desk
        dialog = FormDialog(self, f"Reassign {row.reference}", "Reassign", desk, self._runner)
        dialog.say(f"{KINDS[row.kind]} {row.reference}: {row.description}")
        officers = [(p.label, p.id) for p in desk.people.people("officer")]
        owner = dialog.add_row("&Officer:", choice_box("Officer", [("No one named", None), *officers]))
        select_value(owner, row.owner_id)
        teams = [(t.name, t.id) for t in desk.people.teams()]
        team = dialog.add_row("&Team:", choice_box("Team", [("No team", None), *teams]))
        select_value(team, row.team_id)
        due = dialog.add_row("&Due by:", date_edit("Due date", row.due or desk.today()), "Due date")
        no_due = QCheckBox("&No due date")
        no_due.setAccessibleName("No due date")
        no_due.setChecked(row.due is None)
        due.setEnabled(row.due is not None)
        no_due.toggled.connect(lambda on: due.setEnabled(not on))
        dialog.form.addRow("", no_due)
        dialog.fields["No due date"] = no_due
        author = dialog.add_row("Changed &by:", QLineEdit(), "Who made the change (kept in its history)")

        def work() -> Any:
            who, which, by = owner.currentData(), team.currentData(), author.text()
            when = None if no_due.isChecked() else day_of(due)
            return lambda: desk.actions.reassign(row.id, owner_id=who, team_id=which, due=when, author=by)

        dialog.read_fields = work
        self._open(dialog, "Reassigned")

    def raise_new(self, kind: str) -> None:
        """Raise an action or question at a meeting: the meeting chosen in the filter, or one chosen now."""
        dialog = ActionDialog(
            self._desk, self._runner, self.meeting_box.currentData(), kind=kind, parent=self
        )
        dialog.raised.connect(self._raised)
        self.raise_dialog = dialog
        dialog.open()

    def _raised(self, row: ActionRow) -> None:
        self.note.setText(f"Raised {row.reference}: {row.description}")
        self._just_raised = row.id
        self._hub.announce(ACTIONS)

    # --- export ---

    def choose_export_path(self) -> None:
        dialog = QFileDialog(
            self, "Export the actions shown", str(Path.home() / "actions.csv"), "CSV files (*.csv)"
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("csv")
        dialog.fileSelected.connect(lambda path: self.export_csv(Path(path)))
        self.file_dialog = dialog
        dialog.open()

    def export_csv(self, path: Path) -> None:
        """Write the rows shown, in the order shown, off the GUI thread."""
        rows = self.proxy.shown_rows()
        desk = self._desk
        self._runner.submit(
            lambda: desk.run(lambda: desk.actions.export_csv(path, rows)),
            lambda count: self.note.setText(
                f"Wrote {count:,} {'action' if count == 1 else 'actions'} to {path}."
            ),
            lambda error: self.show_error("The actions were not exported", error),
        )

    def show_error(self, title: str, error: BaseException) -> None:
        self.message = message_box(self, title, error)


def detail_html(detail: ActionDetail) -> str:
    """One action as a reader sees it: what it is, who has it, when it is due and where it stands."""
    row = detail.row
    item = f", item: {escape(row.item)}" if row.item else ""
    facts = [
        ("Raised at", f"{escape(row.body)}, {long_date(row.raised_on)}{item}"),
        ("Raised by", escape(detail.raised_by) or "Not recorded"),
        ("Owner", escape(row.owner) or "No owner yet"),
        ("Due by", long_date(row.due) if row.due else "No due date"),
        ("Status", escape(row.status_label)),
        ("RAG", f"<b>{row.rag}</b>: {escape(row.rag_reason)}"),
        (
            "Concerns",
            "; ".join(escape(link.label) for link in detail.links) or "Nothing in the strategy named",
        ),
    ]
    if row.kind == "question":
        facts.append(("Answer", escape(row.answer) or "Not answered yet"))
    rows = "".join(
        f"<tr><th align='left' valign='top'>{name}</th><td>{value}</td></tr>" for name, value in facts
    )
    return (
        f"<h3>{KINDS[row.kind]} {escape(row.reference)}</h3>"
        f"<p>{escape(row.description)}</p>"
        f"<table cellspacing='0' cellpadding='3'>{rows}</table>"
    )


def history_html(detail: ActionDetail) -> str:
    """Its dated updates, oldest first, starting from the meeting that raised it."""
    row = detail.row
    entries = [(long_date(row.raised_on), "Open", f"Raised at the {escape(row.body)}", "")]
    entries += [
        (long_date(u.on_date), STATUSES.get(u.status, u.status), escape(u.text), escape(u.author))
        for u in detail.updates
    ]
    counted = f"{len(detail.updates)} {'update' if len(detail.updates) == 1 else 'updates'}"
    return f"<h3>History: {counted}, oldest first</h3>" + "".join(
        f"<p><b>{day}</b> &ndash; {status}{f' &ndash; {by}' if by else ''}<br/>{text}</p>"
        for day, status, text, by in entries
    )
