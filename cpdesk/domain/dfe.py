"""Reading the DfE's Explore Education Statistics CSV files, and its statistical neighbour groupings.

A file has time, geography and name columns, then filter columns, then measure columns (counts,
percentages, rates). Each combination of filter values is one indicator. Suppressed cells hold a
letter (c, z, x, low, k, u) and are kept as such: never a number, never zero.
"""

from __future__ import annotations

import calendar
import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from cpdesk.domain.files import read_offered_file
from cpdesk.errors import InputError

SUPPRESSION = {
    "c": "confidential",
    "z": "not applicable",
    "x": "not available",
    "low": "rounds to zero",
    "k": "fewer than 0.5",
    "u": "low reliability",
}
GEOGRAPHY = (
    "time_period",
    "time_identifier",
    "geographic_level",
    "country_code",
    "country_name",
    "region_code",
    "region_name",
    "old_la_code",
    "la_name",
    "new_la_code",
)
REQUIRED = (
    "time_period",
    "time_identifier",
    "geographic_level",
    "country_code",
    "old_la_code",
    "la_name",
    "new_la_code",
)
MAX_FILE_BYTES = 200_000_000
_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")


@dataclass(frozen=True)
class Cell:
    """A measure's cell: a number, or the letter that stands in for a suppressed one."""

    value: float | None
    code: str = ""  # the suppression letter, or empty


@dataclass(frozen=True)
class Row:
    line: int
    period: str
    period_end: str  # YYYY-MM-DD, checked while reading
    time_identifier: str
    level: str  # national, regional, local_authority
    area_code: str  # E92000001 / E12000006 / E10000003
    area_old_code: str  # 873 for an authority
    area_name: str
    region_code: str
    region_name: str
    filters: tuple[str, ...]
    measures: dict[str, Cell]


@dataclass
class EesFile:
    """A checked file: its filter and measure columns and every row."""

    name: str
    filters: tuple[str, ...]
    measures: tuple[str, ...]
    rows: list[Row] = field(default_factory=list)


def measure_kind(column: str) -> str | None:
    """What a measure column holds, from its name; None for a filter column."""
    name = column.lower()
    if name.endswith("_percent") or name.endswith("_percentage") or name == "percent":
        return "percent"
    if name.startswith("rate_per_"):
        return "rate"
    if name == "population_estimate" or name.endswith("_population") or name.endswith("_denominator"):
        return "population"
    if name.endswith("_count") or name.endswith("_number") or name == "number":
        return "count"
    if name.endswith("_average") or name.endswith("_mean") or name.endswith("_days"):
        return "number"
    return None


def _cell(text: str, where: str, column: str) -> Cell:
    text = text.strip()
    if not text:
        return Cell(None, "x")
    if _NUMBER.match(text):
        return Cell(float(text))
    code = text.lower()
    if code in SUPPRESSION:
        return Cell(None, code)
    raise InputError(
        f"column {column!r} holds {text!r}, which is neither a number nor a suppression code "
        f"({', '.join(SUPPRESSION)})",
        where=where,
    )


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


def read_ees_file(path: Path) -> EesFile:
    """Read and check a whole file; InputError says what is wrong and on which line."""
    path = Path(path)
    text = read_text(path)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = [h.strip() for h in next(reader)]
    except (StopIteration, csv.Error) as exc:
        raise InputError("this is not a CSV file", where=f"{path}, line 1") from exc
    if len(header) < 2:
        raise InputError("this is not a CSV file: the first line has no commas", where=f"{path}, line 1")
    missing = [column for column in REQUIRED if column not in header]
    if missing:
        raise InputError(
            f"missing column {', '.join(repr(c) for c in missing)}: "
            "this does not look like an Explore Education Statistics file",
            where=f"{path}, line 1",
        )
    rest = [h for h in header if h not in GEOGRAPHY]
    measures = tuple(h for h in rest if measure_kind(h))
    filters = tuple(h for h in rest if not measure_kind(h))
    if not measures:
        raise InputError(
            "the file has no measure columns (counts, percentages or rates)", where=f"{path}, line 1"
        )
    index = {name: position for position, name in enumerate(header)}
    ees = EesFile(path.name, filters, measures)
    ends_cleanly = text.endswith("\n")
    lines = list(_records(reader, path))
    for line, record in lines:
        where = f"{path}, line {line}"
        if len(record) != len(header):
            if line == lines[-1][0] and not ends_cleanly and len(record) < len(header):
                raise InputError(
                    f"the last line has {len(record)} of {len(header)} columns: the file looks cut short",
                    where=where,
                )
            raise InputError(
                f"this line has {len(record)} columns where the header has {len(header)}", where=where
            )
        level = record[index["geographic_level"]].strip()
        kinds = {"National": "national", "Regional": "regional", "Local authority": "local_authority"}
        if level not in kinds:
            continue  # other geographies (e.g. local authority districts) are not compared here
        kind = kinds[level]
        code = {"national": "country_code", "regional": "region_code", "local_authority": "new_la_code"}[kind]
        name = {"national": "country_name", "regional": "region_name", "local_authority": "la_name"}[kind]
        area_code = record[index[code]].strip() if code in index else ""
        if not area_code:
            raise InputError(f"a {level.lower()} row has no {code}", where=where)
        period, time_identifier = (
            record[index["time_period"]].strip(),
            record[index["time_identifier"]].strip(),
        )
        try:
            ends = period_end(period, time_identifier)
        except InputError as exc:
            raise InputError(exc.message, where=where) from exc
        ees.rows.append(
            Row(
                line=line,
                period=period,
                period_end=ends,
                time_identifier=time_identifier,
                level=kind,
                area_code=area_code,
                area_old_code=record[index["old_la_code"]].strip() if kind == "local_authority" else "",
                area_name=record[index[name]].strip() if name in index else area_code,
                region_code=record[index["region_code"]].strip() if "region_code" in index else "",
                region_name=record[index["region_name"]].strip() if "region_name" in index else "",
                filters=tuple(record[index[f]].strip() for f in filters),
                measures={m: _cell(record[index[m]], where, m) for m in measures},
            )
        )
    if not ends_cleanly:
        # Every published file ends with a line break; without one, the last figure may be cut (71 read as 7).
        raise InputError(
            "the last line has no line ending, so it may be cut short; check the file is complete",
            where=f"{path}, line {lines[-1][0] if lines else 1}",
        )
    if not ees.rows:
        raise InputError("the file has no rows for England, a region or a local authority", where=str(path))
    return ees


def _records(reader: Any, path: Path) -> Iterator[tuple[int, list[str]]]:
    """A csv.reader's non-empty records with their line numbers; a malformed one is refused with its line."""
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise InputError(
                f"the CSV is malformed ({exc})", where=f"{path}, line {reader.line_num}"
            ) from exc
        if record:
            yield reader.line_num, record


def period_end(period: str, time_identifier: str = "") -> str:
    """The last day a period covers, as YYYY-MM-DD, so periods sort and chart in order.

    A year (2025: a reporting or financial year ends on 31 March), a year pair (202425, whose second
    year must follow the first), a month (2025-06) or a day (2025-03-31). Anything else, or a date
    that does not exist, is refused.
    """
    text = period.strip()
    kind = time_identifier.lower()
    try:
        if re.fullmatch(r"\d{4}", text):
            year = int(text)
            return (
                date(year, 3, 31) if "reporting" in kind or "financial" in kind else date(year, 12, 31)
            ).isoformat()
        if re.fullmatch(r"\d{6}", text):
            first, second = int(text[:4]), int(text[:2] + text[4:])
            if second != first + 1:
                raise ValueError("the second year must follow the first")
            return (date(second, 8, 31) if "academic" in kind else date(second, 3, 31)).isoformat()
        if re.fullmatch(r"\d{4}-\d{2}", text):
            year, month = int(text[:4]), int(text[5:])
            return date(year, month, calendar.monthrange(year, month)[1]).isoformat()
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return date.fromisoformat(text).isoformat()
    except (ValueError, calendar.IllegalMonthError) as exc:
        raise InputError(f"the period {period!r} is not a real period ({exc})") from exc
    raise InputError(
        f"the period {period!r} is not one cpdesk can place in time (a year such as 2025, "
        "a year pair such as 202425, a month such as 2025-06 or a day such as 2025-03-31)"
    )


@dataclass(frozen=True)
class Neighbours:
    """Each authority's statistical neighbours, closest first, by the DfE's three-digit number."""

    by_authority: dict[str, tuple[str, ...]]
    names: dict[str, str]


def read_neighbours(path: Path) -> Neighbours:
    """The DfE's statistical neighbour groupings (LA num, LA Name, ..., SN1, SNP, ... SN10, SNP)."""
    text = read_text(Path(path))
    rows = list(csv.reader(io.StringIO(text, newline="")))
    header = [h.strip() for h in rows[0]]
    if "LA num" not in header or "SN1" not in header:
        raise InputError(
            "this is not a statistical neighbour file (no 'LA num' and 'SN1' columns)",
            where=f"{path}, line 1",
        )
    columns = [header.index(f"SN{n}") for n in range(1, 11) if f"SN{n}" in header]
    by_authority: dict[str, tuple[str, ...]] = {}
    names: dict[str, str] = {}
    for line, record in enumerate(rows[1:], start=2):
        if not record or not record[0].strip():
            continue
        if len(record) < max(columns) + 1:
            raise InputError("this line has too few columns", where=f"{path}, line {line}")
        number = record[header.index("LA num")].strip()
        names[number] = record[header.index("LA Name")].strip()
        by_authority[number] = tuple(record[c].strip() for c in columns if record[c].strip())
    return Neighbours(by_authority, names)
