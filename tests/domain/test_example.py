"""The example database: a year of invented meetings to learn on, plainly marked, apart from real data."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from cpdesk.domain.actions import RAGS, STATUSES
from cpdesk.domain.desk import Desk
from cpdesk.domain.example import example_is_current, write_example
from cpdesk.errors import OutputError
from cpdesk.store import voice as v

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_example(tmp_path_factory.mktemp("example") / "example.db", TODAY)


def test_a_year_of_meetings_of_both_bodies_around_today(example: Path) -> None:
    with Desk.open(example, today=lambda: TODAY) as desk:
        meetings = desk.meetings.meetings()
        bodies = Counter(m.body_kind for m in meetings)
        assert bodies["sub_committee"] >= 6 and bodies["young_people"] >= 6
        days = [m.day for m in meetings]
        assert (max(days) - min(days)).days >= 300
        assert desk.meetings.find("next").status == "agenda_published"
        assert {m.status for m in meetings} >= {"held", "minutes_approved", "agenda_published", "scheduled"}


def test_agendas_reports_papers_minutes_and_attendance(example: Path) -> None:
    with Desk.open(example, today=lambda: TODAY) as desk:
        last = desk.meetings.find("last")
        items = desk.agenda.items(last.id)
        assert [i.standing_kind for i in items[:4]] == ["apologies", "minutes", "action_log", "young_people"]
        with_report = [i for i in items if i.has_report]
        assert with_report and all(i.paper_count >= 1 for i in with_report)
        assert desk.agenda.papers(with_report[0].id)[0].page_count >= 2
        assert any(minute.discussion for minute in desk.minutes.minutes(last.id))
        statuses = {a.status for a in desk.meetings.attendance(last.id)}
        assert {"present", "apologies", "substitute"} <= statuses


def test_at_least_thirty_actions_in_every_state(example: Path) -> None:
    with Desk.open(example, today=lambda: TODAY) as desk:
        log = desk.actions.log()
        actions = [a for a in log if a.kind == "action"]
        assert len(actions) >= 30
        assert {a.status for a in log} == set(STATUSES)
        assert {a.rag for a in log} == set(RAGS)
        assert any(a.kind == "question" and a.answer for a in log)
        assert any(a.kind == "question" and not a.answer for a in log)
        two_meetings_ago = [
            m for m in desk.meetings.meetings() if m.body_kind == "sub_committee" and m.day < TODAY
        ][-3]
        raised = desk.actions.raised_at(two_meetings_ago.id)
        assert raised and any(desk.actions.detail(a.id).updates for a in raised)


def test_every_record_is_plainly_marked_as_an_example(example: Path) -> None:
    with Desk.open(example, today=lambda: TODAY) as desk:
        assert desk.is_example
        assert all("(example)" in p.name for p in desk.people.people() if p.kind != "young_person")
        assert all(len(p.name) <= 5 for p in desk.people.people("young_person")), "first names or initials"
        from cpdesk.store import meetings as tables

        assert not tables.Meeting.select().where(tables.Meeting.is_example == False).exists()  # noqa: E712
        assert not tables.Action.select().where(tables.Action.is_example == False).exists()  # noqa: E712
        assert not tables.Person.select().where(tables.Person.is_example == False).exists()  # noqa: E712


def test_the_example_is_written_only_to_a_new_file(example: Path, tmp_path: Path) -> None:
    mine = tmp_path / "mine.db"
    Desk.open(mine).close()
    before = mine.read_bytes()
    with pytest.raises(OutputError, match="only written to a new file"):
        write_example(mine, TODAY)
    assert mine.read_bytes() == before


def test_an_example_with_no_meeting_ahead_is_out_of_date(example: Path, tmp_path: Path) -> None:
    old = write_example(tmp_path / "old.db", date(2020, 1, 1))
    assert not example_is_current(old)
    assert not example_is_current(tmp_path / "missing.db")
    mine = tmp_path / "mine.db"
    Desk.open(mine).close()
    with pytest.raises(OutputError, match="not the example database"):
        example_is_current(mine)


def test_young_peoples_challenges_go_all_the_way_round(example: Path) -> None:
    with Desk.open(example, today=lambda: TODAY) as desk:
        challenges = desk.challenges.challenges()
        assert {c.status for c in challenges} == {
            "raised",
            "taken",
            "response_agreed",
            "done",
            "not_possible",
        }
        assert len({c.raised_at_id for c in challenges}) >= 2  # two young people's meetings of history
        assert any(c.actions for c in challenges)
        not_possible = [c for c in challenges if c.status == "not_possible"]
        assert not_possible and all(c.reason and c.told_on for c in not_possible)
        assert all(c.told_on for c in challenges if c.closed)
        assert any(c.overdue for c in challenges)
        assert {lk.kind for c in challenges for lk in c.links} == {"priority", "promise", "pledge_area"}
        with desk.bound():
            assert not v.Challenge.select().where(v.Challenge.is_example == False).exists()  # noqa: E712
