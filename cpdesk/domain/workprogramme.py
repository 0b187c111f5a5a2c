"""The work programme: the annual reports the strategy lists, when each is due, and whether it has come."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from uuid import UUID

import peewee as pw

from cpdesk.domain.agenda import AgendaItem, AgendaService
from cpdesk.domain.dates import (
    MONTHS,
    due_date_in_year,
    long_date,
    municipal_year_bounds,
    municipal_year_start,
)
from cpdesk.domain.meetings import meeting_row
from cpdesk.errors import InputError, NotFoundError
from cpdesk.store import meetings as m
from cpdesk.store import strategy as s
from cpdesk.store.base import tuples

STATES = {
    "received": "Received",
    "scheduled": "Scheduled",
    "overdue": "Overdue",
    "missing": "On no agenda",
}
# A first spread of months through the municipal year, for the clerk to correct: the strategy gives no months.
SUGGESTED_MONTHS = (6, 7, 7, 9, 9, 10, 11, 11, 1, 1, 2, 3, 3, 4)
SUGGESTED_NOTE = "Month suggested by cpdesk: set the month this report is really due."


@dataclass(frozen=True)
class Entry:
    report_title: str
    due_month: int
    notes: str

    @property
    def month_name(self) -> str:
        return MONTHS[self.due_month - 1]


@dataclass(frozen=True)
class YearRow:
    """Where one annual report stands in one municipal year."""

    report_title: str
    due: date
    state: str
    meeting_id: UUID | None
    meeting_day: date | None

    @property
    def state_label(self) -> str:
        return STATES[self.state]


class WorkProgrammeService:
    """When each annual report is due, and which meeting takes it."""

    def __init__(self, db: pw.Database, agenda: AgendaService, today: Callable[[], date]) -> None:
        self._db = db
        self._agenda = agenda
        self._today = today

    def ensure_defaults(self) -> None:
        """An entry for every annual report the current strategy lists, with a suggested month to correct."""
        current = s.Strategy.get_or_none(s.Strategy.is_current == True)  # noqa: E712
        if current is None:
            return
        known = {row[0] for row in tuples(m.WorkProgrammeEntry.select(m.WorkProgrammeEntry.report_title))}
        reports = (
            s.AnnualReport.select()
            .where(s.AnnualReport.strategy == current)
            .order_by(s.AnnualReport.position)
        )
        with self._db.atomic():
            for index, report in enumerate(reports):
                if report.title not in known:
                    month = SUGGESTED_MONTHS[index % len(SUGGESTED_MONTHS)]
                    m.WorkProgrammeEntry.create(
                        report_title=report.title, due_month=month, notes=SUGGESTED_NOTE
                    )

    def entries(self) -> list[Entry]:
        rows = m.WorkProgrammeEntry.select().order_by(
            m.WorkProgrammeEntry.due_month, m.WorkProgrammeEntry.report_title
        )
        ordered = sorted(rows, key=lambda r: ((r.due_month - 5) % 12, r.report_title))  # May first
        return [Entry(r.report_title, r.due_month, r.notes) for r in ordered]

    def set_due_month(self, report_title: str, month: int, notes: str = "") -> Entry:
        if not 1 <= month <= 12:
            raise InputError("a month is 1 to 12")
        row = m.WorkProgrammeEntry.get_or_none(m.WorkProgrammeEntry.report_title == report_title)
        if row is None:
            raise NotFoundError(f"the work programme has no report called {report_title!r}")
        row.due_month = month
        row.notes = notes.strip()
        row.save()
        return Entry(row.report_title, row.due_month, row.notes)

    def year(self, start_year: int) -> list[YearRow]:
        """Each report in the municipal year from May of start_year: received, scheduled, overdue, missing."""
        first, last = municipal_year_bounds(start_year)
        on_agendas: dict[str, list[tuple[date, str, UUID]]] = {}
        query = (
            m.AgendaItem.select(m.AgendaItem.annual_report, m.Meeting.date, m.Meeting.status, m.Meeting.id)
            .join(m.Meeting)
            .where(
                (m.AgendaItem.annual_report != "")
                & m.AgendaItem.deleted_at.is_null()
                & m.Meeting.deleted_at.is_null()
                & (m.Meeting.status != "cancelled")
                & (m.Meeting.date >= first.isoformat())
                & (m.Meeting.date <= last.isoformat())
            )
        )
        for title, day, status, meeting_id in tuples(query):
            on_agendas.setdefault(title, []).append((date.fromisoformat(day), status, meeting_id))
        today = self._today()
        found = []
        for entry in self.entries():
            due = due_date_in_year(start_year, entry.due_month)
            meetings = sorted(on_agendas.get(entry.report_title, []))
            held = [mt for mt in meetings if mt[1] in ("held", "minutes_approved")]
            coming = [mt for mt in meetings if mt[1] not in ("held", "minutes_approved")]
            chosen: tuple[date, str, UUID] | None
            if held:
                state, chosen = "received", held[0]
            elif due < today:
                state, chosen = "overdue", (coming[0] if coming else None)
            elif coming:
                state, chosen = "scheduled", coming[0]
            else:
                state, chosen = "missing", None
            found.append(
                YearRow(
                    entry.report_title,
                    due,
                    state,
                    chosen[2] if chosen else None,
                    chosen[0] if chosen else None,
                )
            )
        return found

    def warnings(self, start_year: int) -> list[str]:
        """Reports due this municipal year on no agenda, or on an agenda after they are due."""
        found = []
        for r in self.year(start_year):
            if r.state == "received":
                continue
            if r.meeting_id is None:
                found.append(f"{r.report_title} is due by {long_date(r.due)} but is on no agenda")
            elif r.meeting_day is not None and r.meeting_day > r.due:
                found.append(
                    f"{r.report_title} is due by {long_date(r.due)} but is on the agenda of "
                    f"{long_date(r.meeting_day)}, after it is due"
                )
        return found

    def due_for(self, meeting_id: UUID) -> list[str]:
        """Reports due by this meeting's month in its municipal year and not yet on any agenda that year."""
        meeting = meeting_row(meeting_id)
        day = date.fromisoformat(meeting.date)
        rows = self.year(municipal_year_start(day))
        return [
            r.report_title
            for r in rows
            if r.meeting_id is None
            and r.state != "received"
            and r.due <= due_date_in_year(municipal_year_start(day), day.month)
        ]

    def schedule(self, report_title: str, meeting_id: UUID) -> AgendaItem:
        """Put an annual report on a meeting's agenda."""
        if (
            not m.WorkProgrammeEntry.select()
            .where(m.WorkProgrammeEntry.report_title == report_title)
            .exists()
        ):
            raise NotFoundError(f"the work programme has no report called {report_title!r}")
        already = (
            m.AgendaItem.select()
            .where(
                (m.AgendaItem.meeting == meeting_id)
                & (m.AgendaItem.annual_report == report_title)
                & m.AgendaItem.deleted_at.is_null()
            )
            .exists()
        )
        if already:
            raise InputError(f"{report_title} is already on this agenda")
        return self._agenda.add_item(meeting_id, report_title, "information", annual_report=report_title)
