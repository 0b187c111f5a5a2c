"""Undoing a statistics import puts the database back exactly as it was, newest import first.

The areas, comparators, indicators and figures an import changed come back; what it added goes, unless
the committee has used it since (its own figures, the council's choice), when it is kept.
"""

from __future__ import annotations

from pathlib import Path
from uuid import UUID, uuid4

import pytest

from cpdesk.domain.desk import Desk
from cpdesk.errors import InputError, NotFoundError
from cpdesk.store import indicators as i
from tests.conftest import database_dump
from tests.ees_files import ees_file

PLACEMENTS = [("Foster care",), ("Residential care",), ("Total placements",)]
MEASURES = ["children", "share_placed"]


def placements(
    path: Path, foster: int, *, renamed: bool = False, years: tuple[int, ...] = (2024, 2025)
) -> Path:
    """A small placements file; each authority has `foster` + its position children in foster care."""

    def cells(year: int, area: int, combo: tuple[str, ...]) -> tuple[int, int]:
        counts = {
            "Foster care": foster + area,
            "Residential care": 10,
            "Total placements": foster + area + 10,
        }
        return counts[combo[0]], round(100 * counts[combo[0]] / counts["Total placements"])

    path.parent.mkdir(parents=True, exist_ok=True)
    ees_file(path, ["placement_type"], PLACEMENTS, MEASURES, cells, years)
    if renamed:  # a later edition: Oxfordshire gives way to Hertfordshire, and Warwickshire is named anew
        text = path.read_text(encoding="utf-8")
        text = text.replace("931,Oxfordshire,E10000025", "919,Hertfordshire,E10000015")
        text = text.replace("Warwickshire,E10000031", "Warwickshire County Council,E10000031")
        path.write_text(text, encoding="utf-8")
    return path


# The record of the import itself stays (marked undone); a full-text index's own tables are derived from
# the records and may store the same words in other pages.
# The audit log keeps the import and its undoing: the one thing an undo adds rather than takes away.
NOT_COMPARED = ('INSERT INTO "statistics_import"', 'INSERT INTO "search_text_', 'INSERT INTO "audit"')


def without_import_records(desk: Desk) -> list[str]:
    return [line for line in database_dump(desk) if not line.startswith(NOT_COMPARED)]


def council_foster_care(desk: Desk) -> dict[str, float | None]:
    """The council's children in foster care: the count behind the share the import makes an indicator."""
    indicator = next(ind for ind in desk.indicators.indicators() if ind.name == "Foster care")
    return {v.period: v.numerator for v in desk.indicators.values(indicator.id, desk.indicators.council().id)}


def comparator_names(desk: Desk) -> list[str]:
    return [area.name for _, area in desk.indicators.comparators()]


def test_imports_are_undone_newest_first_each_back_to_exactly_what_was_there(
    desk: Desk, tmp_path: Path
) -> None:
    before = without_import_records(desk)
    first = desk.indicators.import_statistics(placements(tmp_path / "placements.csv", 30))
    after_first = without_import_records(desk)
    second = desk.indicators.import_statistics(
        placements(tmp_path / "placements-revised.csv", 40, renamed=True)
    )
    after_second = without_import_records(desk)
    assert comparator_names(desk) == [
        "England",
        "East of England",
        "Hertfordshire",
        "Warwickshire County Council",
    ]
    # The final figures for 2025 only: 2024 keeps its revised figure.
    third = desk.indicators.import_statistics(
        placements(tmp_path / "placements-final.csv", 50, years=(2025,))
    )
    assert council_foster_care(desk) == {"2024": 42, "2025": 52}

    with pytest.raises(InputError) as refused:
        desk.indicators.undo_import(first.import_id)  # type: ignore[arg-type]
    assert refused.value.message == (
        "undo the later import of placements-final.csv first; imports are undone newest first"
    )

    desk.indicators.undo_import(third.import_id)  # type: ignore[arg-type]
    assert council_foster_care(desk) == {"2024": 42, "2025": 42}  # the revised figures, not the first ones
    assert without_import_records(desk) == after_second

    desk.indicators.undo_import(second.import_id)  # type: ignore[arg-type]
    assert council_foster_care(desk) == {"2024": 32, "2025": 32}
    assert comparator_names(desk) == ["England", "East of England", "Oxfordshire", "Warwickshire"]
    assert without_import_records(desk) == after_first  # Hertfordshire gone, Warwickshire named as it was

    desk.indicators.undo_import(first.import_id)  # type: ignore[arg-type]
    assert without_import_records(desk) == before


def test_undoing_an_import_that_is_not_held_says_so(desk: Desk) -> None:
    with pytest.raises(NotFoundError) as refused:
        desk.indicators.undo_import(uuid4())
    assert refused.value.message == "that import is not in this database"


def test_an_import_made_before_renaming_was_journalled_can_still_be_undone(
    desk: Desk, tmp_path: Path
) -> None:
    before = without_import_records(desk)
    made = desk.indicators.import_statistics(placements(tmp_path / "placements.csv", 30))
    # What an earlier cpdesk wrote: its journal has no "indicators_renamed".
    record = i.StatisticsImport.get_by_id(made.import_id)
    journal = record.journal.replace(', "indicators_renamed": []', "")
    assert journal != record.journal
    i.StatisticsImport.update(journal=journal).where(i.StatisticsImport.id == made.import_id).execute()
    desk.indicators.undo_import(made.import_id)  # type: ignore[arg-type]
    assert without_import_records(desk) == before


def test_an_indicator_the_import_made_keeps_the_councils_own_figures_in_the_bin(
    desk: Desk, tmp_path: Path
) -> None:
    held_before = sorted(ind.name for ind in desk.indicators.indicators())
    made = desk.indicators.import_statistics(placements(tmp_path / "placements.csv", 30))
    foster = next(ind for ind in desk.indicators.indicators() if ind.name == "Foster care")
    desk.indicators.record_value(foster.id, "2026", 35)  # the council's own figure, after the import
    desk.indicators.undo_import(made.import_id)  # type: ignore[arg-type]
    assert sorted(ind.name for ind in desk.indicators.indicators()) == held_before
    assert [ind.id for ind in desk.indicators.binned()] == [foster.id]
    assert [(v.period, v.value) for v in desk.indicators.values(foster.id)] == [("2026", 35)]


def test_a_figure_recorded_by_hand_comes_back_when_the_import_that_replaced_it_is_undone(
    desk: Desk, tmp_path: Path
) -> None:
    ours = desk.indicators.create("Children in foster care (%)", "percent")
    desk.indicators.record_value(ours.id, "2025", 75, note="From the monthly return")
    before = without_import_records(desk)
    plan = desk.indicators.plan_statistics(placements(tmp_path / "placements.csv", 30))
    key = next(p.combination.source_key for p in plan.indicators if p.combination.name == "Foster care")
    made = desk.indicators.import_plan(plan, {key: ours.id})
    council = desk.indicators.council().id
    assert {v.period: v.value for v in desk.indicators.values(ours.id, council)} == {"2024": 76, "2025": 76}
    desk.indicators.undo_import(made.import_id)  # type: ignore[arg-type]
    assert [(v.period, v.value, v.note) for v in desk.indicators.values(ours.id)] == [
        ("2025", 75, "From the monthly return")
    ]
    assert without_import_records(desk) == before


def test_an_area_the_import_made_stays_while_the_committee_uses_it(desk: Desk, tmp_path: Path) -> None:
    made = desk.indicators.import_statistics(placements(tmp_path / "placements.csv", 30))
    oxfordshire = desk.indicators.set_council("931")  # the council's choice names it
    warwickshire = next(
        area for _, area in desk.indicators.comparators(made_council(desk)) if area.old_code == "937"
    )
    ours = desk.indicators.create("Care leavers in touch", "percent")
    desk.indicators.record_value(ours.id, "2025", 91, area_id=warwickshire.id)  # a figure of its own
    desk.indicators.undo_import(made.import_id)  # type: ignore[arg-type]
    assert desk.indicators.council() == oxfordshire
    assert [(v.area.name, v.value) for v in desk.indicators.values(ours.id)] == [("Warwickshire", 91)]
    held = {area.name for area in i.Area.select()}
    assert {"Oxfordshire", "Warwickshire"} <= held
    assert not {"England", "East of England"} & held  # made by the import, used by nothing: gone


def made_council(desk: Desk) -> UUID:
    found: UUID = i.Area.get(i.Area.old_code == "873").id
    return found


def test_undoing_another_authoritys_import_leaves_the_councils_comparators(
    desk: Desk, tmp_path: Path
) -> None:
    path = placements(tmp_path / "placements.csv", 30)
    desk.indicators.import_statistics(path)
    council = comparator_names(desk)
    assert council == ["England", "East of England", "Oxfordshire", "Warwickshire"]
    other = desk.indicators.import_statistics(path, la="931")
    desk.indicators.undo_import(other.import_id)  # type: ignore[arg-type]
    assert comparator_names(desk) == council
