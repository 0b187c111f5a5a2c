"""Meeting bundles: one encrypted file carrying a meeting to the members, and their answers back.

A bundle is an encrypted file (cpdesk/store/encrypted_file.py, kind BUNDLE_KIND) whose bytes are an
envelope line, then the payload:

    {"format": "cpdesk-meeting-bundle", "format_version": 1, "payload_bytes": N, "payload_sha256": "..."}\\n
    <payload: UTF-8 JSON, as schema/bundle.schema.json describes>

The payload holds records as their tables keep them (ids as 32 hex digits, times as UTC text), so that
they merge by id and updated_at. Bodies and teams, which every database makes for itself, travel by
name; links to the strategy travel by what they name (priority 2, commitment 3 of priority 2) with the
strategy version itself, so that a database lacking it gets it. Private notes have no place in it: the
export reads only the tables named here, sealed off from notes (see cpdesk/store/sealed.py).

This module holds what export and import share: the tables and their references, and the file itself.
The work is in bundle_export.py and bundle_import.py; BundleService is the desk's way in.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

from cpdesk.errors import InputError, WrongPassphraseError
from cpdesk.store import indicators as i
from cpdesk.store import meetings as m
from cpdesk.store import voice as v
from cpdesk.store.base import BaseModel

if TYPE_CHECKING:
    from cpdesk.domain.bundle_import import ImportReport
    from cpdesk.domain.desk import Desk
    from cpdesk.domain.people import Person

BUNDLE_KIND = "cpdesk meeting bundle"
FORMAT = "cpdesk-meeting-bundle"
FORMAT_VERSION = 1
MAX_BUNDLE_BYTES = 1024 * 1024 * 1024  # a year of papers fits many times over
MEETING, RETURN = "meeting", "return"
PASSPHRASE_VARIABLE = "CPDESK_BUNDLE_PASSPHRASE"
MIN_PASSPHRASE = 8
STRATEGY_REF = "concerns"  # a link's column in the payload, in place of the strategy part's id


@dataclass(frozen=True)
class Table:
    """A table a bundle carries: its references to other tables, and how a record is found again.

    natural: columns that name the same record in another database (after references are mapped),
    for tables whose records are made afresh (attendance is replaced when it changes) or made by each
    database (indicators, areas). follow: the columns that may change once the meeting is locked.
    """

    name: str
    model: type[BaseModel]
    noun: tuple[str, str]
    refs: dict[str, str] = field(default_factory=dict)
    natural: tuple[str, ...] = ()
    follow: tuple[str, ...] = ()
    links_strategy: bool = False
    dropped: tuple[str, ...] = ()  # columns that stay behind (what only this database can make sense of)

    @property
    def columns(self) -> list[str]:
        names = [f.column_name for f in self.model._meta.sorted_fields]
        if self.links_strategy:
            parts = {"priority_id", "commitment_id", "promise_id", "pledge_area_id", "success_measure_id"}
            names = [n for n in names if n not in parts] + [STRATEGY_REF]
        return [n for n in names if n not in self.dropped]


# In the order they are written: a record's references come before it.
TABLES: tuple[Table, ...] = (
    Table("person", m.Person, ("person", "people"), {"team_id": "team"}),
    Table(
        "meeting",
        m.Meeting,
        ("meeting", "meetings"),
        {"body_id": "body", "minutes_approved_at_id": "meeting"},
    ),
    Table(
        "attendance",
        m.Attendance,
        ("attendance record", "attendance records"),
        {"meeting_id": "meeting", "person_id": "person", "substitute_for_id": "person"},
        natural=("meeting_id", "person_id"),
    ),
    Table(
        "agenda_item",
        m.AgendaItem,
        ("agenda item", "agenda items"),
        {"meeting_id": "meeting", "presenter_id": "person"},
    ),
    Table(
        "agenda_item_link",
        m.AgendaItemLink,
        ("agenda item's link to the strategy", "agenda items' links to the strategy"),
        {"agenda_item_id": "agenda_item"},
        links_strategy=True,
    ),
    Table(
        "officer_report",
        m.OfficerReport,
        ("officer report", "officer reports"),
        {"agenda_item_id": "agenda_item"},
        natural=("agenda_item_id",),
    ),
    Table("paper", m.Paper, ("paper", "papers"), {"agenda_item_id": "agenda_item"}),
    Table(
        "paper_content",
        m.PaperContent,
        ("paper's file", "papers' files"),
        {"paper_id": "paper"},
        natural=("paper_id",),
    ),
    Table(
        "linked_document",
        m.LinkedDocument,
        ("linked document", "linked documents"),
        {"agenda_item_id": "agenda_item"},
    ),
    Table(
        "declaration",
        m.Declaration,
        ("declaration", "declarations"),
        {"agenda_item_id": "agenda_item", "person_id": "person"},
    ),
    Table(
        "minute",
        m.Minute,
        ("minute", "minutes"),
        {"agenda_item_id": "agenda_item"},
        natural=("agenda_item_id",),
    ),
    Table("decision", m.Decision, ("decision", "decisions"), {"agenda_item_id": "agenda_item"}),
    Table(
        "amendment",
        m.Amendment,
        ("amendment", "amendments"),
        {"meeting_id": "meeting", "agenda_item_id": "agenda_item"},
    ),
    Table(
        "action",
        m.Action,
        ("action", "actions"),
        {
            "meeting_id": "meeting",
            "agenda_item_id": "agenda_item",
            "raised_by_id": "person",
            "owner_id": "person",
            "owner_team_id": "team",
        },
        follow=("owner_id", "owner_team_id", "due_date", "status", "answer", "closed_on", "last_update_on"),
    ),
    Table(
        "action_link",
        m.ActionLink,
        ("action's link to the strategy", "actions' links to the strategy"),
        {"action_id": "action"},
        links_strategy=True,
    ),
    Table("action_update", m.ActionUpdate, ("action update", "action updates"), {"action_id": "action"}),
    Table(
        "challenge",
        v.Challenge,
        ("young people's challenge", "young people's challenges"),
        {"raised_at_id": "meeting", "agenda_item_id": "agenda_item", "officer_id": "person"},
        follow=("theme", "officer_id", "status", "reason", "closed_on", "told_on", "told_how"),
    ),
    Table(
        "challenge_step",
        v.ChallengeStep,
        ("step on a challenge", "steps on challenges"),
        {"challenge_id": "challenge"},
    ),
    Table(
        "challenge_link",
        v.ChallengeLink,
        ("challenge's link to the strategy", "challenges' links to the strategy"),
        {"challenge_id": "challenge"},
        links_strategy=True,
    ),
    Table(
        "challenge_action",
        v.ChallengeAction,
        ("challenge's action", "challenges' actions"),
        {"challenge_id": "challenge", "action_id": "action"},
        natural=("challenge_id", "action_id"),
    ),
    Table("area", i.Area, ("area", "areas"), natural=("code",)),
    Table("indicator", i.Indicator, ("indicator", "indicators"), natural=("source_key",)),
    Table(
        "indicator_link",
        i.IndicatorLink,
        ("indicator's link to the strategy", "indicators' links to the strategy"),
        {"indicator_id": "indicator"},
        links_strategy=True,
    ),
    Table(
        "indicator_value",
        i.IndicatorValue,
        ("indicator value", "indicator values"),
        {"indicator_id": "indicator", "area_id": "area"},
        natural=("indicator_id", "area_id", "period"),
        dropped=("statistics_import_id",),  # the import that wrote it, and its undo, are this database's
    ),
)
TABLE = {t.name: t for t in TABLES}
RETURN_TABLES = ("attendance", "declaration")  # all a member's answers may change

# Where a record sits in a meeting's record, for the lock: (column, table) to follow to the meeting.
OWNER: dict[str, tuple[str, str]] = {
    "attendance": ("meeting_id", "meeting"),
    "agenda_item": ("meeting_id", "meeting"),
    "agenda_item_link": ("agenda_item_id", "agenda_item"),
    "officer_report": ("agenda_item_id", "agenda_item"),
    "paper": ("agenda_item_id", "agenda_item"),
    "paper_content": ("paper_id", "paper"),
    "declaration": ("agenda_item_id", "agenda_item"),
    "minute": ("agenda_item_id", "agenda_item"),
    "decision": ("agenda_item_id", "agenda_item"),
    "action": ("meeting_id", "meeting"),
}


def check_bundle_passphrase(passphrase: str) -> None:
    """A passphrase to share a bundle with: long enough to protect what is in it."""
    if len(passphrase) < MIN_PASSPHRASE or "\x00" in passphrase:
        raise InputError(
            f"a bundle's passphrase has at least {MIN_PASSPHRASE} characters (and no null character); "
            "nothing was written"
        )


def envelope(payload: bytes) -> bytes:
    """The bytes an encrypted bundle holds: the envelope line, then the payload."""
    head = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "payload_bytes": len(payload),
        "payload_sha256": hashlib.sha256(payload).hexdigest(),
    }
    return json.dumps(head).encode("ascii") + b"\n" + payload


def open_envelope(data: bytes, where: str) -> bytes:
    """The payload an envelope holds, once its format, version, length and checksum are right."""
    line, newline, payload = data.partition(b"\n")
    try:
        head = json.loads(line.decode("ascii")) if newline else None
    except (UnicodeDecodeError, ValueError):
        head = None
    if not isinstance(head, dict) or head.get("format") != FORMAT:
        raise InputError(
            "this is not a cpdesk meeting bundle (its first line is not a bundle's)", where=where
        )
    version = head.get("format_version")
    if version != FORMAT_VERSION:
        newer = isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION
        raise InputError(
            f"this bundle is in format version {version!r}, and this cpdesk reads version {FORMAT_VERSION}"
            + ("; it was written by a newer cpdesk: update cpdesk to open it" if newer else ""),
            where=where,
        )
    if head.get("payload_bytes") != len(payload):
        raise InputError("this bundle is cut short or has been changed (its length is wrong)", where=where)
    if head.get("payload_sha256") != hashlib.sha256(payload).hexdigest():
        raise InputError("this bundle has been changed or damaged (its checksum does not match)", where=where)
    return payload


def read_bundle_file(path: Path, passphrase: str | None) -> bytes:
    """The checked payload of the bundle at path; InputError or WrongPassphraseError, in one line."""
    from cpdesk.domain.files import read_offered_file
    from cpdesk.errors import DatabaseError, PassphraseNeededError
    from cpdesk.store.cipher import DRIVER_ERRORS
    from cpdesk.store.encrypted_file import read_encrypted

    path = Path(path)
    where = str(path)
    read_offered_file(path, max_bytes=MAX_BUNDLE_BYTES, what="meeting bundle")  # there, a file, not too big
    if not passphrase:
        raise PassphraseNeededError("give the passphrase the bundle was shared with", where=where)
    try:
        data = read_encrypted(path, BUNDLE_KIND, passphrase, max_bytes=MAX_BUNDLE_BYTES)
    except WrongPassphraseError as exc:
        raise WrongPassphraseError(
            "the passphrase is not right for this bundle (or the file is not a bundle, or it is damaged); "
            "nothing was changed",
            where=where,
        ) from exc
    except InputError as exc:
        raise InputError(
            f"this file cannot be read as a meeting bundle: it is damaged or not a bundle ({exc.message})",
            where=where,
        ) from exc
    except DatabaseError as exc:
        raise InputError(
            f"this file cannot be read as a meeting bundle ({exc.message}); nothing was changed", where=where
        ) from exc
    except DRIVER_ERRORS as exc:  # SQLCipher finds the file damaged or cut short before any page is read
        raise InputError(
            f"this file cannot be read as a meeting bundle: it is damaged or cut short ({exc}); nothing was "
            "changed",
            where=where,
        ) from exc
    return open_envelope(data, where)


def quoted_names(columns: list[str], after: str = "") -> str:
    """Column names for SQL, each quoted (and followed by `after`, as in an UPDATE's SET)."""
    return ", ".join(f'"{c}"{after}' for c in columns)


def plural(count: int, noun: tuple[str, str]) -> str:
    return f"{count} {noun[0] if count == 1 else noun[1]}"


def find_member(name: str) -> m.Person:
    """The member of the committee with this name (as the list of people has it); InputError if none."""
    from cpdesk.domain.people import name_key

    members = list(m.Person.select().where((m.Person.kind == "member") & m.Person.deleted_at.is_null()))
    exact = " ".join(name.split()).casefold()
    rows = [r for r in members if " ".join(r.name.split()).casefold() == exact]
    if not rows:  # "Chris Patel" is the list's "Cllr Chris Patel"
        rows = [r for r in members if name_key(r.name) == name_key(name)]
    if len(rows) != 1:
        problem = "is not" if not rows else "is more than one"
        raise InputError(
            f"{name!r} {problem} a member in the committee's list of people, so cpdesk cannot tell whose "
            "answers to send: say who you are (File, Who is using cpdesk…) with your name as the list has "
            "it, or name the member; nothing was written"
        )
    return rows[0]


class BundleService:
    """Share a meeting in a bundle, send a member's answers back, and take either in."""

    def __init__(self, desk: Desk) -> None:
        self._desk = desk

    def me(self, name: str | None = None) -> Person:
        """The member whose answers a return bundle carries: the one named, else the person using cpdesk
        (as File, Who is using cpdesk… names them); InputError if the list of people has no such member."""
        from cpdesk.domain.audit import who
        from cpdesk.domain.people import person_view

        return person_view(find_member(name if name is not None else who()))

    def export(self, meeting_id: UUID, path: Path, passphrase: str) -> str:
        """Write the meeting, everything for it and what it needs, as a bundle; what was written, in words."""
        from cpdesk.domain.bundle_export import write_meeting_bundle

        return write_meeting_bundle(self._desk, meeting_id, Path(path), passphrase)

    def export_return(self, meeting_id: UUID, path: Path, passphrase: str, member: str | None = None) -> str:
        """Write a member's own attendance and declarations for a meeting, for the clerk; in words."""
        from cpdesk.domain.bundle_export import write_return_bundle

        person = self.me(member)
        return write_return_bundle(self._desk, meeting_id, person.id, Path(path), passphrase)

    def import_file(self, path: Path, passphrase: str | None) -> ImportReport:
        """Take in a bundle: checked whole, then merged in one transaction; what changed."""
        from cpdesk.domain.bundle_import import import_bundle

        return import_bundle(self._desk, Path(path), passphrase)
