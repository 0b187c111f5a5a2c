"""Indicators: the strategy's figures, DfE statistics with comparators, and the council's own figures."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from cpdesk.domain.desk import Desk
from cpdesk.domain.indicators import format_value, indicator_rag
from cpdesk.errors import InputError
from tests.conftest import SHARED, database_dump, needs_shared

DFE = SHARED / "data" / "dfe"
FILES = [
    "cla_number_and_rate_per_10k_children.csv",
    "la_care_leavers_activity.csv",
    "la_cla_placement_stability.csv",
    "la_conviction_health_outcome_cla.csv",
]
STABILITY = "la_cla_placement_stability.csv"
LONG_TERM = (
    "Children looked after continuously for at least 2.5 years on 31 March aged under 16 years: "
    "Living with the same carer for at least 2 years"
)


def named(desk: Desk, name: str) -> object:
    return next(ind for ind in desk.indicators.indicators() if ind.name == name)


def test_the_strategys_context_figures_are_indicators_from_the_start(desk: Desk) -> None:
    summaries = {s.indicator.name: s for s in desk.indicators.summaries()}
    children = summaries["Context in Cambridgeshire: Children in Care"]
    assert (
        children.latest is not None and children.latest.value == 706 and children.latest.period == "2024-12"
    )
    iha = next(s for name, s in summaries.items() if "Initial Health Assessment" in name)
    assert iha.indicator.unit == "percent" and format_value("percent", iha.latest.value) == "28%"  # type: ignore[union-attr]
    assert len(summaries) == len(desk.strategy.content().context_figures)


@pytest.mark.parametrize("name", FILES)
@needs_shared
def test_every_shared_dfe_file_imports(desk: Desk, name: str) -> None:
    result = desk.indicators.import_statistics(DFE / name)
    assert result.indicators_added > 0 and result.values > 0
    assert (
        "Cambridgeshire" in result.areas and "England" in result.areas and "East of England" in result.areas
    )
    assert len(result.areas) == 13 and result.missing_neighbours == ()


@needs_shared
def test_long_term_placement_stability_for_cambridgeshire_in_2025(desk: Desk) -> None:
    desk.indicators.import_statistics(DFE / STABILITY)
    indicator = named(desk, LONG_TERM)
    council = desk.indicators.council()
    values = {v.period: v for v in desk.indicators.values(indicator.id, council.id)}  # type: ignore[attr-defined]
    latest = values["2025"]
    assert (latest.numerator, latest.denominator, latest.value) == (142, 201, 71)
    assert sorted(values) == ["2021", "2022", "2023", "2024", "2025"]


@needs_shared
def test_comparators_are_england_the_region_and_ten_neighbours_closest_first(desk: Desk) -> None:
    desk.indicators.import_statistics(DFE / STABILITY)
    comparators = desk.indicators.comparators()
    kinds = [kind for kind, _ in comparators]
    assert kinds == ["national", "regional"] + ["neighbour"] * 10
    assert [area.name for _, area in comparators[:3]] == ["England", "East of England", "Oxfordshire"]
    series = desk.indicators.series(named(desk, LONG_TERM).id)  # type: ignore[attr-defined]
    england = next(values for kind, _, values in series if kind == "national")
    assert [v.value for v in england][-1] == 69


@needs_shared
def test_suppressed_cells_stay_suppressed(desk: Desk) -> None:
    desk.indicators.import_statistics(DFE / "la_care_leavers_activity.csv")
    indicator = named(desk, "17 to 18 years: Higher education i.e. studies beyond A level")
    council = desk.indicators.council()
    latest = {v.period: v for v in desk.indicators.values(indicator.id, council.id)}["2025"]  # type: ignore[attr-defined]
    assert latest.value is None and latest.suppressed == "c" and latest.numerator is None
    assert format_value("percent", latest.value, latest.suppressed) == "c (confidential)"
    summary = next(s for s in desk.indicators.summaries() if s.indicator.id == indicator.id)  # type: ignore[attr-defined]
    assert summary.rag == "No value" and summary.change is None


@needs_shared
def test_an_average_is_a_number_and_a_total_is_a_count(desk: Desk) -> None:
    desk.indicators.import_statistics(DFE / "la_conviction_health_outcome_cla.csv")
    sdq = named(
        desk,
        "Ages 5 to 16 years with strengths and difficulties questionnaire score: "
        "Strengths and difficulties questionnaire average score",
    )
    assert sdq.unit == "number"  # type: ignore[attr-defined]
    # The total is the denominator of the three health assessment percentages: planned aside, as a count.
    plan = desk.indicators.plan_statistics(DFE / "la_conviction_health_outcome_cla.csv")
    total = next(
        p.combination
        for p in plan.denominators
        if p.combination.name == "Health assessments: Children looked after all ages: Total all ages"
    )
    assert total.unit == "count" and total.denominator_of == 3
    teeth = named(
        desk, "Health assessments: Children looked after all ages: Had their teeth checked by a dentist"
    )
    value = {v.period: v for v in desk.indicators.values(teeth.id, desk.indicators.council().id)}["2025"]  # type: ignore[attr-defined]
    assert (value.value, value.numerator, value.denominator) == (67, 299, 443)


@needs_shared
def test_importing_again_adds_nothing_twice(desk: Desk) -> None:
    first = desk.indicators.import_statistics(DFE / STABILITY)
    again = desk.indicators.import_statistics(DFE / STABILITY)
    assert again.indicators_added == 0 and again.indicators_updated == first.indicators_added
    assert again.values == first.values
    assert sum(1 for ind in desk.indicators.indicators() if ind.name == LONG_TERM) == 1


@needs_shared
def test_a_combination_can_be_mapped_to_an_existing_indicator(desk: Desk) -> None:
    mine = desk.indicators.create(
        "Long-term stability (our measure)", "percent", polarity="higher", target=75
    )
    ees_key = next(
        c.source_key
        for c in desk.indicators.combinations(
            __import__("cpdesk.domain.dfe", fromlist=["read_ees_file"]).read_ees_file(DFE / STABILITY)
        )
        if c.name == LONG_TERM
    )
    desk.indicators.import_statistics(DFE / STABILITY, mapping={ees_key: mine.id})
    assert not any(ind.name == LONG_TERM for ind in desk.indicators.indicators())
    summary = next(s for s in desk.indicators.summaries() if s.indicator.id == mine.id)
    assert summary.latest is not None and summary.latest.value == 71 and summary.rag == "Amber"
    assert summary.change == -3


@needs_shared
def test_another_authority_can_be_chosen(desk: Desk) -> None:
    result = desk.indicators.import_statistics(DFE / STABILITY, la="931")
    assert "Oxfordshire" in result.areas and "South East" in result.areas


def _copy(tmp_path: Path, name: str = STABILITY) -> Path:
    return Path(shutil.copyfile(DFE / name, tmp_path / name))


def _without_column(tmp_path: Path) -> Path:
    path = _copy(tmp_path)
    text = path.read_text(encoding="utf-8-sig").replace("time_period,", "period,", 1)
    path.write_text(text, encoding="utf-8")
    return path


def _cut_short(tmp_path: Path) -> Path:
    path = _copy(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3].rsplit(b",", 3)[0])
    return path


def _not_csv(tmp_path: Path) -> Path:
    path = tmp_path / "picture.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(200))
    return path


def _bad_number(tmp_path: Path) -> Path:
    path = _copy(tmp_path)
    lines = path.read_text(encoding="utf-8-sig").splitlines(keepends=True)
    lines[40] = lines[40].rsplit(",", 1)[0] + ",seventy\n"
    path.write_text("".join(lines), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("make", "la", "expected"),
    [
        (_without_column, None, r"line 1: missing column 'time_period'"),
        (_copy, "999", r"no local authority with code 999"),
        (_cut_short, None, r"line \d+: the last line has \d+ of 14 columns: the file looks cut short"),
        (_not_csv, None, r"not a CSV file"),
        (_bad_number, None, r"line 41: column 'children_percent' holds 'seventy'"),
    ],
    ids=["missing column", "unknown authority", "cut short", "not CSV", "not a number"],
)
@needs_shared
def test_a_bad_statistics_file_is_refused_and_nothing_is_half_imported(
    desk: Desk, tmp_path: Path, make: object, la: str | None, expected: str
) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    before = database_dump(desk)
    with pytest.raises(InputError, match=expected) as refused:
        desk.indicators.import_statistics(path, la=la)
    assert str(path) in refused.value.describe()
    assert database_dump(desk) == before


@needs_shared
def test_a_byte_order_mark_is_accepted(desk: Desk) -> None:
    assert (DFE / STABILITY).read_bytes().startswith(b"\xef\xbb\xbf")
    assert not (DFE / "la_conviction_health_outcome_cla.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    desk.indicators.import_statistics(DFE / STABILITY)


def test_the_councils_own_figures_import_from_a_simple_csv(desk: Desk, tmp_path: Path) -> None:
    indicator = desk.indicators.create(
        "Children with an up-to-date PEP", "percent", polarity="higher", target=95
    )
    path = tmp_path / "ours.csv"
    path.write_text(
        "\ufeffindicator,period,value,numerator,denominator,note\n"
        "Children with an up-to-date PEP,2025-06,96.5,579,600,Summer term\n"
        "Children with an up-to-date PEP,2025-09,c,,,Too few to publish\n",
        encoding="utf-8",
    )
    assert desk.indicators.import_council_figures(path) == 2
    values = desk.indicators.values(indicator.id)
    assert [(v.period, v.value, v.suppressed) for v in values] == [
        ("2025-06", 96.5, ""),
        ("2025-09", None, "c"),
    ]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("indicator,value\nX,1\n", r"line 1: missing column 'period'"),
        ("indicator,period,value\nNo such figure,2025-06,1\n", r"line 2: there is no indicator called"),
        ("indicator,period,value\nChildren with an up-to-date PEP,June,1\n", r"line 2: the period 'June'"),
        ("indicator,period,value\nChildren with an up-to-date PEP,2025-06,lots\n", r"line 2: value 'lots'"),
        (
            "indicator,period,value\nChildren with an up-to-date PEP,2025-06\n",
            r"line 2: this line does not have",
        ),
    ],
    ids=["missing column", "unknown indicator", "bad period", "bad value", "cut short"],
)
def test_bad_council_figures_are_refused_and_change_nothing(
    desk: Desk, tmp_path: Path, content: str, expected: str
) -> None:
    desk.indicators.create("Children with an up-to-date PEP", "percent")
    path = tmp_path / "ours.csv"
    path.write_text(content, encoding="utf-8")
    before = database_dump(desk)
    with pytest.raises(InputError, match=expected):
        desk.indicators.import_council_figures(path)
    assert database_dump(desk) == before


@needs_shared
def test_export_writes_every_value_with_suppressed_ones_as_codes(desk: Desk, tmp_path: Path) -> None:
    desk.indicators.import_statistics(DFE / "la_care_leavers_activity.csv")
    out = tmp_path / "values.csv"
    count = desk.indicators.export_csv(out)
    with out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == count > 1000
    suppressed = [r for r in rows if r["suppressed"]]
    assert suppressed and all(r["value"] == "" for r in suppressed)


@pytest.mark.parametrize(
    ("unit", "polarity", "target", "value", "expected"),
    [
        ("percent", "higher", 75, 80, "Green"),
        ("percent", "higher", 75, 71, "Amber"),
        ("percent", "higher", 75, 69, "Red"),
        ("percent", "lower", 10, 9, "Green"),
        ("percent", "lower", 10, 16, "Red"),
        ("count", "higher", 100, 96, "Amber"),
        ("count", "higher", 100, 94, "Red"),
        ("count", "none", 100, 5, "No target"),
        ("count", "higher", None, 5, "No target"),
        ("count", "higher", 100, None, "No value"),
    ],
)
def test_rag_comes_from_target_and_polarity(
    unit: str, polarity: str, target: float | None, value: float | None, expected: str
) -> None:
    assert indicator_rag(unit, polarity, target, value) == expected


def test_a_red_figure_keeps_its_exception_and_remedial_actions(desk: Desk) -> None:
    from datetime import date

    indicator = desk.indicators.create("IHA within 20 working days", "percent", polarity="higher", target=80)
    value = desk.indicators.record_value(indicator.id, "2024-12", 28)
    meeting = desk.meetings.create_meeting(desk.people.body("sub_committee").id, date(2025, 6, 10))
    action = desk.actions.raise_action(meeting.id, "Agree a recovery plan with the health provider")
    desk.indicators.record_exception(
        value.id, "Referral paperwork arrives late.", "A joint recovery plan.", [action.id]
    )
    note = desk.indicators.exception(value.id)
    assert (
        note is not None
        and note.action_ids == (action.id,)
        and note.why == "Referral paperwork arrives late."
    )
    green = desk.indicators.record_value(indicator.id, "2025-03", 85)
    with pytest.raises(InputError, match="not Red"):
        desk.indicators.record_exception(green.id, "x", "y")


def test_an_indicator_links_to_the_current_strategys_priorities_and_success_measures(desk: Desk) -> None:
    targets = desk.indicators.link_targets()
    content = desk.strategy.content()
    assert [t.label.split(":")[0] for t in targets] == [f"Priority {p.number}" for p in content.priorities]
    third = targets[2]
    assert [m.text for m in third.children] == list(content.priority(3).success_measures)
    assert third.children[1].label == "Priority 3, success measure 2"
    indicator = desk.indicators.create("Dental checks", "percent")
    assert desk.indicators.links(indicator.id) == []
    desk.indicators.set_links(
        indicator.id, priorities=[targets[0].target_id], success_measures=[third.children[1].target_id]
    )
    assert sorted(desk.indicators.links(indicator.id)) == sorted(
        [("priority", targets[0].target_id), ("success_measure", third.children[1].target_id)]
    )
    assert desk.indicators.indicator(indicator.id).priorities == (1, 3)


def _period(text: str) -> object:
    def make(tmp_path: Path) -> Path:
        path = _copy(tmp_path)
        lines = path.read_text(encoding="utf-8-sig").splitlines(keepends=True)
        lines[7] = lines[7].replace("2025,Reporting year", f"{text},Reporting year", 1)
        path.write_text("".join(lines), encoding="utf-8")
        return path

    return make


def _cut_inside_the_last_cell(tmp_path: Path) -> Path:
    path = _copy(tmp_path)
    data = path.read_bytes().rstrip(b"\r\n")
    path.write_bytes(data[:-1])  # 71 would be read as 7
    return path


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (_period("2025-02-30"), r"line 8: the period '2025-02-30' is not a real period"),
        (_period("202513"), r"line 8: the period '202513' is not a real period"),
        (_period("2025/26"), r"line 8: the period '2025/26' is not one cpdesk can place in time"),
        (_cut_inside_the_last_cell, r"line \d+: the last line has no line ending, so it may be cut short"),
    ],
    ids=["no such day", "years out of order", "unknown form", "cut inside the last cell"],
)
@needs_shared
def test_a_statistics_file_with_a_bad_period_or_cut_inside_a_cell_is_refused(
    desk: Desk, tmp_path: Path, make: object, expected: str
) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    before = database_dump(desk)
    with pytest.raises(InputError, match=expected):
        desk.indicators.import_statistics(path)
    assert database_dump(desk) == before


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("PEP,2025-13,90", r"line 2: the period '2025-13' is not a real period"),
        ("PEP,2025-02-30,90", r"line 2: the period '2025-02-30' is not a real period"),
        ("PEP,2025-06,nan", r"line 2: value 'nan' is not a number or a suppression code"),
        ("PEP,2025-06,inf", r"line 2: value 'inf' is not a number or a suppression code"),
        ("PEP,2025-06,1e3", r"line 2: value '1e3' is not a number or a suppression code"),
        ("PEP,2025-06,", r"line 2: the value is empty"),
    ],
    ids=["month 13", "no such day", "nan", "inf", "exponent", "empty value"],
)
def test_the_councils_figures_must_be_real_periods_and_plain_numbers(
    desk: Desk, tmp_path: Path, line: str, expected: str
) -> None:
    desk.indicators.create("PEP", "percent")
    path = tmp_path / "ours.csv"
    path.write_text(f"indicator,period,value\n{line}\n", encoding="utf-8")
    before = database_dump(desk)
    with pytest.raises(InputError, match=expected):
        desk.indicators.import_council_figures(path)
    assert database_dump(desk) == before


def test_the_strategys_figures_start_linked_to_the_priority_their_section_serves(desk: Desk) -> None:
    by_name = {ind.name: ind.priorities for ind in desk.indicators.indicators()}
    assert by_name["Cambridgeshire homes: Children were living with foster carers"] == (2,)
    assert by_name[
        "Children and young people's education: Personal Education Plan compliance (%), Autumn Term 2024"
    ] == (4,)
    assert by_name["Context for care leavers: Care leavers have a disability"] == (5,)
    assert by_name["Context in Cambridgeshire: Children in Care"] == ()
