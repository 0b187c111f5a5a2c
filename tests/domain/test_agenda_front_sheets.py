"""An item's front sheet and its declarations of interest as the clerk meets them: a front sheet saved
again is changed in place, one saved after it was removed comes back as written, each item's front
sheet is its own (removing one an item lacks takes no other's), each item says what it brings, and a
refusal says what is missing."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from uuid import UUID

import pytest

from cpdesk.domain.agenda import OfficerReport
from cpdesk.domain.desk import Desk
from cpdesk.errors import InputError
from tests.conftest import database_dump
from tests.helpers import make_pdf

JUNE = date(2025, 6, 10)
FIRST = OfficerReport(title="Sufficiency statement", executive_summary="Two new homes.")
REVISED = OfficerReport(
    title="Sufficiency statement (revised)",
    report_from="Service Director",
    key_decision=True,
    recommendations="Agree the statement.",
    contact_email="sufficiency@example.org",
)
LATER = OfficerReport(title="Sufficiency statement 2026", risk="Homes may open late.")


def _items(desk: Desk, *titles: str) -> list[UUID]:
    meeting = desk.meetings.create_meeting(desk.people.body("sub_committee").id, JUNE).id
    return [desk.agenda.add_item(meeting, title).id for title in titles]


def test_a_front_sheet_saved_again_is_changed_in_place_and_after_removal_comes_back_as_written(
    desk: Desk,
) -> None:
    (item,) = _items(desk, "Sufficiency")
    desk.agenda.save_report(item, FIRST)
    kept = desk.agenda.report_id(item)

    desk.agenda.save_report(item, REVISED)
    assert desk.agenda.report(item) == REVISED
    assert desk.agenda.report_id(item) == kept, "notes on the front sheet stay with it"

    desk.agenda.remove_report(item)
    desk.agenda.save_report(item, LATER)
    assert desk.agenda.report(item) == LATER
    assert desk.agenda.removed_report(item) is None
    assert desk.agenda.item(item).has_report
    assert desk.agenda.report_id(item) == kept


def test_each_item_has_its_own_front_sheet_and_one_without_has_none(desk: Desk) -> None:
    first, second, bare = _items(desk, "Sufficiency", "Health", "Education")
    desk.agenda.save_report(first, FIRST)
    desk.agenda.save_report(second, LATER)
    ids = desk.agenda.report_id(first), desk.agenda.report_id(second)
    assert None not in ids and ids[0] != ids[1]
    assert desk.agenda.report_id(bare) is None

    desk.agenda.remove_report(first)
    assert desk.agenda.report_id(first) is None
    assert desk.agenda.report_id(second) == ids[1]
    desk.agenda.restore_report(first)
    assert desk.agenda.report_id(first) == ids[0]


def test_removing_or_restoring_a_front_sheet_an_item_lacks_touches_no_other_item(desk: Desk) -> None:
    first, second, bare = _items(desk, "Sufficiency", "Health", "Education")
    desk.agenda.save_report(first, FIRST)
    desk.agenda.save_report(second, LATER)
    desk.agenda.remove_report(second)
    before = database_dump(desk)

    desk.agenda.remove_report(bare)
    desk.agenda.restore_report(bare)
    assert database_dump(desk) == before
    assert desk.agenda.report(first) == FIRST
    assert desk.agenda.report(second) is None
    assert desk.agenda.removed_report(second) == LATER


def test_a_front_sheet_without_a_title_is_refused_and_changes_nothing(desk: Desk) -> None:
    (item,) = _items(desk, "Sufficiency")
    desk.agenda.save_report(item, FIRST)
    before = database_dump(desk)
    with pytest.raises(InputError, match=r"^a report needs a title$"):
        desk.agenda.save_report(item, OfficerReport(title="   ", executive_summary="Lost."))
    assert database_dump(desk) == before


def test_a_declaration_of_an_unknown_kind_or_no_interest_is_refused_and_changes_nothing(desk: Desk) -> None:
    (item,) = _items(desk, "Fostering service")
    member = desk.people.add_member("Cllr Example")
    before = database_dump(desk)
    with pytest.raises(
        InputError,
        match=(
            r"^a declaration is one of: Disclosable pecuniary interest, Other registrable interest, "
            r"Non-registrable interest$"
        ),
    ):
        desk.agenda.declare(item, member.id, "personal", "A relative is a foster carer")
    with pytest.raises(InputError, match=r"^say what the interest is$"):
        desk.agenda.declare(item, member.id, "other_registrable", "   ")
    assert database_dump(desk) == before


def test_each_item_says_whether_it_has_a_front_sheet_and_how_many_papers_not_in_the_bin(
    desk: Desk, tmp_path: Path
) -> None:
    two, three, none = _items(desk, "Sufficiency", "Health", "Education")
    papers = {
        item: [
            desk.agenda.attach_paper(item, make_pdf(tmp_path / f"{item}-{n}.pdf", 1)) for n in range(count)
        ]
        for item, count in ((two, 3), (three, 3), (none, 1))
    }
    desk.agenda.bin_paper(papers[two][0].id)
    desk.agenda.bin_paper(papers[none][0].id)
    desk.agenda.save_report(two, FIRST)
    desk.agenda.save_report(none, LATER)
    desk.agenda.remove_report(none)

    meeting = desk.agenda.item(two).meeting_id
    assert [(i.title, i.has_report, i.paper_count) for i in desk.agenda.items(meeting)] == [
        ("Sufficiency", True, 2),
        ("Health", False, 3),
        ("Education", False, 0),
    ]
