"""The clerk's work through the domain: people, a year of meetings, agendas, reports, papers, minutes."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from uuid import uuid4

import pytest

from cpdesk.domain.agenda import CLOSING_ITEMS, OPENING_ITEMS, OfficerReport
from cpdesk.domain.desk import Desk
from cpdesk.domain.meetings import LockedError, series_days
from cpdesk.errors import InputError, NotFoundError
from tests.conftest import database_dump
from tests.helpers import Clock, make_pdf


def sub_committee(desk: Desk) -> object:
    return desk.people.body("sub_committee").id


def test_bodies_and_the_strategys_teams_are_there_from_the_start(desk: Desk) -> None:
    kinds = {b.kind: b for b in desk.people.bodies()}
    assert set(kinds) == {"sub_committee", "young_people", "steering_group", "parent_committee"}
    assert kinds["sub_committee"].parent == "Children and Young People Committee"
    teams = {t.name for t in desk.people.teams()}
    assert {"Participation team", "Virtual School", "Fostering Service", "Leaving Care Service"} <= teams
    strategy_teams = {t for p in desk.strategy.content().priorities for t in p.teams}
    assert strategy_teams <= teams


def test_young_people_are_recorded_by_first_name_or_initials_only(desk: Desk) -> None:
    for name in ("Sam", "Mary-Jane", "J.S.", "J S", "O'Neil"):
        assert desk.people.add_young_person(name).kind == "young_person"
    for name in ("Sam Smith", "Jordan Alexander Lee", "12345", ""):
        with pytest.raises(InputError):
            desk.people.add_young_person(name)


def test_members_and_officers(desk: Desk) -> None:
    chair = desk.people.add_member("Cllr Anna Example", "chair")
    assert chair.description == "Chair"
    team = next(t for t in desk.people.teams() if t.name == "Virtual School")
    head = desk.people.add_officer("Pat Example", "Virtual School Head", team.id)
    assert head.description == "Virtual School Head, Virtual School"
    with pytest.raises(InputError, match="role is one of"):
        desk.people.add_member("Cllr B", "president")


def test_a_municipal_year_of_meetings_every_eight_weeks(desk: Desk) -> None:
    made = desk.meetings.create_series(
        sub_committee(desk), date(2025, 6, 10), every_weeks=8, time="10:00", venue="New Shire Hall"
    )
    days = [m.day for m in made]
    assert days[0] == date(2025, 6, 10) and days[1] == date(2025, 8, 5)
    assert days[-1] <= date(2026, 4, 30) and len(days) == 6
    assert all(m.time == "10:00" and m.status == "scheduled" for m in made)


def test_meetings_move_and_cancel_one_by_one(desk: Desk, clock: Clock) -> None:
    first, second, *_ = desk.meetings.create_series(sub_committee(desk), date(2025, 6, 10))
    moved = desk.meetings.move(second.id, date(2025, 8, 12), "14:00")
    assert (moved.day, moved.time) == (date(2025, 8, 12), "14:00")
    assert desk.meetings.cancel(first.id).status == "cancelled"
    assert desk.meetings.find("next").id == second.id, "a cancelled meeting is never the next one"
    clock.today = date(2025, 9, 1)
    assert desk.meetings.find("last").id == second.id
    assert desk.meetings.find("2025-08-12").id == second.id
    with pytest.raises(NotFoundError, match="no meeting on 13 August 2025"):
        desk.meetings.find("2025-08-13")
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        desk.meetings.find("next tuesday")


def test_a_held_meeting_cannot_be_moved_or_cancelled(desk: Desk, clock: Clock) -> None:
    meeting = desk.meetings.create_meeting(sub_committee(desk), date(2025, 6, 10))
    clock.today = date(2025, 6, 10)
    desk.meetings.set_status(meeting.id, "held")
    with pytest.raises(InputError, match="cannot be moved"):
        desk.meetings.move(meeting.id, date(2025, 6, 11))
    with pytest.raises(InputError, match="cannot be cancelled"):
        desk.meetings.cancel(meeting.id)


def test_attendance_with_a_substitute(desk: Desk) -> None:
    meeting = desk.meetings.create_meeting(sub_committee(desk), date(2025, 6, 10))
    chair = desk.people.add_member("Cllr A", "chair")
    member = desk.people.add_member("Cllr B")
    sub = desk.people.add_member("Cllr C", "substitute")
    desk.meetings.set_attendance(meeting.id, chair.id, "present")
    desk.meetings.set_attendance(meeting.id, member.id, "apologies")
    desk.meetings.set_attendance(meeting.id, sub.id, "substitute", substitute_for=member.id)
    labels = {a.name: a.status_label for a in desk.meetings.attendance(meeting.id)}
    assert labels == {"Cllr A": "Present", "Cllr B": "Apologies", "Cllr C": "Substitute for Cllr B"}
    with pytest.raises(InputError, match="name whom"):
        desk.meetings.set_attendance(meeting.id, sub.id, "substitute")


def test_an_agenda_from_the_template_with_the_clerks_items_numbered(desk: Desk) -> None:
    meeting = desk.meetings.create_meeting(sub_committee(desk), date(2025, 6, 10))
    desk.agenda.add_item(meeting.id, "Placement sufficiency update", "decision")
    items = desk.agenda.build_from_template(meeting.id, reports=["Participation Annual Report"])
    titles = [i.title for i in items]
    assert titles[:4] == [title for _, title in OPENING_ITEMS]
    assert titles[-2:] == [title for _, title in CLOSING_ITEMS]
    assert titles[4:-2] == ["Placement sufficiency update", "Participation Annual Report"]
    assert [i.number for i in items] == list(range(1, len(items) + 1))
    again = desk.agenda.build_from_template(meeting.id)
    assert [i.title for i in again] == titles, "building again adds nothing twice"
    added = desk.agenda.add_item(meeting.id, "Fostering recruitment", "information")
    assert added.number == len(items) - 1, "new items go before the closing standing items"


def test_items_are_reordered_and_binned_with_numbers_closing_up(desk: Desk) -> None:
    meeting = desk.meetings.create_meeting(sub_committee(desk), date(2025, 6, 10))
    a, _b, c = (desk.agenda.add_item(meeting.id, t) for t in ("A", "B", "C"))
    assert [i.title for i in desk.agenda.move_item(c.id, 0)] == ["C", "A", "B"]
    desk.agenda.bin_item(a.id)
    items = desk.agenda.items(meeting.id)
    assert [(i.number, i.title) for i in items] == [(1, "C"), (2, "B")]
    assert desk.agenda.binned_items(meeting.id) == [(a.id, "A")]
    desk.agenda.restore_item(a.id)
    assert [i.title for i in desk.agenda.items(meeting.id)] == ["C", "A", "B"], "back in its place"


def test_an_item_concerns_priorities_commitments_and_promises(desk: Desk) -> None:
    from cpdesk.store import strategy as s

    meeting = desk.meetings.create_meeting(sub_committee(desk), date(2025, 6, 10))
    item = desk.agenda.add_item(meeting.id, "Health assessments")
    priority = s.Priority.get(s.Priority.number == 3)
    commitment = (
        s.Commitment.select().where(s.Commitment.priority == priority).order_by(s.Commitment.position).get()
    )
    promise = s.Promise.get(s.Promise.number == 6)
    linked = desk.agenda.set_links(
        item.id, [("priority", priority.id), ("commitment", commitment.id), ("promise", promise.id)]
    )
    assert [link.label for link in linked.links] == [
        "Priority 3: Physical and mental health and wellbeing",
        "Priority 3, commitment 1",
        "Promise 6",
    ]


def test_an_officer_report_front_sheet(desk: Desk) -> None:
    meeting = desk.meetings.create_meeting(sub_committee(desk), date(2025, 6, 10))
    item = desk.agenda.add_item(meeting.id, "Corporate Parenting Strategy", "decision")
    report = OfficerReport(
        title="Corporate Parenting Strategy 2023-2028",
        report_from="Executive Director: Children, Education & Families",
        key_decision=True,
        forward_plan_ref="2024/039",
        executive_summary="The report sets out the revised strategy.",
        recommendations="Agree the updated strategy.",
        voting_arrangements="Co-opted members are eligible to vote.",
        contact_name="Ranjit Chambers",
        contact_post="Service Director",
        finance="No significant implications.",
    )
    desk.agenda.save_report(item.id, report)
    assert desk.agenda.report(item.id) == report
    assert desk.agenda.item(item.id).has_report


def test_papers_are_kept_inside_cpdesk_with_their_page_count(desk: Desk, tmp_path: Path) -> None:
    meeting = desk.meetings.create_meeting(sub_committee(desk), date(2025, 6, 10))
    item = desk.agenda.add_item(meeting.id, "Annual Health Report")
    source = make_pdf(tmp_path / "health-report.pdf", pages=7)
    original = source.read_bytes()
    paper = desk.agenda.attach_paper(item.id, source)
    assert (paper.title, paper.page_count, paper.pages_label) == ("health-report", 7, "7 pages")
    source.unlink()
    assert desk.agenda.paper_data(paper.id) == original
    out = tmp_path / "copy.pdf"
    desk.agenda.save_paper_as(paper.id, out)
    assert out.read_bytes() == original
    assert desk.agenda.item(item.id).paper_count == 1


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"Minutes of the meeting, typed in a text file\n", "not a PDF"),
        (b"%PDF-1.7\n% cut short and broken\n1 0 obj <<", "cannot be read|no pages"),
        (b"", "the file is empty; expected a paper file"),
    ],
    ids=["text file", "broken PDF", "empty"],
)
def test_a_file_that_is_not_a_readable_pdf_is_refused(
    desk: Desk, tmp_path: Path, content: bytes, expected: str
) -> None:
    meeting = desk.meetings.create_meeting(sub_committee(desk), date(2025, 6, 10))
    item = desk.agenda.add_item(meeting.id, "Report")
    path = tmp_path / "paper.pdf"
    path.write_bytes(content)
    before = database_dump(desk)
    with pytest.raises(InputError, match=expected) as refused:
        desk.agenda.attach_paper(item.id, path)
    assert refused.value.where == str(path)
    assert database_dump(desk) == before


def test_declarations_of_interest_per_item(desk: Desk) -> None:
    meeting = desk.meetings.create_meeting(sub_committee(desk), date(2025, 6, 10))
    items = desk.agenda.build_from_template(meeting.id)
    foster = desk.agenda.add_item(meeting.id, "Fostering service")
    member = desk.people.add_member("Cllr D")
    desk.agenda.declare(foster.id, member.id, "other_registrable", "A relative is a foster carer")
    (declaration,) = desk.agenda.declarations(meeting.id)
    assert declaration.item_number == len(items) - 1
    assert declaration.kind_label == "Other registrable interest"


def held_meeting_with_minutes(desk: Desk, clock: Clock) -> tuple[object, object, object]:
    body = sub_committee(desk)
    first = desk.meetings.create_meeting(body, date(2025, 6, 10))
    second = desk.meetings.create_meeting(body, date(2025, 8, 5))
    item = desk.agenda.add_item(first.id, "Placement stability", "decision")
    desk.minutes.set_discussion(item.id, "Members discussed moves between homes.")
    desk.minutes.add_decision(item.id, "To note the report.", votes_for=6, votes_against=0, abstentions=1)
    clock.today = date(2025, 6, 10)
    desk.meetings.set_status(first.id, "held")
    desk.agenda.build_from_template(second.id)
    return first.id, second.id, item.id


def test_minutes_are_approved_at_a_later_meeting_and_then_locked(desk: Desk, clock: Clock) -> None:
    first, second, item = held_meeting_with_minutes(desk, clock)
    clock.today = date(2025, 8, 5)  # the approving meeting is taking place
    (decision,) = next(m for m in desk.minutes.minutes(first) if m.agenda_item_id == item).decisions
    assert decision.vote == "For 6, against 0, abstentions 1"
    desk.minutes.approve(first, second)
    meeting = desk.meetings.meeting(first)
    assert meeting.status == "minutes_approved" and meeting.minutes_approved_at == date(2025, 8, 5)
    before = database_dump(desk)
    for attempt in (
        lambda: desk.minutes.set_discussion(item, "Rewritten."),
        lambda: desk.minutes.add_decision(item, "Another."),
        lambda: desk.agenda.update_item(item, title="Renamed"),
        lambda: desk.agenda.bin_item(item),
    ):
        with pytest.raises(LockedError, match="approved and locked; record a correction as an amendment"):
            attempt()
    assert database_dump(desk) == before


def test_a_correction_is_an_amendment_that_keeps_the_original(desk: Desk, clock: Clock) -> None:
    first, second, item = held_meeting_with_minutes(desk, clock)
    clock.today = date(2025, 8, 5)
    desk.minutes.approve(first, second)
    clock.today = date(2025, 10, 7)
    amendment = desk.minutes.amend(
        item,
        "decision 1",
        "To note the report and ask for an update.",
        "The chair's summary was recorded wrongly.",
    )
    assert amendment.original == "To note the report."
    minutes = next(m for m in desk.minutes.minutes(first) if m.agenda_item_id == item)
    assert minutes.decisions[0].text == "To note the report.", "the original stays"
    assert minutes.amendments[0].corrected == "To note the report and ask for an update."
    assert minutes.amendments[0].made_on == date(2025, 10, 7)


@pytest.mark.parametrize(
    ("problem", "expected"),
    [
        ("same meeting", "later meeting"),
        ("not held", "has been held"),
        ("no minutes item", "no item 'Minutes"),
        ("not yet happened", "has not happened yet; minutes are approved at the meeting itself"),
    ],
)
def test_minutes_are_approved_only_where_they_can_be(
    desk: Desk, clock: Clock, problem: str, expected: str
) -> None:
    clock.today = date(2025, 6, 30) if problem == "not yet happened" else date(2025, 8, 5)
    body = sub_committee(desk)
    first = desk.meetings.create_meeting(body, date(2025, 6, 10))
    second = desk.meetings.create_meeting(body, date(2025, 8, 5))
    if problem != "not held":
        desk.meetings.set_status(first.id, "held")
    if problem != "no minutes item":
        desk.agenda.build_from_template(second.id)
    at = first.id if problem == "same meeting" else second.id
    with pytest.raises(InputError, match=expected):
        desk.minutes.approve(first.id, at)


def test_a_new_current_strategy_brings_its_teams_and_reports_at_once(desk: Desk, tmp_path: Path) -> None:
    import json

    from cpdesk.config import bundled_strategy_path

    data = json.loads(bundled_strategy_path().read_text(encoding="utf-8"))
    data["strategy"]["version_label"] = "2026-2031"
    data["priorities"][0]["delivered_by"]["teams"].append("Independent Visitors Service")
    data["annual_reports"].append(
        {"title": "Independent Visitors Annual Report", "description": "A new report."}
    )
    revised = tmp_path / "revised.json"
    revised.write_text(json.dumps(data), encoding="utf-8")
    desk.strategy.import_file(revised)
    assert "Independent Visitors Service" in {t.name for t in desk.people.teams()}
    assert "Independent Visitors Annual Report" in {e.report_title for e in desk.work_programme.entries()}


def test_removed_reports_decisions_declarations_and_papers_can_be_put_back(
    desk: Desk, tmp_path: Path
) -> None:
    meeting = desk.meetings.create_meeting(sub_committee(desk), date(2025, 6, 10))
    item = desk.agenda.add_item(meeting.id, "Sufficiency", "decision")
    desk.agenda.save_report(item.id, OfficerReport(title="Sufficiency", executive_summary="Two new homes."))
    desk.agenda.remove_report(item.id)
    assert desk.agenda.report(item.id) is None and not desk.agenda.item(item.id).has_report
    assert desk.agenda.removed_report(item.id).executive_summary == "Two new homes."  # type: ignore[union-attr]
    desk.agenda.restore_report(item.id)
    assert desk.agenda.report(item.id).executive_summary == "Two new homes."  # type: ignore[union-attr]

    decision = desk.minutes.add_decision(item.id, "To agree the plan.")
    desk.minutes.remove_decision(decision)
    assert not next(m for m in desk.minutes.minutes(meeting.id) if m.agenda_item_id == item.id).decisions
    assert [d.text for d in desk.minutes.removed_decisions(item.id)] == ["To agree the plan."]
    desk.minutes.restore_decision(decision)
    assert next(m for m in desk.minutes.minutes(meeting.id) if m.agenda_item_id == item.id).decisions

    member = desk.people.add_member("Cllr E")
    declared = desk.agenda.declare(item.id, member.id, "non_registrable", "Friend of a foster carer")
    desk.agenda.withdraw_declaration(declared.id)
    assert desk.agenda.declarations(meeting.id) == []
    assert [d.id for d in desk.agenda.declarations(meeting.id, withdrawn=True)] == [declared.id]
    desk.agenda.restore_declaration(declared.id)
    assert [d.id for d in desk.agenda.declarations(meeting.id)] == [declared.id]

    paper = desk.agenda.attach_paper(item.id, make_pdf(tmp_path / "p.pdf", 2))
    desk.agenda.bin_paper(paper.id)
    assert desk.agenda.papers(item.id) == [] and [p.id for p in desk.agenda.binned_papers(item.id)] == [
        paper.id
    ]
    desk.agenda.restore_paper(paper.id)
    assert [p.id for p in desk.agenda.papers(item.id)] == [paper.id]


def test_a_meeting_that_approved_minutes_cannot_be_moved_cancelled_or_binned(
    desk: Desk, clock: Clock
) -> None:
    body = sub_committee(desk)
    first = desk.meetings.create_meeting(body, date(2025, 6, 10))
    second = desk.meetings.create_meeting(body, date(2025, 8, 5))
    clock.today = date(2025, 8, 5)
    desk.meetings.set_status(first.id, "held")
    desk.agenda.build_from_template(second.id)
    desk.minutes.approve(first.id, second.id)
    before = database_dump(desk)
    for attempt in (
        lambda: desk.meetings.move(second.id, date(2025, 6, 1)),
        lambda: desk.meetings.cancel(second.id),
        lambda: desk.meetings.bin(second.id),
        lambda: desk.meetings.update(first.id, venue="Elsewhere"),
    ):
        with pytest.raises(LockedError):
            attempt()
    assert database_dump(desk) == before


def test_a_meeting_is_not_marked_held_before_its_day(desk: Desk, clock: Clock) -> None:
    meeting = desk.meetings.create_meeting(sub_committee(desk), date(2025, 6, 10))
    clock.today = date(2025, 6, 9)
    before = database_dump(desk)
    with pytest.raises(InputError, match=r"^the meeting of 10 June 2025 has not happened yet; mark it held"):
        desk.meetings.set_status(meeting.id, "held")
    assert database_dump(desk) == before
    clock.today = date(2025, 6, 10)  # on the day itself it can be
    assert desk.meetings.set_status(meeting.id, "held").status == "held"


@pytest.mark.parametrize("back_to", ["scheduled", "agenda_published"])
def test_held_by_mistake_is_undone_until_the_minutes_are_approved(
    desk: Desk, clock: Clock, back_to: str
) -> None:
    first, second, _item = held_meeting_with_minutes(desk, clock)
    assert desk.meetings.set_status(first, back_to).status == back_to
    desk.meetings.set_status(first, "held")
    clock.today = date(2025, 8, 5)
    desk.minutes.approve(first, second)
    with pytest.raises(LockedError):
        desk.meetings.set_status(first, back_to)
    assert desk.meetings.meeting(first).status == "minutes_approved"


def test_several_people_recorded_at_once_all_or_none(desk: Desk) -> None:
    meeting = desk.meetings.create_meeting(sub_committee(desk), date(2025, 6, 10))
    chair = desk.people.add_member("Cllr A", "chair")
    member = desk.people.add_member("Cllr B")
    other = desk.people.add_member("Cllr C")
    desk.meetings.set_attendance_many(meeting.id, [chair.id, member.id], "apologies")
    labels = {a.name: a.status_label for a in desk.meetings.attendance(meeting.id)}
    assert labels == {"Cllr A": "Apologies", "Cllr B": "Apologies"}

    before = database_dump(desk)
    with pytest.raises(InputError, match="Cllr B is already recorded"):
        desk.meetings.set_attendance_many(meeting.id, [other.id, member.id], "present")
    with pytest.raises(InputError, match="record a substitute alone"):
        desk.meetings.set_attendance_many(meeting.id, [other.id], "substitute")
    with pytest.raises(InputError, match="tick at least one"):
        desk.meetings.set_attendance_many(meeting.id, [], "present")
    assert database_dump(desk) == before, "a refusal records no one, not even those who could be"


def test_meetings_on_one_day_come_in_the_order_they_are_held_then_by_body(desk: Desk) -> None:
    day = date(2025, 6, 10)
    young = desk.people.body("young_people").id
    afternoon = desk.meetings.create_meeting(young, day, "16:30")  # made first, held last
    same_time = desk.meetings.create_meeting(young, day, "10:00")
    morning = desk.meetings.create_meeting(sub_committee(desk), day, "10:00")
    shown = [(x.time, x.body) for x in desk.meetings.meetings() if x.day == day]
    names = sorted([desk.people.body("sub_committee").name, desk.people.body("young_people").name])
    assert shown == [("10:00", names[0]), ("10:00", names[1]), ("16:30", afternoon.body)]
    assert {morning.id, same_time.id, afternoon.id} == {
        x.id for x in desk.meetings.meetings() if x.day == day
    }


def test_a_year_of_meetings_comes_every_eight_weeks_with_no_venue_unless_given(desk: Desk) -> None:
    made = desk.meetings.create_series(sub_committee(desk), date(2025, 6, 10))
    assert [m.day for m in made[:3]] == [date(2025, 6, 10), date(2025, 8, 5), date(2025, 9, 30)]
    assert {m.venue for m in made} == {""}
    assert series_days(date(2025, 6, 10))[:2] == [date(2025, 6, 10), date(2025, 8, 5)]  # the year's preview


def test_the_example_meetings_say_they_are_examples_and_a_users_own_do_not(desk: Desk) -> None:
    own = desk.meetings.create_meeting(sub_committee(desk), date(2025, 6, 10))
    example = desk.meetings.create_meeting(sub_committee(desk), date(2025, 7, 10), is_example=True)
    flags = {x.id: x.is_example for x in desk.meetings.meetings()}
    assert flags[own.id] is False and flags[example.id] is True


def test_taking_one_persons_attendance_off_leaves_everyone_elses(desk: Desk) -> None:
    first = desk.meetings.create_meeting(sub_committee(desk), date(2025, 6, 10))
    second = desk.meetings.create_meeting(sub_committee(desk), date(2025, 8, 5))
    ann, ben = desk.people.add_member("Cllr Ann"), desk.people.add_member("Cllr Ben")
    for meeting in (first, second):
        desk.meetings.set_attendance(meeting.id, ann.id, "present")
        desk.meetings.set_attendance(meeting.id, ben.id, "apologies")
    desk.meetings.remove_attendance(first.id, ben.id)
    assert [(a.name, a.status) for a in desk.meetings.attendance(first.id)] == [("Cllr Ann", "present")]
    assert sorted((a.name, a.status) for a in desk.meetings.attendance(second.id)) == [
        ("Cllr Ann", "present"),
        ("Cllr Ben", "apologies"),
    ]


def test_an_unknown_attendance_is_refused_naming_the_choices(desk: Desk) -> None:
    meeting = desk.meetings.create_meeting(sub_committee(desk), date(2025, 6, 10))
    ann = desk.people.add_member("Cllr Ann")
    with pytest.raises(InputError) as refused:
        desk.meetings.set_attendance(meeting.id, ann.id, "late")
    assert refused.value.message == "attendance is one of Present, Apologies, Absent, Substitute"
    assert desk.meetings.attendance(meeting.id) == []


def test_refusals_about_substitutes_and_status_are_said_in_whole(desk: Desk) -> None:
    meeting = desk.meetings.create_meeting(sub_committee(desk), date(2025, 6, 10))
    cancelled = desk.meetings.create_meeting(sub_committee(desk), date(2025, 8, 5))
    desk.meetings.cancel(cancelled.id)
    sub = desk.people.add_member("Cllr C", "substitute")
    said = []
    for attempt in (
        lambda: desk.meetings.set_attendance(meeting.id, sub.id, "substitute"),
        lambda: desk.meetings.set_attendance(meeting.id, sub.id, "substitute", substitute_for=sub.id),
        lambda: desk.meetings.set_status(cancelled.id, "held"),
    ):
        with pytest.raises(InputError) as refused:
            attempt()
        said.append(refused.value.message)
    assert said == [
        "a substitute stands in for someone: name whom (and only for a substitute)",
        "a person cannot be their own substitute",
        "a meeting that is cancelled cannot be marked held",
    ]
    assert desk.meetings.attendance(meeting.id) == []


def test_a_meeting_has_no_venue_unless_given_and_needs_a_body_that_is_there(desk: Desk) -> None:
    assert desk.meetings.create_meeting(sub_committee(desk), date(2025, 6, 10)).venue == ""
    with pytest.raises(NotFoundError) as refused:
        desk.meetings.create_meeting(uuid4(), date(2025, 7, 10))
    assert refused.value.message == "that body is not in this database"
    assert [x.day for x in desk.meetings.meetings()] == [date(2025, 6, 10)]
