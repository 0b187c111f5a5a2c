"""The desk: one open database and the services that work on it, handed to the CLI and the GUI."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import peewee as pw

from cpdesk.domain.strategy import StrategyService
from cpdesk.store import open_database

T = TypeVar("T")


class Desk:
    """One cpdesk database, open, with a service for each area of the committee's work."""

    def __init__(self, db: pw.SqliteDatabase, path: Path) -> None:
        self.db = db
        self.path = path
        self.strategy = StrategyService(db)

    @classmethod
    def open(cls, path: Path) -> Desk:
        """Open the database at path (a new file gets the bundled strategy)."""
        desk = cls(open_database(path), Path(path))
        desk.strategy.ensure_bundled()
        return desk

    def run(self, work: Callable[[], T]) -> T:
        """Do work on this thread with its own connection, closed afterwards if this call opened it."""
        opened_here = self.db.is_closed()
        if opened_here:
            self.db.connect()
        try:
            return work()
        finally:
            if opened_here:
                self.db.close()

    def close(self) -> None:
        if not self.db.is_closed():
            self.db.close()

    def __enter__(self) -> Desk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
