"""The agenda's rules as the clerk meets them: an edit changes only what was asked, a refusal says what
and changes nothing, the bin gives back exactly what was put in it, and the strategy to link to is the
current one, in its own order."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from uuid import UUID, uuid4

import pytest

from cpdesk.config import bundled_strategy_path
from cpdesk.domain.agenda import LinkTarget, OfficerReport
from cpdesk.domain.desk import Desk
from cpdesk.errors import InputError, NotFoundError
from cpdesk.store import strategy as s
from tests.conftest import database_dump
from tests.helpers import make_pdf

JUNE = date(2025, 6, 10)
FIRST = OfficerReport(title="First report", executive_summary="One.")
SECOND = OfficerReport(title="Second report", executive_summary="Two.")


def _meeting(desk: Desk) -> UUID:
    return desk.meetings.create_meeting(desk.people.body("sub_committee").id, JUNE).id


def _item_fields(desk: Desk, item_id: UUID) -> tuple[str, str, UUID | None, str, str]:
    item = desk.agenda.item(item_id)
    return (item.title, item.item_type, item.presenter_id, item.presenter, item.description)


# --- editing an item: each field on its own, and a refusal that names what is wrong ---


def test_an_edit_changes_only_the_field_given(desk: Desk) -> None:
    meeting = _meeting(desk)
    head = desk.people.add_officer("Pat Example", "Virtual School Head")
    doctor = desk.people.add_officer("Dr Example", "Designated Doctor")
    item = desk.agenda.add_item(
        meeting, "Sufficiency", "information", presenter_id=head.id, description="The annual statement."
    ).id

    renamed = desk.agenda.update_item(item, title="  Sufficiency strategy  ")
    assert (renamed.id, renamed.title) == (item, "Sufficiency strategy")
    assert _item_fields(desk, item) == (
        "Sufficiency strategy",
        "information",
        head.id,
        "Pat Example",
        "The annual statement.",
    )
    desk.agenda.update_item(item, item_type="decision")
    assert _item_fields(desk, item) == (
        "Sufficiency strategy",
        "decision",
        head.id,
        "Pat Example",
        "The annual statement.",
    )
    desk.agenda.update_item(item, presenter_id=doctor.id)
    assert _item_fields(desk, item) == (
        "Sufficiency strategy",
        "decision",
        doctor.id,
        "Dr Example",
        "The annual statement.",
    )
    desk.agenda.update_item(item, description="  Two new homes.  ")
    assert _item_fields(desk, item) == (
        "Sufficiency strategy",
        "decision",
        doctor.id,
        "Dr Example",
        "Two new homes.",
    )
    desk.agenda.update_item(item, presenter_id=None)
    assert _item_fields(desk, item) == ("Sufficiency strategy", "decision", None, "", "Two new homes.")


def test_an_edit_with_no_title_or_an_unknown_type_is_refused_and_changes_nothing(desk: Desk) -> None:
    item = desk.agenda.add_item(_meeting(desk), "Sufficiency", description="Kept.").id
    before = database_dump(desk)
    with pytest.raises(InputError, match=r"^an agenda item needs a title$"):
        desk.agenda.update_item(item, title="   ", description="Lost.")
    with pytest.raises(
        InputError, match=r"^an item is one of: For decision, For information, Standing item$"
    ):
        desk.agenda.update_item(item, item_type="urgent", description="Lost.")
    assert database_dump(desk) == before


def test_an_item_is_added_before_the_closing_items_or_where_asked_with_nothing_not_given(desk: Desk) -> None:
    meeting = _meeting(desk)
    desk.agenda.build_from_template(meeting)
    added = desk.agenda.add_item(meeting, "  Sufficiency  ", "decision")
    assert (added.title, added.item_type, added.presenter_id, added.presenter, added.description) == (
        "Sufficiency",
        "decision",
        None,
        "",
        "",
    )
    titles = [i.title for i in desk.agenda.items(meeting)]
    assert titles[-3:] == ["Sufficiency", "Work programme", "Date of the next meeting"]
    urgent = desk.agenda.add_item(meeting, "Urgent business", position=0)
    assert [(i.number, i.title) for i in desk.agenda.items(meeting)][:2] == [
        (1, "Urgent business"),
        (2, "Apologies for absence and declarations of interest"),
    ]
    assert urgent.number == 1


def test_an_item_with_no_title_or_an_unknown_type_is_not_added(desk: Desk) -> None:
    meeting = _meeting(desk)
    before = database_dump(desk)
    with pytest.raises(InputError, match=r"^an agenda item needs a title$"):
        desk.agenda.add_item(meeting, "   ")
    with pytest.raises(
        InputError, match=r"^an item is one of: For decision, For information, Standing item$"
    ):
        desk.agenda.add_item(meeting, "Sufficiency", "urgent")
    assert database_dump(desk) == before


# --- the bin: what comes back is what was put in, and nothing else moves ---


def test_restoring_one_binned_item_leaves_the_other_in_the_bin(desk: Desk) -> None:
    meeting = _meeting(desk)
    a, b, c = (desk.agenda.add_item(meeting, title).id for title in ("A", "B", "C"))
    desk.agenda.bin_item(a)
    desk.agenda.bin_item(b)
    desk.agenda.restore_item(b)
    assert [i.title for i in desk.agenda.items(meeting)] == ["B", "C"]
    assert desk.agenda.binned_items(meeting) == [(a, "A")]
    before = database_dump(desk)
    with pytest.raises(NotFoundError, match=r"^that agenda item is not in this database$"):
        desk.agenda.restore_item(uuid4())
    assert database_dump(desk) == before
    assert c in {i.id for i in desk.agenda.items(meeting)}


def test_an_item_in_the_bin_or_not_there_cannot_be_changed_and_says_so(desk: Desk, tmp_path: Path) -> None:
    meeting = _meeting(desk)
    binned = desk.agenda.add_item(meeting, "Sufficiency").id
    desk.agenda.bin_item(binned)
    paper = make_pdf(tmp_path / "paper.pdf", 1)
    attempts: list[Callable[[UUID], object]] = [
        desk.agenda.item,
        lambda item: desk.agenda.update_item(item, title="Renamed"),
        lambda item: desk.agenda.move_item(item, 0),
        desk.agenda.bin_item,
        lambda item: desk.agenda.save_report(item, FIRST),
        lambda item: desk.agenda.attach_paper(item, paper),
    ]
    before = database_dump(desk)
    for item in (binned, uuid4()):
        for attempt in attempts:
            with pytest.raises(NotFoundError, match=r"^that agenda item is not in this database$"):
                attempt(item)
    assert database_dump(desk) == before


def test_a_front_sheet_removed_or_restored_is_that_items_alone(desk: Desk) -> None:
    meeting = _meeting(desk)
    first, second = (desk.agenda.add_item(meeting, title).id for title in ("First", "Second"))
    desk.agenda.save_report(first, FIRST)
    desk.agenda.save_report(second, SECOND)
    assert desk.agenda.removed_report(first) is None, "a front sheet still on its item is not removed"

    desk.agenda.remove_report(first)
    assert desk.agenda.report(first) is None
    assert desk.agenda.report(second) == SECOND
    assert desk.agenda.removed_report(first) == FIRST
    assert desk.agenda.removed_report(second) is None

    desk.agenda.remove_report(second)
    desk.agenda.restore_report(first)
    assert desk.agenda.report(first) == FIRST
    assert desk.agenda.report(second) is None
    assert desk.agenda.removed_report(second) == OfficerReport(
        title="Second report", executive_summary="Two."
    )


def test_each_paper_keeps_its_own_file_and_only_binned_papers_are_listed_as_binned(
    desk: Desk, tmp_path: Path
) -> None:
    meeting = _meeting(desk)
    item, other = (desk.agenda.add_item(meeting, title).id for title in ("Health", "Education"))
    one = desk.agenda.attach_paper(item, make_pdf(tmp_path / "one.pdf", 1, "One"))
    two_file = make_pdf(tmp_path / "two.pdf", 2, "Two")
    two = desk.agenda.attach_paper(item, two_file)
    three = desk.agenda.attach_paper(other, make_pdf(tmp_path / "three.pdf", 3, "Three"))
    assert desk.agenda.paper_data(two.id) == two_file.read_bytes()

    desk.agenda.bin_paper(one.id)
    desk.agenda.bin_paper(three.id)
    assert desk.agenda.binned_papers(item) == [one]
    assert desk.agenda.papers(item) == [two]
    desk.agenda.restore_paper(one.id)
    assert desk.agenda.papers(item) == [one, two]
    assert desk.agenda.binned_papers(item) == []
    assert desk.agenda.binned_papers(other) == [three]


def test_binning_or_restoring_a_paper_declaration_or_decision_not_there_says_which(desk: Desk) -> None:
    desk.agenda.add_item(_meeting(desk), "Health")
    before = database_dump(desk)
    with pytest.raises(NotFoundError, match=r"^that paper is not in this database$"):
        desk.agenda.restore_paper(uuid4())
    with pytest.raises(NotFoundError, match=r"^that paper is not in this database$"):
        desk.agenda.paper_data(uuid4())
    with pytest.raises(NotFoundError, match=r"^that paper is not in this database$"):
        desk.agenda.bin_paper(uuid4())
    with pytest.raises(NotFoundError, match=r"^that declaration is not in this database$"):
        desk.agenda.restore_declaration(uuid4())
    with pytest.raises(NotFoundError, match=r"^that declaration is not in this database$"):
        desk.agenda.withdraw_declaration(uuid4())
    with pytest.raises(NotFoundError, match=r"^that decision is not in this database$"):
        desk.minutes.remove_decision(uuid4())
    with pytest.raises(NotFoundError, match=r"^that decision is not in this database$"):
        desk.minutes.restore_decision(uuid4())
    assert database_dump(desk) == before


# --- what an item can concern: the current strategy, in its numbering ---


def _revised_strategy(tmp_path: Path) -> Path:
    """The bundled strategy as a new version, its lists written in reverse and one priority bare."""
    data = json.loads(bundled_strategy_path().read_text(encoding="utf-8"))
    data["strategy"]["version_label"] = "2026-2031"
    data["priorities"].reverse()
    data["priorities"][0]["commitments"] = []  # priority 5 has no commitments of its own yet
    data["promises"].reverse()
    revised = tmp_path / "revised.json"
    revised.write_text(json.dumps(data), encoding="utf-8")
    return revised


def test_link_targets_are_the_current_versions_parts_in_number_order(desk: Desk, tmp_path: Path) -> None:
    desk.strategy.import_file(_revised_strategy(tmp_path))
    current = s.Strategy.get(s.Strategy.is_current == True)  # noqa: E712
    priorities = s.Priority.select().where(s.Priority.strategy == current).order_by(s.Priority.number)
    promises = s.Promise.select().where(s.Promise.strategy == current).order_by(s.Promise.number)

    def commitments(priority: s.Priority) -> tuple[LinkTarget, ...]:
        rows = s.Commitment.select().where(s.Commitment.priority == priority).order_by(s.Commitment.position)
        return tuple(
            LinkTarget("commitment", c.id, f"Priority {priority.number}, commitment {n}", c.text)
            for n, c in enumerate(rows, start=1)
        )

    expected = [
        LinkTarget("priority", p.id, f"Priority {p.number}: {p.title}", p.title, commitments(p))
        for p in priorities
    ] + [LinkTarget("promise", p.id, f"Promise {p.number}", p.text) for p in promises]
    targets = [t for t in desk.agenda.link_targets() if t.kind != "pledge_area"]
    assert targets == expected
    assert [t.label.split(":")[0] for t in targets[:5]] == [f"Priority {n}" for n in range(1, 6)]
    assert targets[4].children == ()
    assert targets[2].children[0].label == "Priority 3, commitment 1"
    assert [t.label for t in targets[5:7]] == ["Promise 1", "Promise 2"]


def test_the_pledge_areas_to_link_to_are_the_current_versions_alone_in_its_order(
    desk: Desk, tmp_path: Path
) -> None:
    desk.strategy.import_file(_revised_strategy(tmp_path))
    current = s.Strategy.get(s.Strategy.is_current == True)  # noqa: E712
    areas = list(
        s.PledgeArea.select().where(s.PledgeArea.strategy == current).order_by(s.PledgeArea.position)
    )
    assert len(areas) > 1, "the bundled strategy has Pledge areas in both versions"
    assert [t for t in desk.agenda.link_targets() if t.kind == "pledge_area"] == [
        LinkTarget("pledge_area", a.id, f"Pledge: {a.title}", a.text) for a in areas
    ]
