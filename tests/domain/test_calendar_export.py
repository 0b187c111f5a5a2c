"""The calendar file: meetings (cancelled ones said so) and open actions' due dates, with stable UIDs."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import pytest

from cpdesk.domain.calendar_export import calendar_bytes, export_calendar, uid
from cpdesk.domain.desk import Desk
from cpdesk.errors import OutputError
from cpdesk.store import meetings as m
from cpdesk.store.base import utc_now

LONDON = ZoneInfo("Europe/London")
SECRET = "Private worry about the budget"


def events(path: Path) -> dict[str, Any]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(e["uid"]): e for e in calendar.walk("VEVENT")}


@pytest.fixture
def committee(desk: Desk) -> dict[str, Any]:
    body = desk.people.body("sub_committee").id
    summer = desk.meetings.create_meeting(body, date(2025, 7, 8), "10:00", "Shire Hall")
    desk.agenda.build_from_template(summer.id)
    winter = desk.meetings.create_meeting(body, date(2025, 12, 2), "14:30")
    undated = desk.meetings.create_meeting(body, date(2026, 1, 20))
    cancelled = desk.meetings.cancel(desk.meetings.create_meeting(body, date(2026, 3, 3), "10:00").id)
    binned = desk.meetings.create_meeting(body, date(2026, 4, 7), "10:00")
    desk.meetings.bin(binned.id)
    due = desk.actions.raise_action(summer.id, "Report back on  placement   stability", due=date(2025, 9, 1))
    question = desk.actions.raise_action(
        summer.id, "How many care leavers?", kind="question", due=date(2025, 9, 30)
    )
    done = desk.actions.raise_action(summer.id, "Circulate the slides", due=date(2025, 8, 1))
    desk.actions.add_update(done.id, "Sent", status="completed", on_date=date(2025, 7, 10))
    undated_action = desk.actions.raise_action(summer.id, "Keep an eye on it")
    desk.notes.set_current_user("Cllr Example", "member")
    desk.notes.add("meeting", summer.id, SECRET)
    return {
        "summer": summer,
        "winter": winter,
        "undated": undated,
        "cancelled": cancelled,
        "binned": binned,
        "due": due,
        "question": question,
        "done": done,
        "undated_action": undated_action,
    }


def test_the_calendar_has_each_meeting_and_each_open_action_due(
    desk: Desk, committee: dict[str, Any], tmp_path: Path
) -> None:
    path = tmp_path / "committee.ics"
    counts = export_calendar(desk, path)
    assert (counts.meetings, counts.cancelled, counts.actions) == (4, 1, 2)
    found = events(path)
    c = committee
    assert set(found) == {
        uid("meeting", c["summer"].id),
        uid("meeting", c["winter"].id),
        uid("meeting", c["undated"].id),
        uid("meeting", c["cancelled"].id),
        uid("action", c["due"].id),
        uid("action", c["question"].id),
    }, "binned meetings, done actions and actions with no due date are left out"
    summer = found[uid("meeting", c["summer"].id)]
    assert summer.decoded("dtstart") == datetime(2025, 7, 8, 10, 0, tzinfo=LONDON)
    assert summer.decoded("dtstart").utcoffset() == timedelta(hours=1), "British Summer Time"
    assert str(summer["summary"]) == "Corporate Parenting Sub-Committee"
    assert str(summer["location"]) == "Shire Hall" and str(summer["status"]) == "CONFIRMED"
    description = str(summer["description"])
    assert description.startswith(
        "Corporate Parenting Sub-Committee, 8 July 2025 at 10:00.\nStatus: Scheduled."
    )
    assert "1. Apologies for absence and declarations of interest" in description
    winter = found[uid("meeting", c["winter"].id)]
    assert winter.decoded("dtstart").utcoffset() == timedelta(0)
    undated = found[uid("meeting", c["undated"].id)]
    assert undated.decoded("dtstart") == date(2026, 1, 20) and undated.decoded("dtend") == date(2026, 1, 21)
    cancelled = found[uid("meeting", c["cancelled"].id)]
    assert str(cancelled["status"]) == "CANCELLED"
    assert str(cancelled["summary"]) == "Cancelled: Corporate Parenting Sub-Committee"
    action = found[uid("action", c["due"].id)]
    assert action.decoded("dtstart") == date(2025, 9, 1) and action.decoded("dtend") == date(2025, 9, 2)
    assert str(action["summary"]) == f"Action {c['due'].reference} due: Report back on placement stability"
    assert "Raised at the Corporate Parenting Sub-Committee on 8 July 2025" in str(action["description"])
    question = found[uid("action", c["question"].id)]
    assert str(question["summary"]).startswith(f"Question {c['question'].reference} due: How many")
    assert all("dtstamp" in e for e in found.values())
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    (zone,) = calendar.walk("VTIMEZONE")
    assert str(zone["tzid"]) == "Europe/London"
    assert SECRET.encode() not in path.read_bytes()


def test_uids_stay_and_the_sequence_grows_when_a_meeting_changes(
    desk: Desk, committee: dict[str, Any], tmp_path: Path
) -> None:
    first, second = tmp_path / "1.ics", tmp_path / "2.ics"
    with desk.bound():  # made an hour ago: SEQUENCE counts in seconds
        m.Meeting.update(updated_at=utc_now() - timedelta(hours=1)).execute()
    export_calendar(desk, first)
    desk.meetings.update(committee["winter"].id, venue="Room 2")
    export_calendar(desk, second)
    before, after = events(first), events(second)
    assert set(before) == set(after)
    key = uid("meeting", committee["winter"].id)
    assert int(after[key]["sequence"]) > int(before[key]["sequence"])
    assert str(after[key]["location"]) == "Room 2"
    other = uid("meeting", committee["summer"].id)
    assert int(after[other]["sequence"]) == int(before[other]["sequence"])


def test_an_empty_database_gives_a_calendar_with_no_events(db: Desk) -> None:
    with db.bound():
        data, counts = calendar_bytes()
    assert (counts.meetings, counts.actions) == (0, 0)
    assert icalendar.Calendar.from_ical(data).walk("VEVENT") == []


def test_a_file_that_cannot_be_written_is_said(desk: Desk, tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="does not exist"):
        export_calendar(desk, tmp_path / "missing" / "c.ics")
