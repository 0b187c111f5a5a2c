"""The action log: actions and members' questions raised at meetings, followed until done, RAG derived."""

from __future__ import annotations

import csv
import gc
import io
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from operator import attrgetter
from pathlib import Path
from typing import NamedTuple
from uuid import UUID

import peewee as pw

from cpdesk.domain.agenda import KEEP, Keep, Link, links_of, set_links
from cpdesk.domain.audit import BINNED, RESTORED, record
from cpdesk.domain.dates import long_date, municipal_year_start, parse_date
from cpdesk.domain.files import write_text_atomically
from cpdesk.domain.meetings import ensure_unlocked, meeting_row
from cpdesk.errors import InputError, NotFoundError
from cpdesk.store import meetings as m
from cpdesk.store import strategy as s
from cpdesk.store.base import UuidCache, raw_rows, tuples, utc_now
from cpdesk.store.sealed import for_others

STATUSES = {
    "open": "Open",
    "in_progress": "In progress",
    "completed": "Completed",
    "closed_no_further_action": "Closed, no further action",
    "superseded": "Superseded",
}
DONE = frozenset({"completed", "closed_no_further_action", "superseded"})
KINDS = {"action": "Action", "question": "Question"}
RAGS = ("Red", "Amber", "Green", "Completed", "Closed")
DUE_SOON_DAYS = 14
STALE_DAYS = 60


@contextmanager
def collector_paused() -> Iterator[None]:
    """Hold off Python's cycle collector while building many small objects that cannot form cycles."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def rag(status: str, due: date | None, last_update: date, today: date) -> str:
    """Red when overdue; Amber when due within 14 days or not updated for 60; else Green; done says so."""
    if status == "completed":
        return "Completed"
    if status in DONE:
        return "Closed"
    if due is not None and due < today:
        return "Red"
    if (due is not None and (due - today).days <= DUE_SOON_DAYS) or (today - last_update).days >= STALE_DAYS:
        return "Amber"
    return "Green"


def rag_reason(status: str, due: date | None, last_update: date, today: date) -> str:
    """Why an action has its RAG, in the rule's own words with the dates that decided it.

    Amber has two rules and an action can meet both; each one met is named, so the chair knows whether
    to ask for the work or only for an update.
    """
    word = rag(status, due, last_update, today)
    if word == "Completed":
        return "Done"
    if word == "Closed":
        return "Closed with no further action, or superseded"
    if word == "Red":
        assert due is not None
        return f"Overdue since {long_date(due + timedelta(days=1))} (it was due by {long_date(due)})"
    if word == "Amber":
        reasons = []
        if due is not None and (due - today).days <= DUE_SOON_DAYS:
            left = (due - today).days
            when = "today" if left == 0 else f"in {left} day{'' if left == 1 else 's'}"
            reasons.append(f"Due within {DUE_SOON_DAYS} days (by {long_date(due)}, {when})")
        if (today - last_update).days >= STALE_DAYS:
            reasons.append(
                f"No update for {STALE_DAYS} days (last on {long_date(last_update)}, "
                f"{(today - last_update).days} days ago)"
            )
        return "; and ".join(reasons)
    due_text = f", due by {long_date(due)}" if due is not None else ", no due date"
    return f"On track{due_text}"


class ActionRow(NamedTuple):
    """One line of the chair's view of the action log (a named tuple: thousands are made at once)."""

    id: UUID
    reference: str
    kind: str
    meeting_id: UUID
    raised_on: date
    body: str
    item: str
    description: str
    owner: str
    owner_id: UUID | None
    team_id: UUID | None
    due: date | None
    status: str
    rag: str
    priorities: tuple[int, ...]
    promises: tuple[int, ...]
    last_update: date
    answer: str
    rag_reason: str = ""  # which rule gave the RAG, with its dates (a default: rows are made elsewhere too)

    @property
    def status_label(self) -> str:
        return STATUSES[self.status]

    @property
    def is_open(self) -> bool:
        return self.status not in DONE


@dataclass(frozen=True)
class Update:
    on_date: date
    text: str
    status: str
    author: str


@dataclass(frozen=True)
class ActionDetail:
    row: ActionRow
    raised_by: str
    links: tuple[Link, ...]
    updates: tuple[Update, ...]


class ActionService:
    """Raise, update, answer and close actions and questions; list them for the chair."""

    def __init__(self, db: pw.Database, today: Callable[[], date]) -> None:
        self._db = db
        self._today = today

    # --- raising and following up ---

    def raise_action(
        self,
        meeting_id: UUID,
        description: str,
        *,
        kind: str = "action",
        item_id: UUID | None = None,
        owner_id: UUID | None = None,
        team_id: UUID | None = None,
        due: date | None = None,
        raised_by: UUID | None = None,
        links: Iterable[tuple[str, UUID]] = (),
        is_example: bool = False,
    ) -> ActionRow:
        """Record an action (or a member's question) raised at a meeting, under an agenda item if given."""
        if kind not in KINDS:
            raise InputError("it is an action or a question")
        if not description.strip():
            raise InputError(f"describe the {kind}")
        meeting = meeting_row(meeting_id)
        ensure_unlocked(meeting)
        if meeting.status == "cancelled":
            raise InputError("nothing can be raised at a cancelled meeting")
        raised = date.fromisoformat(meeting.date)
        if due is not None and due < raised:
            raise InputError("the due date is before the meeting that raised it")
        if (
            item_id is not None
            and not m.AgendaItem.select()
            .where((m.AgendaItem.id == item_id) & (m.AgendaItem.meeting == meeting))
            .exists()
        ):
            raise InputError("that agenda item is not on this meeting's agenda")
        with self._db.atomic():
            row = m.Action.create(
                kind=kind,
                reference=self._next_reference(kind, raised),
                meeting=meeting,
                agenda_item=item_id,
                description=description.strip(),
                raised_by=raised_by,
                owner=owner_id,
                owner_team=team_id,
                due_date=due.isoformat() if due else None,
                last_update_on=raised.isoformat(),
                is_example=is_example,
            )
            set_links(m.ActionLink, m.ActionLink.action, row.id, list(links))
        return self.row(row.id)

    def add_update(
        self,
        action_id: UUID,
        text: str,
        *,
        status: str | None = None,
        on_date: date | None = None,
        author: str = "",
    ) -> ActionRow:
        """A dated note on progress; a new status may come with it (done ones close the action)."""
        row = self._action(action_id)
        on_date = on_date or self._today()
        status = status or row.status
        if status not in STATUSES:
            raise InputError(f"the status is one of: {', '.join(STATUSES.values())}")
        if not text.strip():
            raise InputError("write what the update says")
        if on_date < date.fromisoformat(row.meeting.date):
            raise InputError("an update cannot be dated before the meeting that raised the action")
        with self._db.atomic():
            m.ActionUpdate.create(
                action=row,
                on_date=on_date.isoformat(),
                text=text.strip(),
                status=status,
                author=author.strip(),
            )
            if status != row.status:
                record("action", row.id, f"Status changed from {STATUSES[row.status]} to {STATUSES[status]}")
                row.closed_on = on_date.isoformat() if status in DONE else None
                row.status = status
            row.last_update_on = max(row.last_update_on, on_date.isoformat())
            row.save()
        return self.row(action_id)

    def answer(
        self, question_id: UUID, answer: str, *, on_date: date | None = None, author: str = ""
    ) -> ActionRow:
        """Record the answer to a member's question; it is then done."""
        row = self._action(question_id)
        if row.kind != "question":
            raise InputError("only a question is answered; update an action instead")
        if not answer.strip():
            raise InputError("write the answer")
        with self._db.atomic():
            row.answer = answer.strip()
            row.save()
            return self.add_update(
                question_id, f"Answered: {answer.strip()}", status="completed", on_date=on_date, author=author
            )

    def reassign(
        self,
        action_id: UUID,
        *,
        owner_id: UUID | Keep | None = KEEP,
        team_id: UUID | Keep | None = KEEP,
        due: date | Keep | None = KEEP,
        author: str = "",
    ) -> ActionRow:
        """Change who owns an action or when it is due (a field not given stays as it is; None clears it).

        Each change is kept in the action's history, from what to what, so a chair can see how often
        a deadline slipped or the action changed hands.
        """
        row = self._action(action_id)
        if isinstance(due, date) and due < date.fromisoformat(row.meeting.date):
            raise InputError("the due date is before the meeting that raised it")
        for model, given, what in ((m.Person, owner_id, "person"), (m.Team, team_id, "team")):
            if isinstance(given, UUID) and not model.select().where(model.id == given).exists():
                raise NotFoundError(f"that {what} is not in this database")
        changes: list[str] = []
        if not isinstance(owner_id, Keep) and owner_id != row.owner_id:
            changes.append(
                f"Owner changed from {_name(m.Person, row.owner_id)} to {_name(m.Person, owner_id)}"
            )
            row.owner_id = owner_id
        if not isinstance(team_id, Keep) and team_id != row.owner_team_id:
            changes.append(
                f"Team changed from {_name(m.Team, row.owner_team_id)} to {_name(m.Team, team_id)}"
            )
            row.owner_team_id = team_id
        if not isinstance(due, Keep):
            new_due = due.isoformat() if due else None
            if new_due != row.due_date:
                changes.append(f"Due date changed from {_day(row.due_date)} to {_day(new_due)}")
                row.due_date = new_due
        if not changes:
            return self.row(action_id)
        with self._db.atomic():
            row.save()
            for change in changes:
                record("action", row.id, change)
                m.ActionUpdate.create(
                    action=row,
                    on_date=self._today().isoformat(),
                    text=change,
                    status=row.status,
                    author=author.strip(),
                )
        return self.row(action_id)

    def set_links(self, action_id: UUID, links: list[tuple[str, UUID]]) -> ActionRow:
        self._action(action_id)
        with self._db.atomic():
            set_links(m.ActionLink, m.ActionLink.action, action_id, links)
        return self.row(action_id)

    def bin(self, action_id: UUID) -> None:
        row = self._action(action_id)
        ensure_unlocked(row.meeting)
        row.deleted_at = utc_now()
        with self._db.atomic():
            row.save()
            record("action", row.id, BINNED)

    def restore(self, action_id: UUID) -> None:
        with self._db.atomic():
            if (
                m.Action.update(deleted_at=None)
                .where((m.Action.id == action_id) & m.Action.deleted_at.is_null(False))
                .execute()
            ):
                record("action", action_id, RESTORED)

    # --- reading ---

    def log(self, *, where: pw.Expression | None = None, binned: bool = False) -> list[ActionRow]:
        with collector_paused():  # thousands of rows with no cycles: the collector would only pause us
            return self._log(where, binned)

    def _log(self, where: pw.Expression | None, binned: bool) -> list[ActionRow]:
        """Every action and question with what the chair's view shows, by date raised.

        Built for thousands of rows: one scan of the actions, with meetings, bodies, items, people and
        teams looked up from small tables read once, and ids converted to UUIDs once each.
        """
        query = m.Action.select(
            m.Action.id,
            m.Action.reference,
            m.Action.kind,
            m.Action.meeting,
            m.Action.agenda_item,
            m.Action.description,
            m.Action.owner,
            m.Action.owner_team,
            m.Action.due_date,
            m.Action.status,
            m.Action.last_update_on,
            m.Action.answer,
        ).where(m.Action.deleted_at.is_null(not binned))
        if where is not None:
            query = query.join(m.Meeting).where(where)  # filters may name the meeting's body or date
        rows = raw_rows(query)
        if not rows:
            return []
        ids = UuidCache()
        meeting_rows = m.Meeting.select(m.Meeting.id, m.Meeting.date, m.Body.name, m.Meeting.deleted_at).join(
            m.Body
        )
        item_rows = m.AgendaItem.select(m.AgendaItem.id, m.AgendaItem.title)
        if where is not None:
            # A filtered read (one meeting's log) looks up only the meetings and items its actions name,
            # so it costs the same however many years of history the database holds.
            meeting_rows = meeting_rows.where(m.Meeting.id.in_(query.select(m.Action.meeting)))
            item_rows = item_rows.where(m.AgendaItem.id.in_(query.select(m.Action.agenda_item)))
        meetings = {  # each meeting's id, date and body, worked out once
            mid: (ids[mid], date.fromisoformat(day), body)
            for mid, day, body, meeting_binned in raw_rows(meeting_rows)
            # What a binned meeting raised leaves the log with it, and comes back when it is restored.
            if binned or meeting_binned is None
        }
        items = dict(raw_rows(item_rows))
        people = dict(raw_rows(m.Person.select(m.Person.id, m.Person.name)))
        teams = dict(raw_rows(m.Team.select(m.Team.id, m.Team.name)))
        owners: dict[tuple[str | None, str | None], tuple[str, UUID | None, UUID | None]] = {}
        priorities, promises = self._numbers(query.select(m.Action.id) if where is not None else None)
        today = self._today()
        found = []
        for aid, ref, kind, meeting_id, item_id, text, owner_id, team_id, due, status, last, answer in rows:
            if meeting_id not in meetings:
                continue
            meeting, raised, body = meetings[meeting_id]
            owner = owners.get((owner_id, team_id))
            if owner is None:  # each person and team pair is described once
                person = people.get(owner_id, "") if owner_id else ""
                team = teams.get(team_id, "") if team_id else ""
                label = f"{person}, {team}" if person and team else (person or team)
                owner = owners[(owner_id, team_id)] = (
                    label,
                    ids[owner_id] if owner_id else None,
                    ids[team_id] if team_id else None,
                )
            due_day = date.fromisoformat(due) if due else None
            last_day = date.fromisoformat(last)
            found.append(
                ActionRow(
                    UUID(hex=aid),
                    ref,
                    kind,
                    meeting,
                    raised,
                    body,
                    items.get(item_id, "") if item_id else "",
                    text,
                    owner[0],
                    owner[1],
                    owner[2],
                    due_day,
                    status,
                    rag(status, due_day, last_day, today),
                    priorities.get(aid, ()),
                    promises.get(aid, ()),
                    last_day,
                    answer,
                    rag_reason(status, due_day, last_day, today),
                )
            )
        found.sort(key=attrgetter("raised_on", "reference"))
        return found

    def row(self, action_id: UUID) -> ActionRow:
        rows = self.log(where=(m.Action.id == action_id))
        if not rows:
            raise NotFoundError("that action is not in this database")
        return rows[0]

    def detail(self, action_id: UUID) -> ActionDetail:
        """An action with who raised it, what it concerns and every update, oldest first."""
        row = self._action(action_id)
        updates = tuple(
            Update(date.fromisoformat(u.on_date), u.text, u.status, u.author)
            for u in m.ActionUpdate.select()
            .where(m.ActionUpdate.action == row)
            .order_by(m.ActionUpdate.on_date, m.ActionUpdate.created_at)
        )
        links = links_of(m.ActionLink, m.ActionLink.action, [row.id]).get(row.id, [])
        return ActionDetail(
            self.row(action_id),
            row.raised_by.name if row.raised_by is not None else "",
            tuple(links),
            updates,
        )

    def raised_at(self, meeting_id: UUID) -> list[ActionRow]:
        return self.log(where=(m.Action.meeting == meeting_id))

    def carried_forward(self, meeting_id: UUID) -> list[ActionRow]:
        """A meeting's action log: what earlier meetings of the body raised that was still open by then."""
        meeting = meeting_row(meeting_id)
        return self.log(
            where=(
                (m.Meeting.body == meeting.body_id)
                & (m.Meeting.date < meeting.date)
                & (m.Action.closed_on.is_null() | (m.Action.closed_on >= meeting.date))
            )
        )

    @for_others
    def export_csv(self, path: Path, rows: list[ActionRow] | None = None) -> int:
        """Write the log (or the rows given) as CSV; return how many were written."""
        rows = self.log() if rows is None else rows
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(
            [
                "reference",
                "kind",
                "raised_at",
                "body",
                "agenda_item",
                "description",
                "owner",
                "due_date",
                "status",
                "rag",
                "rag_reason",
                "priorities",
                "promises",
                "last_update",
                "answer",
            ]
        )
        for r in rows:
            writer.writerow(
                [
                    r.reference,
                    KINDS[r.kind],
                    r.raised_on.isoformat(),
                    r.body,
                    r.item,
                    r.description,
                    r.owner,
                    r.due.isoformat() if r.due else "",
                    r.status_label,
                    r.rag,
                    r.rag_reason,
                    " ".join(str(n) for n in r.priorities),
                    " ".join(str(n) for n in r.promises),
                    r.last_update.isoformat(),
                    r.answer,
                ]
            )
        write_text_atomically(path, out.getvalue())
        return len(rows)

    # --- helpers ---

    def _action(self, action_id: UUID) -> m.Action:
        row = m.Action.get_or_none((m.Action.id == action_id) & m.Action.deleted_at.is_null())
        if row is None:
            raise NotFoundError("that action is not in this database")
        return row

    def _next_reference(self, kind: str, raised: date) -> str:
        prefix = f"{'A' if kind == 'action' else 'Q'}{municipal_year_start(raised) % 100:02d}-"
        taken = [
            r[0]
            for r in tuples(m.Action.select(m.Action.reference).where(m.Action.reference.startswith(prefix)))
        ]
        number = (
            max((int(ref[len(prefix) :]) for ref in taken if ref[len(prefix) :].isdigit()), default=0) + 1
        )
        return f"{prefix}{number:03d}"

    @staticmethod
    def _numbers(
        actions: pw.SelectQuery | None,
    ) -> tuple[dict[str, tuple[int, ...]], dict[str, tuple[int, ...]]]:
        """Priority numbers (directly or through a commitment) and Promise numbers, by action id as stored.

        One scan of the links (of the actions the query selects, if given, as a subquery: a list of
        thousands of ids would cost more to write out than to read), with the few priorities,
        commitments and Promises looked up from small maps.
        """
        priority_number = dict(raw_rows(s.Priority.select(s.Priority.id, s.Priority.number)))
        commitment_priority = dict(raw_rows(s.Commitment.select(s.Commitment.id, s.Commitment.priority)))
        promise_number = dict(raw_rows(s.Promise.select(s.Promise.id, s.Promise.number)))
        links = m.ActionLink.select(
            m.ActionLink.action, m.ActionLink.priority, m.ActionLink.commitment, m.ActionLink.promise
        )
        if actions is not None:
            links = links.where(m.ActionLink.action.in_(actions))
        priorities: dict[str, set[int]] = {}
        promises: dict[str, set[int]] = {}
        for action, priority, commitment, promise in raw_rows(links):
            if priority:
                priorities.setdefault(action, set()).add(priority_number[priority])
            elif commitment:
                priorities.setdefault(action, set()).add(priority_number[commitment_priority[commitment]])
            elif promise:
                promises.setdefault(action, set()).add(promise_number[promise])
        return (
            {k: tuple(sorted(v)) for k, v in priorities.items()},
            {k: tuple(sorted(v)) for k, v in promises.items()},
        )


def _name(model: type[m.Person] | type[m.Team], record_id: UUID | None) -> str:
    if record_id is None:
        return "no team" if model is m.Team else "nobody"
    found = model.get_or_none(model.id == record_id)
    return str(found.name) if found is not None else "someone no longer listed"


def _day(iso: str | None) -> str:
    return long_date(date.fromisoformat(iso)) if iso else "no date"


def parse_due(text: str) -> date | None:
    return parse_date(text, what="due date") if text.strip() else None
