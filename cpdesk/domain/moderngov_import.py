"""Importing meetings from the council's committee system (ModernGov): added once, updated in place after.

Every record made from the committee system takes an id derived from the committee system's own ids
(uuid5 over cpdesk's namespace and the meeting's, item's or member's id), so importing the same or a newer
response again finds and updates the same records instead of adding them twice. ModernGov numbers
meetings, agenda items and members across the whole of a council's site, so its ids name them alone.

Agenda items made from the committee system are marked as such (imported_from), with the documents it
links to each (their titles and web addresses, in its order; one no longer listed is removed). When a
newer response of a meeting no longer lists an item cpdesk imported, that item goes to the bin (said in
the report, and restorable there); the clerk's own items are never touched.

A meeting goes to the body named as its committee when cpdesk has a body of that name, to the body asked
for, or else to the Corporate Parenting Sub-Committee, whose meetings cpdesk is for. A meeting whose
minutes are approved in cpdesk is kept as it is (the database locks it), and so is one in the bin.

The whole response is read and checked first, the database is backed up, then everything is written in
one transaction and recorded in the audit log: all of it, or none.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

from cpdesk.domain import moderngov as mg
from cpdesk.domain.audit import BINNED, record
from cpdesk.domain.backups import back_up_before_import
from cpdesk.domain.dates import long_date
from cpdesk.domain.meetings import STATUSES
from cpdesk.domain.people import plain_name
from cpdesk.errors import InputError, NotFoundError
from cpdesk.store import meetings as m
from cpdesk.store.base import utc_now

if TYPE_CHECKING:
    from cpdesk.domain.desk import Desk

# cpdesk's namespace for ids made from the committee system's: fixed for good, or records would double.
NAMESPACE = UUID("6b1f3c52-9d0e-4c1a-8f57-2e6a4d9b7c10")
SUB_COMMITTEE = "sub_committee"
MODERNGOV = "moderngov"  # an agenda item's imported_from
_PROGRESS = {"scheduled": 0, "agenda_published": 1, "held": 2}
_ATTENDANCE = (  # the committee system's words, first match wins; "Expected" is not yet attendance
    ("apolog", "apologies"),
    ("absent", "absent"),
    ("present", "present"),
    ("attended", "present"),
    ("in attendance", "present"),
)


def meeting_key(meeting_id: str) -> UUID:
    return uuid.uuid5(NAMESPACE, f"moderngov/meeting/{meeting_id}")


def item_key(meeting_id: str, item_id: str) -> UUID:
    return uuid.uuid5(NAMESPACE, f"moderngov/meeting/{meeting_id}/item/{item_id}")


def document_key(meeting_id: str, item_id: str, document: mg.Document) -> UUID:
    """A linked document under one item: the same attachment can be linked from several items."""
    name = document.attachment_id or document.url
    return uuid.uuid5(NAMESPACE, f"moderngov/meeting/{meeting_id}/item/{item_id}/document/{name}")


def _web_address(url: str) -> str | None:
    """The document's address if it is a web address cpdesk can open (http or https), else None."""
    url = url.strip()
    scheme, _, rest = url.partition("://")
    if scheme.casefold() not in ("http", "https") or not rest or any(c.isspace() for c in url):
        return None
    return url


def member_key(member_id: str, name: str) -> UUID:
    return uuid.uuid5(NAMESPACE, f"moderngov/member/{member_id}" if member_id else f"moderngov/name/{name}")


def _plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"


@dataclass
class ImportReport:
    """What an import did, to be said in words."""

    kind: str
    source: str
    body: str = ""
    committees: list[str] = field(default_factory=list)  # a list of committees: their names
    added: list[str] = field(default_factory=list)  # meetings, as "10 February 2026"
    updated: list[str] = field(default_factory=list)  # "13 January 2026 (now cancelled)"
    unchanged: int = 0
    kept: list[str] = field(default_factory=list)  # "25 November 2025 (its minutes are approved)"
    items_added: int = 0
    items_updated: int = 0
    minutes: int = 0
    people_added: int = 0
    attendance: int = 0
    expected: int = 0  # attendees the committee system has as expected, not yet present or absent
    items_binned: list[str] = field(default_factory=list)  # titles of items no longer listed, binned
    documents_added: int = 0
    documents_updated: int = 0
    documents_removed: int = 0  # no longer linked by the committee system
    documents_without_address: int = 0  # not kept: no http or https address to open them at
    notes: list[str] = field(default_factory=list)
    backup: str = ""

    @property
    def changed(self) -> bool:
        return bool(
            self.added
            or self.updated
            or self.items_added
            or self.items_updated
            or self.items_binned
            or self.documents_added
            or self.documents_updated
            or self.documents_removed
            or self.minutes
            or self.people_added
            or self.attendance
        )

    def describe(self) -> str:
        """What changed, in one paragraph: '2 meetings added, 1 updated (13 January 2026 now cancelled)…'."""
        if self.kind == mg.COMMITTEES:
            return (
                f"{Path(self.source).name} lists {_plural(len(self.committees), 'committee')} (with their "
                f"ids in the committee system): "
                f"{'; '.join(self.committees)}. Nothing was imported: import a committee's meetings "
                "or one meeting's response."
            )
        parts = []
        if self.added:
            listed = f" ({'; '.join(self.added)})" if len(self.added) <= 12 else ""
            parts.append(f"{_plural(len(self.added), 'meeting')} added{listed}")
        if self.updated:
            parts.append(f"{_plural(len(self.updated), 'meeting')} updated ({'; '.join(self.updated)})")
        if self.unchanged:
            parts.append(f"{_plural(self.unchanged, 'meeting')} unchanged")
        if self.kept:
            parts.append(f"{_plural(len(self.kept), 'meeting')} kept as it was ({'; '.join(self.kept)})")
        said = ", ".join(parts)
        if self.items_added or self.items_updated:
            said += f"; {_plural(self.items_added, 'agenda item')} added"
            if self.items_updated:
                said += f", {self.items_updated} updated"
        if self.items_binned:
            titles = "; ".join(f"“{t}”" for t in self.items_binned)
            said += (
                f"; {_plural(len(self.items_binned), 'agenda item')} no longer on the committee system's "
                f"agenda moved to the bin ({titles})"
            )
        if self.documents_added or self.documents_updated or self.documents_removed:
            said += f"; {_plural(self.documents_added, 'linked document')} added"
            if self.documents_updated:
                said += f", {self.documents_updated} updated"
            if self.documents_removed:
                said += f", {self.documents_removed} no longer linked removed"
        if self.minutes:
            said += f"; minutes of {_plural(self.minutes, 'item')}"
        if self.people_added:
            said += f"; {_plural(self.people_added, 'person', 'people')} added"
        if self.attendance:
            said += f"; attendance of {_plural(self.attendance, 'person', 'people')}"
        if self.expected:
            said += f"; {_plural(self.expected, 'person', 'people')} expected (attendance not yet recorded)"
        if self.documents_without_address:
            said += (
                f"; {_plural(self.documents_without_address, 'linked document')} not kept (no web address "
                "to open it at)"
            )
        if self.committees:
            said = f"{' and '.join(self.committees)}: {said}"
        if self.body:
            said += f" (meetings of the {self.body} in cpdesk)"
        return " ".join([said + ".", *self.notes]).strip()


def _body_for(title: str | None, chosen: str | None) -> m.Body:
    bodies = list(m.Body.select())
    if chosen:
        for body in bodies:
            if plain_name(body.name) == plain_name(chosen):
                return body
        names = ", ".join(sorted(b.name for b in bodies))
        raise NotFoundError(f"there is no body called {chosen!r} in this database (there are: {names})")
    if title:
        for body in bodies:
            if plain_name(body.name) == plain_name(title):
                return body
    for body in bodies:
        if body.kind == SUB_COMMITTEE:
            return body
    raise NotFoundError("there is no Sub-Committee in this database to import meetings into")


def _status(meeting: mg.Meeting, today: date) -> str:
    if meeting.cancelled:
        return "cancelled"
    if meeting.minutes_published and meeting.day <= today:
        return "held"
    if meeting.agenda_published:
        return "agenda_published"
    return "scheduled"


def _attendance(word: str) -> str | None:
    word = word.casefold()
    for start, status in _ATTENDANCE:
        if start in word:
            return status
    return None


def _role(description: str) -> tuple[str, str]:
    """A person's kind and role in cpdesk from the committee system's role description."""
    words = description.casefold()
    if "officer" in words or "clerk" in words:
        return "officer", ""
    if "vice" in words and "chair" in words:
        return "member", "vice_chair"
    for start, role in (("chair", "chair"), ("substitute", "substitute"), ("co-opt", "co_opted")):
        if start in words.replace("co opt", "co-opt").replace("coopt", "co-opt"):
            return "member", role
    return "member", "member"


class _Importer:
    def __init__(self, desk: Desk, report: ImportReport, body: str | None) -> None:
        self.desk = desk
        self.report = report
        self.body = body
        self.today = desk.today()
        self.bodies: set[str] = set()

    def _counts(self) -> tuple[int, ...]:
        r = self.report
        return (
            r.items_added,
            r.items_updated,
            len(r.items_binned),
            r.documents_added,
            r.documents_updated,
            r.documents_removed,
            r.minutes,
            r.people_added,
            r.attendance,
        )

    def meeting(self, meeting: mg.Meeting) -> None:
        key = meeting_key(meeting.meeting_id)
        when = long_date(meeting.day)
        row = m.Meeting.get_or_none(m.Meeting.id == key)
        changes: list[str] = []
        if row is None:
            body = _body_for(meeting.committee_title, self.body)
            self.bodies.add(body.name)
            row = m.Meeting.create(
                id=key,
                body=body,
                date=meeting.day.isoformat(),
                time=meeting.time,
                venue=meeting.location or "",
                status=_status(meeting, self.today),
            )
            self.report.added.append(when + (", cancelled" if row.status == "cancelled" else ""))
            self._same_day(row, body)
            record("meeting", key, f"Added from the committee system (its meeting {meeting.meeting_id})")
            added = True
        else:
            added = False
            when = long_date(date.fromisoformat(row.date))  # the meeting as cpdesk has it
            self.bodies.add(row.body.name)
            if row.status == "minutes_approved":
                self.report.kept.append(f"{when}: its minutes are approved in cpdesk")
                return
            if row.deleted_at is not None:
                self.report.kept.append(f"{when}: it is in the bin")
                return
            changes = self._update(row, meeting)
        before = self._counts()
        if meeting.detailed:
            self._items(row, meeting)
            self._attendees(row, meeting)
        if added:
            return
        if self._counts() != before:
            changes.append("its agenda, minutes or attendance")
        if changes:
            self.report.updated.append(f"{when}: {', '.join(changes)}")
            record("meeting", key, f"Updated from the committee system: {', '.join(changes)}")
        else:
            self.report.unchanged += 1

    def _same_day(self, row: m.Meeting, body: m.Body) -> None:
        others = (
            m.Meeting.select()
            .where(
                (m.Meeting.body == body)
                & (m.Meeting.date == row.date)
                & (m.Meeting.id != row.id)
                & m.Meeting.deleted_at.is_null()
            )
            .count()
        )
        if others:
            self.report.notes.append(
                f"cpdesk already had a meeting of the {body.name} on "
                f"{long_date(date.fromisoformat(row.date))}: if it is the same meeting, move one of the two "
                "to the bin."
            )

    def _update(self, row: m.Meeting, meeting: mg.Meeting) -> list[str]:
        changes: list[str] = []
        approver = m.Meeting.select().where(m.Meeting.minutes_approved_at == row.id).exists()
        new_day = meeting.day.isoformat()
        if new_day != row.date:
            if approver or row.status == "held":
                self.report.notes.append(
                    f"The committee system has the meeting of {long_date(date.fromisoformat(row.date))} on "
                    f"{long_date(meeting.day)}; it was held (or approved minutes), so its date is kept."
                )
            else:
                changes.append(f"moved from {long_date(date.fromisoformat(row.date))}")
                row.date = new_day
        if meeting.time and meeting.time != row.time:
            changes.append(f"now at {meeting.time}")
            row.time = meeting.time
        if meeting.location and meeting.location != row.venue:
            changes.append(f"venue now {meeting.location}")
            row.venue = meeting.location
        status = self._merged_status(row, meeting, approver)
        if status != row.status:
            was = row.status
            row.status = status
            changes.append(
                "now cancelled"
                if status == "cancelled"
                else ("no longer cancelled" if was == "cancelled" else f"now {STATUSES[status].lower()}")
            )
        if changes:
            row.save()
        return changes

    def _merged_status(self, row: m.Meeting, meeting: mg.Meeting, approver: bool) -> str:
        """The committee system's status, except that cpdesk's record only goes forward: a meeting held
        stays held, and one that approved minutes keeps its status."""
        new = _status(meeting, self.today)
        current: str = row.status
        if new == current:
            return current
        if approver or (new == "cancelled" and current == "held"):
            if new == "cancelled":
                self.report.notes.append(
                    f"The committee system has the meeting of {long_date(date.fromisoformat(row.date))} as "
                    "cancelled; it was held, or approved minutes, in cpdesk, so its status is kept."
                )
            return current
        if new == "cancelled" or current == "cancelled":
            return new
        return new if _PROGRESS[new] > _PROGRESS[current] else current

    def _items(self, row: m.Meeting, meeting: mg.Meeting) -> None:
        if not meeting.items:
            return
        ordered: list[UUID] = []
        listed = {item_key(meeting.meeting_id, item.item_id) for item in meeting.items}
        for item in meeting.items:
            key = item_key(meeting.meeting_id, item.item_id)
            kind = "decision" if item.is_decision else "information"
            existing = m.AgendaItem.get_or_none(m.AgendaItem.id == key)
            if existing is None:
                m.AgendaItem.create(
                    id=key,
                    meeting=row,
                    position=10_000,
                    title=item.title,
                    item_type=kind,
                    description=item.text,
                    imported_from=MODERNGOV,
                )
                self.report.items_added += 1
            elif existing.deleted_at is not None:
                continue  # removed from the agenda in cpdesk: left in the bin
            elif (existing.title, existing.item_type, existing.description) != (item.title, kind, item.text):
                existing.title, existing.item_type, existing.description = item.title, kind, item.text
                existing.imported_from = MODERNGOV
                existing.save()
                self.report.items_updated += 1
            elif existing.imported_from is None:  # imported before cpdesk marked where items came from
                m.AgendaItem.update(imported_from=MODERNGOV).where(m.AgendaItem.id == key).execute()
            ordered.append(key)
            self._documents(meeting.meeting_id, item)
            if item.minutes:
                minute = m.Minute.get_or_none(m.Minute.agenda_item == key)
                if minute is None:
                    m.Minute.create(agenda_item=key, discussion=item.minutes)
                    self.report.minutes += 1
                elif minute.discussion != item.minutes:
                    minute.discussion = item.minutes
                    minute.save()
                    self.report.minutes += 1
        self._bin_dropped(row, listed)
        # The committee system's items in its order, then cpdesk's own items as they were.
        others = [
            r.id
            for r in m.AgendaItem.select(m.AgendaItem.id)
            .where((m.AgendaItem.meeting == row) & m.AgendaItem.deleted_at.is_null())
            .order_by(m.AgendaItem.position)
            if r.id not in ordered
        ]
        for position, item_id in enumerate(ordered + others):
            m.AgendaItem.update(position=position).where(
                (m.AgendaItem.id == item_id) & (m.AgendaItem.position != position)
            ).execute()

    def _documents(self, meeting_id: str, item: mg.Item) -> None:
        """The item's linked documents as the committee system now lists them, in its order."""
        key = item_key(meeting_id, item.item_id)
        kept: set[UUID] = set()
        for position, document in enumerate(item.documents):
            url = _web_address(document.url)
            if url is None:
                self.report.documents_without_address += 1
                continue
            doc_key = document_key(meeting_id, item.item_id, document)
            if doc_key in kept:
                continue  # the same document linked twice under one item
            kept.add(doc_key)
            wanted = (position, document.title, url, document.restricted)
            existing = m.LinkedDocument.get_or_none(m.LinkedDocument.id == doc_key)
            if existing is None:
                m.LinkedDocument.create(
                    id=doc_key,
                    agenda_item=key,
                    position=position,
                    title=document.title,
                    url=url,
                    restricted=document.restricted,
                )
                self.report.documents_added += 1
            elif (
                existing.position,
                existing.title,
                existing.url,
                existing.restricted,
            ) != wanted or existing.deleted_at is not None:
                m.LinkedDocument.update(
                    position=position,
                    title=document.title,
                    url=url,
                    restricted=document.restricted,
                    deleted_at=None,
                ).where(m.LinkedDocument.id == doc_key).execute()
                self.report.documents_updated += 1
        self.report.documents_removed += (
            m.LinkedDocument.delete()
            .where((m.LinkedDocument.agenda_item == key) & m.LinkedDocument.id.not_in(list(kept)))
            .execute()
        )

    def _bin_dropped(self, row: m.Meeting, listed: set[UUID]) -> None:
        """Items imported from the committee system that it no longer lists go to the bin, said by title."""
        dropped = list(
            m.AgendaItem.select()
            .where(
                (m.AgendaItem.meeting == row)
                & (m.AgendaItem.imported_from == MODERNGOV)
                & m.AgendaItem.deleted_at.is_null()
                & m.AgendaItem.id.not_in(list(listed))
            )
            .order_by(m.AgendaItem.position)
        )
        for item in dropped:
            m.AgendaItem.update(deleted_at=utc_now()).where(m.AgendaItem.id == item.id).execute()
            record("agenda_item", item.id, f"{BINNED}: no longer on the committee system's agenda")
            self.report.items_binned.append(item.title)

    def _person(self, attendee: mg.Attendee) -> m.Person:
        key = member_key(attendee.member_id, attendee.name)
        person = m.Person.get_or_none(m.Person.id == key)
        if person is not None:
            return person
        wanted = plain_name(attendee.name)
        for candidate in m.Person.select().where(
            m.Person.deleted_at.is_null() & (m.Person.kind != "young_person")
        ):
            if plain_name(candidate.name) == wanted:
                return candidate
        kind, role = _role(attendee.role)
        self.report.people_added += 1
        person = m.Person.create(
            id=key, name=attendee.name, kind=kind, role=role, post=attendee.role if kind == "officer" else ""
        )
        record("person", key, "Added from the committee system")
        return person

    def _attendees(self, row: m.Meeting, meeting: mg.Meeting) -> None:
        for attendee in meeting.attendees:
            person = self._person(attendee)
            status = _attendance(attendee.attendance)
            if status is None:
                self.report.expected += 1
                continue
            existing = m.Attendance.get_or_none(
                (m.Attendance.meeting == row) & (m.Attendance.person == person)
            )
            if existing is None:
                m.Attendance.create(meeting=row, person=person, status=status)
                self.report.attendance += 1
            elif existing.status != status and existing.status != "substitute":
                existing.status = status
                existing.save()
                self.report.attendance += 1


def import_response(
    desk: Desk, response: mg.Response, source: str, *, body: str | None = None
) -> ImportReport:
    """Write what a response holds (see the module's docstring); the report of what changed."""
    report = ImportReport(response.kind, source)
    if response.kind == mg.COMMITTEES:
        report.committees = [
            f"{c.title} ({c.committee_id}{', no longer used' if c.deleted or c.expired else ''})"
            for c in response.committees
        ]
        return report
    if not response.meetings:
        raise InputError("the response lists no meetings; nothing was imported", where=source)
    db = desk.db
    with desk.bound():
        if body is not None:
            _body_for(None, body)  # a body that is not there is refused before any backup is made
        made = back_up_before_import(db)
        report.backup = made.path.name if made else ""
        with db.atomic():
            importer = _Importer(desk, report, body)
            for meeting in response.meetings:
                importer.meeting(meeting)
            report.body = " and the ".join(sorted(importer.bodies))
            report.committees = sorted({mt.committee_title for mt in response.meetings if mt.committee_title})
            backup = f" (backed up first to {report.backup})" if report.backup else ""
            desk.audit.record(
                "meeting",
                None,
                f"Imported {Path(source).name} from the committee system{backup}: " + report.describe(),
            )
    return report


def import_file(desk: Desk, path: Path, *, body: str | None = None) -> ImportReport:
    """Read a saved committee system response (refused whole if anything in it is wrong), then import it."""
    return import_response(desk, mg.read_response_file(path), str(path), body=body)
