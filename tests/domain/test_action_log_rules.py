"""The action log as the chair and the clerk see it: the CSV they share, who owns what, and the bin."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from cpdesk.domain.desk import Desk
from cpdesk.store import strategy as s
from tests.helpers import Clock

HEADER = (
    "reference,kind,raised_at,body,agenda_item,description,owner,due_date,status,rag,rag_reason,"
    "priorities,promises,last_update,answer"
)


def _meetings(desk: Desk) -> list[object]:
    body = desk.people.body("sub_committee").id
    return [m.id for m in desk.meetings.create_series(body, date(2025, 6, 10), every_weeks=8)]


def test_the_csv_has_every_column_for_actions_and_questions(desk: Desk, clock: Clock, tmp_path: Path) -> None:
    first, second, *_ = _meetings(desk)
    item = desk.agenda.add_item(first, "Health assessments")
    officer = desk.people.add_officer("Dr Example", "Designated Doctor")
    member = desk.people.add_member("Cllr Q")
    promise = s.Promise.select().order_by(s.Promise.number).first()
    priority = s.Priority.get(s.Priority.number == 3)
    desk.actions.raise_action(
        first,
        "Report IHA timeliness by month",
        item_id=item.id,
        owner_id=officer.id,
        due=date(2025, 7, 31),
        links=[("priority", priority.id), ("promise", promise.id)],
    )
    question = desk.actions.raise_action(
        second, "How many care leavers are in work?", kind="question", raised_by=member.id
    )
    clock.today = date(2025, 8, 20)
    desk.actions.answer(question.id, "Two in three.")
    out = tmp_path / "log.csv"
    assert desk.actions.export_csv(out) == 2
    data = out.read_bytes().decode("utf-8")
    assert data.split("\r\n") == [
        HEADER,
        "A25-001,Action,2025-06-10,Corporate Parenting Sub-Committee,Health assessments,"
        "Report IHA timeliness by month,Dr Example,2025-07-31,Open,Red,"
        "Overdue since 1 August 2025 (it was due by 31 July 2025),"
        f"3,{promise.number},2025-06-10,",
        "Q25-001,Question,2025-08-05,Corporate Parenting Sub-Committee,,How many care leavers are in work?,"
        ",,Completed,Completed,Done,,,2025-08-20,Two in three.",
        "",
    ]


def test_the_csv_of_chosen_rows_holds_only_those_and_an_empty_log_only_the_header(
    desk: Desk, tmp_path: Path
) -> None:
    first, *_ = _meetings(desk)
    out = tmp_path / "log.csv"
    assert desk.actions.export_csv(out) == 0
    assert out.read_bytes() == (HEADER + "\r\n").encode()
    kept = desk.actions.raise_action(first, "Kept")
    desk.actions.raise_action(first, "Not chosen")
    assert desk.actions.export_csv(out, [kept]) == 1
    assert [line.split(",")[5] for line in out.read_text(encoding="utf-8").splitlines()[1:]] == ["Kept"]
    assert desk.actions.export_csv(out, []) == 0
    assert out.read_text(encoding="utf-8").splitlines() == [HEADER]


def test_an_action_changes_hands_and_due_date_one_field_at_a_time(desk: Desk) -> None:
    first, *_ = _meetings(desk)
    officer = desk.people.add_officer("Dr Example")
    team = next(t for t in desk.people.teams() if t.name == "Virtual School")
    action = desk.actions.raise_action(first, "Report PEP quality", owner_id=officer.id, due=date(2025, 9, 1))
    moved = desk.actions.reassign(action.id, team_id=team.id)
    assert (moved.owner, moved.owner_id, moved.team_id, moved.due) == (
        "Dr Example, Virtual School",
        officer.id,
        team.id,
        date(2025, 9, 1),
    )
    moved = desk.actions.reassign(action.id, owner_id=None)
    assert (moved.owner, moved.owner_id, moved.team_id) == ("Virtual School", None, team.id)
    moved = desk.actions.reassign(action.id, due=None)
    assert moved.due is None and moved.team_id == team.id
    assert desk.actions.row(action.id) == moved
    moved = desk.actions.reassign(action.id, owner_id=officer.id, team_id=None, due=date(2025, 10, 1))
    assert (moved.owner, moved.team_id, moved.due) == ("Dr Example", None, date(2025, 10, 1))


def test_restoring_one_binned_action_leaves_the_others_in_the_bin(desk: Desk) -> None:
    first, *_ = _meetings(desk)
    one = desk.actions.raise_action(first, "One")
    two = desk.actions.raise_action(first, "Two")
    desk.actions.bin(one.id)
    desk.actions.bin(two.id)
    desk.actions.restore(one.id)
    assert [a.description for a in desk.actions.log()] == ["One"]
    assert [a.description for a in desk.actions.log(binned=True)] == ["Two"]


def test_a_meeting_shows_only_what_it_raised(desk: Desk) -> None:
    first, second, *_ = _meetings(desk)
    desk.actions.raise_action(first, "Raised in June")
    desk.actions.raise_action(second, "Raised in August")
    assert [a.description for a in desk.actions.raised_at(second)] == ["Raised in August"]
    assert [a.description for a in desk.actions.raised_at(first)] == ["Raised in June"]
