"""Coverage: each part of the strategy against what reached it over a period, the gaps, and the CSV."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from uuid import UUID

import pytest

from cpdesk.__main__ import main
from cpdesk.domain.coverage import GAP_WORDS, CoverageRecord, CoverageRow
from cpdesk.domain.desk import Desk
from cpdesk.domain.example import write_example
from cpdesk.store import strategy as s
from tests.helpers import Clock

TODAY = date(2025, 6, 1)  # the desk fixture's today: the municipal year began on 1 May 2025
THIS_YEAR = date(2025, 5, 1)


@dataclass
class Strategy:
    priority: dict[int, UUID]
    commitment: dict[tuple[int, int], UUID]
    promise: dict[int, UUID]
    pledge: dict[str, UUID]
    measure: dict[int, UUID]  # each priority's first success measure


@pytest.fixture
def parts(desk: Desk) -> Strategy:
    with desk.bound():
        current = s.Strategy.get(s.Strategy.is_current == True)  # noqa: E712
        priorities = list(s.Priority.select().where(s.Priority.strategy == current))
        commitments = {
            (c.priority.number, c.position + 1): c.id
            for c in s.Commitment.select(s.Commitment, s.Priority).join(s.Priority)
            if c.priority.strategy_id == current.id
        }
        measures = {}
        for sm in (
            s.SuccessMeasure.select(s.SuccessMeasure, s.Priority)
            .join(s.Priority)
            .order_by(s.SuccessMeasure.position.desc())
        ):
            if sm.priority.strategy_id == current.id:
                measures[sm.priority.number] = sm.id
        return Strategy(
            {p.number: p.id for p in priorities},
            commitments,
            {p.number: p.id for p in s.Promise.select().where(s.Promise.strategy == current)},
            {a.title: a.id for a in s.PledgeArea.select().where(s.PledgeArea.strategy == current)},
            measures,
        )


def row(rows: list[CoverageRow], label: str) -> CoverageRow:
    return next(r for r in rows if r.label == label or r.label.startswith(label + ":"))


def refs(found: tuple[CoverageRecord, ...]) -> set[str]:
    return {r.reference for r in found}


def meeting(desk: Desk, body: str, day: date) -> UUID:
    return desk.meetings.create_meeting(desk.people.body(body).id, day).id


def test_rows_follow_the_strategy_commitments_under_their_priority(desk: Desk) -> None:
    rows = desk.coverage.rows()
    labels = [r.label for r in rows]
    assert labels[0].startswith("Priority 1: ")
    assert labels[1] == "Priority 1, commitment 1" and rows[1].depth == 1 and rows[1].kind == "commitment"
    assert labels.index("Promise 1") > max(i for i, r in enumerate(rows) if r.kind == "commitment")
    assert labels[-1].startswith("Pledge: ") and "Pledge: Housing" in labels
    assert [r.label for r in rows if r.kind == "priority"] == sorted(
        (r.label for r in rows if r.kind == "priority"), key=lambda label: int(label.split()[1].rstrip(":"))
    )
    # The strategy's own context figures are indicators linked to priorities from the start, with values
    # from before this year: all time they count; this year nothing has reached the strategy.
    assert {
        c
        for r in rows
        if not r.is_gap
        for c in ("actions", "challenges", "annual_reports", "indicators")
        if r.records(c)
    } <= {"indicators"}
    assert all(r.is_gap for r in desk.coverage.rows(THIS_YEAR)), "no work this year reaches nothing"
    assert row(rows, "Priority 2, commitment 3").text  # the strategy's own words
    assert row(rows, "Priority 2").text != row(rows, "Priority 2").label


def test_actions_count_in_their_period_and_not_from_the_bin(desk: Desk, parts: Strategy) -> None:
    june = meeting(desk, "sub_committee", date(2025, 5, 20))
    last_year = meeting(desk, "sub_committee", date(2025, 3, 11))
    binned_meeting = meeting(desk, "sub_committee", date(2025, 5, 27))
    now = desk.actions.raise_action(june, "Report on placements", links=[("priority", parts.priority[2])])
    old = desk.actions.raise_action(last_year, "Old one", links=[("priority", parts.priority[2])])
    gone = desk.actions.raise_action(june, "Binned", links=[("priority", parts.priority[2])])
    desk.actions.bin(gone.id)
    desk.actions.raise_action(binned_meeting, "At a binned meeting", links=[("priority", parts.priority[2])])
    desk.meetings.bin(binned_meeting)

    this_year = row(desk.coverage.rows(THIS_YEAR), "Priority 2")
    assert refs(this_year.actions) == {now.reference}
    assert this_year.count("actions") == 1 and not this_year.is_gap
    assert refs(row(desk.coverage.rows(), "Priority 2").actions) == {now.reference, old.reference}
    assert refs(row(desk.coverage.rows(until=date(2025, 4, 30)), "Priority 2").actions) == {old.reference}


def test_a_commitments_links_roll_up_to_its_priority_once(desk: Desk, parts: Strategy) -> None:
    at = meeting(desk, "sub_committee", date(2025, 5, 20))
    both = desk.actions.raise_action(
        at,
        "Linked to the priority and to its commitment",
        links=[("priority", parts.priority[3]), ("commitment", parts.commitment[(3, 2)])],
    )
    only = desk.actions.raise_action(at, "Commitment only", links=[("commitment", parts.commitment[(3, 5)])])
    rows = desk.coverage.rows(THIS_YEAR)
    assert refs(row(rows, "Priority 3").actions) == {both.reference, only.reference}
    assert row(rows, "Priority 3").count("actions") == 2, "a record counts once however it is linked"
    assert refs(row(rows, "Priority 3, commitment 2").actions) == {both.reference}
    assert refs(row(rows, "Priority 3, commitment 5").actions) == {only.reference}
    assert row(rows, "Priority 3, commitment 1").is_gap
    assert row(rows, "Priority 4").is_gap, "another priority's commitments do not count for it"


def test_challenges_count_in_their_period(desk: Desk, parts: Strategy) -> None:
    yp_now = meeting(desk, "young_people", date(2025, 5, 13))
    yp_old = meeting(desk, "young_people", date(2025, 1, 14))
    now = desk.challenges.raise_challenge(
        yp_now, "We want to know our rights.", links=[("promise", parts.promise[7])]
    )
    desk.challenges.raise_challenge(yp_old, "Last year's words.", links=[("promise", parts.promise[7])])
    gone = desk.challenges.raise_challenge(
        yp_now, "Binned.", links=[("pledge_area", parts.pledge["Housing"])]
    )
    desk.challenges.bin(gone.id)

    rows = desk.coverage.rows(THIS_YEAR)
    assert refs(row(rows, "Promise 7").challenges) == {now.reference}
    assert row(rows, "Pledge: Housing").is_gap
    assert row(desk.coverage.rows(), "Promise 7").count("challenges") == 2


def test_a_promise_nothing_touched_this_year_is_a_gap(desk: Desk, parts: Strategy) -> None:
    old = meeting(desk, "sub_committee", date(2024, 11, 5))
    desk.actions.raise_action(old, "Last year's action", links=[("promise", parts.promise[4])])
    assert row(desk.coverage.rows(THIS_YEAR), "Promise 4").is_gap
    assert not row(desk.coverage.rows(), "Promise 4").is_gap
    assert GAP_WORDS == "Gap: nothing linked"


def test_annual_reports_are_items_bringing_one_at_meetings_in_the_period(desk: Desk, parts: Strategy) -> None:
    held = meeting(desk, "sub_committee", date(2025, 5, 20))
    cancelled = meeting(desk, "sub_committee", date(2025, 5, 27))
    report = desk.agenda.add_item(held, "Virtual School annual report", annual_report="Virtual School")
    plain = desk.agenda.add_item(held, "An ordinary item")
    binned = desk.agenda.add_item(held, "Binned report", annual_report="IRO annual report")
    off = desk.agenda.add_item(cancelled, "Not heard", annual_report="Fostering")
    for item in (report, plain, binned, off):
        desk.agenda.set_links(item.id, [("priority", parts.priority[4])])
    desk.agenda.bin_item(binned.id)
    desk.meetings.cancel(cancelled)

    cell = row(desk.coverage.rows(THIS_YEAR), "Priority 4").annual_reports
    assert [(r.id, r.words, r.on) for r in cell] == [(report.id, "Virtual School", date(2025, 5, 20))]
    assert row(desk.coverage.rows(THIS_YEAR), "Priority 4").count("actions") == 0


def test_indicators_count_with_a_value_in_the_period_directly_or_through_a_success_measure(
    desk: Desk, parts: Strategy
) -> None:
    direct = desk.indicators.create("Care leavers in suitable accommodation", "percent")
    measured = desk.indicators.create("Placement stability", "percent")
    stale = desk.indicators.create("Old survey", "percent")
    binned = desk.indicators.create("Binned", "percent")
    desk.indicators.set_links(direct.id, priorities=[parts.priority[5]])
    desk.indicators.set_links(measured.id, success_measures=[parts.measure[5]])
    desk.indicators.set_links(stale.id, priorities=[parts.priority[5]])
    desk.indicators.set_links(binned.id, priorities=[parts.priority[5]])
    desk.indicators.record_value(direct.id, "2025-05", 81.0)
    desk.indicators.record_value(measured.id, "2025-05", 70.0)
    desk.indicators.record_value(stale.id, "2023-03", 50.0)
    desk.indicators.record_value(binned.id, "2025-05", 1.0)
    desk.indicators.bin(binned.id)

    this_year = row(desk.coverage.rows(THIS_YEAR), "Priority 5")
    assert refs(this_year.indicators) == {direct.name, measured.name}
    every = refs(row(desk.coverage.rows(), "Priority 5").indicators)  # with the strategy's own figures
    assert {direct.name, measured.name, stale.name} <= every and binned.name not in every
    in_2023 = refs(row(desk.coverage.rows(date(2023, 1, 1), date(2023, 12, 31)), "Priority 5").indicators)
    assert stale.name in in_2023 and direct.name not in in_2023
    assert row(desk.coverage.rows(), "Priority 5, commitment 1").indicators == ()
    assert not row(desk.coverage.rows(), "Priority 5, commitment 1").indicators_apply


def test_unlinked_lists_actions_and_challenges_with_no_link(desk: Desk, parts: Strategy) -> None:
    sub = meeting(desk, "sub_committee", date(2025, 5, 20))
    yp = meeting(desk, "young_people", date(2025, 5, 13))
    old = meeting(desk, "sub_committee", date(2025, 2, 4))
    loose = desk.actions.raise_action(sub, "Nobody linked this")
    desk.actions.raise_action(sub, "Linked", links=[("promise", parts.promise[1])])
    desk.actions.raise_action(old, "Before the period")
    gone = desk.actions.raise_action(sub, "Binned and loose")
    desk.actions.bin(gone.id)
    said = desk.challenges.raise_challenge(yp, "Nobody linked ours either.")
    found = desk.coverage.unlinked(THIS_YEAR)
    assert [(r.kind, r.reference, r.words) for r in found] == [
        ("action", loose.reference, "Nobody linked this"),
        ("challenge", said.reference, "Nobody linked ours either."),
    ]


def test_periods_offered(desk: Desk, clock: Clock) -> None:
    periods = desk.coverage.periods()
    assert [(p.label, p.since, p.until) for p in periods] == [
        ("This municipal year", date(2025, 5, 1), None),
        ("Last 12 months", date(2024, 6, 2), None),
        ("All time", None, None),
    ]


# --- the CSV and the command line ---


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_the_csv_reads_back_with_references_and_gaps(tmp_path: Path, desk: Desk, parts: Strategy) -> None:
    at = meeting(desk, "sub_committee", date(2025, 5, 20))
    action = desk.actions.raise_action(at, "Housing offer", links=[("commitment", parts.commitment[(5, 1)])])
    loose = desk.actions.raise_action(at, "Linked to nothing")
    out = tmp_path / "coverage.csv"
    assert desk.coverage.export_csv(out, THIS_YEAR) == len(desk.coverage.rows())
    rows = read_csv(out)
    priority = next(r for r in rows if r["label"].startswith("Priority 5:"))
    assert priority["kind"] == "Priority" and priority["actions"] == "1" and priority["gap"] == "no"
    assert priority["action_references"] == action.reference
    assert "commitments" in priority["counts"]
    commitment = next(r for r in rows if r["label"] == "Priority 5, commitment 1")
    assert commitment["kind"] == "Commitment" and commitment["indicators"] == "n/a"
    assert next(r for r in rows if r["label"] == "Promise 3")["gap"] == "yes"
    assert rows[-1]["kind"] == "Unlinked action" and rows[-1]["label"] == loose.reference
    assert rows[-1]["text"] == "Linked to nothing"
    assert {r["period"] for r in rows} == {"2025-05-01 to 2025-06-01"}


def test_cli_writes_the_example_coverage(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, out = tmp_path / "example.db", tmp_path / "coverage.csv"
    write_example(db, date(2025, 11, 20))
    assert main(["coverage", str(out), "--db", str(db), "--since", "2025-05-01"]) == 0
    assert str(out) in capsys.readouterr().out
    rows = read_csv(out)
    strategy_rows = [r for r in rows if not r["kind"].startswith("Unlinked")]
    assert {r["gap"] for r in strategy_rows} == {"yes", "no"}, "the example has gaps and filled rows"
    assert any(r["kind"].startswith("Unlinked") for r in rows)
    filled = [r for r in strategy_rows if r["gap"] == "no"]
    assert all(r["action_references"] or r["challenge_references"] or r["indicator_names"] for r in filled)
    every = tmp_path / "all.csv"
    assert main(["coverage", str(every), "--db", str(db)]) == 0
    assert sum(int(r["actions"] or 0) for r in read_csv(every)) >= sum(
        int(r["actions"] or 0) for r in strategy_rows
    )


def test_cli_refuses_a_bad_since_date_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, out = tmp_path / "new.db", tmp_path / "coverage.csv"
    assert main(["coverage", str(out), "--db", str(db), "--since", "2025-13-01"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "2025-13-01" in err and "YYYY-MM-DD" in err
    assert not out.exists() and not db.exists(), "a refusal writes nothing and makes no database"


def test_cli_into_a_missing_folder_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["coverage", str(tmp_path / "no" / "c.csv"), "--db", str(tmp_path / "d.db")]) == 1
    assert "does not exist" in capsys.readouterr().err
