"""The pack's later sections as a member reads them: challenges, priorities, reports, work programme."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from uuid import UUID, uuid4

import pytest

from cpdesk.domain import briefing_parts as parts
from cpdesk.domain.agenda import OfficerReport
from cpdesk.domain.desk import Desk
from cpdesk.domain.meetings import Meeting
from cpdesk.domain.pack_model import Bullets, Chart, Fields, Paper, Para, Section, Table
from cpdesk.store import indicators as i
from cpdesk.store import voice as v
from cpdesk.store.sealed import FOR_OTHERS
from tests.helpers import Clock, make_text_pdf


@dataclass
class Setting:
    """The March Sub-Committee with its agenda, challenges, actions, an indicator, a report and papers."""

    desk: Desk
    meeting: Meeting
    accommodation: UUID  # an item linked to a commitment of priority `second`, with a report and papers
    health: UUID  # an item linked to priority `first` directly, with one paper
    promise_only: UUID  # an item linked only to a Promise
    first: UUID
    second: UUID
    third: UUID
    old: UUID  # raised in January, never taken: overdue
    answered: UUID  # raised in January, answered and closed: not this meeting's
    taken: UUID  # raised in March by Sam, taken to this meeting, answered
    waiting: UUID  # raised in March by a group, taken to this meeting, no response yet
    new: UUID  # raised in March anonymously, not yet taken
    legacy: UUID  # raised in March, its young person recorded by full name before cpdesk checked
    papers: tuple[Path, Path, Path]


@pytest.fixture
def setting(desk: Desk, clock: Clock, tmp_path: Path) -> Setting:
    clock.today = date(2026, 1, 2)
    yp = desk.people.body("young_people").id
    sub = desk.people.body("sub_committee").id
    yp_jan = desk.meetings.create_meeting(yp, date(2026, 1, 6)).id
    committee_jan = desk.meetings.create_meeting(sub, date(2026, 1, 13)).id
    yp_march = desk.meetings.create_meeting(yp, date(2026, 3, 3)).id
    march = desk.meetings.create_meeting(sub, date(2026, 3, 10), "14:00", "Shire Hall").id
    feedback_jan = next(
        i.id for i in desk.agenda.build_from_template(committee_jan) if i.standing_kind == "young_people"
    )
    feedback = next(i.id for i in desk.agenda.build_from_template(march) if i.standing_kind == "young_people")

    targets = desk.agenda.link_targets()
    first, second, third = [t for t in targets if t.kind == "priority"][:3]
    promise = next(t for t in targets if t.kind == "promise")
    accommodation = desk.agenda.add_item(march, "Care leavers' accommodation", "decision").id
    desk.agenda.set_links(accommodation, [("commitment", second.children[0].target_id)])
    health = desk.agenda.add_item(march, "Health assessments").id
    desk.agenda.set_links(health, [("priority", first.target_id), ("promise", promise.target_id)])
    promise_only = desk.agenda.add_item(march, "Promises: a progress note").id
    desk.agenda.set_links(promise_only, [("promise", promise.target_id)])

    report = OfficerReport(
        title="Accommodation for care leavers",
        report_from="Director of Children's Services",
        key_decision=True,
        executive_summary="Most care leavers live somewhere suitable.",
        recommendations="1. That the Sub-Committee notes the report. 2. That it agrees the new offer.",
        contact_name="Jo Officer",
        contact_email="jo.officer@example.gov.uk",
        finance="Within the existing budget.",
    )
    desk.agenda.save_report(accommodation, report)
    appendix_a = make_text_pdf(tmp_path / "appendix-a.pdf", [["Appendix A: the figures"], ["page two"]])
    appendix_b = make_text_pdf(tmp_path / "appendix-b.pdf", [["Appendix B: the offer"]])
    health_paper = make_text_pdf(tmp_path / "health.pdf", [["Health assessments report"]])
    desk.agenda.attach_paper(accommodation, appendix_a, "Appendix A: the figures")
    desk.agenda.attach_paper(accommodation, appendix_b, "Appendix B: the offer")
    desk.agenda.attach_paper(health, health_paper, "Health assessments")

    ch = desk.challenges
    old = ch.raise_challenge(
        yp_jan,
        "We want a say in how the new hub is run.",
        raised_by_kind="group",
        raised_by="Care leavers' network",
        theme="The hub",
        links=[("priority", second.target_id)],
    ).id
    answered = ch.raise_challenge(
        yp_jan, "Pocket money is too low.", theme="Money", links=[("priority", second.target_id)]
    ).id
    ch.take_to(answered, feedback_jan)
    ch.record_response(answered, "We will review the rates.")
    clock.today = date(2026, 2, 1)
    ch.add_step(answered, "The rates went up.", on_date=date(2026, 1, 30))
    ch.record_told(answered, date(2026, 2, 1), "At their meeting")
    ch.close(answered, "done")

    taken = ch.raise_challenge(
        yp_march, "We want our own room when we visit.", raised_by_kind="young_person", raised_by="Sam"
    ).id
    ch.take_to(taken, feedback)
    ch.record_response(taken, "We will ask every home to plan for it.")
    waiting = ch.raise_challenge(
        yp_march,
        "Bus passes run out too soon.",
        raised_by_kind="group",
        raised_by="Children in Care Council",
        theme="Travel",
    ).id
    ch.take_to(waiting, feedback)
    new = ch.raise_challenge(yp_march, "Wifi at the hub is slow.").id
    legacy = ch.raise_challenge(
        yp_march, "We want to meet the councillors.", raised_by_kind="young_person", raised_by="Jo"
    ).id
    with desk.bound():  # as if recorded before cpdesk refused full names
        v.Challenge.update(raised_by="Joanna Smith").where(v.Challenge.id == legacy).execute()

    clock.today = date(2026, 1, 13)
    hub = desk.actions.raise_action(
        committee_jan,
        "Review the hub's opening hours",
        due=date(2026, 2, 27),
        links=[("commitment", second.children[1].target_id)],
    ).id
    done = desk.actions.raise_action(
        committee_jan, "Publish the local offer", links=[("priority", second.target_id)]
    ).id
    desk.actions.add_update(done, "Published", status="completed", on_date=date(2026, 2, 2))
    desk.actions.raise_action(
        committee_jan,
        "Audit health assessment times",
        due=date(2026, 6, 30),
        links=[("priority", first.target_id)],
    )
    desk.actions.raise_action(committee_jan, "Not about a priority")
    assert hub

    indicator = desk.indicators.create(
        "Care leavers in suitable accommodation", "percent", polarity="higher", target=90
    )
    desk.indicators.set_links(indicator.id, priorities=[second.target_id])
    with desk.bound():  # the comparators a statistics file would bring
        england = i.Area.create(code="E92000001", name="England", level="national")
        oxfordshire = i.Area.create(code="E10000025", name="Oxfordshire", level="local_authority")
        council = desk.indicators.council().id
        i.Comparator.create(area=council, comparator=england, kind="national")
        i.Comparator.create(area=council, comparator=oxfordshire, kind="neighbour", rank=1)
    desk.indicators.record_value(indicator.id, "2023", 85)
    desk.indicators.record_value(indicator.id, "2024", None, suppressed="c")
    desk.indicators.record_value(indicator.id, "2025", 88)
    desk.indicators.record_value(indicator.id, "2023", 88, area_id=england.id)
    desk.indicators.record_value(indicator.id, "2025", 89.5, area_id=england.id)
    desk.indicators.record_value(indicator.id, "2025", 71, area_id=oxfordshire.id)

    clock.today = date(2026, 3, 5)
    return Setting(
        desk,
        desk.meetings.meeting(march),
        accommodation,
        health,
        promise_only,
        first.target_id,
        second.target_id,
        third.target_id,
        old,
        answered,
        taken,
        waiting,
        new,
        legacy,
        (appendix_a, appendix_b, health_paper),
    )


def words(section: Section) -> str:
    """Every word a reader sees in a section and those below it."""
    found = [section.title]
    for block in section.blocks:
        if isinstance(block, Para):
            found.append(block.text)
        elif isinstance(block, Bullets):
            found.extend(block.items)
        elif isinstance(block, Fields):
            found.extend(f"{label}: {text}" for label, text in block.rows)
        elif isinstance(block, Table):
            found += [block.caption, *block.headers, *(cell for row in block.rows for cell in row)]
        elif isinstance(block, Chart):
            found += [block.summary, block.values.caption, *(c for row in block.values.rows for c in row)]
        elif isinstance(block, Paper):
            found.append(block.title)
    found.extend(words(child) for child in section.children)
    return "\n".join(found)


def fields_of(section: Section) -> list[dict[str, str]]:
    return [dict(block.rows) for block in section.blocks if isinstance(block, Fields)]


# --- young people's challenges ---


def test_challenges_taken_to_the_meeting_and_raised_before_it_in_their_words(
    setting: Setting,
) -> None:
    desk = setting.desk
    with desk.bound():
        section = parts.challenges_section(desk.challenges, setting.meeting)
    assert (section.key, section.title) == ("challenges", "Young people's challenges and the responses")
    shown = fields_of(section)
    # The four raised at the March young people's meeting, oldest first; January's are not this meeting's.
    assert [f["You said"] for f in shown] == [
        "We want our own room when we visit.",
        "Bus passes run out too soon.",
        "Wifi at the hub is slow.",
        "We want to meet the councillors.",
    ]
    sam, bus, wifi, legacy = shown
    assert sam["Raised by"] == "Sam (a young person)"
    assert sam["Raised"] == "3 March 2026, at the young people's meeting"
    assert sam["Response"] == "We will ask every home to plan for it. (agreed 10 March 2026)"
    assert sam["Status"] == "Response agreed"
    assert sam["Young people told"] == "Not yet told"
    assert sam["Taken to"].startswith("The Sub-Committee of 10 March 2026, Item 4: Feedback from the Young")
    assert bus["Raised by"] == "Children in Care Council"
    assert bus["Challenge"].endswith(", Travel")
    assert (bus["Response"], bus["Status"]) == ("No response yet", "Taken to committee")
    assert (wifi["Raised by"], wifi["Status"]) == ("Anonymous", "Raised")
    assert "Taken to" not in wifi
    # A full name recorded before cpdesk checked is never printed.
    assert legacy["Raised by"] == "A young person"
    assert "Joanna" not in words(section) and "Smith" not in words(section)
    assert section.blocks[0] == Para(
        "The challenges taken to this meeting and those raised at the young people's meeting of "
        "3 March 2026, oldest first, in young people's own words and ours: 2 of 4 are taken to this meeting."
    )


def test_a_closed_challenge_says_what_was_done_and_when_young_people_were_told(setting: Setting) -> None:
    desk = setting.desk
    committee_jan = desk.challenges.challenge(setting.answered).taken_to_meeting_id
    assert committee_jan is not None
    with desk.bound():
        section = parts.challenges_section(desk.challenges, desk.meetings.meeting(committee_jan))
    shown = {f["You said"]: f for f in fields_of(section)}
    closed = shown["Pocket money is too low."]
    assert closed["We did"] == "30 January 2026: The rates went up."
    assert closed["Status"] == "Done"
    assert closed["Young people told"] == "1 February 2026, At their meeting"
    assert shown["We want a say in how the new hub is run."]["Status"] == (
        "Raised. No response by the Sub-Committee of 13 January 2026"
    )


def test_no_challenges_says_so_in_a_sentence(desk: Desk) -> None:
    sub = desk.people.body("sub_committee").id
    meeting = desk.meetings.create_meeting(sub, date(2026, 3, 10))
    with desk.bound():
        section = parts.challenges_section(desk.challenges, meeting)
    assert section.blocks == (
        Para("No challenges from young people were taken to this meeting or raised since."),
    )
    assert section.children == ()


def test_the_chair_sees_every_challenge_awaiting_a_response_oldest_first(setting: Setting) -> None:
    desk = setting.desk
    with desk.bound():
        section = parts.awaiting_section(desk.challenges, setting.meeting)
    assert (section.key, section.title) == ("awaiting", "Challenges awaiting a response")
    assert section.blocks[0] == Para("4 challenges are awaiting a response, 1 of them overdue.")
    table = section.blocks[1]
    assert isinstance(table, Table)
    assert table.headers == ("Challenge", "Raised", "Raised by", "You said", "Taken to", "Waiting", "Overdue")
    said = [row[3] for row in table.rows]
    assert said == [
        "We want a say in how the new hub is run.",
        "Bus passes run out too soon.",
        "Wifi at the hub is slow.",
        "We want to meet the councillors.",
    ]  # answered ones (Sam's, and January's closed one) are not awaiting
    old, bus, _, legacy = table.rows
    assert old[1:3] == ("6 January 2026", "Care leavers' network")
    assert old[4:] == (
        "Not yet taken to the Sub-Committee",
        "58 days",
        "No response by the Sub-Committee of 13 January 2026",
    )
    assert bus[4].startswith("10 March 2026, Item 4: Feedback") and bus[5:] == ("2 days", "")
    assert legacy[2] == "A young person"


def test_nothing_awaiting_says_so(desk: Desk) -> None:
    sub = desk.people.body("sub_committee").id
    meeting = desk.meetings.create_meeting(sub, date(2026, 3, 10))
    with desk.bound():
        section = parts.awaiting_section(desk.challenges, meeting)
    assert section.blocks == (Para("No challenges are awaiting a response."),)


# --- the strategy's priorities ---


def _priorities(setting: Setting) -> Section:
    desk = setting.desk
    items = desk.agenda.items(setting.meeting.id)
    with desk.bound():
        return parts.priorities_section(
            desk.strategy, desk.agenda, desk.actions, desk.indicators, desk.challenges, items
        )


def test_each_priority_on_the_agenda_with_its_commitments_actions_and_challenges(
    setting: Setting,
) -> None:
    section = _priorities(setting)
    assert (section.key, section.title) == ("priorities", "The strategy's priorities on this agenda")
    # The first through an item linked to it, the second through one of its commitments; a Promise
    # belongs to no priority, and the third is on no item.
    assert [c.key for c in section.children] == [f"priority:{setting.first}", f"priority:{setting.second}"]
    targets = {t.target_id: t for t in setting.desk.agenda.link_targets()}
    first, second = section.children
    assert first.title == targets[setting.first].label and first.title.startswith("Priority 1: ")
    text = words(second)
    numbers = {i.id: i.number for i in setting.desk.agenda.items(setting.meeting.id)}
    assert f"On this agenda: Item {numbers[setting.accommodation]}. Care leavers' accommodation." in text
    assert "Health assessments" not in text
    commitments = next(b for b in second.blocks if isinstance(b, Bullets))
    assert commitments.items == tuple(c.text for c in targets[setting.second].children)
    assert Para("We will aim to:") in second.blocks

    actions = next(b for b in second.blocks if isinstance(b, Table) and b.caption.startswith("Open actions"))
    assert actions.headers == ("Action", "What", "Owner", "Due", "RAG")
    assert [(r[1], r[3], r[4]) for r in actions.rows] == [
        ("Review the hub's opening hours", "27 February 2026", "Red")
    ]
    assert Para("1 more linked action is done or closed.", quiet=True) in second.blocks
    first_actions = next(b for b in first.blocks if isinstance(b, Table))
    assert [(r[1], r[3], r[4]) for r in first_actions.rows] == [
        ("Audit health assessment times", "30 June 2026", "Green")
    ]
    assert "Not about a priority" not in words(section)

    open_challenges = [b for b in second.blocks if isinstance(b, Bullets)][-1]
    assert open_challenges.items == (
        "YP26-001, raised 6 January 2026: “We want a say in how the new hub is run.” (Raised)",
    )  # the closed one about money is not listed
    assert Para("No young people's challenges linked to this priority are open.") in first.blocks


def test_an_indicator_is_a_chart_with_every_figure_and_suppressed_ones_in_words(setting: Setting) -> None:
    second = _priorities(setting).children[1]
    charts = [b for b in second.blocks if isinstance(b, Chart)]
    chart = next(c for c in charts if c.indicator.name == "Care leavers in suitable accommodation")
    assert [(kind, area.name, [v.value for v in values]) for kind, area, values in chart.series] == [
        ("council", "Cambridgeshire", [85, None, 88]),
        ("national", "England", [88, 89.5]),
        ("neighbour", "Oxfordshire", [71]),
    ]
    assert chart.values.headers == (
        "Period",
        "Cambridgeshire",
        "England",
        "Oxfordshire (statistical neighbour)",
    )
    assert chart.values.rows == (
        ("2023", "85%", "88%", "No figure"),
        ("2024", "c (confidential)", "No figure", "No figure"),
        ("2025", "88%", "89.5%", "71%"),
    )
    cells = [cell for row in chart.values.rows for cell in row]
    assert not any(cell in ("0", "0%") for cell in cells)  # suppressed is never shown as nothing
    assert chart.summary == (
        "Cambridgeshire: 88% in 2025 (c (confidential) in 2024). England: 89.5% in 2025. "
        "Its 1 statistical neighbours with a latest figure: from 71% to 71%. Target: 90%."
    )
    said = second.blocks[second.blocks.index(chart) - 1]
    assert said == Para(
        "Care leavers in suitable accommodation: Amber. 88% in 2025, against a target of 90%."
    )


def test_an_agenda_touching_no_priority_says_so(setting: Setting) -> None:
    desk = setting.desk
    items = [i for i in desk.agenda.items(setting.meeting.id) if i.id == setting.promise_only]
    with desk.bound():
        section = parts.priorities_section(
            desk.strategy, desk.agenda, desk.actions, desk.indicators, desk.challenges, items
        )
    assert section.children == ()
    assert section.blocks == (Para("No item on this agenda is linked to a priority of the strategy."),)


# --- reports and papers ---


def test_each_report_front_sheet_then_its_papers_in_agenda_order(setting: Setting) -> None:
    desk = setting.desk
    desk.agenda.move_item(setting.health, 4)  # health now comes before accommodation
    items = desk.agenda.items(setting.meeting.id)
    with desk.bound():
        section = parts.reports_section(desk.agenda, items)
    assert (section.key, section.title) == ("reports", "Reports and papers")
    numbers = {i.id: i.number for i in items}
    assert [(c.key, c.title, c.new_page) for c in section.children] == [
        (f"report:{setting.health}", f"Item {numbers[setting.health]}. Health assessments", True),
        (
            f"report:{setting.accommodation}",
            f"Item {numbers[setting.accommodation]}. Care leavers' accommodation",
            True,
        ),
    ]  # items with neither report nor papers have no place here
    health, accommodation = section.children
    sheet = accommodation.blocks[0]
    assert isinstance(sheet, Fields)
    assert sheet.rows[0] == (
        "Recommendations",
        "1. That the Sub-Committee notes the report. 2. That it agrees the new offer.",
    )
    assert dict(sheet.rows) == {
        "Recommendations": "1. That the Sub-Committee notes the report. 2. That it agrees the new offer.",
        "Report title": "Accommodation for care leavers",
        "Report from": "Director of Children's Services",
        "Key decision": "Yes",
        "Summary": "Most care leavers live somewhere suitable.",
        "Financial implications": "Within the existing budget.",
        "Contact": "Jo Officer, jo.officer@example.gov.uk",
    }  # fields left empty are not printed
    papers = [b for b in accommodation.blocks if isinstance(b, Paper)]
    assert [(p.title, p.file_name, p.page_count) for p in papers] == [
        ("Appendix A: the figures", "appendix-a.pdf", 2),
        ("Appendix B: the offer", "appendix-b.pdf", 1),
    ]
    assert papers[0].data == setting.papers[0].read_bytes()
    assert papers[0].texts == tuple(
        desk.agenda.page_texts(papers[0].paper_id)
    )  # the words kept, for the HTML
    assert len(papers[0].texts) == 2
    assert [type(b) for b in health.blocks] == [Paper]


def test_an_agenda_with_no_reports_or_papers_says_so(desk: Desk) -> None:
    sub = desk.people.body("sub_committee").id
    meeting = desk.meetings.create_meeting(sub, date(2026, 3, 10))
    items = desk.agenda.build_from_template(meeting.id)
    with desk.bound():
        section = parts.reports_section(desk.agenda, items)
    assert section.blocks == (Para("No item on this agenda has a report or papers."),)
    assert section.children == ()


# --- the work programme ---


def test_the_work_programme_for_the_municipal_year(setting: Setting) -> None:
    desk = setting.desk
    entries = desk.work_programme.entries()
    scheduled = entries[0].report_title
    desk.work_programme.schedule(scheduled, setting.meeting.id)
    with desk.bound():
        section = parts.work_programme_section(desk.work_programme, setting.meeting)
    assert (section.key, section.title) == ("work_programme", "Work programme")
    (table,) = section.blocks
    assert isinstance(table, Table)
    assert table.caption == "The work programme for 2025/26"
    assert table.headers == ("Month due", "Report", "Where it stands")
    assert sorted(row[1] for row in table.rows) == sorted(e.report_title for e in entries)
    row = next(r for r in table.rows if r[1] == scheduled)
    assert row[2].endswith(": on this agenda")
    months = [r[0] for r in table.rows]
    assert all(m.split()[0] in {e.month_name for e in entries} for m in months)
    assert months[0].endswith("2025") and months[-1].endswith("2026")


def test_an_empty_work_programme_says_so(db: Desk) -> None:
    meeting = Meeting(
        uuid4(),
        uuid4(),
        "Sub-Committee",
        "sub_committee",
        date(2026, 3, 10),
        "",
        "",
        "scheduled",
        None,
        False,
    )
    with db.bound():
        section = parts.work_programme_section(db.work_programme, meeting)
    assert section.blocks == (Para("The work programme has no reports for 2025/26."),)


# --- all of them ---


def _all(setting: Setting) -> list[Section]:
    desk = setting.desk
    items = desk.agenda.items(setting.meeting.id)
    with desk.bound():
        return [
            parts.challenges_section(desk.challenges, setting.meeting),
            parts.awaiting_section(desk.challenges, setting.meeting),
            parts.priorities_section(
                desk.strategy, desk.agenda, desk.actions, desk.indicators, desk.challenges, items
            ),
            parts.reports_section(desk.agenda, items),
            parts.work_programme_section(desk.work_programme, setting.meeting),
        ]


def test_the_same_data_gives_the_same_sections(setting: Setting) -> None:
    first, again = _all(setting), _all(setting)
    assert first == again

    def papers(sections: list[Section]) -> list[tuple[str, str]]:
        return [
            (b.title, b.sha256)
            for s in sections
            for c in s.children
            for b in c.blocks
            if isinstance(b, Paper)
        ]

    assert len(papers(first)) == 3 and papers(first) == papers(again)


def test_every_section_is_written_for_others_sealed_off_from_private_notes() -> None:
    for name in ("challenges", "awaiting", "priorities", "reports", "work_programme"):
        assert f"cpdesk.domain.briefing_parts.{name}_section" in FOR_OTHERS
