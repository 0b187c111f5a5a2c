"""An item's papers as a member meets them: a revised paper takes the old one's place and no other
paper changes, each paper reads as its own words, a file that cannot be a paper is refused in words
that say why, and the papers keep the clerk's order on any desk."""

from __future__ import annotations

import io
import logging
from datetime import date, timedelta
from pathlib import Path
from uuid import UUID, uuid4

import pytest

from cpdesk.domain.agenda import Paper
from cpdesk.domain.bin import binned_on
from cpdesk.domain.bundle_export import gather_meeting
from cpdesk.domain.desk import Desk
from cpdesk.errors import InputError, NotFoundError
from cpdesk.store.reading import PaperPage
from tests.bundle_helpers import PASSPHRASE, open_copy, write_payload
from tests.conftest import database_dump
from tests.helpers import make_text_pdf

JUNE = date(2025, 6, 10)
NOT_THERE = r"^that paper is not in this database$"


def _item(desk: Desk, title: str = "Sufficiency") -> tuple[UUID, UUID]:
    meeting = desk.meetings.create_meeting(desk.people.body("sub_committee").id, JUNE).id
    return meeting, desk.agenda.add_item(meeting, title).id


def _pdf(path: Path, *pages: str) -> Path:
    return make_text_pdf(path, [[words] for words in pages])


def _pages_found(desk: Desk, words: str) -> list[tuple[UUID | str, int | None]]:
    """The papers' pages a search for these words finds, as (paper, page)."""
    return [
        (hit.opens.record_id, hit.opens.page) for hit in desk.search.search(words) if hit.kind == "paper_page"
    ]


def test_a_revised_paper_takes_the_old_ones_place_and_no_other_paper_changes(
    desk: Desk, tmp_path: Path
) -> None:
    _, item = _item(desk)
    first_file = _pdf(tmp_path / "health.pdf", "Health of children in care")
    first = desk.agenda.attach_paper(item, first_file)
    second = desk.agenda.attach_paper(item, _pdf(tmp_path / "budget.pdf", "Budget draft"), title="Budget")
    revised = _pdf(tmp_path / "budget-v2.pdf", "Budget agreed", "Savings by year", "Risks")

    replaced = desk.agenda.replace_paper(second.id, revised)
    assert replaced == Paper(second.id, item, "Budget", "budget-v2.pdf", 3, revised.stat().st_size)
    assert desk.agenda.papers(item) == [first, replaced]
    assert desk.agenda.paper_data(second.id) == revised.read_bytes()
    assert desk.agenda.paper_data(first.id) == first_file.read_bytes()
    assert [text.strip() for text in desk.agenda.page_texts(second.id)] == [
        "Budget agreed",
        "Savings by year",
        "Risks",
    ]
    assert [text.strip() for text in desk.agenda.page_texts(first.id)] == ["Health of children in care"]
    assert _pages_found(desk, "children in care") == [(first.id, 1)]
    assert _pages_found(desk, "Savings by year") == [(second.id, 2)]
    assert _pages_found(desk, "Budget draft") == [], "the old version's words are no longer found"

    retitled = desk.agenda.replace_paper(second.id, revised, title="  Budget (agreed)  ")
    assert (retitled.id, retitled.title) == (second.id, "Budget (agreed)")
    assert desk.agenda.paper(second.id).title == "Budget (agreed)"


def test_a_paper_in_the_bin_or_not_there_is_not_replaced_and_nothing_changes(
    desk: Desk, tmp_path: Path
) -> None:
    _, item = _item(desk)
    desk.agenda.attach_paper(item, _pdf(tmp_path / "health.pdf", "Health"))
    binned = desk.agenda.attach_paper(item, _pdf(tmp_path / "budget.pdf", "Budget"))
    desk.agenda.bin_paper(binned.id)
    revised = _pdf(tmp_path / "budget-v2.pdf", "Budget agreed")
    before = database_dump(desk)
    for paper_id in (binned.id, uuid4()):
        with pytest.raises(NotFoundError, match=NOT_THERE):
            desk.agenda.replace_paper(paper_id, revised)
    assert database_dump(desk) == before


def _pdf_of_no_pages() -> bytes:
    import pypdf

    out = io.BytesIO()
    pypdf.PdfWriter().write(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (None, "there is no such file"),
        (b"", "the file is empty; expected a paper file"),
        (b"Budget agreed, typed in a text file\n", "this file is not a PDF (a PDF starts with %PDF-)"),
        (_pdf_of_no_pages(), "this PDF has no pages"),
    ],
    ids=["missing", "empty", "text file", "no pages"],
)
def test_a_revision_that_is_not_a_readable_pdf_is_refused_naming_the_file(
    desk: Desk, tmp_path: Path, content: bytes | None, expected: str
) -> None:
    _, item = _item(desk)
    paper = desk.agenda.attach_paper(item, _pdf(tmp_path / "budget.pdf", "Budget"))
    offered = tmp_path / "budget-v2.pdf"
    if content is not None:
        offered.write_bytes(content)
    before = database_dump(desk)
    with pytest.raises(InputError) as refused:
        desk.agenda.replace_paper(paper.id, offered)
    assert (refused.value.message, refused.value.where) == (expected, str(offered))
    assert database_dump(desk) == before


def test_a_damaged_pdf_is_refused_saying_what_to_do_and_what_was_wrong(desk: Desk, tmp_path: Path) -> None:
    _, item = _item(desk)
    offered = tmp_path / "broken.pdf"
    offered.write_bytes(b"%PDF-1.7\n% cut short and broken\n1 0 obj <<")
    before = database_dump(desk)
    with pytest.raises(InputError) as refused:
        desk.agenda.attach_paper(item, offered)
    found = type(refused.value.__cause__).__name__
    assert refused.value.message == (
        "this PDF is damaged and cannot be read; open it in a PDF reader, save or print it as a new PDF "
        f"and attach that ({found})"
    )
    assert found.endswith("Error") and refused.value.where == str(offered)
    assert database_dump(desk) == before


def test_a_pdf_that_needs_repairing_is_taken_without_filling_the_log(
    desk: Desk, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """pypdf says what it repaired as warnings; the clerk's log is not the place for them."""
    _, item = _item(desk)
    good = _pdf(tmp_path / "good.pdf", "Budget", "Risks").read_bytes()
    offered = tmp_path / "repaired.pdf"
    offered.write_bytes(good[: good.rfind(b"startxref")] + b"startxref\n12\n%%EOF\n")  # points to nothing
    with caplog.at_level(logging.WARNING):
        paper = desk.agenda.attach_paper(item, offered)
    assert paper.page_count == 2
    assert [r.getMessage() for r in caplog.records if r.name.startswith("pypdf")] == []


def test_a_paper_is_found_by_its_id_wherever_it_is_opened_from(desk: Desk, tmp_path: Path) -> None:
    _, item = _item(desk)
    _, other = _item(desk, "Education")
    first = desk.agenda.attach_paper(item, _pdf(tmp_path / "health.pdf", "Health"), title="Health")
    second = desk.agenda.attach_paper(other, _pdf(tmp_path / "school.pdf", "School", "Exams"))
    assert desk.agenda.paper(second.id) == Paper(
        second.id, other, "school", "school.pdf", 2, (tmp_path / "school.pdf").stat().st_size
    )
    assert desk.agenda.paper(first.id) == first
    with pytest.raises(NotFoundError, match=NOT_THERE):
        desk.agenda.paper(uuid4())


def test_a_members_desk_lists_an_items_papers_in_the_clerks_order(
    desk: Desk, _strategy_template: Path, tmp_path: Path
) -> None:
    """A bundle lists records by id, so a member's desk takes an item's papers in an order of their
    ids, not the clerk's; here the bundle lists them last first, to be sure the two orders differ."""
    meeting, item = _item(desk)
    papers = [
        desk.agenda.attach_paper(item, _pdf(tmp_path / f"{name}.pdf", name))
        for name in ("report", "appendix-a", "appendix-b", "old-draft", "older-draft")
    ]
    desk.agenda.bin_paper(papers[3].id)
    desk.agenda.bin_paper(papers[4].id)
    payload = gather_meeting(desk, meeting)
    payload["records"]["paper"].sort(key=lambda paper: int(paper["position"]), reverse=True)
    bundle = write_payload(tmp_path / "meeting.cpdesk", payload)

    member = open_copy(_strategy_template, tmp_path / "member.db")
    try:
        member.bundles.import_file(bundle, PASSPHRASE)
        assert [p.title for p in member.agenda.papers(item)] == ["report", "appendix-a", "appendix-b"]
        assert [p.title for p in member.agenda.binned_papers(item)] == ["old-draft", "older-draft"]
    finally:
        member.close()


def test_a_paper_attached_after_the_bin_was_emptied_comes_after_the_papers_left_on_any_desk(
    desk: Desk, _strategy_template: Path, tmp_path: Path
) -> None:
    """A paper removed for good from the bin leaves a gap in the item's order, not a place taken twice:
    the new paper comes last, at the clerk's and at a member's, whatever order the bundle lists them in
    (here last first, and by title where two share a place)."""
    meeting, item = _item(desk)
    old, report = (desk.agenda.attach_paper(item, _pdf(tmp_path / f"{n}.pdf", n)) for n in ("old", "report"))
    desk.agenda.bin_paper(old.id)
    day = binned_on(desk.bin.entry("paper", old.id).binned_at)
    assert len(desk.bin.empty_old(day + timedelta(days=desk.bin.retention_days() + 1)).emptied) == 1
    late = desk.agenda.attach_paper(item, _pdf(tmp_path / "appendix.pdf", "appendix"))
    assert desk.agenda.papers(item) == [report, late]

    payload = gather_meeting(desk, meeting)
    payload["records"]["paper"].sort(key=lambda paper: (-int(paper["position"]), paper["title"]))
    member = open_copy(_strategy_template, tmp_path / "member.db")
    try:
        member.bundles.import_file(write_payload(tmp_path / "meeting.cpdesk", payload), PASSPHRASE)
        assert [p.title for p in member.agenda.papers(item)] == ["report", "appendix"]
    finally:
        member.close()


def test_the_words_of_papers_attached_before_cpdesk_kept_them_are_read_once_and_found(
    desk: Desk, tmp_path: Path
) -> None:
    _, item = _item(desk)
    health = desk.agenda.attach_paper(item, _pdf(tmp_path / "health.pdf", "Health of children in care"))
    budget = desk.agenda.attach_paper(item, _pdf(tmp_path / "budget.pdf", "Budget agreed", "Savings by year"))
    risks = desk.agenda.attach_paper(item, _pdf(tmp_path / "risks.pdf", "Risks to placements"))
    with desk.bound():  # as a database from before cpdesk kept a paper's words holds them
        PaperPage.delete().where(PaperPage.paper.in_([budget.id, risks.id])).execute()
    assert _pages_found(desk, "Savings by year") == []

    assert desk.agenda.ensure_paper_texts() == 2
    assert _pages_found(desk, "Savings by year") == [(budget.id, 2)]
    assert _pages_found(desk, "Risks to placements") == [(risks.id, 1)]
    assert _pages_found(desk, "children in care") == [(health.id, 1)]
    assert desk.agenda.ensure_paper_texts() == 0
