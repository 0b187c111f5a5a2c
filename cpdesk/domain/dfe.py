"""Reading the DfE's Explore Education Statistics CSV files, and its statistical neighbour groupings.

A file has time and geography columns, then filter columns (text that says what a row counts) and
measure columns (numbers, or the letters that stand in for suppressed ones). Which column is which is
recognised from the file itself: a metadata file beside it (`<stem>.meta.csv`, the EES convention of
col_name, col_type Filter/Indicator, label, indicator_unit) says so where there is one; otherwise a
column whose cells are numbers is a measure and a column of words is a filter. The user can correct
either. Suppressed cells keep their letter (c, z, x, low, k, u): never a number, never zero.
"""

from __future__ import annotations

import calendar
import csv
import gc
import io
import operator
import re
from collections import defaultdict
from collections.abc import Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from itertools import compress, count, filterfalse, repeat
from pathlib import Path
from typing import Any, NamedTuple

from cpdesk.domain.files import quoted, read_offered_file
from cpdesk.errors import InputError

SUPPRESSION = {
    "c": "confidential",
    "z": "not applicable",
    "x": "not available",
    "low": "rounds to zero",
    "k": "fewer than 0.5",
    "u": "low reliability",
}
# The EES standard time and geography columns: they place a row, they are never filters or measures.
TIME = ("time_period", "time_identifier", "geographic_level")
GEOGRAPHY = frozenset(
    {
        *TIME,
        "country_code",
        "country_name",
        "region_code",
        "region_name",
        "old_la_code",
        "new_la_code",
        "la_name",
        "lad_code",
        "lad_name",
        "pcon_code",
        "pcon_name",
        "ward_code",
        "ward_name",
        "rsc_region_lead_name",
        "opportunity_area_code",
        "opportunity_area_name",
        "local_enterprise_partnership_code",
        "local_enterprise_partnership_name",
        "english_devolved_area_code",
        "english_devolved_area_name",
        "mayoral_combined_authority_code",
        "mayoral_combined_authority_name",
        "lsip_code",
        "lsip_name",
        "pfa_code",
        "pfa_name",
        "planning_area_code",
        "planning_area_name",
        "trust_id",
        "trust_name",
        "sponsor_id",
        "sponsor_name",
        "school_urn",
        "school_laestab",
        "school_estab",
        "school_name",
        "school_postcode",
        "provider_urn",
        "provider_ukprn",
        "provider_upin",
        "provider_name",
        "institution_id",
        "institution_name",
    }
)
REQUIRED = (*TIME, "country_code", "old_la_code", "la_name", "new_la_code")
LEVELS = {"National": "national", "Regional": "regional", "Local authority": "local_authority"}
LEVEL_WORDS = {"national": "national", "regional": "regional", "local_authority": "local authority"}
ROLES = {"filter": "Filter", "measure": "Measure", "ignore": "Ignore"}
UNIT_KEYS = ("count", "percent", "rate_per_10000", "days", "number")
KINDS = {
    "percent": "a percentage",
    "rate": "a rate",
    "count": "a count",
    "denominator": "a population or denominator",
    "number": "a number",
}
MAX_FILE_BYTES = 200_000_000
MAX_INTEGER_DIGITS = 15  # beyond this a float loses whole units; no published figure is that large
FEW_VALUES = 50  # an age band or year group has a few values; a measure's figures have many
SHARE_OF_NUMBERS = 0.99  # a column this much numbers is a measure, and its few other cells are mistakes

_NUMBER = re.compile(r"-?(?:[0-9]+|[0-9]{1,3}(?:,[0-9]{3})+)(?:\.[0-9]+)?")  # ASCII digits only
_LOOKS_NUMERIC = re.compile(
    r"[-+]?[\d.,]*\d[\d.,]*(?:[eE][-+]?\d+)?|[-+]?(?:inf|infinity|nan)", re.IGNORECASE
)
_WORDS = re.compile(r"[^a-z0-9]+")
PERCENT_WORDS = frozenset({"percent", "percentage", "pc", "pct", "pt", "perc", "pcnt", "pcent"})
COUNT_WORDS = frozenset({"count", "number", "num", "n", "headcount", "total", "cases"})
DENOMINATOR_WORDS = frozenset({"population", "denominator", "pop", "cohort"})
NUMBER_WORDS = frozenset({"average", "mean", "median", "avg", "score", "fte", "ratio"})
UNIT_WORDS = PERCENT_WORDS | COUNT_WORDS | DENOMINATOR_WORDS | {"rate", "per", "estimate", "10000", "10k"}
META_UNITS = {"%": "percent", "days": "days", "£": "number", "£m": "number", "pp": "number"}


class Cell(NamedTuple):
    """A measure's cell: a number, or the letter that stands in for a suppressed one."""

    value: float | None
    code: str = ""  # the suppression letter, or empty


@dataclass(frozen=True)
class Column:
    """A column of the file beside the time and geography ones, and what it was recognised as."""

    name: str
    role: str  # "filter", "measure" or "ignore"
    label: str
    why: str  # how the role was decided: "metadata", "its cells" or "your choice"
    kind: str = ""  # a measure's kind: percent, rate, count, denominator, number
    unit: str = ""  # a measure's unit, one of UNIT_KEYS
    unit_chosen: bool = False  # the unit was given (by metadata or the user), not guessed
    values: tuple[str, ...] = ()  # a filter's distinct values, in the file's order
    numbers: bool = False  # every cell is a number or a suppression code

    @property
    def role_label(self) -> str:
        return ROLES[self.role]


class Row(NamedTuple):
    """One row for England, a region or a local authority (a tuple: files hold tens of thousands)."""

    line: int
    period: str
    period_end: str  # YYYY-MM-DD, checked while reading
    level: str  # national, regional, local_authority
    area_code: str  # E92000001 / E12000006 / E10000003
    area_old_code: str  # 873 for an authority
    area_name: str
    region_code: str
    filters: tuple[str, ...]
    cells: tuple[Cell, ...]  # one for each measure, in the order of EesFile.measures


class Place(NamedTuple):
    """An area as a row names it."""

    level: str  # national, regional, local_authority
    code: str
    old_code: str  # an authority's three-digit number
    name: str
    region_code: str


@dataclass
class EesFile:
    """A checked file: its columns, what each was recognised as, and its rows for England, regions and LAs.

    The rows are kept column by column (a file can hold tens of thousands); rows_for() makes Row tuples
    for the areas an import needs.
    """

    name: str
    columns: tuple[Column, ...]
    meta: str = ""  # the metadata file's name, when one was read
    places: list[Place] = field(default_factory=list)  # each distinct area a row names
    place_of: list[int] = field(default_factory=list)  # each row's place, by position in places
    lines: list[int] = field(default_factory=list)
    period_names: list[str] = field(default_factory=list)  # each distinct period, as published
    period_of: Sequence[int] = field(default_factory=list)  # each row's period, by position in period_names
    end_names: list[str] = field(default_factory=list)  # the last day of each period (and time identifier)
    end_of: Sequence[int] = field(default_factory=list)  # each row's, by position in end_names
    combos: list[tuple[str, ...]] = field(default_factory=list)  # each distinct combination of filter values
    combo_of: list[int] = field(default_factory=list)  # each row's combination, by position in combos
    # Each measure's distinct cells, and each row's cell by position among them: a text is parsed once.
    measure_cells: list[tuple[Cell, ...]] = field(default_factory=list)
    cell_of: list[Sequence[int]] = field(default_factory=list)

    @property
    def filters(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns if c.role == "filter")

    @property
    def measures(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns if c.role == "measure")

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)

    @property
    def periods(self) -> list[str]:
        return list(map(self.period_names.__getitem__, self.period_of))

    @property
    def rows(self) -> list[Row]:
        """Every row for England, a region or a local authority."""
        return self._rows(range(len(self.lines)))

    def rows_for(self, codes: set[str]) -> list[Row]:
        """The rows of these areas (by code), in the file's order."""
        wanted = {n for n, place in enumerate(self.places) if place.code in codes}
        return self._rows(list(compress(range(len(self.place_of)), map(wanted.__contains__, self.place_of))))

    def _rows(self, positions: Sequence[int]) -> list[Row]:
        found = []
        measures = list(zip(self.measure_cells, self.cell_of, strict=True))
        for n in positions:
            place = self.places[self.place_of[n]]
            found.append(
                Row(
                    self.lines[n],
                    self.period_names[self.period_of[n]],
                    self.end_names[self.end_of[n]],
                    place.level,
                    place.code,
                    place.old_code,
                    place.name,
                    place.region_code,
                    self.combos[self.combo_of[n]],
                    tuple(cells[of[n]] for cells, of in measures),
                )
            )
        return found

    def areas(self) -> dict[str, Place]:
        """Each area by code, as its latest row names it."""
        latest: dict[int, str] = {}
        for place, number in set(zip(self.place_of, self.end_of, strict=True)):
            end = self.end_names[number]
            if end > latest.get(place, ""):
                latest[place] = end
        found: dict[str, tuple[str, Place]] = {}
        for number in sorted(latest):  # in the order the file first names them
            end, held = latest[number], self.places[number]
            if end >= found.get(held.code, ("", held))[0]:
                found[held.code] = (end, held)
        return {code: place for code, (_, place) in found.items()}

    def authorities(self) -> list[Place]:
        """Each local authority, as its latest row names it, by name."""
        found = [p for p in self.areas().values() if p.level == "local_authority"]
        return sorted(found, key=lambda p: p.name.casefold())


@dataclass(frozen=True)
class _Meta:
    role: str
    label: str
    unit: str  # one of UNIT_KEYS, or "" to guess
    line: int


def read_text(path: Path) -> str:
    """A CSV file's text, after the checks every import makes: size, binary data, UTF-8 (a BOM is fine)."""
    where = str(path)
    raw = read_offered_file(path, max_bytes=MAX_FILE_BYTES, what="statistics")
    if b"\0" in raw[:4096]:
        raise InputError("this is not a CSV file (it holds binary data)", where=where)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise InputError("the file is not UTF-8 text", where=f"{where}, line {line}") from exc


def meta_path(path: Path) -> Path:
    """Where the EES metadata file for a data file sits: beside it, named <stem>.meta.csv."""
    return path.with_name(f"{path.stem}.meta.csv")


def read_ees_file(
    path: Path, roles: Mapping[str, str] | None = None, units: Mapping[str, str] | None = None
) -> EesFile:
    """Read, recognise and check a whole file; InputError says what is wrong and on which line.

    roles corrects what a column is ("filter", "measure" or "ignore"); units corrects a measure's unit.
    """
    with cycle_collection_paused():
        return _read_ees_file(Path(path), roles or {}, units or {})


@contextmanager
def cycle_collection_paused() -> Iterator[None]:
    """Reading makes hundreds of thousands of small tuples that hold no cycles; Python's cycle collector
    would walk them all again and again (a third of the time). Plain reference counting still frees them."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _read_ees_file(path: Path, roles: Mapping[str, str], units: Mapping[str, str]) -> EesFile:
    if path.name.lower().endswith(".meta.csv"):
        raise InputError(
            "this is the metadata file that describes a data file; import the data file beside it",
            where=str(path),
        )
    text = read_text(path)
    first, numbers, records = _body(text, path)
    header = [h.strip() for h in first]
    if len(header) < 2:
        raise InputError("this is not a CSV file: the first line has no commas", where=f"{path}, line 1")
    _check_header(header, path)
    meta = _read_meta(meta_path(path), header)
    _check_widths(numbers, records, len(header), text.endswith("\n"), path)
    if not records:
        raise InputError("the file has a header but no rows", where=f"{path}, line 1")
    # Column by column: each check runs over a column at C speed rather than cell by cell in Python.
    cells = list(zip(*records, strict=True))
    table = _Table(header, numbers, cells)
    table.strip_edges()
    columns = _recognise(table, meta, roles, units, path)
    if meta is None and not {"filter", "measure"} & set(roles.values()):  # their word stands as given
        columns = _numbers_that_say_what_a_row_counts(table, columns)
    ees = EesFile(path.name, columns, meta_path(path).name if meta is not None else "")
    if not any(c.role == "measure" for c in columns):
        raise InputError(
            "the file has no measure columns: no column beside the time and geography ones holds numbers",
            where=f"{path}, line 1",
        )
    _fill_rows(ees, table, path)
    _check_areas(ees, path)
    return ees


@dataclass
class _Table:
    """A file's cells by column (stripped), with each row's line number.

    A column is also kept coded: its distinct values numbered, and each row's value by number. Every
    check after that works on the numbers, so a cell's text is looked at once (a file's cells are
    hundreds of thousands of separate strings, and each look at one is a trip to memory).
    """

    header: list[str]
    lines: list[int]
    columns: list[tuple[str, ...]]
    _coded: dict[str, tuple[dict[str, int], list[int]]] = field(default_factory=dict)

    def __getitem__(self, name: str) -> tuple[str, ...]:
        return self.columns[self.header.index(name)]

    def line_of(self, column: tuple[str, ...], value: str) -> int:
        return self.lines[column.index(value)]

    def coded(self, name: str) -> tuple[dict[str, int], list[int]]:
        """A column's distinct values, numbered in the order the file first holds them; each row's number."""
        if name not in self._coded:
            number: defaultdict[str, int] = defaultdict(count().__next__)
            codes = list(map(number.__getitem__, self[name]))  # at C speed, a new value numbered as met
            self._coded[name] = (dict(number), codes)
        return self._coded[name]

    def distinct(self, name: str) -> dict[str, int]:
        """A column's distinct values, in the order the file first holds them."""
        return self.coded(name)[0]

    def strip_edges(self) -> None:
        """Take spaces off the edges of cells, in the columns that have any (looked for among each
        column's distinct values, which the checks need anyway, rather than in every cell)."""
        for number, name in enumerate(self.header):
            if _geography_pair(name, self.header):
                continue  # a geography column of a kind cpdesk does not read
            values = self.distinct(name)
            if any(
                map(operator.ne, values, map(str.strip, values))
            ):  # strip gives back the same string if it can
                self.columns[number] = tuple(map(str.strip, self.columns[number]))
                del self._coded[name]
                self.__dict__.pop("places", None)

    @cached_property
    def place_columns(self) -> list[str]:
        """The columns that together name a row's place: its level and every geography column."""
        return [h for h in self.header if h in GEOGRAPHY and h not in ("time_period", "time_identifier")]

    @cached_property
    def places(self) -> tuple[list[tuple[str, ...]], list[int]]:
        """Each distinct place, and each row's place by position among them."""
        coded = [self.coded(h) for h in self.place_columns]
        # A column with one value (the country, as a rule) tells no places apart: it is left out of the key.
        telling = [n for n, (values, _) in enumerate(coded) if len(values) > 1] or [0]
        number: defaultdict[tuple[int, ...], int] = defaultdict(count().__next__)
        place_of = list(map(number.__getitem__, zip(*(coded[n][1] for n in telling), strict=True)))
        values = [list(distinct) for distinct, _ in coded]
        distinct = []
        for key in number:
            place = [column[0] for column in values]
            for n, value in zip(telling, key, strict=True):
                place[n] = values[n][value]
            distinct.append(tuple(place))
        return distinct, place_of


def _check_header(header: list[str], path: Path) -> None:
    where = f"{path}, line 1"
    seen: set[str] = set()
    for name in header:
        if not name:
            raise InputError("a column has no name", where=where)
        if name in seen:
            raise InputError(f"the column {quoted(name)} appears twice", where=where)
        seen.add(name)
    missing = [column for column in REQUIRED if column not in header]
    if missing:
        raise InputError(
            f"missing column {', '.join(repr(c) for c in missing)}: "
            "this does not look like an Explore Education Statistics file",
            where=where,
        )


def _check_widths(
    numbers: list[int], records: list[list[str]], width: int, ends_cleanly: bool, path: Path
) -> None:
    last = numbers[-1] if numbers else 1
    if set(map(len, records)) <= {width} and ends_cleanly:
        return
    for line, record in zip(numbers, records, strict=True):
        if len(record) != width:
            where = f"{path}, line {line}"
            if line == last and not ends_cleanly and len(record) < width:
                raise InputError(
                    f"the last line has {len(record)} of {width} columns: the file looks cut short",
                    where=where,
                )
            raise InputError(f"this line has {len(record)} columns where the header has {width}", where=where)
    if not ends_cleanly:
        # Every published file ends with a line break; without one, the last figure may be cut (71 read as 7).
        raise InputError(
            "the last line has no line ending, so it may be cut short; check the file is complete",
            where=f"{path}, line {last}",
        )


def _read_meta(path: Path, header: list[str]) -> dict[str, _Meta] | None:
    """The EES metadata beside a data file, by column; None when there is no such file."""
    if not path.is_file():
        return None
    text = read_text(path)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        names = [h.strip().lower() for h in next(reader)]
    except (StopIteration, csv.Error) as exc:
        raise InputError("this metadata file is not a CSV file", where=f"{path}, line 1") from exc
    if "col_name" not in names or "col_type" not in names:
        raise InputError(
            "this metadata file has no 'col_name' and 'col_type' columns", where=f"{path}, line 1"
        )
    found: dict[str, _Meta] = {}
    for line, record in zip(*_records(reader, path), strict=True):
        where = f"{path}, line {line}"
        entry = dict(zip(names, (v.strip() for v in record), strict=False))
        name = entry.get("col_name", "")
        kind = entry.get("col_type", "").lower()
        if kind not in ("filter", "indicator"):
            raise InputError(
                f"col_type is {quoted(entry.get('col_type', ''))}; it is Filter or Indicator", where=where
            )
        if name not in header:
            raise InputError(f"the data file has no column {quoted(name)}", where=where)
        if name in found:
            raise InputError(f"the column {quoted(name)} is described twice", where=where)
        unit_text = entry.get("indicator_unit", "")
        if kind == "indicator" and unit_text and unit_text.lower() not in META_UNITS:
            raise InputError(
                f"indicator_unit is {quoted(unit_text)}; cpdesk knows %, £, £m, pp and days", where=where
            )
        role = "filter" if kind == "filter" else "measure"
        found[name] = _Meta(role, entry.get("label", "") or name, META_UNITS.get(unit_text.lower(), ""), line)
        grouping = entry.get("filter_grouping_column", "")
        if grouping and grouping in header and grouping not in found:
            found[grouping] = _Meta("filter", grouping.replace("_", " "), "", line)
    return found


def _recognise(
    table: _Table,
    meta: dict[str, _Meta] | None,
    roles: Mapping[str, str],
    units: Mapping[str, str],
    path: Path,
) -> tuple[Column, ...]:
    """What each column is: the user's word first, then the metadata's, then what its cells hold."""
    header = table.header
    for name, role in roles.items():
        if name not in header or role not in ROLES:
            raise InputError(f"cannot make column {quoted(name)} a {role}", where=f"{path}, line 1")
    for name, unit in units.items():
        if unit not in UNIT_KEYS:
            raise InputError(f"cannot give column {quoted(name)} the unit {unit!r}", where=f"{path}, line 1")
    totals: list[int] | None = None
    columns = []
    for name, cells in zip(header, table.columns, strict=True):
        if name in GEOGRAPHY or _geography_pair(name, header):
            continue
        distinct = table.distinct(name).keys()
        numeric, share = _numeric(table, name)
        described = meta.get(name) if meta else None
        if name in roles:
            role, why = roles[name], "your choice"
        elif described is not None:
            role, why = described.role, "metadata"
        elif not distinct - {""}:
            role, why = "ignore", "its cells are all empty"
        elif numeric or share >= SHARE_OF_NUMBERS:
            role, why = "measure", "its cells are numbers"
        else:
            if len(distinct) > 1 and _names_the_place(table, name):
                role, why = "ignore", "it names the area, like a geography column"
            else:
                role, why = "filter", "its cells are words"
        label = described.label if described is not None else name.replace("_", " ")
        if role == "filter":
            columns.append(Column(name, role, label, why, values=tuple(distinct), numbers=numeric))
        elif role == "measure":
            kind, unit = _kind(name, label, distinct)
            if not kind:
                totals = totals if totals is not None else _total_rows(table)
                kind, unit = _kind_from_totals(distinct, {cells[t] for t in totals})
            chosen = units.get(name) or (described.unit if described is not None else "")
            if chosen:
                kind = "percent" if chosen == "percent" else ("rate" if chosen == "rate_per_10000" else kind)
            columns.append(
                Column(name, role, label, why, kind, chosen or unit, bool(chosen), numbers=numeric)
            )
        else:
            columns.append(Column(name, role, label, why, numbers=numeric))
    return tuple(columns)


def _numbers_that_say_what_a_row_counts(table: _Table, columns: tuple[Column, ...]) -> tuple[Column, ...]:
    """A file has one row for each place, period and combination of filters. Where the filters found do not
    tell its rows apart, a column of a few numbers taken for a measure (an age, a year group) must be a
    filter: the fewest such columns, fewest values first, that do tell them apart become filters."""
    guessed = sorted(
        (c for c in columns if c.role == "measure" and c.why == "its cells are numbers"),
        key=lambda c: len(table.distinct(c.name)),
    )
    guessed = [c for c in guessed if len(table.distinct(c.name)) <= FEW_VALUES]
    if not guessed:
        return columns
    # The place (every geography column at once, numbered) and the period, then the filters.
    keys: list[Sequence[Any]] = [table.places[1], *(table.coded(h)[1] for h in TIME[:2])]
    keys += [table.coded(c.name)[1] for c in columns if c.role == "filter"]
    rows = len(table.lines)
    if len(set(zip(*keys, strict=True))) == rows:
        return columns
    promoted: list[str] = []
    for column in guessed[: len([c for c in columns if c.role == "measure"]) - 1]:
        keys.append(table.coded(column.name)[1])
        promoted.append(column.name)
        if len(set(zip(*keys, strict=True))) == rows:
            break
    else:
        return columns  # nothing tells them apart: the repeated row is refused with its line
    why = "its numbers tell rows apart, so they say what a row counts"
    return tuple(
        Column(c.name, "filter", c.label, why, values=tuple(table.distinct(c.name)), numbers=True)
        if c.name in promoted
        else c
        for c in columns
    )


def _geography_pair(name: str, header: list[str]) -> bool:
    """An `x_code` column with an `x_name` partner (or the reverse) places a row: a geography of its own."""
    for mine, other in (("_code", "_name"), ("_name", "_code")):
        if name.endswith(mine) and name[: -len(mine)] + other in header:
            return True
    return False


def _names_the_place(table: _Table, name: str) -> bool:
    """Whether a column holds one value for each place, as a place's own name or code does."""
    places, place_count = table.places[1], len(table.places[0])
    codes = table.coded(name)[1]
    head = min(len(codes), 1000)  # a filter varies within a place's first rows: no need to look further
    if len(set(zip(places[:head], codes[:head], strict=True))) > len(set(places[:head])):
        return False
    return len(set(zip(places, codes, strict=True))) == place_count


def _all_cells(texts: Collection[str]) -> bool:
    """Whether every one of these texts is a number, a suppression code or empty: one look at them all."""
    joined = "\n".join(texts)
    return joined.count("\n") == len(texts) - 1 and _CELLS.fullmatch(joined) is not None


def _numeric(table: _Table, name: str) -> tuple[bool, float]:
    """Whether every value is a number or a suppression code; and the share of cells that are."""
    values, codes = table.coded(name)
    distinct = values.keys()
    if _all_cells(distinct):
        return any(v and v.lower() not in SUPPRESSION for v in distinct), 1.0
    bad = {v for v in distinct if v and not _NUMBER.fullmatch(v) and v.lower() not in SUPPRESSION}
    if all(_LOOKS_NUMERIC.fullmatch(v) for v in bad):
        return False, 1.0  # digits of another script, an exponent, infinity: a measure with bad cells
    filled = len(codes) - (codes.count(values[""]) if "" in values else 0)
    good = [v for v in distinct if v and v not in bad]

    def cells(texts: Collection[str]) -> int:
        return sum(map(codes.count, map(values.__getitem__, texts)))

    # Count the fewer: a column of words has no numbers to count, a column of numbers few words.
    wrong = filled - cells(good) if len(good) < len(bad) else cells(bad)
    return False, (1 - wrong / filled) if filled else 0.0


def _total_rows(table: _Table) -> list[int]:
    """The rows (by position) whose words say they are a total: a percentage there is 100."""
    found: set[int] = set()
    for name in table.header:
        if name in GEOGRAPHY:
            continue
        values, codes = table.coded(name)
        totals = {n for v, n in values.items() if v.lower().startswith("total")}
        if totals:
            found.update(compress(range(len(codes)), map(totals.__contains__, codes)))
    return sorted(found)


def _kind(name: str, label: str, distinct: Collection[str]) -> tuple[str, str]:
    """A measure's kind and unit from its name and whether its numbers are whole; ("", "") if unsure."""
    words = set(_WORDS.split(f"{name} {label}".lower())) - {""}
    # a number without a point is whole: only those with one need a look
    whole = all(float(v.replace(",", "")).is_integer() for v in distinct if "." in v and _NUMBER.fullmatch(v))
    if words & PERCENT_WORDS:
        return "percent", "percent"
    if "rate" in words:
        if words & {"10000", "10k"}:
            return "rate", "rate_per_10000"
        if "per" not in words and _within_a_hundred(distinct):
            return (
                "rate",
                "percent",
            )  # a turnover or absence rate: per 100, as published, unless it says per what
        return "rate", "number"
    if words & DENOMINATOR_WORDS:
        return "denominator", "count" if whole else "number"
    if words & COUNT_WORDS:
        return "count", "count" if whole else "number"
    if "days" in words:
        return "number", "days"
    if words & NUMBER_WORDS:
        return "number", "number"
    return "", ""


def _within_a_hundred(distinct: Collection[str]) -> bool:
    numbers = [float(v.replace(",", "")) for v in distinct if _NUMBER.fullmatch(v)]
    return bool(numbers) and all(0 <= n <= 100 for n in numbers)


def _kind_from_totals(distinct: Collection[str], at_totals: set[str]) -> tuple[str, str]:
    """An unfamiliar name: a percentage if every total row holds 100 and none passes 100; else by value."""
    numbers = [float(v.replace(",", "")) for v in distinct if _NUMBER.fullmatch(v)]
    totals = [float(v.replace(",", "")) for v in at_totals if _NUMBER.fullmatch(v)]
    if totals and all(t == 100 for t in totals) and all(0 <= n <= 100 for n in numbers):
        return "percent", "percent"
    return ("count", "count") if all(n.is_integer() for n in numbers) else ("number", "number")


def stem(name: str) -> str:
    """A measure's name without its unit words: children_count and children_percent share 'children'."""
    return " ".join(w for w in _WORDS.split(name.lower()) if w and w not in UNIT_WORDS)


def _fill_rows(ees: EesFile, table: _Table, path: Path) -> None:
    """The rows for England, regions and local authorities, every measure's cell checked in every row."""
    measures = [c.name for c in ees.columns if c.role == "measure"]
    parsed: list[list[int]] = []
    for name in measures:
        values, codes = table.coded(name)
        distinct = list(values)
        try:
            known = _cells(distinct, name)
        except InputError as exc:
            text = next(t for t in distinct if not _is_cell(t))
            raise InputError(exc.message, where=f"{path}, line {table.line_of(table[name], text)}") from exc
        ees.measure_cells.append(tuple(known))
        parsed.append(codes)
    distinct_places, place_of = table.places
    level_at = table.place_columns.index("geographic_level")
    kinds = [LEVELS.get(place[level_at]) for place in distinct_places]
    keep: list[int] | None = None  # as published: every row is for England, a region or an authority
    if None in kinds:
        wanted = {n for n, kind in enumerate(kinds) if kind}
        keep = list(compress(range(len(place_of)), map(wanted.__contains__, place_of)))
        if not keep:
            raise InputError(
                "the file has no rows for England, a region or a local authority", where=str(path)
            )

    def kept(column: Sequence[Any]) -> Sequence[Any]:
        if keep is None:
            return column
        return operator.itemgetter(*keep)(column) if len(keep) > 1 else (column[keep[0]],)

    lines = kept(table.lines)
    period_values, period_codes = table.coded("time_period")
    identifier_values, identifier_codes = table.coded("time_identifier")
    periods, identifiers = kept(period_codes), kept(identifier_codes)
    names, kinds_of_year = list(period_values), list(identifier_values)
    single = len(set(identifiers)) == 1  # as usual: then a period alone says when it ends
    if single:
        end_of: Sequence[int] = periods
        pairs: list[tuple[int, int]] = [(p, identifiers[0]) for p in range(len(names))]
    else:
        number_pair: defaultdict[tuple[int, int], int] = defaultdict(count().__next__)
        end_of = list(map(number_pair.__getitem__, zip(periods, identifiers, strict=True)))
        pairs = list(number_pair)
    ends = [""] * len(pairs)
    for n in dict.fromkeys(end_of):  # the periods the kept rows hold, each once
        try:
            ends[n] = period_end(names[pairs[n][0]], kinds_of_year[pairs[n][1]])
        except InputError as exc:
            raise InputError(exc.message, where=f"{path}, line {lines[end_of.index(n)]}") from exc
    at = {name: n for n, name in enumerate(table.place_columns)}
    number: dict[int, int] = {}
    for old_number, (place, kind) in enumerate(zip(distinct_places, kinds, strict=True)):
        if kind is None:
            continue

        def cell(name: str, place: tuple[str, ...] = place) -> str:
            return place[at[name]] if name in at else ""

        own, column, called = {
            "national": (cell("country_code"), "country_code", cell("country_name")),
            "regional": (cell("region_code"), "region_code", cell("region_name")),
            "local_authority": (cell("new_la_code"), "new_la_code", cell("la_name")),
        }[kind]
        if not own or (kind != "national" and own == cell("country_code")):
            where = f"{path}, line {table.lines[place_of.index(old_number)]}"
            if not own:
                raise InputError(f"a {LEVEL_WORDS[kind]} row has no {column}", where=where)
            raise InputError(
                f"this {LEVEL_WORDS[kind]} row has its country's code {own} as its own {column}", where=where
            )
        number[old_number] = len(ees.places)
        old = cell("old_la_code") if kind == "local_authority" else ""
        ees.places.append(Place(kind, own, old, called or own, cell("region_code")))
    # Every place kept keeps its number when no row is left out.
    ees.place_of = place_of if keep is None else list(map(number.__getitem__, kept(place_of)))
    ees.lines = list(lines)
    ees.period_names, ees.period_of = names, periods
    ees.end_names, ees.end_of = ends, end_of
    filters = [table.coded(c.name) for c in ees.columns if c.role == "filter"]
    if filters:
        combo: defaultdict[tuple[int, ...], int] = defaultdict(count().__next__)
        ees.combo_of = list(map(combo.__getitem__, zip(*(kept(codes) for _, codes in filters), strict=True)))
        words = [list(distinct) for distinct, _ in filters]
        ees.combos = [tuple(words[k][v] for k, v in enumerate(key)) for key in combo]
    else:
        ees.combos, ees.combo_of = [()], [0] * len(ees.lines)
    ees.cell_of = [kept(p) for p in parsed]


_CODES = {"": Cell(None, "x"), **{code: Cell(None, code) for code in SUPPRESSION}}
_CELLS = re.compile(
    rf"(?:{_NUMBER.pattern}|(?i:{'|'.join(SUPPRESSION)})|)(?:\n(?:{_NUMBER.pattern}|(?i:{'|'.join(SUPPRESSION)})|))*"
)
_NUMBERS = re.compile(rf"(?:{_NUMBER.pattern})(?:\n(?:{_NUMBER.pattern}))*")


def _cells(texts: list[str], column: str) -> list[Cell]:
    """Distinct texts of a measure as cells; InputError names the column (not yet the line) of a bad one.

    As published, every text is a number of a few digits or a suppression code: that is confirmed for
    them all at once (one regular expression over them joined) and they are converted at C speed.
    """
    numbers = list(filterfalse(_CODES.__contains__, texts))
    joined = "\n".join(numbers)
    if (
        numbers
        and joined.count("\n") == len(numbers) - 1
        and max(map(len, numbers)) <= MAX_INTEGER_DIGITS
        and _NUMBERS.fullmatch(joined)
    ):
        plain = map(float, numbers) if "," not in joined else (float(t.replace(",", "")) for t in numbers)
        made = dict(zip(numbers, map(tuple.__new__, repeat(Cell), zip(plain, repeat(""))), strict=True))
        made.update(_CODES)
        return list(map(made.__getitem__, texts))
    return [_cell(t, column) for t in texts]


def _is_cell(text: str) -> bool:
    try:
        _cell(text, "")
    except InputError:
        return False
    return True


def _cell(text: str, column: str) -> Cell:
    """A measure's cell as published (already stripped); InputError names the column but not yet the line."""
    if not text:
        return Cell(None, "x")
    if _NUMBER.fullmatch(text):
        digits = text.lstrip("-").split(".")[0].replace(",", "")
        if len(digits.lstrip("0")) > MAX_INTEGER_DIGITS:
            raise InputError(f"column {column!r} holds {quoted(text, 30)}, too large to be a figure")
        return Cell(float(text.replace(",", "")))
    code = text.lower()
    if code in SUPPRESSION:
        return Cell(None, code)
    raise InputError(
        f"column {column!r} holds {quoted(text, 40)}, which is neither a number written with the "
        f"digits 0-9 nor a suppression code ({', '.join(SUPPRESSION)})"
    )


def _check_areas(ees: EesFile, path: Path) -> None:
    """Each code names one place: England's code is not a region's, two authorities never share one.

    Checked over the distinct places and periods, quickly; only a fault is looked for row by row.
    """
    places = ees.places
    names = ees.period_names
    by_period = {(places[p], names[q]) for p, q in set(zip(ees.place_of, ees.period_of, strict=True))}
    authorities = {p for p in places if p.level == "local_authority"}
    numbered = {
        (p.old_code, period, p.code) for p, period in by_period if p.level == "local_authority" and p.old_code
    }
    code_number = {code: n for n, code in enumerate(dict.fromkeys(p.code for p in places))}
    code_of = [code_number[p.code] for p in places]
    # Each row's area by code; as a rule each code is one place, and the place's number will do.
    area_of = (
        ees.place_of if len(code_number) == len(places) else list(map(code_of.__getitem__, ees.place_of))
    )
    if (
        len({(p.code, p.level) for p in places}) == len({p.code for p in places})
        and len({(p.code, period, p.name) for p, period in by_period})
        == len({(p.code, period) for p, period in by_period})
        and len({(p.code, p.old_code) for p in authorities}) == len({p.code for p in authorities})
        and len(numbered) == len({(old, period) for old, period, _ in numbered})
        and len(set(zip(area_of, ees.period_of, ees.combo_of, strict=True))) == len(ees.lines)
    ):
        return
    _find_area_fault(ees.rows, path)
    raise InputError("two rows name the same area in different ways", where=str(path))


def _find_area_fault(rows: list[Row], path: Path) -> None:
    """Which line breaks the rule, said plainly (the slow way: only when the quick checks found a fault)."""
    level_of: dict[str, tuple[str, Row]] = {}
    old_of: dict[str, Row] = {}  # an authority's new code to its first row
    by_number: dict[tuple[str, str], Row] = {}  # (three-digit number, period) to its first row
    named: dict[tuple[str, str], Row] = {}  # (code, period) to its first row
    places: dict[tuple[str, str, tuple[str, ...]], Row] = {}
    for row in rows:
        where = f"{path}, line {row.line}"
        first = level_of.setdefault(row.area_code, (row.level, row))
        if first[0] != row.level:
            raise InputError(
                f"this {LEVEL_WORDS[row.level]} row has code {row.area_code}, which line {first[1].line} "
                f"gives to {first[1].area_name} ({LEVEL_WORDS[first[0]]})",
                where=where,
            )
        same = named.setdefault((row.area_code, row.period), row)
        if same.area_name != row.area_name:
            raise InputError(
                f"code {row.area_code} names {same.area_name} on line {same.line} and {row.area_name} here, "
                f"both in {row.period}",
                where=where,
            )
        if row.level == "local_authority":
            held = old_of.setdefault(row.area_code, row)
            if held.area_old_code != row.area_old_code:
                raise InputError(
                    f"code {row.area_code} is authority {held.area_old_code} ({held.area_name}) on line "
                    f"{held.line} but authority {row.area_old_code} ({row.area_name}) here",
                    where=where,
                )
            if row.area_old_code:
                other = by_number.setdefault((row.area_old_code, row.period), row)
                if other.area_code != row.area_code:
                    raise InputError(
                        f"authority number {row.area_old_code} is {other.area_name} ({other.area_code}) on "
                        f"line {other.line} and {row.area_name} ({row.area_code}) here, both in {row.period}",
                        where=where,
                    )
        key = (row.area_code, row.period, row.filters)
        repeated = places.setdefault(key, row)
        if repeated is not row:
            raise InputError(
                f"this line repeats line {repeated.line}: the same area, period and filters "
                "with figures of its own",
                where=where,
            )


def _records(reader: Any, path: Path) -> tuple[list[int], list[list[str]]]:
    """A csv.reader's non-empty records and their line numbers; a malformed one is refused with its line."""
    numbers: list[int] = []
    records: list[list[str]] = []
    try:
        for record in reader:
            if record:
                records.append(record)
                numbers.append(reader.line_num)
    except csv.Error as exc:
        raise InputError(f"the CSV is malformed ({exc})", where=f"{path}, line {reader.line_num}") from exc
    return numbers, records


def _body(text: str, path: Path) -> tuple[list[str], list[int], list[list[str]]]:
    """The header and the non-empty records with their line numbers.

    A file of one record a line (as published) is read at C speed and its lines numbered after; any
    other (a field running over lines, a malformed line) is read again record by record.
    """
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader)
        records = list(reader)
    except (StopIteration, csv.Error):
        pass
    else:
        if reader.line_num == len(records) + 1:  # record n is on line n + 1
            if all(records):
                return header, list(range(2, len(records) + 2)), records
            numbers = [n for n, record in enumerate(records, start=2) if record]
            return header, numbers, [r for r in records if r]
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        raise InputError("this is not a CSV file", where=f"{path}, line 1") from exc
    return header, *_records(reader, path)


def period_end(period: str, time_identifier: str = "") -> str:
    """The last day a period covers, as YYYY-MM-DD, so periods sort and chart in order.

    A year (2025: a reporting or financial year ends on 31 March), a year pair (202425, whose second
    year must follow the first), a month (2025-06) or a day (2025-03-31). Anything else, or a date
    that does not exist, is refused.
    """
    text = period.strip()
    kind = time_identifier.lower()
    try:
        if re.fullmatch(r"[0-9]{4}", text):
            year = int(text)
            return (
                date(year, 3, 31) if "reporting" in kind or "financial" in kind else date(year, 12, 31)
            ).isoformat()
        if re.fullmatch(r"[0-9]{6}", text):
            first, second = int(text[:4]), int(text[:2] + text[4:])
            if second != first + 1:
                raise ValueError("the second year must follow the first")
            return (date(second, 8, 31) if "academic" in kind else date(second, 3, 31)).isoformat()
        if re.fullmatch(r"[0-9]{4}-[0-9]{2}", text):
            year, month = int(text[:4]), int(text[5:])
            return date(year, month, calendar.monthrange(year, month)[1]).isoformat()
        if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
            return date.fromisoformat(text).isoformat()
    except (ValueError, calendar.IllegalMonthError) as exc:
        raise InputError(f"the period {quoted(period, 30)} is not a real period ({exc})") from exc
    raise InputError(
        f"the period {quoted(period, 30)} is not one cpdesk can place in time (a year such as 2025, "
        "a year pair such as 202425, a month such as 2025-06 or a day such as 2025-03-31)"
    )


@dataclass(frozen=True)
class Neighbours:
    """Each authority's statistical neighbours, closest first, by the DfE's three-digit number."""

    by_authority: dict[str, tuple[str, ...]]
    names: dict[str, str]


_NEIGHBOURS: dict[tuple[Path, int, int], Neighbours] = {}
_AUTHORITY_NUMBER = re.compile(r"[0-9]{3}")  # the DfE's number for an authority, as in old_la_code


def read_neighbours(path: Path) -> Neighbours:
    """The DfE's statistical neighbour groupings (LA num, LA Name, ..., SN1, SNP, ... SN10, SNP).

    Every import reads them; a file read once is kept while it stays as it was (same size and time).
    """
    path = Path(path).resolve()
    try:
        seen = path.stat()
    except OSError:
        seen = None
    key = (path, seen.st_mtime_ns, seen.st_size) if seen is not None else None
    if key is not None and key in _NEIGHBOURS:
        return _NEIGHBOURS[key]
    found = _read_neighbours(path)
    if key is not None:
        _NEIGHBOURS.clear()  # one groupings file is in use at a time
        _NEIGHBOURS[key] = found
    return found


def _read_neighbours(path: Path) -> Neighbours:
    text = read_text(path)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    header = [h.strip() for h in rows[0]] if rows else []
    missing = [name for name in ("LA num", "LA Name", "SN1") if name not in header]
    if missing:
        raise InputError(
            "this is not a statistical neighbour file (it has no "
            f"{' or '.join(repr(name) for name in missing)} column)",
            where=f"{path}, line 1",
        )
    at_number, at_name = header.index("LA num"), header.index("LA Name")
    columns = [header.index(f"SN{n}") for n in range(1, 11) if f"SN{n}" in header]
    width = max(at_number, at_name, *columns) + 1
    by_authority: dict[str, tuple[str, ...]] = {}
    names: dict[str, str] = {}
    first_line: dict[str, int] = {}
    for line, record in enumerate(rows[1:], start=2):
        if len(record) <= at_number or not record[at_number].strip():
            continue  # a blank line, one of empty cells, or one that names no authority (a heading)
        where = f"{path}, line {line}"
        if len(record) < width:
            raise InputError("this line has too few columns", where=where)
        number = record[at_number].strip()
        if not _AUTHORITY_NUMBER.fullmatch(number):
            raise InputError(
                f"'LA num' holds {quoted(number, 30)}, not an authority's three-digit number", where=where
            )
        if number in first_line:
            raise InputError(
                f"authority {number} has its neighbours on line {first_line[number]} already", where=where
            )
        first_line[number] = line
        for c in columns:
            cell = record[c].strip()
            if cell and not _AUTHORITY_NUMBER.fullmatch(cell):
                raise InputError(
                    f"{header[c]!r} holds {quoted(cell, 30)}, not an authority's three-digit number",
                    where=where,
                )
        names[number] = record[at_name].strip()
        by_authority[number] = tuple(record[c].strip() for c in columns if record[c].strip())
    return Neighbours(by_authority, names)
