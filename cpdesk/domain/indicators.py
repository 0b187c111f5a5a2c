"""Indicators: the figures the committee monitors, their values by area and period, RAG and exceptions."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, cast
from uuid import UUID

import peewee as pw

from cpdesk.config import resources_dir
from cpdesk.domain import statistics
from cpdesk.domain.agenda import KEEP, Keep, LinkTarget
from cpdesk.domain.audit import BINNED, RESTORED
from cpdesk.domain.audit import record as audit
from cpdesk.domain.backups import back_up_before_import
from cpdesk.domain.dfe import SUPPRESSION, Cell, EesFile, period_end, read_text
from cpdesk.domain.files import write_text_atomically
from cpdesk.domain.statistics import Combination, ImportRecord, ImportResult, StatisticsPlan
from cpdesk.errors import InputError, NotFoundError
from cpdesk.store import indicators as i
from cpdesk.store import meetings as mt
from cpdesk.store import strategy as s
from cpdesk.store.base import utc_now
from cpdesk.store.sealed import for_others

UNITS = {
    "count": "Count",
    "percent": "Percentage",
    "rate_per_10000": "Rate per 10,000 children",
    "days": "Days",
    "number": "Number",
}
POLARITIES = {"higher": "Higher is better", "lower": "Lower is better", "none": "Neither"}
LEVELS = {"national": "England", "regional": "Region", "local_authority": "Local authority"}
COUNCIL_KEY = "council_area"
DEFAULT_COUNCIL = ("E10000003", "873", "Cambridgeshire")
NEIGHBOURS_FILE = "New_Statistical_Neighbour_Groupings_April_2021.csv"
AMBER_PERCENT_POINTS = 5.0  # a percentage within 5 points of its target is Amber
AMBER_FRACTION = 0.05  # any other figure within 5% of its target is Amber


def indicator_rag(unit: str, polarity: str, target: float | None, value: float | None) -> str:
    """Green when the target is met; Amber when close to it; Red otherwise. Said in words."""
    if value is None:
        return "No value"
    if target is None or polarity == "none":
        return "No target"
    shortfall = (target - value) if polarity == "higher" else (value - target)
    if shortfall <= 0:
        return "Green"
    tolerance = AMBER_PERCENT_POINTS if unit == "percent" else abs(target) * AMBER_FRACTION
    return "Amber" if shortfall <= tolerance else "Red"


def format_value(unit: str, value: float | None, suppressed: str = "") -> str:
    """A figure as a person reads it; a suppressed one says so and is never shown as zero."""
    if value is None:
        code = suppressed or "x"
        return f"{code} ({SUPPRESSION.get(code, 'not available')})"
    number = f"{value:,.1f}".rstrip("0").rstrip(".") if value % 1 else f"{value:,.0f}"
    return f"{number}%" if unit == "percent" else number


@dataclass(frozen=True)
class Area:
    id: UUID
    code: str
    old_code: str
    name: str
    level: str


@dataclass(frozen=True)
class Indicator:
    id: UUID
    name: str
    description: str
    unit: str
    polarity: str
    target: float | None
    source: str
    priorities: tuple[int, ...]

    @property
    def unit_label(self) -> str:
        return UNITS[self.unit]


@dataclass(frozen=True)
class Value:
    id: UUID
    indicator_id: UUID
    area: Area
    period: str
    period_end: date
    value: float | None
    numerator: float | None
    denominator: float | None
    suppressed: str
    note: str


@dataclass(frozen=True)
class Summary:
    """A line of the Indicators list: the council's latest figure, its change, target and RAG."""

    indicator: Indicator
    latest: Value | None
    previous: Value | None
    rag: str

    @property
    def change(self) -> float | None:
        if self.latest is None or self.previous is None:
            return None
        if self.latest.value is None or self.previous.value is None:
            return None
        return self.latest.value - self.previous.value


@dataclass(frozen=True)
class ExceptionNote:
    value_id: UUID
    why: str
    response: str
    recorded_on: date
    action_ids: tuple[UUID, ...]


def _area(row: i.Area) -> Area:
    return Area(row.id, row.code, row.old_code, row.name, row.level)


def _value(row: i.IndicatorValue) -> Value:
    """A value row (fetched with its area) as the domain hands it out."""
    return Value(
        row.id,
        row.indicator_id,
        _area(row.area),
        row.period,
        date.fromisoformat(row.period_end),
        row.value,
        row.numerator,
        row.denominator,
        row.suppressed,
        row.note,
    )


class IndicatorService:
    """Indicators and their values, imported from published statistics or recorded by the council."""

    def __init__(self, db: pw.Database, today: Callable[[], date]) -> None:
        self._db = db
        self._today = today

    # --- the council and its comparators ---

    def council(self) -> Area:
        setting = i.Setting.get_or_none(i.Setting.key == COUNCIL_KEY)
        code = setting.value if setting else DEFAULT_COUNCIL[0]
        row = i.Area.get_or_none(i.Area.code == code)
        if row is None:
            raise NotFoundError(f"the council's area {code} is not in this database")
        return _area(row)

    def set_council(self, code: str) -> Area:
        """Make another authority the one whose figures the lists and charts show (by old or new code)."""
        row = i.Area.get_or_none(
            ((i.Area.code == code) | (i.Area.old_code == code)) & (i.Area.level == "local_authority")
        )
        if row is None:
            raise InputError(
                f"no local authority with code {code} is held yet; import a statistics file for it first"
            )
        with self._db.atomic():
            i.Setting.insert(key=COUNCIL_KEY, value=row.code).on_conflict(
                conflict_target=[i.Setting.key], update={i.Setting.value: row.code}
            ).execute()
        return _area(row)

    def comparators(self, area_id: UUID | None = None) -> list[tuple[str, Area]]:
        """England, the region and the statistical neighbours (closest first) of the council or an area."""
        area_id = area_id or self.council().id
        query = (
            i.Comparator.select(i.Comparator, i.Area)
            .join(i.Area, on=(i.Comparator.comparator == i.Area.id))
            .where(i.Comparator.area == area_id)
        )
        order = {"national": 0, "regional": 1, "neighbour": 2}
        rows = sorted(query, key=lambda c: (order[c.kind], c.rank))
        return [(c.kind, _area(c.comparator)) for c in rows]

    def ensure_defaults(self) -> None:
        """The council's area, and the strategy's context figures as indicators with their first values."""
        with self._db.atomic():
            if not i.Area.select().where(i.Area.code == DEFAULT_COUNCIL[0]).exists():
                i.Area.create(
                    code=DEFAULT_COUNCIL[0],
                    old_code=DEFAULT_COUNCIL[1],
                    name=DEFAULT_COUNCIL[2],
                    level="local_authority",
                )
            if not i.Setting.select().where(i.Setting.key == COUNCIL_KEY).exists():
                i.Setting.create(key=COUNCIL_KEY, value=DEFAULT_COUNCIL[0])
            self.add_strategy_figures()

    def add_strategy_figures(self) -> int:
        """An indicator for each context figure of the current strategy, the figure as its first value."""
        current = s.Strategy.get_or_none(s.Strategy.is_current == True)  # noqa: E712
        if current is None:
            return 0
        council = self.council()
        priorities = {p.number: p.id for p in s.Priority.select().where(s.Priority.strategy == current)}
        added = 0
        for figure in (
            s.ContextFigure.select()
            .where(s.ContextFigure.strategy == current)
            .order_by(s.ContextFigure.position)
        ):
            key = f"strategy:{current.version_label}:{figure.section}:{figure.counts}:{figure.unit}"
            if i.Indicator.select().where(i.Indicator.source_key == key).exists():
                continue
            name = _figure_name(figure.counts, figure.unit, figure.note)
            indicator = i.Indicator.create(
                name=f"{figure.section}: {name}",
                unit=figure.unit,
                source_key=key,
                description=f"From the strategy's context figures ({figure.section}).",
                source=f"{current.title} {current.version_label}",
            )
            i.IndicatorValue.create(
                indicator=indicator,
                area=council.id,
                period=figure.as_of,
                period_end=period_end(figure.as_of, ""),
                value=figure.value,
                source="strategy",
            )
            number = _priority_of_section(figure.section)
            if number in priorities:
                i.IndicatorLink.create(indicator=indicator, priority=priorities[number])
            added += 1
        return added

    # --- indicators ---

    def indicators(self) -> list[Indicator]:
        rows = list(i.Indicator.select().where(i.Indicator.deleted_at.is_null()).order_by(i.Indicator.name))
        numbers: dict[UUID, set[int]] = {}
        links = i.IndicatorLink.select(i.IndicatorLink.indicator, s.Priority.number).join(
            s.Priority, on=(i.IndicatorLink.priority == s.Priority.id)
        )
        for link in links:
            if link.priority is not None:
                numbers.setdefault(link.indicator_id, set()).add(link.priority.number)
        measure_links = (
            i.IndicatorLink.select(i.IndicatorLink.indicator, s.Priority.number)
            .join(s.SuccessMeasure, on=(i.IndicatorLink.success_measure == s.SuccessMeasure.id))
            .join(s.Priority)
        )
        for link in measure_links:
            if link.success_measure is not None:
                numbers.setdefault(link.indicator_id, set()).add(link.success_measure.priority.number)
        return [
            Indicator(
                r.id,
                r.name,
                r.description,
                r.unit,
                r.polarity,
                r.target,
                r.source,
                tuple(sorted(numbers.get(r.id, ()))),
            )
            for r in rows
        ]

    def indicator(self, indicator_id: UUID) -> Indicator:
        for found in self.indicators():
            if found.id == indicator_id:
                return found
        raise NotFoundError("that indicator is not in this database")

    def update(
        self,
        indicator_id: UUID,
        *,
        name: str | None = None,
        description: str | None = None,
        polarity: str | None = None,
        target: float | Keep | None = KEEP,
        unit: str | None = None,
    ) -> Indicator:
        row = self._row(indicator_id)
        if name is not None:
            if not name.strip():
                raise InputError("an indicator needs a name")
            row.name = name.strip()
        if description is not None:
            row.description = description.strip()
        if polarity is not None:
            if polarity not in POLARITIES:
                raise InputError(f"polarity is one of: {', '.join(POLARITIES.values())}")
            row.polarity = polarity
        if unit is not None:
            if unit not in UNITS:
                raise InputError(f"the unit is one of: {', '.join(UNITS.values())}")
            row.unit = unit
        if not isinstance(target, Keep):
            row.target = target
        row.save()
        return self.indicator(indicator_id)

    def create(
        self,
        name: str,
        unit: str,
        *,
        polarity: str = "none",
        target: float | None = None,
        description: str = "",
        source: str = "",
    ) -> Indicator:
        if not name.strip():
            raise InputError("an indicator needs a name")
        if unit not in UNITS:
            raise InputError(f"the unit is one of: {', '.join(UNITS.values())}")
        if polarity not in POLARITIES:
            raise InputError(f"polarity is one of: {', '.join(POLARITIES.values())}")
        row = i.Indicator.create(
            name=name.strip(),
            unit=unit,
            polarity=polarity,
            target=target,
            description=description.strip(),
            source=source.strip(),
        )
        return self.indicator(row.id)

    def set_links(
        self, indicator_id: UUID, *, priorities: Sequence[UUID] = (), success_measures: Sequence[UUID] = ()
    ) -> Indicator:
        self._row(indicator_id)
        with self._db.atomic():
            i.IndicatorLink.delete().where(i.IndicatorLink.indicator == indicator_id).execute()
            for priority in dict.fromkeys(priorities):
                i.IndicatorLink.create(indicator=indicator_id, priority=priority)
            for measure in dict.fromkeys(success_measures):
                i.IndicatorLink.create(indicator=indicator_id, success_measure=measure)
        return self.indicator(indicator_id)

    def link_targets(self) -> list[LinkTarget]:
        """The current strategy's priorities, each with its success measures, for an indicator to evidence."""
        current = s.Strategy.get_or_none(s.Strategy.is_current == True)  # noqa: E712
        if current is None:
            return []
        measures: dict[UUID, list[LinkTarget]] = {}
        for m in (
            s.SuccessMeasure.select(s.SuccessMeasure, s.Priority)
            .join(s.Priority)
            .where(s.Priority.strategy == current)
            .order_by(s.SuccessMeasure.position)
        ):
            label = f"Priority {m.priority.number}, success measure {m.position + 1}"
            measures.setdefault(m.priority_id, []).append(LinkTarget("success_measure", m.id, label, m.text))
        priorities = s.Priority.select().where(s.Priority.strategy == current).order_by(s.Priority.number)
        return [
            LinkTarget(
                "priority", p.id, f"Priority {p.number}: {p.title}", p.title, tuple(measures.get(p.id, ()))
            )
            for p in priorities
        ]

    def links(self, indicator_id: UUID) -> list[tuple[str, UUID]]:
        """What an indicator evidences, as (kind, id) pairs: ("priority", ...) or ("success_measure", ...)."""
        found: list[tuple[str, UUID]] = []
        for link in i.IndicatorLink.select().where(i.IndicatorLink.indicator == indicator_id):
            if link.priority_id is not None:
                found.append(("priority", link.priority_id))
            if link.success_measure_id is not None:
                found.append(("success_measure", link.success_measure_id))
        return found

    def bin(self, indicator_id: UUID) -> None:
        """Move an indicator to the bin: it leaves the lists, its figures are kept, restore brings it back."""
        self._row(indicator_id)
        with self._db.atomic():
            i.Indicator.update(deleted_at=utc_now()).where(i.Indicator.id == indicator_id).execute()
            audit("indicator", indicator_id, BINNED)

    def restore(self, indicator_id: UUID) -> Indicator:
        """Bring an indicator back from the bin, with its figures, target and links."""
        row = i.Indicator.get_or_none(
            (i.Indicator.id == indicator_id) & i.Indicator.deleted_at.is_null(False)
        )
        if row is None:
            raise NotFoundError("that indicator is not in the bin")
        with self._db.atomic():
            i.Indicator.update(deleted_at=None).where(i.Indicator.id == indicator_id).execute()
            audit("indicator", indicator_id, RESTORED)
        return self.indicator(indicator_id)

    def binned(self) -> list[Indicator]:
        """The indicators in the bin, most recently binned first."""
        rows = i.Indicator.select().where(i.Indicator.deleted_at.is_null(False))
        rows = rows.order_by(i.Indicator.deleted_at.desc(), i.Indicator.name)
        return [
            Indicator(r.id, r.name, r.description, r.unit, r.polarity, r.target, r.source, ()) for r in rows
        ]

    # --- values ---

    def values(self, indicator_id: UUID, area_id: UUID | None = None) -> list[Value]:
        """An indicator's values, oldest first (for one area if named)."""
        query = (
            i.IndicatorValue.select(i.IndicatorValue, i.Area)
            .join(i.Area)
            .where(i.IndicatorValue.indicator == indicator_id)
        )
        if area_id is not None:
            query = query.where(i.IndicatorValue.area == area_id)
        return [_value(v) for v in query.order_by(i.IndicatorValue.period_end, i.Area.name)]

    def series(self, indicator_id: UUID) -> list[tuple[str, Area, list[Value]]]:
        """The council's values and each comparator's, for a chart: (kind, area, values oldest first)."""
        return self.series_of([indicator_id])[indicator_id]

    def series_of(self, indicator_ids: Sequence[UUID]) -> dict[UUID, list[tuple[str, Area, list[Value]]]]:
        """`series` for many indicators at once (a briefing pack's charts): one query for all their values,
        reading only the columns a chart needs."""
        council = self.council()
        comparators = self.comparators(council.id)
        areas = {council.id: council, **{area.id: area for _kind, area in comparators}}
        wanted = list(dict.fromkeys(indicator_ids))
        by_indicator: dict[UUID, dict[UUID, list[Value]]] = {key: {} for key in wanted}
        v = i.IndicatorValue
        for chunk in range(0, len(wanted), 500):  # SQLite's limit on the values in one IN list
            query = (
                v.select(v.id, v.indicator, v.area, v.period, v.period_end, v.value)
                .select_extend(v.numerator, v.denominator, v.suppressed, v.note)
                .where(v.indicator.in_(wanted[chunk : chunk + 500]) & v.area.in_(list(areas)))
                .order_by(v.period_end)
                .tuples()
            )
            rows = cast("Iterable[tuple[Any, ...]]", query)  # .tuples() gives plain tuples, not models
            for row in rows:
                value_id, indicator_id, area_id, period, end, figure, numerator = row[:7]
                denominator, suppressed, note = row[7:]
                area = areas[UUID(str(area_id))]
                value = Value(
                    UUID(str(value_id)),
                    UUID(str(indicator_id)),
                    area,
                    period,
                    date.fromisoformat(end),
                    figure,
                    numerator,
                    denominator,
                    suppressed,
                    note,
                )
                by_indicator[value.indicator_id].setdefault(area.id, []).append(value)
        found: dict[UUID, list[tuple[str, Area, list[Value]]]] = {}
        for key, by_area in by_indicator.items():
            found[key] = [("council", council, by_area.get(council.id, []))]
            found[key] += [(kind, area, by_area[area.id]) for kind, area in comparators if area.id in by_area]
        return found

    def summaries(self) -> list[Summary]:
        """Every indicator with the council's latest value, the one before, and RAG."""
        council = self.council()
        latest: dict[UUID, list[Value]] = {}
        query = (
            i.IndicatorValue.select(i.IndicatorValue, i.Area)
            .join(i.Area)
            .where(i.IndicatorValue.area == council.id)
            .order_by(i.IndicatorValue.period_end)
        )
        for v in query:
            latest.setdefault(v.indicator_id, []).append(_value(v))
        found = []
        for indicator in self.indicators():
            history = latest.get(indicator.id, [])
            last = history[-1] if history else None
            before = history[-2] if len(history) > 1 else None
            found.append(
                Summary(
                    indicator,
                    last,
                    before,
                    indicator_rag(
                        indicator.unit, indicator.polarity, indicator.target, last.value if last else None
                    ),
                )
            )
        return found

    def record_value(
        self,
        indicator_id: UUID,
        period: str,
        value: float | None,
        *,
        numerator: float | None = None,
        denominator: float | None = None,
        suppressed: str = "",
        note: str = "",
        area_id: UUID | None = None,
        source: str = "recorded",
    ) -> Value:
        """The council's own figure for a period (replacing any figure already held for it)."""
        self._row(indicator_id)
        if value is None and suppressed not in SUPPRESSION:
            raise InputError("give a value, or the suppression code that stands in for it")
        area = area_id or self.council().id
        end = period_end(period, "")
        with self._db.atomic():
            i.IndicatorValue.delete().where(
                (i.IndicatorValue.indicator == indicator_id)
                & (i.IndicatorValue.area == area)
                & (i.IndicatorValue.period == period)
            ).execute()
            row = i.IndicatorValue.create(
                indicator=indicator_id,
                area=area,
                period=period,
                period_end=end,
                value=value,
                numerator=numerator,
                denominator=denominator,
                suppressed="" if value is not None else suppressed,
                note=note.strip(),
                source=source,
            )
        return _value(row)

    # --- published statistics ---

    def combinations(self, ees: EesFile) -> list[Combination]:
        """The indicators a statistics file holds: one for each series and combination of filter values."""
        return statistics.combinations(ees)

    def plan_statistics(
        self,
        path: Path,
        *,
        la: str | None = None,
        roles: Mapping[str, str] | None = None,
        units: Mapping[str, str] | None = None,
        denominators: bool = False,
    ) -> StatisticsPlan:
        """What importing a published statistics file would do, read and checked; nothing is written.

        roles corrects what a column is (filter, measure or ignore) and units a measure's unit; the totals
        that are only the base of other figures' percentages become indicators too if denominators says so.
        """
        code, held = i.setting_area(COUNCIL_KEY, DEFAULT_COUNCIL[0])  # as council() finds it, in one look
        if not held:
            raise NotFoundError(f"the council's area {code} is not in this database")
        return statistics.make_plan(
            Path(path),
            code,
            la=la,
            roles=roles,
            units=units,
            neighbours_file=resources_dir() / "dfe" / NEIGHBOURS_FILE,
            denominators=denominators,
        )

    def import_plan(self, plan: StatisticsPlan, mapping: Mapping[str, UUID] | None = None) -> ImportResult:
        """Write a plan in one transaction; mapping sends a figure (by key) to an existing indicator."""
        back_up_before_import(self._db)
        with self._db.atomic():
            result = statistics.write_plan(self._db, plan, mapping or {}, utc_now())
            audit(
                "indicators",
                result.import_id,
                f"Imported indicators from {plan.ees.name} for {plan.authority.name}: "
                f"{result.indicators_added} added, {result.values} figures",
            )
        return result

    def import_statistics(
        self,
        path: Path,
        *,
        la: str | None = None,
        mapping: Mapping[str, UUID] | None = None,
        roles: Mapping[str, str] | None = None,
        units: Mapping[str, str] | None = None,
        denominators: bool = False,
    ) -> ImportResult:
        """Import a published statistics file for an authority, with England, its region and its neighbours.

        The whole file is checked first; then everything is written in one transaction, or nothing is.
        """
        plan = self.plan_statistics(path, la=la, roles=roles, units=units, denominators=denominators)
        return self.import_plan(plan, mapping)

    def imports(self) -> list[ImportRecord]:
        """The statistics imports made, newest first."""
        return statistics.imports()

    def undo_import(self, import_id: UUID) -> ImportRecord:
        """Undo an import as one step: what it replaced comes back, what it added goes (newest first)."""
        with self._db.atomic():
            undone = statistics.undo(self._db, import_id, utc_now())
            audit("indicators", import_id, f"Undid the import of indicators from {undone.file_name}")
        return undone

    @staticmethod
    def is_council_figures(path: Path) -> bool:
        """Whether a CSV file holds the council's own figures (indicator, period, value), not published."""
        try:
            with open(path, encoding="utf-8-sig", errors="replace", newline="") as handle:
                first = handle.readline(64 * 1024)
            header = {h.strip().lower() for row in csv.reader([first]) for h in row}
        except (OSError, csv.Error):
            return False  # the import proper says what is wrong with the file
        return "indicator" in header and "time_period" not in header

    def import_council_figures(self, path: Path) -> int:
        """The council's own figures from a simple CSV (see schema/indicator-values.schema.json).

        Every line is checked before anything is written; the first problem found is refused with its line.
        """
        from cpdesk.domain.files import quoted

        path = Path(path)
        text = read_text(path)
        reader = csv.DictReader(io.StringIO(text, newline=""))
        planned = []
        try:
            header = [h.strip().lower() for h in (reader.fieldnames or [])]
            named: set[str] = set()
            for column in filter(None, header):
                if column in named:
                    raise InputError(f"the column {quoted(column)} is named twice", where=f"{path}, line 1")
                named.add(column)
            missing = [c for c in ("indicator", "period", "value") if c not in named]
            if missing:
                raise InputError(
                    f"missing column {', '.join(repr(c) for c in missing)}; the columns are indicator, "
                    "period, value, and optionally numerator, denominator, note",
                    where=f"{path}, line 1",
                )
            reader.fieldnames = header  # " value" and "Value" name the value column too
            by_name = {ind.name: ind for ind in self.indicators()}
            first_line: dict[tuple[UUID, str], int] = {}
            for record in reader:
                line = reader.line_num
                where = f"{path}, line {line}"
                if None in record or any(v is None for v in record.values()):
                    raise InputError(
                        "this line does not have the header's columns (is the file cut short?)", where=where
                    )
                name = record["indicator"].strip()
                if name not in by_name:
                    raise InputError(
                        f"there is no indicator called {quoted(name)}; add it first or correct the name",
                        where=where,
                    )
                period = record["period"].strip()
                if len(period) > 10 or not period.isascii():
                    raise InputError(
                        f"the period {quoted(period)} is not one cpdesk can place in time (a year such as "
                        "2025, a year pair such as 202425, a month such as 2025-06 or a day such as "
                        "2025-03-31, in the digits 0-9)",
                        where=where,
                    )
                try:
                    period_end(period, "")
                except InputError as exc:
                    raise InputError(exc.message, where=where) from exc
                key = (by_name[name].id, period)
                if key in first_line:
                    raise InputError(
                        f"{quoted(name)} for {period} is given twice (first on line {first_line[key]}); "
                        "keep the one that is right",
                        where=where,
                    )
                first_line[key] = line
                value_cell = _own_cell(record["value"], "value", where, required=True)
                numbers = [_own_cell(record.get(c) or "", c, where) for c in ("numerator", "denominator")]
                planned.append((key[0], period, value_cell, numbers, (record.get("note") or "").strip()))
        except csv.Error as exc:
            problem = str(exc)
            if "field larger than field limit" in problem:
                message = (
                    f"a cell is longer than the {csv.field_size_limit() // 1024} KiB cpdesk reads "
                    "(is a quotation mark left open?)"
                )
            else:
                message = f"this line cannot be read as CSV ({problem})"
            # the line being read when it failed (the DictReader counts only lines it has finished)
            raise InputError(message, where=f"{path}, line {reader.reader.line_num}") from exc
        if not planned:
            raise InputError("the file has a header but no figures", where=str(path))
        back_up_before_import(self._db)
        with self._db.atomic():
            for indicator_id, period, cell, (numerator, denominator), note in planned:
                self.record_value(
                    indicator_id,
                    period,
                    cell.value,
                    numerator=numerator.value,
                    denominator=denominator.value,
                    suppressed=cell.code,
                    note=note,
                    source=path.name,
                )
            audit(
                "indicators", None, f"Imported {len(planned)} of the council's own figures from {path.name}"
            )
        return len(planned)

    @for_others
    def export_csv(self, path: Path) -> int:
        """Every value held, as CSV: indicator, unit, area, period, value, numerator, denominator, note."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(
            [
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
        )
        count = 0
        names = {ind.id: ind for ind in self.indicators()}
        query = (
            i.IndicatorValue.select(i.IndicatorValue, i.Area)
            .join(i.Area)
            .order_by(i.IndicatorValue.indicator, i.IndicatorValue.period_end, i.Area.name)
        )
        for v in query:
            indicator = names.get(v.indicator_id)
            if indicator is None:
                continue
            writer.writerow(
                [
                    indicator.name,
                    indicator.unit,
                    v.area.code,
                    v.area.name,
                    v.period,
                    _plain(v.value),
                    _plain(v.numerator),
                    _plain(v.denominator),
                    v.suppressed,
                    v.note,
                ]
            )
            count += 1
        write_text_atomically(path, out.getvalue())
        return count

    # --- exceptions ---

    def record_exception(
        self, value_id: UUID, why: str, response: str, action_ids: Sequence[UUID] = ()
    ) -> ExceptionNote:
        """Why a Red figure is Red and what is being done, with the remedial actions, kept with that value."""
        value = i.IndicatorValue.get_or_none(i.IndicatorValue.id == value_id)
        if value is None:
            raise NotFoundError("that value is not in this database")
        indicator = value.indicator
        if indicator_rag(indicator.unit, indicator.polarity, indicator.target, value.value) != "Red":
            raise InputError("an exception is recorded for a Red figure; this one is not Red")
        if not why.strip() or not response.strip():
            raise InputError("say why the figure is Red and what is being done")
        with self._db.atomic():
            i.IndicatorException.delete().where(i.IndicatorException.value == value_id).execute()
            row = i.IndicatorException.create(
                value=value_id,
                why=why.strip(),
                response=response.strip(),
                recorded_on=self._today().isoformat(),
            )
            for action_id in dict.fromkeys(action_ids):
                if not mt.Action.select().where(mt.Action.id == action_id).exists():
                    raise NotFoundError("that action is not in this database")
                i.ExceptionAction.create(exception=row, action=action_id)
        return self.exception(value_id)  # type: ignore[return-value]

    def exception(self, value_id: UUID) -> ExceptionNote | None:
        row = i.IndicatorException.get_or_none(i.IndicatorException.value == value_id)
        if row is None:
            return None
        actions = tuple(
            link.action_id for link in i.ExceptionAction.select().where(i.ExceptionAction.exception == row)
        )
        return ExceptionNote(value_id, row.why, row.response, date.fromisoformat(row.recorded_on), actions)

    # --- helpers ---

    def _row(self, indicator_id: UUID) -> i.Indicator:
        row = i.Indicator.get_or_none((i.Indicator.id == indicator_id) & i.Indicator.deleted_at.is_null())
        if row is None:
            raise NotFoundError("that indicator is not in this database")
        return row


# The strategy's context sections follow its priorities' themes; its figures start linked to them
# (the committee can change any link). Homes: Priority 2; health: 3; education: 4; care leavers: 5.
SECTION_PRIORITIES = (("homes", 2), ("health", 3), ("education", 4), ("care leavers", 5))


def _priority_of_section(section: str) -> int | None:
    words = section.lower()
    return next((number for word, number in SECTION_PRIORITIES if word in words), None)


def _figure_name(counts: str, unit: str, note: str) -> str:
    """A context figure's words as an indicator's name: 'Percentage of children ...', 'Were male (%)'."""
    if unit == "percent":
        name = f"Percentage {counts}" if counts.startswith("of ") else f"{counts[:1].upper()}{counts[1:]} (%)"
    else:
        name = counts[:1].upper() + counts[1:]
    return f"{name}, {note}" if note else name


def _plain(number: float | None) -> str:
    if number is None:
        return ""
    return str(int(number)) if float(number).is_integer() else str(number)


# A plain number: ASCII digits, commas only between thousands (as schema/indicator-values.schema.json says).
_OWN_NUMBER = re.compile(r"-?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?")


def _own_cell(text: str, column: str, where: str, *, required: bool = False) -> Cell:
    """A cell of the council's own figures: a plain number or a suppression code; nothing else."""
    from cpdesk.domain.files import quoted

    text = text.strip()
    if not text:
        if required:
            raise InputError(f"the {column} is empty; give a number or a suppression code", where=where)
        return Cell(None, "")
    if text.lower() in SUPPRESSION:
        return Cell(None, text.lower())
    if not _OWN_NUMBER.fullmatch(text):
        raise InputError(
            f"{column} {quoted(text)} is not a number or a suppression code ({', '.join(SUPPRESSION)}); "
            "write numbers in the digits 0-9, with commas only between thousands",
            where=where,
        )
    number = float(text.replace(",", ""))
    largest = 1e12  # no count, rate, percentage or number of days the committee sees comes near this
    if not abs(number) <= largest:
        raise InputError(
            f"{column} {quoted(text)} is too large to be a figure (the largest is {largest:,.0f})",
            where=where,
        )
    return Cell(number)
