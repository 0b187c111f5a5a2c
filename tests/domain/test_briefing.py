"""The briefing pack's content: what a member reads in each section, each edition's own, nothing private."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from uuid import UUID

import pytest

from cpdesk.domain.desk import Desk
from cpdesk.domain.pack_model import (
    SECTIONS,
    Bullets,
    Cancelled,
    Fields,
    Note,
    Pack,
    Para,
    Section,
    Table,
    sections_for,
    walk,
)
from cpdesk.errors import InputError
from cpdesk.store import indicators as i
from cpdesk.store.sealed import PrivateReadError
from tests.helpers import Clock, make_pdf

TODAY = date(2025, 6, 1)
OWN = ("cover", "contents", "agenda", "since", "minutes", "actions", "tracker", "questions", "my_notes")


def words(section: Section) -> str:
    """Everything a reader sees in a section and its subsections, headings included, as one text."""
    said = []
    for part in walk([section]):
        said.append(part.title)
        for block in part.blocks:
            if isinstance(block, Para):
                said.append(block.text)
            elif isinstance(block, Bullets):
                said.extend(block.items)
            elif isinstance(block, Fields):
                said.extend(f"{label}: {text}" for label, text in block.rows)
            elif isinstance(block, Table):
                said.append(block.caption)
                said.extend(" | ".join(row) for row in block.rows)
            elif isinstance(block, Note):
                said.append(f"[{block.anchor}] {block.text}")
    return "\n".join(said)


def section(pack: Pack, key: str) -> Section:
    found = [s for s in walk(pack.sections) if s.key == key]
    assert len(found) == 1, f"{key} is in the pack {len(found)} times"
    return found[0]


def own(edition: str) -> list[str]:
    """The sections this builder writes itself, in the edition."""
    return [key for key in sections_for(edition) if key in OWN]


@dataclass
class World:
    """The Sub-Committee: a meeting in March, the last meeting in April, one cancelled in May, and the
    meeting the pack is for in June; today is 1 June 2025."""

    desk: Desk
    march: UUID
    april: UUID
    cancelled: UUID
    june: UUID
    chair: UUID
    officer: UUID
    item: UUID  # June's item with a report and a paper
    april_item: UUID
    actions: dict[str, UUID]


@pytest.fixture
def world(desk: Desk, clock: Clock, tmp_path: Path) -> World:
    clock.today = TODAY
    sub = desk.people.body("sub_committee").id
    chair = desk.people.add_member("Cllr Ada Chair", "chair").id
    desk.people.add_member("Cllr Ben Member", "member")
    desk.people.add_member("Cllr Cy Vice", "vice_chair")
    officer = desk.people.add_officer("Dee Officer", "Head of Fostering").id
    march = desk.meetings.create_meeting(sub, date(2025, 3, 1), "10:00", "Room 1").id
    april = desk.meetings.create_meeting(sub, date(2025, 4, 10), "10:00", "Room 2").id
    cancelled = desk.meetings.create_meeting(sub, date(2025, 5, 1), "10:00", "Room 3").id
    june = desk.meetings.create_meeting(sub, date(2025, 6, 20), "14:30", "Council Chamber").id
    desk.meetings.cancel(cancelled)
    for held in (march, april):
        desk.meetings.set_status(held, "held")

    desk.agenda.build_from_template(april)
    april_item = desk.agenda.add_item(april, "Fostering recruitment", "decision").id
    desk.minutes.set_discussion(april_item, "Members asked how many carers were recruited this year.")
    desk.minutes.add_decision(april_item, "To agree the recruitment campaign.", 5, 1, 0)
    desk.minutes.add_decision(april_item, "To note the figures.")
    desk.meetings.set_attendance(april, chair, "present")

    desk.agenda.build_from_template(june)
    priority = next(t for t in desk.agenda.link_targets() if t.kind == "priority")
    item = desk.agenda.add_item(
        june, "Placement sufficiency", "decision", presenter_id=officer, description="The plan for two homes."
    ).id
    desk.agenda.set_links(item, [("priority", priority.target_id)])
    from cpdesk.domain.agenda import OfficerReport

    desk.agenda.save_report(item, OfficerReport("Sufficiency strategy 2025"))
    desk.agenda.attach_paper(item, make_pdf(tmp_path / "plan.pdf", 2), "The plan")

    acts = desk.actions
    found: dict[str, UUID] = {}
    found["closed_before"] = acts.raise_action(march, "Closed the day before the last meeting").id
    acts.add_update(found["closed_before"], "Done", status="completed", on_date=date(2025, 4, 9))
    found["closed_on_day"] = acts.raise_action(march, "Closed on the day of the last meeting").id
    acts.add_update(
        found["closed_on_day"], "Done at the meeting", status="completed", on_date=date(2025, 4, 10)
    )
    found["superseded"] = acts.raise_action(march, "Replaced by a wider review").id
    acts.add_update(
        found["superseded"], "Folded into the review", status="superseded", on_date=date(2025, 5, 2)
    )
    found["old_open"] = acts.raise_action(march, "Raised in March and still open", due=date(2025, 4, 1)).id
    found["new"] = acts.raise_action(
        april, "Raised at the last meeting", owner_id=officer, due=date(2025, 9, 1)
    ).id
    found["overdue"] = acts.raise_action(april, "Due in May and not done", due=date(2025, 5, 15)).id
    found["due_today"] = acts.raise_action(april, "Due today", due=date(2025, 6, 1)).id
    found["answered"] = acts.raise_action(april, "How many carers left this year?", kind="question").id
    acts.answer(found["answered"], "Twelve carers left.", on_date=date(2025, 5, 2), author="Dee Officer")
    found["waiting"] = acts.raise_action(april, "How long do assessments take?", kind="question").id
    acts.add_update(found["overdue"], "Waiting for figures", on_date=date(2025, 5, 20), author="Dee Officer")
    return World(desk, march, april, cancelled, june, chair, officer, item, april_item, found)


def build(world: World, edition: str = "committee", sections: list[str] | None = None) -> Pack:
    return world.desk.packs.build(world.june, edition, own(edition) if sections is None else sections)


# --- the cover and the agenda ---


def test_the_cover_says_who_when_where_and_which_edition(world: World) -> None:
    pack = build(world)
    cover = pack.cover
    assert cover.council == world.desk.strategy.current().header.council  # type: ignore[union-attr]
    assert cover.council.endswith("Council")
    assert (cover.body, cover.day, cover.time, cover.venue) == (
        "Corporate Parenting Sub-Committee",
        date(2025, 6, 20),
        "14:30",
        "Council Chamber",
    )
    assert cover.membership == (
        "Cllr Ada Chair (Chair)",
        "Cllr Cy Vice (Vice-Chair)",
        "Cllr Ben Member (Member)",
    )
    assert (cover.edition, cover.made_for) == ("committee", "")
    assert pack.title == "Corporate Parenting Sub-Committee, 20 June 2025"
    assert pack.made_on == TODAY
    assert pack.show_cover and pack.contents


def test_the_agenda_gives_each_item_its_presenter_report_papers_and_strategy(world: World) -> None:
    agenda = section(build(world), "agenda")
    assert agenda.title == "Agenda"
    titles = [child.title for child in agenda.children]
    assert titles[0] == "Item 1. Apologies for absence and declarations of interest"
    number = titles.index("Item 5. Placement sufficiency") + 1
    assert number == 5
    item = section(build(world), f"item:{world.item}")
    said = words(item)
    assert "Type: For decision" in said
    assert "Presented by: Dee Officer" in said
    assert "Report: Yes: Sufficiency strategy 2025" in said
    assert "Papers: 1 paper attached" in said
    assert "Concerns: Priority 1: " in said
    assert "The plan for two homes." in said
    minutes_item = words(agenda.children[1])
    assert "Report: No report" in minutes_item and "Papers: No papers" in minutes_item


def test_an_item_s_linked_documents_are_listed_with_their_addresses(world: World) -> None:
    from cpdesk.store.meetings import LinkedDocument

    with world.desk.bound():
        for position, (title, restricted) in enumerate((("Sufficiency report", False), ("Appendix", True))):
            LinkedDocument.create(
                agenda_item=world.item,
                position=position,
                title=title,
                url=f"https://democracy.example.gov.uk/mgConvert2PDF.aspx?ID={position}",
                restricted=restricted,
            )
    said = words(section(build(world), f"item:{world.item}"))
    assert "Linked documents: 2 in the committee system, listed below" in said
    assert "Sufficiency report: https://democracy.example.gov.uk/mgConvert2PDF.aspx?ID=0" in said
    assert "Appendix (restricted): https://democracy.example.gov.uk/mgConvert2PDF.aspx?ID=1" in said
    other = words(section(build(world), "agenda").children[1])
    assert "Linked documents" not in other, "an item with none says nothing of them"


def test_an_empty_agenda_says_so(world: World) -> None:
    sub = world.desk.people.body("sub_committee").id
    bare = world.desk.meetings.create_meeting(sub, date(2025, 7, 20)).id
    pack = world.desk.packs.build(bare, sections=["agenda"])
    assert words(section(pack, "agenda")) == "Agenda\nThe agenda has no items yet."


# --- since the last meeting ---


def test_since_runs_from_the_last_meeting_not_cancelled_to_today(world: World) -> None:
    since = section(build(world), "since")
    said = words(since)
    assert since.title == "Since the last meeting"
    assert (
        "from the day of the last meeting of the Corporate Parenting Sub-Committee, 10 April 2025, "
        "to 1 June 2025 (today), both days included" in said
    )


def test_since_counts_actions_completed_new_and_now_overdue_at_the_boundaries(world: World) -> None:
    said = words(section(build(world), "since:actions"))
    completed = said.split("1 completed:")[1].split("\n")[1]
    assert completed.startswith("A24-002: Closed on the day of the last meeting (completed on 10 April 2025")
    assert "Closed the day before the last meeting" not in said  # closed on 9 April: the last meeting knew
    assert (
        "1 closed without being completed:\nA24-003: Replaced by a wider review (superseded on 2 May 2025)"
        in said
    )
    new = said.split("3 new:\n")[1].split("\n")[:3]
    assert new[0] == (
        "A24-005: Raised at the last meeting (raised on 10 April 2025, due by 1 September 2025; Dee Officer)"
    )
    assert [line.split(":")[0] for line in new] == ["A24-005", "A24-006", "A24-007"]
    assert "A24-004: Raised in March" not in said.split("3 new:")[1].split("now overdue")[0]
    assert (
        "1 now overdue (due since the last meeting and still open):\nA24-006: Due in May and not done" in said
    )
    assert "Due today (due" not in said.split("now overdue")[1]  # due by today is not overdue yet
    assert "1 other action was overdue already at the last meeting and is still open: A24-004." in said


def test_since_counts_questions_answered_and_still_waiting(world: World) -> None:
    said = words(section(build(world), "since:questions"))
    assert (
        "1 answered:\nQ24-001: How many carers left this year? Answer: Twelve carers left. (on 2 May 2025)"
        in said
    )
    assert (
        "1 still waiting for an answer:\nQ24-002: How long do assessments take? (asked on 10 April 2025)"
        in said
    )


def test_since_with_nothing_to_say_says_so_in_sentences(world: World, clock: Clock) -> None:
    sub = world.desk.people.body("sub_committee").id
    later = world.desk.meetings.create_meeting(sub, date(2025, 6, 25)).id
    clock.today = date(2025, 6, 22)
    world.desk.meetings.set_status(world.june, "held")
    pack = world.desk.packs.build(later, sections=["since"])
    said = words(section(pack, "since"))
    for sentence in (
        "No actions were completed.",
        "No new actions were raised.",
        "No action has become overdue.",
        "No questions were answered.",
        "No indicator's RAG changed.",
        "No young people's challenges were answered.",
        "No young people were told an outcome.",
    ):
        assert sentence in said
    assert "20 June 2025, to 22 June 2025 (today)" in said


def test_the_first_meeting_has_nothing_since_and_no_minutes(world: World) -> None:
    pack = world.desk.packs.build(world.march, sections=["since", "minutes"])
    assert "This is the first meeting of the Corporate Parenting Sub-Committee in cpdesk" in words(
        section(pack, "since")
    )
    assert "there are no minutes to show" in words(section(pack, "minutes"))


def test_a_rebuilt_pack_of_a_past_meeting_stops_at_that_meetings_day(world: World) -> None:
    pack = world.desk.packs.build(world.april, sections=["since"])
    said = words(section(pack, "since"))
    assert "1 March 2025, to 10 April 2025, both days included" in said
    assert "(today)" not in said
    assert "superseded" not in said  # in May, after that meeting


def test_since_names_indicators_whose_rag_changed_and_how_it_decided(world: World) -> None:
    desk = world.desk
    changed = desk.indicators.create("Carers recruited", "count", polarity="higher", target=20)
    steady = desk.indicators.create("Visits on time", "percent", polarity="higher", target=90)
    untargeted = desk.indicators.create("Children in care", "count", polarity="none")
    counted = desk.indicators.record_value(untargeted.id, "2024", 640)  # no value then, no target now
    first = desk.indicators.record_value(changed.id, "2023", 25)  # Green then
    latest = desk.indicators.record_value(changed.id, "2024", 10)  # Red now
    kept = desk.indicators.record_value(steady.id, "2023", 95)
    unseen = desk.indicators.record_value(steady.id, "2024", 50)  # recorded after the pack's day
    recorded = {
        first.id: datetime(2025, 3, 1, tzinfo=UTC),
        kept.id: datetime(2025, 3, 1, tzinfo=UTC),
        latest.id: datetime(2025, 4, 10, 9, tzinfo=UTC),  # on the last meeting's day: new since
        unseen.id: datetime(2025, 6, 2, tzinfo=UTC),
        counted.id: datetime(2025, 4, 10, 9, tzinfo=UTC),  # new since, but no RAG then or now
    }
    with desk.bound():
        for value_id, when in recorded.items():
            i.IndicatorValue.update(updated_at=when).where(i.IndicatorValue.id == value_id).execute()
    said = words(section(build(world), "since:indicators"))
    assert (
        "1 changed RAG:\nCarers recruited: Red now, Green at the last meeting "
        "(2024 figure 10, against a target of 20)" in said
    )
    assert "Visits on time" not in said
    assert "Children in care" not in said
    assert "the figures recorded in cpdesk before 10 April 2025" in said


def test_since_names_challenges_answered_and_young_people_told(world: World) -> None:
    desk = world.desk
    yp = desk.people.body("young_people").id
    meeting = desk.meetings.create_meeting(yp, date(2025, 3, 20)).id
    feedback = next(i.id for i in desk.agenda.items(world.april) if i.standing_kind == "young_people")
    cid = desk.challenges.raise_challenge(meeting, "We want wifi in every home.").id
    desk.challenges.take_to(cid, feedback)
    desk.challenges.record_response(cid, "We will fit wifi by the summer.", on_date=date(2025, 4, 10))
    desk.challenges.record_told(cid, date(2025, 5, 5), "At their meeting")
    said = words(section(build(world), "since:challenges"))
    assert (
        "1 answered:\nYP25-001: “We want wifi in every home.” Response: We will fit wifi by the summer."
        in said
    )
    assert "Young people were told the outcome of 1:\nYP25-001: told on 5 May 2025 (At their meeting)" in said


# --- the minutes, the action log, the questions ---


def test_the_minutes_of_the_last_meeting_are_a_draft_with_decisions_and_votes(world: World) -> None:
    minutes = section(build(world), "minutes")
    said = words(minutes)
    assert minutes.title == "Draft minutes of the last meeting"
    assert "The meeting of 10 April 2025. These minutes are a draft, to be approved at this meeting." in said
    assert "Present: Cllr Ada Chair (Chair)" in said
    item = section(build(world), f"minute:{world.april_item}")
    assert item.title == "Item 5. Fostering recruitment"
    assert words(item).splitlines()[1:] == [
        "Members asked how many carers were recruited this year.",
        "Decision 1: To agree the recruitment campaign. (For 5, against 1, abstentions 0)",
        "Decision 2: To note the figures.",
    ]
    assert "Nothing was minuted under this item." in said  # the standing items, with no discussion


def test_approved_minutes_say_so(world: World, clock: Clock) -> None:
    desk = world.desk
    clock.today = date(2025, 6, 20)
    desk.minutes.approve(world.april, world.june)
    said = words(section(desk.packs.build(world.june, sections=["minutes"]), "minutes"))
    assert "These minutes are already approved at the meeting of 20 June 2025, and locked." in said


def test_the_action_log_says_every_rag_in_words_with_its_reason(world: World) -> None:
    log = section(build(world), "actions")
    table = next(b for b in log.blocks if isinstance(b, Table))
    assert table.headers == ("Reference", "Action", "Owner", "Due", "Status", "RAG")
    rows = {row[0]: row for row in table.rows}
    assert set(rows) == {"A24-004", "A24-005", "A24-006", "A24-007"}  # open actions; no questions
    assert rows["A24-006"] == (
        "A24-006",
        "Due in May and not done",
        "No owner named",
        "15 May 2025",
        "Open",
        "Red: Overdue since 16 May 2025 (it was due by 15 May 2025)",
    )
    assert rows["A24-005"][2:] == (
        "Dee Officer",
        "1 September 2025",
        "Open",
        "Green: On track, due by 1 September 2025",
    )
    assert rows["A24-007"][5].startswith("Amber: Due within 14 days")
    assert all(row[5].split(":")[0] in ("Red", "Amber", "Green") for row in table.rows)
    assert "4 actions are on the log for this meeting: 2 Red, 1 Amber, 1 Green." in words(log)


def test_questions_awaiting_an_answer(world: World) -> None:
    said = words(section(build(world), "questions"))
    assert "1 question is awaiting an answer." in said
    assert (
        "Q24-002 | How long do assessments take? | 10 April 2025 | No one named | No due date | "
        "Green: On track, no due date" in said
    )
    assert "Q24-001" not in said


def test_empty_action_log_and_questions_say_so(world: World) -> None:
    pack = world.desk.packs.build(world.march, sections=["actions", "questions"])
    assert words(section(pack, "actions")) == "Action log\nNo actions are open."
    assert (
        words(section(pack, "questions"))
        == "Questions awaiting an answer\nNo questions are awaiting an answer."
    )


# --- the editions ---


def test_the_chairs_tracker_has_every_action_open_first_with_its_history(world: World) -> None:
    tracker = section(build(world, "chair"), "tracker")
    order = [child.title.split(".")[0] for child in tracker.children]
    assert order == [
        "A24-004", "A24-005", "A24-006", "A24-007", "Q24-002",  # open, by date raised
        "A24-001", "A24-002", "A24-003", "Q24-001",  # then done or closed
    ]  # fmt: skip
    assert "the 5 still open first, then the 4 done or closed" in words(tracker)
    overdue = section(build(world, "chair"), f"action:{world.actions['overdue']}")
    history = next(b for b in overdue.blocks if isinstance(b, Table))
    assert history.headers == ("Date", "Status", "Update", "By")
    assert history.rows == (("20 May 2025", "Open", "Waiting for figures", "Dee Officer"),)
    answered = words(section(build(world, "chair"), f"action:{world.actions['answered']}"))
    assert "Answer: Twelve carers left." in answered
    assert "2 May 2025 | Completed | Answered: Twelve carers left. | Dee Officer" in answered
    assert "No updates have been recorded since it was raised." in words(
        section(build(world, "chair"), f"action:{world.actions['new']}")
    )


def test_the_chairs_extras_are_only_in_the_chairs_edition(world: World) -> None:
    for edition in ("committee", "member"):
        if edition == "member":
            world.desk.notes.set_current_user("Cllr Ben Member", "member")
        keys = {s.key for s in build(world, edition).sections}
        assert "tracker" not in keys
        with pytest.raises(ValueError, match=r"'tracker' is not in the (committee|member's) edition"):
            world.desk.packs.build(world.june, edition, ["tracker"])


def test_sections_can_be_switched_off_and_keep_print_order(world: World) -> None:
    pack = world.desk.packs.build(world.june, "committee", ["questions", "agenda"])
    assert [s.key for s in pack.sections] == ["agenda", "questions"]
    assert not pack.show_cover and not pack.contents
    assert pack.cover.body == "Corporate Parenting Sub-Committee"  # what the header says even so
    titled = world.desk.packs.build(world.june, "committee", ["cover", "contents", "minutes"])
    assert titled.show_cover and titled.contents
    assert [(s.key, s.title) for s in titled.sections] == [("minutes", SECTIONS["minutes"])]


def test_unknown_sections_and_editions_are_refused_by_name(world: World) -> None:
    with pytest.raises(
        ValueError, match=r"'apendix' is not a section of a briefing pack: choose from cover, "
    ):
        world.desk.packs.build(world.june, "committee", ["agenda", "apendix"])
    with pytest.raises(ValueError, match="'my_notes' is not in the committee edition"):
        world.desk.packs.build(world.june, "committee", ["my_notes"])
    with pytest.raises(ValueError, match="There is no 'deluxe' edition"):
        world.desk.packs.build(world.june, "deluxe")


def test_the_members_edition_needs_to_know_whose_it_is(world: World) -> None:
    with pytest.raises(InputError, match="say who is using cpdesk first"):
        build(world, "member")
    world.desk.notes.set_current_user("Cllr Ben Member", "member")
    assert build(world, "member").cover.made_for == "Cllr Ben Member"


def test_a_members_notes_are_beside_what_they_concern_and_only_theirs(world: World) -> None:
    desk = world.desk
    desk.notes.set_current_user("Cllr Other", "member")
    desk.notes.add("agenda_item", world.item, "Another member's private worry")
    desk.notes.set_current_user("Cllr Ben Member", "member")
    report = desk.agenda.report_id(world.item)
    paper = desk.agenda.papers(world.item)[0].id
    assert report is not None
    desk.notes.add("agenda_item", world.item, "Ask about the second home", is_question=True)
    desk.notes.add("report", report, "Costs look low")
    desk.notes.add("paper", paper, "Which ward?", page=2, quote="The plan")
    desk.notes.add("action", world.actions["overdue"], "Chase the figures")
    desk.notes.add("meeting", world.june, "Leave by four")
    desk.notes.add("meeting", world.april, "A note on another meeting")
    pack = build(world, "member")

    item = section(pack, f"item:{world.item}")
    notes = [b for b in item.blocks if isinstance(b, Note)]
    assert [(n.anchor, n.text, n.is_question) for n in notes] == [
        ("Item 5", "Ask about the second home", True),
        ("Item 5, report: Sufficiency strategy 2025", "Costs look low", False),
        ("Item 5, paper: The plan, page 2: “The plan”", "Which ward?", False),
    ]
    assert "[Action A24-006] Chase the figures" in words(section(pack, "actions"))
    assert "[The meeting] Leave by four" in words(section(pack, "agenda")).splitlines()[1]
    appendix = section(pack, "my_notes")
    assert appendix.title == "My notes and questions"
    said = words(appendix)
    assert "5 notes on this meeting, 1 question among them" in said
    assert [b.anchor for b in appendix.blocks if isinstance(b, Note)] == [
        "The meeting",
        "Item 5",
        "Item 5, report: Sufficiency strategy 2025",
        "Item 5, paper: The plan, page 2: “The plan”",
        "Action A24-006",
    ]
    everything = "\n".join(words(s) for s in pack.sections)
    assert "Another member's private worry" not in everything
    assert "A note on another meeting" not in everything

    committee = "\n".join(words(s) for s in build(world).sections)
    chair = "\n".join(words(s) for s in build(world, "chair").sections)
    for text in ("Ask about the second home", "Chase the figures", "Leave by four", "private worry"):
        assert text not in committee and text not in chair


def test_a_member_with_no_notes_is_told_so(world: World) -> None:
    world.desk.notes.set_current_user("Cllr Ben Member", "member")
    said = words(section(build(world, "member", ["my_notes"]), "my_notes"))
    assert said == "My notes and questions\nYou have no notes or questions on this meeting."


def test_the_committee_and_chair_editions_are_built_sealed(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    world.desk.notes.set_current_user("Cllr Ben Member", "member")
    world.desk.notes.add("meeting", world.june, "Leave by four")
    from cpdesk.domain import briefing

    def peek(self: briefing.BriefingService, build: object) -> Section:
        self._desk.notes.preparation()  # a read of notes, as a careless section might do
        return Section("agenda", "Agenda")

    monkeypatch.setattr(briefing.BriefingService, "_agenda", peek)
    for edition in ("committee", "chair"):
        with pytest.raises(PrivateReadError):
            world.desk.packs.build(world.june, edition, ["agenda"])
    assert words(section(build(world, "member", ["agenda"]), "agenda")) == "Agenda"  # not sealed


# --- building ---


@pytest.mark.parametrize("edition", ["committee", "chair", "member"])
def test_every_section_of_an_edition_comes_in_print_order(world: World, edition: str) -> None:
    world.desk.notes.set_current_user("Cllr Ben Member", "member")
    pack = world.desk.packs.build(world.june, edition)
    expected = [key for key in sections_for(edition) if key not in ("cover", "contents")]
    assert [s.key for s in pack.sections] == expected
    assert [s.title for s in pack.sections] == [SECTIONS[key] for key in expected]
    assert pack.show_cover and pack.contents
    assert [p.title for p in pack.papers()] == ["The plan"]
    keys = [section.key for section in walk(pack.sections)]
    assert len(keys) == len(set(keys))  # a bookmark and a contents line each point at one place


def test_the_same_data_gives_the_same_pack(world: World) -> None:
    world.desk.notes.set_current_user("Cllr Ben Member", "member")
    world.desk.notes.add("agenda_item", world.item, "One")
    world.desk.notes.add("agenda_item", world.item, "Two")
    for edition in ("committee", "chair", "member"):
        first, again = (
            world.desk.packs.build(world.june, edition),
            world.desk.packs.build(world.june, edition),
        )
        assert first == again
        assert [p.sha256 for p in first.papers()] == [p.sha256 for p in again.papers()]


def test_progress_is_reported_and_a_cancelled_build_stops(world: World) -> None:
    seen: list[tuple[int, int, str]] = []
    build_ = world.desk.packs.build(
        world.june,
        "committee",
        ["cover", "agenda", "actions"],
        progress=lambda d, o, w: seen.append((d, o, w)),
    )
    assert build_.sections
    assert seen == [
        (0, 3, "Reading the meeting"),
        (1, 3, "Writing agenda"),
        (2, 3, "Writing action log"),
        (3, 3, "The pack is ready"),
    ]
    asked = iter([False, False, True])
    with pytest.raises(Cancelled):
        world.desk.packs.build(world.june, "committee", ["agenda", "actions"], cancelled=lambda: next(asked))
