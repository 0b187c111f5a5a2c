"""The chair's work through the domain: actions raised, carried forward, updated, closed; questions too."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path
from uuid import uuid4

import pytest

from cpdesk.domain.actions import rag, rag_reason
from cpdesk.domain.desk import Desk
from cpdesk.errors import InputError, NotFoundError
from cpdesk.store import strategy as s
from tests.helpers import Clock

TODAY = date(2025, 6, 1)


@pytest.mark.parametrize(
    ("status", "due", "last_update", "expected"),
    [
        ("open", TODAY - timedelta(1), TODAY, "Red"),
        ("in_progress", TODAY - timedelta(30), TODAY, "Red"),
        ("open", TODAY, TODAY, "Amber"),
        ("open", TODAY + timedelta(14), TODAY, "Amber"),
        ("open", TODAY + timedelta(15), TODAY, "Green"),
        ("open", TODAY + timedelta(90), TODAY - timedelta(60), "Amber"),
        ("open", TODAY + timedelta(90), TODAY - timedelta(59), "Green"),
        ("open", None, TODAY, "Green"),
        ("open", None, TODAY - timedelta(61), "Amber"),
        ("completed", TODAY - timedelta(100), TODAY - timedelta(100), "Completed"),
        ("closed_no_further_action", TODAY - timedelta(5), TODAY, "Closed"),
        ("superseded", None, TODAY, "Closed"),
    ],
)
def test_rag_is_derived_never_typed(status: str, due: date | None, last_update: date, expected: str) -> None:
    assert rag(status, due, last_update, TODAY) == expected


@pytest.mark.parametrize(
    ("status", "due", "last_update", "expected"),
    [
        ("open", date(2025, 5, 20), TODAY, "Overdue since 21 May 2025 (it was due by 20 May 2025)"),
        ("open", TODAY, TODAY, "Due within 14 days (by 1 June 2025, today)"),
        ("open", date(2025, 6, 2), TODAY, "Due within 14 days (by 2 June 2025, in 1 day)"),
        ("open", date(2025, 6, 15), TODAY, "Due within 14 days (by 15 June 2025, in 14 days)"),
        (
            "in_progress",
            date(2025, 9, 1),
            date(2025, 4, 2),
            "No update for 60 days (last on 2 April 2025, 60 days ago)",
        ),
        (
            "open",
            date(2025, 6, 10),
            date(2025, 3, 1),
            "Due within 14 days (by 10 June 2025, in 9 days); "
            "and No update for 60 days (last on 1 March 2025, 92 days ago)",
        ),
        ("open", date(2025, 6, 16), date(2025, 4, 3), "On track, due by 16 June 2025"),
        ("open", None, TODAY, "On track, no due date"),
        ("completed", date(2025, 1, 1), date(2025, 1, 1), "Done"),
        ("superseded", None, TODAY, "Closed with no further action, or superseded"),
    ],
)
def test_the_rag_names_the_rule_that_decided_it(
    status: str, due: date | None, last_update: date, expected: str
) -> None:
    assert rag_reason(status, due, last_update, TODAY) == expected


def year_of_meetings(desk: Desk) -> list[object]:
    body = desk.people.body("sub_committee").id
    return [m.id for m in desk.meetings.create_series(body, date(2025, 6, 10), every_weeks=8)]


def test_an_action_is_raised_with_an_owner_due_date_and_links(desk: Desk) -> None:
    first, *_ = year_of_meetings(desk)
    item = desk.agenda.add_item(first, "Health assessments")
    officer = desk.people.add_officer("Dr Example", "Designated Doctor")
    team = next(t for t in desk.people.teams() if t.name == "Clinical team")
    priority = s.Priority.get(s.Priority.number == 3)
    action = desk.actions.raise_action(
        first,
        "Report IHA timeliness by month",
        item_id=item.id,
        owner_id=officer.id,
        team_id=team.id,
        due=date(2025, 7, 31),
        links=[("priority", priority.id)],
    )
    assert action.reference == "A25-001"
    assert (action.owner, action.due, action.status, action.rag) == (
        "Dr Example, Clinical team",
        date(2025, 7, 31),
        "open",
        "Green",
    )
    assert action.priorities == (3,) and action.item == "Health assessments"
    second = desk.actions.raise_action(first, "Another")
    assert second.reference == "A25-002"


def test_raising_is_refused_where_it_makes_no_sense(desk: Desk) -> None:
    first, second, *_ = year_of_meetings(desk)
    other_item = desk.agenda.add_item(second, "Elsewhere")
    with pytest.raises(InputError, match="describe the action"):
        desk.actions.raise_action(first, "  ")
    with pytest.raises(InputError, match="before the meeting"):
        desk.actions.raise_action(first, "Late", due=date(2025, 1, 1))
    with pytest.raises(InputError, match="not on this meeting's agenda"):
        desk.actions.raise_action(first, "Misfiled", item_id=other_item.id)


def test_open_actions_are_carried_forward_until_closed(desk: Desk, clock: Clock) -> None:
    m1, m2, m3, m4, *_ = year_of_meetings(desk)
    kept = desk.actions.raise_action(m1, "Still open", due=date(2025, 12, 1))
    closed = desk.actions.raise_action(m1, "Closed before the third meeting", due=date(2025, 9, 1))
    later = desk.actions.raise_action(m2, "Raised at the second meeting")
    assert [a.description for a in desk.actions.carried_forward(m1)] == []
    assert {a.description for a in desk.actions.carried_forward(m2)} == {
        "Still open",
        "Closed before the third meeting",
    }
    clock.today = date(2025, 9, 15)
    desk.actions.add_update(closed.id, "Done: figures circulated to members.", status="completed")
    assert {a.description for a in desk.actions.carried_forward(m3)} == {
        "Still open",
        "Raised at the second meeting",
    }
    assert {a.description for a in desk.actions.carried_forward(m2)} == {
        "Still open",
        "Closed before the third meeting",
    }, "the second meeting's log is as it stood then"
    desk.actions.add_update(later.id, "Superseded by the new sufficiency plan.", status="superseded")
    assert [a.description for a in desk.actions.carried_forward(m4)] == ["Still open"]
    assert kept.id in {a.id for a in desk.actions.carried_forward(m4)}


def test_updates_make_a_dated_history(desk: Desk, clock: Clock) -> None:
    first, *_ = year_of_meetings(desk)
    action = desk.actions.raise_action(first, "Review staying put numbers", due=date(2025, 10, 1))
    clock.today = date(2025, 7, 1)
    desk.actions.add_update(
        action.id, "Data requested from the Leaving Care Service.", status="in_progress", author="Clerk"
    )
    clock.today = date(2025, 10, 2)
    assert desk.actions.row(action.id).rag == "Red"
    desk.actions.add_update(
        action.id, "Figures presented; no further action.", status="closed_no_further_action"
    )
    detail = desk.actions.detail(action.id)
    assert [(u.on_date, u.status) for u in detail.updates] == [
        (date(2025, 7, 1), "in_progress"),
        (date(2025, 10, 2), "closed_no_further_action"),
    ]
    assert detail.row.rag == "Closed" and detail.row.last_update == date(2025, 10, 2)
    with pytest.raises(InputError, match="before the meeting"):
        desk.actions.add_update(action.id, "Backdated", on_date=date(2025, 1, 1))


def test_a_members_question_is_tracked_until_answered(desk: Desk, clock: Clock) -> None:
    first, *_ = year_of_meetings(desk)
    member = desk.people.add_member("Cllr Q")
    officer = desk.people.add_officer("Head of Service")
    question = desk.actions.raise_action(
        first,
        "How many care leavers are in university?",
        kind="question",
        raised_by=member.id,
        owner_id=officer.id,
        due=date(2025, 7, 1),
    )
    assert question.reference == "Q25-001" and question.is_open
    clock.today = date(2025, 6, 20)
    answered = desk.actions.answer(question.id, "Fourteen, of whom six in their first year.")
    assert (answered.status, answered.rag, answered.answer) == (
        "completed",
        "Completed",
        "Fourteen, of whom six in their first year.",
    )
    assert desk.actions.detail(question.id).raised_by == "Cllr Q"


def test_the_log_exports_as_csv_with_owner_due_status_and_rag(desk: Desk, tmp_path: Path) -> None:
    first, *_ = year_of_meetings(desk)
    officer = desk.people.add_officer("Alex Owner")
    desk.actions.raise_action(
        first,
        'Check the "Bright Spots" survey, then report',
        owner_id=officer.id,
        due=date(2025, 5, 31 + 0) + timedelta(days=40),
    )
    out = tmp_path / "actions.csv"
    assert desk.actions.export_csv(out) == 1
    with out.open(newline="", encoding="utf-8") as handle:
        (row,) = list(csv.DictReader(handle))
    assert row["owner"] == "Alex Owner" and row["due_date"] == "2025-07-10"
    assert row["status"] == "Open" and row["rag"] == "Green"
    assert row["description"] == 'Check the "Bright Spots" survey, then report'


def test_binned_actions_leave_the_log_and_come_back(desk: Desk) -> None:
    first, *_ = year_of_meetings(desk)
    action = desk.actions.raise_action(first, "Raised by mistake")
    desk.actions.bin(action.id)
    assert desk.actions.log() == []
    assert [a.id for a in desk.actions.log(binned=True)] == [action.id]
    desk.actions.restore(action.id)
    assert [a.id for a in desk.actions.log()] == [action.id]


def test_what_a_binned_meeting_raised_leaves_the_log_and_every_later_meeting_with_it(desk: Desk) -> None:
    first, second, third, *_ = year_of_meetings(desk)
    kept = desk.actions.raise_action(second, "Raised at a meeting that stays")
    gone = desk.actions.raise_action(first, "Raised at a meeting put in the bin")
    desk.meetings.bin(first)
    assert [a.id for a in desk.actions.log()] == [kept.id]
    assert [a.id for a in desk.actions.carried_forward(third)] == [kept.id]
    desk.meetings.restore(first)
    assert [a.id for a in desk.actions.log()] == [gone.id, kept.id]
    assert [a.id for a in desk.actions.carried_forward(third)] == [gone.id, kept.id]


def test_a_new_due_date_cannot_be_before_the_meeting_that_raised_it(desk: Desk) -> None:
    first, *_ = year_of_meetings(desk)
    action = desk.actions.raise_action(first, "Report placement moves", due=date(2025, 7, 1))
    with pytest.raises(InputError, match="the due date is before the meeting that raised it"):
        desk.actions.reassign(action.id, due=date(2025, 6, 9))
    assert desk.actions.row(action.id).due == date(2025, 7, 1)
    assert desk.actions.reassign(action.id, due=date(2025, 6, 10)).due == date(2025, 6, 10)


def test_an_owner_or_team_not_in_the_database_is_refused_and_nothing_changes(desk: Desk) -> None:
    first, *_ = year_of_meetings(desk)
    alex = desk.people.add_officer("Alex Owner", "Head of Service")
    action = desk.actions.raise_action(first, "Report placement moves", owner_id=alex.id)
    with pytest.raises(NotFoundError, match="that person is not in this database"):
        desk.actions.reassign(action.id, owner_id=uuid4())
    with pytest.raises(NotFoundError, match="that team is not in this database"):
        desk.actions.reassign(action.id, team_id=uuid4())
    assert desk.actions.row(action.id).owner_id == alex.id
    assert desk.actions.detail(action.id).updates == ()


def test_changing_the_due_date_or_owner_leaves_a_dated_trace_from_what_to_what(
    desk: Desk, clock: Clock
) -> None:
    first, *_ = year_of_meetings(desk)
    alex = desk.people.add_officer("Alex Owner", "Head of Service")
    sam = desk.people.add_officer("Sam Officer", "Service Manager")
    action = desk.actions.raise_action(
        first, "Report placement moves", owner_id=alex.id, due=date(2025, 7, 1)
    )
    clock.today = date(2025, 6, 20)
    desk.actions.reassign(action.id, due=date(2025, 7, 15), author="Clerk")
    clock.today = date(2025, 7, 10)
    desk.actions.reassign(action.id, due=date(2025, 8, 31), owner_id=sam.id)
    desk.actions.reassign(action.id, due=date(2025, 8, 31), owner_id=sam.id)  # nothing changes: no entry
    updates = desk.actions.detail(action.id).updates
    assert [(u.on_date, u.text, u.author) for u in updates] == [
        (date(2025, 6, 20), "Due date changed from 1 July 2025 to 15 July 2025", "Clerk"),
        (date(2025, 7, 10), "Owner changed from Alex Owner to Sam Officer", ""),
        (date(2025, 7, 10), "Due date changed from 15 July 2025 to 31 August 2025", ""),
    ]
    assert all(u.status == "open" for u in updates)
    desk.actions.reassign(action.id, due=None, owner_id=None)
    assert [u.text for u in desk.actions.detail(action.id).updates][-2:] == [
        "Owner changed from Sam Officer to nobody",
        "Due date changed from 31 August 2025 to no date",
    ]
