"""My preparation: every note and question of mine by meeting and agenda item, the next meeting's questions
first; mark a question asked, put it on the action log in one step, change, remove or open what it is on."""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from cpdesk.domain.desk import Desk
from cpdesk.domain.notes import Note
from cpdesk.views.common.changes import ACTIONS, AGENDA, MEETINGS, NOTES, ChangeHub
from cpdesk.views.common.confirm import Confirmer
from cpdesk.views.common.desk_work import Writes
from cpdesk.views.common.forms import FormDialog, Messages
from cpdesk.views.common.tasks import Runner
from cpdesk.views.common.widgets import Heading, button, button_rows, select_row, selected_row, table
from cpdesk.views.notes.forms import NoteForm, ToActionForm
from cpdesk.views.notes.model import TEXT, WHERE, PreparationModel


class PreparationPage(QWidget):
    """All my notes and questions, in the order I will want them at the meetings."""

    def __init__(
        self,
        desk: Desk,
        hub: ChangeHub,
        runner: Runner,
        confirmer: Confirmer,
        open_note: Callable[[Note], None] | None = None,
    ) -> None:
        super().__init__()
        self._desk, self._hub, self._runner, self._confirmer = desk, hub, runner, confirmer
        self._open_note = open_note
        self.messages = Messages(self)
        self._writes = Writes(self, desk, runner, hub, self.messages)
        self.form: FormDialog | None = None
        self._removed: UUID | None = None

        self.heading = Heading("My preparation", 1.3)
        self.intro = QLabel(
            "Your own notes and questions, only yours: the questions to ask at the next meeting first, "
            "then by meeting and agenda item, then those on no meeting."
        )
        self.intro.setWordWrap(True)
        self.model = PreparationModel(self)
        self.table = table(
            self.model,
            "My notes and questions",
            "Your notes and questions in the order of the meetings; choose one to act on it",
            stretch=(WHERE, TEXT),
            wrap=True,
        )
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAccessibleName("The chosen note")
        self.asked_button = button("Mark &asked", "Say the chosen question has been asked (or undo that)")
        self.question_button = button(
            "Make it a recorded &question…", "Put the chosen question on a meeting's action log"
        )
        self.action_button = button("Make it an ac&tion…", "Put the chosen note on a meeting's action log")
        self.edit_button = button("&Edit…", "Change the chosen note")
        self.remove_button = button("&Remove", "Move the chosen note to the bin; Put back brings it back")
        self.put_back_button = button("&Put back", "Bring back the note just removed")
        self.put_back_button.hide()
        self.open_button = button("&Open", "Go to what the chosen note is on")
        self.buttons = [
            self.open_button,
            self.asked_button,
            self.question_button,
            self.action_button,
            self.edit_button,
            self.remove_button,
            self.put_back_button,
        ]
        self.asked_button.clicked.connect(self.toggle_asked)
        self.question_button.clicked.connect(lambda: self.to_action("question"))
        self.action_button.clicked.connect(lambda: self.to_action("action"))
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        self.put_back_button.clicked.connect(self.put_back)
        self.open_button.clicked.connect(self.open_chosen)
        self.table.activated.connect(lambda _index: self.open_chosen())
        self.table.selectionModel().selectionChanged.connect(self._chosen)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(button_rows(self.buttons))
        hub.changed.connect(self._on_changed)
        self.refresh()

    # --- what is shown ---

    def _next_meeting(self) -> UUID | None:
        today = self._desk.today()
        upcoming = [
            m
            for m in self._desk.meetings.meetings()
            if m.body_kind == "sub_committee" and m.day >= today and m.status != "cancelled"
        ]
        return min(upcoming, key=lambda m: m.day).id if upcoming else None

    def refresh(self) -> None:
        chosen = self.chosen()
        self.model.set_notes(self._desk.notes.preparation(), self._next_meeting())
        row = self.model.row_of(chosen.id) if chosen is not None else -1
        select_row(self.table, max(row, 0))
        self._show()

    def chosen(self) -> Note | None:
        return self.model.note(selected_row(self.table))

    def select(self, note_id: UUID) -> bool:
        row = self.model.row_of(note_id)
        if row >= 0:
            select_row(self.table, row)
        return row >= 0

    def _chosen(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show()

    def _show(self) -> None:
        note = self.chosen()
        writable = note is not None and not self._desk.read_only
        for widget in (self.edit_button, self.remove_button):
            widget.setEnabled(writable)
        self.open_button.setEnabled(note is not None)
        question = writable and note is not None and note.is_question
        self.asked_button.setEnabled(question and note is not None and note.action_id is None)
        self.asked_button.setText("Not asked &yet" if note is not None and note.asked_on else "Mark &asked")
        self.asked_button.setAccessibleName(self.asked_button.text().replace("&", ""))
        on_log = note is not None and note.action_id is not None
        self.question_button.setEnabled(question and not on_log)
        self.action_button.setEnabled(writable and not on_log)
        if note is None:
            self.detail.setText(
                "You have no notes yet. Add them beside what they are about: an agenda item, an action, "
                "a challenge, an indicator or a priority."
                if not self.model.rowCount()
                else ""
            )
            return
        lines = [f"On: {note.where.label}"]
        if note.anchor_note:
            lines.append(note.anchor_note + (f": “{note.quote}”" if note.quote else ""))
        if note.action_id is not None:
            lines.append("It is on the action log.")
        self.detail.setText("\n".join(lines))

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if kinds & {NOTES, MEETINGS, AGENDA, ACTIONS}:
            self.refresh()

    # --- changes ---

    def _open(self, form: FormDialog) -> None:
        form.confirmer = self._confirmer
        form.done_with = lambda _result: self._hub.announce(NOTES, ACTIONS)
        self.form = form
        form.open()

    def toggle_asked(self) -> None:
        note = self.chosen()
        if note is None or not note.is_question:
            return
        notes, note_id, asked = self._desk.notes, note.id, note.asked_on is None
        self._writes.write(
            "The question was not marked", lambda: notes.mark_asked(note_id, asked=asked), NOTES
        )

    def to_action(self, kind: str) -> None:
        note = self.chosen()
        if note is not None:
            self._open(ToActionForm(self, self._desk, self._runner, note, kind))

    def edit(self) -> None:
        note = self.chosen()
        if note is not None:
            self._open(NoteForm(self, self._desk, self._runner, note=note))

    def remove(self) -> None:
        note = self.chosen()
        if note is None:
            return
        notes, note_id = self._desk.notes, note.id

        def removed(_result: object) -> None:
            self._removed = note_id
            self.put_back_button.show()

        self._writes.write("The note was not removed", lambda: notes.bin(note_id), NOTES, then=removed)

    def put_back(self) -> None:
        if self._removed is None:
            return
        notes, note_id = self._desk.notes, self._removed

        def restored(_result: object) -> None:
            self._removed = None
            self.put_back_button.hide()
            self.select(note_id)

        self._writes.write("The note was not put back", lambda: notes.restore(note_id), NOTES, then=restored)

    def open_chosen(self) -> None:
        note = self.chosen()
        if note is not None and self._open_note is not None:
            self._open_note(note)
