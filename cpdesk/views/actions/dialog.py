"""Raising an action or a member's question at a meeting: usable from any page given a desk and a meeting."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any
from uuid import UUID

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPlainTextEdit, QWidget

from cpdesk.domain.actions import ActionRow
from cpdesk.domain.dates import long_date
from cpdesk.domain.desk import Desk
from cpdesk.errors import InputError
from cpdesk.views.common.forms import LinksTree, choice_box, date_edit, day_of, find_data, people_choices
from cpdesk.views.common.tasks import Runner
from cpdesk.views.meetings.dialogs import MeetingForm


class ActionDialog(MeetingForm):
    """Description, agenda item, owner (officer and/or team), due date and what it concerns.

    Given a meeting, it raises at that meeting; given none, the user chooses the meeting first. On OK it
    raises the action through the domain and emits `raised` with the new row; the caller announces ACTIONS.
    """

    raised = Signal(object)  # the ActionRow just raised

    def __init__(
        self,
        desk: Desk,
        runner: Runner,
        meeting_id: UUID | None = None,
        *,
        kind: str = "action",
        item_id: UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        what = "a question" if kind == "question" else "an action"
        meetings = desk.meetings.meetings()
        fixed = next((m for m in meetings if m.id == meeting_id), None)
        title = f"Raise {what}" + (f" at the meeting of {long_date(fixed.day)}" if fixed else "")
        super().__init__(
            parent, title, "&Raise question" if kind == "question" else "&Raise action", desk, runner
        )
        self._kind = kind
        self.row: ActionRow | None = None

        open_meetings = [m for m in meetings if m.status not in ("cancelled", "minutes_approved")]
        self.meeting_box = choice_box("Meeting", [(m.title, m.id) for m in open_meetings], meeting_id)
        if fixed is not None:
            self.meeting_box.clear()
            self.meeting_box.addItem(fixed.title, fixed.id)
            self.meeting_box.setEnabled(False)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMinimumHeight(self.description_edit.fontMetrics().lineSpacing() * 4 + 12)
        self.item_box = choice_box("Agenda item", [])
        self._item_id = item_id
        people = desk.people.people()
        self.asked_by_box = choice_box(
            "Asked by", people_choices([p for p in people if p.kind == "member"], "Not recorded")
        )
        officers = [p for p in people if p.kind == "officer"]
        self.owner_box = choice_box(
            "Officer to answer" if kind == "question" else "Owner (officer)",
            people_choices(officers, "No officer named"),
        )
        self.team_box = choice_box(
            "Owner team", [("No team", None), *((t.name, t.id) for t in desk.people.teams())]
        )
        self.due_check = QCheckBox("&Due by:")
        self.due_check.setAccessibleName("Has a due date")
        self.due_box = date_edit("Due date", desk.today())
        self.due_box.setEnabled(False)
        self.due_check.toggled.connect(self.due_box.setEnabled)
        due_row = QWidget()
        due_layout = QHBoxLayout(due_row)
        due_layout.setContentsMargins(0, 0, 0, 0)
        due_layout.addWidget(self.due_box)
        due_layout.addStretch(1)
        self.links = LinksTree("Concerns")
        self.links.set_targets(desk.agenda.link_targets())
        self.links.setMinimumHeight(self.links.fontMetrics().lineSpacing() * 8)

        self.add_row("&Meeting:", self.meeting_box)
        if kind == "question":
            self.add_row("&Question:", self.description_edit)
        else:
            self.add_row("De&scription:", self.description_edit)
        self.add_row("Agenda &item:", self.item_box)
        if kind == "question":
            self.add_row("Asked &by:", self.asked_by_box)
        else:
            self.asked_by_box.hide()
        self.add_row("&Officer to answer:" if kind == "question" else "&Owner (officer):", self.owner_box)
        self.add_row("Owner &team:", self.team_box)
        self.form.addRow(self.due_check, due_row)
        self.add_row("&Concerns:", self.links)
        self.form.labelForField(self.links).setToolTip(
            "The priorities, commitments and Promises of the current strategy this concerns"
        )
        self.meeting_box.currentIndexChanged.connect(self._meeting_chosen)
        self._meeting_chosen()
        self.resize(640, 600)
        self.description_edit.setFocus()

    @property
    def meeting_id(self) -> UUID | None:
        value = self.meeting_box.currentData()
        return value if isinstance(value, UUID) else None

    def _meeting_chosen(self) -> None:
        chosen = self.item_box.currentData() or self._item_id
        self.item_box.clear()
        self.item_box.addItem("Not under an item", None)
        if self.meeting_id is not None:
            meeting = self._desk.meetings.meeting(self.meeting_id)
            for item in self._desk.agenda.items(meeting.id):
                self.item_box.addItem(f"{item.number}. {item.title}", item.id)
            # Due by the body's next meeting is the usual ask; the domain refuses a date before this one.
            following = [
                m.day
                for m in self._desk.meetings.meetings(meeting.body_id)
                if m.day > meeting.day and m.status != "cancelled"
            ]
            due = following[0] if following else meeting.day + timedelta(weeks=8)
            self.due_box.setDate(QDate(due.year, due.month, due.day))
        index = find_data(self.item_box, chosen)
        self.item_box.setCurrentIndex(max(index, 0))

    def work(self) -> Callable[[], Any]:
        meeting_id = self.meeting_id
        if meeting_id is None:
            raise InputError("choose the meeting it was raised at")
        actions, description, kind = self._desk.actions, self.description_edit.toPlainText(), self._kind
        item_id, owner_id, team_id = (
            self.item_box.currentData(),
            self.owner_box.currentData(),
            self.team_box.currentData(),
        )
        due = day_of(self.due_box) if self.due_check.isChecked() else None
        raised_by = self.asked_by_box.currentData() if kind == "question" else None
        links = self.links.chosen()
        return lambda: actions.raise_action(
            meeting_id,
            description,
            kind=kind,
            item_id=item_id,
            owner_id=owner_id,
            team_id=team_id,
            due=due,
            raised_by=raised_by,
            links=links,
        )

    def saved(self, result: Any) -> None:
        self.row = result
        self.raised.emit(result)
