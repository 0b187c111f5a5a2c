"""Tables for the meeting cycle: people and bodies, meetings, agendas, papers, minutes and the action log."""

from __future__ import annotations

from uuid import UUID

import peewee as pw

from cpdesk.store.base import BaseModel, UtcDateTimeField
from cpdesk.store.strategy import Commitment, PledgeArea, Priority, Promise


class Team(BaseModel):
    """A team or service that can own actions (the strategy's delivery teams are there from the start)."""

    name = pw.TextField(unique=True)
    is_example = pw.BooleanField(default=False)
    deleted_at = UtcDateTimeField(null=True)


class Person(BaseModel):
    """A member, an officer, or a young person (first name or initials only)."""

    name = pw.TextField()
    kind = pw.TextField(constraints=[pw.Check("kind IN ('member', 'officer', 'young_person')")])
    role = pw.TextField(default="")  # members: chair, vice_chair, member, co_opted, substitute
    post = pw.TextField(default="")  # officers
    team = pw.ForeignKeyField(Team, null=True, on_delete="SET NULL")
    team_id: UUID | None  # set by peewee
    email = pw.TextField(default="")
    is_example = pw.BooleanField(default=False)
    deleted_at = UtcDateTimeField(null=True)


class Body(BaseModel):
    """A body that meets: the Sub-Committee, the young people's meeting, a steering group, the parent."""

    name = pw.TextField(unique=True)
    kind = pw.TextField(
        constraints=[
            pw.Check("kind IN ('sub_committee', 'young_people', 'steering_group', 'parent_committee')")
        ]
    )
    parent = pw.ForeignKeyField("self", null=True, on_delete="SET NULL")
    parent_id: UUID | None  # set by peewee


class Meeting(BaseModel):
    """One meeting of a body, on a date and at a time (local time, as the agenda prints it)."""

    body = pw.ForeignKeyField(Body, on_delete="RESTRICT")
    body_id: UUID  # set by peewee
    date = pw.TextField()  # YYYY-MM-DD
    time = pw.TextField(default="")  # HH:MM, 24-hour
    venue = pw.TextField(default="")
    status = pw.TextField(
        default="scheduled",
        constraints=[
            pw.Check("status IN ('scheduled', 'agenda_published', 'held', 'cancelled', 'minutes_approved')")
        ],
    )
    minutes_approved_at = pw.ForeignKeyField("self", null=True, on_delete="RESTRICT")
    minutes_approved_at_id: UUID | None  # set by peewee
    notes = pw.TextField(default="")
    is_example = pw.BooleanField(default=False)
    deleted_at = UtcDateTimeField(null=True)

    class Meta:
        indexes = ((("date",), False),)


class Attendance(BaseModel):
    """Whether a person came to a meeting, and whom a substitute stood in for."""

    meeting = pw.ForeignKeyField(Meeting, on_delete="CASCADE")
    meeting_id: UUID  # set by peewee
    person = pw.ForeignKeyField(Person, on_delete="RESTRICT")
    person_id: UUID  # set by peewee
    status = pw.TextField(
        constraints=[pw.Check("status IN ('present', 'apologies', 'absent', 'substitute')")]
    )
    substitute_for = pw.ForeignKeyField(Person, null=True, on_delete="RESTRICT")
    substitute_for_id: UUID | None  # set by peewee

    class Meta:
        indexes = ((("meeting", "person"), True),)


class AgendaItem(BaseModel):
    """An item on a meeting's agenda; numbered by its position among the items not in the bin."""

    meeting = pw.ForeignKeyField(Meeting, on_delete="CASCADE")
    meeting_id: UUID  # set by peewee
    position = pw.IntegerField()
    title = pw.TextField()
    item_type = pw.TextField(constraints=[pw.Check("item_type IN ('decision', 'information', 'standing')")])
    standing_kind = pw.TextField(
        default=""
    )  # apologies, minutes, action_log, young_people, work_programme, ...
    presenter = pw.ForeignKeyField(Person, null=True, on_delete="SET NULL")
    presenter_id: UUID | None  # set by peewee
    annual_report = pw.TextField(default="")  # the title of the annual report it brings (work programme)
    description = pw.TextField(default="")
    deleted_at = UtcDateTimeField(null=True)
    # "moderngov" for an item imported from the committee system; None for the clerk's own
    imported_from = pw.TextField(null=True, constraints=[pw.Check("imported_from IN ('moderngov')")])


class StrategyLink(BaseModel):
    """What an agenda item, an action or a challenge concerns: a priority, a commitment, a Promise or a
    Pledge area (exactly one of them)."""

    priority = pw.ForeignKeyField(Priority, null=True, on_delete="CASCADE")
    priority_id: UUID | None  # set by peewee
    commitment = pw.ForeignKeyField(Commitment, null=True, on_delete="CASCADE")
    commitment_id: UUID | None  # set by peewee
    promise = pw.ForeignKeyField(Promise, null=True, on_delete="CASCADE")
    promise_id: UUID | None  # set by peewee
    pledge_area = pw.ForeignKeyField(PledgeArea, null=True, on_delete="CASCADE")
    pledge_area_id: UUID | None  # set by peewee

    class Meta:
        constraints = [  # noqa: RUF012 (peewee reads this list)
            pw.SQL(
                "CHECK ((priority_id IS NOT NULL) + (commitment_id IS NOT NULL) "
                "+ (promise_id IS NOT NULL) + (pledge_area_id IS NOT NULL) = 1)"
            )
        ]


class AgendaItemLink(StrategyLink):
    agenda_item = pw.ForeignKeyField(AgendaItem, on_delete="CASCADE")
    agenda_item_id: UUID  # set by peewee


class OfficerReport(BaseModel):
    """The front sheet of a council report brought under an agenda item."""

    agenda_item = pw.ForeignKeyField(AgendaItem, unique=True, on_delete="CASCADE")
    agenda_item_id: UUID  # set by peewee
    title = pw.TextField()
    report_from = pw.TextField(default="")
    key_decision = pw.BooleanField(default=False)
    forward_plan_ref = pw.TextField(default="")
    executive_summary = pw.TextField(default="")
    recommendations = pw.TextField(default="")
    voting_arrangements = pw.TextField(default="")
    contact_name = pw.TextField(default="")
    contact_post = pw.TextField(default="")
    contact_email = pw.TextField(default="")
    finance = pw.TextField(default="")
    legal = pw.TextField(default="")
    risk = pw.TextField(default="")
    equality = pw.TextField(default="")
    climate = pw.TextField(default="")
    deleted_at = UtcDateTimeField(null=True)  # a removed front sheet is kept, and can be put back


class Paper(BaseModel):
    """A PDF attached to an agenda item; the file itself is kept in paper_content."""

    agenda_item = pw.ForeignKeyField(AgendaItem, on_delete="CASCADE")
    agenda_item_id: UUID  # set by peewee
    position = pw.IntegerField(default=0)
    title = pw.TextField()
    file_name = pw.TextField()
    page_count = pw.IntegerField()
    size_bytes = pw.IntegerField()
    sha256 = pw.TextField()
    deleted_at = UtcDateTimeField(null=True)


class LinkedDocument(BaseModel):
    """A document the committee system links to an agenda item, kept as its title and web address."""

    agenda_item = pw.ForeignKeyField(AgendaItem, on_delete="CASCADE")
    agenda_item_id: UUID  # set by peewee
    position = pw.IntegerField()
    title = pw.TextField()
    url = pw.TextField(constraints=[pw.Check("url LIKE 'http://_%' OR url LIKE 'https://_%'")])
    restricted = pw.BooleanField(default=False)
    deleted_at = UtcDateTimeField(null=True)


class PaperContent(BaseModel):
    """The bytes of a paper, apart from its details so that lists stay quick."""

    paper = pw.ForeignKeyField(Paper, unique=True, on_delete="CASCADE")
    paper_id: UUID  # set by peewee
    data = pw.BlobField()


class Declaration(BaseModel):
    """A declaration of interest by a person on an agenda item."""

    agenda_item = pw.ForeignKeyField(AgendaItem, on_delete="CASCADE")
    agenda_item_id: UUID  # set by peewee
    person = pw.ForeignKeyField(Person, on_delete="RESTRICT")
    person_id: UUID  # set by peewee
    kind = pw.TextField(
        constraints=[pw.Check("kind IN ('disclosable_pecuniary', 'other_registrable', 'non_registrable')")]
    )
    interest = pw.TextField()
    deleted_at = UtcDateTimeField(null=True)


class Minute(BaseModel):
    """What was discussed under an agenda item."""

    agenda_item = pw.ForeignKeyField(AgendaItem, unique=True, on_delete="CASCADE")
    agenda_item_id: UUID  # set by peewee
    discussion = pw.TextField(default="")


class MinuteDraft(BaseModel):
    """Words typed for an item's discussion and not yet saved into the minutes, kept as they are typed."""

    agenda_item = pw.ForeignKeyField(AgendaItem, unique=True, on_delete="CASCADE")
    agenda_item_id: UUID  # set by peewee
    discussion = pw.TextField(default="")


class Decision(BaseModel):
    """A decision taken under an agenda item, with the vote where there was one."""

    agenda_item = pw.ForeignKeyField(AgendaItem, on_delete="CASCADE")
    agenda_item_id: UUID  # set by peewee
    position = pw.IntegerField()
    text = pw.TextField()
    votes_for = pw.IntegerField(null=True)
    votes_against = pw.IntegerField(null=True)
    abstentions = pw.IntegerField(null=True)
    deleted_at = UtcDateTimeField(null=True)


class Amendment(BaseModel):
    """A correction to approved minutes: the original is kept beside the corrected text."""

    meeting = pw.ForeignKeyField(Meeting, on_delete="CASCADE")
    meeting_id: UUID  # set by peewee
    agenda_item = pw.ForeignKeyField(AgendaItem, null=True, on_delete="CASCADE")
    agenda_item_id: UUID | None  # set by peewee
    field = pw.TextField()  # what was corrected, e.g. "discussion" or "decision 2"
    original = pw.TextField()
    corrected = pw.TextField()
    reason = pw.TextField()
    made_on = pw.TextField()  # YYYY-MM-DD


class Action(BaseModel):
    """An action or a member's question raised at a meeting, followed until it is done or answered."""

    kind = pw.TextField(default="action", constraints=[pw.Check("kind IN ('action', 'question')")])
    reference = pw.TextField(unique=True)
    meeting = pw.ForeignKeyField(Meeting, on_delete="RESTRICT")
    meeting_id: UUID  # set by peewee
    agenda_item = pw.ForeignKeyField(AgendaItem, null=True, on_delete="SET NULL")
    agenda_item_id: UUID | None  # set by peewee
    description = pw.TextField()
    raised_by = pw.ForeignKeyField(Person, null=True, on_delete="SET NULL")
    raised_by_id: UUID | None  # set by peewee
    owner = pw.ForeignKeyField(Person, null=True, on_delete="SET NULL")
    owner_id: UUID | None  # set by peewee
    owner_team = pw.ForeignKeyField(Team, null=True, on_delete="SET NULL")
    owner_team_id: UUID | None  # set by peewee
    due_date = pw.TextField(null=True)  # YYYY-MM-DD
    status = pw.TextField(
        default="open",
        constraints=[
            pw.Check(
                "status IN ('open', 'in_progress', 'completed', 'closed_no_further_action', 'superseded')"
            )
        ],
    )
    answer = pw.TextField(default="")
    closed_on = pw.TextField(null=True)  # YYYY-MM-DD, when it became completed, closed or superseded
    last_update_on = pw.TextField()  # YYYY-MM-DD: raised, or the latest update
    is_example = pw.BooleanField(default=False)
    deleted_at = UtcDateTimeField(null=True)

    class Meta:
        indexes = ((("status",), False), (("due_date",), False))


class ActionLink(StrategyLink):
    action = pw.ForeignKeyField(Action, on_delete="CASCADE")
    action_id: UUID  # set by peewee


class ActionUpdate(BaseModel):
    """A dated note on an action's progress, with the status it left the action in."""

    action = pw.ForeignKeyField(Action, on_delete="CASCADE")
    action_id: UUID  # set by peewee
    on_date = pw.TextField()  # YYYY-MM-DD
    text = pw.TextField()
    status = pw.TextField()
    author = pw.TextField(default="")


class WorkProgrammeEntry(BaseModel):
    """An annual report the Sub-Committee expects, and the month it is due each municipal year."""

    report_title = pw.TextField(unique=True)
    due_month = pw.IntegerField(constraints=[pw.Check("due_month BETWEEN 1 AND 12")])
    notes = pw.TextField(default="")


MEETING_MODELS: tuple[type[BaseModel], ...] = (
    Team,
    Person,
    Body,
    Meeting,
    Attendance,
    AgendaItem,
    AgendaItemLink,
    OfficerReport,
    Paper,
    PaperContent,
    LinkedDocument,
    Declaration,
    Minute,
    MinuteDraft,
    Decision,
    Amendment,
    Action,
    ActionLink,
    ActionUpdate,
    WorkProgrammeEntry,
)
