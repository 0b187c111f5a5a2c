"""The small forms of a member's own preparation: who is using cpdesk, a note, and a note made an action."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from uuid import UUID

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from cpdesk.domain.desk import Desk
from cpdesk.domain.notes import ROLES, Note
from cpdesk.errors import InputError
from cpdesk.views.common.forms import FormDialog, choice_box, select_value
from cpdesk.views.common.tasks import Runner


class WhoForm(FormDialog):
    """Who is using cpdesk: a name and a role, so the notes written are theirs."""

    def __init__(self, parent: QWidget | None, desk: Desk, runner: Runner) -> None:
        super().__init__(parent, "Who is using cpdesk", "&Save", desk, runner)
        self.inline_refusals = True
        self.say(
            "Say who you are, so the notes and questions you write here are yours. "
            "Nobody else using cpdesk sees them."
        )
        me = desk.notes.current_user()
        self.name = self.add_row("Your &name:", QLineEdit(me.name if me else ""), "Your name")
        self.role: QComboBox = self.add_row(
            "Your &role:",
            choice_box("Your role", [(label, key) for key, label in ROLES.items()]),
            "Your role",
        )
        if me is not None:
            select_value(self.role, me.role)

    def work(self) -> Callable[[], Any]:
        notes, name, role = self._desk.notes, self.name.text(), self.role.currentData()
        return lambda: notes.set_current_user(name, role)


class NoteForm(FormDialog):
    """Write a note or a question on a record, or change one."""

    def __init__(
        self,
        parent: QWidget | None,
        desk: Desk,
        runner: Runner,
        *,
        on: tuple[str, UUID, str] | None = None,
        question: bool = False,
        note: Note | None = None,
    ) -> None:
        what = "question" if (note.is_question if note else question) else "note"
        title = f"Change my {what}" if note else f"Add a {what}"
        super().__init__(parent, title, "&Save", desk, runner)
        self.inline_refusals = True
        self._on, self._note = on, note
        where = note.where.label if note else (on[2] if on else "")
        if not where and on is not None:  # most pages give the record, not its name: the domain names it
            where = desk.notes.where(on[0], on[1]).label
        self.say(f"On: {where}. Only you see it.")
        self.text = self.add_row("&Text:", QPlainTextEdit(note.text if note else ""), "Text")
        self.text.setTabChangesFocus(True)
        self.is_question = self.add_row(
            "", QCheckBox("A &question to ask at the meeting"), "A question to ask at the meeting"
        )
        self.is_question.setChecked(note.is_question if note else question)

    def work(self) -> Callable[[], Any]:
        notes, text, question = self._desk.notes, self.text.toPlainText(), self.is_question.isChecked()
        if self._note is not None:
            note_id = self._note.id
            return lambda: notes.edit(note_id, text=text, is_question=question)
        assert self._on is not None
        kind, target_id, _label = self._on
        return lambda: notes.add(kind, target_id, text, is_question=question)


class ToActionForm(FormDialog):
    """Put a note on a meeting's action log in one step: as a recorded question, or as an action."""

    def __init__(self, parent: QWidget | None, desk: Desk, runner: Runner, note: Note, kind: str) -> None:
        what = "a recorded question" if kind == "question" else "an action"
        super().__init__(parent, f"Make it {what}", "&Put on the action log", desk, runner)
        self.inline_refusals = True
        self._note, self._kind = note, kind
        self.say(f"This goes on the chosen meeting's action log as {what}, and is marked asked.")
        meetings = [
            (m.title, m.id) for m in desk.meetings.meetings() if m.status != "cancelled" and not m.locked
        ]
        self.meeting = self.add_row(
            "&Meeting:", choice_box("Meeting", meetings, note.where.meeting_id), "Meeting"
        )
        if note.where.meeting_id is None:
            # A note on no meeting (the strategy, an indicator) goes to the next meeting by default.
            upcoming = [m.id for m in desk.meetings.meetings() if m.day >= desk.today()]
            if upcoming:
                select_value(self.meeting, upcoming[0])
        self.description = self.add_row("&Description:", QPlainTextEdit(note.text), "Description")
        self.description.setTabChangesFocus(True)

    def work(self) -> Callable[[], Any]:
        notes, note_id, kind = self._desk.notes, self._note.id, self._kind
        meeting_id, description = self.meeting.currentData(), self.description.toPlainText()
        if meeting_id is None:
            raise InputError("choose the meeting it was raised at")
        return lambda: notes.to_action(note_id, meeting_id, kind=kind, description=description)
