"""Minutes are kept item by item: words typed under one item never touch another's, and a decision
taken out of the minutes keeps its vote for when it is put back."""

from __future__ import annotations

from datetime import date

from cpdesk.domain.desk import Desk
from cpdesk.domain.minutes import Decision

HELD = date(2025, 6, 10)


def test_each_items_draft_is_its_own(desk: Desk) -> None:
    meeting = desk.meetings.create_meeting(desk.people.body("sub_committee").id, HELD).id
    a, b, c = (desk.agenda.add_item(meeting, title).id for title in ("A", "B", "C"))
    desk.minutes.set_discussion(a, "Words minuted under A.")
    desk.minutes.set_discussion(b, "Words minuted under B.")

    desk.minutes.save_draft(b, "Words minuted under A.")  # the same as A's minutes, not B's
    assert desk.minutes.draft(b) == "Words minuted under A."
    desk.minutes.save_draft(a, "Typed under A")
    assert (desk.minutes.draft(a), desk.minutes.draft(b)) == ("Typed under A", "Words minuted under A.")
    assert desk.minutes.draft(c) is None

    desk.minutes.save_draft(c, "Typed under C, nothing saved yet")
    assert desk.minutes.draft(c) == "Typed under C, nothing saved yet"
    desk.minutes.save_draft(c, "   ")  # typed away again: the same as its empty minutes
    assert desk.minutes.draft(c) is None

    desk.minutes.save_draft(c, "Typed under C again")
    desk.minutes.save_draft(a, " Words minuted under A. ")  # typed back to A's minutes
    assert [desk.minutes.draft(i) for i in (a, b, c)] == [
        None,
        "Words minuted under A.",
        "Typed under C again",
    ]
    desk.minutes.discard_draft(b)
    assert [desk.minutes.draft(i) for i in (a, b, c)] == [None, None, "Typed under C again"]
    assert [(i.discussion, i.draft) for i in desk.minutes.minutes(meeting)] == [
        ("Words minuted under A.", None),
        ("Words minuted under B.", None),
        ("", "Typed under C again"),
    ]


def test_saving_one_items_minutes_keeps_the_words_typed_under_the_others(desk: Desk) -> None:
    meeting = desk.meetings.create_meeting(desk.people.body("sub_committee").id, HELD).id
    a, b = (desk.agenda.add_item(meeting, title).id for title in ("A", "B"))
    desk.minutes.save_draft(a, "Typed under A")
    desk.minutes.save_draft(b, "Typed under B, not saved yet")
    desk.minutes.set_discussion(a, "Typed under A")  # saving A ends A's draft, and only A's
    assert (desk.minutes.draft(a), desk.minutes.draft(b)) == (None, "Typed under B, not saved yet")


def test_a_decision_taken_out_keeps_its_vote(desk: Desk) -> None:
    meeting = desk.meetings.create_meeting(desk.people.body("sub_committee").id, HELD).id
    item = desk.agenda.add_item(meeting, "Sufficiency", "decision").id
    kept = desk.minutes.add_decision(item, "To note the report.")
    removed = desk.minutes.add_decision(item, "To agree the plan.", 5, 1, 2)
    desk.minutes.remove_decision(removed)

    (shown,) = desk.minutes.removed_decisions(item)
    assert shown == Decision(removed, 1, "To agree the plan.", 5, 1, 2)
    assert shown.vote == "For 5, against 1, abstentions 2"
    desk.minutes.restore_decision(removed)
    (minutes,) = desk.minutes.minutes(meeting)
    assert [(d.id, d.number, d.vote) for d in minutes.decisions] == [
        (kept, 1, ""),
        (removed, 2, "For 5, against 1, abstentions 2"),
    ]
