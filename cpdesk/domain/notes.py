"""A member's own preparation: who is using cpdesk, and their private notes and questions on any record.

Notes belong to the person using cpdesk and are never written for others: everything that writes for
others runs sealed off from them (cpdesk/store/sealed.py). A note on a paper is anchored to the page
and the words it quotes, so that when a revised paper replaces the old one the note finds its passage
again, or says plainly that the words are no longer there; no note is ever dropped.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from uuid import UUID

import peewee as pw

from cpdesk.domain.agenda import KEEP, AgendaService, Keep, link_label
from cpdesk.domain.audit import BINNED, RESTORED, record
from cpdesk.domain.backups import back_up_before_import
from cpdesk.domain.dates import long_date
from cpdesk.domain.paper_text import find_quote, quote_hash
from cpdesk.errors import InputError, NotFoundError
from cpdesk.store import meetings as m
from cpdesk.store import strategy as s
from cpdesk.store import voice as v
from cpdesk.store.base import utc_now
from cpdesk.store.indicators import Indicator, Setting
from cpdesk.store.reading import Annotation, DeskUser

ROLES = {"member": "Member", "chair": "Chair", "clerk": "Clerk", "officer": "Officer"}
TARGETS = {
    "priority": "a priority",
    "commitment": "a commitment",
    "promise": "a Promise",
    "pledge_area": "a Pledge area",
    "meeting": "a meeting",
    "agenda_item": "an agenda item",
    "report": "a report",
    "paper": "a paper",
    "action": "an action or question",
    "challenge": "a challenge",
    "indicator": "an indicator",
}
ANCHORS = {
    "placed": "",
    "moved": "The paper was revised: these words are now on page {page}",
    "lost": "The paper was revised and these words are no longer in it",
}
CURRENT_USER = "current_user"
EXPORT_FORMAT = "cpdesk-notes"
MAX_NOTES_BYTES = 20_000_000


@dataclass(frozen=True)
class User:
    id: UUID
    name: str
    role: str

    @property
    def role_label(self) -> str:
        return ROLES[self.role]


@dataclass(frozen=True)
class Where:
    """What a note is on, in words, and the meeting and agenda item it belongs to, if any."""

    label: str
    meeting_id: UUID | None = None
    meeting_day: date | None = None
    item_id: UUID | None = None
    item_position: int = 0


@dataclass(frozen=True)
class Note:
    id: UUID
    target_kind: str
    target_id: UUID
    text: str
    is_question: bool
    asked_on: date | None
    action_id: UUID | None
    page: int | None
    quote: str
    anchor: str  # placed, moved or lost
    written: datetime
    where: Where

    @property
    def anchor_note(self) -> str:
        """Why the note is not where it was placed, in words ("" when it is)."""
        return ANCHORS[self.anchor].format(page=self.page)


class NotesService:
    """The person using cpdesk and their notes; every change is one transaction."""

    def __init__(self, db: pw.Database, agenda: AgendaService, today: Callable[[], date]) -> None:
        self._db = db
        self._agenda = agenda
        self._today = today

    # --- who is using cpdesk ---

    def current_user(self) -> User | None:
        setting = Setting.get_or_none(Setting.key == CURRENT_USER)
        row = DeskUser.get_or_none(DeskUser.id == setting.value) if setting is not None else None
        return _user(row) if row is not None else None

    def users(self) -> list[User]:
        return [_user(r) for r in DeskUser.select().order_by(DeskUser.name)]

    def set_current_user(self, name: str, role: str) -> User:
        """Say who is using cpdesk: the person of that name (made if new) becomes the current user."""
        name = " ".join(name.split())
        if not name:
            raise InputError("say who you are: your name")
        if role not in ROLES:
            raise InputError(f"your role is one of: {', '.join(ROLES.values())}")
        with self._db.atomic():
            row = DeskUser.get_or_none(DeskUser.name == name)
            if row is None:
                row = DeskUser.create(name=name, role=role)
            elif row.role != role:
                row.role = role
                row.save()
            Setting.insert(key=CURRENT_USER, value=str(row.id)).on_conflict(
                conflict_target=[Setting.key], update={Setting.value: str(row.id)}
            ).execute()
        return _user(row)

    def _me(self) -> DeskUser:
        user = self.current_user()
        if user is None:
            raise InputError("say who is using cpdesk first (File, Who is using cpdesk), so notes are yours")
        return DeskUser.get_by_id(user.id)

    # --- notes ---

    def add(
        self,
        target_kind: str,
        target_id: UUID,
        text: str,
        *,
        is_question: bool = False,
        page: int | None = None,
        quote: str = "",
    ) -> Note:
        """A private note (or a question to ask) on a record; on a paper, on a page and passage of it."""
        me = self._me()
        if not text.strip():
            raise InputError("write the note")
        self._where(target_kind, target_id)  # refuses what is not there
        anchored_to, quote = "", " ".join(quote.split())
        if target_kind == "paper":
            paper = m.Paper.get_by_id(target_id)
            if page is not None and not 1 <= page <= paper.page_count:
                raise InputError(f"the paper has pages 1 to {paper.page_count}, not {page}")
            anchored_to = paper.sha256
        elif page is not None or quote:
            raise InputError("only a note on a paper has a page and a passage")
        with self._db.atomic():
            row = Annotation.create(
                user=me,
                target_kind=target_kind,
                target_id=str(target_id),
                text=text.strip(),
                is_question=is_question,
                page=page,
                quote=quote,
                quote_hash=quote_hash(quote) if quote else "",
                anchored_to=anchored_to,
            )
        return self.note(row.id)

    def edit(self, note_id: UUID, *, text: str | Keep = KEEP, is_question: bool | Keep = KEEP) -> Note:
        row = self._row(note_id)
        if not isinstance(text, Keep):
            if not text.strip():
                raise InputError("write the note")
            row.text = text.strip()
        if not isinstance(is_question, Keep):
            row.is_question = is_question
        with self._db.atomic():
            row.save()
        return self.note(note_id)

    def bin(self, note_id: UUID) -> None:
        row = self._row(note_id)
        row.deleted_at = utc_now()
        with self._db.atomic():
            row.save()
            record("note", row.id, BINNED)  # that it was binned, never what it says

    def restore(self, note_id: UUID) -> None:
        row = self._row(note_id, binned=True)
        row.deleted_at = None
        with self._db.atomic():
            row.save()
            record("note", row.id, RESTORED)

    def note(self, note_id: UUID) -> Note:
        return self._build([self._row(note_id, binned=None)])[0]

    def on(self, target_kind: str, target_id: UUID) -> list[Note]:
        """My notes on one record, in the order written (on a paper: by page, then as written)."""
        query = self._mine().where(
            (Annotation.target_kind == target_kind) & (Annotation.target_id == str(target_id))
        )
        return sorted(self._build(list(query)), key=lambda n: (n.page or 0, n.written))

    def preparation(self) -> list[Note]:
        """All my notes and questions: the questions still to ask at the next meeting first, then by
        meeting and agenda item, then those on no meeting (the strategy, indicators)."""
        notes = self._build(list(self._mine()))
        following = self._next_meeting()

        def order(n: Note) -> tuple[Any, ...]:
            first = n.is_question and n.asked_on is None and n.where.meeting_id == following
            return (
                not first,
                n.where.meeting_day is None,
                n.where.meeting_day or date.max,
                n.where.item_position,
                n.written,
            )

        return sorted(notes, key=order)

    def mark_asked(self, note_id: UUID, on_date: date | None = None, *, asked: bool = True) -> Note:
        row = self._row(note_id)
        if not row.is_question:
            raise InputError("only a question is asked at the meeting")
        row.asked_on = (on_date or self._today()).isoformat() if asked else None
        with self._db.atomic():
            row.save()
        return self.note(note_id)

    def to_action(
        self,
        note_id: UUID,
        meeting_id: UUID,
        *,
        kind: str = "question",
        description: str = "",
        owner_id: UUID | None = None,
        due: date | None = None,
    ) -> Note:
        """Turn a question into a recorded question (or an action) on the meeting's action log, in one step:
        it is raised by the meeting, marked asked, and the note remembers what it became."""
        from cpdesk.domain.actions import ActionService

        row = self._row(note_id)
        if row.action_id is not None:
            raise InputError("this note is already on the action log")
        note = self._build([row])[0]
        item_id = note.where.item_id if note.where.meeting_id == meeting_id else None
        with self._db.atomic():
            raised = ActionService(self._db, self._today).raise_action(
                meeting_id,
                description.strip() or row.text,
                kind=kind,
                item_id=item_id,
                owner_id=owner_id,
                due=due,
            )
            row.action_id = raised.id
            if row.is_question and row.asked_on is None:
                row.asked_on = self._today().isoformat()
            row.save()
        return self.note(note_id)

    # --- carried to another machine ---

    def export_file(self, path: Path) -> int:
        """Write all my notes to a file of my own (JSON), to carry them to another machine; the count.

        From an encrypted database the file is encrypted with its passphrase (a small SQLCipher file
        holding the JSON), so that the notes are never readable outside the database.
        """
        from cpdesk.domain.files import write_text_atomically
        from cpdesk.store.encrypted_file import write_encrypted

        me = self._me()
        notes = [
            {
                "id": str(r.id),
                "target_kind": r.target_kind,
                "target_id": r.target_id,
                "text": r.text,
                "is_question": r.is_question,
                "asked_on": r.asked_on,
                "page": r.page,
                "quote": r.quote,
                "written": r.created_at.isoformat(),
                "changed": r.updated_at.isoformat(),
            }
            for r in Annotation.select().where((Annotation.user == me) & Annotation.deleted_at.is_null())
        ]
        by = {"name": me.name, "role": me.role}
        data = {"format": EXPORT_FORMAT, "version": 1, "by": by, "notes": notes}
        text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
        passphrase = getattr(self._db, "passphrase", None)
        if passphrase is not None:
            derived = getattr(self._db, "derived_key", None)
            write_encrypted(Path(path), EXPORT_FORMAT, text.encode("utf-8"), passphrase, derived)
        else:
            write_text_atomically(Path(path), text, private=True)
        return len(notes)

    def import_file(self, path: Path, *, passphrase: str | None = None) -> int:
        """Bring in notes exported from another machine as mine: checked whole first, then written in one
        transaction; a note already here is kept if it was changed later here. The number taken in.

        An encrypted notes file (exported from an encrypted database) is opened with passphrase, or this
        database's own (WrongPassphraseError if it does not open it).
        """
        from cpdesk.domain.jsonfile import check_json_bytes, read_json_file  # the checks every JSON file has
        from cpdesk.store.encrypted_file import is_encrypted_file, read_encrypted

        path = Path(path)
        me = self._me()
        if is_encrypted_file(path):
            key = passphrase or getattr(self._db, "passphrase", None)
            raw = read_encrypted(path, EXPORT_FORMAT, key, max_bytes=MAX_NOTES_BYTES)
            data, _text = check_json_bytes(raw, str(path), "notes.schema.json")
        else:
            data, _text = read_json_file(
                path, "notes.schema.json", max_bytes=MAX_NOTES_BYTES, what="notes file"
            )
        notes: list[dict[str, Any]] = data["notes"]
        taken = 0
        back_up_before_import(self._db)
        with self._db.atomic():
            for n in notes:
                existing = Annotation.get_or_none(Annotation.id == n["id"])
                changed = datetime.fromisoformat(n["changed"])
                if existing is not None and existing.updated_at >= changed:
                    continue
                fields = {
                    "user": me,
                    "target_kind": n["target_kind"],
                    "target_id": n["target_id"],
                    "text": n["text"],
                    "is_question": n["is_question"],
                    "asked_on": n["asked_on"],
                    "page": n["page"],
                    "quote": n["quote"],
                    "quote_hash": quote_hash(n["quote"]) if n["quote"] else "",
                    "anchored_to": "",  # checked against the paper here the first time it is read
                    "created_at": datetime.fromisoformat(n["written"]),
                    "updated_at": changed,
                    "deleted_at": None,
                }
                if existing is None:
                    Annotation.insert(id=UUID(n["id"]), **fields).execute()
                else:
                    Annotation.update(**fields).where(Annotation.id == existing.id).execute()
                taken += 1
            record("notes", None, f"Imported {taken} of {len(notes)} notes from {path.name}")
        return taken

    # --- inside ---

    def _mine(self) -> pw.SelectQuery:
        user = self.current_user()
        if user is None:
            return Annotation.select().where(pw.SQL("0"))
        return Annotation.select().where((Annotation.user == user.id) & Annotation.deleted_at.is_null())

    def _row(self, note_id: UUID, *, binned: bool | None = False) -> Annotation:
        user = self.current_user()
        query = Annotation.select().where(Annotation.id == note_id)
        if user is not None:
            query = query.where(Annotation.user == user.id)
        if binned is not None:
            query = query.where(Annotation.deleted_at.is_null(not binned))
        row: Annotation | None = query.first() if user is not None else None
        if row is None:
            raise NotFoundError("that note is not among yours")
        return row

    def _next_meeting(self) -> UUID | None:
        row = (
            m.Meeting.select(m.Meeting.id)
            .join(m.Body)
            .where(
                (m.Body.kind == "sub_committee")
                & (m.Meeting.date >= self._today().isoformat())
                & (m.Meeting.status != "cancelled")
                & m.Meeting.deleted_at.is_null()
            )
            .order_by(m.Meeting.date)
            .first()
        )
        return row.id if row is not None else None

    def _reanchor(self, row: Annotation) -> None:
        """Check a paper note against the paper as it is now; a revised paper moves or flags it."""
        paper = m.Paper.get_or_none(m.Paper.id == row.target_id)
        if paper is None or row.anchored_to == paper.sha256:
            return
        if row.quote:
            page = find_quote(self._agenda.page_texts(paper.id), row.quote, near=row.page)
            if page is None:
                row.anchor = "lost"
            else:
                row.anchor = "placed" if page == row.page else "moved"
                row.page = page
        elif row.page is not None and row.page > paper.page_count:
            row.anchor, row.page = "lost", paper.page_count
        row.anchored_to = paper.sha256
        with self._db.atomic():
            Annotation.update(anchor=row.anchor, page=row.page, anchored_to=row.anchored_to).where(
                Annotation.id == row.id
            ).execute()

    def _build(self, rows: list[Annotation]) -> list[Note]:
        found = []
        for row in rows:
            if row.target_kind == "paper":
                self._reanchor(row)
            try:
                where = self._where(row.target_kind, UUID(row.target_id))
            except NotFoundError:
                where = Where(f"{TARGETS[row.target_kind].capitalize()} not in this database")
            found.append(
                Note(
                    id=row.id,
                    target_kind=row.target_kind,
                    target_id=UUID(row.target_id),
                    text=row.text,
                    is_question=row.is_question,
                    asked_on=date.fromisoformat(row.asked_on) if row.asked_on else None,
                    action_id=row.action_id,
                    page=row.page,
                    quote=row.quote,
                    anchor=row.anchor,
                    written=row.created_at,
                    where=where,
                )
            )
        return found

    def where(self, kind: str, target_id: UUID) -> Where:
        """What a note on this record would be on, in words (as a note's `where` says it)."""
        return self._where(kind, target_id)

    def _where(self, kind: str, target_id: UUID) -> Where:
        """What a note is on, in words, with its meeting and item; NotFoundError if it is not there."""
        if kind not in TARGETS:
            raise InputError(f"a note is on one of: {', '.join(TARGETS.values())}")
        missing = NotFoundError(f"that is not {TARGETS[kind]} in this database")
        if kind in ("priority", "commitment", "promise", "pledge_area"):
            model = {"priority": s.Priority, "commitment": s.Commitment, "promise": s.Promise}.get(
                kind, s.PledgeArea
            )
            row = model.get_or_none(model.id == target_id)
            if row is None:
                raise missing
            return Where(link_label(kind, row))
        if kind == "indicator":
            indicator = Indicator.get_or_none(Indicator.id == target_id)
            if indicator is None:
                raise missing
            return Where(f"Indicator: {indicator.name}")
        if kind == "meeting":
            meeting = m.Meeting.get_or_none(m.Meeting.id == target_id)
            if meeting is None:
                raise missing
            return _at(meeting, None, f"{meeting.body.name}, {long_date(date.fromisoformat(meeting.date))}")
        if kind == "action":
            action = m.Action.get_or_none(m.Action.id == target_id)
            if action is None:
                raise missing
            return _at(action.meeting, action.agenda_item, f"{action.reference}: {action.description}")
        if kind == "challenge":
            challenge = v.Challenge.get_or_none(v.Challenge.id == target_id)
            if challenge is None:
                raise missing
            item = challenge.agenda_item
            meeting = item.meeting if item is not None else challenge.raised_at
            return _at(meeting, item, f"Challenge {challenge.reference}: {challenge.you_said}")
        if kind == "report":
            report = m.OfficerReport.get_or_none(m.OfficerReport.id == target_id)
            if report is None:
                raise missing
            return _at(report.agenda_item.meeting, report.agenda_item, f"Report: {report.title}")
        if kind == "paper":
            paper = m.Paper.get_or_none(m.Paper.id == target_id)
            if paper is None:
                raise missing
            return _at(paper.agenda_item.meeting, paper.agenda_item, f"Paper: {paper.title}")
        item_row = m.AgendaItem.get_or_none(m.AgendaItem.id == target_id)
        if item_row is None:
            raise missing
        return _at(item_row.meeting, item_row, f"Item: {item_row.title}")


def _at(meeting: m.Meeting, item: m.AgendaItem | None, label: str) -> Where:
    return Where(
        label,
        meeting.id,
        date.fromisoformat(meeting.date),
        item.id if item is not None else None,
        item.position + 1 if item is not None else 0,
    )


def _user(row: DeskUser) -> User:
    return User(row.id, row.name, row.role)
