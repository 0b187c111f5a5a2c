"""Schema 10: the audit log's rows are kept as written; the database refuses to change or remove one."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cpdesk.domain.desk import Desk
from cpdesk.errors import LockedError
from cpdesk.store.audit import AuditEntry

RELEASED = Path(__file__).parent / "released"


def _one_entry(desk: Desk) -> AuditEntry:
    with desk.bound():
        return AuditEntry.create(
            who="Sam Clerk", kind="meeting", record_id="ab" * 16, what="Moved to the bin"
        )


def test_an_audit_row_cannot_be_changed_by_any_write_path(db: Desk) -> None:
    entry = _one_entry(db)
    with db.bound():
        with pytest.raises(LockedError, match="the audit log is kept as it was written"):
            AuditEntry.update(what="Nothing happened").where(AuditEntry.id == entry.id).execute()
        with pytest.raises(LockedError, match="the audit log is kept as it was written"):
            db.db.execute_sql('UPDATE "audit" SET "who" = ?', ("someone else",))
        assert AuditEntry.get_by_id(entry.id).what == "Moved to the bin"
        assert AuditEntry.get_by_id(entry.id).who == "Sam Clerk"


def test_an_audit_row_cannot_be_removed(db: Desk) -> None:
    entry = _one_entry(db)
    with db.bound():
        with pytest.raises(LockedError, match="cannot be changed"):
            entry.delete_instance()
        with pytest.raises(LockedError):
            db.db.execute_sql('DELETE FROM "audit"')
        assert AuditEntry.select().count() == 1


def test_another_program_cannot_change_the_log_either(db: Desk) -> None:
    _one_entry(db)
    db.close()
    conn = sqlite3.connect(db.path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="cpdesk-locked"):
            conn.execute('UPDATE "audit" SET "what" = \'rewritten\'')
        with pytest.raises(sqlite3.IntegrityError, match="cpdesk-locked"):
            conn.execute('DELETE FROM "audit"')
    finally:
        conn.close()


def test_the_released_version_10_log_reads_back_newest_first(tmp_path: Path) -> None:
    path = tmp_path / "v10.db"
    with sqlite3.connect(path) as conn:
        conn.executescript((RELEASED / "v10.sql").read_text(encoding="utf-8"))
    conn.close()
    with Desk.open(path) as desk:
        entries = desk.audit.recent(10)
        assert [e.what for e in entries] == [
            "Restored from the bin",
            "Moved to the bin",
            "The bin keeps things for 120 days (it kept them for 90)",
        ]
        assert {e.who for e in entries} == {"Sam Clerk"}
        assert desk.bin.retention_days() == 120
        indicator = entries[0].record_id
        assert indicator is not None
        assert [e.what for e in desk.audit.history("indicator", indicator)] == [
            "Restored from the bin",
            "Moved to the bin",
        ]
