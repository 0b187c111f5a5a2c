"""Domain helpers the Meetings page leans on: a series' dates in advance, and what an item can concern."""

from __future__ import annotations

from datetime import date

import pytest

from cpdesk.domain.desk import Desk
from cpdesk.domain.meetings import series_days
from cpdesk.errors import InputError


def test_a_series_runs_to_the_end_of_the_municipal_year() -> None:
    days = series_days(date(2025, 6, 10), 8)
    assert days[:2] == [date(2025, 6, 10), date(2025, 8, 5)]
    assert days[-1] == date(2026, 3, 17) and len(days) == 6
    assert series_days(date(2025, 6, 10), 4, until=date(2025, 7, 8)) == [
        date(2025, 6, 10),
        date(2025, 7, 8),
    ]
    with pytest.raises(InputError, match="every 1 to 52 weeks"):
        series_days(date(2025, 6, 10), 0)
    with pytest.raises(InputError, match="before the first"):
        series_days(date(2025, 6, 10), 8, until=date(2025, 6, 1))


def test_the_series_made_is_the_series_previewed(desk: Desk) -> None:
    body = desk.people.body("sub_committee").id
    made = desk.meetings.create_series(body, date(2025, 9, 2), every_weeks=6)
    assert [m.day for m in made] == series_days(date(2025, 9, 2), 6)


def test_a_substitute_is_named_with_whom_they_stand_in_for_even_if_that_member_is_not_listed(
    desk: Desk,
) -> None:
    meeting = desk.meetings.create_meeting(desk.people.body("sub_committee").id, date(2025, 6, 10))
    member = desk.people.add_member("Cllr B")
    sub = desk.people.add_member("Cllr C", "substitute")
    desk.meetings.set_attendance(meeting.id, sub.id, "substitute", substitute_for=member.id)
    (entry,) = desk.meetings.attendance(meeting.id)
    assert (entry.substitute_for, entry.status_label) == ("Cllr B", "Substitute for Cllr B")


def test_link_targets_are_the_current_strategys_priorities_commitments_promises_and_pledge(
    desk: Desk,
) -> None:
    targets = desk.agenda.link_targets()
    priorities = [t for t in targets if t.kind == "priority"]
    promises = [t for t in targets if t.kind == "promise"]
    areas = [t for t in targets if t.kind == "pledge_area"]
    assert [t.kind for t in targets] == ["priority"] * 5 + ["promise"] * 10 + ["pledge_area"] * len(areas)
    content = desk.strategy.content()
    assert [a.label for a in areas] == [f"Pledge: {a.title}" for a in content.pledge.areas]
    assert priorities[2].label == "Priority 3: Physical and mental health and wellbeing"
    assert [c.text for c in priorities[2].children] == list(content.priority(3).commitments)
    assert priorities[2].children[0].label == "Priority 3, commitment 1"
    assert [p.label for p in promises][:2] == ["Promise 1", "Promise 2"]
    meeting = desk.meetings.create_meeting(desk.people.body("sub_committee").id, date(2025, 6, 10))
    item = desk.agenda.add_item(meeting.id, "Health assessments")
    chosen = [("commitment", priorities[2].children[0].target_id), ("promise", promises[5].target_id)]
    linked = desk.agenda.set_links(item.id, chosen)
    assert [link.label for link in linked.links] == ["Priority 3, commitment 1", "Promise 6"]
