"""Statistics files cpdesk has not seen: recognised from their cells and metadata, imported, undone."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cpdesk.domain.desk import Desk
from cpdesk.domain.dfe import read_ees_file
from cpdesk.domain.dfe_words import measure_words, spelled_out
from cpdesk.errors import InputError, NotFoundError
from tests.conftest import SHARED, database_dump, needs_shared
from tests.ees_files import ees_file

DFE = SHARED / "data" / "dfe"
STABILITY = "la_cla_placement_stability.csv"
PLACEMENTS = [("Foster care",), ("Residential care",), ("Total placements",)]


def shares(year: int, area: int, combo: tuple[str, ...]) -> tuple[object, ...]:
    """A count and an unfamiliarly named percentage of the total, which is 100."""
    counts = {"Foster care": 30 + area, "Residential care": 10 + year % 10, "Total placements": 0}
    counts["Total placements"] = counts["Foster care"] + counts["Residential care"]
    count = counts[combo[0]]
    return count, round(100 * count / counts["Total placements"])


def placements(tmp_path: Path, meta: str | None = None) -> Path:
    return ees_file(
        tmp_path / "placements.csv",
        ["placement_type"],
        PLACEMENTS,
        ["children", "share_placed"],
        shares,
        meta=meta,
    )


def by_name(desk: Desk) -> dict[str, object]:
    return {ind.name: ind for ind in desk.indicators.indicators()}


def council_values(desk: Desk, name: str) -> dict[str, tuple[float | None, float | None, float | None]]:
    indicator = next(i for i in desk.indicators.indicators() if i.name == name)
    council = desk.indicators.council()
    return {
        v.period: (v.value, v.numerator, v.denominator)
        for v in desk.indicators.values(indicator.id, council.id)
    }


def test_measures_with_unfamiliar_names_are_recognised_from_their_cells(desk: Desk, tmp_path: Path) -> None:
    ees = read_ees_file(placements(tmp_path))
    roles = {c.name: (c.role, c.kind, c.unit) for c in ees.columns}
    assert roles == {
        "placement_type": ("filter", "", ""),
        "children": ("measure", "count", "count"),
        "share_placed": ("measure", "percent", "percent"),  # every total row holds 100
    }
    result = desk.indicators.import_statistics(tmp_path / "placements.csv")
    # Total placements (100% everywhere) is what the other two are percentages of: their denominator,
    # not an indicator of its own unless asked for; its count is still each percentage's denominator.
    assert result.indicators_added == 2 and result.values == 2 * 5 * 2
    names = by_name(desk)
    assert names["Foster care"].unit == "percent"  # type: ignore[attr-defined]
    assert "Total placements" not in names
    assert council_values(desk, "Foster care")["2025"] == (round(100 * 32 / 47), 32, 47)
    asked = desk.indicators.import_statistics(tmp_path / "placements.csv", denominators=True)
    assert asked.indicators_added == 1 and by_name(desk)["Total placements"].unit == "count"  # type: ignore[attr-defined]
    assert council_values(desk, "Total placements")["2025"] == (47, None, None)


def test_a_metadata_file_names_filters_measures_labels_and_units(desk: Desk, tmp_path: Path) -> None:
    def by_age(year: int, area: int, combo: tuple[str, ...]) -> tuple[object, ...]:
        return 20 + int(combo[0]) + area, 40 + area

    values = [("16",), ("17",), ("18",)]
    measures = ["leavers", "in_education"]
    unseen = read_ees_file(ees_file(tmp_path / "plain.csv", ["age_at_leaving"], values, measures, by_age))
    age = unseen.column("age_at_leaving")
    assert (age.role, age.why) == ("filter", "its numbers tell rows apart, so they say what a row counts")
    meta = (
        "col_name,col_type,label,indicator_grouping,indicator_unit,indicator_dp,filter_hint,filter_grouping_column\n"
        "age_at_leaving,Filter,Age on leaving care,,,,,\n"
        "leavers,Indicator,Care leavers,,,0,,\n"
        "in_education,Indicator,Care leavers in education,,%,0,,\n"
    )
    path = ees_file(tmp_path / "described.csv", ["age_at_leaving"], values, measures, by_age, meta=meta)
    ees = read_ees_file(path)
    assert ees.meta == "described.meta.csv"
    described = {c.name: (c.role, c.label, c.unit, c.why) for c in ees.columns}
    assert described["age_at_leaving"] == ("filter", "Age on leaving care", "", "metadata")
    assert described["in_education"][1:3] == ("Care leavers in education", "percent")
    desk.indicators.import_statistics(path)
    assert {"16", "17", "18"} <= set(by_name(desk))
    assert by_name(desk)["17"].unit == "percent"  # type: ignore[attr-defined]
    assert by_name(desk)["17"].description == "Age on leaving care: 17"  # type: ignore[attr-defined]
    assert council_values(desk, "17")["2025"] == (42, 39, None)


def test_the_users_corrections_feed_back_into_the_plan(desk: Desk, tmp_path: Path) -> None:
    path = ees_file(
        tmp_path / "ages.csv",
        ["release", "age"],
        [("Provisional", "16"), ("Provisional", "17")],
        ["number_of_children"],
        lambda y, a, c: (a + int(c[1]),),
    )
    before = desk.indicators.plan_statistics(path)
    assert [(c.name, c.role) for c in before.columns] == [
        ("release", "filter"),
        ("age", "filter"),
        ("number_of_children", "measure"),
    ]
    assert [p.combination.name for p in before.indicators] == ["Provisional: 16", "Provisional: 17"]
    plan = desk.indicators.plan_statistics(
        path, roles={"release": "ignore"}, units={"number_of_children": "number"}
    )
    assert [p.combination.name for p in plan.indicators] == ["16", "17"]
    assert plan.columns[0].why == "your choice" and plan.indicators[0].combination.unit == "number"
    with pytest.raises(InputError, match=r"ages.csv, line 3: this line repeats line 2"):
        desk.indicators.plan_statistics(path, roles={"age": "measure"})
    desk.indicators.import_plan(plan)
    assert council_values(desk, "17")["2025"] == (19, None, None)


def test_several_measures_make_an_indicator_for_each_real_series(desk: Desk, tmp_path: Path) -> None:
    path = ees_file(
        tmp_path / "movement.csv",
        ["age_group"],
        [("Under 10",), ("10 and over",)],
        ["number_starting", "number_ceasing"],
        lambda y, a, c: (100 + a, 90 + a),
    )
    result = desk.indicators.import_statistics(path)
    assert result.indicators_added == 4
    assert {"Under 10: Number starting", "Under 10: Number ceasing", "10 and over: Number ceasing"} <= set(
        by_name(desk)
    )
    plan = desk.indicators.plan_statistics(path)
    assert {p.combination.source_key for p in plan.indicators} >= {
        "ees:age_group=Under 10#count@number_starting",
        "ees:age_group=Under 10#count@number_ceasing",
    }
    assert council_values(desk, "10 and over: Number ceasing")["2025"] == (92, None, None)
    again = desk.indicators.import_statistics(path)
    assert again.indicators_added == 0 and again.indicators_updated == 4


@needs_shared
def test_the_shared_files_keep_their_source_keys(desk: Desk) -> None:
    plan = desk.indicators.plan_statistics(DFE / STABILITY)
    keys = {p.combination.source_key for p in plan.indicators}
    assert (
        "ees:cla_group=CLA on 31 March|placement_stability=With 3 or more placements during the year#percent"
        in keys
    )
    rate = desk.indicators.plan_statistics(DFE / "cla_number_and_rate_per_10k_children.csv")
    assert [p.combination.source_key for p in rate.indicators] == [
        f"ees:population_type={kind}#rate_per_10000"
        for kind in (
            "Children ceasing to be looked after each year",
            "Children looked after on 31 March each year",
            "Children starting to be looked after each year",
        )
    ]
    assert rate.indicators[1].latest is not None and rate.indicators[1].latest_period == "2025"


@needs_shared
def test_the_plan_writes_nothing_and_shows_the_councils_latest_figure(desk: Desk) -> None:
    before = database_dump(desk)
    plan = desk.indicators.plan_statistics(DFE / STABILITY)
    assert database_dump(desk) == before
    long_term = next(
        p for p in plan.indicators if p.combination.name.endswith("same carer for at least 2 years")
    )
    assert long_term.latest is not None and (long_term.latest.value, long_term.latest_period) == (71, "2025")
    # 3 of the file's 6 combinations are the 'Total children' each percentage is of: not planned.
    assert long_term.indicator_id is None and plan.values == 195
    assert [p.combination.denominator_of for p in plan.denominators] == [1, 1, 1]
    assert [c.name for c in plan.columns if c.role == "filter"] == ["cla_group", "placement_stability"]


# --- undo ---


def _without_import_records(dump: list[str]) -> list[str]:
    # the audit log keeps the import and its undoing
    return [
        line
        for line in dump
        if not line.startswith(('INSERT INTO "statistics_import"', 'INSERT INTO "audit"'))
    ]


@needs_shared
def test_an_import_is_undone_as_one_step(desk: Desk) -> None:
    before = database_dump(desk)
    result = desk.indicators.import_statistics(DFE / STABILITY)
    assert result.import_id is not None
    records = desk.indicators.imports()
    assert [(r.file_name, r.authority, r.can_undo) for r in records] == [
        (STABILITY, "Cambridgeshire (873)", True)
    ]
    desk.indicators.undo_import(result.import_id)
    assert _without_import_records(database_dump(desk)) == _without_import_records(before)
    assert desk.indicators.imports()[0].undone_at is not None
    with pytest.raises(InputError, match="undone already"):
        desk.indicators.undo_import(result.import_id)


def test_undo_puts_back_the_figures_an_import_replaced(desk: Desk, tmp_path: Path) -> None:
    first = desk.indicators.import_statistics(placements(tmp_path))
    after_first = database_dump(desk)
    changed = tmp_path / "changed" / "placements.csv"
    changed.parent.mkdir()
    ees_file(
        changed,
        ["placement_type"],
        PLACEMENTS,
        ["children", "share_placed"],
        lambda y, a, c: (5, 50 if c[0] != "Total placements" else 100),
    )
    desk.indicators.bin(next(i.id for i in desk.indicators.indicators() if i.name == "Foster care"))
    binned = database_dump(desk)
    second = desk.indicators.import_statistics(changed)
    assert council_values(desk, "Foster care")["2025"][0] == 50, "the import brings a binned indicator back"
    with pytest.raises(InputError, match=r"undo the later import of placements\.csv first"):
        desk.indicators.undo_import(first.import_id)  # type: ignore[arg-type]
    desk.indicators.undo_import(second.import_id)  # type: ignore[arg-type]
    assert _without_import_records(database_dump(desk)) == _without_import_records(binned)
    assert "Foster care" not in by_name(desk)
    desk.indicators.restore(next(i.id for i in desk.indicators.binned() if i.name == "Foster care"))
    assert _without_import_records(database_dump(desk))[:5] == _without_import_records(after_first)[:5]
    assert council_values(desk, "Foster care")["2025"][0] == round(100 * 32 / 47)


@needs_shared
def test_an_exception_stays_with_its_figure_when_an_import_repeats(desk: Desk) -> None:
    desk.indicators.import_statistics(DFE / STABILITY)
    indicator = next(
        i for i in desk.indicators.indicators() if i.name.endswith("same carer for at least 2 years")
    )
    desk.indicators.update(indicator.id, polarity="higher", target=90)
    latest = desk.indicators.summaries()
    value = next(s.latest for s in latest if s.indicator.id == indicator.id)
    desk.indicators.record_exception(value.id, "Several placements ended.", "A review.")  # type: ignore[union-attr]
    desk.indicators.import_statistics(DFE / STABILITY)
    assert desk.indicators.exception(value.id) is not None  # type: ignore[union-attr]


def test_an_indicator_goes_to_the_bin_and_comes_back(desk: Desk) -> None:
    indicator = desk.indicators.create("Dental checks", "percent")
    desk.indicators.record_value(indicator.id, "2025", 80)
    desk.indicators.bin(indicator.id)
    assert indicator.id not in {i.id for i in desk.indicators.indicators()}
    assert [i.name for i in desk.indicators.binned()] == ["Dental checks"]
    desk.indicators.restore(indicator.id)
    assert desk.indicators.values(indicator.id)[0].value == 80
    with pytest.raises(NotFoundError):
        desk.indicators.restore(indicator.id)


# --- refusals ---


def _stability(tmp_path: Path) -> Path:
    return Path(shutil.copyfile(DFE / STABILITY, tmp_path / STABILITY))


def _edit(line_number: int, old: str, new: str) -> object:
    def make(tmp_path: Path) -> Path:
        path = _stability(tmp_path)
        lines = path.read_text(encoding="utf-8-sig").splitlines(keepends=True)
        assert old in lines[line_number - 1], lines[line_number - 1]
        lines[line_number - 1] = lines[line_number - 1].replace(old, new, 1)
        path.write_text("".join(lines), encoding="utf-8")
        return path

    return make


def _line_of(text: str) -> int:
    if not (DFE / STABILITY).is_file():
        return 0  # the tests that edit the shared file skip, or fail under CI
    lines = (DFE / STABILITY).read_text(encoding="utf-8-sig").splitlines()
    return next(n for n, line in enumerate(lines, start=1) if text in line)


OXFORDSHIRE = _line_of(",931,Oxfordshire,E10000025,")
CAMBRIDGESHIRE = _line_of(",873,Cambridgeshire,E10000003,")
EAST = _line_of(",E12000006,East of England,,,,")


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (_edit(EAST, "E12000006,East", "E92000001,East"), r"regional row has its country's code E92000001"),
        (_edit(CAMBRIDGESHIRE, "E10000003", "E92000001"), r"local authority row has its country's code"),
        (
            _edit(OXFORDSHIRE, "E10000025", "E10000031"),
            r"code E10000031 names Warwickshire on line \d+ and Oxfordshire here",
        ),
        (_edit(OXFORDSHIRE, ",931,", ",937,"), r"authority number 937 is Warwickshire"),
        (_edit(EAST, ",,,,Children", ",,,,Children"), None),
        (_edit(CAMBRIDGESHIRE, ",142,71", ",142," + "9" * 400), r"too large to be a figure"),
        (_edit(CAMBRIDGESHIRE, ",142,71", ",142,\u0667\u0661"), r"column 'children_percent' holds '٧١'"),
        (_edit(CAMBRIDGESHIRE, ",142,71", ",142,1e3"), r"neither a number written with the digits 0-9"),
        (_edit(CAMBRIDGESHIRE, ",142,71", ",142,inf"), r"column 'children_percent' holds 'inf'"),
    ],
    ids=[
        "region with England's code",
        "council with England's code",
        "two neighbours one code",
        "two authorities one number",
        "control: the file as published",
        "400 digits",
        "Arabic-Indic digits",
        "exponent",
        "infinity",
    ],
)
@needs_shared
def test_areas_and_numbers_that_cannot_be_right_are_refused_with_their_line(
    desk: Desk, tmp_path: Path, make: object, expected: str | None
) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    before = database_dump(desk)
    if expected is None:
        desk.indicators.import_statistics(path)
        return
    with pytest.raises(InputError, match=expected) as refused:
        desk.indicators.import_statistics(path)
    assert f"{path}, line " in refused.value.describe() and "\n" not in refused.value.describe()
    assert database_dump(desk) == before


@needs_shared
def test_a_repeated_row_is_refused(desk: Desk, tmp_path: Path) -> None:
    path = _stability(tmp_path)
    lines = path.read_text(encoding="utf-8-sig").splitlines(keepends=True)
    lines.append(lines[CAMBRIDGESHIRE - 1])
    path.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(InputError, match=rf"line {len(lines)}: this line repeats line {CAMBRIDGESHIRE}"):
        desk.indicators.import_statistics(path)


def test_a_metadata_file_that_does_not_fit_is_refused(desk: Desk, tmp_path: Path) -> None:
    meta = "col_name,col_type,label\nchildren,Indicator,Children\nno_such_column,Filter,Nothing\n"
    path = placements(tmp_path, meta=meta)
    with pytest.raises(
        InputError, match=r"placements.meta.csv, line 3: the data file has no column 'no_such_column'"
    ):
        desk.indicators.plan_statistics(path)
    with pytest.raises(InputError, match="metadata file that describes a data file"):
        desk.indicators.plan_statistics(tmp_path / "placements.meta.csv")


# --- any bytes: a clean import or a clear refusal, and nothing changed after a refusal ---


def _refused_or_imported(desk: Desk, path: Path) -> None:
    before = database_dump(desk)
    try:
        desk.indicators.import_statistics(path)
    except InputError as refused:
        line = refused.describe()
        assert "\n" not in line and str(path) in line
        assert database_dump(desk) == before
    else:
        assert desk.indicators.imports()[0].file_name == path.name


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400))
def test_any_bytes_are_imported_or_refused_cleanly(desk: Desk, tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "any.csv"
    path.write_bytes(data)
    _refused_or_imported(desk, path)


@st.composite
def mutated(draw: st.DrawFn, seed: bytes) -> bytes:
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(data) - 1))
        kind = draw(st.sampled_from(("cut", "change", "insert", "delete", "number")))
        if kind == "cut":
            del data[at:]
        elif kind == "change":
            data[at] = draw(st.integers(0, 255))
        elif kind == "insert":
            data[at:at] = draw(
                st.sampled_from(
                    [b",", b'"', b"\n", b"E92000001", "\u0665".encode(), b"9" * 400, b"z", b"Total", b"\xff"]
                )
            )
        elif kind == "delete":
            del data[at : at + draw(st.integers(1, 40))]
        else:
            data[at:at] = str(draw(st.integers(-(10**20), 10**20))).encode()
        if not data:
            break
    return bytes(data)


def _small_file(tmp_path: Path) -> bytes:
    return placements(tmp_path).read_bytes()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_a_mutated_real_shaped_file_is_imported_or_refused_cleanly(
    desk: Desk, tmp_path: Path, data: st.DataObject
) -> None:
    seed = _small_file(tmp_path)
    path = tmp_path / "mutated.csv"
    path.write_bytes(data.draw(mutated(seed)))
    _refused_or_imported(desk, path)


# --- real files cpdesk was not built around (tests/data/ees, excerpts of published files) ---

REAL = Path(__file__).resolve().parents[1] / "data" / "ees"
WORKFORCE = REAL / "csww_indicators_2017_to_2025.csv"
REFERRALS = REAL / "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv"
CAMBRIDGESHIRE_AND_COMPARATORS = {
    "Cambridgeshire",
    "England",
    "East of England",
    "Oxfordshire",
    "Gloucestershire",
    "Hampshire",
    "Bath and North East Somerset",
    "Wiltshire",
    "West Sussex",
    "West Berkshire",
    "Hertfordshire",
    "Worcestershire",
    "Warwickshire",
}


def figures(desk: Desk, name: str, area: str) -> dict[str, tuple[float | None, float | None, str]]:
    indicator = next(i for i in desk.indicators.indicators() if i.name == name)
    return {
        v.period: (v.value, v.numerator, v.suppressed)
        for v in desk.indicators.values(indicator.id)
        if v.area.name == area
    }


def test_the_social_work_workforce_file_makes_an_indicator_of_each_measure(desk: Desk) -> None:
    # No filters and 22 measures: FTEs with decimals, headcounts, rates that are percentages, days lost.
    result = desk.indicators.import_statistics(WORKFORCE)
    assert set(result.areas) == CAMBRIDGESHIRE_AND_COMPARATORS and result.missing_neighbours == ()
    made = {i.name: i.unit for i in desk.indicators.indicators() if "csww" in i.source}
    assert len(made) == result.indicators_added == 21  # agency_headcount is the count its rate is of
    assert made["Turnover rate fte"] == "percent"  # a rate that does not say per what is per 100
    assert made["Agency rate headcount"] == "percent"
    assert made["Inpost fte"] == made["Caseload fte"] == "number"  # full-time equivalents have decimals
    assert made["Inpost headcount"] == made["Cases"] == "count"
    assert made["Working days lost fte"] == "days"
    assert result.values == 21 * 13 * 2
    # Checked against the file by hand.
    assert figures(desk, "Turnover rate fte", "Cambridgeshire") == {
        "2025": (17.2, None, ""),
        "2024": (11.8, None, ""),
    }
    assert figures(desk, "Agency rate headcount", "Cambridgeshire")["2025"] == (12.7, 38, "")
    assert figures(desk, "Cases", "England")["2024"] == (320461, None, "")
    assert figures(desk, "Caseload fte", "Hertfordshire")["2025"] == (12.7, None, "")
    assert figures(desk, "Agency cover rate fte", "Warwickshire")["2025"] == (
        None,
        None,
        "z",
    )  # not applicable
    assert desk.indicators.plan_statistics(WORKFORCE).indicators[0].latest_period == "2025"


def test_the_referrals_file_pairs_each_percentage_with_its_count(desk: Desk) -> None:
    # One filter with one value; four percentages beside the counts they are of, and two counts alone.
    plan = desk.indicators.plan_statistics(REFERRALS)
    kinds = {c.name: (c.role, c.unit) for c in plan.columns}
    assert kinds["category"] == ("filter", "")
    assert kinds["rereferral_percent"] == kinds["not_in_need_percent"] == ("measure", "percent")
    assert kinds["referral_child_count"] == ("measure", "count")
    made = {p.combination.name: p.combination.unit for p in plan.indicators}
    assert made == {
        "Referrals and Re-referrals: Rereferral (%)": "percent",  # the unit says what 'percent' said
        "Referrals and Re-referrals: No further action (%)": "percent",
        "Referrals and Re-referrals: Not in need (%)": "percent",
        "Referrals and Re-referrals: Rereferral child (%)": "percent",
        "Referrals and Re-referrals: Referral": "count",
        "Referrals and Re-referrals: Referral child": "count",
    }
    result = desk.indicators.import_plan(plan)
    assert set(result.areas) == CAMBRIDGESHIRE_AND_COMPARATORS and result.values == 6 * 13 * 2
    rereferrals = "Referrals and Re-referrals: Rereferral (%)"
    assert figures(desk, rereferrals, "Cambridgeshire") == {
        "2025": (29.2, 1886, ""),
        "2024": (30.2, 2127, ""),
    }
    assert figures(desk, rereferrals, "Hampshire")["2024"] == (None, None, "u")  # not a zero
    no_action = "Referrals and Re-referrals: No further action (%)"
    assert figures(desk, no_action, "West Berkshire")["2024"] == (None, None, "c")
    assert figures(desk, "Referrals and Re-referrals: Referral", "England")["2025"] == (
        632830,
        None,
        "",
    )


def test_a_metadata_file_beside_a_real_file_names_its_measures(desk: Desk, tmp_path: Path) -> None:
    # The published metadata is not among the excerpts; this one is written as EES writes them.
    path = tmp_path / WORKFORCE.name
    shutil.copyfile(WORKFORCE, path)
    path.with_name(f"{path.stem}.meta.csv").write_text(
        "col_name,col_type,label,indicator_grouping,indicator_unit,indicator_dp,filter_hint,filter_grouping_column\n"
        "turnover_rate_fte,Indicator,Turnover rate (FTE),,%,1,,\n"
        "caseload_fte,Indicator,Average caseload per case holding social worker (FTE),,,1,,\n"
        "cases,Indicator,Cases held by case holders,,,0,,\n",
        encoding="utf-8",
    )
    plan = desk.indicators.plan_statistics(path)
    measures = {c.name: (c.label, c.unit, c.why) for c in plan.columns if c.role == "measure"}
    assert measures["turnover_rate_fte"] == ("Turnover rate (FTE)", "percent", "metadata")
    caseload = ("Average caseload per case holding social worker (FTE)", "number", "metadata")
    assert measures["caseload_fte"] == caseload
    assert measures["cases"] == ("Cases held by case holders", "count", "metadata")
    assert measures["vacancy_rate_fte"] == ("vacancy rate fte", "percent", "its cells are numbers")
    assert len(measures) == 22  # a column the metadata leaves out is still read from its cells
    desk.indicators.import_plan(plan)
    assert figures(desk, "Turnover rate (FTE)", "Cambridgeshire")["2025"] == (17.2, None, "")


def test_spaces_around_cells_quoted_or_not_are_taken_off(desk: Desk, tmp_path: Path) -> None:
    text = REFERRALS.read_text(encoding="utf-8")
    cambridgeshire = "873,E10000003,Cambridgeshire,Referrals and Re-referrals,6453,"
    assert cambridgeshire in text
    spaced = text.replace(
        cambridgeshire, ' 873 ,E10000003 ," Cambridgeshire ",\tReferrals and Re-referrals," 6453",'
    )
    path = tmp_path / REFERRALS.name
    path.write_text(spaced, encoding="utf-8")
    result = desk.indicators.import_statistics(path)
    assert result.indicators_added == 6 and "Cambridgeshire" in result.areas
    assert figures(desk, "Referrals and Re-referrals: Referral", "Cambridgeshire")["2025"] == (
        6453,
        None,
        "",
    )


@pytest.mark.parametrize(
    ("measure", "cells", "unit"),
    [
        ("absence_rate", (3.5, 97.0), "percent"),
        ("exclusion_rate_per_1000", (3.5, 97.0), "number"),  # it says per what: not a percentage
        ("conversion_rate", (3.5, 250.0), "number"),  # more than 100: not a percentage
        ("cla_rate_per_10000", (3.5, 97.0), "rate_per_10000"),
    ],
)
def test_a_rate_is_a_percentage_only_when_it_can_be_one(
    tmp_path: Path, measure: str, cells: tuple[float, float], unit: str
) -> None:
    path = ees_file(tmp_path / "rates.csv", [], [()], [measure], lambda y, a, c: (cells[a % 2],))
    assert read_ees_file(path).column(measure).unit == unit


def test_rows_for_other_kinds_of_area_are_left_out(desk: Desk, tmp_path: Path) -> None:
    path = placements(tmp_path)
    # A constituency's rows, as some published files hold: a filter value of their own, a period of their own.
    extra = [
        f"{year},Reporting year,Parliamentary constituency,E92000001,England,E12000006,East of England,,,,"
        f"{value},7,70"
        for year, value in ((2025, "Foster care"), (2025, "Kinship care"), (2026, "Foster care"))
    ]
    path.write_text(path.read_text(encoding="utf-8") + "\n".join(extra) + "\n", encoding="utf-8")
    ees = read_ees_file(path)
    assert {p.level for p in ees.places} == {"national", "regional", "local_authority"}
    assert ees.combos == PLACEMENTS and set(ees.period_names[p] for p in ees.period_of) == {"2024", "2025"}
    assert len(ees.rows) == 2 * 5 * 3
    result = desk.indicators.import_statistics(path)
    assert result.indicators_added == 2 and result.values == 2 * 5 * 2  # Total placements: the denominator
    assert council_values(desk, "Foster care")["2025"] == (round(100 * 32 / 47), 32, 47)


# --- names in the committee's words, and denominators ---


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("CLA on 31 March: Total children", "Children looked after on 31 March: Total children"),
        ("Ages 5 to 16 with SDQ score", "Ages 5 to 16 with strengths and difficulties questionnaire score"),
        (
            "NEET: EET care leavers",
            "Not in education, employment or training: In education, employment or training care leavers",
        ),
        (
            "UASC in CIN and CPP",
            "Unaccompanied asylum-seeking children in children in need and child protection plan",
        ),
        (
            "LA maintained: Cla, CLAIM, la",
            "Local authority maintained: Cla, CLAIM, la",
        ),  # whole words in capitals only
    ],
)
def test_the_dfes_abbreviations_are_spelled_out(name: str, words: str) -> None:
    assert spelled_out(name) == words


@pytest.mark.parametrize(
    ("label", "unit", "words"),
    [
        ("rereferral_child_percent", "percent", "rereferral child (%)"),
        ("referral count", "count", "referral"),
        ("number starting", "count", "number starting"),  # a leading word reads as words: kept
        ("percent", "percent", "percent"),  # nothing would be left
        ("turnover rate fte", "percent", "turnover rate fte"),
        ("children count", "number", "children"),
    ],
)
def test_a_measures_name_reads_as_words(label: str, unit: str, words: str) -> None:
    assert measure_words(label, unit) == words


@needs_shared
def test_totals_that_are_denominators_are_set_aside_and_the_percentages_keep_them(desk: Desk) -> None:
    plan = desk.indicators.plan_statistics(DFE / "la_care_leavers_activity.csv")
    aside = {p.combination.name: p.combination.denominator_of for p in plan.denominators}
    assert aside == {"17 to 18 years: Total": 11, "19 to 21 years: Total": 11}
    names = {p.combination.name for p in plan.indicators}
    assert len(names) == 22 and "17 to 18 years: Total in education, employment or training" in names
    both = plan.with_denominators(True)
    assert len(both.indicators) == 24 and both.denominators == () and both.values == plan.values * 24 // 22
    assert both.with_denominators(False).indicators == plan.indicators
    desk.indicators.import_plan(plan)
    held = {ind.name for ind in desk.indicators.indicators()}
    assert "17 to 18 years: Total" not in held
    stability = desk.indicators.plan_statistics(DFE / STABILITY)
    desk.indicators.import_plan(stability)
    long_term = next(p.combination.name for p in stability.indicators if "same carer" in p.combination.name)
    assert council_values(desk, long_term)["2025"] == (71, 142, 201)  # 201: the total set aside


@needs_shared
def test_a_reimport_renames_only_what_still_has_the_old_name(desk: Desk) -> None:
    plan = desk.indicators.plan_statistics(DFE / STABILITY)
    old = "CLA on 31 March: With 3 or more placements during the year"
    new = "Children looked after on 31 March: With 3 or more placements during the year"
    assert new in {p.combination.name for p in plan.indicators}
    first = desk.indicators.import_plan(plan)
    # As an import before names were spelled out left them: one with the old name, one renamed by a user.
    kept = "Long-term stability (ours)"
    held = desk.indicators.plan_statistics(DFE / STABILITY).indicators
    for name, key_part in ((old, "=CLA on 31 March|"), (kept, "continuously")):
        planned = next(
            p for p in held if key_part in p.combination.source_key and p.combination.unit == "percent"
        )
        assert planned.indicator_id is not None
        desk.indicators.update(planned.indicator_id, name=name)
    assert first.import_id is not None
    again = desk.indicators.plan_statistics(DFE / STABILITY)
    assert {p.indicator_name for p in again.indicators} >= {
        new,
        kept,
    }  # the preview shows the name it will have
    result = desk.indicators.import_plan(again)
    names = {ind.name for ind in desk.indicators.indicators()}
    assert new in names and kept in names and old not in names
    assert result.import_id is not None
    desk.indicators.undo_import(result.import_id)
    assert old in {ind.name for ind in desk.indicators.indicators()}  # undoing puts the name back
