"""A member's own preparation: notes and questions on any record, kept theirs, anchored, carried, acted on."""

from __future__ import annotations

import json
import stat
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from uuid import UUID

import pytest

from cpdesk.domain.agenda import OfficerReport
from cpdesk.domain.desk import Desk
from cpdesk.errors import InputError, NotFoundError
from cpdesk.store import meetings as m
from cpdesk.store.reading import TARGET_KINDS
from tests.conftest import database_dump
from tests.helpers import Clock, make_text_pdf

KEPT = "Placement stability has improved for the third year running."
REMOVED = "Twelve children waited more than a year for a permanent home."


@dataclass
class Desked:
    desk: Desk
    meeting: UUID
    later: UUID
    item: UUID
    paper: UUID
    tmp: Path


@pytest.fixture
def desked(desk: Desk, clock: Clock, tmp_path: Path) -> Desked:
    clock.today = date(2026, 3, 1)
    desk.notes.set_current_user("Cllr Example", "member")
    sub = desk.people.body("sub_committee").id
    meeting = desk.meetings.create_meeting(sub, date(2026, 3, 10)).id
    later = desk.meetings.create_meeting(sub, date(2026, 5, 12)).id
    item = desk.agenda.add_item(meeting, "Sufficiency", "decision").id
    pdf = make_text_pdf(
        tmp_path / "sufficiency.pdf",
        [["Sufficiency report", "Introduction to the report."], ["Findings", KEPT, REMOVED], ["Next steps"]],
    )
    paper = desk.agenda.attach_paper(item, pdf, "Sufficiency report").id
    return Desked(desk, meeting, later, item, paper, tmp_path)


def test_a_note_needs_to_know_whose_it_is(desk: Desk) -> None:
    assert desk.notes.current_user() is None
    with pytest.raises(InputError, match="say who is using cpdesk first"):
        desk.notes.add("meeting", UUID(int=1), "A note")
    me = desk.notes.set_current_user("  Cllr   Example ", "chair")
    assert (me.name, me.role_label) == ("Cllr Example", "Chair")
    assert desk.notes.current_user() == me
    with pytest.raises(InputError, match="Member, Chair, Clerk, Officer"):
        desk.notes.set_current_user("Someone", "mayor")
    assert desk.notes.set_current_user("Cllr Example", "member").id == me.id  # the same person, role changed


def test_notes_on_every_kind_of_record_appear_beside_it_and_say_where(desked: Desked) -> None:
    desk = desked.desk
    desk.agenda.save_report(desked.item, OfficerReport(title="Sufficiency"))
    with desk.bound():
        report_id = m.OfficerReport.get(m.OfficerReport.agenda_item == desked.item).id
    targets = desk.agenda.link_targets()
    priority = next(t for t in targets if t.kind == "priority")
    yp = desk.meetings.create_meeting(desk.people.body("young_people").id, date(2026, 3, 3)).id
    challenge = desk.challenges.raise_challenge(yp, "We want a say.").id
    action = desk.actions.raise_action(desked.meeting, "Report back").id
    indicator = desk.indicators.indicators()[0].id
    records = {
        "priority": priority.target_id,
        "commitment": priority.children[0].target_id,
        "promise": next(t for t in targets if t.kind == "promise").target_id,
        "pledge_area": next(t for t in targets if t.kind == "pledge_area").target_id,
        "meeting": desked.meeting,
        "agenda_item": desked.item,
        "report": report_id,
        "paper": desked.paper,
        "action": action,
        "challenge": challenge,
        "indicator": indicator,
    }
    assert set(records) == set(TARGET_KINDS)
    for kind, record in records.items():
        desk.notes.add(kind, record, f"My note on the {kind}", is_question=kind == "agenda_item")
    for kind, record in records.items():
        (note,) = desk.notes.on(kind, record)
        assert note.text == f"My note on the {kind}"
    wheres = {n.target_kind: n.where for n in desk.notes.preparation()}
    assert wheres["paper"].label == "Paper: Sufficiency report" and wheres["paper"].item_id == desked.item
    assert wheres["report"].label == "Report: Sufficiency" and wheres["report"].meeting_id == desked.meeting
    assert wheres["action"].meeting_id == desked.meeting
    assert wheres["challenge"].meeting_id == yp
    assert wheres["priority"].label == priority.label and wheres["priority"].meeting_id is None
    with pytest.raises(NotFoundError, match="not a meeting in this database"):
        desk.notes.add("meeting", UUID(int=5), "Nowhere")


def test_another_persons_notes_are_not_mine(desked: Desked) -> None:
    desk = desked.desk
    mine = desk.notes.add("meeting", desked.meeting, "Mine")
    desk.notes.set_current_user("Clerk Example", "clerk")
    assert desk.notes.on("meeting", desked.meeting) == []
    with pytest.raises(NotFoundError):
        desk.notes.edit(mine.id, text="Changed by someone else")
    desk.notes.set_current_user("Cllr Example", "member")
    assert [n.text for n in desk.notes.on("meeting", desked.meeting)] == ["Mine"]


def test_a_note_on_a_passage_follows_a_revised_paper_or_says_it_is_gone(desked: Desked) -> None:
    desk = desked.desk
    kept = desk.notes.add(
        "paper", desked.paper, "Is this true for teenagers?", page=2, quote=KEPT, is_question=True
    )
    gone = desk.notes.add("paper", desked.paper, "Why so many?", page=2, quote=REMOVED)
    revised = make_text_pdf(
        desked.tmp / "sufficiency-v2.pdf",
        [["Sufficiency report (revised)"], ["Summary", "A new page."], ["Findings", KEPT], ["Next steps"]],
    )
    paper = desk.agenda.replace_paper(desked.paper, revised)
    assert (paper.id, paper.page_count) == (desked.paper, 4)
    notes = {n.id: n for n in desk.notes.on("paper", desked.paper)}
    assert (notes[kept.id].anchor, notes[kept.id].page) == ("moved", 3)
    assert notes[kept.id].anchor_note == "The paper was revised: these words are now on page 3"
    assert notes[gone.id].anchor == "lost"
    assert notes[gone.id].anchor_note == "The paper was revised and these words are no longer in it"
    assert notes[gone.id].quote == REMOVED and notes[gone.id].text == "Why so many?"  # nothing dropped
    assert desk.agenda.page_texts(desked.paper)[2].count("third year") == 1


def test_a_page_must_be_in_the_paper_and_only_papers_have_pages(desked: Desked) -> None:
    desk = desked.desk
    with pytest.raises(InputError, match="pages 1 to 3, not 4"):
        desk.notes.add("paper", desked.paper, "Note", page=4)
    with pytest.raises(InputError, match="only a note on a paper"):
        desk.notes.add("meeting", desked.meeting, "Note", page=1)


def test_my_preparation_puts_the_next_meetings_questions_first(desked: Desked, clock: Clock) -> None:
    desk = desked.desk
    later_item = desk.agenda.add_item(desked.later, "Health", "information").id
    desk.notes.add("agenda_item", later_item, "Later question", is_question=True)
    desk.notes.add("meeting", desked.meeting, "A note on the next meeting")
    desk.notes.add("agenda_item", desked.item, "Next question", is_question=True)
    targets = desk.agenda.link_targets()
    desk.notes.add("promise", next(t for t in targets if t.kind == "promise").target_id, "On a Promise")
    assert [n.text for n in desk.notes.preparation()] == [
        "Next question",
        "A note on the next meeting",
        "Later question",
        "On a Promise",
    ]
    clock.today = date(2026, 3, 11)  # the March meeting has passed: May is next
    assert desk.notes.preparation()[0].text == "Later question"


def test_a_question_asked_becomes_a_recorded_question_in_one_step(desked: Desked, clock: Clock) -> None:
    desk = desked.desk
    question = desk.notes.add(
        "agenda_item", desked.item, "How many homes will open this year?", is_question=True
    )
    clock.today = date(2026, 3, 10)
    turned = desk.notes.to_action(question.id, desked.meeting)
    assert turned.asked_on == date(2026, 3, 10) and turned.action_id is not None
    (raised,) = desk.actions.log()
    assert (raised.kind, raised.description, raised.item) == (
        "question",
        "How many homes will open this year?",
        "Sufficiency",
    )
    with pytest.raises(InputError, match="already on the action log"):
        desk.notes.to_action(question.id, desked.meeting)
    note = desk.notes.add("meeting", desked.meeting, "Just a note")
    with pytest.raises(InputError, match="only a question"):
        desk.notes.mark_asked(note.id)


def test_my_notes_travel_to_another_machine_and_only_to_me(desked: Desked, tmp_path: Path) -> None:
    desk = desked.desk
    desk.notes.add("paper", desked.paper, "On the findings", page=2, quote=KEPT, is_question=True)
    desk.notes.add("meeting", desked.meeting, "Bring the papers")
    out = tmp_path / "my-notes.json"
    assert desk.notes.export_file(out) == 2
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["by"] == {"name": "Cllr Example", "role": "member"}
    assert desk.notes.import_file(out) == 0  # the same notes again, here: nothing newer to take
    with Desk.open(tmp_path / "new-laptop.db") as other:
        other.notes.set_current_user("Cllr Example", "member")
        assert other.notes.import_file(out) == 2
        notes = {n.text: n for n in other.notes.preparation()}
        assert sorted(notes) == ["Bring the papers", "On the findings"]
        found = notes["On the findings"]
        assert (found.is_question, found.page, found.quote) == (True, 2, KEPT)
        assert found.where.label == "A paper not in this database"  # until the meeting comes over too


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"not json", "line 1"),
        (b'{"format": "cpdesk-notes", "version": 1, "by": {"name": "X", "role": "member"}}', "notes"),
        (
            b'{"format": "cpdesk-notes", "version": 1, "by": {"name": "X", "role": "member"}, '
            b'"notes": [{"id": "x"}]}',
            "notes[0]: missing 9 fields",
        ),
        (b'{"format": "other", "version": 1, "by": {"name": "X", "role": "member"}, "notes": []}', "format"),
    ],
)
def test_a_bad_notes_file_is_refused_and_changes_nothing(
    desked: Desked, tmp_path: Path, content: bytes, says: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    before = database_dump(desked.desk)
    with pytest.raises(InputError) as refused:
        desked.desk.notes.import_file(bad)
    assert says in refused.value.describe()
    assert database_dump(desked.desk) == before
