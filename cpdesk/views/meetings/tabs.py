"""The Attendance tab (who came, declarations of interest) and the Action log tab of the Meetings page."""

from __future__ import annotations

from html import escape
from uuid import UUID

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMenu,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cpdesk.domain.actions import KINDS, STATUSES, ActionRow
from cpdesk.domain.agenda import Declaration
from cpdesk.domain.dates import long_date
from cpdesk.domain.desk import Desk
from cpdesk.domain.meetings import AttendanceEntry, Meeting
from cpdesk.views.actions.dialog import ActionDialog
from cpdesk.views.common.changes import ACTIONS, AGENDA, MEETINGS, PEOPLE, ChangeHub
from cpdesk.views.common.confirm import Confirmer
from cpdesk.views.common.desk_work import BusyNote, Loader, Writes
from cpdesk.views.common.forms import FormDialog, Messages
from cpdesk.views.common.tasks import Runner
from cpdesk.views.common.widgets import bounded, button, button_rows, flow, select_row, selected_row, table
from cpdesk.views.meetings.dialogs import AttendanceDialog, DeclarationDialog, SeveralAttendanceDialog
from cpdesk.views.meetings.locked import explain, locked_reason
from cpdesk.views.meetings.models import (
    ROW_ROLE,
    ActionLogModel,
    AttendanceModel,
    DeclarationsModel,
)

SIZING_SAMPLE = 30  # rows, spread down a long list, that a column's width is measured from


def _titled(text: str, view: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(view)
    return label


class AttendanceTab(QWidget):
    """Who came, sent apologies or stood in for whom; and who declared an interest in which item."""

    KINDS = frozenset({MEETINGS, PEOPLE, AGENDA})

    def __init__(
        self,
        desk: Desk,
        hub: ChangeHub,
        runner: Runner,
        confirmer: Confirmer,
        messages: Messages,
        parent: QWidget | None = None,
        *,
        busy: BusyNote | None = None,
    ) -> None:
        super().__init__(parent)
        self._writes = Writes(self, desk, runner, hub, messages)
        self._loader = Loader(self, desk, runner, messages.error, busy)
        self._desk, self._hub, self._runner = desk, hub, runner
        self._confirmer, self._messages = confirmer, messages
        self.meeting: Meeting | None = None
        self.dialog: FormDialog | None = None

        self.attendance = AttendanceModel(self)
        self.attendance_view = table(
            self.attendance, "Attendance", "Enter changes the selected person's attendance"
        )
        self.record_button = button("&Record attendance…", "Add a person to the attendance of this meeting")
        self.record_several_button = button(
            "Record &several at once…", "Record several people present, with apologies or absent, in one go"
        )
        self.change_button = button("&Change attendance…", "Change the selected person's attendance")
        self.remove_button = button("Remo&ve from attendance", "Take the selected person off the attendance")
        self.declarations = DeclarationsModel(self)
        self.declarations_view = table(self.declarations, "Declarations of interest", stretch=3)
        self.declare_button = button(
            "&Declare an interest…", "Record a declaration of interest in an agenda item"
        )
        self.withdraw_button = button("&Withdraw declaration", "Move the selected declaration to the bin")
        self.restore_declaration_button = button(
            "Restore declaratio&n", "Bring back a declaration withdrawn from this meeting"
        )
        self.restore_declaration_menu = QMenu(self.restore_declaration_button)
        self.restore_declaration_button.setMenu(self.restore_declaration_menu)

        layout = QVBoxLayout(self)
        layout.addWidget(_titled("People at this meeting (attendan&ce):", self.attendance_view))
        layout.addWidget(self.attendance_view, 3)
        layout.addLayout(
            button_rows(
                (self.record_button, self.record_several_button, self.change_button, self.remove_button), 2
            )
        )
        layout.addWidget(_titled("Declarations of int&erest:", self.declarations_view))
        layout.addWidget(self.declarations_view, 2)
        layout.addLayout(flow(self.declare_button, self.withdraw_button, self.restore_declaration_button))

        self.record_button.clicked.connect(lambda: self._open_attendance(None))
        self.record_several_button.clicked.connect(self.record_several)
        self.change_button.clicked.connect(lambda: self._open_attendance(self.selected_person))
        self.attendance_view.activated.connect(lambda _: self._open_attendance(self.selected_person))
        self.remove_button.clicked.connect(self.remove_person)
        self.declare_button.clicked.connect(self.declare)
        self.withdraw_button.clicked.connect(self.withdraw)

    @property
    def selected_person(self) -> AttendanceEntry | None:
        return self.attendance.row(selected_row(self.attendance_view))

    def set_meeting(self, meeting: Meeting | None) -> None:
        self.meeting = meeting
        self.refresh()

    def refresh(self) -> None:
        """Read who came and what was declared off the GUI thread, then show it keeping the chosen person."""
        person = self.selected_person
        keep = person.person_id if person else None
        m, desk = self.meeting, self._desk

        def read() -> tuple[list[AttendanceEntry], list[Declaration], list[Declaration]]:
            if m is None:
                return [], [], []
            return (
                desk.meetings.attendance(m.id),
                desk.agenda.declarations(m.id),
                desk.agenda.declarations(m.id, withdrawn=True),
            )

        self._loader.load(read, lambda found: self._show(keep, *found), "The attendance could not be read")

    def _show(
        self,
        keep: UUID | None,
        attendance: list[AttendanceEntry],
        declarations: list[Declaration],
        withdrawn_declarations: list[Declaration],
    ) -> None:
        m = self.meeting
        self.attendance.set_rows(attendance)
        select_row(self.attendance_view, max(self.attendance.row_of(keep), 0))
        self.declarations.set_rows(declarations)
        select_row(self.declarations_view, 0)
        reason = locked_reason(m)
        editable = m is not None and not reason
        explain(self.record_button, editable, reason)
        explain(self.record_several_button, editable, reason)
        explain(self.declare_button, editable, reason)
        for b in (self.change_button, self.remove_button):
            explain(b, editable and self.attendance.rowCount() > 0, reason)
        explain(self.withdraw_button, editable and self.declarations.rowCount() > 0, reason)
        self.restore_declaration_menu.clear()
        for withdrawn in withdrawn_declarations:
            action = self.restore_declaration_menu.addAction(
                f"Restore {withdrawn.person}'s declaration in item {withdrawn.item_number}"
            )
            action.triggered.connect(lambda _=False, d=withdrawn.id: self.restore_declaration(d))
        restorable = editable and not self.restore_declaration_menu.isEmpty()
        explain(self.restore_declaration_button, restorable, reason)

    def _open_attendance(self, entry: AttendanceEntry | None) -> None:
        if self.meeting is None:
            return
        dialog = AttendanceDialog(
            self._desk,
            self._runner,
            self.meeting,
            entry.person_id if entry else None,
            entry.status if entry else "present",
            entry.substitute_for_id if entry else None,
            self,
        )
        reason = locked_reason(self.meeting)
        if reason:
            if entry is None:
                return
            dialog.show_only(reason)  # Enter on a person of an approved meeting: their record, to read
        self._open(dialog)

    def record_several(self) -> None:
        if self.meeting is not None:
            self._open(SeveralAttendanceDialog(self._desk, self._runner, self.meeting, self))

    def remove_person(self) -> None:
        entry, meeting = self.selected_person, self.meeting
        if entry is None or meeting is None:
            return
        self._confirmer.ask(
            self,
            "Take this person off the attendance?",
            f"{entry.name} ({entry.status_label}) is taken off the attendance of this meeting.",
            "Take off",
            self._writes.later(
                "The attendance was not changed",
                lambda: self._desk.meetings.remove_attendance(meeting.id, entry.person_id),
                MEETINGS,
            ),
        )

    def declare(self) -> None:
        if self.meeting is not None:
            self._open(DeclarationDialog(self._desk, self._runner, self.meeting, None, self))

    def withdraw(self) -> None:
        declaration = self.declarations.row(selected_row(self.declarations_view))
        if declaration is None:
            return
        self._confirmer.ask(
            self,
            "Withdraw this declaration?",
            f"{declaration.person}'s declaration in item {declaration.item_number} goes to the bin. "
            "You can bring it back with Restore declaration.",
            "Withdraw declaration",
            self._writes.later(
                "The declaration was not withdrawn",
                lambda: self._desk.agenda.withdraw_declaration(declaration.id),
                MEETINGS,
            ),
        )

    def restore_declaration(self, declaration_id: UUID) -> None:
        self._writes.write(
            "The declaration was not restored",
            lambda: self._desk.agenda.restore_declaration(declaration_id),
            MEETINGS,
        )

    def _open(self, dialog: FormDialog) -> None:
        dialog.accepted.connect(lambda: self._hub.announce(MEETINGS))
        dialog.confirmer = self._confirmer
        self.dialog = dialog
        dialog.open()


FITTED = (0, 1, 4, 5, 6)  # the action log's short columns: reference, raised, due, status, RAG


class ActionLogTab(QWidget):
    """The meeting's action log: what earlier meetings left open, and what this one raised."""

    KINDS = frozenset({ACTIONS, MEETINGS, AGENDA, PEOPLE})

    def __init__(
        self,
        desk: Desk,
        hub: ChangeHub,
        runner: Runner,
        messages: Messages,
        parent: QWidget | None = None,
        *,
        busy: BusyNote | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk, self._hub, self._runner = desk, hub, runner
        self._loader = Loader(self, desk, runner, messages.error, busy)
        self.meeting: Meeting | None = None
        self.dialog: ActionDialog | None = None

        self.carried = ActionLogModel(self)
        self.raised = ActionLogModel(self)
        self.carried_view = self._table(self.carried, "Actions carried forward to this meeting")
        self.raised_view = self._table(self.raised, "Actions raised at this meeting")
        self.raised_view.hideColumn(1)  # raised: always this meeting
        self.carried_label = _titled("Carried &forward to this meeting:", self.carried_view)
        self.raised_label = _titled("Raised at this m&eeting:", self.raised_view)
        self.history = QTextBrowser()
        self.history.setAccessibleName("History of the selected action")
        self.raise_action_button = button("&Raise action…", "Record an action raised at this meeting")
        self.raise_question_button = button(
            "Raise &question…", "Record a member's question raised at this meeting"
        )

        lists = QWidget()
        lists_layout = QVBoxLayout(lists)
        lists_layout.setContentsMargins(0, 0, 0, 0)
        lists_layout.addWidget(self.carried_label)
        lists_layout.addWidget(self.carried_view, 1)
        lists_layout.addWidget(self.raised_label)
        lists_layout.addWidget(self.raised_view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(lists)
        splitter.addWidget(self.history)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(flow(self.raise_action_button, self.raise_question_button))

        self._filling = False  # while both lists are filled, the history is shown once, after
        for view in (self.carried_view, self.raised_view):
            view.selectionModel().currentChanged.connect(
                lambda *_, v=view: None if self._filling else self._show_history(v)
            )
        self.raise_action_button.clicked.connect(lambda: self.raise_new("action"))
        self.raise_question_button.clicked.connect(lambda: self.raise_new("question"))

    def _table(self, model: ActionLogModel, name: str) -> QTableView:
        # A log can run to thousands: the model sorts itself (a proxy would ask every row for its cell
        # to compare), and the short columns are sized from a sample of rows (see fit_columns), not to
        # every row's contents each time the log is read.
        view = table(model, name, "Each action with its owner, due date, status and RAG in words", stretch=2)
        header = view.horizontalHeader()
        for column in FITTED:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        view.setSortingEnabled(True)
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        bounded(view, 3, 20)  # an owner can be long: "name, team"
        return view

    @staticmethod
    def fit_columns(view: QTableView) -> None:
        """Each short column as wide as its heading and the widest of its cells in a sample of rows."""
        model, header = view.model(), view.horizontalHeader()
        count = model.rowCount()
        sample = range(0, count, max(count // SIZING_SAMPLE, 1))
        grid = 1 if view.showGrid() else 0
        for column in FITTED:
            if view.isColumnHidden(column):
                continue
            widest = max((view.sizeHintForIndex(model.index(r, column)).width() for r in sample), default=0)
            header.resizeSection(column, max(widest + grid, header.sectionSizeHint(column)))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # larger text: the columns grow with it
            self.fit_columns(self.carried_view)
            self.fit_columns(self.raised_view)

    @staticmethod
    def row_at(view: QTableView, row: int) -> ActionRow | None:
        index = view.model().index(row, 0)
        return index.data(ROW_ROLE) if index.isValid() else None

    def set_meeting(self, meeting: Meeting | None) -> None:
        self.meeting = meeting
        self.refresh()

    def refresh(self) -> None:
        """Read the meeting's action log off the GUI thread (it may be long), then show it."""
        m, actions = self.meeting, self._desk.actions

        def read() -> tuple[list[ActionRow], list[ActionRow]]:
            return (actions.carried_forward(m.id), actions.raised_at(m.id)) if m else ([], [])

        self._loader.load(read, lambda found: self._show(*found), "The action log could not be read")

    def _show(self, carried: list[ActionRow], raised: list[ActionRow]) -> None:
        m = self.meeting
        self.carried.set_rows(carried)
        self.raised.set_rows(raised)
        self.fit_columns(self.carried_view)
        self.fit_columns(self.raised_view)
        n, r = self.carried.rowCount(), self.raised.rowCount()
        self.carried_label.setText(f"Carried &forward to this meeting ({n or 'none'}):")
        self.raised_label.setText(f"Raised at this m&eeting ({r or 'none'}):")
        can_raise = m is not None and m.status not in ("cancelled", "minutes_approved")
        explain(self.raise_action_button, can_raise, locked_reason(m))
        explain(self.raise_question_button, can_raise, locked_reason(m))
        self._filling = True
        try:
            select_row(self.carried_view, 0)
            select_row(self.raised_view, 0)
        finally:
            self._filling = False
        self._show_history(self.carried_view if n else self.raised_view)

    def _show_history(self, view: QTableView) -> None:
        action = self.row_at(view, view.currentIndex().row()) if view.currentIndex().isValid() else None
        if action is None:
            self.history.setHtml("<p>Choose an action to see its history.</p>")
            return
        detail = self._desk.actions.detail(action.id)
        due = f"due {long_date(action.due)}" if action.due else "no due date"
        parts = [
            f"<p><b>{KINDS[action.kind]} {escape(action.reference)}</b>, raised {long_date(action.raised_on)}"
            f"{' under ' + escape(action.item) if action.item else ''}: {escape(action.description)}</p>",
            f"<p>Owner: {escape(action.owner) or 'none named'}; {due}; {escape(action.status_label)}; "
            f"RAG {action.rag}.</p>",
        ]
        if detail.links:
            parts.append("<p>Concerns: " + "; ".join(escape(link.label) for link in detail.links) + "</p>")
        if action.answer:
            parts.append(f"<p>Answer: {escape(action.answer)}</p>")
        updates = "".join(
            f"<li>{long_date(u.on_date)}: {escape(u.text)} ({STATUSES[u.status]})</li>"
            for u in detail.updates
        )
        parts.append(f"<p>Updates:</p><ul>{updates}</ul>" if updates else "<p>No updates yet.</p>")
        self.history.setHtml("".join(parts))

    def raise_new(self, kind: str) -> None:
        if self.meeting is None:
            return
        dialog = ActionDialog(self._desk, self._runner, self.meeting.id, kind=kind, parent=self)
        dialog.accepted.connect(lambda: self._hub.announce(ACTIONS))
        self.dialog = dialog
        dialog.open()
