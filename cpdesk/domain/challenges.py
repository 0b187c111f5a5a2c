"""Young people's voice: challenges raised at the young people's meeting, answered, acted on, and told back.

The loop a challenge goes round: raised at the Young People's Corporate Parenting Meeting, taken to a
Sub-Committee meeting (under "Feedback from the young people's meeting"), answered there ("We will"),
acted on ("We did", dated, and actions on the log), and closed as done or as not possible, with the
reason in plain words (Promise 3), only once young people have been told. The database refuses a
closed challenge with no date told, so no write path can skip the telling.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from uuid import UUID

import peewee as pw

from cpdesk.domain.agenda import KEEP, LINK_KINDS, Keep, Link, links_of, set_links
from cpdesk.domain.audit import BINNED, RESTORED, record
from cpdesk.domain.dates import long_date
from cpdesk.domain.meetings import ensure_unlocked, meeting_row
from cpdesk.domain.privacy import young_person_name_problem
from cpdesk.domain.voice_sheet import Sheet, SheetBlock
from cpdesk.errors import InputError, NotFoundError
from cpdesk.store import meetings as m
from cpdesk.store import strategy as s
from cpdesk.store import voice as v
from cpdesk.store.base import utc_now
from cpdesk.store.sealed import for_others

STATUSES = {
    "raised": "Raised",
    "taken": "Taken to committee",
    "response_agreed": "Response agreed",
    "done": "Done",
    "not_possible": "Not possible",
}
CLOSED = frozenset({"done", "not_possible"})
RAISED_BY_KINDS = {"group": "A group", "young_person": "A young person", "anonymous": "Anonymous"}
GROUPS = (
    "Children in Care Council",
    "Care leavers' network",
)  # offered as suggestions; any group can be typed


@dataclass(frozen=True)
class Step:
    """One dated line of what was done ("We did")."""

    id: UUID
    on_date: date
    text: str


@dataclass(frozen=True)
class LinkedAction:
    """An action on the log taken in answer to a challenge."""

    id: UUID
    reference: str
    description: str
    status: str  # as the action log words it


@dataclass(frozen=True)
class Challenge:
    """A challenge with everything the ledger, the agenda item and the sheet show of it."""

    id: UUID
    reference: str
    raised_at_id: UUID
    raised_on: date
    raised_by_kind: str
    raised_by: str
    you_said: str
    theme: str
    agenda_item_id: UUID | None
    taken_to_meeting_id: UUID | None
    taken_on: date | None
    taken_item: str  # "Item 4: Feedback from the Young People's Corporate Parenting Meeting", or ""
    officer_id: UUID | None
    officer: str
    response: str
    response_on: date | None
    status: str
    reason: str
    closed_on: date | None
    told_on: date | None
    told_how: str
    steps: tuple[Step, ...]
    actions: tuple[LinkedAction, ...]
    links: tuple[Link, ...]
    overdue: str  # why the response is overdue, in words, or ""
    age_days: int  # from raised to today, or to the day it was closed
    binned: bool = False
    overdue_since: date | None = None  # the Sub-Committee meeting that passed with no response

    @property
    def status_label(self) -> str:
        return STATUSES[self.status]

    @property
    def closed(self) -> bool:
        return self.status in CLOSED

    @property
    def raised_by_label(self) -> str:
        return self.raised_by if self.raised_by_kind != "anonymous" else "Anonymous"

    @property
    def days_to_told(self) -> int | None:
        return (self.told_on - self.raised_on).days if self.told_on else None

    @property
    def we_did(self) -> str:
        return "\n".join(step.text for step in self.steps)


def _day(iso: str | None) -> date | None:
    return date.fromisoformat(iso) if iso else None


def _clean(text: str) -> str:
    return text.strip()


class ChallengeService:
    """Recording and following young people's challenges; every change is one transaction."""

    def __init__(self, db: pw.Database, today: Callable[[], date]) -> None:
        self._db = db
        self._today = today

    # --- reading ---

    def challenges(
        self,
        *,
        meeting_id: UUID | None = None,
        status: str | None = None,
        theme: str | None = None,
        link: tuple[str, UUID] | None = None,
        agenda_item_id: UUID | None = None,
        binned: bool = False,
    ) -> list[Challenge]:
        """The ledger, oldest first: filtered by the meeting it was raised at or taken to, status, theme,
        what it concerns (a priority also finds challenges about its commitments), or agenda item."""
        query = (
            v.Challenge.select(v.Challenge, m.Meeting)
            .join(m.Meeting, on=(v.Challenge.raised_at == m.Meeting.id))
            .where(m.Meeting.deleted_at.is_null())
        )
        query = query.where(
            v.Challenge.deleted_at.is_null(False) if binned else v.Challenge.deleted_at.is_null()
        )
        if meeting_id is not None:
            taken_there = m.AgendaItem.select(m.AgendaItem.id).where(m.AgendaItem.meeting == meeting_id)
            query = query.where(
                (v.Challenge.raised_at == meeting_id) | v.Challenge.agenda_item.in_(taken_there)
            )
        if status is not None:
            query = query.where(v.Challenge.status == status)
        if theme is not None:
            query = query.where(v.Challenge.theme == theme)
        if agenda_item_id is not None:
            query = query.where(v.Challenge.agenda_item == agenda_item_id)
        if link is not None:
            query = query.where(v.Challenge.id.in_(self._linked_to(*link)))
        rows = list(query.order_by(m.Meeting.date, v.Challenge.reference))
        return self._build(rows, binned)

    def challenge(self, challenge_id: UUID) -> Challenge:
        row = self._row(challenge_id, binned=None)
        return self._build([row], row.deleted_at is not None)[0]

    def themes(self) -> list[str]:
        """The themes in use, so that a new challenge can take one already given."""
        query = (
            v.Challenge.select(v.Challenge.theme)
            .where((v.Challenge.theme != "") & v.Challenge.deleted_at.is_null())
            .distinct()
        )
        return sorted((r.theme for r in query), key=str.casefold)

    def young_people_meetings(self) -> list[tuple[UUID, date]]:
        """The young people's meetings a challenge can be recorded at, newest first."""
        query = (
            m.Meeting.select(m.Meeting.id, m.Meeting.date)
            .join(m.Body)
            .where((m.Body.kind == "young_people") & m.Meeting.deleted_at.is_null())
            .order_by(m.Meeting.date.desc())
        )
        return [(r.id, date.fromisoformat(r.date)) for r in query]

    def committee_item_for(self, challenge_id: UUID) -> UUID | None:
        """Where a challenge would be taken: the young people's feedback item of the first Sub-Committee
        meeting on or after the day it was raised that is not cancelled or locked, if it has one."""
        row = self._row(challenge_id)
        query = (
            m.AgendaItem.select(m.AgendaItem.id)
            .join(m.Meeting)
            .join(m.Body)
            .where(
                (m.Body.kind == "sub_committee")
                & (m.Meeting.date >= row.raised_at.date)
                & m.Meeting.status.not_in(["cancelled", "minutes_approved"])
                & m.Meeting.deleted_at.is_null()
                & (m.AgendaItem.standing_kind == "young_people")
                & m.AgendaItem.deleted_at.is_null()
            )
            .order_by(m.Meeting.date)
            .first()
        )
        return query.id if query is not None else None

    # --- recording ---

    def raise_challenge(
        self,
        meeting_id: UUID,
        you_said: str,
        *,
        raised_by_kind: str = "anonymous",
        raised_by: str = "",
        theme: str = "",
        officer_id: UUID | None = None,
        links: Iterable[tuple[str, UUID]] = (),
        is_example: bool = False,
    ) -> Challenge:
        """Record a challenge young people raised at their meeting, in their own words."""
        meeting = meeting_row(meeting_id)
        if meeting.body.kind != "young_people":
            raise InputError("a challenge is recorded at the young people's meeting where it was raised")
        if meeting.status == "cancelled":
            raise InputError("nothing can be raised at a cancelled meeting")
        ensure_unlocked(meeting)
        if not you_said.strip():
            raise InputError("write what young people said, in their own words")
        kind, who = self._who(raised_by_kind, raised_by)
        self._check_officer(officer_id)
        raised = date.fromisoformat(meeting.date)
        with self._db.atomic():
            row = v.Challenge.create(
                reference=self._next_reference(raised),
                raised_at=meeting,
                raised_by_kind=kind,
                raised_by=who,
                you_said=_clean(you_said),
                theme=_clean(theme),
                officer=officer_id,
                is_example=is_example,
            )
            set_links(v.ChallengeLink, v.ChallengeLink.challenge, row.id, list(links))
        return self.challenge(row.id)

    def edit(
        self,
        challenge_id: UUID,
        *,
        you_said: str | Keep = KEEP,
        raised_by_kind: str | Keep = KEEP,
        raised_by: str | Keep = KEEP,
        theme: str | Keep = KEEP,
        officer_id: UUID | Keep | None = KEEP,
        links: Iterable[tuple[str, UUID]] | Keep = KEEP,
    ) -> Challenge:
        """Change what was recorded of a challenge; what it said and who raised it lock with its meeting."""
        row = self._row(challenge_id)
        if not isinstance(you_said, Keep):
            if not you_said.strip():
                raise InputError("write what young people said, in their own words")
            row.you_said = _clean(you_said)
        if not isinstance(raised_by_kind, Keep) or not isinstance(raised_by, Keep):
            kind = row.raised_by_kind if isinstance(raised_by_kind, Keep) else raised_by_kind
            who = row.raised_by if isinstance(raised_by, Keep) else raised_by
            row.raised_by_kind, row.raised_by = self._who(kind, who)
        if not isinstance(theme, Keep):
            row.theme = _clean(theme)
        if not isinstance(officer_id, Keep):
            self._check_officer(officer_id)
            row.officer_id = officer_id
        with self._db.atomic():
            row.save()
            if not isinstance(links, Keep):
                set_links(v.ChallengeLink, v.ChallengeLink.challenge, row.id, list(links))
        return self.challenge(challenge_id)

    def take_to(self, challenge_id: UUID, item_id: UUID | None) -> Challenge:
        """Take a challenge to a Sub-Committee meeting's agenda item (None: it is no longer taken there)."""
        row = self._row(challenge_id)
        if row.status in CLOSED:
            raise InputError("this challenge is closed: reopen it first")
        if item_id is None:
            if row.response:
                raise InputError("the committee has responded there: the response stays with that meeting")
            row.agenda_item = None
            row.status = "raised"
        else:
            item = m.AgendaItem.get_or_none((m.AgendaItem.id == item_id) & m.AgendaItem.deleted_at.is_null())
            if item is None:
                raise NotFoundError("that agenda item is not in this database")
            meeting = item.meeting
            if meeting.deleted_at is not None or meeting.body.kind != "sub_committee":
                raise InputError("a challenge is taken to an item of a Sub-Committee meeting")
            if meeting.status == "cancelled":
                raise InputError("that meeting is cancelled")
            ensure_unlocked(meeting)
            if meeting.date < row.raised_at.date:
                raise InputError(
                    f"that meeting ({long_date(date.fromisoformat(meeting.date))}) is before the young "
                    f"people's meeting that raised the challenge"
                )
            if row.response and row.agenda_item_id != item.id:
                raise InputError("the committee has responded already: the response stays with that meeting")
            row.agenda_item = item
            if row.status == "raised":
                row.status = "taken"
        with self._db.atomic():
            row.save()
        return self.challenge(challenge_id)

    def record_response(self, challenge_id: UUID, response: str, *, on_date: date | None = None) -> Challenge:
        """The committee's response ("We will"), as agreed at the meeting it was taken to."""
        row = self._row(challenge_id)
        if row.agenda_item is None:
            raise InputError(
                "take the challenge to a Sub-Committee meeting first: the response is agreed there"
            )
        if row.status in CLOSED:
            raise InputError("this challenge is closed: reopen it first")
        meeting = row.agenda_item.meeting
        ensure_unlocked(meeting)
        held = date.fromisoformat(meeting.date)
        on_date = on_date or held
        if on_date < held:
            raise InputError("the response cannot be dated before the meeting that agreed it")
        response = _clean(response)
        row.response = response
        row.response_on = on_date.isoformat() if response else None
        row.status = "response_agreed" if response else "taken"
        with self._db.atomic():
            row.save()
        return self.challenge(challenge_id)

    def add_step(self, challenge_id: UUID, text: str, *, on_date: date | None = None) -> Challenge:
        """A dated line of what was done ("We did")."""
        row = self._row(challenge_id)
        if not text.strip():
            raise InputError("write what was done")
        on_date = on_date or self._today()
        if on_date.isoformat() < row.raised_at.date:
            raise InputError("what was done cannot be dated before the challenge was raised")
        with self._db.atomic():
            v.ChallengeStep.create(challenge=row, on_date=on_date.isoformat(), text=_clean(text))
            row.save()  # its updated_at says when it last moved
        return self.challenge(challenge_id)

    def edit_step(self, step_id: UUID, text: str, *, on_date: date | None = None) -> Challenge:
        step = v.ChallengeStep.get_or_none(v.ChallengeStep.id == step_id)
        if step is None:
            raise NotFoundError("that line of what was done is not in this database")
        if not text.strip():
            raise InputError("write what was done")
        if on_date is not None:
            if on_date.isoformat() < step.challenge.raised_at.date:
                raise InputError("what was done cannot be dated before the challenge was raised")
            step.on_date = on_date.isoformat()
        step.text = _clean(text)
        with self._db.atomic():
            step.save()
        return self.challenge(step.challenge_id)

    def link_action(self, challenge_id: UUID, action_id: UUID) -> Challenge:
        row = self._row(challenge_id)
        if m.Action.get_or_none((m.Action.id == action_id) & m.Action.deleted_at.is_null()) is None:
            raise NotFoundError("that action is not in this database")
        with self._db.atomic():
            v.ChallengeAction.insert(challenge=row, action=action_id).on_conflict_ignore().execute()
        return self.challenge(challenge_id)

    def unlink_action(self, challenge_id: UUID, action_id: UUID) -> Challenge:
        self._row(challenge_id)
        with self._db.atomic():
            v.ChallengeAction.delete().where(
                (v.ChallengeAction.challenge == challenge_id) & (v.ChallengeAction.action == action_id)
            ).execute()
        return self.challenge(challenge_id)

    def record_told(self, challenge_id: UUID, on_date: date | None, how: str = "") -> Challenge:
        """When and how young people were told what came of their challenge (None: not yet told)."""
        row = self._row(challenge_id)
        if on_date is None:
            if row.status in CLOSED:
                raise InputError("a closed challenge must say when young people were told: reopen it first")
            row.told_on, row.told_how = None, ""
        else:
            if not how.strip():
                raise InputError("say how young people were told (at their meeting, by letter, ...)")
            if on_date.isoformat() < row.raised_at.date:
                raise InputError("young people cannot have been told before they raised the challenge")
            if on_date > self._today():
                raise InputError("young people cannot have been told on a day still to come")
            row.told_on, row.told_how = on_date.isoformat(), _clean(how)
        with self._db.atomic():
            row.save()
        return self.challenge(challenge_id)

    def close(
        self, challenge_id: UUID, outcome: str, *, reason: str = "", on_date: date | None = None
    ) -> Challenge:
        """Close a challenge as done, or as not possible with the reason in plain words (Promise 3).

        Only once young people have been told: the loop is not closed until they know.
        """
        row = self._row(challenge_id)
        if outcome not in CLOSED:
            raise InputError("a challenge is closed as done or as not possible")
        if row.told_on is None:
            raise InputError("young people have not been told yet: record when and how they were told first")
        if outcome == "not_possible" and not reason.strip():
            raise InputError("say in plain words why it is not possible, as Promise 3 promises")
        did_something = (
            v.ChallengeStep.select().where(v.ChallengeStep.challenge == row.id).exists()
            or v.ChallengeAction.select().where(v.ChallengeAction.challenge == row.id).exists()
        )
        if outcome == "done" and not did_something:
            raise InputError("say what was done (We did) before closing it as done")
        on_date = on_date or self._today()
        if on_date.isoformat() < row.raised_at.date:
            raise InputError("a challenge cannot be closed before it was raised")
        row.status = outcome
        row.reason = _clean(reason) if outcome == "not_possible" else ""
        row.closed_on = on_date.isoformat()
        told = long_date(date.fromisoformat(row.told_on))
        with self._db.atomic():
            row.save()
            record(
                "challenge",
                row.id,
                f"Closed as {'done' if outcome == 'done' else 'not possible'} on {long_date(on_date)}: "
                f"young people told on {told}",
            )
        return self.challenge(challenge_id)

    def reopen(self, challenge_id: UUID) -> Challenge:
        row = self._row(challenge_id)
        if row.status not in CLOSED:
            return self.challenge(challenge_id)
        row.status = "response_agreed" if row.response else ("taken" if row.agenda_item_id else "raised")
        row.closed_on = None
        row.reason = ""
        with self._db.atomic():
            row.save()
            record("challenge", row.id, "Reopened")
        return self.challenge(challenge_id)

    def bin(self, challenge_id: UUID) -> None:
        row = self._row(challenge_id)
        row.deleted_at = utc_now()
        with self._db.atomic():
            row.save()
            record("challenge", row.id, BINNED)

    def restore(self, challenge_id: UUID) -> None:
        row = self._row(challenge_id, binned=True)
        row.deleted_at = None
        with self._db.atomic():
            row.save()
            record("challenge", row.id, RESTORED)

    # --- the sheet for young people ---

    @for_others
    def sheet(self, council: str, since: date | None = None) -> Sheet:
        """What "You said, we did" prints: each challenge raised since the date (all if None) that the
        committee has answered or closed, in young people's words and the committee's, nothing else."""
        blocks = []
        for c in self.challenges():
            if since is not None and c.raised_on < since:
                continue
            if c.status in ("raised", "taken"):
                continue  # nothing to tell yet
            if c.status == "done":
                outcome, said_back = "done", c.we_did or c.response
            elif c.status == "not_possible":
                outcome, said_back = "not_possible", c.reason
            else:
                outcome, said_back = "in_progress", c.response
            blocks.append(SheetBlock(c.theme, c.you_said, outcome, said_back, c.raised_on, c.closed_on))
        return Sheet(council=council, since=since, made_on=self._today(), blocks=tuple(blocks))

    # --- inside ---

    def _row(self, challenge_id: UUID, *, binned: bool | None = False) -> v.Challenge:
        query = v.Challenge.select().where(v.Challenge.id == challenge_id)
        if binned is not None:
            query = query.where(
                v.Challenge.deleted_at.is_null(False) if binned else v.Challenge.deleted_at.is_null()
            )
        row: v.Challenge | None = query.first()
        if row is None:
            raise NotFoundError("that challenge is not in this database")
        return row

    @staticmethod
    def _who(kind: str, who: str) -> tuple[str, str]:
        if kind not in RAISED_BY_KINDS:
            raise InputError("a challenge is raised by a group, a young person, or anonymously")
        who = who.strip()
        if kind == "anonymous":
            return kind, ""
        if not who:
            raise InputError(
                "name the group" if kind == "group" else "give the young person's first name or initials"
            )
        if kind == "young_person":
            problem = young_person_name_problem(who)
            if problem:
                raise InputError(problem)
        return kind, who

    @staticmethod
    def _check_officer(officer_id: UUID | None) -> None:
        if officer_id is None:
            return
        found = m.Person.get_or_none((m.Person.id == officer_id) & m.Person.deleted_at.is_null())
        if found is None or found.kind != "officer":
            raise InputError("the officer responsible is one of the officers on the people list")

    @staticmethod
    def _next_reference(raised: date) -> str:
        prefix = f"YP{raised.year % 100:02d}-"
        taken = [
            r.reference
            for r in v.Challenge.select(v.Challenge.reference).where(v.Challenge.reference.startswith(prefix))
        ]
        number = (
            max((int(ref[len(prefix) :]) for ref in taken if ref[len(prefix) :].isdigit()), default=0) + 1
        )
        return f"{prefix}{number:03d}"

    @staticmethod
    def _linked_to(kind: str, target_id: UUID) -> pw.SelectQuery:
        """Challenges that concern a target; a priority also counts those about its commitments."""
        if kind not in LINK_KINDS:
            raise InputError(
                f"a challenge can concern a priority, a commitment, a Promise or a Pledge area, not {kind!r}"
            )
        condition = getattr(v.ChallengeLink, kind) == target_id
        if kind == "priority":
            commitments = s.Commitment.select(s.Commitment.id).where(s.Commitment.priority == target_id)
            condition |= v.ChallengeLink.commitment.in_(commitments)
        return v.ChallengeLink.select(v.ChallengeLink.challenge).where(condition)

    def _committee_dates(self) -> list[str]:
        query = (
            m.Meeting.select(m.Meeting.date)
            .join(m.Body)
            .where(
                (m.Body.kind == "sub_committee")
                & (m.Meeting.status != "cancelled")
                & m.Meeting.deleted_at.is_null()
            )
            .order_by(m.Meeting.date)
        )
        return [r.date for r in query]

    def _build(self, rows: list[v.Challenge], binned: bool) -> list[Challenge]:
        if not rows:
            return []
        ids = [r.id for r in rows]
        today = self._today()
        items = {
            i.id: i
            for i in m.AgendaItem.select(m.AgendaItem, m.Meeting)
            .join(m.Meeting)
            .where(m.AgendaItem.id.in_([r.agenda_item_id for r in rows if r.agenda_item_id]))
        }
        numbers = _item_numbers({i.meeting_id for i in items.values()})
        officers = {
            p.id: p.name
            for p in m.Person.select(m.Person.id, m.Person.name).where(
                m.Person.id.in_([r.officer_id for r in rows if r.officer_id])
            )
        }
        steps: dict[UUID, list[Step]] = {}
        for st in (
            v.ChallengeStep.select()
            .where(v.ChallengeStep.challenge.in_(ids))
            .order_by(v.ChallengeStep.on_date, v.ChallengeStep.created_at)
        ):
            steps.setdefault(st.challenge_id, []).append(Step(st.id, date.fromisoformat(st.on_date), st.text))
        actions: dict[UUID, list[LinkedAction]] = {}
        from cpdesk.domain.actions import STATUSES as ACTION_STATUSES

        for link in (
            v.ChallengeAction.select(v.ChallengeAction, m.Action)
            .join(m.Action)
            .where(v.ChallengeAction.challenge.in_(ids) & m.Action.deleted_at.is_null())
            .order_by(m.Action.reference)
        ):
            a = link.action
            actions.setdefault(link.challenge_id, []).append(
                LinkedAction(a.id, a.reference, a.description, ACTION_STATUSES[a.status])
            )
        links = links_of(v.ChallengeLink, v.ChallengeLink.challenge, ids)
        committee = self._committee_dates()
        found = []
        for r in rows:
            raised_on = date.fromisoformat(r.raised_at.date)
            item = items.get(r.agenda_item_id) if r.agenda_item_id else None
            closed_on = _day(r.closed_on)
            overdue, overdue_since = "", None
            if not r.response and r.status not in CLOSED:
                following = bisect.bisect_left(committee, r.raised_at.date)
                if following < len(committee) and committee[following] < today.isoformat():
                    overdue_since = date.fromisoformat(committee[following])
                    overdue = f"Overdue: no response by the Sub-Committee of {long_date(overdue_since)}"
            found.append(
                Challenge(
                    id=r.id,
                    reference=r.reference,
                    raised_at_id=r.raised_at_id,
                    raised_on=raised_on,
                    raised_by_kind=r.raised_by_kind,
                    raised_by=r.raised_by,
                    you_said=r.you_said,
                    theme=r.theme,
                    agenda_item_id=r.agenda_item_id,
                    taken_to_meeting_id=item.meeting_id if item else None,
                    taken_on=date.fromisoformat(item.meeting.date) if item else None,
                    taken_item=f"Item {numbers.get(item.id, '?')}: {item.title}" if item else "",
                    officer_id=r.officer_id,
                    officer=officers.get(r.officer_id, "") if r.officer_id else "",
                    response=r.response,
                    response_on=_day(r.response_on),
                    status=r.status,
                    reason=r.reason,
                    closed_on=closed_on,
                    told_on=_day(r.told_on),
                    told_how=r.told_how,
                    steps=tuple(steps.get(r.id, ())),
                    actions=tuple(actions.get(r.id, ())),
                    links=tuple(links.get(r.id, ())),
                    overdue=overdue,
                    age_days=((closed_on or today) - raised_on).days,
                    binned=binned,
                    overdue_since=overdue_since,
                )
            )
        return found


def _item_numbers(meeting_ids: set[UUID]) -> dict[UUID, int]:
    """Agenda items' numbers, by their position among the items not in the bin."""
    numbers: dict[UUID, int] = {}
    if not meeting_ids:
        return numbers
    counters: dict[UUID, int] = {}
    for item in (
        m.AgendaItem.select(m.AgendaItem.id, m.AgendaItem.meeting)
        .where(m.AgendaItem.meeting.in_(list(meeting_ids)) & m.AgendaItem.deleted_at.is_null())
        .order_by(m.AgendaItem.meeting, m.AgendaItem.position)
    ):
        counters[item.meeting_id] = counters.get(item.meeting_id, 0) + 1
        numbers[item.id] = counters[item.meeting_id]
    return numbers
