"""Tables for the figures the committee monitors: indicators, areas, values, and exceptions when Red."""

from __future__ import annotations

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

    class Meta:
        indexes = ((("indicator", "area", "period"), True),)


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
    IndicatorValue,
    IndicatorException,
    ExceptionAction,
)
