"""Who was at a meeting, as the minutes print it, and the refusals a clerk meets when recording it:
each says exactly what is wrong and records no one."""

from __future__ import annotations

from datetime import date
from uuid import UUID, uuid4

import pytest

from cpdesk.domain.desk import Desk
from cpdesk.domain.meetings import AttendanceEntry, LockedError
from cpdesk.errors import InputError, NotFoundError
from tests.conftest import database_dump
from tests.helpers import Clock

JUNE, AUGUST, OCTOBER = date(2025, 6, 10), date(2025, 8, 5), date(2025, 10, 7)


def _meeting(desk: Desk, day: date = JUNE) -> UUID:
    return desk.meetings.create_meeting(desk.people.body("sub_committee").id, day).id


def test_attendance_lists_members_then_officers_then_young_people_each_by_name(desk: Desk) -> None:
    meeting = _meeting(desk)
    officer = desk.people.add_officer("Alex Officer", "Service Director")
    zed = desk.people.add_member("Cllr Zed")
    amy = desk.people.add_member("Cllr Amy", "chair")
    young = desk.people.add_young_person("Bo")
    stood_in_for = desk.people.add_member("Cllr Absent")
    desk.meetings.set_attendance(meeting, young.id, "present")
    desk.meetings.set_attendance(meeting, officer.id, "present")
    desk.meetings.set_attendance(meeting, zed.id, "substitute", substitute_for=stood_in_for.id)
    desk.meetings.set_attendance(meeting, amy.id, "apologies")

    entries = desk.meetings.attendance(meeting)
    assert entries == [
        AttendanceEntry(amy.id, "Cllr Amy", "Chair", "apologies", None, ""),
        AttendanceEntry(zed.id, "Cllr Zed", zed.description, "substitute", stood_in_for.id, "Cllr Absent"),
        AttendanceEntry(officer.id, "Alex Officer", "Service Director", "present", None, ""),
        AttendanceEntry(young.id, "Bo", young.description, "present", None, ""),
    ]
    assert [e.status_label for e in entries] == [
        "Apologies",
        "Substitute for Cllr Absent",
        "Present",
        "Present",
    ]


def test_recording_several_at_once_is_refused_with_the_reason_and_records_no_one(desk: Desk) -> None:
    meeting = _meeting(desk)
    a, b, c = (desk.people.add_member(name) for name in ("Cllr A", "Cllr B", "Cllr C"))
    gone = desk.people.add_member("Cllr Gone")
    desk.people.bin_person(gone.id)
    desk.meetings.set_attendance_many(meeting, [b.id, a.id], "apologies")
    before = database_dump(desk)

    refusals: list[tuple[type[Exception], str, list[UUID], str]] = [
        (
            InputError,
            "Cllr A, Cllr B are already recorded for this meeting; change their attendance one at a time",
            [c.id, b.id, a.id],
            "present",
        ),
        (
            InputError,
            "Cllr B is already recorded for this meeting; change their attendance one at a time",
            [c.id, b.id],
            "present",
        ),
        (
            InputError,
            "several people at once are present, apologies or absent; record a substitute alone",
            [c.id],
            "substitute",
        ),
        (
            InputError,
            "several people at once are present, apologies or absent; record a substitute alone",
            [c.id],
            "late",
        ),
        (InputError, "tick at least one person to record", [], "present"),
        (NotFoundError, "one of the people chosen is no longer in this database", [c.id, gone.id], "present"),
        (NotFoundError, "one of the people chosen is no longer in this database", [c.id, uuid4()], "absent"),
    ]
    for error, message, people, status in refusals:
        with pytest.raises(error) as refused:
            desk.meetings.set_attendance_many(meeting, people, status)
        assert str(refused.value) == message
    assert database_dump(desk) == before

    desk.meetings.set_attendance_many(meeting, [c.id, c.id], "absent")  # ticked twice, recorded once
    assert [(e.name, e.status) for e in desk.meetings.attendance(meeting)] == [
        ("Cllr A", "apologies"),
        ("Cllr B", "apologies"),
        ("Cllr C", "absent"),
    ]


def test_a_held_meeting_is_neither_moved_nor_cancelled_and_the_refusal_says_so(
    desk: Desk, clock: Clock
) -> None:
    meeting = _meeting(desk)
    clock.today = JUNE
    desk.meetings.set_status(meeting, "held")
    before = database_dump(desk)
    with pytest.raises(InputError) as refused:
        desk.meetings.move(meeting, date(2025, 6, 17))
    assert str(refused.value) == "a meeting that has been held cannot be moved"
    with pytest.raises(InputError) as refused:
        desk.meetings.cancel(meeting)
    assert str(refused.value) == "a meeting that has been held cannot be cancelled"
    assert database_dump(desk) == before


def test_only_the_meeting_that_approved_minutes_is_held_fast_by_them(desk: Desk, clock: Clock) -> None:
    held, approving, later = _meeting(desk, JUNE), _meeting(desk, AUGUST), _meeting(desk, OCTOBER)
    clock.today = AUGUST
    desk.meetings.set_status(held, "held")
    desk.agenda.build_from_template(approving)
    desk.minutes.approve(held, approving)
    with pytest.raises(LockedError):
        desk.meetings.move(approving, date(2025, 8, 12))

    assert desk.meetings.move(later, date(2025, 10, 14)).day == date(2025, 10, 14)
    assert desk.meetings.cancel(later).status == "cancelled"
    desk.meetings.bin(later)
    assert [mt.day for mt in desk.meetings.meetings()] == [JUNE, AUGUST]
