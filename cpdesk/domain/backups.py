"""The backups a user can count on: one a day, one before every import, one by hand; and restoring one.

The mechanics (where backups live, how they are made, checked, rotated and restored) are in
cpdesk/store/backup.py; this says when one is made and what a restore does to the open desk.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import peewee as pw

from cpdesk.domain.audit import CPDESK, who
from cpdesk.errors import DatabaseReadOnlyError
from cpdesk.store.backup import (
    BEFORE_IMPORT,
    BY_HAND,
    DAILY,
    Backup,
    backup_folder,
    backup_named,
    backups,
    make_backup,
    restore_backup,
    rotate,
)
from cpdesk.store.database import CpdeskDatabase

if TYPE_CHECKING:
    from cpdesk.domain.desk import Desk

__all__ = ["Backup", "BackupService", "back_up_before_import", "restore_into"]


def _back_up(db: CpdeskDatabase, reason: str) -> Backup:
    made = make_backup(db.connection(), db.path, reason, db.passphrase, derived=db.derived_key)  # type: ignore[no-untyped-call]
    rotate(db.path)
    return made


def back_up_before_import(db: pw.Database) -> Backup | None:
    """Back up the database before an import writes to it; the backup, or None where none is made.

    None for a database open only for reading, inside a transaction already begun (an import that is a
    part of something larger, such as setting up a new database) and for cpdesk's own work. A backup
    that cannot be made refuses the import (DatabaseError says why), which has changed nothing.
    """
    if not isinstance(db, CpdeskDatabase) or db.read_only is not None:
        return None
    if db.in_transaction() or who() == CPDESK:
        return None
    return _back_up(db, BEFORE_IMPORT)


class BackupService:
    """The desk's backups: the list, one made now, the day's first, and a restore."""

    def __init__(self, desk: Desk) -> None:
        self._desk = desk

    @property
    def _db(self) -> CpdeskDatabase:
        db = self._desk.db
        if not isinstance(db, CpdeskDatabase):
            raise TypeError("backups need a CpdeskDatabase")
        return db

    @property
    def folder(self) -> Path:
        """Where this database's backups are kept."""
        return backup_folder(self._desk.path)

    def list(self) -> list[Backup]:
        """Every backup of this database, newest first."""
        return backups(self._desk.path)

    def make(self, reason: str = BY_HAND) -> Backup:
        """Back up the database now (then let go of the oldest beyond those kept); the backup made."""
        db = self._db
        db.connect(reuse_if_open=True)
        return _back_up(db, reason)

    def daily(self) -> Backup | None:
        """The day's backup, made when the database is first opened on a day; None if it was made already
        (or the database is open only for reading)."""
        if self._db.read_only is not None:
            return None
        today: date = self._desk.today()
        if any(b.kind == DAILY and b.made.astimezone().date() == today for b in self.list()):
            return None
        return self.make(DAILY)

    def restore(self, file: Path, *, backup_passphrase: str | None = None) -> Backup | None:
        """Put a backup in the database's place and go on working on it; the backup made first of what
        was replaced (see cpdesk/store/backup.py restore_backup). The restored database is brought up to
        date, and the restore is recorded in the audit log.

        No other connection may be open on the database (another window, another thread): close them.
        Any refusal leaves the database as it was, open as before.
        """
        db = self._db
        if db.read_only is not None:
            raise DatabaseReadOnlyError(
                f"this database is read-only ({db.read_only}), so a backup cannot be restored into it; "
                "nothing was changed",
                where=str(db.path),
            )
        file = Path(file)
        if not db.is_closed():
            db.close()
        try:
            kept = restore_backup(
                db.path,
                file,
                passphrase=db.passphrase,
                backup_passphrase=backup_passphrase,
                derived=db.derived_key,
            )
        finally:
            db.connect(reuse_if_open=True)
        from cpdesk.store.migrate import migrate

        migrate(db, db.path)  # a backup from an older cpdesk is upgraded (after a backup of its own)
        if self._desk._needs_setting_up():
            self._desk.ensure_defaults()
        _record_restore(self._desk, file)
        return kept


def _record_restore(desk: Desk, file: Path) -> None:
    named = backup_named(file)
    made = f" (made {named.made:%d %B %Y %H:%M} UTC, {named.why})" if named else ""
    desk.audit.record("database", None, f"Restored the backup {file.name}{made}")


def restore_into(
    db_path: Path, file: Path, *, passphrase: str | None, backup_passphrase: str | None = None
) -> Backup | None:
    """Restore a backup into the database at db_path, which no one has open (it may be damaged, or
    missing: a lost laptop's backup restored on another); then open it, bringing it up to date, and
    record the restore. The backup made first of what was replaced, if there was a database.

    An encrypted database keeps its passphrase; a new one takes the backup's (backup_passphrase, or
    passphrase when the backup was made with the same).
    """
    from cpdesk.domain.desk import Desk
    from cpdesk.store.cipher import is_encrypted

    existed = Path(db_path).is_file() and Path(db_path).stat().st_size > 0
    kept = restore_backup(db_path, file, passphrase=passphrase, backup_passphrase=backup_passphrase)
    key = (passphrase if existed else (backup_passphrase or passphrase)) if is_encrypted(db_path) else None
    with Desk.open(db_path, passphrase=key) as desk:
        _record_restore(desk, Path(file))
    return kept
