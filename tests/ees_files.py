"""Small Explore Education Statistics files for tests, shaped like the published ones."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

HEAD = (
    "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,"
    "old_la_code,la_name,new_la_code"
)
ENGLAND = ("National", "E92000001", "England", "", "", "", "", "")
EAST = ("Regional", "E92000001", "England", "E12000006", "East of England", "", "", "")
AUTHORITIES = (
    ("873", "Cambridgeshire", "E10000003"),
    ("931", "Oxfordshire", "E10000025"),
    ("937", "Warwickshire", "E10000031"),
)
AREAS = (
    ENGLAND,
    EAST,
    *(
        ("Local authority", "E92000001", "England", "E12000006", "East of England", old, name, code)
        for old, name, code in AUTHORITIES
    ),
)
Cells = Callable[[int, int, tuple[str, ...]], Sequence[object]]


def ees_file(
    path: Path,
    filters: Sequence[str],
    values: Sequence[tuple[str, ...]],
    measures: Sequence[str],
    cells: Cells,
    years: Sequence[int] = (2024, 2025),
    meta: str | None = None,
) -> Path:
    """A file with a row for each year, area and combination of filter values; cells(year, area, combo)."""
    lines = [",".join([HEAD, *filters, *measures])]
    for year in years:
        for area_number, area in enumerate(AREAS):
            for combo in values:
                row = [
                    str(year),
                    "Reporting year",
                    *area,
                    *combo,
                    *(str(c) for c in cells(year, area_number, combo)),
                ]
                lines.append(",".join(row))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    if meta is not None:
        path.with_name(f"{path.stem}.meta.csv").write_text(meta, encoding="utf-8")
    return path
