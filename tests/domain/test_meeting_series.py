"""A year of meetings at once: the spacing's limits, the last date, and what each meeting is given."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from cpdesk.domain.desk import Desk
from cpdesk.domain.meetings import series_days
from cpdesk.errors import InputError
from tests.conftest import database_dump
from tests.helpers import Clock

FIRST = date(2026, 6, 2)


@pytest.mark.parametrize("weeks", [1, 52])
def test_every_one_to_fifty_two_weeks_is_a_series(weeks: int) -> None:
    days = series_days(FIRST, weeks, date(2027, 6, 1))
    assert days[0] == FIRST and all((b - a).days == 7 * weeks for a, b in itertools.pairwise(days))
    assert len(days) == (53 if weeks == 1 else 2)  # 2 June 2026 to 1 June 2027 (52 weeks on), both kept


@pytest.mark.parametrize("weeks", [0, 53, -1])
def test_a_spacing_outside_one_to_fifty_two_weeks_is_refused(weeks: int) -> None:
    with pytest.raises(InputError) as refused:
        series_days(FIRST, weeks)
    assert refused.value.describe() == "meetings can be every 1 to 52 weeks"


def test_the_last_date_may_be_the_first_but_not_before_it() -> None:
    assert series_days(FIRST, 8, FIRST) == [FIRST]
    with pytest.raises(InputError) as refused:
        series_days(FIRST, 8, date(2026, 6, 1))
    assert refused.value.describe() == "the last date is before the first"


def test_a_series_runs_every_eight_weeks_to_the_date_given_with_its_time_and_venue(desk: Desk) -> None:
    body = desk.people.body("sub_committee").id
    made = desk.meetings.create_series(
        body, FIRST, until=date(2026, 9, 30), time="10:00", venue="New Shire Hall"
    )
    assert [m.day for m in made] == [date(2026, 6, 2), date(2026, 7, 28), date(2026, 9, 22)]
    assert {(m.time, m.venue) for m in made} == {("10:00", "New Shire Hall")}


def test_without_a_last_date_a_series_runs_to_the_municipal_years_end(desk: Desk) -> None:
    body = desk.people.body("sub_committee").id
    made = desk.meetings.create_series(body, FIRST, every_weeks=26)
    assert [m.day for m in made] == [date(2026, 6, 2), date(2026, 12, 1)]  # the year ends on 30 April 2027


def test_a_refused_series_makes_no_meeting(desk: Desk) -> None:
    before = database_dump(desk)
    with pytest.raises(InputError):
        desk.meetings.create_series(desk.people.body("sub_committee").id, FIRST, every_weeks=60)
    assert database_dump(desk) == before


def test_the_meetings_list_says_everything_of_each_meeting_and_keeps_to_a_body(
    desk: Desk, clock: Clock
) -> None:
    sub, yp = desk.people.body("sub_committee"), desk.people.body("young_people")
    first = desk.meetings.create_meeting(sub.id, date(2026, 6, 2), "10:00", "New Shire Hall").id
    second = desk.meetings.create_meeting(sub.id, date(2026, 7, 28), "14:30", "Room 2").id
    theirs = desk.meetings.create_meeting(yp.id, date(2026, 6, 1), "16:30", "Youth Centre").id
    desk.agenda.build_from_template(second)
    clock.today = date(2026, 7, 28)
    desk.meetings.set_status(first, "held")
    desk.minutes.approve(first, second)
    listed = {m.id: m for m in desk.meetings.meetings()}
    one = listed[first]
    assert (one.body_id, one.body, one.body_kind, one.day, one.time, one.venue) == (
        sub.id,
        sub.name,
        "sub_committee",
        date(2026, 6, 2),
        "10:00",
        "New Shire Hall",
    )
    assert (one.status, one.minutes_approved_at, one.is_example) == (
        "minutes_approved",
        date(2026, 7, 28),
        False,
    )
    assert listed[second].minutes_approved_at is None and listed[theirs].venue == "Youth Centre"
    assert [m.id for m in desk.meetings.meetings(sub.id)] == [first, second]
    assert [m.id for m in desk.meetings.meetings(yp.id)] == [theirs]
