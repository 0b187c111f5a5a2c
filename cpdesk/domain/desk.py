"""The desk: one open database and the services that work on it, handed to the CLI and the GUI."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

import peewee as pw

from cpdesk.domain.actions import ActionService
from cpdesk.domain.agenda import AgendaService
from cpdesk.domain.indicators import IndicatorService
from cpdesk.domain.meetings import MeetingService
from cpdesk.domain.minutes import MinutesService
from cpdesk.domain.people import PeopleService
from cpdesk.domain.strategy import StrategyService
from cpdesk.domain.workprogramme import WorkProgrammeService
from cpdesk.store import open_database

T = TypeVar("T")


class Desk:
    """One cpdesk database, open, with a service for each area of the committee's work."""

    def __init__(self, db: pw.SqliteDatabase, path: Path, today: Callable[[], date] = date.today) -> None:
        self.db = db
        self.path = path
        self.today = today
        self.strategy = StrategyService(db)
        self.people = PeopleService(db)
        self.meetings = MeetingService(db, today)
        self.agenda = AgendaService(db)
        self.minutes = MinutesService(db, self.agenda, today)
        self.actions = ActionService(db, today)
        self.work_programme = WorkProgrammeService(db, self.agenda, today)
        self.indicators = IndicatorService(db, today)

    @classmethod
    def open(cls, path: Path, today: Callable[[], date] = date.today) -> Desk:
        """Open the database at path (a new file gets the bundled strategy, the bodies and the teams)."""
        desk = cls(open_database(path), Path(path), today)
        desk.strategy.ensure_bundled()
        desk.people.ensure_defaults()
        desk.work_programme.ensure_defaults()
        desk.indicators.ensure_defaults()
        return desk

    @property
    def is_example(self) -> bool:
        """True for the example database, whose every record is invented."""
        from cpdesk.store.meetings import Meeting

        return bool(Meeting.select().where(Meeting.is_example == True).exists())  # noqa: E712

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
