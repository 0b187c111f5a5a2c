"""Minutes: discussion and decisions per agenda item, approved at a later meeting and then locked."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from uuid import UUID

import peewee as pw

from cpdesk.domain.agenda import AgendaService
from cpdesk.domain.audit import record
from cpdesk.domain.dates import long_date
from cpdesk.domain.meetings import ensure_unlocked, meeting_row, set_binned
from cpdesk.errors import InputError, NotFoundError
from cpdesk.store import meetings as m
from cpdesk.store.base import tuples


@dataclass(frozen=True)
class Decision:
    id: UUID
    number: int
    text: str
    votes_for: int | None
    votes_against: int | None
    abstentions: int | None

    @property
    def vote(self) -> str:
        """The vote in words, or empty where there was none."""
        if self.votes_for is None and self.votes_against is None and self.abstentions is None:
            return ""
        votes = (self.votes_for or 0, self.votes_against or 0, self.abstentions or 0)
        return "For {}, against {}, abstentions {}".format(*votes)


@dataclass(frozen=True)
class Amendment:
    id: UUID
    agenda_item_id: UUID | None
    field: str
    original: str
    corrected: str
    reason: str
    made_on: date


@dataclass(frozen=True)
class ItemMinutes:
    agenda_item_id: UUID
    number: int
    title: str
    discussion: str
    decisions: tuple[Decision, ...]
    amendments: tuple[Amendment, ...]
    draft: str | None = None  # words typed and kept, not yet saved into the minutes


class MinutesService:
    """The record of a meeting: draft until approved under 'minutes of the last meeting', then locked."""

    def __init__(self, db: pw.Database, agenda: AgendaService, today: Callable[[], date]) -> None:
        self._db = db
        self._agenda = agenda
        self._today = today

    def minutes(self, meeting_id: UUID) -> list[ItemMinutes]:
        items = self._agenda.items(meeting_id)
        ids = [i.id for i in items]
        discussion: dict[UUID, str] = dict(
            tuples(
                m.Minute.select(m.Minute.agenda_item, m.Minute.discussion).where(
                    m.Minute.agenda_item.in_(ids)
                )
            )
        )
        decisions: dict[UUID, list[Decision]] = {}
        for r in (
            m.Decision.select()
            .where(m.Decision.agenda_item.in_(ids) & m.Decision.deleted_at.is_null())
            .order_by(m.Decision.position)
        ):
            found = decisions.setdefault(r.agenda_item_id, [])
            found.append(Decision(r.id, len(found) + 1, r.text, r.votes_for, r.votes_against, r.abstentions))
        drafts: dict[UUID, str] = dict(
            tuples(
                m.MinuteDraft.select(m.MinuteDraft.agenda_item, m.MinuteDraft.discussion).where(
                    m.MinuteDraft.agenda_item.in_(ids)
                )
            )
        )
        amendments: dict[UUID | None, list[Amendment]] = {}
        for a in (
            m.Amendment.select().where(m.Amendment.meeting == meeting_id).order_by(m.Amendment.created_at)
        ):
            amendments.setdefault(a.agenda_item_id, []).append(
                Amendment(
                    a.id,
                    a.agenda_item_id,
                    a.field,
                    a.original,
                    a.corrected,
                    a.reason,
                    date.fromisoformat(a.made_on),
                )
            )
        return [
            ItemMinutes(
                i.id,
                i.number,
                i.title,
                discussion.get(i.id, ""),
                tuple(decisions.get(i.id, ())),
                tuple(amendments.get(i.id, ())),
                drafts.get(i.id),
            )
            for i in items
        ]

    def set_discussion(self, item_id: UUID, text: str) -> None:
        item = self._item(item_id)
        ensure_unlocked(item.meeting)
        with self._db.atomic():
            row = m.Minute.get_or_none(m.Minute.agenda_item == item_id)
            if row is None:
                m.Minute.create(agenda_item=item_id, discussion=text.strip())
            else:
                row.discussion = text.strip()
                row.save()
            m.MinuteDraft.delete().where(m.MinuteDraft.agenda_item == item_id).execute()

    # --- drafts: what is typed is kept as it is typed, until it is saved or discarded ---

    def save_draft(self, item_id: UUID, text: str) -> None:
        """Keep the words typed for an item's discussion; words the same as the minutes need no draft."""
        item = self._item(item_id)
        ensure_unlocked(item.meeting)
        saved = m.Minute.get_or_none(m.Minute.agenda_item == item_id)
        with self._db.atomic():
            if text.strip() == (saved.discussion if saved else ""):
                m.MinuteDraft.delete().where(m.MinuteDraft.agenda_item == item_id).execute()
                return
            row = m.MinuteDraft.get_or_none(m.MinuteDraft.agenda_item == item_id)
            if row is None:
                m.MinuteDraft.create(agenda_item=item_id, discussion=text)
            elif row.discussion != text:
                row.discussion = text
                row.save()

    def draft(self, item_id: UUID) -> str | None:
        """The words kept for an item and not yet saved into its minutes, or None."""
        row = m.MinuteDraft.get_or_none(m.MinuteDraft.agenda_item == item_id)
        return None if row is None else str(row.discussion)

    def discard_draft(self, item_id: UUID) -> None:
        """Throw away the words kept for an item: its minutes stay as last saved."""
        ensure_unlocked(self._item(item_id).meeting)
        m.MinuteDraft.delete().where(m.MinuteDraft.agenda_item == item_id).execute()

    def add_decision(
        self,
        item_id: UUID,
        text: str,
        votes_for: int | None = None,
        votes_against: int | None = None,
        abstentions: int | None = None,
    ) -> UUID:
        if not text.strip():
            raise InputError("write what was decided")
        for count in (votes_for, votes_against, abstentions):
            if count is not None and count < 0:
                raise InputError("a vote count cannot be negative")
        item = self._item(item_id)
        ensure_unlocked(item.meeting)
        position = m.Decision.select().where(m.Decision.agenda_item == item_id).count()
        row = m.Decision.create(
            agenda_item=item_id,
            position=position,
            text=text.strip(),
            votes_for=votes_for,
            votes_against=votes_against,
            abstentions=abstentions,
        )
        return UUID(str(row.id))

    def update_decision(
        self,
        decision_id: UUID,
        text: str,
        votes_for: int | None = None,
        votes_against: int | None = None,
        abstentions: int | None = None,
    ) -> None:
        row = m.Decision.get_or_none(m.Decision.id == decision_id)
        if row is None:
            raise NotFoundError("that decision is not in this database")
        ensure_unlocked(row.agenda_item.meeting)
        if not text.strip():
            raise InputError("write what was decided")
        row.text, row.votes_for, row.votes_against, row.abstentions = (
            text.strip(),
            votes_for,
            votes_against,
            abstentions,
        )
        row.save()

    def remove_decision(self, decision_id: UUID) -> None:
        set_binned(m.Decision, decision_id, "decision", binned=True)

    def removed_decisions(self, item_id: UUID) -> list[Decision]:
        """Decisions taken out of an item's minutes, which can be put back."""
        query = (
            m.Decision.select()
            .where((m.Decision.agenda_item == item_id) & m.Decision.deleted_at.is_null(False))
            .order_by(m.Decision.position)
        )
        return [
            Decision(r.id, n, r.text, r.votes_for, r.votes_against, r.abstentions)
            for n, r in enumerate(query, start=1)
        ]

    def restore_decision(self, decision_id: UUID) -> None:
        set_binned(m.Decision, decision_id, "decision", binned=False)

    def approve(self, meeting_id: UUID, at_meeting_id: UUID) -> None:
        """Approve a held meeting's minutes at a later meeting of the same body, under its minutes item."""
        meeting, at = meeting_row(meeting_id), meeting_row(at_meeting_id)
        if meeting.status == "minutes_approved":
            raise InputError("these minutes are already approved")
        if meeting.status != "held":
            raise InputError("only the minutes of a meeting that has been held can be approved")
        if at.body_id != meeting.body_id:
            raise InputError("minutes are approved at a meeting of the same body")
        if at.date <= meeting.date:
            raise InputError("minutes are approved at a later meeting")
        if at.status == "cancelled":
            raise InputError("minutes cannot be approved at a cancelled meeting")
        if date.fromisoformat(at.date) > self._today():
            raise InputError(
                f"the meeting of {long_date(date.fromisoformat(at.date))} has not happened yet; "
                "minutes are approved at the meeting itself"
            )
        has_item = (
            m.AgendaItem.select()
            .where(
                (m.AgendaItem.meeting == at)
                & (m.AgendaItem.standing_kind == "minutes")
                & m.AgendaItem.deleted_at.is_null()
            )
            .exists()
        )
        if not has_item:
            raise InputError(
                f"the agenda of {long_date(date.fromisoformat(at.date))} has no item "
                "'Minutes of the last meeting' to approve them under"
            )
        kept = {
            r[0]
            for r in tuples(
                m.MinuteDraft.select(m.MinuteDraft.agenda_item)
                .join(m.AgendaItem)
                .where((m.AgendaItem.meeting == meeting) & m.AgendaItem.deleted_at.is_null())
            )
        }
        drafted = [str(item.number) for item in self._agenda.items(meeting.id) if item.id in kept]
        if drafted:
            raise InputError(
                f"item {', '.join(drafted)} has words typed and not yet saved: save or discard "
                "the draft before the minutes are approved"
                if len(drafted) == 1
                else f"items {', '.join(drafted)} have words typed and not yet saved: save or discard "
                "the drafts before the minutes are approved"
            )
        meeting.status = "minutes_approved"
        meeting.minutes_approved_at = at
        with self._db.atomic():
            meeting.save()
            record(
                "meeting",
                meeting.id,
                f"Minutes approved at the meeting of {long_date(date.fromisoformat(at.date))}",
            )

    def amend(self, item_id: UUID, field: str, corrected: str, reason: str) -> Amendment:
        """Correct approved minutes: the original stays, the correction is recorded beside it."""
        item = self._item(item_id)
        if item.meeting.status != "minutes_approved":
            raise InputError("these minutes are not approved yet: edit them directly")
        if not corrected.strip() or not reason.strip():
            raise InputError("an amendment needs the corrected text and the reason for it")
        if field == "discussion":
            original = m.Minute.get_or_none(m.Minute.agenda_item == item_id)
            original_text = original.discussion if original else ""
        elif field.startswith("decision "):
            decisions = list(
                m.Decision.select()
                .where((m.Decision.agenda_item == item_id) & m.Decision.deleted_at.is_null())
                .order_by(m.Decision.position)
            )
            index = int(field.split()[1]) - 1 if field.split()[1].isdigit() else -1
            if not 0 <= index < len(decisions):
                raise InputError(f"this item has no {field}")
            original_text = decisions[index].text
        else:
            raise InputError("an amendment corrects the discussion or a decision (e.g. 'decision 2')")
        row = m.Amendment.create(
            meeting=item.meeting,
            agenda_item=item_id,
            field=field,
            original=original_text,
            corrected=corrected.strip(),
            reason=reason.strip(),
            made_on=self._today().isoformat(),
        )
        return Amendment(row.id, item_id, field, original_text, row.corrected, row.reason, self._today())

    @staticmethod
    def _item(item_id: UUID) -> m.AgendaItem:
        row = m.AgendaItem.get_or_none((m.AgendaItem.id == item_id) & m.AgendaItem.deleted_at.is_null())
        if row is None:
            raise NotFoundError("that agenda item is not in this database")
        return row
