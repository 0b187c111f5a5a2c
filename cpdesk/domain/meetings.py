"""Meetings: scheduling a year at once, moving and cancelling, status, attendance, and finding a meeting."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from uuid import UUID

import peewee as pw

from cpdesk.domain.audit import BINNED, RESTORED, record
from cpdesk.domain.dates import long_date, municipal_year_bounds, municipal_year_start, parse_date, parse_time
from cpdesk.domain.people import person_view
from cpdesk.errors import (
    APPROVING_MEETING,
    LOCKED_MESSAGES,
    LOCKED_RECORD,
    InputError,
    LockedError,
    NotFoundError,
)
from cpdesk.store import meetings as m
from cpdesk.store.base import tuples, utc_now

STATUSES = {
    "scheduled": "Scheduled",
    "agenda_published": "Agenda published",
    "held": "Held",
    "cancelled": "Cancelled",
    "minutes_approved": "Minutes approved",
}
ATTENDANCE = {"present": "Present", "apologies": "Apologies", "absent": "Absent", "substitute": "Substitute"}
# Status a clerk may set directly; minutes are approved through MinutesService.approve.
_NEXT = {
    "scheduled": {"agenda_published", "held"},
    "agenda_published": {"scheduled", "held"},
    "held": {"agenda_published", "scheduled"},  # marked held by mistake: undone until minutes approved
    "cancelled": {"scheduled"},
    "minutes_approved": set(),
}


@dataclass(frozen=True)
class Meeting:
    id: UUID
    body_id: UUID
    body: str
    body_kind: str
    day: date
    time: str
    venue: str
    status: str
    minutes_approved_at: date | None
    is_example: bool

    @property
    def status_label(self) -> str:
        return STATUSES[self.status]

    @property
    def title(self) -> str:
        return f"{self.body}, {long_date(self.day)}"

    @property
    def locked(self) -> bool:
        return self.status == "minutes_approved"


@dataclass(frozen=True)
class AttendanceEntry:
    person_id: UUID
    name: str
    description: str
    status: str
    substitute_for_id: UUID | None
    substitute_for: str

    @property
    def status_label(self) -> str:
        label = ATTENDANCE[self.status]
        return f"{label} for {self.substitute_for}" if self.substitute_for else label


def series_days(first: date, every_weeks: int = 8, until: date | None = None) -> list[date]:
    """The dates of a series: every so many weeks from the first to until (or the municipal year's end)."""
    if not 1 <= every_weeks <= 52:
        raise InputError("meetings can be every 1 to 52 weeks")
    last = until or municipal_year_bounds(municipal_year_start(first))[1]
    if last < first:
        raise InputError("the last date is before the first")
    days = []
    day = first
    while day <= last:
        days.append(day)
        day += timedelta(weeks=every_weeks)
    return days


def meeting_row(meeting_id: UUID) -> m.Meeting:
    row = m.Meeting.get_or_none((m.Meeting.id == meeting_id) & m.Meeting.deleted_at.is_null())
    if row is None:
        raise NotFoundError("that meeting is not in this database")
    return row


def ensure_unlocked(row: m.Meeting) -> None:
    """Refuse early a change to the record of a meeting whose minutes are approved.

    The database itself refuses every such change (migration 0005), whatever the write path; this
    check only spares work that would be refused, such as reading a paper's file.
    """
    if row.status == "minutes_approved":
        raise LockedError(LOCKED_MESSAGES[LOCKED_RECORD])


def set_binned(
    model: type[m.Paper] | type[m.Declaration] | type[m.Decision], record_id: UUID, what: str, binned: bool
) -> None:
    """Put a paper, declaration or decision of an agenda item in the bin or back; refused once locked."""
    row = model.get_or_none(model.id == record_id)
    if row is None:
        raise NotFoundError(f"that {what} is not in this database")
    ensure_unlocked(row.agenda_item.meeting)
    row.deleted_at = utc_now() if binned else None
    with row._meta.database.atomic():
        row.save()
        record(what, row.id, BINNED if binned else RESTORED)


def _refuse_if_it_approved_minutes(row: m.Meeting) -> None:
    """A meeting that approved another's minutes is part of that record."""
    if m.Meeting.select().where(m.Meeting.minutes_approved_at == row.id).exists():
        raise LockedError(LOCKED_MESSAGES[APPROVING_MEETING])


def _summary(row: m.Meeting, body: m.Body, approved_on: str | None) -> Meeting:
    return Meeting(
        row.id,
        body.id,
        body.name,
        body.kind,
        date.fromisoformat(row.date),
        row.time,
        row.venue,
        row.status,
        date.fromisoformat(approved_on) if approved_on else None,
        bool(row.is_example),
    )


class MeetingService:
    """The meetings of every body, for the clerk who schedules them."""

    def __init__(self, db: pw.Database, today: Callable[[], date]) -> None:
        self._db = db
        self._today = today

    def meetings(self, body_id: UUID | None = None, *, binned: bool = False) -> list[Meeting]:
        """Every meeting (of one body, if named) by date; those in the bin only if binned is true."""
        # Only what a summary shows: whole records would parse two timestamps each for nothing.
        query = m.Meeting.select(
            m.Meeting.id,
            m.Meeting.date,
            m.Meeting.time,
            m.Meeting.venue,
            m.Meeting.status,
            m.Meeting.minutes_approved_at,
            m.Meeting.is_example,
            m.Body.id,
            m.Body.name,
            m.Body.kind,
        ).join(m.Body)
        if body_id is not None:
            query = query.where(m.Meeting.body == body_id)
        query = query.where(m.Meeting.deleted_at.is_null(not binned))
        dates: dict[UUID, str] = dict(tuples(m.Meeting.select(m.Meeting.id, m.Meeting.date)))
        return [
            _summary(
                row, row.body, dates.get(row.minutes_approved_at_id) if row.minutes_approved_at_id else None
            )
            for row in query.order_by(m.Meeting.date, m.Meeting.time, m.Body.name)
        ]

    def meeting(self, meeting_id: UUID) -> Meeting:
        row = meeting_row(meeting_id)
        approved = row.minutes_approved_at.date if row.minutes_approved_at_id else None
        return _summary(row, row.body, approved)

    def find(self, spec: str, body_kind: str = "sub_committee") -> Meeting:
        """A meeting named by date (YYYY-MM-DD), 'next' or 'last'; the Sub-Committee's unless told not."""
        everything = [mt for mt in self.meetings() if mt.status != "cancelled"]
        preferred = [mt for mt in everything if mt.body_kind == body_kind] or everything
        today = self._today()
        if spec == "next":
            found = [mt for mt in preferred if mt.day >= today]
            if not found:
                raise NotFoundError("there is no meeting from today on")
            return found[0]
        if spec == "last":
            found = [mt for mt in preferred if mt.day < today]
            if not found:
                raise NotFoundError("there is no meeting before today")
            return found[-1]
        day = parse_date(spec, what="meeting date")
        on_day = [mt for mt in preferred if mt.day == day] or [mt for mt in everything if mt.day == day]
        if not on_day:
            raise NotFoundError(f"there is no meeting on {long_date(day)}")
        return on_day[0]

    # --- scheduling ---

    def create_meeting(
        self, body_id: UUID, day: date, time: str = "", venue: str = "", *, is_example: bool = False
    ) -> Meeting:
        if not m.Body.select().where(m.Body.id == body_id).exists():
            raise NotFoundError("that body is not in this database")
        row = m.Meeting.create(
            body=body_id,
            date=day.isoformat(),
            time=parse_time(time),
            venue=venue.strip(),
            is_example=is_example,
        )
        return self.meeting(row.id)

    def create_series(
        self,
        body_id: UUID,
        first: date,
        *,
        every_weeks: int = 8,
        until: date | None = None,
        time: str = "",
        venue: str = "",
    ) -> list[Meeting]:
        """A municipal year of meetings at once: every so many weeks from the first date to the year's end."""
        days = series_days(first, every_weeks, until)
        with self._db.atomic():
            return [self.create_meeting(body_id, d, time, venue) for d in days]

    def move(self, meeting_id: UUID, day: date, time: str | None = None) -> Meeting:
        row = meeting_row(meeting_id)
        ensure_unlocked(row)
        if row.status == "held":
            raise InputError("a meeting that has been held cannot be moved")
        _refuse_if_it_approved_minutes(row)
        row.date = day.isoformat()
        if time is not None:
            row.time = parse_time(time)
        row.save()
        return self.meeting(row.id)

    def update(self, meeting_id: UUID, *, venue: str | None = None, time: str | None = None) -> Meeting:
        row = meeting_row(meeting_id)
        ensure_unlocked(row)
        if venue is not None:
            row.venue = venue.strip()
        if time is not None:
            row.time = parse_time(time)
        row.save()
        return self.meeting(row.id)

    def cancel(self, meeting_id: UUID) -> Meeting:
        row = meeting_row(meeting_id)
        ensure_unlocked(row)
        if row.status == "held":
            raise InputError("a meeting that has been held cannot be cancelled")
        _refuse_if_it_approved_minutes(row)
        row.status = "cancelled"
        row.save()
        return self.meeting(row.id)

    def set_status(self, meeting_id: UUID, status: str) -> Meeting:
        row = meeting_row(meeting_id)
        ensure_unlocked(row)
        if status not in _NEXT.get(row.status, set()):
            raise InputError(
                f"a meeting that is {STATUSES[row.status].lower()} cannot be marked "
                f"{STATUSES.get(status, status).lower()}"
            )
        day = date.fromisoformat(row.date)
        if status == "held" and day > self._today():
            raise InputError(
                f"the meeting of {long_date(day)} has not happened yet; mark it held on or after the day"
            )
        row.status = status
        row.save()
        return self.meeting(row.id)

    def bin(self, meeting_id: UUID) -> None:
        """Move a meeting to the bin (it can be restored); a meeting with approved minutes stays."""
        row = meeting_row(meeting_id)
        ensure_unlocked(row)
        _refuse_if_it_approved_minutes(row)
        row.deleted_at = utc_now()
        with self._db.atomic():
            row.save()
            record("meeting", row.id, BINNED)

    def restore(self, meeting_id: UUID) -> None:
        with self._db.atomic():
            if (
                m.Meeting.update(deleted_at=None)
                .where((m.Meeting.id == meeting_id) & m.Meeting.deleted_at.is_null(False))
                .execute()
            ):
                record("meeting", meeting_id, RESTORED)

    # --- attendance ---

    def attendance(self, meeting_id: UUID) -> list[AttendanceEntry]:
        rows = list(
            m.Attendance.select(m.Attendance, m.Person)
            .join(m.Person, on=(m.Attendance.person == m.Person.id))
            .where(m.Attendance.meeting == meeting_id)
            .order_by(m.Person.kind, m.Person.name)
        )
        # The member stood in for is often not on this meeting's attendance at all, so look their name up.
        stood_in_for = [r.substitute_for_id for r in rows if r.substitute_for_id]
        names: dict[UUID, str] = dict(
            tuples(m.Person.select(m.Person.id, m.Person.name).where(m.Person.id.in_(stood_in_for)))
        )
        return [
            AttendanceEntry(
                r.person.id,
                r.person.name,
                person_view(r.person).description,
                r.status,
                r.substitute_for_id,
                names.get(r.substitute_for_id, "") if r.substitute_for_id else "",
            )
            for r in rows
        ]

    def set_attendance(
        self, meeting_id: UUID, person_id: UUID, status: str, substitute_for: UUID | None = None
    ) -> None:
        if status not in ATTENDANCE:
            raise InputError(f"attendance is one of {', '.join(ATTENDANCE.values())}")
        if (status == "substitute") != (substitute_for is not None):
            raise InputError("a substitute stands in for someone: name whom (and only for a substitute)")
        if substitute_for == person_id:
            raise InputError("a person cannot be their own substitute")
        row = meeting_row(meeting_id)
        ensure_unlocked(row)
        with self._db.atomic():
            m.Attendance.delete().where(
                (m.Attendance.meeting == row) & (m.Attendance.person == person_id)
            ).execute()
            m.Attendance.create(meeting=row, person=person_id, status=status, substitute_for=substitute_for)

    def set_attendance_many(self, meeting_id: UUID, person_ids: list[UUID], status: str) -> None:
        """Record several people at once as present, apologies or absent, in one write: all, or none.

        Only people not yet on the meeting's attendance: a person already recorded is changed on their own,
        and a substitute is recorded on their own as well, with whom they stand in for.
        """
        if status not in ATTENDANCE or status == "substitute":
            raise InputError(
                "several people at once are present, apologies or absent; record a substitute alone"
            )
        chosen = list(dict.fromkeys(person_ids))
        if not chosen:
            raise InputError("tick at least one person to record")
        row = meeting_row(meeting_id)
        ensure_unlocked(row)
        with self._db.atomic():
            people = dict(
                tuples(
                    m.Person.select(m.Person.id, m.Person.name).where(
                        m.Person.id.in_(chosen) & m.Person.deleted_at.is_null()
                    )
                )
            )
            if len(people) != len(chosen):
                raise NotFoundError("one of the people chosen is no longer in this database")
            recorded = [
                people[r.person_id]
                for r in m.Attendance.select(m.Attendance.person).where(
                    (m.Attendance.meeting == row) & m.Attendance.person.in_(chosen)
                )
            ]
            if recorded:
                raise InputError(
                    f"{', '.join(sorted(recorded))} {'is' if len(recorded) == 1 else 'are'} already recorded "
                    "for this meeting; change their attendance one at a time"
                )
            for person in chosen:
                m.Attendance.create(meeting=row, person=person, status=status)

    def remove_attendance(self, meeting_id: UUID, person_id: UUID) -> None:
        ensure_unlocked(meeting_row(meeting_id))
        # Attendance is one choice on a list, made again with one click: it is not binned, but what it
        # was is kept in the audit log so that it can be made again as it was.
        row = m.Attendance.get_or_none(
            (m.Attendance.meeting == meeting_id) & (m.Attendance.person == person_id)
        )
        if row is None:
            return
        with self._db.atomic():
            row.delete_instance()
            record(
                "meeting",
                meeting_id,
                f"{row.person.name} taken off the attendance (was {ATTENDANCE[row.status]})",
            )
