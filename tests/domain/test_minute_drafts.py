"""Minutes typed and not saved are kept as a draft, marked as such, until saved or discarded."""

from __future__ import annotations

from datetime import date

import pytest

from cpdesk.domain.desk import Desk
from cpdesk.errors import InputError, LockedError
from tests.conftest import database_dump
from tests.helpers import Clock

HELD, NEXT = date(2025, 6, 10), date(2025, 8, 5)


@pytest.fixture
def item(desk: Desk) -> tuple[object, object]:
    body = desk.people.body("sub_committee").id
    held = desk.meetings.create_meeting(body, HELD)
    item = desk.agenda.add_item(held.id, "Placement stability", "decision")
    desk.minutes.set_discussion(item.id, "Members discussed moves.")
    return held.id, item.id


def _minutes(desk: Desk, meeting: object) -> object:
    (found,) = [i for i in desk.minutes.minutes(meeting) if i.title == "Placement stability"]  # type: ignore[arg-type]
    return found


def test_a_draft_is_kept_beside_the_saved_words_until_it_is_saved(desk: Desk, item: tuple) -> None:
    meeting, item_id = item
    desk.minutes.save_draft(item_id, "Members discussed moves between homes")
    desk.minutes.save_draft(item_id, "Members discussed moves between homes.\n")
    assert desk.minutes.draft(item_id) == "Members discussed moves between homes.\n"
    shown = _minutes(desk, meeting)
    assert shown.discussion == "Members discussed moves."  # type: ignore[attr-defined]
    assert shown.draft == "Members discussed moves between homes.\n"  # type: ignore[attr-defined]
    desk.minutes.set_discussion(item_id, "Members discussed moves between homes.")
    assert desk.minutes.draft(item_id) is None and _minutes(desk, meeting).draft is None  # type: ignore[attr-defined]


def test_a_draft_the_same_as_the_minutes_is_no_draft_and_a_discarded_one_is_gone(
    desk: Desk, item: tuple
) -> None:
    meeting, item_id = item
    desk.minutes.save_draft(item_id, "Something else")
    desk.minutes.save_draft(item_id, "  Members discussed moves.  ")  # typed back as it was
    assert desk.minutes.draft(item_id) is None
    desk.minutes.save_draft(item_id, "Something else")
    desk.minutes.discard_draft(item_id)
    assert desk.minutes.draft(item_id) is None
    assert _minutes(desk, meeting).discussion == "Members discussed moves."  # type: ignore[attr-defined]


def test_minutes_with_a_draft_are_not_approved_and_approved_minutes_take_no_draft(
    desk: Desk, item: tuple, clock: Clock
) -> None:
    meeting, item_id = item
    body = desk.people.body("sub_committee").id
    at = desk.meetings.create_meeting(body, NEXT)
    desk.agenda.build_from_template(at.id)
    clock.today = NEXT
    desk.meetings.set_status(meeting, "held")  # type: ignore[arg-type]
    desk.minutes.save_draft(item_id, "Typed, not saved.")
    before = database_dump(desk)
    with pytest.raises(InputError) as refused:
        desk.minutes.approve(meeting, at.id)  # type: ignore[arg-type]
    assert refused.value.message == (
        "item 1 has words typed and not yet saved: save or discard the draft before the minutes are approved"
    )
    second = desk.agenda.add_item(meeting, "Second item").id  # type: ignore[arg-type]
    desk.minutes.save_draft(second, "Typed under the second, not saved.")
    before = database_dump(desk)
    with pytest.raises(InputError) as refused:
        desk.minutes.approve(meeting, at.id)  # type: ignore[arg-type]
    assert refused.value.message == (
        "items 1, 2 have words typed and not yet saved: save or discard the drafts before the minutes "
        "are approved"
    )
    assert database_dump(desk) == before
    desk.minutes.discard_draft(second)
    desk.minutes.discard_draft(item_id)
    desk.minutes.approve(meeting, at.id)  # type: ignore[arg-type]

    before = database_dump(desk)
    with pytest.raises(LockedError, match="approved and locked"):
        desk.minutes.save_draft(item_id, "Too late.")
    # The database refuses one too, whatever the write path.
    with pytest.raises(LockedError, match="approved and locked"):
        desk.db.execute_sql(
            "INSERT INTO minute_draft VALUES ('x', 'a', 'a', ?, 'Too late.')",
            (item_id.hex,),  # type: ignore[attr-defined]
        )
    assert database_dump(desk) == before
