"""Published briefing packs: each publication kept as it was given out, never changed (migration 0009)."""

from __future__ import annotations

from uuid import UUID

import peewee as pw

from cpdesk.store.base import BaseModel
from cpdesk.store.meetings import Meeting

PUBLISHED_EDITIONS = ("committee", "chair")  # a member's edition is their own copy: never published


class PackIssue(BaseModel):
    """One publication of a meeting's pack: a version (supplement 0) or a supplement (S1, S2 ...) to one.

    The database refuses to change or remove a row: what was published stays exactly as it was.
    """

    class Meta:
        table_name = "pack_issue"
        indexes = ((("meeting", "edition", "version", "supplement"), True),)

    meeting = pw.ForeignKeyField(Meeting, on_delete="RESTRICT", index=False)
    meeting_id: UUID  # set by peewee
    edition = pw.TextField(constraints=[pw.Check("edition IN ('committee', 'chair')")])
    version = pw.IntegerField(constraints=[pw.Check("version >= 1")])
    supplement = pw.IntegerField(default=0, constraints=[pw.Check("supplement >= 0")])
    published_on = pw.TextField()  # YYYY-MM-DD, the local date it was published; created_at is the moment
    page_count = pw.IntegerField(constraints=[pw.Check("page_count >= 1")])
    snapshot = pw.TextField()  # JSON: the pack's sections as plain data, papers by sha256
    pdf = pw.BlobField()  # the published file, byte for byte
    html = pw.TextField()  # its accessible HTML edition, as published


PACK_MODELS: tuple[type[BaseModel], ...] = (PackIssue,)
