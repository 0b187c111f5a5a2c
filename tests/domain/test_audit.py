"""The audit log: who did what and when, for the changes the committee answers for, shown per record."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from uuid import UUID

import pytest

from cpdesk.domain.audit import automatic
from cpdesk.domain.desk import Desk
from cpdesk.errors import InputError
from cpdesk.store.audit import AuditEntry
from tests.domain.test_statistics import placements
from tests.helpers import Clock

REPO = Path(__file__).resolve().parents[2]


def _whats(desk: Desk, kind: str, record_id: UUID) -> list[tuple[str, str]]:
    return [(e.who, e.what) for e in desk.audit.history(kind, record_id)]


@pytest.fixture
def named(desk: Desk) -> Desk:
    desk.notes.set_current_user("Sam Clerk", "clerk")
    return desk


def test_minutes_approved_are_recorded_against_the_meeting(named: Desk, clock: Clock) -> None:
    desk = named
    sub = desk.people.body("sub_committee").id
    june = desk.meetings.create_meeting(sub, date(2025, 6, 10)).id
    december = desk.meetings.create_meeting(sub, date(2025, 12, 15)).id
    desk.agenda.build_from_template(december)
    clock.today = date(2025, 12, 15)
    desk.meetings.set_status(june, "held")
    desk.minutes.approve(june, december)
    assert _whats(desk, "meeting", june) == [
        ("Sam Clerk", "Minutes approved at the meeting of 15 December 2025")
    ]


def test_an_actions_status_and_due_date_changes_are_recorded(named: Desk, clock: Clock) -> None:
    desk = named
    sub = desk.people.body("sub_committee").id
    meeting = desk.meetings.create_meeting(sub, date(2025, 6, 10)).id
    action = desk.actions.raise_action(meeting, "Report on sufficiency", due=date(2025, 9, 1)).id
    clock.today = date(2025, 7, 1)
    desk.actions.add_update(action, "Work has started", status="in_progress")
    desk.actions.add_update(action, "Still going")  # no change of status: nothing to record
    desk.actions.reassign(action, due=date(2025, 10, 1))
    desk.actions.add_update(action, "Reported in September", status="completed")
    assert _whats(desk, "action", action) == [
        ("Sam Clerk", "Status changed from In progress to Completed"),
        ("Sam Clerk", "Due date changed from 1 September 2025 to 1 October 2025"),
        ("Sam Clerk", "Status changed from Open to In progress"),
    ]


def test_a_challenge_closed_and_reopened_is_recorded(named: Desk, clock: Clock) -> None:
    desk = named
    yp = desk.people.body("young_people").id
    meeting = desk.meetings.create_meeting(yp, date(2025, 6, 3)).id
    challenge = desk.challenges.raise_challenge(meeting, "We want a say in pocket money.").id
    clock.today = date(2025, 7, 10)
    desk.challenges.add_step(challenge, "Rates set with young people", on_date=date(2025, 7, 1))
    desk.challenges.record_told(challenge, date(2025, 7, 8), "Letter")
    desk.challenges.close(challenge, "done")
    desk.challenges.reopen(challenge)
    desk.challenges.close(challenge, "not_possible", reason="The rates are set nationally.")
    assert _whats(desk, "challenge", challenge) == [
        ("Sam Clerk", "Closed as not possible on 10 July 2025: young people told on 8 July 2025"),
        ("Sam Clerk", "Reopened"),
        ("Sam Clerk", "Closed as done on 10 July 2025: young people told on 8 July 2025"),
    ]


def test_imports_are_recorded_with_the_file_they_came_from(named: Desk, tmp_path: Path) -> None:
    desk = named
    version = desk.strategy.import_file(REPO / "tests" / "data" / "strategy-2023-2028-short.json")
    assert _whats(desk, "strategy", version.id) == [
        ("Sam Clerk", "Imported the strategy from strategy-2023-2028-short.json")
    ]
    result = desk.indicators.import_statistics(placements(tmp_path))
    assert result.import_id is not None
    [line] = _whats(desk, "indicators", result.import_id)
    assert line[1].startswith("Imported indicators from placements.csv for ")
    desk.indicators.undo_import(result.import_id)
    assert _whats(desk, "indicators", result.import_id)[0] == (
        "Sam Clerk",
        "Undid the import of indicators from placements.csv",
    )
    figures = tmp_path / "figures.csv"
    name = desk.indicators.indicators()[0].name
    figures.write_text(f"indicator,period,value\n{name},2024,5\n", encoding="utf-8")
    desk.indicators.import_council_figures(figures)
    assert desk.audit.recent(1)[0].what == "Imported 1 of the council's own figures from figures.csv"


def test_a_notes_import_and_a_binned_note_keep_the_notes_words_out(named: Desk, tmp_path: Path) -> None:
    desk = named
    meeting = desk.meetings.create_meeting(desk.people.body("sub_committee").id, date(2025, 6, 10)).id
    note = desk.notes.add("meeting", meeting, "Private worry about the fostering budget").id
    desk.notes.export_file(tmp_path / "mine.json")
    desk.notes.bin(note)
    desk.notes.restore(note)
    desk.notes.import_file(tmp_path / "mine.json")
    lines = desk.audit.recent(10)
    assert [e.what for e in lines[:3]] == [
        "Imported 0 of 1 notes from mine.json",
        "Restored from the bin",
        "Moved to the bin",
    ]
    with desk.bound():
        words = " ".join(e.what for e in AuditEntry.select())
    assert "fostering budget" not in words and "worry" not in words


def test_taking_someone_off_the_attendance_keeps_what_it_was(named: Desk) -> None:
    desk = named
    sub = desk.people.body("sub_committee").id
    meeting = desk.meetings.create_meeting(sub, date(2025, 6, 10)).id
    member = desk.people.add_member("Cllr Example").id
    desk.meetings.set_attendance(meeting, member, "apologies")
    desk.meetings.remove_attendance(meeting, member)
    assert _whats(desk, "meeting", meeting) == [
        ("Sam Clerk", "Cllr Example taken off the attendance (was Apologies)")
    ]


def test_the_hook_records_work_done_outside_the_services(named: Desk) -> None:
    named.audit.record("backup", None, "Restored a backup   made on 1 June 2025")
    [entry] = named.audit.recent(1)
    assert (entry.who, entry.kind, entry.record_id, entry.what) == (
        "Sam Clerk",
        "backup",
        None,
        "Restored a backup made on 1 June 2025",
    )
    with pytest.raises(InputError, match="what was done"):
        named.audit.record("backup", None, "   ")


def test_work_cpdesk_does_by_itself_is_recorded_as_cpdesks(named: Desk) -> None:
    with automatic():
        named.audit.record("backup", None, "Backed up")
    named.audit.record("backup", None, "Restored a backup")
    assert [(e.who, e.what) for e in named.audit.recent(2)] == [
        ("Sam Clerk", "Restored a backup"),
        ("cpdesk", "Backed up"),
    ]


def test_the_bundled_strategy_loaded_into_a_new_database_is_cpdesks_doing(tmp_path: Path) -> None:
    with Desk.open(tmp_path / "new.db") as desk:
        [entry] = [e for e in desk.audit.recent(10) if e.kind == "strategy"]
        assert entry.who == "cpdesk"
        assert entry.what.startswith("Imported the strategy from ")


def test_with_nobody_named_the_computers_login_is_given(desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("getpass.getuser", lambda: "jsmith")
    desk.audit.record("backup", None, "Restored a backup")
    assert desk.audit.recent(1)[0].who == "jsmith (login; not named in cpdesk)"


def test_recent_is_newest_first_and_limited(named: Desk) -> None:
    for n in range(5):
        named.audit.record("backup", None, f"Step {n}")
    assert [e.what for e in named.audit.recent(3)] == ["Step 4", "Step 3", "Step 2"]
    with pytest.raises(InputError, match="between 1 and 10,000"):
        named.audit.recent(0)


def test_a_strategy_added_as_checked_content_is_recorded_too(named: Desk) -> None:
    """The command line checks the file first and adds its content: the log has that import as well."""
    from cpdesk.domain.strategy import read_strategy_file

    content = read_strategy_file(REPO / "tests" / "data" / "strategy-2023-2028-short.json")
    version = named.strategy.add_version(content, imported_from="short.json", make_current=False)
    assert _whats(named, "strategy", version.id) == [("Sam Clerk", "Imported the strategy from short.json")]


def test_the_example_database_is_recorded_as_made_by_cpdesk(tmp_path: Path) -> None:
    from cpdesk.domain.example import write_example

    with Desk.open(write_example(tmp_path / "example.db", date(2025, 11, 23))) as desk:
        entries = desk.audit.recent(10_000)
        assert entries and {e.who for e in entries} == {"cpdesk"}
        assert any(e.what.startswith("Minutes approved at the meeting of") for e in entries)
