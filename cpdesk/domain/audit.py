"""The audit log: who changed what and when, recorded in the same transaction as the change itself.

Services call `record` inside the transaction that makes the change, so a change rolled back leaves no
row, and a row is never changed or removed afterwards (the database refuses both). The words say what
was done, in the committee's terms ("Status changed from Open to Completed"), never what a private note
says. Work cpdesk does by itself (emptying the bin when it opens) runs inside `automatic()` and is
recorded as done by "cpdesk".
"""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

import peewee as pw

from cpdesk.errors import InputError
from cpdesk.store.audit import AuditEntry
from cpdesk.store.indicators import Setting
from cpdesk.store.reading import DeskUser

CPDESK = "cpdesk"  # who did what cpdesk did by itself
CURRENT_USER = "current_user"  # the setting naming the person using cpdesk (see notes.py)
MAX_RECENT = 10_000
BINNED = "Moved to the bin"
RESTORED = "Restored from the bin"
EMPTIED = "Emptied from the bin"

_actor: ContextVar[str | None] = ContextVar("cpdesk_audit_actor", default=None)


@dataclass(frozen=True)
class Entry:
    """One line of a record's history: when (UTC), who, and what was done, in words."""

    when: datetime
    who: str
    kind: str
    record_id: UUID | None
    what: str


@contextmanager
def automatic() -> Iterator[None]:
    """What is recorded in this block was done by cpdesk itself, not by the person using it."""
    token = _actor.set(CPDESK)
    try:
        yield
    finally:
        _actor.reset(token)


def who() -> str:
    """The name of the person using cpdesk (File, Who is using cpdesk), or of their computer login."""
    actor = _actor.get()
    if actor is not None:
        return actor
    # Only the columns needed: a setting's own timestamps may have been written by another program.
    user_id = Setting.select(Setting.value).where(Setting.key == CURRENT_USER).scalar()
    if user_id is not None:
        name = DeskUser.select(DeskUser.name).where(DeskUser.id == user_id).scalar()
        if name is not None:
            return str(name)
    try:
        login = getpass.getuser()
    except (OSError, KeyError):  # no login name to be had (a service account, a container)
        return "someone not named in cpdesk"
    return f"{login} (login; not named in cpdesk)"


def record(kind: str, record_id: UUID | None, what: str) -> None:
    """Add a line to the log for a record; call it inside the transaction that makes the change."""
    what = " ".join(what.split())
    if not kind or not what:
        raise InputError("an audit entry says what kind of record it is about and what was done")
    AuditEntry.create(who=who(), kind=kind, record_id=record_id.hex if record_id else None, what=what)


def _entry(row: AuditEntry) -> Entry:
    return Entry(row.created_at, row.who, row.kind, UUID(row.record_id) if row.record_id else None, row.what)


def _newest_first(query: pw.SelectQuery) -> pw.SelectQuery:
    # Two entries of one change share a moment to the microsecond only rarely; rowid keeps their order.
    return query.order_by(AuditEntry.created_at.desc(), pw.SQL("rowid").desc())


class AuditService:
    """The log's lines for a record or for the whole database, and a hook to add one."""

    def __init__(self, db: pw.Database) -> None:
        self._db = db

    def record(self, kind: str, record_id: UUID | None, what: str) -> None:
        """Add a line (for work done outside the services, such as restoring a backup), in a transaction
        of its own unless one is open."""
        with self._db.atomic():
            record(kind, record_id, what)

    def history(self, kind: str, record_id: UUID) -> list[Entry]:
        """What was done to one record, newest first."""
        query = AuditEntry.select().where((AuditEntry.kind == kind) & (AuditEntry.record_id == record_id.hex))
        return [_entry(r) for r in _newest_first(query)]

    def recent(self, limit: int = 100) -> list[Entry]:
        """The newest lines of the whole log, newest first."""
        if not 1 <= limit <= MAX_RECENT:
            raise InputError(f"ask for between 1 and {MAX_RECENT:,} entries of the log")
        return [_entry(r) for r in _newest_first(AuditEntry.select()).limit(limit)]
