"""Tables for young people's voice: challenges raised at the young people's meeting and what came of them."""

from __future__ import annotations

from uuid import UUID

import peewee as pw

from cpdesk.store.base import BaseModel, UtcDateTimeField
from cpdesk.store.meetings import Action, AgendaItem, Meeting, Person, StrategyLink

RAISED_BY_KINDS = ("group", "young_person", "anonymous")
STATUSES = ("raised", "taken", "response_agreed", "done", "not_possible")


class Challenge(BaseModel):
    """A challenge young people raised, taken to the Sub-Committee, answered, closed once they are told."""

    reference = pw.TextField(unique=True)
    raised_at = pw.ForeignKeyField(Meeting, on_delete="RESTRICT")  # the young people's meeting
    raised_at_id: UUID  # set by peewee
    raised_by_kind = pw.TextField(
        constraints=[pw.Check("raised_by_kind IN ('group', 'young_person', 'anonymous')")]
    )
    raised_by = pw.TextField(default="")  # a group's name, or a first name or initials; "" when anonymous
    you_said = pw.TextField()
    theme = pw.TextField(default="")
    agenda_item = pw.ForeignKeyField(AgendaItem, null=True, on_delete="SET NULL")  # where it was taken
    agenda_item_id: UUID | None  # set by peewee
    officer = pw.ForeignKeyField(Person, null=True, on_delete="SET NULL")
    officer_id: UUID | None  # set by peewee
    response = pw.TextField(default="")  # the committee's response ("We will")
    response_on = pw.TextField(null=True)  # YYYY-MM-DD
    status = pw.TextField(
        default="raised",
        constraints=[pw.Check("status IN ('raised', 'taken', 'response_agreed', 'done', 'not_possible')")],
    )
    reason = pw.TextField(default="")  # why it was not possible, in plain words (Promise 3)
    closed_on = pw.TextField(null=True)  # YYYY-MM-DD, when it became done or not possible
    told_on = pw.TextField(null=True)  # YYYY-MM-DD, when young people were told
    told_how = pw.TextField(default="")
    is_example = pw.BooleanField(default=False)
    deleted_at = UtcDateTimeField(null=True)

    class Meta:
        indexes = ((("status",), False),)
        constraints = [  # noqa: RUF012 (peewee reads this list)
            pw.SQL(
                "CHECK (status NOT IN ('done', 'not_possible') "
                "OR (told_on IS NOT NULL AND closed_on IS NOT NULL))"
            ),
            pw.SQL("CHECK (status <> 'not_possible' OR trim(reason) <> '')"),
        ]


class ChallengeStep(BaseModel):
    """A dated line of what was done about a challenge ("We did")."""

    challenge = pw.ForeignKeyField(Challenge, on_delete="CASCADE")
    challenge_id: UUID  # set by peewee
    on_date = pw.TextField()  # YYYY-MM-DD
    text = pw.TextField()


class ChallengeLink(StrategyLink):
    challenge = pw.ForeignKeyField(Challenge, on_delete="CASCADE")
    challenge_id: UUID  # set by peewee


class ChallengeAction(BaseModel):
    """An action on the action log taken in answer to a challenge."""

    challenge = pw.ForeignKeyField(Challenge, on_delete="CASCADE")
    challenge_id: UUID  # set by peewee
    action = pw.ForeignKeyField(Action, on_delete="CASCADE")
    action_id: UUID  # set by peewee

    class Meta:
        indexes = ((("challenge", "action"), True),)


VOICE_MODELS: tuple[type[BaseModel], ...] = (Challenge, ChallengeStep, ChallengeLink, ChallengeAction)
