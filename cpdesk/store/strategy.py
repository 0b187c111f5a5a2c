"""Tables for a Corporate Parenting Strategy: one row in `strategy` per version, the rest hang off it."""

from __future__ import annotations

from uuid import UUID

import peewee as pw

from cpdesk.store.base import BaseModel, UtcDateTimeField


class Strategy(BaseModel):
    """One version of a strategy, as imported; exactly one version is current."""

    title = pw.TextField()
    council = pw.TextField()
    period_start = pw.IntegerField()
    period_end = pw.IntegerField()
    version_label = pw.TextField()
    council_vision = pw.TextField(default="")
    source = pw.TextField(default="")
    imported_from = pw.TextField(default="")
    imported_at = UtcDateTimeField()
    is_current = pw.BooleanField(default=False)


class StrategyPart(BaseModel):
    """A piece of one strategy version, kept in the order the strategy prints it."""

    strategy = pw.ForeignKeyField(Strategy, on_delete="CASCADE")
    strategy_id: UUID  # set by peewee
    position = pw.IntegerField()


class Narrative(StrategyPart):
    """Running text: a foreword, the introduction, our vision, a section's lead-in."""

    key = pw.TextField()
    title = pw.TextField()
    body = pw.TextField()  # paragraphs separated by a blank line

    class Meta:
        indexes = ((("strategy", "key"), True),)


class Ambition(StrategyPart):
    """One of the council's ambitions the strategy serves."""

    number = pw.IntegerField()
    text = pw.TextField()


class ConditionForSuccess(StrategyPart):
    """How the council will achieve its ambitions for children."""

    text = pw.TextField()


class Priority(StrategyPart):
    """One of the strategy's priorities, with its theme and statement."""

    number = pw.IntegerField()
    title = pw.TextField()
    summary = pw.TextField(default="")
    statement = pw.TextField()
    delivered_by = pw.TextField(default="")

    class Meta:
        indexes = ((("strategy", "number"), True),)


class PriorityPart(BaseModel):
    """A line under a priority, in printed order."""

    priority = pw.ForeignKeyField(Priority, on_delete="CASCADE")
    priority_id: UUID  # set by peewee
    position = pw.IntegerField()
    text = pw.TextField()


class YouSaid(PriorityPart):
    """What young people said ("You said...")."""


class Commitment(PriorityPart):
    """What the council will aim to do ("We will aim to ...")."""


class SuccessMeasure(PriorityPart):
    """How success will be seen ("What will success look like?")."""


class DeliveryTeam(StrategyPart):
    """A team or service the strategy names as delivering a priority."""

    name = pw.TextField()

    class Meta:
        indexes = ((("strategy", "name"), True),)


class PriorityDeliveryTeam(BaseModel):
    """Which teams deliver which priority, in the order the strategy names them."""

    priority = pw.ForeignKeyField(Priority, on_delete="CASCADE")
    priority_id: UUID  # set by peewee
    team = pw.ForeignKeyField(DeliveryTeam, on_delete="CASCADE")
    team_id: UUID  # set by peewee
    position = pw.IntegerField()

    class Meta:
        indexes = ((("priority", "team"), True),)


class Principle(StrategyPart):
    """One of the statutory Corporate Parenting Principles."""

    text = pw.TextField()


class ApproachItem(StrategyPart):
    """A part of the council's overarching approach."""

    title = pw.TextField()
    text = pw.TextField()


class RelatedPlan(StrategyPart):
    """A strategy, plan or body the strategy works alongside."""

    title = pw.TextField()
    text = pw.TextField()


class Promise(StrategyPart):
    """One of the Promises to children in care."""

    number = pw.IntegerField()
    text = pw.TextField()

    class Meta:
        indexes = ((("strategy", "number"), True),)


class Pledge(StrategyPart):
    """The Care Leavers' Pledge: its introduction and the Personal Adviser."""

    introduction = pw.TextField()
    personal_adviser = pw.TextField()


class PledgeArea(StrategyPart):
    """An area the Pledge covers (education and employment, finances, health, housing)."""

    title = pw.TextField()
    text = pw.TextField()


class GovernanceBody(StrategyPart):
    """A body in the governance structure and what it does."""

    name = pw.TextField()
    role = pw.TextField()


class WayOfWorking(StrategyPart):
    """How all the work must be done (trauma informed, strengths orientated, ...)."""

    title = pw.TextField()
    text = pw.TextField()


class GoodParentingTrait(StrategyPart):
    """A mark of good corporate parenting."""

    text = pw.TextField()


class AnnualReport(StrategyPart):
    """A report the Sub-Committee reviews each year."""

    title = pw.TextField()
    description = pw.TextField()


class ContextFigure(StrategyPart):
    """A figure from the strategy's context section: a number, its unit and what it counts."""

    section = pw.TextField()
    value = pw.FloatField()
    unit = pw.TextField(constraints=[pw.Check("unit IN ('count', 'percent')")])
    counts = pw.TextField()
    as_of = pw.TextField()
    note = pw.TextField(default="")


STRATEGY_MODELS: tuple[type[BaseModel], ...] = (
    Strategy,
    Narrative,
    Ambition,
    ConditionForSuccess,
    Priority,
    YouSaid,
    Commitment,
    SuccessMeasure,
    DeliveryTeam,
    PriorityDeliveryTeam,
    Principle,
    ApproachItem,
    RelatedPlan,
    Promise,
    Pledge,
    PledgeArea,
    GovernanceBody,
    WayOfWorking,
    GoodParentingTrait,
    AnnualReport,
    ContextFigure,
)
