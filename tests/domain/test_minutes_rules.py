"""The minutes' rules as the clerk meets them: where minutes can be approved, what a correction needs,
and that every save of the discussion and the decisions reads back as it was written."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from uuid import UUID

import pytest

from cpdesk.domain.desk import Desk
from cpdesk.errors import InputError, NotFoundError
from tests.conftest import database_dump
from tests.helpers import Clock

HELD = date(2025, 6, 10)
NEXT = date(2025, 8, 5)


@dataclass
class Record:
    held: UUID  # a held meeting of the Sub-Committee with minutes
    at: UUID  # the Sub-Committee's next meeting, with its standing items
    item: UUID  # an item of the held meeting, with a discussion and two decisions
    quiet: UUID  # an item of the held meeting with nothing minuted


def _record(desk: Desk, clock: Clock) -> Record:
    body = desk.people.body("sub_committee").id
    held = desk.meetings.create_meeting(body, HELD)
    at = desk.meetings.create_meeting(body, NEXT)
    item = desk.agenda.add_item(held.id, "Placement stability", "decision")
    desk.minutes.set_discussion(item.id, "Members discussed moves between homes.")
    desk.minutes.add_decision(item.id, "To note the report.")
    desk.minutes.add_decision(item.id, "To ask for an update in March.", 5, 1, 0)
    quiet = desk.agenda.add_item(held.id, "Fostering recruitment", "information")
    clock.today = NEXT  # a meeting is marked held once its day has come
    desk.meetings.set_status(held.id, "held")
    desk.agenda.build_from_template(at.id)
    return Record(held.id, at.id, item.id, quiet.id)


@pytest.fixture
def record(desk: Desk, clock: Clock) -> Record:
    return _record(desk, clock)


def _item_minutes(desk: Desk, meeting: UUID, item: UUID) -> object:
    return next(i for i in desk.minutes.minutes(meeting) if i.agenda_item_id == item)


# --- approval: only at a later meeting of the same body, held or being held, under its minutes item ---


def test_minutes_are_approved_on_the_day_of_the_approving_meeting(desk: Desk, record: Record) -> None:
    desk.minutes.approve(record.held, record.at)
    meeting = desk.meetings.meeting(record.held)
    assert (meeting.status, meeting.status_label, meeting.locked) == (
        "minutes_approved",
        "Minutes approved",
        True,
    )
    assert meeting.minutes_approved_at == NEXT
    assert desk.meetings.meeting(record.at).status == "scheduled", "the approving meeting is not changed"


def test_minutes_can_be_approved_after_the_approving_meeting_too(
    desk: Desk, record: Record, clock: Clock
) -> None:
    clock.today = date(2025, 9, 1)  # the clerk records the approval a few weeks later
    desk.minutes.approve(record.held, record.at)
    assert desk.meetings.meeting(record.held).minutes_approved_at == NEXT


def _other_body(desk: Desk, record: Record) -> UUID:
    steering = desk.people.body("steering_group").id
    meeting = desk.meetings.create_meeting(steering, NEXT)
    desk.agenda.build_from_template(meeting.id)
    return meeting.id


def _cancelled(desk: Desk, record: Record) -> UUID:
    desk.meetings.cancel(record.at)
    return record.at


def _earlier(desk: Desk, record: Record) -> UUID:
    body = desk.people.body("sub_committee").id
    meeting = desk.meetings.create_meeting(body, date(2025, 4, 8))
    desk.agenda.build_from_template(meeting.id)
    return meeting.id


def _minutes_item_binned(desk: Desk, record: Record) -> UUID:
    item = next(i for i in desk.agenda.items(record.at) if i.standing_kind == "minutes")
    desk.agenda.bin_item(item.id)
    return record.at


def _minutes_item_renamed_but_other_items_kept(desk: Desk, record: Record) -> UUID:
    """An item titled like the minutes item is not the standing item: the kind decides, not the title."""
    body = desk.people.body("sub_committee").id
    meeting = desk.meetings.create_meeting(body, date(2025, 7, 1))
    desk.agenda.add_item(meeting.id, "Minutes of the last meeting")
    return meeting.id


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (_other_body, r"^minutes are approved at a meeting of the same body$"),
        (_cancelled, r"^minutes cannot be approved at a cancelled meeting$"),
        (_earlier, r"^minutes are approved at a later meeting$"),
        (lambda desk, record: record.held, r"^minutes are approved at a later meeting$"),
        (_minutes_item_binned, r"^the agenda of 5 August 2025 has no item 'Minutes of the last meeting'"),
        (_minutes_item_renamed_but_other_items_kept, r"^the agenda of 1 July 2025 has no item 'Minutes of"),
    ],
    ids=[
        "other body",
        "cancelled",
        "earlier meeting",
        "the meeting itself",
        "item binned",
        "no standing item",
    ],
)
def test_minutes_are_refused_where_they_cannot_be_approved_and_nothing_changes(
    desk: Desk, record: Record, make: object, expected: str
) -> None:
    at = make(desk, record)  # type: ignore[operator]
    before = database_dump(desk)
    with pytest.raises(InputError, match=expected):
        desk.minutes.approve(record.held, at)
    assert database_dump(desk) == before
    assert desk.meetings.meeting(record.held).status == "held"
    desk.minutes.set_discussion(record.item, "Still a draft.")  # the record is not locked


def test_a_meeting_that_has_not_happened_yet_cannot_approve_minutes(
    desk: Desk, record: Record, clock: Clock
) -> None:
    clock.today = date(2025, 8, 4)
    before = database_dump(desk)
    with pytest.raises(InputError, match=r"^the meeting of 5 August 2025 has not happened yet; minutes are"):
        desk.minutes.approve(record.held, record.at)
    assert database_dump(desk) == before


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("scheduled", "only the minutes of a meeting that has been held can be approved"),
        ("agenda_published", "only the minutes of a meeting that has been held can be approved"),
        ("cancelled", "only the minutes of a meeting that has been held can be approved"),
    ],
)
def test_only_a_held_meetings_minutes_are_approved(
    desk: Desk, record: Record, status: str, expected: str
) -> None:
    desk.meetings.set_status(record.held, "agenda_published")
    if status == "scheduled":
        desk.meetings.set_status(record.held, "scheduled")
    elif status == "cancelled":
        desk.meetings.cancel(record.held)
    before = database_dump(desk)
    with pytest.raises(InputError, match=f"^{expected}$"):
        desk.minutes.approve(record.held, record.at)
    assert database_dump(desk) == before


def test_approved_minutes_are_not_approved_twice(desk: Desk, record: Record, clock: Clock) -> None:
    desk.minutes.approve(record.held, record.at)
    body = desk.people.body("sub_committee").id
    later = desk.meetings.create_meeting(body, date(2025, 10, 7))
    desk.agenda.build_from_template(later.id)
    clock.today = date(2025, 10, 7)
    before = database_dump(desk)
    with pytest.raises(InputError, match=r"^these minutes are already approved$"):
        desk.minutes.approve(record.held, later.id)
    assert database_dump(desk) == before
    assert desk.meetings.meeting(record.held).minutes_approved_at == NEXT


def test_approving_a_meeting_that_is_not_there_is_refused(desk: Desk, record: Record) -> None:
    desk.meetings.bin(record.at)
    with pytest.raises(NotFoundError, match=r"^that meeting is not in this database$"):
        desk.minutes.approve(record.held, record.at)
    assert desk.meetings.meeting(record.held).status == "held"


# --- corrections: only to approved minutes, of the discussion or a decision, with a reason ---


def test_draft_minutes_are_edited_directly_not_amended(desk: Desk, record: Record) -> None:
    before = database_dump(desk)
    with pytest.raises(InputError, match=r"^these minutes are not approved yet: edit them directly$"):
        desk.minutes.amend(record.item, "discussion", "Corrected.", "A typo.")
    assert database_dump(desk) == before


def test_a_correction_of_the_discussion_keeps_the_original_beside_it(
    desk: Desk, record: Record, clock: Clock
) -> None:
    desk.minutes.approve(record.held, record.at)
    clock.today = date(2025, 10, 7)
    amendment = desk.minutes.amend(
        record.item, "discussion", "  Members discussed moves between foster homes. ", " Wrong word. "
    )
    assert (
        amendment.field,
        amendment.original,
        amendment.corrected,
        amendment.reason,
        amendment.made_on,
    ) == (
        "discussion",
        "Members discussed moves between homes.",
        "Members discussed moves between foster homes.",
        "Wrong word.",
        date(2025, 10, 7),
    )
    minutes = _item_minutes(desk, record.held, record.item)
    assert minutes.discussion == "Members discussed moves between homes."  # type: ignore[attr-defined]
    assert minutes.amendments == (amendment,)  # type: ignore[attr-defined]


def test_a_correction_names_the_decision_it_corrects(desk: Desk, record: Record) -> None:
    desk.minutes.approve(record.held, record.at)
    second = desk.minutes.amend(record.item, "decision 2", "To ask for an update in April.", "Wrong month.")
    assert second.original == "To ask for an update in March."
    first = desk.minutes.amend(record.item, "decision 1", "To note the report with thanks.", "Omitted.")
    assert first.original == "To note the report."
    minutes = _item_minutes(desk, record.held, record.item)
    assert [(a.field, a.corrected) for a in minutes.amendments] == [  # type: ignore[attr-defined]
        ("decision 2", "To ask for an update in April."),
        ("decision 1", "To note the report with thanks."),
    ]


@pytest.mark.parametrize(
    ("field", "corrected", "reason", "expected"),
    [
        ("decision 3", "Text.", "Why.", r"^this item has no decision 3$"),
        ("decision 0", "Text.", "Why.", r"^this item has no decision 0$"),
        ("decision two", "Text.", "Why.", r"^this item has no decision two$"),
        (
            "title",
            "Text.",
            "Why.",
            r"^an amendment corrects the discussion or a decision \(e\.g\. 'decision 2'\)$",
        ),
        ("discussion", "  ", "Why.", r"^an amendment needs the corrected text and the reason for it$"),
        ("discussion", "Text.", " \n", r"^an amendment needs the corrected text and the reason for it$"),
    ],
)
def test_a_correction_that_cannot_be_made_is_refused_and_nothing_is_recorded(
    desk: Desk, record: Record, field: str, corrected: str, reason: str, expected: str
) -> None:
    desk.minutes.approve(record.held, record.at)
    before = database_dump(desk)
    with pytest.raises(InputError, match=expected):
        desk.minutes.amend(record.item, field, corrected, reason)
    assert database_dump(desk) == before


def test_a_binned_decision_is_not_counted_when_a_correction_names_one(desk: Desk, record: Record) -> None:
    (first, _second) = _item_minutes(desk, record.held, record.item).decisions  # type: ignore[attr-defined]
    desk.minutes.remove_decision(first.id)
    desk.minutes.approve(record.held, record.at)
    amendment = desk.minutes.amend(record.item, "decision 1", "To ask in April.", "Wrong month.")
    assert amendment.original == "To ask for an update in March."
    with pytest.raises(InputError, match=r"^this item has no decision 2$"):
        desk.minutes.amend(record.item, "decision 2", "Text.", "Why.")


def test_a_correction_of_an_item_without_a_discussion_starts_from_nothing(desk: Desk, record: Record) -> None:
    desk.minutes.approve(record.held, record.at)
    amendment = desk.minutes.amend(record.quiet, "discussion", "Apologies were received.", "Omitted.")
    assert amendment.original == ""


# --- every save reads back as written ---


def test_the_discussion_reads_back_trimmed_and_a_second_save_replaces_the_first(
    desk: Desk, record: Record
) -> None:
    desk.minutes.set_discussion(record.item, "\n  Members asked about moves.  \n")
    assert _item_minutes(desk, record.held, record.item).discussion == "Members asked about moves."  # type: ignore[attr-defined]
    desk.minutes.set_discussion(record.item, "Members asked about school moves.")
    assert _item_minutes(desk, record.held, record.item).discussion == "Members asked about school moves."  # type: ignore[attr-defined]


def test_an_item_with_nothing_minuted_reads_back_empty(desk: Desk, record: Record) -> None:
    minutes = _item_minutes(desk, record.held, record.quiet)
    assert (minutes.number, minutes.title) == (2, "Fostering recruitment")  # type: ignore[attr-defined]
    assert (minutes.discussion, minutes.decisions, minutes.amendments) == ("", (), ())  # type: ignore[attr-defined]


def test_decisions_read_back_numbered_in_order_with_their_votes_in_words(desk: Desk, record: Record) -> None:
    desk.meetings.set_status(record.held, "agenda_published")
    third = desk.minutes.add_decision(record.item, "  To thank the young people.  ", 0, 0, 3)
    decisions = _item_minutes(desk, record.held, record.item).decisions  # type: ignore[attr-defined]
    assert [(d.number, d.text, d.vote) for d in decisions] == [
        (1, "To note the report.", ""),
        (2, "To ask for an update in March.", "For 5, against 1, abstentions 0"),
        (3, "To thank the young people.", "For 0, against 0, abstentions 3"),
    ]
    assert decisions[2].id == third
    assert (decisions[2].votes_for, decisions[2].votes_against, decisions[2].abstentions) == (0, 0, 3)


def test_a_vote_with_only_some_counts_reads_the_missing_ones_as_none(desk: Desk, record: Record) -> None:
    decision = desk.minutes.add_decision(record.item, "To agree the plan.", votes_for=7)
    found = next(
        d
        for d in _item_minutes(desk, record.held, record.item).decisions  # type: ignore[attr-defined]
        if d.id == decision
    )
    assert (found.votes_for, found.votes_against, found.abstentions) == (7, None, None)
    assert found.vote == "For 7, against 0, abstentions 0"


def test_an_edited_decision_reads_back_with_its_new_text_and_votes(desk: Desk, record: Record) -> None:
    first = _item_minutes(desk, record.held, record.item).decisions[0]  # type: ignore[attr-defined]
    desk.minutes.update_decision(first.id, "  To note the report with thanks. ", 6, 0, 1)
    decisions = _item_minutes(desk, record.held, record.item).decisions  # type: ignore[attr-defined]
    assert (decisions[0].number, decisions[0].text, decisions[0].vote) == (
        1,
        "To note the report with thanks.",
        "For 6, against 0, abstentions 1",
    )
    desk.minutes.update_decision(first.id, "To note the report.")
    assert _item_minutes(desk, record.held, record.item).decisions[0].vote == ""  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "votes", "expected"),
    [
        ("  ", (None, None, None), "^write what was decided$"),
        ("To agree.", (-1, None, None), "^a vote count cannot be negative$"),
        ("To agree.", (None, -1, None), "^a vote count cannot be negative$"),
        ("To agree.", (None, None, -1), "^a vote count cannot be negative$"),
    ],
)
def test_a_decision_without_words_or_with_a_negative_count_is_refused(
    desk: Desk, record: Record, text: str, votes: tuple[int | None, ...], expected: str
) -> None:
    before = database_dump(desk)
    with pytest.raises(InputError, match=expected):
        desk.minutes.add_decision(record.item, text, *votes)
    assert database_dump(desk) == before


def test_a_decision_cannot_be_emptied_by_an_edit(desk: Desk, record: Record) -> None:
    first = _item_minutes(desk, record.held, record.item).decisions[0]  # type: ignore[attr-defined]
    before = database_dump(desk)
    with pytest.raises(InputError, match=r"^write what was decided$"):
        desk.minutes.update_decision(first.id, " \t ")
    assert database_dump(desk) == before


def test_a_removed_decision_leaves_the_numbers_closed_up_and_comes_back_in_its_place(
    desk: Desk, record: Record
) -> None:
    first = _item_minutes(desk, record.held, record.item).decisions[0]  # type: ignore[attr-defined]
    desk.minutes.remove_decision(first.id)
    decisions = _item_minutes(desk, record.held, record.item).decisions  # type: ignore[attr-defined]
    assert [(d.number, d.text) for d in decisions] == [(1, "To ask for an update in March.")]
    assert [(d.number, d.text) for d in desk.minutes.removed_decisions(record.item)] == [
        (1, "To note the report.")
    ]
    desk.minutes.restore_decision(first.id)
    decisions = _item_minutes(desk, record.held, record.item).decisions  # type: ignore[attr-defined]
    assert [(d.number, d.text) for d in decisions] == [
        (1, "To note the report."),
        (2, "To ask for an update in March."),
    ]
    assert desk.minutes.removed_decisions(record.item) == []


@pytest.mark.parametrize(
    "write",
    [
        lambda desk, gone: desk.minutes.set_discussion(gone, "Text."),
        lambda desk, gone: desk.minutes.add_decision(gone, "Text."),
        lambda desk, gone: desk.minutes.amend(gone, "discussion", "Text.", "Why."),
        lambda desk, gone: desk.minutes.update_decision(gone, "Text."),
        lambda desk, gone: desk.minutes.remove_decision(gone),
    ],
    ids=["discussion", "decision", "amendment", "edit decision", "remove decision"],
)
def test_minutes_of_something_not_in_the_database_are_refused(
    desk: Desk, record: Record, write: object
) -> None:
    desk.agenda.bin_item(record.item)
    before = database_dump(desk)
    with pytest.raises(NotFoundError, match=r"^that (agenda item|decision) is not in this database$"):
        write(desk, record.item)  # type: ignore[operator]
    assert database_dump(desk) == before


def test_a_removed_decision_keeps_its_votes_and_can_be_put_back_by_what_the_list_shows(
    desk: Desk, record: Record
) -> None:
    decisions = _item_minutes(desk, record.held, record.item).decisions  # type: ignore[attr-defined]
    for decision in reversed(decisions):
        desk.minutes.remove_decision(decision.id)
    removed = desk.minutes.removed_decisions(record.item)
    assert [(d.number, d.text, d.vote) for d in removed] == [
        (1, "To note the report.", ""),
        (2, "To ask for an update in March.", "For 5, against 1, abstentions 0"),
    ]
    desk.minutes.restore_decision(removed[1].id)
    assert [d.text for d in _item_minutes(desk, record.held, record.item).decisions] == [  # type: ignore[attr-defined]
        "To ask for an update in March."
    ]


def test_putting_back_a_decision_that_is_not_there_is_refused(desk: Desk, record: Record) -> None:
    with pytest.raises(NotFoundError, match=r"^that decision is not in this database$"):
        desk.minutes.restore_decision(record.item)
