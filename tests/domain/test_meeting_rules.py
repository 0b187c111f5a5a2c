"""Finding, changing and restoring meetings as the clerk and the command line do, edge by edge."""

from __future__ import annotations

from datetime import date

import pytest

from cpdesk.domain.desk import Desk
from cpdesk.errors import InputError, NotFoundError
from tests.helpers import Clock

JUNE, AUGUST = date(2025, 6, 10), date(2025, 8, 5)


@pytest.fixture
def two(desk: Desk) -> tuple[object, object]:
    body = desk.people.body("sub_committee").id
    return desk.meetings.create_meeting(body, JUNE).id, desk.meetings.create_meeting(body, AUGUST).id


def test_next_includes_a_meeting_today_and_last_does_not(desk: Desk, clock: Clock, two: tuple) -> None:
    clock.today = AUGUST
    assert desk.meetings.find("next").day == AUGUST
    assert desk.meetings.find("last").day == JUNE
    clock.today = JUNE
    assert desk.meetings.find("next").day == JUNE
    with pytest.raises(NotFoundError, match=r"^there is no meeting before today$"):
        desk.meetings.find("last")
    clock.today = date(2025, 8, 6)
    with pytest.raises(NotFoundError, match=r"^there is no meeting from today on$"):
        desk.meetings.find("next")


def test_a_meeting_is_found_by_its_date_and_a_bad_date_is_named(desk: Desk, two: tuple) -> None:
    assert desk.meetings.find("2025-08-05").id == two[1]
    with pytest.raises(
        InputError, match=r"^the meeting date '5/8/2025' is not a date written as YYYY-MM-DD$"
    ):
        desk.meetings.find("5/8/2025")
    with pytest.raises(NotFoundError, match=r"^there is no meeting on 6 August 2025$"):
        desk.meetings.find("2025-08-06")


def test_another_bodys_meeting_is_found_by_date_when_the_sub_committee_has_none(
    desk: Desk, two: tuple
) -> None:
    steering = desk.people.body("steering_group").id
    theirs = desk.meetings.create_meeting(steering, date(2025, 7, 1))
    assert desk.meetings.find("2025-07-01").id == theirs.id
    assert desk.meetings.find("2025-06-10").id == two[0]


def test_venue_and_time_change_separately(desk: Desk, two: tuple) -> None:
    june = two[0]
    desk.meetings.update(june, venue="  New Shire Hall  ", time="10:00")
    desk.meetings.update(june, time="14:30")
    assert (desk.meetings.meeting(june).venue, desk.meetings.meeting(june).time) == (
        "New Shire Hall",
        "14:30",
    )
    desk.meetings.update(june, venue="Online")
    assert (desk.meetings.meeting(june).venue, desk.meetings.meeting(june).time) == ("Online", "14:30")


def test_restoring_one_binned_meeting_leaves_the_other_in_the_bin(desk: Desk, two: tuple) -> None:
    desk.meetings.bin(two[0])
    desk.meetings.bin(two[1])
    desk.meetings.restore(two[0])
    assert [mt.id for mt in desk.meetings.meetings()] == [two[0]]


def test_removing_one_persons_attendance_leaves_everyone_elses(desk: Desk, two: tuple) -> None:
    one, other = desk.people.add_member("Cllr A"), desk.people.add_member("Cllr B")
    for meeting in two:
        desk.meetings.set_attendance(meeting, one.id, "present")
        desk.meetings.set_attendance(meeting, other.id, "apologies")
    desk.meetings.remove_attendance(two[0], one.id)
    assert [(a.name, a.status_label) for a in desk.meetings.attendance(two[0])] == [("Cllr B", "Apologies")]
    assert [a.name for a in desk.meetings.attendance(two[1])] == ["Cllr A", "Cllr B"]
