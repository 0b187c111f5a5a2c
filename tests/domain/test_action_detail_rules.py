"""One action as the chair opens it: what it concerns, who raised it, its history oldest first with
every change of hands said from whom to whom; and the refusals that name what is wrong."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from uuid import UUID, uuid4

import pytest

from cpdesk.domain.actions import parse_due
from cpdesk.domain.desk import Desk
from cpdesk.errors import InputError, NotFoundError
from cpdesk.store import strategy as s
from tests.conftest import database_dump
from tests.helpers import Clock

JUNE = date(2025, 6, 10)


def _meeting(desk: Desk) -> UUID:
    return desk.meetings.create_meeting(desk.people.body("sub_committee").id, JUNE).id


def _priority(number: int) -> s.Priority:
    return s.Priority.get(s.Priority.number == number)


def _promise(number: int) -> s.Promise:
    return s.Promise.get(s.Promise.number == number)


def _first_commitment(priority: s.Priority) -> s.Commitment:
    return (
        s.Commitment.select().where(s.Commitment.priority == priority).order_by(s.Commitment.position).get()
    )


def test_an_actions_links_are_replaced_by_the_new_choice_and_read_back_in_the_log_and_detail(
    desk: Desk,
) -> None:
    meeting = _meeting(desk)
    action = desk.actions.raise_action(
        meeting, "Report IHA timeliness", links=[("priority", _priority(3).id)]
    )
    other = desk.actions.raise_action(meeting, "Other", links=[("promise", _promise(2).id)])

    row = desk.actions.set_links(
        action.id,
        [
            ("commitment", _first_commitment(_priority(2)).id),
            ("priority", _priority(5).id),
            ("promise", _promise(6).id),
            ("promise", _promise(1).id),
        ],
    )
    assert (row.id, row.priorities, row.promises) == (action.id, (2, 5), (1, 6))
    assert sorted(link.label for link in desk.actions.detail(action.id).links) == [
        "Priority 2, commitment 1",
        f"Priority 5: {_priority(5).title}",
        "Promise 1",
        "Promise 6",
    ]
    assert desk.actions.row(other.id).promises == (2,), "another action's links are its own"

    assert desk.actions.set_links(action.id, []).priorities == ()
    assert desk.actions.detail(action.id).links == ()


def test_linking_an_action_that_is_not_there_or_to_something_unknown_is_refused(desk: Desk) -> None:
    action = desk.actions.raise_action(_meeting(desk), "Report", links=[("priority", _priority(3).id)])
    before = database_dump(desk)
    with pytest.raises(NotFoundError, match=r"^that action is not in this database$"):
        desk.actions.set_links(uuid4(), [("priority", _priority(1).id)])
    with pytest.raises(InputError, match=r"^an item can concern a priority, .* not 'team'$"):
        desk.actions.set_links(action.id, [("promise", _promise(1).id), ("team", uuid4())])
    assert database_dump(desk) == before


def test_the_detail_has_who_raised_it_and_its_own_updates_oldest_first(desk: Desk) -> None:
    meeting = _meeting(desk)
    member = desk.people.add_member("Cllr Q")
    question = desk.actions.raise_action(meeting, "How many?", kind="question", raised_by=member.id)
    action = desk.actions.raise_action(meeting, "Report", links=[("promise", _promise(6).id)])
    desk.actions.add_update(action.id, "Second, written first.", on_date=date(2025, 8, 1), author="Clerk")
    desk.actions.add_update(action.id, "First, written later.", on_date=date(2025, 7, 1))
    desk.actions.add_update(question.id, "Not this one's.", on_date=date(2025, 7, 15))

    detail = desk.actions.detail(action.id)
    assert detail.row.id == action.id
    assert detail.raised_by == ""
    assert [link.label for link in detail.links] == ["Promise 6"]
    assert [(u.on_date, u.text, u.author) for u in detail.updates] == [
        (date(2025, 7, 1), "First, written later.", ""),
        (date(2025, 8, 1), "Second, written first.", "Clerk"),
    ]
    assert desk.actions.detail(question.id).raised_by == "Cllr Q"


def test_each_change_of_hands_is_kept_saying_from_whom_to_whom(desk: Desk, clock: Clock) -> None:
    meeting = _meeting(desk)
    teams = {t.name: t.id for t in desk.people.teams()}
    doctor = desk.people.add_officer("Dr Example", "Designated Doctor")
    action = desk.actions.raise_action(meeting, "Report", due=date(2025, 7, 31))
    clock.today = date(2025, 6, 20)
    desk.actions.reassign(action.id, team_id=teams["Virtual School"], owner_id=doctor.id)
    desk.actions.reassign(action.id, team_id=teams["Fostering Service"], owner_id=None, due=None)
    desk.actions.reassign(action.id, team_id=None)
    assert [u.text for u in desk.actions.detail(action.id).updates] == [
        "Owner changed from nobody to Dr Example",
        "Team changed from no team to Virtual School",
        "Owner changed from Dr Example to nobody",
        "Team changed from Virtual School to Fostering Service",
        "Due date changed from 31 July 2025 to no date",
        "Team changed from Fostering Service to no team",
    ]

    before = database_dump(desk)
    with pytest.raises(InputError) as refused:
        desk.actions.reassign(action.id, due=date(2025, 6, 9), owner_id=doctor.id)
    assert str(refused.value) == "the due date is before the meeting that raised it"
    assert database_dump(desk) == before


def test_the_csv_lists_several_priorities_and_promises_in_one_cell_each(desk: Desk, tmp_path: Path) -> None:
    action = desk.actions.raise_action(
        _meeting(desk),
        "Report",
        links=[
            ("priority", _priority(4).id),
            ("priority", _priority(2).id),
            ("promise", _promise(6).id),
            ("promise", _promise(1).id),
        ],
    )
    out = tmp_path / "log.csv"
    desk.actions.export_csv(out, [desk.actions.row(action.id)])
    with out.open(encoding="utf-8", newline="") as f:
        (row,) = list(csv.DictReader(f))
    assert (row["priorities"], row["promises"]) == ("2 4", "1 6")


def test_a_due_date_typed_is_read_as_a_date_and_left_empty_means_none() -> None:
    assert parse_due(" 2025-07-31 ") == date(2025, 7, 31)
    assert parse_due("") is None
    assert parse_due("   ") is None
    with pytest.raises(InputError) as refused:
        parse_due("31/07/2025")
    assert str(refused.value) == "the due date '31/07/2025' is not a date written as YYYY-MM-DD"
