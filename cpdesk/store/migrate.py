"""The numbered ladder of schema migrations: each step runs in one transaction with its version bump."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import peewee as pw

from cpdesk.errors import DatabaseError, DatabaseTooNewError
from cpdesk.store import database
from cpdesk.store.cipher import DRIVER_ERRORS, DerivedKey, connect_raw
from cpdesk.store.database import damaged, plain_error


@dataclass(frozen=True)
class Step:
    """One rung of the ladder: the SQL that takes the schema from version - 1 to version."""

    version: int
    name: str
    sql: str

    def statements(self) -> list[str]:
        """The step's statements, split where SQLite says a statement is complete."""
        found: list[str] = []
        pending = ""
        for line in self.sql.splitlines(keepends=True):
            if not pending and (not line.strip() or line.lstrip().startswith("--")):
                continue
            pending += line
            if sqlite3.complete_statement(pending):
                found.append(pending.strip())
                pending = ""
        if pending.strip():
            raise ValueError(f"migration {self.version:04d} ends inside a statement")
        return found


def load_ladder() -> tuple[Step, ...]:
    """The migration steps shipped with cpdesk, in order; numbering must have no gaps."""
    folder = resources.files("cpdesk.store") / "migrations"
    steps = []
    for entry in folder.iterdir():
        match = re.fullmatch(r"(\d{4})_([a-z0-9_]+)\.sql", entry.name)
        if match:
            steps.append(Step(int(match[1]), match[2], entry.read_text(encoding="utf-8")))
    steps.sort(key=lambda s: s.version)
    if [s.version for s in steps] != list(range(1, len(steps) + 1)):
        raise RuntimeError("migration files are not numbered 0001, 0002, ... without gaps")
    return tuple(steps)


LADDER = load_ladder()
SCHEMA_VERSION = len(LADDER)


def schema_version(db: pw.SqliteDatabase) -> int:
    """The schema version recorded in the database file."""
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def _user_tables(db: pw.SqliteDatabase) -> list[str]:
    rows = db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    return [r[0] for r in rows]


def refuse_unless_migratable(current: int, has_tables: bool, target: int, path: Path | None) -> None:
    """Raise if a database at this version cannot be brought to the target by this ladder."""
    where = str(path) if path else None
    if current > target:
        raise DatabaseTooNewError(
            f"this database uses schema version {current}, but this cpdesk knows only up to "
            f"version {target}; open it with a newer cpdesk",
            where=where,
        )
    if current == 0 and has_tables:
        raise DatabaseError("this file is an SQLite database but not a cpdesk one", where=where)


def preflight(
    path: Path, *, immutable: bool = False, passphrase: str | None = None, derived: DerivedKey | None = None
) -> int:
    """Check an existing file read-only before anything writes to it; return its schema version.

    A file cpdesk refuses is not touched at all: not one of another program's, not one from a newer
    cpdesk, and not a damaged one. SQLite's quick_check reads every page of the file (about 30 ms for a
    database holding twenty years of meetings), so damage is found before cpdesk writes into it.
    immutable opens a file whose folder cannot be written to, where SQLite cannot keep its lock files.
    An encrypted file is read with its passphrase: PassphraseNeededError without one,
    WrongPassphraseError for a wrong one.
    """
    try:
        conn = connect_raw(
            path,
            passphrase,
            read_only=True,
            immutable=immutable,
            timeout=database.BUSY_TIMEOUT,
            derived=derived,
        )
        try:
            current = int(conn.execute("PRAGMA user_version").fetchone()[0])
            tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
            findings = [row[0] for row in conn.execute("PRAGMA quick_check")]
        finally:
            conn.close()
    except DRIVER_ERRORS as exc:
        plain = plain_error(exc, path)
        if plain is not None:
            raise plain from exc
        raise DatabaseError(f"cannot open this file as a cpdesk database ({exc})", where=str(path)) from exc
    if findings != ["ok"]:
        raise damaged(path, "; ".join(findings[:3]))
    refuse_unless_migratable(current, tables > 0, SCHEMA_VERSION, path)
    return current


def copy_aside(db: pw.SqliteDatabase, path: Path, version: int) -> Path:
    """Back up the whole database (WAL included) before upgrading it to a schema version: a checked
    backup in its backups folder (cpdesk/store/backup.py), for its owner only, encrypted with the same
    passphrase as an encrypted database; the oldest such backups beyond those kept are removed."""
    from cpdesk.store.backup import make_backup, rotate, upgrade_reason

    passphrase, derived = getattr(db, "passphrase", None), getattr(db, "derived_key", None)
    made = make_backup(db.connection(), path, upgrade_reason(version), passphrase, derived=derived)
    rotate(path)
    return made.path


def migrate(
    db: pw.SqliteDatabase,
    path: Path | None,
    ladder: tuple[Step, ...] = LADDER,
) -> Path | None:
    """Bring the database up to the newest schema; return the backup made first, if one was needed."""
    target = len(ladder)
    current = schema_version(db)
    refuse_unless_migratable(current, bool(_user_tables(db)), target, path)
    if current == target:
        return None
    backup = copy_aside(db, path, target) if path is not None and current > 0 else None
    for step in ladder[current:]:
        with db.atomic():
            if schema_version(db) >= step.version:  # another cpdesk took this step while this one waited
                continue
            for statement in step.statements():
                db.execute_sql(statement)
            db.execute_sql(f"PRAGMA user_version = {step.version:d}")
    return backup


def schema_sql(db: pw.SqliteDatabase) -> str:
    """The schema the ladder produced, as SQLite keeps it: tables first, then indexes, by name."""
    rows = db.execute_sql(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
        "ORDER BY CASE type WHEN 'table' THEN 0 ELSE 1 END, name"
    )
    header = f"-- cpdesk database schema, version {schema_version(db)}. Made by `python -m cpdesk.store`.\n"
    return header + "".join(f"\n{row[0]};\n" for row in rows)
