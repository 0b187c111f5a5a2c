"""Tables for the figures the committee monitors: indicators, areas, values, and exceptions when Red."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import peewee as pw

from cpdesk.store.base import BaseModel, UtcDateTimeField
from cpdesk.store.meetings import Action
from cpdesk.store.strategy import Priority, SuccessMeasure


class Area(BaseModel):
    """A place figures are published for: England, a region, or a local authority."""

    code = pw.TextField(unique=True)  # E92000001, E12000006, E10000003
    old_code = pw.TextField(default="")  # the DfE's three-digit authority number, e.g. 873
    name = pw.TextField()
    level = pw.TextField(constraints=[pw.Check("level IN ('national', 'regional', 'local_authority')")])


class Comparator(BaseModel):
    """An area a council compares itself with: England, its region, its statistical neighbours."""

    area = pw.ForeignKeyField(Area, on_delete="CASCADE")
    area_id: UUID  # set by peewee
    comparator = pw.ForeignKeyField(Area, on_delete="CASCADE")
    comparator_id: UUID  # set by peewee
    kind = pw.TextField(constraints=[pw.Check("kind IN ('national', 'regional', 'neighbour')")])
    rank = pw.IntegerField(default=0)  # statistical neighbours: 1 is the closest

    class Meta:
        indexes = ((("area", "comparator"), True),)


class Setting(BaseModel):
    """A choice kept in the database itself, such as which council it belongs to."""

    key = pw.TextField(unique=True)
    value = pw.TextField()


class Indicator(BaseModel):
    """A figure the committee monitors, with its unit, which way is better and an optional target."""

    name = pw.TextField()
    description = pw.TextField(default="")
    unit = pw.TextField(
        constraints=[pw.Check("unit IN ('count', 'percent', 'rate_per_10000', 'days', 'number')")]
    )
    polarity = pw.TextField(default="none", constraints=[pw.Check("polarity IN ('higher', 'lower', 'none')")])
    target = pw.FloatField(null=True)
    source = pw.TextField(default="")
    source_key = pw.TextField(null=True, unique=True)  # how an import recognises it again
    deleted_at = UtcDateTimeField(null=True)


class IndicatorLink(BaseModel):
    """A priority or a success measure an indicator evidences."""

    indicator = pw.ForeignKeyField(Indicator, on_delete="CASCADE")
    indicator_id: UUID  # set by peewee
    priority = pw.ForeignKeyField(Priority, null=True, on_delete="CASCADE")
    priority_id: UUID | None  # set by peewee
    success_measure = pw.ForeignKeyField(SuccessMeasure, null=True, on_delete="CASCADE")
    success_measure_id: UUID | None  # set by peewee

    class Meta:
        constraints = [  # noqa: RUF012 (peewee reads this list)
            pw.SQL("CHECK ((priority_id IS NOT NULL) + (success_measure_id IS NOT NULL) = 1)")
        ]


class StatisticsImport(BaseModel):
    """One import of a published statistics file: what it wrote, and enough to undo it as one step."""

    file_name = pw.TextField()
    authority = pw.TextField()  # the authority it was imported for, as "Cambridgeshire (873)"
    indicators_added = pw.IntegerField()
    values_written = pw.IntegerField()
    journal = pw.TextField()  # JSON: indicators, areas and comparators it made or changed, as they were
    undone_at = UtcDateTimeField(null=True)


class IndicatorValue(BaseModel):
    """One published or recorded figure for an indicator, area and period; suppressed ones keep their code."""

    indicator = pw.ForeignKeyField(Indicator, on_delete="CASCADE")
    indicator_id: UUID  # set by peewee
    area = pw.ForeignKeyField(Area, on_delete="RESTRICT")
    area_id: UUID  # set by peewee
    period = pw.TextField()  # as published: 2025, 2024-12, 2023/24
    period_end = pw.TextField()  # YYYY-MM-DD, for ordering and charts
    value = pw.FloatField(null=True)  # null when suppressed
    numerator = pw.FloatField(null=True)
    denominator = pw.FloatField(null=True)
    suppressed = pw.TextField(default="")  # c, z, x, low, k or u as published; empty when there is a value
    note = pw.TextField(default="")
    source = pw.TextField(default="")
    statistics_import = pw.ForeignKeyField(StatisticsImport, null=True, on_delete="SET NULL")
    statistics_import_id: UUID | None  # set by peewee: the import that wrote it, if one did

    class Meta:
        indexes = ((("indicator", "area", "period"), True),)


class ReplacedValue(BaseModel):
    """A value as it was before an import changed it, to put back if the import is undone."""

    statistics_import = pw.ForeignKeyField(StatisticsImport, on_delete="CASCADE")
    value_id = pw.UUIDField()  # not a foreign key: the value may have gone since
    value = pw.FloatField(null=True)
    numerator = pw.FloatField(null=True)
    denominator = pw.FloatField(null=True)
    suppressed = pw.TextField()
    note = pw.TextField()
    source = pw.TextField()
    period_end = pw.TextField()
    previous_import_id = pw.UUIDField(null=True)
    value_updated_at = pw.TextField()


# Bulk statements for imports of thousands of values: one executemany each, no model per row.
VALUE_COLUMNS = (
    "id",
    "created_at",
    "updated_at",
    "indicator_id",
    "area_id",
    "period",
    "period_end",
    "value",
    "numerator",
    "denominator",
    "suppressed",
    "note",
    "source",
    "statistics_import_id",
)
_INSERT_VALUES = (
    f'INSERT INTO "indicator_value" ({", ".join(VALUE_COLUMNS)}) '
    f"VALUES ({', '.join('?' * len(VALUE_COLUMNS))})"
)
_UPDATE_VALUES = (
    'UPDATE "indicator_value" SET "updated_at" = ?, "period_end" = ?, "value" = ?, "numerator" = ?, '
    '"denominator" = ?, "suppressed" = ?, "note" = ?, "source" = ?, "statistics_import_id" = ? WHERE "id" = ?'
)
_INSERT_REPLACED = (
    'INSERT INTO "replaced_value" ("id", "created_at", "updated_at", "statistics_import_id", "value_id", '
    '"value", "numerator", "denominator", "suppressed", "note", "source", "period_end", '
    '"previous_import_id", "value_updated_at") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'
)


def held_values(indicator_ids: list[str], area_ids: list[str]) -> list[tuple[Any, ...]]:
    """The values held for these indicators and areas (ids as hex), as SQLite gives them.

    Each is (id, indicator_id, area_id, period, period_end, value, numerator, denominator, suppressed,
    note, source, statistics_import_id, updated_at).
    """
    if not indicator_ids or not area_ids:
        return []
    db = IndicatorValue._meta.database
    found: list[tuple[Any, ...]] = []
    areas = ", ".join("?" * len(area_ids))
    for start in range(0, len(indicator_ids), 500):  # within SQLite's limit on parameters
        chunk = indicator_ids[start : start + 500]
        found += db.execute_sql(
            'SELECT "id", "indicator_id", "area_id", "period", "period_end", "value", "numerator", '
            '"denominator", "suppressed", "note", "source", "statistics_import_id", "updated_at" '
            f'FROM "indicator_value" WHERE "indicator_id" IN ({", ".join("?" * len(chunk))}) '
            f'AND "area_id" IN ({areas})',
            [*chunk, *area_ids],
        ).fetchall()
    return found


def insert_values(rows: list[tuple[Any, ...]]) -> None:
    """New values, each a tuple in the order of VALUE_COLUMNS (ids as hex, times as stored)."""
    if rows:
        IndicatorValue._meta.database.cursor().executemany(_INSERT_VALUES, rows)


def update_values(rows: list[tuple[Any, ...]]) -> None:
    """Values changed in place (so a Red figure's exception stays with it): see _UPDATE_VALUES."""
    if rows:
        IndicatorValue._meta.database.cursor().executemany(_UPDATE_VALUES, rows)


def insert_replaced(rows: list[tuple[Any, ...]]) -> None:
    if rows:
        IndicatorValue._meta.database.cursor().executemany(_INSERT_REPLACED, rows)


# An import's few other statements, as plain SQL too: through models they cost more than its values do.


def setting_area(key: str, default: str) -> tuple[str, bool]:
    """The area code a setting names (or the default), and whether an area with that code is held."""
    code, held = Area._meta.database.execute_sql(
        'SELECT "code", EXISTS (SELECT 1 FROM "area" WHERE "area"."code" = "chosen"."code") FROM '
        '(SELECT COALESCE((SELECT "value" FROM "setting" WHERE "key" = ?), ?) AS "code") AS "chosen"',
        (key, default),
    ).fetchone()
    return str(code), bool(held)


def held_areas(codes: list[str]) -> dict[str, tuple[Any, ...]]:
    """The areas held with these codes, by code: (id, code, old_code, name, level, updated_at) as stored."""
    if not codes:
        return {}
    rows = Area._meta.database.execute_sql(
        'SELECT "id", "code", "old_code", "name", "level", "updated_at" FROM "area" '
        f'WHERE "code" IN ({", ".join("?" * len(codes))})',
        codes,
    ).fetchall()
    return {row[1]: row for row in rows}


def insert_areas(rows: list[tuple[Any, ...]]) -> None:
    """New areas, each (id, created_at, updated_at, code, old_code, name, level)."""
    if rows:
        Area._meta.database.cursor().executemany(
            'INSERT INTO "area" ("id", "created_at", "updated_at", "code", "old_code", "name", "level") '
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )


def rename_areas(rows: list[tuple[Any, ...]]) -> None:
    """Areas a file names anew, each (name, old_code, updated_at, id)."""
    if rows:
        Area._meta.database.cursor().executemany(
            'UPDATE "area" SET "name" = ?, "old_code" = ?, "updated_at" = ? WHERE "id" = ?', rows
        )


def comparators_of(area: str) -> list[tuple[Any, ...]]:
    """An area's comparators as stored: (id, created_at, updated_at, comparator_id, kind, rank)."""
    return list(
        Comparator._meta.database.execute_sql(
            'SELECT "id", "created_at", "updated_at", "comparator_id", "kind", "rank" FROM "comparator" '
            'WHERE "area_id" = ?',
            (area,),
        ).fetchall()
    )


def replace_comparators(area: str, rows: list[tuple[Any, ...]]) -> None:
    """An area's comparators made these, each (id, created_at, updated_at, comparator_id, kind, rank)."""
    cursor = Comparator._meta.database.cursor()
    cursor.execute('DELETE FROM "comparator" WHERE "area_id" = ?', (area,))
    cursor.executemany(
        'INSERT INTO "comparator" ("id", "created_at", "updated_at", "area_id", "comparator_id", "kind", '
        '"rank") VALUES (?, ?, ?, ?, ?, ?, ?)',
        [(r[0], r[1], r[2], area, *r[3:]) for r in rows],
    )


def held_indicators(keys: list[str]) -> dict[str, tuple[Any, ...]]:
    """Indicators held under these source keys: (id, name, unit, deleted_at, updated_at) as stored."""
    db = Indicator._meta.database
    found: dict[str, tuple[Any, ...]] = {}
    for start in range(0, len(keys), 500):  # within SQLite's limit on parameters
        chunk = keys[start : start + 500]
        for row in db.execute_sql(
            'SELECT "source_key", "id", "name", "unit", "deleted_at", "updated_at" FROM "indicator" '
            f'WHERE "source_key" IN ({", ".join("?" * len(chunk))})',
            chunk,
        ).fetchall():
            found[row[0]] = row[1:]
    return found


def insert_indicators(rows: list[tuple[Any, ...]]) -> None:
    """New indicators, each (id, created_at, updated_at, name, description, unit, source, source_key)."""
    if rows:
        Indicator._meta.database.cursor().executemany(
            'INSERT INTO "indicator" ("id", "created_at", "updated_at", "name", "description", "unit", '
            '"polarity", "target", "source", "source_key", "deleted_at") '
            "VALUES (?, ?, ?, ?, ?, ?, 'none', NULL, ?, ?, NULL)",
            rows,
        )


def restore_indicators(rows: list[tuple[Any, ...]]) -> None:
    """Indicators out of the bin, each (updated_at, id)."""
    if rows:
        Indicator._meta.database.cursor().executemany(
            'UPDATE "indicator" SET "deleted_at" = NULL, "updated_at" = ? WHERE "id" = ?', rows
        )


def rename_indicators(rows: list[tuple[Any, ...]]) -> None:
    """Indicators named anew, each (name, updated_at, id)."""
    if rows:
        Indicator._meta.database.cursor().executemany(
            'UPDATE "indicator" SET "name" = ?, "updated_at" = ? WHERE "id" = ?', rows
        )


def insert_import(row: tuple[Any, ...]) -> None:
    """An import's record: (id, created_at, updated_at, file_name, authority, indicators_added,
    values_written, journal)."""
    StatisticsImport._meta.database.execute_sql(
        'INSERT INTO "statistics_import" ("id", "created_at", "updated_at", "file_name", "authority", '
        '"indicators_added", "values_written", "journal", "undone_at") VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)',
        row,
    )


class IndicatorException(BaseModel):
    """Why a Red figure is Red and what is being done, kept with the value it explains."""

    value = pw.ForeignKeyField(IndicatorValue, unique=True, on_delete="CASCADE")
    value_id: UUID  # set by peewee
    why = pw.TextField()
    response = pw.TextField()
    recorded_on = pw.TextField()  # YYYY-MM-DD


class ExceptionAction(BaseModel):
    """A remedial action linked to an exception."""

    exception = pw.ForeignKeyField(IndicatorException, on_delete="CASCADE")
    exception_id: UUID  # set by peewee
    action = pw.ForeignKeyField(Action, on_delete="CASCADE")
    action_id: UUID  # set by peewee

    class Meta:
        indexes = ((("exception", "action"), True),)


INDICATOR_MODELS: tuple[type[BaseModel], ...] = (
    Area,
    Comparator,
    Setting,
    Indicator,
    IndicatorLink,
    StatisticsImport,
    IndicatorValue,
    ReplacedValue,
    IndicatorException,
    ExceptionAction,
)
