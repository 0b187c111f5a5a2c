"""The committee's dates as an iCalendar file (RFC 5545): its meetings, and when open actions are due.

Each event's UID is made from the record's own id, so a calendar (Outlook, Google, Apple) that takes the
file in again updates the events it has instead of adding them twice; SEQUENCE and LAST-MODIFIED follow
the record's last change. Meetings keep their local time (Europe/London, with its VTIMEZONE in the
file); a meeting with no time yet, and an action's due date, are whole-day events. A cancelled meeting
stays in the file as STATUS:CANCELLED, so a calendar that had it shows it cancelled rather than keeping
it. Nothing of anyone's private notes is read: the export runs sealed off from them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard

from cpdesk import __version__
from cpdesk.domain.actions import KINDS
from cpdesk.domain.dates import long_date
from cpdesk.domain.files import write_bytes_atomically
from cpdesk.domain.meetings import STATUSES
from cpdesk.store import meetings as m
from cpdesk.store.base import utc_now
from cpdesk.store.sealed import for_others

if TYPE_CHECKING:
    from cpdesk.domain.desk import Desk

LONDON = ZoneInfo("Europe/London")
UID_DOMAIN = "cpdesk"
OPEN = ("open", "in_progress")
_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)  # SEQUENCE counts seconds from here: it grows with each change
SUMMARY_WORDS = 80


@dataclass(frozen=True)
class CalendarCounts:
    meetings: int
    cancelled: int
    actions: int

    def describe(self, path: Path) -> str:
        cancelled = f" ({self.cancelled} cancelled)" if self.cancelled else ""
        return (
            f"wrote {self.meetings} meeting{'s' * (self.meetings != 1)}{cancelled} and the due dates of "
            f"{self.actions} open action{'s' * (self.actions != 1)} to {path}"
        )


def uid(kind: str, record_id: UUID) -> str:
    return f"{kind}-{record_id}@{UID_DOMAIN}"


def _sequence(changed: datetime) -> int:
    return max(0, int((changed - _EPOCH).total_seconds()))


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SUMMARY_WORDS else text[: SUMMARY_WORDS - 1].rstrip() + "…"


def _meeting_event(row: m.Meeting, body: str, agenda: list[str], stamp: datetime) -> Event:
    event = Event()
    day = date.fromisoformat(row.date)
    cancelled = row.status == "cancelled"
    event.add("uid", uid("meeting", row.id))
    event.add("dtstamp", stamp)
    event.add("summary", f"{'Cancelled: ' if cancelled else ''}{body}")
    if row.time:
        event.add("dtstart", datetime.combine(day, time.fromisoformat(row.time), tzinfo=LONDON))
    else:
        event.add("dtstart", day)
        event.add("dtend", day + timedelta(days=1))
    if row.venue:
        event.add("location", row.venue)
    lines = [f"{body}, {long_date(day)}{' at ' + row.time if row.time else ''}."]
    lines.append(f"Status: {STATUSES[row.status]}.")
    if agenda:
        lines.append("Agenda:")
        lines += [f"{number}. {title}" for number, title in enumerate(agenda, start=1)]
    event.add("description", "\n".join(lines))
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    event.add("transp", "TRANSPARENT" if cancelled else "OPAQUE")
    event.add("categories", ["Meeting"])
    event.add("last-modified", row.updated_at)
    event.add("sequence", _sequence(row.updated_at))
    return event


def _action_event(row: m.Action, raised: str, body: str, owner: str, stamp: datetime) -> Event:
    event = Event()
    due = date.fromisoformat(str(row.due_date))  # only actions with a due date are asked for
    kind = KINDS.get(row.kind, "Action")
    event.add("uid", uid("action", row.id))
    event.add("dtstamp", stamp)
    event.add("summary", f"{kind} {row.reference} due: {_short(row.description)}")
    event.add("dtstart", due)
    event.add("dtend", due + timedelta(days=1))
    lines = [
        f"{kind} {row.reference}, due {long_date(due)}: {row.description}",
        f"Raised at the {body} on {long_date(date.fromisoformat(raised))}.",
    ]
    if owner:
        lines.append(f"Owner: {owner}.")
    event.add("description", "\n".join(lines))
    event.add("status", "CONFIRMED")
    event.add("transp", "TRANSPARENT")  # a due date is not time taken
    event.add("categories", [kind])
    event.add("last-modified", row.updated_at)
    event.add("sequence", _sequence(row.updated_at))
    return event


def _london() -> Timezone:
    """Europe/London as calendars have kept it since 1996: BST from the last Sunday of March at 01:00
    GMT to the last Sunday of October at 01:00 GMT (02:00 BST), for every year, with no end date."""
    zone = Timezone()
    zone.add("tzid", "Europe/London")
    for part, name, offsets, start, month in (
        (TimezoneDaylight(), "BST", (timedelta(0), timedelta(hours=1)), datetime(1981, 3, 29, 1), 3),
        (TimezoneStandard(), "GMT", (timedelta(hours=1), timedelta(0)), datetime(1996, 10, 27, 2), 10),
    ):
        part.add("tzname", name)
        part.add("tzoffsetfrom", offsets[0])
        part.add("tzoffsetto", offsets[1])
        part.add("dtstart", start)
        part.add("rrule", {"freq": "yearly", "bymonth": month, "byday": "-1SU"})
        zone.add_component(part)
    return zone


@for_others
def calendar_bytes(stamp: datetime | None = None) -> tuple[bytes, CalendarCounts]:
    """The calendar of the database bound now, and what it holds."""
    stamp = stamp or utc_now()
    calendar = Calendar()
    calendar.add("prodid", f"-//cpdesk//cpdesk {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", "Corporate parenting: meetings and actions due")
    calendar.add("x-wr-timezone", "Europe/London")
    calendar.add_component(_london())
    bodies = {b.id: b.name for b in m.Body.select(m.Body.id, m.Body.name)}
    meetings = list(m.Meeting.select().where(m.Meeting.deleted_at.is_null()).order_by(m.Meeting.date))
    agendas: dict[UUID, list[str]] = {}
    for item in (
        m.AgendaItem.select(m.AgendaItem.meeting, m.AgendaItem.title)
        .where(m.AgendaItem.deleted_at.is_null())
        .order_by(m.AgendaItem.position)
    ):
        agendas.setdefault(item.meeting_id, []).append(item.title)
    for row in meetings:
        calendar.add_component(_meeting_event(row, bodies[row.body_id], agendas.get(row.id, []), stamp))
    live = {row.id: row for row in meetings}
    people = {p.id: p.name for p in m.Person.select(m.Person.id, m.Person.name)}
    teams = {t.id: t.name for t in m.Team.select(m.Team.id, m.Team.name)}
    actions = 0
    for action in (
        m.Action.select()
        .where(m.Action.deleted_at.is_null() & m.Action.status.in_(OPEN) & m.Action.due_date.is_null(False))
        .order_by(m.Action.due_date, m.Action.reference)
    ):
        meeting = live.get(action.meeting_id)
        if meeting is None:  # raised at a meeting now in the bin: it leaves the log with it
            continue
        owner = ", ".join(
            name
            for name in (
                people.get(action.owner_id, "") if action.owner_id else "",
                teams.get(action.owner_team_id, "") if action.owner_team_id else "",
            )
            if name
        )
        calendar.add_component(_action_event(action, meeting.date, bodies[meeting.body_id], owner, stamp))
        actions += 1
    cancelled = sum(1 for row in meetings if row.status == "cancelled")
    return calendar.to_ical(), CalendarCounts(len(meetings), cancelled, actions)


def export_calendar(desk: Desk, path: Path) -> CalendarCounts:
    """Write the calendar to a file, whole or not at all; what it holds."""
    with desk.bound():
        data, counts = calendar_bytes()
    write_bytes_atomically(Path(path), data)
    return counts
