"""Tables for the member's reading desk: who is using cpdesk, their private notes, and papers' text."""

from __future__ import annotations

from uuid import UUID

import peewee as pw

from cpdesk.store.base import BaseModel, UtcDateTimeField
from cpdesk.store.meetings import Action, Paper

ROLES = ("member", "chair", "clerk", "officer")
TARGET_KINDS = (
    "priority",
    "commitment",
    "promise",
    "pledge_area",
    "meeting",
    "agenda_item",
    "report",
    "paper",
    "action",
    "challenge",
    "indicator",
)


class DeskUser(BaseModel):
    """A person who uses cpdesk on this database; their notes are theirs alone."""

    class Meta:
        table_name = "desk_user"

    name = pw.TextField()
    role = pw.TextField(constraints=[pw.Check("role IN ('member', 'chair', 'clerk', 'officer')")])


class Annotation(BaseModel):
    """A private note, or a question to ask at the meeting, on any record; on a paper, anchored to a passage.

    A note on a paper keeps the page and the words it quotes (with their hash) and the paper's content
    hash when it was placed (anchored_to), so that a revised paper can be searched for the same words.
    """

    user = pw.ForeignKeyField(DeskUser, on_delete="CASCADE")
    user_id: UUID  # set by peewee
    target_kind = pw.TextField(
        constraints=[
            pw.Check(
                "target_kind IN ('priority', 'commitment', 'promise', 'pledge_area', 'meeting', "
                "'agenda_item', 'report', 'paper', 'action', 'challenge', 'indicator')"
            )
        ]
    )
    target_id = pw.TextField()
    text = pw.TextField()
    is_question = pw.BooleanField(default=False)
    asked_on = pw.TextField(null=True)  # YYYY-MM-DD, when the question was asked at the meeting
    action = pw.ForeignKeyField(Action, null=True, on_delete="SET NULL")  # what the question became
    action_id: UUID | None  # set by peewee
    page = pw.IntegerField(null=True)  # 1-based, on a paper
    quote = pw.TextField(default="")
    quote_hash = pw.TextField(default="")
    anchored_to = pw.TextField(default="")  # the paper's sha256 the anchor was last checked against
    anchor = pw.TextField(default="placed", constraints=[pw.Check("anchor IN ('placed', 'moved', 'lost')")])
    deleted_at = UtcDateTimeField(null=True)

    class Meta:
        indexes = ((("target_kind", "target_id"), False),)


class PaperPage(BaseModel):
    """The text of one page of a paper, read when it is attached, for search and for anchoring notes."""

    class Meta:
        table_name = "paper_page"
        indexes = ((("paper", "page"), True),)

    paper = pw.ForeignKeyField(Paper, on_delete="CASCADE")
    paper_id: UUID  # set by peewee
    page = pw.IntegerField()
    text = pw.TextField()


READING_MODELS: tuple[type[BaseModel], ...] = (DeskUser, Annotation, PaperPage)
