"""cpdesk's SQLite database: a write waits its turn as a write transaction; failures are told plainly."""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import peewee as pw

from cpdesk.errors import (
    LOCKED_MESSAGES,
    CpdeskError,
    DatabaseBusyError,
    DatabaseDamagedError,
    DatabaseError,
    DatabaseReadOnlyError,
    DiskFullError,
    LockedError,
)
from cpdesk.store.cipher import DRIVER_ERRORS, DerivedKey, connect_keyed, key_for

# How long a write waits for another cpdesk (a window, or a script importing) to finish its own. An
# import of a large statistics file takes seconds; half a minute leaves room for a slow laptop.
BUSY_TIMEOUT = 30.0

# SQLite's primary result codes (the low byte of an extended code), as in sqlite3.h.
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_CONSTRAINT = 10, 11, 13, 14, 19
SQLITE_READONLY_DIRECTORY = SQLITE_READONLY | (6 << 8)

_COPY_ASIDE = r"\.v(\d+)-(\d{8}T\d{6}Z)\.bak"
LOCK_TRIGGER_PREFIX = "cpdesk-locked: "  # how the triggers of migration 0005 begin their messages


def copy_aside_path(path: Path, version: int, when: datetime) -> Path:
    """Where the copy of a database made before upgrading it from a schema version is kept."""
    return path.with_name(f"{path.name}.v{version}-{when.astimezone(UTC):%Y%m%dT%H%M%SZ}.bak")


def _copies_aside(path: Path) -> list[tuple[datetime, Path]]:
    pattern = re.compile(re.escape(path.name) + _COPY_ASIDE)
    found = []
    for candidate in path.parent.glob(f"{path.name}.v*.bak"):
        match = pattern.fullmatch(candidate.name)
        if match:
            found.append((datetime.strptime(match[2], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC), candidate))
    return found


def copies_aside(path: Path) -> list[Path]:
    """Every copy of the database kept: its backups (cpdesk/store/backup.py) and the copies an older
    cpdesk left beside it before upgrades; oldest first."""
    from cpdesk.store.backup import backups

    found = _copies_aside(path) + [(b.made, b.path) for b in backups(path)]
    return [copy for _, copy in sorted(found)]


def newest_copy_aside(path: Path) -> tuple[Path, datetime] | None:
    """The newest backup of the database (or copy an older cpdesk left beside it), and when it was made."""
    from cpdesk.store.backup import backups

    found = _copies_aside(path) + [(b.made, b.path) for b in backups(path)]
    if not found:
        return None
    when, newest = max(found)
    return newest, when


def damaged(path: Path, finding: str) -> DatabaseDamagedError:
    """The refusal of a damaged database: what SQLite found, and the backup to go back to."""
    copy = newest_copy_aside(path)
    if copy is None:
        remedy = (
            "there is no backup of it in the backups folder beside it, so restore your last copy of it from "
            "elsewhere; keep the damaged file for whoever looks after cpdesk for you"
        )
    else:
        remedy = (
            f"the newest backup is {copy[0]} (from {copy[1]:%d %B %Y}): restore it (cpdesk restore, or File, "
            "Restore a backup), or a later copy of your own; keep the damaged file for whoever looks after "
            "cpdesk for you"
        )
    return DatabaseDamagedError(
        f"this database is damaged (SQLite's check says: {finding}); cpdesk will not use it, so that "
        f"nothing more is lost. {remedy[:1].upper()}{remedy[1:]}",
        where=str(path),
    )


def sqlite_error(error: BaseException) -> sqlite3.Error | None:
    """The driver's error behind an error peewee raised (peewee wraps it, passing it as the first argument).

    sqlcipher3's errors are sqlite3's under another module, with the same codes; typed as sqlite3's.
    """
    if isinstance(error, DRIVER_ERRORS):
        return error
    if error.args and isinstance(error.args[0], DRIVER_ERRORS):
        return error.args[0]
    for linked in (error.__cause__, error.__context__):
        if isinstance(linked, DRIVER_ERRORS):
            return linked
    return None


def plain_error(error: BaseException, path: Path, read_only: str | None = None) -> CpdeskError | None:
    """What an SQLite failure means to the user, or None for one that is a fault in cpdesk.

    read_only is why the database was opened read-only, if it was, to name in the message.
    """
    original = sqlite_error(error)
    code = getattr(original, "sqlite_errorcode", None)
    if not isinstance(code, int):
        return None
    primary, where = code & 0xFF, str(path)
    if primary == SQLITE_CONSTRAINT and str(original).startswith(LOCK_TRIGGER_PREFIX):
        said = str(original).removeprefix(LOCK_TRIGGER_PREFIX)
        return LockedError(LOCKED_MESSAGES.get(said, said))
    if primary == SQLITE_FULL:
        return DiskFullError(
            "the disk holding the database is full, so the change could not be saved; nothing was changed. "
            "Make room on the disk and try again",
            where=where,
        )
    if primary in (SQLITE_READONLY, SQLITE_PERM):
        if read_only is None:
            read_only = (
                "its folder cannot be written to"
                if code == SQLITE_READONLY_DIRECTORY
                else "the file cannot be written to"
            )
        return DatabaseReadOnlyError(
            f"this database is read-only ({read_only}); nothing was changed", where=where
        )
    if primary in (SQLITE_BUSY, SQLITE_LOCKED):
        return DatabaseBusyError(
            f"the database is in use by another program (cpdesk waited {BUSY_TIMEOUT:g} seconds for it); "
            "nothing was changed. Try again when it has finished",
            where=where,
        )
    if primary == SQLITE_CORRUPT:
        return damaged(path, str(original))
    if primary == SQLITE_CANTOPEN:
        return DatabaseError(
            "the database file cannot be opened (has it, or the drive it is on, been moved or removed?)",
            where=where,
        )
    if primary == SQLITE_IOERR:
        return DatabaseError(
            f"the disk holding the database could not be read or written ({original}); check that the "
            "drive is still connected, then try again",
            where=where,
        )
    return None


# What a connection, a statement or a transaction can raise: peewee's errors and the drivers' own.
FAILURES: tuple[type[Exception], ...] = (pw.DatabaseError, *DRIVER_ERRORS)


class CpdeskDatabase(pw.SqliteDatabase):
    """One cpdesk database file.

    A transaction begins IMMEDIATE: it takes the write lock at the start, waiting up to BUSY_TIMEOUT
    for another process to finish. A deferred transaction that reads and then writes cannot wait:
    if another process wrote in between, SQLite fails the upgrade to a write at once ("database is
    locked"). A single statement outside a transaction takes the lock when it starts, so it waits too.

    Every failure SQLite reports through this class (when connecting, running a statement, beginning,
    committing) is raised as a DatabaseError that says what it is when it is something the user can
    act on: a full disk, a read-only file or folder, a file another program holds, a damaged file.

    With a passphrase the file is encrypted (SQLCipher 4): each connection is made by sqlcipher3 and
    keyed before anything else is read; a wrong passphrase raises WrongPassphraseError.
    """

    def __init__(
        self,
        path: Path,
        *,
        read_only: str | None = None,
        immutable: bool = False,
        passphrase: str | None = None,
        derived: DerivedKey | None = None,
    ) -> None:
        self.path = Path(path)
        self.read_only = read_only  # why the file is open only for reading, or None
        self._passphrase: str | None = None
        self._derived: DerivedKey | None = None
        self.passphrase = passphrase  # the key of an encrypted file, or None for a plain one
        if derived is not None and derived.passphrase == passphrase:
            self._derived = derived  # the passphrase stretched once for the file's salt; see derived_key
        query = "?mode=ro&immutable=1" if immutable else ("?mode=ro" if read_only else "")
        pragmas: list[tuple[str, object]] = [("busy_timeout", int(BUSY_TIMEOUT * 1000)), ("foreign_keys", 1)]
        if passphrase is not None:
            pragmas.append(("temp_store", "memory"))  # sorts and indexes being built never touch the disk
        if read_only is None:
            # FULL, not NORMAL: in WAL mode NORMAL skips the sync at each commit, so a write cpdesk has
            # reported done can be lost if the power fails. FULL syncs the log before a commit returns.
            pragmas += [("journal_mode", "wal"), ("synchronous", "full")]
        super().__init__(
            self.path.resolve().as_uri() + query,
            pragmas=pragmas,
            timeout=BUSY_TIMEOUT,
            uri=True,
            # A reader has nothing to wait for: its transactions begin deferred.
            lock_type=None if read_only else "IMMEDIATE",
        )

    @property
    def encrypted(self) -> bool:
        """Whether the file is encrypted (opened with a passphrase)."""
        return self.passphrase is not None

    @property
    def passphrase(self) -> str | None:
        """The key of an encrypted file, or None for a plain one."""
        return self._passphrase

    @passphrase.setter
    def passphrase(self, value: str | None) -> None:
        # A new passphrase (or one put in its place to forget it, while locked) forgets the derived key too.
        if value != self._passphrase:
            self._derived = None
        self._passphrase = value

    @property
    def derived_key(self) -> DerivedKey | None:
        """The key SQLCipher derives from the passphrase for the file as it is now: derived once (about a
        quarter of a second) and kept, so that each later connection (one per thread) opens at once. A new
        passphrase or a new salt (the file encrypted afresh, or restored) derives it again."""
        self._derived = key_for(self.path, self.passphrase, self._derived)
        return self._derived

    def _connect(self) -> Any:
        if self.passphrase is None:
            return super()._connect()  # type: ignore[misc]
        conn = connect_keyed(
            self.database,
            self.passphrase,
            self.path,
            derived=self.derived_key,
            timeout=BUSY_TIMEOUT,
            isolation_level=None,
            **self.connect_params,
        )
        try:
            self._add_conn_hooks(conn)  # type: ignore[attr-defined]
        except BaseException:
            conn.close()
            raise
        return conn

    def plain(self, error: BaseException) -> CpdeskError | None:
        return plain_error(error, self.path, self.read_only)

    def _raise_plainly(self, error: BaseException) -> None:
        plain = self.plain(error)
        if plain is not None:
            raise plain from error

    def _sqlite_in_transaction(self) -> bool:
        """Whether SQLite itself holds a transaction open (it ends one by itself on some failures)."""
        return not self.is_closed() and bool(self.connection().in_transaction)  # type: ignore[no-untyped-call]

    def connect(self, reuse_if_open: bool = False) -> bool:
        try:
            return bool(super().connect(reuse_if_open))
        except FAILURES as error:
            self._raise_plainly(error)
            raise

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        try:
            return super().execute_sql(sql, params)  # type: ignore[no-untyped-call]
        except FAILURES as error:
            self._raise_plainly(error)
            raise

    def begin(self, lock_type: str | None = None) -> None:
        try:
            super().begin(lock_type)
        except FAILURES as error:
            self._raise_plainly(error)
            raise

    def commit(self) -> None:
        try:
            super().commit()
        except FAILURES as error:
            self._raise_plainly(error)
            raise

    def rollback(self) -> None:
        # After a full disk or an I/O error SQLite may already have rolled the transaction back; a
        # second ROLLBACK would fail with "no transaction is active" and hide the reason from the user.
        if self._sqlite_in_transaction():
            super().rollback()

    def savepoint(self) -> pw._savepoint:
        return _Savepoint(self)


class _Savepoint(pw._savepoint):
    """A nested atomic() block that, like the outer one, does not hide a failure SQLite already undid."""

    db: CpdeskDatabase

    def commit(self, begin: bool = True) -> None:
        if self.db._sqlite_in_transaction():
            super().commit(begin)

    def rollback(self, begin: bool = True) -> None:
        if self.db._sqlite_in_transaction():
            super().rollback(begin)
