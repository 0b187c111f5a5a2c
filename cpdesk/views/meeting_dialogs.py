"""Dialogs of the Meetings page: a meeting, a year of meetings, moving, attendance, interests, approval."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from PySide6.QtWidgets import QLabel, QLineEdit, QSpinBox, QWidget

from cpdesk.domain.agenda import DECLARATION_KINDS
from cpdesk.domain.dates import long_date
from cpdesk.domain.desk import Desk
from cpdesk.domain.meetings import ATTENDANCE, Meeting, series_days
from cpdesk.domain.people import Body
from cpdesk.errors import CpdeskError, InputError
from cpdesk.views.meeting_forms import FormDialog, choice_box, date_edit, day_of, people_choices


def _line(text: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setPlaceholderText(placeholder)
    return edit


class NewMeetingDialog(FormDialog):
    """One meeting of a body: date, time and venue."""

    def __init__(
        self, desk: Desk, bodies: list[Body], body_id: UUID | None, day: date, parent: QWidget
    ) -> None:
        super().__init__("New meeting", "&Create meeting", parent)
        self._desk = desk
        self.created: Meeting | None = None
        self.body_box = choice_box("Body", [(b.name, b.id) for b in bodies], body_id)
        self.date_box = date_edit(day, "Date")
        self.time_edit = _line("10:00", "HH:MM, for example 10:00")
        self.venue_edit = _line("", "for example New Shire Hall, Alconbury Weald")
        self.add_row("&Body:", self.body_box)
        self.add_row("&Date:", self.date_box)
        self.add_row("&Time:", self.time_edit)
        self.add_row("&Venue:", self.venue_edit)
        self.resize(520, self.sizeHint().height())

    def save(self) -> None:
        self.created = self._desk.meetings.create_meeting(
            self.body_box.currentData(), day_of(self.date_box), self.time_edit.text(), self.venue_edit.text()
        )


class SeriesDialog(FormDialog):
    """A municipal year of meetings at once, with the dates it will make shown before it makes them."""

    def __init__(
        self, desk: Desk, bodies: list[Body], body_id: UUID | None, day: date, parent: QWidget
    ) -> None:
        super().__init__("New year of meetings", "&Create meetings", parent)
        self._desk = desk
        self.created: list[Meeting] = []
        self.body_box = choice_box("Body", [(b.name, b.id) for b in bodies], body_id)
        self.first_box = date_edit(day, "First meeting")
        self.every_box = QSpinBox()
        self.every_box.setRange(1, 52)
        self.every_box.setValue(8)
        self.every_box.setSuffix(" weeks")
        self.time_edit = _line("10:00", "HH:MM, for example 10:00")
        self.venue_edit = _line("", "for example New Shire Hall, Alconbury Weald")
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName("Meetings this will make")
        self.add_row("&Body:", self.body_box)
        self.add_row("&First meeting:", self.first_box)
        self.add_row("&Every:", self.every_box, "Every how many weeks")
        self.add_row("&Time:", self.time_edit)
        self.add_row("&Venue:", self.venue_edit)
        self.form.addRow(self.preview)
        self.first_box.dateChanged.connect(self._preview)
        self.every_box.valueChanged.connect(self._preview)
        self._preview()
        self.resize(560, self.sizeHint().height())

    def days(self) -> list[date]:
        return series_days(day_of(self.first_box), self.every_box.value())

    def _preview(self) -> None:
        try:
            days = self.days()
        except CpdeskError as error:
            self.preview.setText(error.message)
            return
        count = "1 meeting" if len(days) == 1 else f"{len(days)} meetings"
        self.preview.setText(
            f"This makes {count}, from {long_date(days[0])} to {long_date(days[-1])} "
            "(the end of the municipal year): " + ", ".join(f"{d.day} {d:%b}" for d in days) + "."
        )
        self.preview.setAccessibleDescription(self.preview.text())

    def save(self) -> None:
        self.created = self._desk.meetings.create_series(
            self.body_box.currentData(),
            day_of(self.first_box),
            every_weeks=self.every_box.value(),
            time=self.time_edit.text(),
            venue=self.venue_edit.text(),
        )


class MoveDialog(FormDialog):
    """A new date, time or venue for one meeting."""

    def __init__(self, desk: Desk, meeting: Meeting, parent: QWidget) -> None:
        super().__init__(f"Move the meeting of {long_date(meeting.day)}", "&Move meeting", parent)
        self._desk = desk
        self._meeting = meeting
        self.date_box = date_edit(meeting.day, "New date")
        self.time_edit = _line(meeting.time, "HH:MM, for example 10:00")
        self.venue_edit = _line(meeting.venue)
        self.add_row(f"{meeting.body}, {long_date(meeting.day)}", QLabel(), "Meeting")
        self.add_row("New &date:", self.date_box)
        self.add_row("&Time:", self.time_edit)
        self.add_row("&Venue:", self.venue_edit)
        self.resize(520, self.sizeHint().height())

    def save(self) -> None:
        meetings, m = self._desk.meetings, self._meeting
        day, time = day_of(self.date_box), self.time_edit.text().strip()
        if (day, time) != (m.day, m.time):
            meetings.move(m.id, day, time)
        if self.venue_edit.text().strip() != m.venue:
            meetings.update(m.id, venue=self.venue_edit.text())


class AttendanceDialog(FormDialog):
    """Whether a person came: present, apologies, absent, or a substitute for a member."""

    def __init__(
        self,
        desk: Desk,
        meeting: Meeting,
        person_id: UUID | None,
        status: str,
        for_id: UUID | None,
        parent: QWidget,
    ) -> None:
        super().__init__("Attendance", "&Record attendance", parent)
        self._desk = desk
        self._meeting = meeting
        people = desk.people.people()
        self.person_id: UUID | None = None
        self.person_box = choice_box("Person", [(p.label, p.id) for p in people], person_id)
        self.person_box.setEnabled(person_id is None)
        self.status_box = choice_box(
            "Attendance", [(label, key) for key, label in ATTENDANCE.items()], status
        )
        members = [p for p in people if p.kind == "member"]
        self.for_box = choice_box("Substitute for", people_choices(members, "No one"), for_id)
        self.add_row("&Person:", self.person_box)
        self.add_row("&Attendance:", self.status_box)
        self.add_row("Substitute &for:", self.for_box)
        self.status_box.currentIndexChanged.connect(self._substitute_or_not)
        self._substitute_or_not()
        self.resize(520, self.sizeHint().height())

    def _substitute_or_not(self) -> None:
        self.for_box.setEnabled(self.status_box.currentData() == "substitute")

    def save(self) -> None:
        person = self.person_box.currentData()
        if person is None:
            raise InputError("add a person on the People page first, then record their attendance")
        status = self.status_box.currentData()
        whom = self.for_box.currentData() if status == "substitute" else None
        self._desk.meetings.set_attendance(self._meeting.id, person, status, whom)
        self.person_id = person


class DeclarationDialog(FormDialog):
    """A declaration of interest: who, in which item, what kind, what the interest is."""

    def __init__(self, desk: Desk, meeting: Meeting, item_id: UUID | None, parent: QWidget) -> None:
        super().__init__("Declare an interest", "&Declare interest", parent)
        self._desk = desk
        items = desk.agenda.items(meeting.id)
        self.item_box = choice_box("Agenda item", [(f"{i.number}. {i.title}", i.id) for i in items], item_id)
        people = desk.people.people()
        self.person_box = choice_box("Person", [(p.label, p.id) for p in people])
        self.kind_box = choice_box(
            "Kind of interest", [(label, key) for key, label in DECLARATION_KINDS.items()]
        )
        self.interest_edit = _line("", "for example: a relative is a foster carer")
        self.add_row("Agenda &item:", self.item_box)
        self.add_row("&Person:", self.person_box)
        self.add_row("&Kind:", self.kind_box, "Kind of interest")
        self.add_row("I&nterest:", self.interest_edit)
        self.resize(560, self.sizeHint().height())

    def save(self) -> None:
        if self.item_box.currentData() is None:
            raise InputError("the agenda has no items yet; build it first")
        if self.person_box.currentData() is None:
            raise InputError("add the person on the People page first")
        self._desk.agenda.declare(
            self.item_box.currentData(),
            self.person_box.currentData(),
            self.kind_box.currentData(),
            self.interest_edit.text(),
        )


class ApproveDialog(FormDialog):
    """Approve a meeting's minutes at a later meeting of the same body, under its minutes item."""

    def __init__(self, desk: Desk, meeting: Meeting, parent: QWidget) -> None:
        super().__init__(f"Approve the minutes of {long_date(meeting.day)}", "&Approve minutes", parent)
        self._desk = desk
        self._meeting = meeting
        later = [
            m
            for m in desk.meetings.meetings(meeting.body_id)
            if m.day > meeting.day and m.status != "cancelled"
        ]
        self.at_box = choice_box(
            "Approved at", [(f"{long_date(m.day)} ({m.status_label})", m.id) for m in later]
        )
        note = QLabel(
            f"The minutes of {meeting.title} are approved under “Minutes of the last meeting” at a later "
            "meeting of the same body. Once approved they are locked: a correction is recorded beside them."
        )
        note.setWordWrap(True)
        self.form.addRow(note)
        self.add_row("Approved at the meeting &on:", self.at_box, "Approved at the meeting on")
        self.resize(560, self.sizeHint().height())

    def save(self) -> None:
        at = self.at_box.currentData()
        if at is None:
            raise InputError(f"there is no later meeting of the {self._meeting.body} to approve them at")
        self._desk.minutes.approve(self._meeting.id, at)
