"""The Young people's voice page: the ledger of challenges, one in plain words, and the steps of the loop."""

from __future__ import annotations

import itertools
from datetime import date
from html import escape
from pathlib import Path
from typing import Any
from uuid import UUID

from PySide6.QtCore import QEvent, QItemSelection, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cpdesk.domain.challenges import STATUSES, Challenge
from cpdesk.domain.dates import long_date
from cpdesk.domain.desk import Desk
from cpdesk.domain.readability import HardSentence
from cpdesk.domain.voice_sheet import Sheet, hard_to_read
from cpdesk.errors import InputError
from cpdesk.views.common.changes import ACTIONS, AGENDA, CHALLENGES, MEETINGS, PEOPLE, STRATEGY, ChangeHub
from cpdesk.views.common.confirm import Confirmer
from cpdesk.views.common.desk_work import BusyNote, Loader, Writes
from cpdesk.views.common.forms import FormDialog, Messages, choice_box, date_edit, day_of, select_value
from cpdesk.views.common.history import HistoryPanel
from cpdesk.views.common.tasks import Runner
from cpdesk.views.common.widgets import bounded, fit_columns, fit_rows, flow, labelled
from cpdesk.views.notes.panel import NotesPanel
from cpdesk.views.voice.dialogs import ChallengeForm, TakeToForm, VoiceForm, response_form, text_form
from cpdesk.views.voice.model import (
    COL_RAISED_BY,
    COL_RAISED_ON,
    COL_YOU_SAID,
    HEADERS,
    SHORT,
    LedgerFilter,
    LedgerModel,
    LedgerProxy,
    shortened,
)

TOLD_HOW = (
    "At the young people's meeting",
    "By letter to the group",
    "By email to the group",
    "In the newsletter",
)
SHOWN_HARD = 8  # hard sentences listed in the question; the rest are counted


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def _button(text: str, name: str, tip: str = "") -> QPushButton:
    made = QPushButton(text)
    made.setAccessibleName(name)
    if tip:
        made.setToolTip(tip)
        made.setAccessibleDescription(tip)
    return made


class VoicePage(QWidget):
    """Every challenge young people raised: where it stands, what was done, and whether they were told."""

    def __init__(
        self, desk: Desk, hub: ChangeHub, runner: Runner, confirmer: Confirmer, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._desk, self._hub, self._runner, self._confirmer = desk, hub, runner, confirmer
        self.messages = Messages(self)
        self._writes = Writes(self, desk, runner, hub, self.messages)
        self.loading = BusyNote("Reading the challenges…")
        self._loader = Loader(self, desk, runner, self.messages.error, self.loading)
        self.dialog: FormDialog | None = None  # the form open now (or last), for tests to drive
        self.file_dialog: QFileDialog | None = None
        self.hard: list[HardSentence] = []  # the hard sentences found in the last sheet checked
        self._shown: Challenge | None = None
        self._keep: UUID | None = None  # the challenge to choose after the next reload
        self._quiet = False
        self._priority_ids: dict[UUID, frozenset[UUID]] = {}

        self.model = LedgerModel(self)
        self.proxy = LedgerProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build_filters()
        self._build_table()
        self._build_actions()
        self._lay_out()
        hub.changed.connect(self._on_changed)
        self._load_targets()
        self.refresh()

    @property
    def message(self) -> QMessageBox | None:
        return self.messages.box

    # --- building ---

    def _build_filters(self) -> None:
        self.meeting_box = choice_box("Meeting raised at or taken to")
        self.status_box = choice_box(
            "Status", [("Any status", None), *((label, key) for key, label in STATUSES.items())]
        )
        self.theme_box = choice_box("Theme")
        self.priority_box = choice_box("Priority")
        self.promise_box = choice_box("Promise")
        for box in (self.meeting_box, self.status_box, self.theme_box, self.priority_box, self.promise_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(8)
            box.currentIndexChanged.connect(self._filter_chosen)
        self.bin_box = QCheckBox("Show &bin")
        self.bin_box.setAccessibleName("Show the challenges in the bin")
        self.bin_box.setToolTip("Show the challenges moved to the bin instead, to restore them")
        self.bin_box.toggled.connect(lambda _on: self.refresh())
        self.clear_button = _button("C&lear filters", "Clear filters", "Show every challenge again")
        self.clear_button.clicked.connect(self.clear_filters)

    def _build_table(self) -> None:
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName("Challenges")
        self.table.setAccessibleDescription("Choose a challenge to read it in full below")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        fit_rows(self.table)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_RAISED_ON, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _index: self.edit())
        self.table.viewport().installEventFilter(self)
        binning = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        binning.setContext(Qt.ShortcutContext.WidgetShortcut)
        binning.activated.connect(self.bin_or_restore)

    def fit_columns(self) -> None:
        """Columns as wide as their words; what young people said takes the room that is left."""
        fit_columns(self.table, [c for c in range(len(HEADERS)) if c not in (COL_YOU_SAID, COL_RAISED_BY)])
        # Who raised it can be a long group name: kept narrow (whole in its tip), so the words keep room.
        bounded(self.table, COL_RAISED_BY, 16)
        self.fit_you_said()

    def fit_you_said(self) -> None:
        """What young people said takes the room the other columns leave, so the row reads across."""
        taken = sum(self.table.columnWidth(c) for c in range(len(HEADERS)) if c != COL_YOU_SAID)
        char = self.table.fontMetrics().averageCharWidth()
        room = self.table.viewport().width() - taken
        self.table.setColumnWidth(COL_YOU_SAID, max(char * 24, min(room, char * SHORT)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_you_said()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the text size changed: widths follow it
            fit_rows(self.table)
            self.fit_columns()

    def _build_actions(self) -> None:
        self.record_button = _button(
            "Record a &challenge…",
            "Record a challenge",
            "Record a challenge raised at a young people's meeting",
        )
        self.edit_button = _button("&Edit…", "Edit the chosen challenge")
        self.take_button = _button("Ta&ke to committee…", "Take to committee", "Choose the agenda item")
        self.response_button = _button("Record &response…", "Record the committee's response (We will)")
        self.step_button = _button("Add &what was done…", "Add what was done (We did)")
        self.link_button = _button("Link an &action…", "Link an action from the action log")
        self.told_button = _button("&Young people told…", "Record when and how young people were told")
        self.done_button = _button("Close as &done…", "Close the challenge as done")
        self.not_possible_button = _button(
            "Close as &not possible…", "Close the challenge as not possible, with the reason"
        )
        self.reopen_button = _button("Re&open", "Reopen the chosen challenge")
        self.bin_button = _button("Move to bin", "Move the chosen challenge to the bin")
        self.sheet_button = _button(
            "You said, we did…",
            "Print the You said, we did sheet",
            "Print the sheet for young people as a PDF (Ctrl+P)",
        )
        for button, slot in (
            (self.record_button, self.record),
            (self.edit_button, self.edit),
            (self.take_button, self.take_to),
            (self.response_button, self.record_response),
            (self.step_button, self.add_step),
            (self.link_button, self.link_action),
            (self.told_button, self.record_told),
            (self.done_button, self.close_done),
            (self.not_possible_button, self.close_not_possible),
            (self.reopen_button, self.reopen),
            (self.bin_button, self.bin_or_restore),
            (self.sheet_button, self.print_sheet),
        ):
            button.clicked.connect(slot)
        for keys, slot in (("Ctrl+N", self.record), ("Ctrl+P", self.print_sheet)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.record_button.setToolTip("Record a challenge raised at a young people's meeting (Ctrl+N)")

        self.count_label = QLabel()
        self.count_label.setAccessibleName("How many challenges are shown")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setAccessibleName("What was done last")
        self.detail = QTextBrowser()
        self.detail.setAccessibleName("The chosen challenge")
        self.detail.setOpenLinks(False)
        self.detail.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )

    def _lay_out(self) -> None:
        # Rows that wrap: a small laptop at large text has not the width for the filters or the
        # buttons side by side, and a page that scrolls sideways hides what is on its right.
        pairs = (
            ("Meet&ing:", self.meeting_box),
            ("Stat&us:", self.status_box),
            ("&Theme:", self.theme_box),
            ("&Priority:", self.priority_box),
            ("Pro&mise:", self.promise_box),
        )
        filters = flow(*(labelled(_label(text, field), field) for text, field in pairs))
        filters.addWidget(self.bin_box)
        filters.addWidget(self.clear_button)

        counting = flow(self.count_label, self.loading, self.sheet_button)

        first = flow(
            self.record_button,
            self.edit_button,
            self.take_button,
            self.response_button,
            self.step_button,
            self.link_button,
        )
        second = flow(
            self.told_button,
            self.done_button,
            self.not_possible_button,
            self.reopen_button,
            self.bin_button,
        )

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(first)
        lower_layout.addLayout(second)
        lower_layout.addWidget(self.detail, 1)
        self.notes_panel = NotesPanel(
            self._desk, self._hub, self._runner, self._confirmer, title="My notes on this challenge"
        )
        lower_layout.addWidget(self.notes_panel)
        self.history_panel = HistoryPanel(
            self._desk, self._hub, self._runner, title="Who changed this challenge"
        )
        lower_layout.addWidget(self.history_panel)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(counting)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.note)

        order = (
            self.meeting_box,
            self.status_box,
            self.theme_box,
            self.priority_box,
            self.promise_box,
            self.bin_box,
            self.clear_button,
            self.sheet_button,
            self.table,
            self.record_button,
            self.edit_button,
            self.take_button,
            self.response_button,
            self.step_button,
            self.link_button,
            self.told_button,
            self.done_button,
            self.not_possible_button,
            self.reopen_button,
            self.bin_button,
            self.detail,
        )
        for a, b in itertools.pairwise(order):
            self.setTabOrder(a, b)

    # --- loading ---

    def refresh(self) -> None:
        """Reload the ledger off the GUI thread; the latest reload wins."""
        binned, service = self.bin_box.isChecked(), self._desk.challenges
        self._loader.load(
            lambda: service.challenges(binned=binned), self.show_rows, "The challenges could not be read"
        )

    def show_rows(self, rows: list[Challenge]) -> None:
        keep = self._keep or self.selected_id()
        self._keep = None
        self._quiet = True
        self.model.set_rows(rows)
        self._fill_choices(rows)
        self.fit_columns()
        self._filter_chosen()
        if keep is not None and self.proxy.proxy_row_of(keep) < 0 and self.model.row_of(keep) >= 0:
            self.clear_filters()  # what was just written is hidden by the filters: show it
        if keep is not None:
            self.select(keep)
        self._quiet = False
        self._show_selected()

    def _load_targets(self) -> None:
        """The current strategy's priorities and Promises, for the filters."""
        targets = self._desk.agenda.link_targets()
        self._priority_ids = {
            t.target_id: frozenset({t.target_id, *(c.target_id for c in t.children)})
            for t in targets
            if t.kind == "priority"
        }
        self._refill(
            self.priority_box,
            [("Any priority", None), *((t.label, t.target_id) for t in targets if t.kind == "priority")],
            [t.text for t in targets if t.kind == "priority"],
        )
        self._refill(
            self.promise_box,
            [("Any Promise", None), *((t.label, t.target_id) for t in targets if t.kind == "promise")],
            [t.text for t in targets if t.kind == "promise"],
        )

    def _fill_choices(self, rows: list[Challenge]) -> None:
        meetings: dict[UUID, tuple[date, str]] = {}
        for c in rows:
            meetings[c.raised_at_id] = (c.raised_on, f"{long_date(c.raised_on)}, young people's meeting")
            if c.taken_to_meeting_id and c.taken_on:
                meetings[c.taken_to_meeting_id] = (c.taken_on, f"{long_date(c.taken_on)}, Sub-Committee")
        newest_first = sorted(meetings.items(), key=lambda pair: pair[1][0], reverse=True)
        self._refill(
            self.meeting_box, [("Any meeting", None), *((text, mid) for mid, (_d, text) in newest_first)]
        )
        themes = sorted({c.theme for c in rows if c.theme}, key=str.casefold)
        self._refill(self.theme_box, [("Any theme", None), *((t, t) for t in themes)])

    @staticmethod
    def _refill(box: QComboBox, choices: list[tuple[str, Any]], tips: list[str] | None = None) -> None:
        chosen = box.currentData()
        box.blockSignals(True)
        box.clear()
        for n, (text, value) in enumerate(choices):
            box.addItem(text, value)
            tip = tips[n - 1] if tips and n > 0 else text
            box.setItemData(box.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        if not select_value(box, chosen):
            box.setCurrentIndex(0)
        box.blockSignals(False)

    def _on_changed(self, kinds: Any) -> None:
        if STRATEGY in kinds:
            self._load_targets()
        if kinds & {CHALLENGES, ACTIONS, MEETINGS, AGENDA, PEOPLE, STRATEGY}:
            self.refresh()

    # --- filtering ---

    def current_filter(self) -> LedgerFilter:
        priority, promise = self.priority_box.currentData(), self.promise_box.currentData()
        link_ids: frozenset[UUID] | None = None
        if priority is not None:
            link_ids = self._priority_ids.get(priority, frozenset({priority}))
        if promise is not None:
            link_ids = frozenset({promise}) if link_ids is None else link_ids & {promise}
        return LedgerFilter(
            meeting_id=self.meeting_box.currentData(),
            status=self.status_box.currentData(),
            theme=self.theme_box.currentData(),
            link_ids=link_ids,
        )

    def _filter_chosen(self) -> None:
        wanted = self.current_filter()
        if wanted != self.proxy.filter:
            self.proxy.set_filter(wanted)
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        where = " in the bin" if self.bin_box.isChecked() else ""
        self.count_label.setText(
            f"{shown} {'challenge' if shown == 1 else 'challenges'} shown of {total}{where}"
        )
        if not self._quiet and self._shown is not None and self.selected_id() != self._shown.id:
            self._show_selected()

    def clear_filters(self) -> None:
        for box in (self.meeting_box, self.status_box, self.theme_box, self.priority_box, self.promise_box):
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self._filter_chosen()

    # --- the chosen challenge ---

    def selected(self) -> Challenge | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.challenge(rows[0].row()) if rows else None

    def selected_id(self) -> UUID | None:
        chosen = self.selected()
        return chosen.id if chosen else None

    def select(self, challenge_id: UUID) -> bool:
        row = self.proxy.proxy_row_of(challenge_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.proxy.index(row, 0))
        return True

    def show_challenge(self, challenge_id: UUID) -> None:
        """Choose a challenge (from a search), clearing the filters that hide it; once the ledger is read."""
        if self._loader.loading:
            self._keep = challenge_id  # chosen when the ledger comes back
            return
        if not self.select(challenge_id):
            self.clear_filters()
            self.select(challenge_id)
        self.table.setFocus()

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if not self._quiet:
            self._show_selected()

    def _show_selected(self) -> None:
        c = self._shown = self.selected()
        self.notes_panel.show_record("challenge" if c else None, c.id if c else None)
        self.history_panel.show_record("challenge" if c else None, c.id if c else None)
        live = c is not None and not c.binned
        open_ = live and c is not None and not c.closed
        self.edit_button.setEnabled(live)
        self.take_button.setEnabled(open_)
        self.response_button.setEnabled(open_ and c is not None and c.agenda_item_id is not None)
        self.step_button.setEnabled(live)
        self.link_button.setEnabled(live)
        self.told_button.setEnabled(open_)
        self.done_button.setEnabled(open_)
        self.not_possible_button.setEnabled(open_)
        self.reopen_button.setEnabled(live and c is not None and c.closed)
        self.bin_button.setEnabled(c is not None)
        binned = c is not None and c.binned
        self.bin_button.setText("Restore from bin" if binned else "Move to bin")
        self.bin_button.setAccessibleName(
            "Restore the chosen challenge from the bin" if binned else "Move the chosen challenge to the bin"
        )
        if c is None:
            self.detail.setHtml("<p>Choose a challenge in the list to read it in full.</p>")
            self.detail.setAccessibleDescription("No challenge chosen")
            return
        self.detail.setHtml(detail_html(c))
        self.detail.setAccessibleDescription(f"Challenge {c.reference}, {c.status_label}")

    # --- forms ---

    def _open(self, form: FormDialog, done: str) -> None:
        def finished(result: Any) -> None:
            if isinstance(result, Challenge):
                self._keep = result.id
                self.note.setText(f"{done} {result.reference}: now {result.status_label}.")
            self._hub.announce(CHALLENGES)

        form.done_with = finished
        self.dialog = form
        form.open()

    def _form(self, title: str, ok_text: str, c: Challenge) -> VoiceForm:
        form = VoiceForm(self, title, ok_text, self._desk, self._runner, self._confirmer)
        form.say(f"{c.reference}: {c.you_said}")
        return form

    def record(self) -> None:
        self._open(ChallengeForm(self._desk, self._runner, self._confirmer, parent=self), "Recorded")

    def edit(self) -> None:
        c = self.selected()
        if c is None or c.binned:
            return
        self._open(ChallengeForm(self._desk, self._runner, self._confirmer, c, parent=self), "Changed")

    def take_to(self) -> None:
        c = self.selected()
        if c is None:
            return
        self._open(TakeToForm(self._desk, self._runner, self._confirmer, c, self), "Took")

    def record_response(self) -> None:
        c = self.selected()
        if c is None:
            return
        form = response_form(self._desk, self._runner, self._confirmer, self, c)
        self._open(form, "Recorded the response to")

    def add_step(self) -> None:
        c = self.selected()
        if c is None:
            return
        form, edit, day = text_form(
            self._desk,
            self._runner,
            self._confirmer,
            self,
            c,
            title=f"What was done about {c.reference}",
            ok_text="&Add",
            label="We &did:",
            name="What was done (We did)",
            dated="Date done",
        )
        service, cid = self._desk.challenges, c.id

        def work() -> Any:
            words, on = edit.toPlainText(), day_of(day)
            return lambda: service.add_step(cid, words, on_date=on)

        form.read_fields = work
        self._open(form, "Added what was done to")

    def link_action(self) -> None:
        c = self.selected()
        if c is None:
            return
        form = self._form(f"Link an action to {c.reference}", "&Link action", c)
        linked = {a.id for a in c.actions}
        rows = [r for r in self._desk.actions.log() if r.id not in linked]
        rows.sort(key=lambda r: (not r.is_open, r.raised_on), reverse=False)
        box = form.add_row(
            "&Action:",
            choice_box(
                "Action",
                [
                    ("Choose an action", None),
                    *((f"{r.reference}: {shortened(r.description, 70)}", r.id) for r in rows),
                ],
            ),
        )
        for n, r in enumerate(rows, start=1):
            box.setItemData(
                n, f"{r.reference}: {r.description} ({r.status_label})", Qt.ItemDataRole.ToolTipRole
            )
        service, cid = self._desk.challenges, c.id

        def work() -> Any:
            action_id = box.currentData()
            if action_id is None:
                raise InputError("choose the action on the log that answers this challenge")
            return lambda: service.link_action(cid, action_id)

        form.read_fields = work
        self._open(form, "Linked an action to")

    def record_told(self) -> None:
        c = self.selected()
        if c is None:
            return
        form = self._form(f"Young people told about {c.reference}", "&Record", c)
        day = form.add_row(
            "&Date told:", date_edit("Date told", c.told_on or self._desk.today()), "Date told"
        )
        how = QComboBox()
        how.setEditable(True)
        how.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        how.addItems(TOLD_HOW)
        how.setCurrentText(c.told_how)
        form.add_row("&How:", how, "How young people were told")
        form.check(how)
        service, cid = self._desk.challenges, c.id

        def work() -> Any:
            on, words = day_of(day), how.currentText()
            return lambda: service.record_told(cid, on, words)

        form.read_fields = work
        self._open(form, "Recorded that young people were told of")

    def close_done(self) -> None:
        c = self.selected()
        if c is None:
            return
        form = self._form(f"Close {c.reference} as done", "Close as &done", c)
        day = form.add_row("&Date closed:", date_edit("Date closed", self._desk.today()), "Date closed")
        service, cid = self._desk.challenges, c.id

        def work() -> Any:
            on = day_of(day)
            return lambda: service.close(cid, "done", on_date=on)

        form.read_fields = work
        self._open(form, "Closed")

    def close_not_possible(self) -> None:
        c = self.selected()
        if c is None:
            return
        form, edit, day = text_form(
            self._desk,
            self._runner,
            self._confirmer,
            self,
            c,
            title=f"Close {c.reference} as not possible",
            ok_text="Close as &not possible",
            label="&Why not, in plain words:",
            name="Why it is not possible",
            dated="Date closed",
        )
        service, cid = self._desk.challenges, c.id

        def work() -> Any:
            words, on = edit.toPlainText(), day_of(day)
            return lambda: service.close(cid, "not_possible", reason=words, on_date=on)

        form.read_fields = work
        self._open(form, "Closed")

    # --- writes without a form ---

    def _written(self, result: Any, done: str) -> None:
        if isinstance(result, Challenge):
            self._keep = result.id
            self.note.setText(f"{done} {result.reference}: now {result.status_label}.")

    def reopen(self) -> None:
        c = self.selected()
        if c is None or not c.closed:
            return
        service, cid = self._desk.challenges, c.id
        self._writes.write(
            f"{c.reference} was not reopened",
            lambda: service.reopen(cid),
            CHALLENGES,
            then=lambda result: self._written(result, "Reopened"),
        )

    def bin_or_restore(self) -> None:
        c = self.selected()
        if c is None:
            return
        service, cid, reference = self._desk.challenges, c.id, c.reference
        if c.binned:
            self._writes.write(
                f"{reference} was not restored",
                lambda: service.restore(cid),
                CHALLENGES,
                then=lambda _r: self.note.setText(f"Restored {reference} from the bin."),
            )
        else:
            self._writes.write(
                f"{reference} was not moved to the bin",
                lambda: service.bin(cid),
                CHALLENGES,
                then=lambda _r: self.note.setText(
                    f"Moved {reference} to the bin. Tick “Show bin” to see it and restore it."
                ),
            )

    # --- "You said, we did" ---

    def print_sheet(self) -> None:
        """Ask where to save the sheet and from which meeting; then check how it reads, then write it."""
        desk = self._desk
        form = FormDialog(self, "Print “You said, we did”", "&Print…", desk, self._runner)
        form.say(
            "The sheet for young people: each challenge the committee has answered, what they said and what "
            "happened. It is checked for sentences that may be hard to read before it is printed."
        )
        path_edit = form.add_row("&Save as:", QLineEdit(), "Save as")
        path_edit.setText(str(Path.home() / "you-said-we-did.pdf"))
        choose = _button("&Choose…", "Choose where to save the sheet")
        form.form.addRow("", choose)
        since_check = QCheckBox("Only challenges raised &since:")
        since_check.setAccessibleName("Only challenges raised since a date")
        since = date_edit("Raised since", desk.today().replace(month=1, day=1))
        since.setEnabled(False)
        since_check.toggled.connect(since.setEnabled)
        form.form.addRow(since_check, since)
        form.fields["Only challenges raised since a date"] = since_check
        form.fields["Raised since"] = since

        def pick() -> None:
            dialog = QFileDialog(form, "Save “You said, we did”", path_edit.text(), "PDF files (*.pdf)")
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setDefaultSuffix("pdf")
            dialog.fileSelected.connect(path_edit.setText)
            self.file_dialog = dialog
            dialog.open()

        choose.clicked.connect(pick)
        service = desk.challenges

        def work() -> Any:
            if not path_edit.text().strip():
                raise InputError("say where to save the sheet")
            out = Path(path_edit.text().strip()).expanduser()
            if out.suffix.lower() != ".pdf":
                out = out.with_name(out.name + ".pdf")
            current = desk.strategy.current()
            council = current.header.council if current else ""
            day = day_of(since) if since_check.isChecked() else None
            form.setProperty("out", str(out))
            return lambda: service.sheet(council, day)

        form.read_fields = work
        form.done_with = lambda sheet: self.check_sheet(sheet, Path(str(form.property("out"))))
        self.dialog = form
        form.open()

    def check_sheet(self, sheet: Sheet, out: Path) -> None:
        """Show the committee's sentences above a reading age of 11, each with its age; print anyway or
        go back (young people's own words are printed as they said them)."""
        self.hard = hard_to_read(sheet)
        if not self.hard:
            self.write_sheet(sheet, out)
            return
        listed = "\n".join(f"• “{h.sentence}”: {h.describe()}" for h in self.hard[:SHOWN_HARD])
        more = len(self.hard) - SHOWN_HARD
        if more > 0:
            listed += f"\n…and {more} more."
        count = len(self.hard)
        self._confirmer.ask(
            self,
            "Some sentences may be hard to read",
            f"{count} {'sentence reads' if count == 1 else 'sentences read'} above a reading age of 11, "
            f"the most the sheet aims for:\n\n{listed}\n\nPrint anyway, or choose Cancel to go back and "
            "write them more simply.",
            "Print anyway",
            lambda: self.write_sheet(sheet, out),
        )

    def write_sheet(self, sheet: Sheet, out: Path) -> None:
        """Write the PDF off the GUI thread and say where it went."""
        from cpdesk.packs.you_said_we_did import write_sheet  # the PDF kit is loaded only when printing

        self.note.setText(f"Writing “You said, we did” to {out}…")

        def written(pages: int) -> None:
            self.note.setText(
                f"Saved “You said, we did” ({pages} {'page' if pages == 1 else 'pages'}, "
                f"{len(sheet.blocks)} {'challenge' if len(sheet.blocks) == 1 else 'challenges'}) to {out}."
            )

        def failed(error: BaseException) -> None:
            self.note.setText("“You said, we did” was not saved.")
            self.messages.error("“You said, we did” was not saved", error)

        self._runner.submit(lambda: write_sheet(sheet, out), written, failed)


def _paragraphs(text: str) -> str:
    return "<br/>".join(escape(line) for line in text.splitlines())


def detail_html(c: Challenge) -> str:
    """One challenge in plain words, in the order the loop goes round."""
    who = {"group": "the group", "young_person": "a young person"}.get(c.raised_by_kind, "")
    raised_by = f"{escape(c.raised_by_label)} ({who})" if who else "Anonymous"
    if c.taken_item:
        taken = f"The Sub-Committee of {long_date(c.taken_on)}, {escape(c.taken_item)}" if c.taken_on else ""
    else:
        taken = "Not taken to a Sub-Committee meeting yet"
    response = (
        f"{_paragraphs(c.response)} <i>(agreed {long_date(c.response_on)})</i>"
        if c.response and c.response_on
        else "No response agreed yet"
    )
    did = (
        "".join(f"<br/><b>{long_date(s.on_date)}</b>: {escape(s.text)}" for s in c.steps)[5:]
        if c.steps
        else "Nothing recorded yet"
    )
    actions = (
        "<br/>".join(
            f"{escape(a.reference)}: {escape(a.description)} ({escape(a.status)})" for a in c.actions
        )
        or "None linked"
    )
    status = escape(c.status_label)
    if c.closed and c.closed_on:
        status += f", closed {long_date(c.closed_on)}"
    status += f"; {c.age_days} days since raised"
    facts = [
        ("You said", _paragraphs(c.you_said)),
        ("Raised by", raised_by),
        ("Raised at", f"The young people's meeting of {long_date(c.raised_on)}"),
        ("Theme", escape(c.theme) or "No theme given"),
        ("Concerns", "; ".join(escape(link.label) for link in c.links) or "Nothing in the strategy named"),
        ("Taken to", taken),
        ("Officer responsible", escape(c.officer) or "No officer named"),
        ("We will", response),
        ("We did", did),
        ("Actions", actions),
        ("Status", status),
    ]
    if c.status == "not_possible":
        facts.append(("Why not possible", _paragraphs(c.reason)))
    told = (
        f"{long_date(c.told_on)}: {escape(c.told_how)} ({c.days_to_told} days after it was raised)"
        if c.told_on
        else "Not yet told"
    )
    facts.append(("Young people told", told))
    if c.overdue:
        facts.append(("Overdue", f"<b>{escape(c.overdue)}</b>"))
    if c.binned:
        facts.append(("In the bin", "Moved to the bin; restore it to work on it again"))
    rows = "".join(
        f"<tr><th align='left' valign='top' style='padding-right:12px'>{name}</th><td>{value}</td></tr>"
        for name, value in facts
    )
    return f"<h3>Challenge {escape(c.reference)}</h3><table cellspacing='0' cellpadding='3'>{rows}</table>"
