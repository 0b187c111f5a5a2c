"""The desk: one open database and the services that work on it, handed to the CLI and the GUI."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import peewee as pw

from cpdesk.domain.strategy import StrategyService
from cpdesk.store import SCHEMA_VERSION, open_database
from cpdesk.store.base import bound, database_proxy
from cpdesk.store.indicators import Setting
from cpdesk.store.meetings import Meeting
from cpdesk.store.strategy import Strategy

if TYPE_CHECKING:
    from cpdesk.domain.actions import ActionService
    from cpdesk.domain.agenda import AgendaService
    from cpdesk.domain.audit import AuditService
    from cpdesk.domain.backups import BackupService
    from cpdesk.domain.bin import BinService
    from cpdesk.domain.briefing import BriefingService
    from cpdesk.domain.bundles import BundleService
    from cpdesk.domain.challenges import ChallengeService
    from cpdesk.domain.coverage import CoverageService
    from cpdesk.domain.indicators import IndicatorService
    from cpdesk.domain.meetings import MeetingService
    from cpdesk.domain.minutes import MinutesService
    from cpdesk.domain.notes import NotesService
    from cpdesk.domain.pack_issues import PackIssueService
    from cpdesk.domain.people import PeopleService
    from cpdesk.domain.scratch import ScratchFolder
    from cpdesk.domain.search import SearchService
    from cpdesk.domain.workprogramme import WorkProgrammeService

T = TypeVar("T")
S = TypeVar("S")
DEFAULTS_KEY = "defaults_made_for"


def _bound_to(db: pw.Database, method: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(method)
    def call(*args: Any, **kwargs: Any) -> Any:
        with bound(db):
            return method(*args, **kwargs)

    return call


def bind_service(service: S, db: pw.Database) -> S:
    """The service with each of its public methods run with the models bound to db.

    The wrappers are set on the instance, so the service keeps its class (and its type for mypy), and
    its own calls to its methods, or to another service of the same desk, stay bound to the same file.
    """
    for name in dir(type(service)):
        if name.startswith("_"):
            continue
        if isinstance(inspect.getattr_static(service, name), property | cached_property):
            continue
        method = getattr(service, name)
        if callable(method) and not inspect.isclass(method):
            setattr(service, name, _bound_to(db, method))
    return service


class Desk:
    """One cpdesk database, open, with a service for each area of the committee's work.

    Services are made when first used, so that opening the app loads only what its first page needs.
    Every call into a service works on this desk's file, even while another desk is open (see `bound`).
    """

    def __init__(self, db: pw.SqliteDatabase, path: Path, today: Callable[[], date] = date.today) -> None:
        self.db = db
        self.path = path
        self.today = today
        self.strategy = self._service(StrategyService(db, on_current_changed=self.ensure_defaults))

    def _service(self, service: S) -> S:
        return bind_service(service, self.db)

    @contextmanager
    def bound(self) -> Iterator[None]:
        """Models used directly in this block (and on this thread) read and write this desk's file."""
        with bound(self.db):
            yield

    @cached_property
    def scratch(self) -> ScratchFolder:
        """This process's private folder for copies opened in other programs (papers in a PDF viewer)."""
        from cpdesk.config import user_data_dir
        from cpdesk.domain.scratch import ScratchFolder

        return ScratchFolder(user_data_dir())

    @cached_property
    def people(self) -> PeopleService:
        from cpdesk.domain.people import PeopleService

        return self._service(PeopleService(self.db))

    @cached_property
    def meetings(self) -> MeetingService:
        from cpdesk.domain.meetings import MeetingService

        return self._service(MeetingService(self.db, self.today))

    @cached_property
    def agenda(self) -> AgendaService:
        from cpdesk.domain.agenda import AgendaService

        return self._service(AgendaService(self.db))

    @cached_property
    def minutes(self) -> MinutesService:
        from cpdesk.domain.minutes import MinutesService

        return self._service(MinutesService(self.db, self.agenda, self.today))

    @cached_property
    def actions(self) -> ActionService:
        from cpdesk.domain.actions import ActionService

        return self._service(ActionService(self.db, self.today))

    @cached_property
    def challenges(self) -> ChallengeService:
        from cpdesk.domain.challenges import ChallengeService

        return self._service(ChallengeService(self.db, self.today))

    @cached_property
    def notes(self) -> NotesService:
        from cpdesk.domain.notes import NotesService

        return self._service(NotesService(self.db, self.agenda, self.today))

    @cached_property
    def search(self) -> SearchService:
        from cpdesk.domain.search import SearchService

        return self._service(SearchService(self.db, self.notes))

    @cached_property
    def work_programme(self) -> WorkProgrammeService:
        from cpdesk.domain.workprogramme import WorkProgrammeService

        return self._service(WorkProgrammeService(self.db, self.agenda, self.today))

    @cached_property
    def indicators(self) -> IndicatorService:
        from cpdesk.domain.indicators import IndicatorService

        return self._service(IndicatorService(self.db, self.today))

    @cached_property
    def coverage(self) -> CoverageService:
        from cpdesk.domain.coverage import CoverageService

        return self._service(CoverageService(self.db, self.today))

    @cached_property
    def packs(self) -> BriefingService:
        from cpdesk.domain.briefing import BriefingService

        return self._service(BriefingService(self))

    @cached_property
    def audit(self) -> AuditService:
        from cpdesk.domain.audit import AuditService

        return self._service(AuditService(self.db))

    @cached_property
    def backups(self) -> BackupService:
        from cpdesk.domain.backups import BackupService

        return self._service(BackupService(self))

    @cached_property
    def bin(self) -> BinService:
        from cpdesk.domain.bin import BinService

        return self._service(BinService(self))

    @cached_property
    def pack_issues(self) -> PackIssueService:
        from cpdesk.domain.pack_issues import PackIssueService

        return self._service(PackIssueService(self.db, self.today))

    @cached_property
    def bundles(self) -> BundleService:
        from cpdesk.domain.bundles import BundleService

        return self._service(BundleService(self))

    @classmethod
    def open(
        cls,
        path: Path,
        today: Callable[[], date] = date.today,
        *,
        read_only: bool = False,
        passphrase: str | None = None,
    ) -> Desk:
        """Open the database at path (a new file gets the bundled strategy, the bodies and the teams).

        A file that cannot be written opens for reading (see read_only), as does any with read_only.
        An encrypted file needs its passphrase; a new file given one is made encrypted.
        """
        desk = cls(open_database(path, read_only=read_only, passphrase=passphrase), Path(path), today)
        try:
            with desk.bound():
                if desk.read_only is None and desk._needs_setting_up():
                    # Under the write lock, so that two cpdesks opening a new file at once set it up once.
                    with desk.db.atomic():
                        desk.strategy.ensure_bundled()
                        if desk._needs_setting_up():
                            desk.ensure_defaults()
        except BaseException:
            desk.close()
            raise
        return desk

    def _needs_setting_up(self) -> bool:
        with self.bound():
            return not Strategy.select().exists() or self._defaults_stamp() != self._stored_stamp()

    @property
    def read_only(self) -> str | None:
        """Why this database is open for reading only (its file or folder cannot be written), or None."""
        reason = getattr(self.db, "read_only", None)
        return reason if isinstance(reason, str) else None

    @property
    def encrypted(self) -> bool:
        """Whether the database file is encrypted."""
        return getattr(self.db, "passphrase", None) is not None

    def ensure_defaults(self) -> None:
        """What follows from the current strategy: bodies and teams, the work programme, its figures.

        Run when a database is made or migrated and whenever the current strategy changes; each step
        only adds what is missing, so running it again changes nothing.
        """
        with self.bound(), self.db.atomic():
            self.people.ensure_defaults()
            self.work_programme.ensure_defaults()
            self.indicators.ensure_defaults()
            self.agenda.ensure_paper_texts()  # papers attached before cpdesk kept their words
            Setting.insert(key=DEFAULTS_KEY, value=self._defaults_stamp()).on_conflict(
                conflict_target=[Setting.key], update={Setting.value: self._defaults_stamp()}
            ).execute()

    def _defaults_stamp(self) -> str:
        with self.bound():
            current = Strategy.get_or_none(Strategy.is_current == True)  # noqa: E712
        return f"schema {SCHEMA_VERSION}, strategy {current.id if current else 'none'}"

    def _stored_stamp(self) -> str:
        with self.bound():
            row = Setting.get_or_none(Setting.key == DEFAULTS_KEY)
        return row.value if row else ""

    @property
    def is_example(self) -> bool:
        """True for the example database, whose every record is invented."""
        with self.bound():
            return bool(Meeting.select().where(Meeting.is_example == True).exists())  # noqa: E712

    def run(self, work: Callable[[], T]) -> T:
        """Do work on this thread with its own connection (closed afterwards if this call opened it),
        with the models bound to this desk's file."""
        opened_here = self.db.is_closed()
        if opened_here:
            self.db.connect()
        try:
            with self.bound():
                return work()
        finally:
            if opened_here:
                self.db.close()

    def release_thread(self) -> None:
        """Close the connection this thread opened, if it has one: a background job ends with it.

        A worker thread's state is thrown away when its job returns; a connection left open in it is
        then closed by that teardown, where SQLCipher's driver cannot safely run (the process aborts).
        """
        if not self.db.is_closed():
            self.db.close()

    def close(self) -> None:
        """Close this thread's connection; the file is no longer the models' default."""
        database_proxy.release(self.db)
        if not self.db.is_closed():
            self.db.close()

    def __enter__(self) -> Desk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
