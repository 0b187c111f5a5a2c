"""Published statistics into indicators: what a file will make (the plan), writing it, and undoing it.

A plan is made from a checked file without writing anything: the series its measures form (a percentage
with the count it is of; a rate with its count and population; any other measure on its own), one
indicator for each series and combination of filter values, and the council's latest figure for each.
The import writes a plan in one transaction and records what it added and what it replaced, so that
undoing it puts back exactly what was there before.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from itertools import compress
from pathlib import Path
from typing import Any
from uuid import UUID

import peewee as pw

from cpdesk.domain.dfe import (
    Cell,
    Column,
    EesFile,
    Place,
    cycle_collection_paused,
    read_ees_file,
    read_neighbours,
    stem,
)
from cpdesk.domain.dfe_words import measure_words, spelled_out
from cpdesk.errors import InputError, NotFoundError
from cpdesk.store import indicators as i
from cpdesk.store.base import UtcDateTimeField

NATIONAL_CODE = "E92000001"  # England
UNIT_WORDS = {
    "count": "counts",
    "percent": "percentages",
    "rate_per_10000": "rates per 10,000",
    "days": "days",
    "number": "numbers",
}
_STAMP = UtcDateTimeField()


def stored(moment: datetime) -> str:
    """A moment as the database keeps it."""
    return str(_STAMP.db_value(moment))


@dataclass(frozen=True)
class Series:
    """Measures that make one figure: the headline, and the count and total it is of, if the file has them."""

    headline: int  # position among the file's measures
    numerator: int | None
    denominator: int | None
    unit: str
    unit_chosen: bool
    label: str


@dataclass(frozen=True)
class Combination:
    """One series for one combination of filter values in a statistics file: what becomes one indicator."""

    filters: tuple[str, ...]
    name: str
    unit: str
    source_key: str
    series: int = 0  # position among the file's series
    measure: str = ""  # the column whose figures are the values
    fallback: bool = False  # a total or an all-not-applicable percentage: its count is the figure
    denominator_of: int = 0  # a total: how many of its siblings' percentages it is the base of
    file_name: str = ""  # the name in the file's own words, as cpdesk made it before spelling names out


@dataclass(frozen=True)
class Planned:
    """An indicator the import will make or update, with the council's latest figure in the file."""

    combination: Combination
    indicator_id: UUID | None  # the indicator held already for it, if any
    indicator_name: str
    binned: bool  # that indicator is in the bin, and the import brings it back
    latest_period: str
    latest: Cell | None


@dataclass(frozen=True)
class StatisticsPlan:
    """What importing a file for an authority will do; nothing is written until it is imported."""

    ees: EesFile
    authority: Place
    authorities: tuple[Place, ...]
    areas: tuple[Place, ...]  # the authority, its neighbours present, its region and England
    comparators: tuple[tuple[str, Place, int], ...]  # (kind, area, rank) beside the authority
    missing_neighbours: tuple[str, ...]
    series: tuple[Series, ...]
    indicators: tuple[Planned, ...]
    figures: list[tuple[int, str, str, str, Cell, float | None, float | None]] = field(repr=False)
    denominators: tuple[Planned, ...] = ()  # totals used only as the base of percentages: not imported
    every: tuple[Planned, ...] = field(default=(), repr=False)  # with the denominators, as the file has them
    every_figure: list[tuple[int, str, str, str, Cell, float | None, float | None]] = field(
        default_factory=list, repr=False
    )

    @property
    def columns(self) -> tuple[Column, ...]:
        return self.ees.columns

    @property
    def values(self) -> int:
        return len(self.figures)

    def combinations(self) -> list[Combination]:
        return [p.combination for p in self.indicators]

    def with_denominators(self, include: bool) -> StatisticsPlan:
        """The plan importing the totals used as denominators as indicators of their own too, or not."""
        every = self.every or self.indicators
        keep = [n for n, p in enumerate(every) if include or not p.combination.denominator_of]
        position = {n: m for m, n in enumerate(keep)}
        figures = self.every_figure or self.figures
        return replace(
            self,
            indicators=tuple(every[n] for n in keep),
            figures=[(position[f[0]], *f[1:]) for f in figures if f[0] in position],
            denominators=() if include else tuple(p for p in every if p.combination.denominator_of),
            every=every,
            every_figure=figures,
        )


@dataclass(frozen=True)
class ImportResult:
    indicators_added: int
    indicators_updated: int
    values: int
    suppressed: int
    areas: tuple[str, ...]
    missing_neighbours: tuple[str, ...]
    import_id: UUID | None = None


@dataclass(frozen=True)
class ImportRecord:
    """An import as the list of imports shows it."""

    id: UUID
    file_name: str
    authority: str
    imported_at: datetime
    indicators_added: int
    values_written: int
    undone_at: datetime | None
    can_undo: bool


# --- the plan ---


def series_of(ees: EesFile) -> list[Series]:
    """The file's series: a percentage or rate with the count (and total) it is of; other measures alone."""
    columns = [ees.column(m) for m in ees.measures]
    position = {c.name: n for n, c in enumerate(columns)}
    heads = [c for c in columns if c.kind in ("percent", "rate")]
    used: set[str] = set()

    def partner(head: Column, kind: str) -> int | None:
        free = [c for c in columns if c.kind == kind and c.name not in used]
        same = [c for c in free if stem(head.name) and stem(c.name) == stem(head.name)]
        chosen = same[0] if len(same) == 1 else (free[0] if len(heads) == 1 and len(free) == 1 else None)
        if chosen is None:
            return None
        used.add(chosen.name)
        return position[chosen.name]

    found = [
        Series(
            position[h.name], partner(h, "count"), partner(h, "denominator"), h.unit, h.unit_chosen, h.label
        )
        for h in heads
    ]
    found += [
        Series(position[c.name], None, None, c.unit, c.unit_chosen, c.label)
        for c in columns
        if c.kind not in ("percent", "rate") and c.name not in used
    ]
    return found


_CELL_TESTS: dict[str, Callable[[Cell], bool]] = {
    "not z": lambda c: c.code != "z",
    "not 100": lambda c: c.value is not None and c.value != 100,
    "not whole": lambda c: c.value is not None and not float(c.value).is_integer(),
}


def _is_total(filters: tuple[str, ...]) -> bool:
    return any(v.lower().startswith("total") for v in filters)


def _label(text: str) -> str:
    return text[:1].upper() + text[1:]


def combinations(ees: EesFile, series: list[Series] | None = None) -> list[Combination]:
    """The indicators a file holds: one for each series and combination of filter values.

    A percentage that is only ever 100 in a total row, or is never applicable, is not a figure: its
    count is, as a count. A file with one series keys its indicators by filters and unit alone.
    """
    series = series if series is not None else series_of(ees)
    measures = ees.measures
    several = len(series) > 1
    found_where: dict[tuple[int, str], set[int]] = {}

    def having(measure: int, what: str) -> set[int]:
        """The combinations (by position) with a cell of this measure that is not z, not 100, not whole."""
        if (measure, what) not in found_where:
            test = _CELL_TESTS[what]
            cells = ees.measure_cells[measure]
            hits = {n for n, cell in enumerate(cells) if test(cell)}
            if len(hits) == len(cells):
                found_where[(measure, what)] = set(range(len(ees.combos)))
            else:
                rows = map(hits.__contains__, ees.cell_of[measure])
                found_where[(measure, what)] = set(compress(ees.combo_of, rows)) if hits else set()
        return found_where[(measure, what)]

    found: list[Combination] = []
    keys: set[str] = set()
    for position, filters in enumerate(ees.combos):
        base = ": ".join(v for v in filters if v)
        for number, one in enumerate(series):
            measure, label, unit, fallback = one.headline, one.label, one.unit, False
            if unit == "percent" and one.numerator is not None:
                pure_total = _is_total(filters) and position not in having(measure, "not 100")
                if pure_total or position not in having(measure, "not z"):
                    measure, fallback = one.numerator, True
                    label = ees.column(measures[measure]).label
                    unit = ees.column(measures[measure]).unit
            chosen = one.unit_chosen and not fallback
            if unit in ("count", "number") and not chosen:
                unit = "number" if position in having(measure, "not whole") else "count"
            if several:
                file_name = f"{base}: {_label(label)}" if base else _label(label)
                words = measure_words(label, unit)
                name = f"{base}: {_label(words)}" if base else _label(words)
            else:
                file_name = base or _label(label)
                name = base or _label(measure_words(label, unit))
                if unit == "rate_per_10000":
                    file_name += " (rate per 10,000 children)"
                    name += " (rate per 10,000 children)"
            key = (
                "ees:" + "|".join(f"{c}={v}" for c, v in zip(ees.filters, filters, strict=True)) + f"#{unit}"
            )
            key += f"@{measures[measure]}" if several else ""
            while key in keys:  # only a file whose filter values hold the key's own marks gets here
                key += "'"
            keys.add(key)
            found.append(
                Combination(
                    filters, spelled_out(name), unit, key, number, measures[measure], fallback, 0, file_name
                )
            )
    return _with_denominators(found)


def _with_denominators(combos: list[Combination]) -> list[Combination]:
    """Each total whose count is the base of its siblings' percentages says how many it is the base of.

    Its siblings are the percentages of the same series whose filter values are its own but for the total.
    """
    siblings: dict[tuple[int, int, tuple[str, ...]], int] = {}
    for combo in combos:
        if combo.unit == "percent" and not combo.fallback:
            for p in range(len(combo.filters)):
                key = (combo.series, p, combo.filters[:p] + combo.filters[p + 1 :])
                siblings[key] = siblings.get(key, 0) + 1
    found = []
    for combo in combos:
        if combo.fallback and _is_total(combo.filters):
            of = sum(
                siblings.get((combo.series, p, combo.filters[:p] + combo.filters[p + 1 :]), 0)
                for p, value in enumerate(combo.filters)
                if value.lower().startswith("total")
            )
            combo = replace(combo, denominator_of=of) if of else combo
        found.append(combo)
    return found


def make_plan(
    path: Path,
    council: str,
    *,
    la: str | None = None,
    roles: Mapping[str, str] | None = None,
    units: Mapping[str, str] | None = None,
    neighbours_file: Path,
    denominators: bool = False,
) -> StatisticsPlan:
    """Read and check a file, and say what importing it for an authority would make; write nothing.

    A total that is only the base of its siblings' percentages is not an indicator of its own unless
    denominators says so; its counts are still each percentage's denominator.
    """
    with cycle_collection_paused():
        return _make_plan(path, council, la, roles, units, neighbours_file, denominators)


def _make_plan(
    path: Path,
    council: str,
    la: str | None,
    roles: Mapping[str, str] | None,
    units: Mapping[str, str] | None,
    neighbours_file: Path,
    denominators: bool,
) -> StatisticsPlan:
    ees = read_ees_file(Path(path), roles, units)
    places = ees.areas()
    authorities = [p for p in places.values() if p.level == "local_authority"]
    code = la or council
    authority = next((p for p in authorities if code in (p.code, p.old_code)), None)
    if authority is None:
        raise InputError(f"there is no local authority with code {code} in this file", where=str(path))
    neighbours = read_neighbours(neighbours_file)
    wanted_numbers = neighbours.by_authority.get(authority.old_code, ())
    by_number = {p.old_code: p for p in authorities if p.old_code}
    present = [by_number[c] for c in wanted_numbers if c in by_number and by_number[c].code != authority.code]
    missing = tuple(neighbours.names.get(c, c) for c in wanted_numbers if c not in by_number)
    nationals = [p for p in places.values() if p.level == "national"]
    national = next((p for p in nationals if p.code == NATIONAL_CODE), nationals[0] if nationals else None)
    regional = places.get(authority.region_code) if authority.region_code else None
    regional = regional if regional is not None and regional.level == "regional" else None
    comparators = [("national", p, 0) for p in (national,) if p is not None]
    comparators += [("regional", p, 0) for p in (regional,) if p is not None]
    comparators += [("neighbour", p, rank) for rank, p in enumerate(present, start=1)]
    areas = (authority, *(p for _, p, _ in comparators))
    series = series_of(ees)
    combos = combinations(ees, series)
    index = {(c.filters, c.series): n for n, c in enumerate(combos)}
    figures = _figures(ees, series, combos, index, {p.code for p in areas})
    latest: dict[int, tuple[str, str, Cell]] = {}
    for number, area, period, end, cell, _, _ in figures:
        if area == authority.code and end >= latest.get(number, ("", "", cell))[0]:
            latest[number] = (end, period, cell)
    held = i.held_indicators([c.source_key for c in combos])
    planned = []
    for n, combo in enumerate(combos):
        row = held.get(combo.source_key)
        period, last = (latest[n][1], latest[n][2]) if n in latest else ("", None)
        planned.append(
            Planned(
                combo,
                UUID(hex=row[0]) if row else None,
                (combo.name if row[1] == combo.file_name else row[1]) if row else "",
                bool(row and row[3] is not None),
                period,
                last,
            )
        )
    return StatisticsPlan(
        ees,
        authority,
        tuple(sorted(authorities, key=lambda p: p.name.casefold())),
        areas,
        tuple(comparators),
        missing,
        tuple(series),
        tuple(planned),
        figures,
    ).with_denominators(denominators)


def _figures(
    ees: EesFile,
    series: list[Series],
    combos: list[Combination],
    index: dict[tuple[tuple[str, ...], int], int],
    codes: set[str],
) -> list[tuple[int, str, str, str, Cell, float | None, float | None]]:
    """Each value to write: (combination, area code, period, period end, cell, numerator, denominator)."""
    rows = ees.rows_for(codes)
    totals: dict[tuple[int, str, str, int, tuple[str, ...]], float | None] = {}
    for number, one in enumerate(series):
        if one.numerator is None or one.denominator is not None or one.unit != "percent":
            continue
        for row in rows:  # the count at 100% in a total row is what its siblings are percentages of
            if row.cells[one.headline].value == 100:
                for p, value in enumerate(row.filters):
                    if value.lower().startswith("total"):
                        sibling = row.filters[:p] + row.filters[p + 1 :]
                        totals[(number, row.area_code, row.period, p, sibling)] = row.cells[
                            one.numerator
                        ].value
    found: list[tuple[int, str, str, str, Cell, float | None, float | None]] = []
    for row in rows:
        for number, one in enumerate(series):
            n = index[(row.filters, number)]
            combo = combos[n]
            if combo.fallback and one.numerator is not None:
                found.append(
                    (n, row.area_code, row.period, row.period_end, row.cells[one.numerator], None, None)
                )
                continue
            numerator = row.cells[one.numerator].value if one.numerator is not None else None
            if one.denominator is not None:
                denominator = row.cells[one.denominator].value
            else:
                denominator = next(
                    (
                        totals[key]
                        for p in reversed(range(len(row.filters)))
                        if (
                            key := (
                                number,
                                row.area_code,
                                row.period,
                                p,
                                row.filters[:p] + row.filters[p + 1 :],
                            )
                        )
                        in totals
                    ),
                    None,
                )
            found.append(
                (
                    n,
                    row.area_code,
                    row.period,
                    row.period_end,
                    row.cells[one.headline],
                    numerator,
                    denominator,
                )
            )
    return found


# --- writing a plan ---


def write_plan(
    db: pw.Database, plan: StatisticsPlan, mapping: Mapping[str, UUID], now: datetime
) -> ImportResult:
    """Write a plan in one transaction, recording what it added and replaced so it can be undone.

    Everything held that the import touches is read first; then its record (with the journal that
    undoes it, complete) and its areas, comparators, indicators and values go in with a few statements.
    """
    stamp = stored(now)
    ees = plan.ees
    units = {c.source_key: c.unit for c in plan.combinations()}
    targets: dict[str, i.Indicator] = {}
    for key, target in mapping.items():
        row = i.Indicator.get_or_none((i.Indicator.id == target) & i.Indicator.deleted_at.is_null())
        if row is None:
            raise NotFoundError("an indicator chosen for a figure is no longer held")
        if key in units and row.unit != units[key]:
            raise InputError(
                f"{row.name} holds {UNIT_WORDS[row.unit]}; "
                f"the figures chosen for it are {UNIT_WORDS[units[key]]}"
            )
        targets[key] = row
    with db.atomic():
        record = new_ids(1)[0]
        journal: dict[str, Any] = {}
        areas, new_areas, renamed = _areas_to_write(plan.areas, journal, stamp)
        council = areas[plan.authority.code]
        journal["authority"] = council
        journal["comparators"] = [list(c) for c in i.comparators_of(council)]
        comparators = [
            (made, stamp, stamp, areas[p.code], kind, rank)
            for made, (kind, p, rank) in zip(new_ids(len(plan.comparators)), plan.comparators, strict=True)
        ]
        ids, new_indicators, restored, renamed_indicators = _indicators_to_write(
            plan, targets, journal, stamp
        )
        inserts, updates, replaced = _values_to_write(plan, ids, areas, record, stamp)
        i.insert_import(
            (
                record,
                stamp,
                stamp,
                ees.name,
                f"{plan.authority.name} ({plan.authority.old_code or plan.authority.code})",
                len(new_indicators),
                len(inserts) + len(updates),
                json.dumps(journal),
            )
        )
        i.insert_areas(new_areas)
        i.rename_areas(renamed)
        i.replace_comparators(council, comparators)
        i.insert_indicators(new_indicators)
        i.restore_indicators(restored)
        i.rename_indicators(renamed_indicators)
        i.insert_values(inserts)
        i.update_values(updates)
        i.insert_replaced(replaced)
    return ImportResult(
        len(new_indicators),
        len(ids) - len(new_indicators),
        len(plan.figures),
        sum(1 for f in plan.figures if f[4].value is None),
        tuple(sorted(p.name for p in plan.areas)),
        plan.missing_neighbours,
        UUID(hex=record),
    )


_V4_MASK = ~((0xC000 << 48) | (0xF000 << 64))
_V4_BITS = (0x8000 << 48) | (4 << 76)


def new_ids(count: int) -> list[str]:
    """Fresh random (version 4) UUIDs as 32 hex digits, as the database keeps them: the ids of a bulk
    insert, made from one read of the system's randomness rather than one each."""
    raw = os.urandom(16 * count)
    return [f"{int.from_bytes(raw[n : n + 16]) & _V4_MASK | _V4_BITS:032x}" for n in range(0, 16 * count, 16)]


def _areas_to_write(
    places: tuple[Place, ...], journal: dict[str, Any], stamp: str
) -> tuple[dict[str, str], list[tuple[str, ...]], list[tuple[str, ...]]]:
    """Each area's id (hex) by code; the areas to add; the held ones the file names anew."""
    held = i.held_areas([p.code for p in places])
    found: dict[str, str] = {}
    new: list[tuple[str, ...]] = []
    renamed: list[tuple[str, ...]] = []
    changed: list[list[str]] = []
    for place, made in zip(places, new_ids(len(places)), strict=True):
        area = held.get(place.code)
        if area is None:
            new.append((made, stamp, stamp, place.code, place.old_code, place.name, place.level))
            found[place.code] = made
            continue
        area_id, _, old_code, name, level, updated_at = area
        if level != place.level:
            raise InputError(
                f"{place.name} ({place.code}) is held as {name}, {level.replace('_', ' ')}; "
                f"this file makes it {place.level.replace('_', ' ')}"
            )
        if name != place.name or (place.old_code and old_code != place.old_code):
            changed.append([area_id, name, old_code, updated_at])
            renamed.append((place.name, place.old_code or old_code, stamp, area_id))
        found[place.code] = area_id
    journal["areas_created"] = [row[0] for row in new]
    journal["areas_changed"] = changed
    return found, new, renamed


def _indicators_to_write(
    plan: StatisticsPlan, targets: dict[str, i.Indicator], journal: dict[str, Any], stamp: str
) -> tuple[list[str], list[tuple[str, ...]], list[tuple[str, str]], list[tuple[str, str, str]]]:
    """Each combination's indicator id (hex); the indicators to add; those to bring back from the bin;
    and those to name anew: held ones still called what cpdesk called them before it spelled names out
    (a name someone chose is kept)."""
    ees = plan.ees
    labels = {c.name: c.label for c in ees.columns}
    source = f"Department for Education, Explore Education Statistics ({ees.name})"
    held = i.held_indicators([p.combination.source_key for p in plan.indicators])  # as they are now
    ids: list[str] = []
    new: list[tuple[str, ...]] = []
    restored: list[tuple[str, str]] = []
    renamed: list[tuple[str, str, str]] = []
    journal["indicators_restored"] = []
    journal["indicators_renamed"] = []
    for planned, made in zip(plan.indicators, new_ids(len(plan.indicators)), strict=True):
        combo = planned.combination
        target = targets.get(combo.source_key)
        if target is not None:
            ids.append(target.id.hex)
            continue
        row = held.get(combo.source_key)
        if row is not None:
            held_id, name, _, deleted_at, updated_at = row
            if deleted_at is not None:
                journal["indicators_restored"].append([held_id, deleted_at, updated_at])
                restored.append((stamp, held_id))
            if name == combo.file_name != combo.name:
                journal["indicators_renamed"].append([held_id, name, updated_at])
                renamed.append((combo.name, stamp, held_id))
            ids.append(held_id)
            continue
        ids.append(made)
        description = "; ".join(f"{labels[c]}: {v}" for c, v in zip(ees.filters, combo.filters, strict=True))
        new.append((made, stamp, stamp, combo.name, description, combo.unit, source, combo.source_key))
    journal["indicators_created"] = [row[0] for row in new]
    return ids, new, restored, renamed


def _values_to_write(
    plan: StatisticsPlan, ids: list[str], areas: dict[str, str], record: str, stamp: str
) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """New values to insert; held ones to change in place; and those held ones as they were, for undo."""
    held = {
        (row[1], row[2], row[3]): row for row in i.held_values(sorted(set(ids)), sorted(set(areas.values())))
    }
    source = plan.ees.name
    figures = plan.figures
    if not held:  # as on a first import: every figure is new
        return (
            [
                (
                    made,
                    stamp,
                    stamp,
                    ids[n],
                    areas[area],
                    period,
                    end,
                    cell[0],
                    top,
                    bottom,
                    cell[1],
                    "",
                    source,
                    record,
                )
                for made, (n, area, period, end, cell, top, bottom) in zip(
                    new_ids(len(figures)), figures, strict=True
                )
            ],
            [],
            [],
        )
    inserts, updates, replaced = [], [], []
    for combo, area, period, end, cell, numerator, denominator in figures:
        indicator, place = ids[combo], areas[area]
        old = held.get((indicator, place, period))
        if old is None:
            inserts.append(
                (
                    new_ids(1)[0],
                    stamp,
                    stamp,
                    indicator,
                    place,
                    period,
                    end,
                    cell.value,
                    numerator,
                    denominator,
                    cell.code,
                    "",
                    source,
                    record,
                )
            )
            continue
        if old[4:11] == (end, cell.value, numerator, denominator, cell.code, old[9], source):
            continue  # the same figure: nothing to change, nothing to put back
        updates.append(
            (stamp, end, cell.value, numerator, denominator, cell.code, old[9], source, record, old[0])
        )
        replaced.append((new_ids(1)[0], stamp, stamp, record, old[0], *old[5:11], old[4], old[11], old[12]))
    return inserts, updates, replaced


# --- the imports made, and undoing one ---


def imports() -> list[ImportRecord]:
    """Every statistics import, newest first; only the newest not yet undone can be undone."""
    rows = list(i.StatisticsImport.select().order_by(i.StatisticsImport.created_at.desc()))
    newest = next((r.id for r in rows if r.undone_at is None), None)
    return [
        ImportRecord(
            r.id,
            r.file_name,
            r.authority,
            r.created_at,
            r.indicators_added,
            r.values_written,
            r.undone_at,
            r.id == newest,
        )
        for r in rows
    ]


def undo(db: pw.Database, import_id: UUID, now: datetime) -> ImportRecord:
    """Put back what was there before an import: values it replaced, indicators and areas as they were."""
    with db.atomic():
        record = i.StatisticsImport.get_or_none(i.StatisticsImport.id == import_id)
        if record is None:
            raise NotFoundError("that import is not in this database")
        if record.undone_at is not None:
            raise InputError(f"the import of {record.file_name} has been undone already")
        later = (
            i.StatisticsImport.select()
            .where(
                i.StatisticsImport.undone_at.is_null() & (i.StatisticsImport.created_at > record.created_at)
            )
            .order_by(i.StatisticsImport.created_at.desc())
            .first()
        )
        if later is not None:
            raise InputError(
                f"undo the later import of {later.file_name} first; imports are undone newest first"
            )
        journal = json.loads(record.journal)
        # The values it changed go back first (and so leave it); what still names it, it added.
        i.update_values(
            [
                (
                    r.value_updated_at,
                    r.period_end,
                    r.value,
                    r.numerator,
                    r.denominator,
                    r.suppressed,
                    r.note,
                    r.source,
                    r.previous_import_id.hex if r.previous_import_id else None,
                    r.value_id.hex,
                )
                for r in i.ReplacedValue.select().where(i.ReplacedValue.statistics_import == record.id)
            ]
        )
        i.ReplacedValue.delete().where(i.ReplacedValue.statistics_import == record.id).execute()
        i.IndicatorValue.delete().where(i.IndicatorValue.statistics_import == record.id).execute()
        cursor = db.cursor()
        for hex_id, deleted_at, updated_at in journal["indicators_restored"]:
            cursor.execute(
                'UPDATE "indicator" SET "deleted_at" = ?, "updated_at" = ? WHERE "id" = ?',
                (deleted_at, updated_at, hex_id),
            )
        for hex_id, name, updated_at in journal.get("indicators_renamed", []):
            cursor.execute(
                'UPDATE "indicator" SET "name" = ?, "updated_at" = ? WHERE "id" = ?',
                (name, updated_at, hex_id),
            )
        for hex_id in journal["indicators_created"]:
            if i.IndicatorValue.select().where(i.IndicatorValue.indicator == UUID(hex_id)).exists():
                # the council recorded figures of its own for it since: keep them, in the bin
                i.Indicator.update(deleted_at=now).where(i.Indicator.id == UUID(hex_id)).execute()
            else:
                i.Indicator.delete().where(i.Indicator.id == UUID(hex_id)).execute()
        _undo_areas(db, journal)
        record.undone_at = now
        record.save()
    return next(r for r in imports() if r.id == import_id)


def _undo_areas(db: pw.Database, journal: dict[str, Any]) -> None:
    """The authority's comparators as they were; areas renamed back; areas the import made, gone if unused."""
    cursor = db.cursor()
    council = journal["authority"]
    i.Comparator.delete().where(i.Comparator.area == UUID(council)).execute()
    cursor.executemany(
        'INSERT INTO "comparator" ("id", "created_at", "updated_at", "area_id", "comparator_id", "kind", '
        '"rank") VALUES (?, ?, ?, ?, ?, ?, ?)',
        [(c[0], c[1], c[2], council, c[3], c[4], c[5]) for c in journal["comparators"]],
    )
    for hex_id, name, old_code, updated_at in journal["areas_changed"]:
        cursor.execute(
            'UPDATE "area" SET "name" = ?, "old_code" = ?, "updated_at" = ? WHERE "id" = ?',
            (name, old_code, updated_at, hex_id),
        )
    for hex_id in journal["areas_created"]:
        area = UUID(hex_id)
        in_use = (
            i.IndicatorValue.select().where(i.IndicatorValue.area == area).exists()
            or i.Comparator.select().where(i.Comparator.comparator == area).exists()
            or i.Setting.select()
            .where(i.Setting.value.in_(i.Area.select(i.Area.code).where(i.Area.id == area)))
            .exists()
        )
        if not in_use:
            i.Comparator.delete().where(i.Comparator.area == area).execute()
            i.Area.delete().where(i.Area.id == area).execute()
