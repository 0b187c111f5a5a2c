"""Backups of a cpdesk database: made with SQLite's online backup, checked, rotated, and restored safely.

Backups are kept in a `backups` folder beside the database, readable by their owner only, each named
with the database's name, when it was made (UTC) and why: `cpdesk.db.20250301T090000Z.daily.bak`. A
backup of an encrypted database is encrypted with the same key; a backup is a whole database in one
file (no write-ahead log beside it), checked with SQLite's integrity check after it is written.

How many are kept (the newest of each kind, at least; the only backup is never removed):
  daily            the last 7, and of older ones the newest in each of the last 4 weeks (weekly)
  every other kind the last 5 of each: before an upgrade, before an import, before a restore, by hand
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cpdesk.errors import (
    DatabaseBusyError,
    DatabaseError,
    PassphraseNeededError,
    WrongPassphraseError,
)
from cpdesk.store.cipher import (
    DRIVER_ERRORS,
    DerivedKey,
    connect_keyed,
    connect_raw,
    copy_database,
    file_salt,
    is_encrypted,
    uri,
)
from cpdesk.store.private import create_file, journal_files, make_folder, make_private

FOLDER = "backups"
DAILY, BEFORE_IMPORT, BEFORE_RESTORE, BY_HAND = "daily", "before-import", "before-restore", "by-hand"
BEFORE_UPGRADE = "before-upgrade"  # its reasons name the version: before-upgrade-to-11
KEEP_DAILY, KEEP_WEEKLY, KEEP_EACH = 7, 4, 5
REASON_WORDS = {
    DAILY: "the day's first opening",
    BEFORE_UPGRADE: "before upgrading",
    BEFORE_IMPORT: "before an import",
    BEFORE_RESTORE: "before a restore",
    BY_HAND: "made by hand",
}
_STAMP = "%Y%m%dT%H%M%SZ"
_NAME = r"\.(\d{8}T\d{6}Z)(?:-(\d+))?\.([a-z0-9-]+)\.bak"
_REASON = re.compile(r"daily|before-import|before-restore|by-hand|before-upgrade-to-\d+")
# How long a restore waits for another program to let go of the database: a window left open does not.
RESTORE_WAIT = 2.0


def upgrade_reason(version: int) -> str:
    """Why a backup is made before migrating to a schema version."""
    return f"{BEFORE_UPGRADE}-to-{version:d}"


@dataclass(frozen=True)
class Backup:
    """One backup file: where it is, when it was made (UTC) and why."""

    path: Path
    made: datetime
    reason: str

    @property
    def kind(self) -> str:
        """The reason without a version: daily, before-upgrade, before-import, before-restore, by-hand."""
        return BEFORE_UPGRADE if self.reason.startswith(BEFORE_UPGRADE) else self.reason

    @property
    def why(self) -> str:
        """The reason in words."""
        words = REASON_WORDS.get(self.kind, self.reason)
        if self.kind == BEFORE_UPGRADE:
            words += f" to version {self.reason.rsplit('-', 1)[-1]}"
        return words

    @property
    def encrypted(self) -> bool:
        return is_encrypted(self.path)


def backup_folder(db_path: Path) -> Path:
    """The folder beside the database where its backups are kept."""
    return Path(db_path).parent / FOLDER


def backups(db_path: Path) -> list[Backup]:
    """Every backup of the database in its backups folder, newest first."""
    db_path = Path(db_path)
    folder = backup_folder(db_path)
    pattern = re.compile(re.escape(db_path.name) + _NAME)
    found = []
    with contextlib.suppress(OSError):
        for candidate in folder.iterdir():
            match = pattern.fullmatch(candidate.name)
            if match and _REASON.fullmatch(match[3]) and candidate.is_file():
                made = datetime.strptime(match[1], _STAMP).replace(tzinfo=UTC)
                found.append((made, int(match[2] or 0), Backup(candidate, made, match[3])))
    return [b for *_, b in sorted(found, key=lambda f: (f[0], f[1]), reverse=True)]


def backup_named(file: Path) -> Backup | None:
    """The backup a file is by its name (when it was made and why), wherever it is; None for another file."""
    match = re.search(_NAME + "$", Path(file).name)
    if match is None or not _REASON.fullmatch(match[3]):
        return None
    return Backup(Path(file), datetime.strptime(match[1], _STAMP).replace(tzinfo=UTC), match[3])


def _new_path(db_path: Path, reason: str, now: datetime) -> Path:
    folder = backup_folder(db_path)
    stamp = now.astimezone(UTC).strftime(_STAMP)
    for n in range(1000):
        candidate = folder / f"{db_path.name}.{stamp}{f'-{n}' if n else ''}.{reason}.bak"
        try:
            create_file(candidate)
        except FileExistsError:
            continue
        return candidate
    raise DatabaseError("too many backups made within one second", where=str(folder))


def _check(conn: Any) -> list[str]:
    """What SQLite's integrity checks (and SQLCipher's, for an encrypted file) find wrong; [] if sound."""
    findings = [str(row[0]) for row in conn.execute("PRAGMA integrity_check")]
    problems = [] if findings == ["ok"] else findings
    with contextlib.suppress(*DRIVER_ERRORS):  # a plain sqlite3 connection has no cipher pragmas
        problems += [" ".join(map(str, row)) for row in conn.execute("PRAGMA cipher_integrity_check")]
    return problems


def make_backup(
    source: Any,
    db_path: Path,
    reason: str,
    passphrase: str | None,
    *,
    now: datetime | None = None,
    derived: DerivedKey | None = None,
) -> Backup:
    """Back up the database open on source (a DB-API connection of the file's driver) into a new file in
    its backups folder, encrypted with passphrase (the database's own) if one is given, then check it.
    derived, the passphrase's derived key for the database, makes the backup at once (same salt and key).

    A backup that fails its check is removed and DatabaseError says so; so is one that cannot be written.
    """
    if not _REASON.fullmatch(reason):
        raise ValueError(f"not a reason for a backup: {reason!r}")
    db_path = Path(db_path)
    folder = backup_folder(db_path)
    now = now or datetime.now(UTC)
    try:
        make_folder(folder)
        make_private(folder)
        target = _new_path(db_path, reason, now)
    except OSError as exc:
        raise DatabaseError(
            f"cannot make a backup: the backups folder cannot be written to ({exc.strerror or exc})",
            where=str(folder),
        ) from exc
    try:
        copy_database(source, target, passphrase, derived)
        conn = connect_raw(target, passphrase, derived=derived)
        try:
            # A backup is one whole file: no log beside it to lose or to hold readable pages.
            conn.execute("PRAGMA journal_mode = DELETE").fetchone()
            problems = _check(conn)
        finally:
            conn.close()
        if problems:
            raise DatabaseError(
                f"the backup just made failed SQLite's check ({'; '.join(problems[:3])}), so it was removed; "
                "the database itself was not changed",
                where=str(target),
            )
        for leftover in journal_files(target):
            leftover.unlink(missing_ok=True)
    except BaseException as error:
        for made in (target, *journal_files(target), target.with_name(target.name + "-journal")):
            made.unlink(missing_ok=True)
        if isinstance(error, (*DRIVER_ERRORS, OSError)):
            raise DatabaseError(
                f"cannot make a backup ({getattr(error, 'strerror', None) or error}); nothing was changed",
                where=str(folder),
            ) from error
        raise
    return Backup(target, now.astimezone(UTC).replace(microsecond=0), reason)


def rotate(
    db_path: Path, *, keep_daily: int = KEEP_DAILY, keep_weekly: int = KEEP_WEEKLY, keep_each: int = KEEP_EACH
) -> list[Path]:
    """Remove the backups no longer kept (see the module's docstring); return what was removed."""
    found = backups(db_path)
    kept: set[Path] = set()
    kinds: dict[str, list[Backup]] = {}
    for backup in found:
        kinds.setdefault(backup.kind, []).append(backup)
    for kind, newest_first in kinds.items():
        if kind != DAILY:
            kept.update(b.path for b in newest_first[: max(1, keep_each)])
            continue
        kept.update(b.path for b in newest_first[: max(1, keep_daily)])
        weeks: set[tuple[int, int]] = set()
        for backup in newest_first[keep_daily:]:
            week = backup.made.astimezone().isocalendar()[:2]
            if week not in weeks and len(weeks) < keep_weekly:
                weeks.add(week)
                kept.add(backup.path)
    removed = []
    for backup in found:
        if backup.path not in kept:
            for file in (backup.path, *journal_files(backup.path)):
                file.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


# --- restoring ---


def _cpdesk_version(conn: Any, file: Path) -> int:
    from cpdesk.store.migrate import SCHEMA_VERSION

    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if version < 1 or not {"strategy", "setting"} <= tables:
        raise DatabaseError("this file is not a cpdesk database, so it cannot be restored", where=str(file))
    if version > SCHEMA_VERSION:
        raise DatabaseError(
            f"this backup was made by a newer cpdesk (schema version {version}; this cpdesk knows up to "
            f"{SCHEMA_VERSION}): restore it with a newer cpdesk; nothing was changed",
            where=str(file),
        )
    return version


def _tables(conn: Any) -> dict[str, int]:
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        )
    ]
    return {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def read_backup(file: Path, passphrase: str | None) -> tuple[int, dict[str, int]]:
    """Check a file offered for restoring: a sound cpdesk database this cpdesk can use, opened with the
    passphrase if it is encrypted. Its schema version and the rows in each table; nothing is written.

    An encrypted backup without a passphrase raises PassphraseNeededError, with a wrong one (one made
    before the passphrase was changed) WrongPassphraseError.
    """
    file = Path(file)
    where = str(file)
    if not file.is_file():
        raise DatabaseError("there is no backup file here", where=where)
    if file.stat().st_size == 0:
        raise DatabaseError("this file is empty: there is no database in it to restore", where=where)
    encrypted = is_encrypted(file)
    if encrypted and passphrase is None:
        raise PassphraseNeededError("this backup is encrypted: give its passphrase", where=where)
    try:
        conn = connect_raw(file, passphrase if encrypted else None, read_only=True)
    except WrongPassphraseError as exc:
        raise WrongPassphraseError(
            "the passphrase is not right for this backup (was it made before the passphrase was changed? "
            "give the one it was made with); nothing was changed",
            where=where,
        ) from exc
    try:
        problems = _check(conn)
        if problems:
            raise DatabaseError(
                f"this backup is damaged (SQLite's check says: {'; '.join(problems[:3])}), so it cannot be "
                "restored; nothing was changed",
                where=where,
            )
        return _cpdesk_version(conn, file), _tables(conn)
    except DRIVER_ERRORS as exc:
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF == 11:  # corrupt
            raise DatabaseError(
                f"this backup is damaged (SQLite says: {exc}), so it cannot be restored; nothing was changed",
                where=where,
            ) from exc
        raise DatabaseError(
            f"this file cannot be read as a cpdesk database ({exc}); nothing was changed", where=where
        ) from exc
    finally:
        conn.close()


def _hold(db_path: Path, passphrase: str | None, derived: DerivedKey | None) -> Any:
    """A connection holding the database to itself until closed, its log folded in; busy if it cannot.

    None for a file too damaged to be opened: it is kept as it is, with its log beside it.
    """
    where = str(db_path)
    try:
        if passphrase is None:
            conn = sqlite3.connect(uri(db_path), uri=True, timeout=RESTORE_WAIT, isolation_level=None)
        else:
            conn = connect_keyed(
                uri(db_path),
                passphrase,
                db_path,
                derived=derived,
                uri=True,
                timeout=RESTORE_WAIT,
                isolation_level=None,
            )
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DRIVER_ERRORS as exc:
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF in (11, 26):  # corrupt, not a database
            return None
        raise DatabaseError(
            f"cannot open the database to replace it ({exc}); nothing was changed", where=where
        ) from exc
    try:
        # Leaving WAL needs the file to itself: it fails while another program has it open.
        if conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0] != "delete":
            raise sqlite3.OperationalError("database is locked")
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")
    except DRIVER_ERRORS as exc:
        conn.close()
        raise DatabaseBusyError(
            "the database is open in another program (a cpdesk window or command): close it, then restore; "
            "nothing was changed",
            where=where,
        ) from exc
    return conn


def _keep_as_it_is(db_path: Path, now: datetime) -> Backup:
    """Copy the database file byte for byte into its backups folder as a "before-restore" backup: what a
    restore replaces is kept exactly, damaged or not, encrypted as it was."""
    folder = backup_folder(db_path)
    try:
        make_folder(folder)
        make_private(folder)
        target = _new_path(db_path, BEFORE_RESTORE, now)
        try:
            shutil.copyfile(db_path, target)
            _fsync(target)
        except BaseException:
            target.unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise DatabaseError(
            f"cannot keep a backup of the database before restoring ({exc.strerror or exc}); nothing was "
            "changed",
            where=str(folder),
        ) from exc
    return Backup(target, now.astimezone(UTC).replace(microsecond=0), BEFORE_RESTORE)


def _move_logs(db_path: Path, copy: Path) -> list[tuple[Path, Path]]:
    moved = []
    for log, beside_copy in zip(journal_files(db_path), journal_files(copy), strict=True):
        if log.exists():
            os.replace(log, beside_copy)
            moved.append((log, beside_copy))
    return moved


def restore_backup(
    db_path: Path,
    file: Path,
    *,
    passphrase: str | None,
    backup_passphrase: str | None = None,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
    derived: DerivedKey | None = None,
) -> Backup | None:
    """Put the backup file in the place of the database at db_path, safely; return the backup made first
    of what it replaced (None when there was no database there).

    Nothing else may have the database open, in this process either. The file is checked first (see
    read_backup; an encrypted one is opened with backup_passphrase, or the database's own), then the
    database is held to itself and backed up ("before-restore"), the backup is copied into a new file
    beside it (keyed with the database's passphrase), checked, and put in its place in one rename. Any
    failure before the rename leaves the database as it was. The restored database is not migrated here:
    opening it does that (after a backup of its own). derived, the database's derived key, keys the
    restored file with the database's own salt: quicker, and connections keep using the key.
    """
    db_path, file = Path(db_path), Path(file)
    where = str(db_path)
    exists = db_path.is_file() and db_path.stat().st_size > 0
    encrypted = is_encrypted(file)
    if exists and encrypted != (passphrase is not None):
        raise DatabaseError(
            "this backup is encrypted and the database is not: encrypt the database first (cpdesk encrypt), "
            "then restore it; nothing was changed"
            if encrypted
            else "this backup is not encrypted and the database is: restoring it would leave the data "
            "readable, so it was refused; nothing was changed",
            where=str(file),
        )
    key = (backup_passphrase or passphrase) if encrypted else None
    version, tables = read_backup(file, key)
    target_key = passphrase if exists else key
    if not exists or derived is None or not derived.fits(passphrase, file_salt(db_path)):
        derived = None
    hold = _hold(db_path, passphrase, derived) if exists else None
    try:
        kept = _keep_as_it_is(db_path, now()) if exists else None
        new = db_path.with_name(db_path.name + ".restoring")
        for stale in (new, *journal_files(new), new.with_name(new.name + "-journal")):
            stale.unlink(missing_ok=True)
        try:
            create_file(new)
            source = connect_raw(file, key, read_only=True)
            try:
                copy_database(source, new, target_key, derived)
            finally:
                source.close()
            check = connect_raw(new, target_key, derived=derived)
            try:
                check.execute("PRAGMA journal_mode = DELETE").fetchone()
                problems = _check(check)
                found = (int(check.execute("PRAGMA user_version").fetchone()[0]), _tables(check))
            finally:
                check.close()
            if problems or found != (version, tables):
                raise DatabaseError(
                    "the copy of the backup did not match it, so it was not used; nothing was changed",
                    where=str(new),
                )
            _fsync(new)
            # A file too damaged to hold may have a log beside it: it goes with its copy, as SQLite
            # expects to find it there, and never onto the restored file.
            logs = [] if hold is not None or kept is None else _move_logs(db_path, kept.path)
            try:
                os.replace(new, db_path)
            except BaseException:
                for log, moved in logs:
                    os.replace(moved, log)
                raise
        except BaseException as error:
            for made in (new, *journal_files(new), new.with_name(new.name + "-journal")):
                made.unlink(missing_ok=True)
            if kept is not None:
                kept.path.unlink(missing_ok=True)  # nothing changed means no backup of it either
            if isinstance(error, (*DRIVER_ERRORS, OSError)):
                raise DatabaseError(
                    f"cannot restore this backup ({getattr(error, 'strerror', None) or error}); nothing was "
                    "changed",
                    where=where,
                ) from error
            raise
        if os.name == "posix":
            _fsync(db_path.parent)
    finally:
        if hold is not None:
            hold.close()
    return kept


def _fsync(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
