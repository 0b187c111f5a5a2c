"""Dialogs of the Meetings page: a meeting, a year of meetings, moving, attendance (one or several at once),
interests, approval."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any
from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QSpinBox, QWidget

from cpdesk.domain.agenda import DECLARATION_KINDS
from cpdesk.domain.dates import long_date
from cpdesk.domain.desk import Desk
from cpdesk.domain.meetings import ATTENDANCE, Meeting, series_days
from cpdesk.domain.people import Body
from cpdesk.errors import CpdeskError, InputError
from cpdesk.views.common.forms import FormDialog, choice_box, date_edit, day_of, people_choices
from cpdesk.views.common.tasks import Runner


class MeetingForm(FormDialog):
    """A Meetings page form: a refusal is said inside the form, beside the fields it is about."""

    inline_refusals = True

    def __init__(self, parent: QWidget | None, title: str, ok_text: str, desk: Desk, runner: Runner) -> None:
        super().__init__(parent, title, ok_text, desk, runner)
        self.setMinimumWidth(0)  # each form sizes itself to what it holds


def _line(text: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setPlaceholderText(placeholder)
    return edit


class NewMeetingDialog(MeetingForm):
    """One meeting of a body: date, time and venue."""

    def __init__(
        self, desk: Desk, runner: Runner, bodies: list[Body], body_id: UUID | None, day: date, parent: QWidget
    ) -> None:
        super().__init__(parent, "New meeting", "&Create meeting", desk, runner)
        self.created: Meeting | None = None
        self.body_box = choice_box("Body", [(b.name, b.id) for b in bodies], body_id)
        self.date_box = date_edit("Date", day)
        self.time_edit = _line("10:00", "HH:MM, for example 10:00")
        self.venue_edit = _line("", "for example New Shire Hall, Alconbury Weald")
        self.add_row("&Body:", self.body_box)
        self.add_row("&Date:", self.date_box)
        self.add_row("&Time:", self.time_edit)
        self.add_row("&Venue:", self.venue_edit)
        self.resize(520, self.sizeHint().height())

    def work(self) -> Callable[[], Any]:
        meetings, body, day = self._desk.meetings, self.body_box.currentData(), day_of(self.date_box)
        time, venue = self.time_edit.text(), self.venue_edit.text()
        return lambda: meetings.create_meeting(body, day, time, venue)

    def saved(self, result: Any) -> None:
        self.created = result


class SeriesDialog(MeetingForm):
    """A municipal year of meetings at once, with the dates it will make shown before it makes them."""

    def __init__(
        self, desk: Desk, runner: Runner, bodies: list[Body], body_id: UUID | None, day: date, parent: QWidget
    ) -> None:
        super().__init__(parent, "New year of meetings", "&Create meetings", desk, runner)
        self.created: list[Meeting] = []
        self.body_box = choice_box("Body", [(b.name, b.id) for b in bodies], body_id)
        self.first_box = date_edit("First meeting", day)
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

    def work(self) -> Callable[[], Any]:
        meetings, body, first = self._desk.meetings, self.body_box.currentData(), day_of(self.first_box)
        every, time, venue = self.every_box.value(), self.time_edit.text(), self.venue_edit.text()
        return lambda: meetings.create_series(body, first, every_weeks=every, time=time, venue=venue)

    def saved(self, result: Any) -> None:
        self.created = result


class MoveDialog(MeetingForm):
    """A new date, time or venue for one meeting."""

    def __init__(self, desk: Desk, runner: Runner, meeting: Meeting, parent: QWidget) -> None:
        super().__init__(
            parent, f"Move the meeting of {long_date(meeting.day)}", "&Move meeting", desk, runner
        )
        self._meeting = meeting
        self.date_box = date_edit("New date", meeting.day)
        self.time_edit = _line(meeting.time, "HH:MM, for example 10:00")
        self.venue_edit = _line(meeting.venue)
        self.add_row(f"{meeting.body}, {long_date(meeting.day)}", QLabel(), "Meeting")
        self.add_row("New &date:", self.date_box)
        self.add_row("&Time:", self.time_edit)
        self.add_row("&Venue:", self.venue_edit)
        self.resize(520, self.sizeHint().height())

    def work(self) -> Callable[[], Any]:
        meetings, m = self._desk.meetings, self._meeting
        day, time, venue = day_of(self.date_box), self.time_edit.text().strip(), self.venue_edit.text()

        def move() -> None:
            if (day, time) != (m.day, m.time):
                meetings.move(m.id, day, time)
            if venue.strip() != m.venue:
                meetings.update(m.id, venue=venue)

        return move


class AttendanceDialog(MeetingForm):
    """Whether a person came: present, apologies, absent, or a substitute for a member."""

    def __init__(
        self,
        desk: Desk,
        runner: Runner,
        meeting: Meeting,
        person_id: UUID | None,
        status: str,
        for_id: UUID | None,
        parent: QWidget,
    ) -> None:
        super().__init__(parent, "Attendance", "&Record attendance", desk, runner)
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

    def work(self) -> Callable[[], Any]:
        person: UUID | None = self.person_box.currentData()
        if person is None:
            raise InputError("add a person on the People page first, then record their attendance")
        status = self.status_box.currentData()
        whom = self.for_box.currentData() if status == "substitute" else None
        meetings, meeting_id = self._desk.meetings, self._meeting.id

        def record() -> UUID:
            meetings.set_attendance(meeting_id, person, status, whom)
            return person

        return record

    def saved(self, result: Any) -> None:
        self.person_id = result


class SeveralAttendanceDialog(MeetingForm):
    """Several people at once, all present, all with apologies or all absent; the recorded are not offered."""

    def __init__(self, desk: Desk, runner: Runner, meeting: Meeting, parent: QWidget) -> None:
        super().__init__(parent, "Record several people's attendance", "&Record attendance", desk, runner)
        self._meeting = meeting
        self.recorded: list[UUID] = []
        already = {entry.person_id for entry in desk.meetings.attendance(meeting.id)}
        self.people_list = QListWidget()
        self.people_list.setAccessibleDescription(
            "Space ticks or unticks the person chosen; only those not yet recorded at this meeting are listed"
        )
        for person in desk.people.people():
            if person.id in already:
                continue
            item = QListWidgetItem(person.label, self.people_list)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
        self.people_list.setCurrentRow(0)
        self.status_box = choice_box(
            "Attendance", [(label, key) for key, label in ATTENDANCE.items() if key != "substitute"]
        )
        if self.people_list.count():
            self.say(
                "Tick everyone with the same attendance. A substitute is recorded on their own, with "
                "Record attendance, as they stand in for someone."
            )
        else:
            self.say(
                "Everyone is already recorded for this meeting: change a person's attendance on its own."
            )
            self.ok_button.setEnabled(False)
        self.add_row("&People not yet recorded:", self.people_list)
        self.add_row("&Attendance:", self.status_box)
        self.resize(520, 440)

    def ticked(self) -> list[UUID]:
        """The people ticked, in the order listed."""
        items = (self.people_list.item(row) for row in range(self.people_list.count()))
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]

    def work(self) -> Callable[[], Any]:
        chosen = self.ticked()
        if not chosen:
            raise InputError("tick at least one person to record")
        meetings, meeting_id, status = self._desk.meetings, self._meeting.id, self.status_box.currentData()

        def record() -> list[UUID]:
            meetings.set_attendance_many(meeting_id, chosen, status)
            return chosen

        return record

    def saved(self, result: Any) -> None:
        self.recorded = result


class DeclarationDialog(MeetingForm):
    """A declaration of interest: who, in which item, what kind, what the interest is."""

    def __init__(
        self, desk: Desk, runner: Runner, meeting: Meeting, item_id: UUID | None, parent: QWidget
    ) -> None:
        super().__init__(parent, "Declare an interest", "&Declare interest", desk, runner)
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

    def work(self) -> Callable[[], Any]:
        if self.item_box.currentData() is None:
            raise InputError("the agenda has no items yet; build it first")
        if self.person_box.currentData() is None:
            raise InputError("add the person on the People page first")
        agenda, item, person = self._desk.agenda, self.item_box.currentData(), self.person_box.currentData()
        kind, interest = self.kind_box.currentData(), self.interest_edit.text()
        return lambda: agenda.declare(item, person, kind, interest)


class ApproveDialog(MeetingForm):
    """Approve a meeting's minutes at a later meeting of the same body, under its minutes item."""

    def __init__(self, desk: Desk, runner: Runner, meeting: Meeting, parent: QWidget) -> None:
        title = f"Approve the minutes of {long_date(meeting.day)}"
        super().__init__(parent, title, "&Approve minutes", desk, runner)
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

    def work(self) -> Callable[[], Any]:
        at = self.at_box.currentData()
        if at is None:
            raise InputError(f"there is no later meeting of the {self._meeting.body} to approve them at")
        minutes, meeting_id = self._desk.minutes, self._meeting.id
        return lambda: minutes.approve(meeting_id, at)
