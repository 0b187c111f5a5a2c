"""The edges of the committee's rules: on target, the Amber limits, suppression, periods, closing days."""

from __future__ import annotations

from datetime import date

import pytest

from cpdesk.domain.desk import Desk
from cpdesk.domain.dfe import SUPPRESSION, period_end
from cpdesk.domain.indicators import format_value, indicator_rag
from cpdesk.errors import InputError
from cpdesk.store import indicators as i
from tests.helpers import Clock


@pytest.mark.parametrize(
    ("unit", "polarity", "target", "value", "expected"),
    [
        # Exactly on target is Green, whichever way is better.
        ("percent", "higher", 75, 75, "Green"),
        ("percent", "lower", 10, 10, "Green"),
        ("count", "higher", 100, 100, "Green"),
        ("rate_per_10000", "lower", 60, 60, "Green"),
        # A percentage: Amber up to 5 points short, Red beyond.
        ("percent", "higher", 75, 70, "Amber"),
        ("percent", "higher", 75, 69.9, "Red"),
        ("percent", "lower", 10, 15, "Amber"),
        ("percent", "lower", 10, 15.1, "Red"),
        # Anything else: Amber up to 5% of the target short, Red beyond.
        ("count", "higher", 200, 190, "Amber"),
        ("count", "higher", 200, 189, "Red"),
        ("rate_per_10000", "lower", 60, 63, "Amber"),
        ("rate_per_10000", "lower", 60, 63.1, "Red"),
        ("days", "lower", 20, 21, "Amber"),
        ("days", "lower", 20, 21.5, "Red"),
        # A target of zero leaves no room for Amber.
        ("count", "lower", 0, 0, "Green"),
        ("count", "lower", 0, 1, "Red"),
        # Beating the target is Green, not Red.
        ("percent", "higher", 75, 99, "Green"),
        ("percent", "lower", 10, 0, "Green"),
    ],
)
def test_rag_at_the_target_and_at_the_amber_limits(
    unit: str, polarity: str, target: float, value: float, expected: str
) -> None:
    assert indicator_rag(unit, polarity, target, value) == expected


@pytest.mark.parametrize("code", sorted(SUPPRESSION))
def test_every_suppression_code_is_shown_in_words_and_never_as_zero(code: str) -> None:
    shown = format_value("percent", None, code)
    assert shown == f"{code} ({SUPPRESSION[code]})"
    assert not shown.startswith("0")
    assert indicator_rag("percent", "higher", 75, None) == "No value"


def test_there_are_exactly_the_six_published_suppression_codes() -> None:
    assert set(SUPPRESSION) == {"c", "z", "x", "low", "k", "u"}


def test_a_rate_per_10000_is_shown_as_a_plain_number() -> None:
    assert format_value("rate_per_10000", 67.0) == "67"
    assert format_value("rate_per_10000", 67.25) == "67.2"
    assert format_value("percent", 71.0) == "71%"


@pytest.mark.parametrize(
    ("period", "identifier", "end"),
    [
        ("202425", "Financial year", "2025-03-31"),
        ("202425", "", "2025-03-31"),
        ("202425", "Academic year", "2025-08-31"),
        ("2025", "Reporting year", "2025-03-31"),
        ("2025", "Financial year", "2025-03-31"),
        ("2025", "Calendar year", "2025-12-31"),
        ("2024-02", "", "2024-02-29"),
        ("2025-02", "", "2025-02-28"),
        ("2024-02-29", "", "2024-02-29"),
    ],
)
def test_periods_end_where_the_dfe_says(period: str, identifier: str, end: str) -> None:
    assert period_end(period, identifier) == end


@pytest.mark.parametrize(
    "period", ["202426", "202524", "2025-02-29", "2025-13", "2025-00", "25", "2025/26", ""]
)
def test_impossible_periods_are_refused(period: str) -> None:
    with pytest.raises(InputError, match="period"):
        period_end(period, "Financial year")


def test_an_action_closed_on_the_day_of_a_meeting_is_on_that_meetings_log_and_no_later_one(
    desk: Desk, clock: Clock
) -> None:
    body = desk.people.body("sub_committee").id
    first, second, third = (
        m.id for m in desk.meetings.create_series(body, date(2025, 6, 10), every_weeks=8)[:3]
    )
    action = desk.actions.raise_action(first, "Report on placement moves")
    second_day = date(2025, 8, 5)
    clock.today = second_day
    desk.actions.add_update(action.id, "Reported at the meeting", status="completed", on_date=second_day)
    assert [a.id for a in desk.actions.carried_forward(second)] == [action.id]
    assert [a.id for a in desk.actions.carried_forward(third)] == []


def test_recording_a_value_touches_no_other_figure(strategy_db: Desk) -> None:
    indicators = strategy_db.indicators
    mine = indicators.create(
        "Care leavers in suitable accommodation", "percent", polarity="higher", target=90
    )
    other = indicators.create("Children with three or more placements", "percent", polarity="lower")
    council = indicators.council()
    elsewhere = i.Area.create(code="E10000999", old_code="999", name="Elsewhere", level="local_authority")
    indicators.record_value(mine.id, "2024", 85)
    indicators.record_value(mine.id, "2024", 70, area_id=elsewhere.id)
    indicators.record_value(other.id, "2025", 11)

    def values() -> dict[tuple[object, ...], tuple[object, ...]]:
        return {
            (v.indicator_id, v.area_id, v.period): (v.value, v.suppressed, v.updated_at)
            for v in i.IndicatorValue.select()
        }

    before = values()
    indicators.record_value(mine.id, "2025", 88)
    after = values()
    added = set(after) - set(before)
    assert added == {(mine.id, council.id, "2025")}
    assert {key: after[key] for key in before} == before

    indicators.record_value(mine.id, "2024", 87)  # replacing the council's 2024 figure only
    replaced = values()
    assert replaced[(mine.id, council.id, "2024")][0] == 87
    assert {k: v for k, v in replaced.items() if k != (mine.id, council.id, "2024")} == {
        k: v for k, v in after.items() if k != (mine.id, council.id, "2024")
    }
