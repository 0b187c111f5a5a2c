"""Approved minutes lock the meeting's whole record: every write path is refused with one message."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from uuid import UUID

import pytest

from cpdesk.domain.agenda import OfficerReport
from cpdesk.domain.desk import Desk
from cpdesk.errors import LockedError
from cpdesk.store import meetings as m
from tests.conftest import database_dump
from tests.helpers import Clock, make_pdf

LOCKED = "the minutes of this meeting are approved and locked; record a correction as an amendment instead"
APPROVER = (
    "this meeting approved the minutes of an earlier meeting, so it cannot be moved, cancelled or binned"
)


@dataclass
class Record:
    """A held meeting with something of every kind in its record, some of it in the bin, then approved."""

    desk: Desk
    first: UUID
    second: UUID
    later: UUID
    item: UUID
    binned_item: UUID
    paper: UUID
    binned_paper: UUID
    declaration: UUID
    withdrawn: UUID
    decision: UUID
    removed_decision: UUID
    action: UUID
    binned_action: UUID
    member: UUID
    pdf: Path


@pytest.fixture
def record(desk: Desk, clock: Clock, tmp_path: Path) -> Record:
    body = desk.people.body("sub_committee").id
    first = desk.meetings.create_meeting(body, date(2025, 6, 10)).id
    second = desk.meetings.create_meeting(body, date(2025, 8, 5)).id
    later = desk.meetings.create_meeting(body, date(2025, 10, 7)).id
    desk.agenda.build_from_template(first)
    desk.agenda.build_from_template(second)
    item = desk.agenda.add_item(first, "Sufficiency", "decision").id
    binned_item = desk.agenda.add_item(first, "Withdrawn report").id
    desk.agenda.bin_item(binned_item)
    desk.agenda.save_report(item, OfficerReport(title="Sufficiency", executive_summary="Two new homes."))
    pdf = make_pdf(tmp_path / "paper.pdf", 2)
    paper = desk.agenda.attach_paper(item, pdf).id
    binned_paper = desk.agenda.attach_paper(item, pdf, "Old version").id
    desk.agenda.bin_paper(binned_paper)
    member = desk.people.add_member("Cllr Example").id
    other = desk.people.add_member("Cllr Other").id
    declaration = desk.agenda.declare(item, member, "non_registrable", "Friend of a foster carer").id
    withdrawn = desk.agenda.declare(item, other, "non_registrable", "Declared by mistake").id
    desk.agenda.withdraw_declaration(withdrawn)
    desk.meetings.set_attendance(first, member, "present")
    desk.minutes.set_discussion(item, "Members welcomed the plan.")
    decision = desk.minutes.add_decision(item, "To agree the plan.", 6, 0, 1)
    removed_decision = desk.minutes.add_decision(item, "Recorded by mistake.")
    desk.minutes.remove_decision(removed_decision)
    action = desk.actions.raise_action(first, "Report on sufficiency", item_id=item).id
    binned_action = desk.actions.raise_action(first, "Raised by mistake").id
    desk.actions.bin(binned_action)
    clock.today = date(2025, 8, 5)
    desk.meetings.set_status(first, "held")
    desk.minutes.approve(first, second)
    return Record(
        desk,
        first,
        second,
        later,
        item,
        binned_item,
        paper,
        binned_paper,
        declaration,
        withdrawn,
        decision,
        removed_decision,
        action,
        binned_action,
        member,
        pdf,
    )


WRITES: dict[str, Callable[[Record], object]] = {
    # the meeting itself
    "move the meeting": lambda r: r.desk.meetings.move(r.first, date(2025, 6, 11)),
    "change its venue": lambda r: r.desk.meetings.update(r.first, venue="Elsewhere"),
    "change its time": lambda r: r.desk.meetings.update(r.first, time="14:00"),
    "cancel it": lambda r: r.desk.meetings.cancel(r.first),
    "change its status": lambda r: r.desk.meetings.set_status(r.first, "held"),
    "bin it": lambda r: r.desk.meetings.bin(r.first),
    # the agenda
    "build the agenda again": lambda r: r.desk.agenda.build_from_template(r.first),
    "add an item": lambda r: r.desk.agenda.add_item(r.first, "Late item"),
    "rename an item": lambda r: r.desk.agenda.update_item(r.item, title="Renamed"),
    "move an item": lambda r: r.desk.agenda.move_item(r.item, 0),
    "bin an item": lambda r: r.desk.agenda.bin_item(r.item),
    "restore an item": lambda r: r.desk.agenda.restore_item(r.binned_item),
    "link an item": lambda r: r.desk.agenda.set_links(r.item, []),
    # reports and papers
    "rewrite a report": lambda r: r.desk.agenda.save_report(r.item, OfficerReport(title="New")),
    "remove a report": lambda r: r.desk.agenda.remove_report(r.item),
    "attach a paper": lambda r: r.desk.agenda.attach_paper(r.item, r.pdf),
    "bin a paper": lambda r: r.desk.agenda.bin_paper(r.paper),
    "restore a paper": lambda r: r.desk.agenda.restore_paper(r.binned_paper),
    # declarations and attendance
    "declare": lambda r: r.desk.agenda.declare(r.item, r.member, "non_registrable", "Another"),
    "withdraw a declaration": lambda r: r.desk.agenda.withdraw_declaration(r.declaration),
    "restore a declaration": lambda r: r.desk.agenda.restore_declaration(r.withdrawn),
    "change attendance": lambda r: r.desk.meetings.set_attendance(r.first, r.member, "apologies"),
    "remove attendance": lambda r: r.desk.meetings.remove_attendance(r.first, r.member),
    # minutes and decisions
    "rewrite the discussion": lambda r: r.desk.minutes.set_discussion(r.item, "Rewritten."),
    "add a decision": lambda r: r.desk.minutes.add_decision(r.item, "Another."),
    "change a decision": lambda r: r.desk.minutes.update_decision(r.decision, "Changed."),
    "remove a decision": lambda r: r.desk.minutes.remove_decision(r.decision),
    "restore a decision": lambda r: r.desk.minutes.restore_decision(r.removed_decision),
    # actions raised there
    "raise an action": lambda r: r.desk.actions.raise_action(r.first, "Raised after approval"),
    "bin an action": lambda r: r.desk.actions.bin(r.action),
    "restore an action": lambda r: r.desk.actions.restore(r.binned_action),
    # a write path that forgets to check: the database itself refuses it
    "insert an item directly": lambda r: m.AgendaItem.create(
        meeting=r.first, position=99, title="Sneaked in"
    ),
    "update a decision directly": lambda r: (
        m.Decision.update(text="Sneaked").where(m.Decision.id == r.decision).execute()
    ),
    "delete a minute directly": lambda r: m.Minute.delete().where(m.Minute.agenda_item == r.item).execute(),
}


@pytest.mark.parametrize("write", list(WRITES), ids=list(WRITES))
def test_every_change_to_a_locked_record_is_refused_with_one_message(record: Record, write: str) -> None:
    before = database_dump(record.desk)
    with pytest.raises(LockedError) as refused:
        WRITES[write](record)
    assert refused.value.describe() == LOCKED
    assert database_dump(record.desk) == before


@pytest.mark.parametrize(
    "write",
    [
        lambda r: r.desk.meetings.move(r.second, date(2025, 8, 6)),
        lambda r: r.desk.meetings.cancel(r.second),
        lambda r: r.desk.meetings.bin(r.second),
    ],
    ids=["move", "cancel", "bin"],
)
def test_the_meeting_that_approved_them_stays_as_it_was(
    record: Record, write: Callable[[Record], object]
) -> None:
    before = database_dump(record.desk)
    with pytest.raises(LockedError) as refused:
        write(record)
    assert refused.value.describe() == APPROVER
    assert database_dump(record.desk) == before


def test_what_stays_open_after_approval(record: Record) -> None:
    desk = record.desk
    desk.actions.add_update(record.action, "Two homes opened", status="in_progress")
    desk.actions.reassign(record.action, due=date(2025, 12, 1))
    amendment = desk.minutes.amend(record.item, "discussion", "Members welcomed the plan warmly.", "Typo")
    assert amendment.original == "Members welcomed the plan."
    assert desk.actions.row(record.action).status == "in_progress"
    # the approving meeting's own record is still open until its minutes are approved
    desk.agenda.add_item(record.second, "Late item")
    desk.meetings.update(record.second, venue="Shire Hall")
