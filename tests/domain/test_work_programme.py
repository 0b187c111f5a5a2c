"""The work programme: each annual report's month, and where it stands in a municipal year."""

from __future__ import annotations

from datetime import date

import pytest

from cpdesk.domain.desk import Desk
from cpdesk.errors import InputError
from tests.helpers import Clock


def test_every_annual_report_the_strategy_lists_has_an_entry(desk: Desk) -> None:
    titles = {e.report_title for e in desk.work_programme.entries()}
    assert titles == {r.title for r in desk.strategy.content().annual_reports}
    assert len(titles) == 14
    assert all("suggested" in e.notes for e in desk.work_programme.entries())


def test_the_year_view_shows_received_scheduled_overdue_and_missing(desk: Desk, clock: Clock) -> None:
    body = desk.people.body("sub_committee").id
    june, august, *_ = desk.meetings.create_series(body, date(2025, 6, 10), every_weeks=8)
    for title, month in (
        ("Participation Annual Report", 6),
        ("Adoption Annual Report", 7),
        ("Foster Carers Annual Report", 9),
        ("Sufficiency Strategy", 10),
    ):
        desk.work_programme.set_due_month(title, month)
    desk.work_programme.schedule("Participation Annual Report", june.id)
    desk.work_programme.schedule("Foster Carers Annual Report", august.id)
    clock.today = date(2025, 8, 20)
    desk.meetings.set_status(june.id, "held")
    states = {r.report_title: r for r in desk.work_programme.year(2025)}
    assert states["Participation Annual Report"].state_label == "Received"
    assert states["Participation Annual Report"].meeting_day == date(2025, 6, 10)
    assert states["Adoption Annual Report"].state_label == "Overdue"
    assert states["Foster Carers Annual Report"].state_label == "Scheduled"
    assert states["Sufficiency Strategy"].state_label == "On no agenda"
    warnings = desk.work_programme.warnings(2025)
    assert "Sufficiency Strategy is due by 31 October 2025 but is on no agenda" in warnings
    assert not any("Participation" in w or "Foster Carers Annual" in w for w in warnings)


def test_an_agenda_built_for_a_meeting_brings_the_reports_due_by_then(desk: Desk) -> None:
    body = desk.people.body("sub_committee").id
    meeting = desk.meetings.create_meeting(body, date(2025, 9, 16))
    for entry in desk.work_programme.entries():
        desk.work_programme.set_due_month(entry.report_title, 12)
    desk.work_programme.set_due_month("Placement Stability Report", 9)
    due = desk.work_programme.due_for(meeting.id)
    assert due == ["Placement Stability Report"]
    items = desk.agenda.build_from_template(meeting.id, reports=due)
    assert "Placement Stability Report" in [i.title for i in items]
    assert desk.work_programme.due_for(meeting.id) == []


def test_a_report_is_scheduled_once_per_agenda(desk: Desk) -> None:
    meeting = desk.meetings.create_meeting(desk.people.body("sub_committee").id, date(2025, 9, 16))
    desk.work_programme.schedule("Adoption Annual Report", meeting.id)
    with pytest.raises(InputError, match="already on this agenda"):
        desk.work_programme.schedule("Adoption Annual Report", meeting.id)
    with pytest.raises(InputError, match="1 to 12"):
        desk.work_programme.set_due_month("Adoption Annual Report", 13)


def test_a_report_on_an_agenda_after_it_is_due_is_warned_about(desk: Desk, clock: Clock) -> None:
    body = desk.people.body("sub_committee").id
    meeting = desk.meetings.create_meeting(body, date(2025, 12, 2))
    desk.work_programme.set_due_month("Foster Carers Charter", 11)
    desk.work_programme.schedule("Foster Carers Charter", meeting.id)
    clock.today = date(2025, 11, 1)
    warnings = desk.work_programme.warnings(2025)
    assert (
        "Foster Carers Charter is due by 30 November 2025 but is on the agenda of 2 December 2025, "
        "after it is due"
    ) in warnings


def test_other_bodies_get_their_own_standing_items(desk: Desk) -> None:
    young = desk.meetings.create_meeting(desk.people.body("young_people").id, date(2025, 6, 3))
    kinds = [i.standing_kind for i in desk.agenda.build_from_template(young.id)]
    assert kinds == ["apologies", "minutes", "action_log", "next_meeting"]
