"""The committee's rules for indicators: whose figures, how they read and export, exceptions, the bin."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from uuid import UUID, uuid4

import pytest

from cpdesk.domain.desk import Desk
from cpdesk.domain.indicators import ExceptionNote, Indicator, IndicatorService, format_value
from cpdesk.errors import InputError, NotFoundError
from tests.conftest import database_dump
from tests.domain.conftest import START
from tests.ees_files import ees_file
from tests.helpers import Clock

SHORT = Path(__file__).resolve().parents[1] / "data" / "strategy-2023-2028-short.json"
HEADER = [
    "indicator",
    "unit",
    "area_code",
    "area",
    "period",
    "value",
    "numerator",
    "denominator",
    "suppressed",
    "note",
]


def foster_care(tmp_path: Path) -> Path:
    """A small published file: children in foster care for England, the East and three authorities.

    The figure is 10 x the area's place in the file + the last digit of the year: Cambridgeshire 25 in
    2025, Oxfordshire 35, Warwickshire 45.
    """
    return ees_file(
        tmp_path / "foster.csv",
        ["placement_type"],
        [("Foster care",)],
        ["children"],
        lambda y, a, c: (10 * a + y % 10,),
    )


def imported(desk: Desk, tmp_path: Path) -> Indicator:
    desk.indicators.import_statistics(foster_care(tmp_path))
    return next(ind for ind in desk.indicators.indicators() if ind.name == "Foster care")


def export_rows(desk: Desk, path: Path) -> tuple[int, list[list[str]]]:
    count = desk.indicators.export_csv(path)
    with path.open(newline="", encoding="utf-8") as handle:
        return count, list(csv.reader(handle))


# --- the council whose figures the lists and charts show ---


def test_the_council_is_chosen_by_old_or_new_code_and_the_lists_follow(desk: Desk, tmp_path: Path) -> None:
    foster = imported(desk, tmp_path)
    chosen = desk.indicators.set_council("931")
    assert (chosen.name, chosen.code, chosen.old_code, chosen.level) == (
        "Oxfordshire",
        "E10000025",
        "931",
        "local_authority",
    )
    assert desk.indicators.council() == chosen
    summary = next(s for s in desk.indicators.summaries() if s.indicator.id == foster.id)
    assert summary.latest is not None and (summary.latest.area.name, summary.latest.value) == (
        "Oxfordshire",
        35,
    )
    assert summary.previous is not None and summary.previous.value == 34 and summary.change == 1
    back = desk.indicators.set_council("E10000003")
    assert back.name == "Cambridgeshire" and desk.indicators.council() == back


@pytest.mark.parametrize("code", ["E92000001", "E12000006", "999"], ids=["England", "a region", "unknown"])
def test_only_a_local_authority_held_can_be_the_council(desk: Desk, tmp_path: Path, code: str) -> None:
    imported(desk, tmp_path)
    before = database_dump(desk)
    with pytest.raises(InputError) as refused:
        desk.indicators.set_council(code)
    assert refused.value.message == (
        f"no local authority with code {code} is held yet; import a statistics file for it first"
    )
    assert database_dump(desk) == before and desk.indicators.council().name == "Cambridgeshire"


def test_comparators_are_the_councils_own_and_the_chart_starts_with_the_council(
    desk: Desk, tmp_path: Path
) -> None:
    foster = imported(desk, tmp_path)
    desk.indicators.import_statistics(foster_care(tmp_path), la="931")  # Oxfordshire's comparators too
    names = [(kind, area.name) for kind, area in desk.indicators.comparators()]
    assert names == [
        ("national", "England"),
        ("regional", "East of England"),
        ("neighbour", "Oxfordshire"),
        ("neighbour", "Warwickshire"),
    ]
    series = [
        (kind, area.name, [v.value for v in values])
        for kind, area, values in desk.indicators.series(foster.id)
    ]
    assert series == [
        ("council", "Cambridgeshire", [24, 25]),
        ("national", "England", [4, 5]),
        ("regional", "East of England", [14, 15]),
        ("neighbour", "Oxfordshire", [34, 35]),
        ("neighbour", "Warwickshire", [44, 45]),
    ]


def test_many_indicators_charted_at_once_each_get_their_own_figures_in_full(
    desk: Desk, tmp_path: Path
) -> None:
    foster = imported(desk, tmp_path)
    desk.indicators.import_statistics(foster_care(tmp_path), la="931")  # Oxfordshire's figures held too
    empty = desk.indicators.create("Care leavers in suitable accommodation", "percent", target=90)
    found = desk.indicators.series_of([foster.id, empty.id, foster.id])
    assert list(found) == [foster.id, empty.id]
    assert found[empty.id] == [("council", desk.indicators.council(), [])]
    assert [(kind, area.name) for kind, area, _values in found[foster.id]] == [
        ("council", "Cambridgeshire"),
        ("national", "England"),
        ("regional", "East of England"),
        ("neighbour", "Oxfordshire"),
        ("neighbour", "Warwickshire"),
    ]  # areas held only as Oxfordshire's comparators are not the council's, and are left out
    for _kind, area, values in found[foster.id]:
        assert values == desk.indicators.values(foster.id, area.id)  # every field of every value


def test_an_indicator_with_no_figures_yet_shows_the_council_with_none(desk: Desk) -> None:
    new = desk.indicators.create(
        "Care leavers in suitable accommodation", "percent", polarity="higher", target=90
    )
    council = desk.indicators.council()
    assert desk.indicators.series(new.id) == [("council", council, [])]
    summary = next(s for s in desk.indicators.summaries() if s.indicator.id == new.id)
    assert (summary.latest, summary.previous, summary.rag, summary.change) == (None, None, "No value", None)


# --- figures as a person reads them ---


@pytest.mark.parametrize(
    ("unit", "value", "suppressed", "expected"),
    [
        ("count", 706, "", "706"),
        ("count", 0, "", "0"),
        ("count", 10, "", "10"),
        ("count", 1234567, "", "1,234,567"),
        ("rate_per_10000", 1234.56, "", "1,234.6"),
        ("count", 2.04, "", "2"),  # one decimal place at most, and no bare point left behind
        ("percent", 96.5, "", "96.5%"),
        ("percent", 0.5, "", "0.5%"),
        ("percent", None, "c", "c (confidential)"),
        ("count", None, "q", "q (not available)"),  # a code cpdesk does not know is still not a zero
    ],
)
def test_a_figure_reads_as_a_person_writes_it(
    unit: str, value: float | None, suppressed: str, expected: str
) -> None:
    assert format_value(unit, value, suppressed) == expected


def test_a_missing_figure_without_a_code_reads_as_not_available() -> None:
    assert format_value("percent", None) == "x (not available)"


# --- the export ---


def test_the_export_has_the_published_columns_and_figures_as_they_were_given(
    desk: Desk, tmp_path: Path
) -> None:
    pep = desk.indicators.create("Children with an up-to-date PEP", "percent", polarity="higher", target=95)
    # recorded out of order, and 202425 sorts before 2025-01 as text: the export goes by the period's end
    desk.indicators.record_value(pep.id, "202425", 96.5, numerator=579, denominator=600, note="Summer term")
    desk.indicators.record_value(pep.id, "2025-01", None, suppressed="c", note="Too few to publish")
    count, rows = export_rows(desk, tmp_path / "values.csv")
    assert rows[0] == HEADER and count == len(rows) - 1
    assert [r for r in rows if r[0] == pep.name] == [
        [
            pep.name,
            "percent",
            "E10000003",
            "Cambridgeshire",
            "2025-01",
            "",
            "",
            "",
            "c",
            "Too few to publish",
        ],
        [
            pep.name,
            "percent",
            "E10000003",
            "Cambridgeshire",
            "202425",
            "96.5",
            "579",
            "600",
            "",
            "Summer term",
        ],
    ]
    children = next(r for r in rows if r[0] == "Context in Cambridgeshire: Children in Care")
    assert children[4:9] == ["2024-12", "706", "", "", ""]  # a whole number, as the strategy gives it


def test_the_export_keeps_each_indicator_together_by_period_then_area(desk: Desk, tmp_path: Path) -> None:
    foster = imported(desk, tmp_path)
    count, rows = export_rows(desk, tmp_path / "values.csv")
    names = [r[0] for r in rows[1:]]
    assert count == len(names) and len(set(names)) == len(desk.indicators.indicators())
    runs = [name for n, name in enumerate(names) if n == 0 or names[n - 1] != name]
    assert len(runs) == len(set(runs)), "an indicator's figures are split up"
    assert [(r[4], r[3], r[5]) for r in rows if r[0] == foster.name] == [
        ("2024", "Cambridgeshire", "24"),
        ("2024", "East of England", "14"),
        ("2024", "England", "4"),
        ("2024", "Oxfordshire", "34"),
        ("2024", "Warwickshire", "44"),
        ("2025", "Cambridgeshire", "25"),
        ("2025", "East of England", "15"),
        ("2025", "England", "5"),
        ("2025", "Oxfordshire", "35"),
        ("2025", "Warwickshire", "45"),
    ]


def test_a_binned_indicators_figures_leave_the_export_and_everyone_elses_stay(
    desk: Desk, tmp_path: Path
) -> None:
    _, rows = export_rows(desk, tmp_path / "before.csv")
    first = rows[1][0]
    desk.indicators.bin(next(ind.id for ind in desk.indicators.indicators() if ind.name == first))
    count, after = export_rows(desk, tmp_path / "after.csv")
    assert after == [r for r in rows if r[0] != first] and count == len(after) - 1 > 0


# --- which files are the council's own figures ---


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"indicator,period,value\r\nPEP,2025-06,96\r\n", True),
        (b"\xef\xbb\xbfindicator,period,value\nPEP,2025-06,96\n", True),  # a byte order mark, as Excel saves
        (b" Indicator , Period,Value\n", True),
        (b"indicator,period,value,n\xf8te\nPEP,2025-06,96,\xe9t\xe9\n", True),  # not UTF-8: still recognised
        (b"time_period,time_identifier,geographic_level,indicator\n2025,Reporting year,National,x\n", False),
        (b"period,value\n2025-06,96\n", False),
        (b"", False),
    ],
    ids=["plain", "byte order mark", "spaces and capitals", "Latin-1", "published", "no indicator", "empty"],
)
def test_the_councils_own_figures_are_told_from_published_statistics_by_their_header(
    tmp_path: Path, content: bytes, expected: bool
) -> None:
    path = tmp_path / "figures.csv"
    path.write_bytes(content)
    assert IndicatorService.is_council_figures(path) is expected


def test_a_file_that_cannot_be_read_is_left_to_the_import_to_explain(tmp_path: Path) -> None:
    assert IndicatorService.is_council_figures(tmp_path / "missing.csv") is False
    assert IndicatorService.is_council_figures(tmp_path) is False


# --- editing an indicator ---


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"name": "   "}, "an indicator needs a name"),
        ({"polarity": "sideways"}, "polarity is one of: Higher is better, Lower is better, Neither"),
        ({"unit": "miles"}, "the unit is one of: Count, Percentage, Rate per 10,000 children, Days, Number"),
    ],
    ids=["blank name", "polarity", "unit"],
)
def test_a_bad_edit_is_refused_with_the_choices_and_changes_nothing(
    desk: Desk, change: dict[str, str], message: str
) -> None:
    pep = desk.indicators.create("PEP", "percent", polarity="higher", target=95, description="Termly")
    before = database_dump(desk)
    with pytest.raises(InputError) as refused:
        desk.indicators.update(pep.id, **change)  # type: ignore[arg-type]
    assert refused.value.message == message
    assert database_dump(desk) == before and desk.indicators.indicator(pep.id) == pep


def test_an_edit_changes_what_it_names_and_keeps_the_rest(desk: Desk) -> None:
    waits = desk.indicators.create("Days to adoption", "number", polarity="lower", target=400, source="DfE")
    changed = desk.indicators.update(waits.id, description="  Average over three years ", unit="days")
    assert changed == Indicator(
        waits.id, "Days to adoption", "Average over three years", "days", "lower", 400, "DfE", ()
    )
    assert desk.indicators.indicator(waits.id) == changed


# --- what an indicator evidences ---


def test_relinking_one_indicator_leaves_the_others_links_alone(desk: Desk) -> None:
    targets = desk.indicators.link_targets()
    first, second, third = (t.target_id for t in targets[:3])
    measure = targets[0].children[0].target_id
    pep = desk.indicators.create("PEP", "percent")
    dental = desk.indicators.create("Dental checks", "percent")
    desk.indicators.set_links(pep.id, priorities=[first], success_measures=[measure])
    desk.indicators.set_links(dental.id, priorities=[second])
    desk.indicators.set_links(pep.id, priorities=[third])
    assert desk.indicators.links(pep.id) == [("priority", third)]
    assert desk.indicators.links(dental.id) == [("priority", second)]


def test_link_targets_are_the_current_strategys_priorities_in_number_order(
    desk: Desk, tmp_path: Path
) -> None:
    data = json.loads(SHORT.read_text(encoding="utf-8"))
    voice = data["priorities"][0]
    homes = dict(voice, number=2, title="Homes that last", success_measures=["Fewer moves", "Closer to home"])
    data["priorities"] = [homes, dict(voice, number=1, success_measures=[])]  # listed out of order
    path = tmp_path / "strategy.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    desk.strategy.import_file(path)
    targets = desk.indicators.link_targets()
    said = [(t.kind, t.label, t.text, [(c.kind, c.label, c.text) for c in t.children]) for t in targets]
    assert said == [
        ("priority", f"Priority 1: {voice['title']}", voice["title"], []),
        (
            "priority",
            "Priority 2: Homes that last",
            "Homes that last",
            [
                ("success_measure", "Priority 2, success measure 1", "Fewer moves"),
                ("success_measure", "Priority 2, success measure 2", "Closer to home"),
            ],
        ),
    ]
    pep = desk.indicators.create("PEP", "percent")
    desk.indicators.set_links(pep.id, priorities=[targets[1].target_id])
    assert desk.indicators.indicator(pep.id).priorities == (2,)


# --- the bin ---


def test_the_bin_lists_the_most_recently_binned_first_with_all_they_held(desk: Desk) -> None:
    alpha = desk.indicators.create(
        "Alpha", "percent", polarity="higher", target=80, description="First", source="Council"
    )
    beta = desk.indicators.create(
        "Beta", "days", polarity="lower", target=20, description="Second", source="DfE"
    )
    desk.indicators.bin(alpha.id)
    desk.indicators.bin(beta.id)
    assert desk.indicators.binned() == [beta, alpha]
    assert alpha.id not in {ind.id for ind in desk.indicators.indicators()}


def test_indicators_binned_in_the_same_moment_are_listed_by_name(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    beta = desk.indicators.create("Beta", "count")
    alpha = desk.indicators.create("Alpha", "count")
    moment = datetime(2025, 6, 1, 9, 30, tzinfo=UTC)
    monkeypatch.setattr("cpdesk.domain.indicators.utc_now", lambda: moment)
    desk.indicators.bin(beta.id)
    desk.indicators.bin(alpha.id)
    assert [ind.name for ind in desk.indicators.binned()] == ["Alpha", "Beta"]


def test_restoring_brings_back_one_indicator_and_only_from_the_bin(desk: Desk) -> None:
    alpha = desk.indicators.create("Alpha", "count")
    beta = desk.indicators.create("Beta", "count")
    with pytest.raises(NotFoundError) as refused:
        desk.indicators.restore(alpha.id)
    assert refused.value.message == "that indicator is not in the bin"
    desk.indicators.bin(alpha.id)
    desk.indicators.bin(beta.id)
    assert desk.indicators.restore(alpha.id) == alpha
    assert [ind.name for ind in desk.indicators.binned()] == ["Beta"]


# --- exceptions for Red figures ---


@pytest.fixture
def iha(desk: Desk) -> Indicator:
    return desk.indicators.create("IHA within 20 working days", "percent", polarity="higher", target=80)


def actions(desk: Desk, *texts: str) -> list[UUID]:
    from datetime import date

    meeting = desk.meetings.create_meeting(desk.people.body("sub_committee").id, date(2025, 6, 10))
    return [desk.actions.raise_action(meeting.id, text).id for text in texts]


def test_re_recording_an_exception_replaces_it_and_leaves_other_figures_notes(
    desk: Desk, clock: Clock, iha: Indicator
) -> None:
    december = desk.indicators.record_value(iha.id, "2024-12", 28)
    march = desk.indicators.record_value(iha.id, "2025-03", 30)
    plan, audit = actions(desk, "Agree a recovery plan", "Audit referral paperwork")
    desk.indicators.record_exception(december.id, "Paperwork late.", "A recovery plan.", [audit])
    desk.indicators.record_exception(march.id, "Staff shortage.", "Agency cover.", [audit])
    clock.advance(7)
    note = desk.indicators.record_exception(
        december.id, "  Referral paperwork arrives late. ", " A joint recovery plan. ", [plan, plan]
    )
    expected = ExceptionNote(
        december.id,
        "Referral paperwork arrives late.",
        "A joint recovery plan.",
        START + timedelta(7),
        (plan,),
    )
    assert note == expected and desk.indicators.exception(december.id) == expected
    assert desk.indicators.exception(march.id) == ExceptionNote(
        march.id, "Staff shortage.", "Agency cover.", START, (audit,)
    )


@pytest.mark.parametrize(
    ("why", "response"), [("Paperwork late.", "  "), ("", "A recovery plan.")], ids=["no response", "no why"]
)
def test_an_exception_says_both_why_and_what_is_being_done(
    desk: Desk, iha: Indicator, why: str, response: str
) -> None:
    red = desk.indicators.record_value(iha.id, "2024-12", 28)
    before = database_dump(desk)
    with pytest.raises(InputError) as refused:
        desk.indicators.record_exception(red.id, why, response)
    assert refused.value.message == "say why the figure is Red and what is being done"
    assert database_dump(desk) == before


def test_a_percentage_within_five_points_of_its_target_is_amber_and_takes_no_exception(
    desk: Desk, iha: Indicator
) -> None:
    amber = desk.indicators.record_value(iha.id, "2024-12", 75.5)  # 4.5 points short of 80
    before = database_dump(desk)
    with pytest.raises(InputError) as refused:
        desk.indicators.record_exception(amber.id, "Close.", "Watching it.")
    assert refused.value.message == "an exception is recorded for a Red figure; this one is not Red"
    assert database_dump(desk) == before


def test_an_exception_against_an_unknown_action_changes_nothing(desk: Desk, iha: Indicator) -> None:
    red = desk.indicators.record_value(iha.id, "2024-12", 28)
    (plan,) = actions(desk, "Agree a recovery plan")
    kept = desk.indicators.record_exception(red.id, "Paperwork late.", "A recovery plan.", [plan])
    before = database_dump(desk)
    with pytest.raises(NotFoundError) as refused:
        desk.indicators.record_exception(red.id, "Something else.", "Another plan.", [plan, uuid4()])
    assert refused.value.message == "that action is not in this database"
    assert database_dump(desk) == before and desk.indicators.exception(red.id) == kept


def test_an_exception_for_a_figure_not_held_is_refused(desk: Desk) -> None:
    with pytest.raises(NotFoundError) as refused:
        desk.indicators.record_exception(uuid4(), "Why.", "What.")
    assert refused.value.message == "that value is not in this database"
    assert desk.indicators.exception(uuid4()) is None
