"""Opening a cpdesk database file: pragmas, the proxy, and the schema brought up to date."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import peewee as pw

from cpdesk.errors import DatabaseError
from cpdesk.store.base import database_proxy
from cpdesk.store.migrate import migrate, preflight

PRAGMAS = {"journal_mode": "wal", "foreign_keys": 1, "busy_timeout": 5000, "synchronous": "normal"}


def open_database(path: Path) -> pw.SqliteDatabase:
    """Open (or create) the database at path, bind the models to it and migrate it."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(
            f"cannot create the folder for the database ({exc.strerror})", where=str(path)
        ) from exc
    if path.exists() and path.is_dir():
        raise DatabaseError("this is a folder, not a database file", where=str(path))
    if path.exists() and path.stat().st_size > 0:
        preflight(path)
    db = pw.SqliteDatabase(str(path), pragmas=PRAGMAS)
    try:
        db.connect()
        migrate(db, path)
    except (sqlite3.DatabaseError, pw.DatabaseError) as exc:
        db.close()
        raise DatabaseError(f"cannot open this file as a cpdesk database ({exc})", where=str(path)) from exc
    except BaseException:
        db.close()
        raise
    database_proxy.initialize(db)
    return db
