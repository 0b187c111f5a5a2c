"""The bin: everything removed, in one list; restoring one thing, and emptying what has been there too long.

Every record a user can remove goes to the bin (its deleted_at is set) and comes back as it was. Things
stay in the bin for a period the user sets (90 days unless changed, kept in the database's settings);
`empty_old`, run when cpdesk opens, removes for good what has been there longer, and says so in the
audit log. Exactly the period stays; a day more goes.

What belongs to the record of a meeting whose minutes are approved is never emptied: the database
refuses to change that record at all (migration 0005), so an agenda item, paper, report, declaration,
decision, action or challenge binned before the minutes were approved stays in the bin for good, listed
with the reason, and cannot be restored either (the approved minutes were approved without it). A record
other records still rest on (a meeting whose actions are in the log, a person in a meeting's attendance)
is kept in the bin too, and emptied once nothing rests on it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

import peewee as pw

from cpdesk.domain.audit import EMPTIED, automatic, record
from cpdesk.domain.dates import long_date
from cpdesk.domain.notes import TARGETS
from cpdesk.errors import InputError, LockedError, NotFoundError
from cpdesk.store import meetings as m
from cpdesk.store import voice as v
from cpdesk.store.indicators import Indicator, Setting
from cpdesk.store.reading import Annotation

if TYPE_CHECKING:
    from cpdesk.domain.desk import Desk

RETENTION_KEY = "bin_retention_days"
DEFAULT_RETENTION = 90
MIN_RETENTION, MAX_RETENTION = 7, 3650
TITLE_LENGTH = 80

KIND_LABELS = {
    "meeting": "Meeting",
    "agenda_item": "Agenda item",
    "report": "Report",
    "paper": "Paper",
    "declaration": "Declaration of interest",
    "decision": "Decision",
    "action": "Action or question",
    "challenge": "Challenge",
    "indicator": "Indicator",
    "person": "Person",
    "note": "Note",
}
# Emptied in this order: what rests on a record goes before it (an action before its meeting).
EMPTY_ORDER = (
    "note",
    "declaration",
    "decision",
    "paper",
    "report",
    "challenge",
    "action",
    "agenda_item",
    "indicator",
    "person",
    "meeting",
)
MODELS: dict[str, type[Any]] = {
    "meeting": m.Meeting,
    "agenda_item": m.AgendaItem,
    "report": m.OfficerReport,
    "paper": m.Paper,
    "declaration": m.Declaration,
    "decision": m.Decision,
    "action": m.Action,
    "challenge": v.Challenge,
    "indicator": Indicator,
    "person": m.Person,
    "note": Annotation,
}
STILL_NEEDED = {
    "meeting": "actions, challenges or published packs of this meeting are still kept",
    "person": "they are named in a meeting's attendance or declarations of interest",
}


@dataclass(frozen=True)
class BinEntry:
    """One thing in the bin: what it is, where it was, when it was binned and how long it stays."""

    kind: str
    record_id: UUID
    title: str
    where: str
    binned_at: datetime
    days_left: int | None  # None: it stays for good (see kept)
    kept: str = ""  # why it stays in the bin for good, in words; "" when it will be emptied

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]

    @property
    def can_restore(self) -> bool:
        return not self.kept


@dataclass(frozen=True)
class EmptyResult:
    """What emptying the bin removed for good, and what it kept though old enough, with why."""

    emptied: tuple[BinEntry, ...]
    kept: tuple[tuple[BinEntry, str], ...]


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= TITLE_LENGTH else text[: TITLE_LENGTH - 1].rstrip() + "…"


def _meeting_words(meeting: m.Meeting) -> str:
    return f"{meeting.body.name}, {long_date(date.fromisoformat(meeting.date))}"


def _locked_by(meeting: m.Meeting | None) -> str:
    if meeting is None or meeting.status != "minutes_approved":
        return ""
    return (
        f"part of the record of the meeting of {long_date(date.fromisoformat(meeting.date))}, whose minutes "
        "are approved: it is kept as it was and cannot be restored or emptied"
    )


def binned_on(moment: datetime) -> date:
    """The day (on this computer's clock) something was put in the bin."""
    return moment.astimezone().date()


class BinService:
    """What is in the bin, restoring it, how long it is kept, and emptying what is older."""

    def __init__(self, desk: Desk) -> None:
        self._desk = desk
        self._db: pw.Database = desk.db

    # --- the period ---

    def retention_days(self) -> int:
        """How many days something stays in the bin before it is removed for good."""
        value = Setting.select(Setting.value).where(Setting.key == RETENTION_KEY).scalar()
        if value is None or not str(value).isdigit():
            return DEFAULT_RETENTION
        return min(max(int(value), MIN_RETENTION), MAX_RETENTION)

    def set_retention_days(self, days: int) -> int:
        """Keep things in the bin for this many days (7 to 3650) before removing them for good."""
        if isinstance(days, bool) or not isinstance(days, int) or not MIN_RETENTION <= days <= MAX_RETENTION:
            raise InputError(
                f"the bin keeps things for between {MIN_RETENTION} and {MAX_RETENTION:,} days, not {days!r}"
            )
        was = self.retention_days()
        if days == was and Setting.select().where(Setting.key == RETENTION_KEY).exists():
            return days
        with self._db.atomic():
            Setting.insert(key=RETENTION_KEY, value=str(days)).on_conflict(
                conflict_target=[Setting.key], update={Setting.value: str(days)}
            ).execute()
            record("bin", None, f"The bin keeps things for {days} days (it kept them for {was})")
        return days

    # --- what is in it ---

    def entries(self, today: date | None = None) -> list[BinEntry]:
        """Everything in the bin (of notes, only the current user's), most recently binned first."""
        today = today or self._desk.today()
        keep = self.retention_days()
        found: list[BinEntry] = []
        for kind in EMPTY_ORDER:
            for row in self._binned_rows(kind, mine_only=True):
                found.append(self._entry(kind, row, today, keep))
        return sorted(found, key=lambda e: (e.binned_at, e.kind, e.title), reverse=True)

    def entry(self, kind: str, record_id: UUID, today: date | None = None) -> BinEntry:
        """One thing in the bin; NotFoundError if it is not there."""
        row = self._binned_row(kind, record_id)
        return self._entry(kind, row, today or self._desk.today(), self.retention_days())

    # --- restoring ---

    def restore(self, kind: str, record_id: UUID) -> None:
        """Put one thing back where it was, as it was; recorded in the audit log."""
        row = self._binned_row(kind, record_id)
        locked = self._lock_reason(kind, row)
        if locked:
            raise LockedError(f"this {KIND_LABELS[kind].lower()} is {locked}")
        parent = self._binned_parent(kind, row)
        if parent:
            raise InputError(f"{parent} is in the bin too: restore that first")
        restorers: dict[str, Callable[[], object]] = {
            "meeting": lambda: self._desk.meetings.restore(record_id),
            "agenda_item": lambda: self._desk.agenda.restore_item(record_id),
            "report": lambda: self._desk.agenda.restore_report(row.agenda_item_id),
            "paper": lambda: self._desk.agenda.restore_paper(record_id),
            "declaration": lambda: self._desk.agenda.restore_declaration(record_id),
            "decision": lambda: self._desk.minutes.restore_decision(record_id),
            "action": lambda: self._desk.actions.restore(record_id),
            "challenge": lambda: self._desk.challenges.restore(record_id),
            "indicator": lambda: self._desk.indicators.restore(record_id),
            "person": lambda: self._desk.people.restore_person(record_id),
            "note": lambda: self._desk.notes.restore(record_id),
        }
        restorers[kind]()

    # --- emptying ---

    def empty_old(self, today: date | None = None) -> EmptyResult:
        """Remove for good what has been in the bin longer than the period (done by cpdesk, when it opens).

        Each thing goes in a transaction of its own, with its line in the audit log; what belongs to the
        approved record of a meeting, or what other records still rest on, stays and is reported.
        """
        if self._desk.read_only is not None:
            return EmptyResult((), ())
        today = today or self._desk.today()
        keep = self.retention_days()
        emptied: list[BinEntry] = []
        kept: list[tuple[BinEntry, str]] = []
        with automatic():
            for kind in EMPTY_ORDER:
                model = MODELS[kind]
                for row in self._binned_rows(kind, mine_only=False):
                    if (today - binned_on(row.deleted_at)).days <= keep:
                        continue
                    entry = self._entry(kind, row, today, keep)
                    if entry.kept:
                        kept.append((entry, entry.kept))
                        continue
                    try:
                        with self._db.atomic():
                            gone = model.delete().where(model.id == row.id).execute()
                            if gone:  # not already gone with what it belonged to
                                record(kind, row.id, f"{EMPTIED} after {keep} days")
                    except (pw.IntegrityError, LockedError):
                        kept.append((entry, STILL_NEEDED.get(kind, "other records still rest on it")))
                        continue
                    if gone:
                        emptied.append(entry)
        return EmptyResult(tuple(emptied), tuple(kept))

    # --- inside ---

    def _binned_rows(self, kind: str, *, mine_only: bool) -> list[Any]:
        model = MODELS[kind]
        query = model.select().where(model.deleted_at.is_null(False))
        if kind == "note" and mine_only:
            user = self._desk.notes.current_user()
            if user is None:
                return []
            query = query.where(Annotation.user == user.id)
        return list(query)

    def _binned_row(self, kind: str, record_id: UUID) -> Any:
        if kind not in MODELS:
            raise InputError(f"the bin holds {', '.join(label.lower() for label in KIND_LABELS.values())}")
        model = MODELS[kind]
        query = model.select().where((model.id == record_id) & model.deleted_at.is_null(False))
        if kind == "note":
            user = self._desk.notes.current_user()
            query = query.where(Annotation.user == (user.id if user else None))
        row = query.first()
        if row is None:
            raise NotFoundError(f"that {KIND_LABELS[kind].lower()} is not in the bin")
        return row

    def _entry(self, kind: str, row: Any, today: date, keep: int) -> BinEntry:
        title, where = self._words(kind, row)
        kept = self._lock_reason(kind, row)
        # max(0, ...): a clock set back since it was binned does not lengthen its stay
        days_left = None if kept else keep - max(0, (today - binned_on(row.deleted_at)).days)
        return BinEntry(kind, row.id, title, where, row.deleted_at, days_left, kept)

    @staticmethod
    def _meeting_of(kind: str, row: Any) -> m.Meeting | None:
        if kind == "meeting":
            return row  # type: ignore[no-any-return]
        if kind in ("agenda_item", "action"):
            return row.meeting  # type: ignore[no-any-return]
        if kind in ("report", "paper", "declaration", "decision"):
            return row.agenda_item.meeting  # type: ignore[no-any-return]
        return None

    def _lock_reason(self, kind: str, row: Any) -> str:
        if kind == "challenge":
            return _locked_by(row.raised_at) or (
                _locked_by(row.agenda_item.meeting) if row.agenda_item_id is not None else ""
            )
        return _locked_by(self._meeting_of(kind, row))

    @staticmethod
    def _binned_parent(kind: str, row: Any) -> str:
        if kind in ("report", "paper", "declaration", "decision") and row.agenda_item.deleted_at is not None:
            return f"its agenda item {row.agenda_item.title!r}"
        if kind in ("agenda_item", "action") and row.meeting.deleted_at is not None:
            return f"its meeting ({_meeting_words(row.meeting)})"
        return ""

    def _words(self, kind: str, row: Any) -> tuple[str, str]:
        """The thing's title and where it was, in words; a note says what it is on, not what it says."""
        meeting = self._meeting_of(kind, row)
        where = _meeting_words(meeting) if meeting is not None and kind != "meeting" else ""
        if kind == "meeting":
            return _meeting_words(row), ""
        if kind in ("agenda_item", "report", "paper"):
            return _short(row.title), where
        if kind == "declaration":
            return _short(f"{row.person.name}: {row.interest}"), where
        if kind == "decision":
            return _short(row.text), where
        if kind == "action":
            return _short(f"{row.reference}: {row.description}"), where
        if kind == "challenge":
            return _short(f"{row.reference}: {row.you_said}"), _meeting_words(row.raised_at)
        if kind in ("indicator", "person"):
            return _short(row.name), ""
        return f"Note on {TARGETS[row.target_kind]}", ""
