"""The audit log's table: who changed what and when, never changed once written (migration 0010)."""

from __future__ import annotations

import peewee as pw

from cpdesk.store.base import BaseModel


class AuditEntry(BaseModel):
    """One thing done to one record (or to the database, record_id None); created_at is when, in UTC.

    The database refuses to change or remove a row.
    """

    class Meta:
        table_name = "audit"
        indexes = ((("kind", "record_id"), False),)

    who = pw.TextField()
    kind = pw.TextField()  # meeting, action, challenge, note ... or strategy, indicators, notes, backup
    record_id = pw.TextField(null=True)  # the record's UUID as 32 hex digits
    what = pw.TextField()


AUDIT_MODELS: tuple[type[BaseModel], ...] = (AuditEntry,)
