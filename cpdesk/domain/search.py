"""One search over everything: the strategy, agendas, reports, linked documents' titles, papers' words,
minutes, actions, challenges, indicators and the user's own notes, answered from the SQLite FTS5 index the
database keeps up to date."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any
from uuid import UUID

import peewee as pw

from cpdesk.domain.agenda import link_label
from cpdesk.domain.notes import NotesService
from cpdesk.store import meetings as m
from cpdesk.store import strategy as s
from cpdesk.store import voice as v
from cpdesk.store.indicators import Indicator
from cpdesk.store.reading import Annotation, PaperPage

KINDS = {  # the groups results are shown in, in this order
    "strategy": "Strategy",
    "agenda": "Agendas and reports",
    "paper": "Papers",
    "minutes": "Minutes and decisions",
    "action": "Actions and questions",
    "challenge": "Young people's challenges",
    "indicator": "Indicators",
    "note": "My notes",
}
GROUP_OF = {
    "narrative": "strategy",
    "priority": "strategy",
    "you_said": "strategy",
    "commitment": "strategy",
    "success_measure": "strategy",
    "promise": "strategy",
    "pledge_area": "strategy",
    "annual_report": "strategy",
    "agenda_item": "agenda",
    "report": "agenda",
    "linked_document": "agenda",
    "paper_page": "paper",
    "minute": "minutes",
    "decision": "minutes",
    "action": "action",
    "action_update": "action",
    "challenge": "challenge",
    "challenge_step": "challenge",
    "indicator": "indicator",
    "note": "note",
}
MARK = ("\x02", "\x03")  # around matching words in a snippet; views show them as they choose
LIMIT = 200
BROAD = 2000  # more matches than this are ranked among the newest only (see SearchService._newest)
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Opens:
    """What a result opens: an area of cpdesk and the record in it (a paper at its page)."""

    area: str  # strategy, meeting, paper, action, challenge, indicator, note
    record_id: UUID | str  # a strategy part's section key is a string
    meeting_id: UUID | None = None
    item_id: UUID | None = None
    page: int | None = None


@dataclass(frozen=True)
class Hit:
    group: str  # a key of KINDS
    kind: str  # the record's own kind (e.g. paper_page)
    title: str  # what the record is, in words
    snippet: str  # the matching words in their sentence, each match between MARK[0] and MARK[1]
    opens: Opens

    @property
    def group_label(self) -> str:
        return KINDS[self.group]

    def plain_snippet(self, before: str = "", after: str = "") -> str:
        return self.snippet.replace(MARK[0], before).replace(MARK[1], after)


def fts_query(text: str) -> str:
    """The user's words as an FTS5 query: every word must be there, the last one as a prefix, so a
    search finds as the user types; nothing the user types is read as FTS syntax."""
    words = _WORD.findall(text)
    if not words:
        return ""
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


class SearchService:
    def __init__(self, db: pw.Database, notes: NotesService) -> None:
        self._db = db
        self._notes = notes

    def search(self, text: str, limit: int = LIMIT) -> list[Hit]:
        """The records matching every word, best first within each group, groups in KINDS order."""
        query = fts_query(text)
        if not query:
            return []
        wanted = limit * 2  # room for those the filters below leave out
        rows = self._db.execute_sql(
            "SELECT e.kind, e.record_id, snippet(search_text, -1, ?1, ?2, '…', 12), search_text.title "
            "FROM search_text JOIN search_entry AS e ON e.rowid = search_text.rowid "
            f"WHERE search_text MATCH ?3 {self._newest(query, wanted)} ORDER BY rank LIMIT ?4",
            (MARK[0], MARK[1], query, wanted),
        ).fetchall()
        by_kind: dict[str, list[tuple[str, str, str]]] = {}
        for kind, record_id, snippet, title in rows:
            by_kind.setdefault(kind, []).append((record_id, snippet, title))
        resolved: dict[tuple[str, str], tuple[str, Opens]] = {}
        for kind, found in by_kind.items():
            ids = [record_id for record_id, _, _ in found]
            for record_id, what in _RESOLVERS[kind](self, ids).items():
                resolved[(kind, record_id)] = what
        hits = []
        for kind, record_id, snippet, title in rows:
            shown = resolved.get((kind, record_id))
            if shown is None:
                continue  # in the bin, another strategy version, or someone else's note
            label, opens = shown
            if not snippet.strip() and title:
                snippet = title
            hits.append(Hit(GROUP_OF[kind], kind, label, " ".join(snippet.split()), opens))
        order = list(KINDS)
        hits.sort(key=lambda h: order.index(h.group))  # stable: best first within each group
        return hits[:limit]

    def _newest(self, query: str, wanted: int) -> str:
        """Nothing when few records match; else a condition keeping the newest `wanted` of them.

        Ranking costs a few microseconds a match, so a word in most records (a first letter typed, "report"
        on twenty years of agendas) took longer than the 50 ms a search as-you-type may take. Those are
        ranked among the newest matches instead; the row ids grow as records are written, and reading
        them newest first costs next to nothing."""
        probe = "SELECT count(*) FROM (SELECT 1 FROM search_text WHERE search_text MATCH ? LIMIT ?)"
        (count,) = self._db.execute_sql(probe, (query, BROAD + 1)).fetchone()
        if count <= BROAD:
            return ""
        (lowest,) = self._db.execute_sql(
            "SELECT min(r) FROM (SELECT rowid AS r FROM search_text WHERE search_text MATCH ? "
            "ORDER BY rowid DESC LIMIT ?)",
            (query, wanted),
        ).fetchone()
        return f"AND search_text.rowid >= {int(lowest)}"

    # --- what each kind of record is, and what it opens (None for one not to show) ---
    # Each reads only the columns it shows, in one query a kind: whole rows cost their dates' parsing.

    def _strategy(self, model: Any, kind: str, ids: list[str]) -> dict[str, tuple[str, Opens]]:
        current = s.Strategy.select(s.Strategy.id).where(s.Strategy.is_current == True)  # noqa: E712
        wanted = _among(ids)
        found = {}
        if issubclass(model, s.PriorityPart):
            query = (
                model.select(model.id, model.position, s.Priority.number)
                .join(s.Priority)
                .where(model.id.in_(wanted) & s.Priority.strategy.in_(current))
                .tuples()
            )
            what = {"you_said": "you said", "success_measure": "success"}
            for record_id, position, number in query:
                label = (
                    f"Priority {number}, commitment {position + 1}"
                    if kind == "commitment"
                    else f"Priority {number}, {what[kind]}"
                )
                found[record_id.hex] = (label, Opens("strategy", f"priority:{number}"))
            return found
        fields = [model.id] + [
            getattr(model, f) for f in ("number", "title", "key") if f in model._meta.fields
        ]
        for row in model.select(*fields).where(model.id.in_(wanted) & model.strategy.in_(current)):
            if kind in ("priority", "promise", "pledge_area"):
                label = link_label(kind, row)
            elif kind == "narrative":
                label = row.title
            else:
                label = f"Annual report: {row.title}"
            if kind == "priority":
                section = f"priority:{row.number}"
            else:  # the strategy reader's sections (views/strategy/text.py)
                other = "forewords" if kind == "narrative" and row.key.startswith("foreword") else "overview"
                section = {"promise": "promises", "pledge_area": "pledge", "annual_report": "reports"}.get(
                    kind, other
                )
            found[row.id.hex] = (label, Opens("strategy", section))
        return found

    @staticmethod
    def _items(ids: Iterable[UUID | str]) -> dict[UUID, m.AgendaItem]:
        return {
            i.id: i
            for i in m.AgendaItem.select(m.AgendaItem.id, m.AgendaItem.title, m.Meeting.id, m.Meeting.date)
            .join(m.Meeting)
            .where(
                m.AgendaItem.id.in_(_among(ids))
                & m.AgendaItem.deleted_at.is_null()
                & m.Meeting.deleted_at.is_null()
            )
        }

    def _item_kind(self, model: Any, ids: list[str], label: Callable[[Any, Any], str]) -> dict[str, Any]:
        fields = [model.id, model.agenda_item] + ([model.title] if "title" in model._meta.fields else [])
        query = model.select(*fields).where(model.id.in_(_among(ids)))
        if "deleted_at" in model._meta.fields:
            query = query.where(model.deleted_at.is_null())
        rows = list(query)
        items = self._items(r.agenda_item_id for r in rows)
        found = {}
        for row in rows:
            item = items.get(row.agenda_item_id)
            if item is None:
                continue
            opens = Opens("meeting", item.meeting_id, item.meeting_id, item.id)
            found[row.id.hex] = (label(row, item), opens)
        return found

    def _agenda_items(self, ids: list[str]) -> dict[str, Any]:
        items = self._items(ids)
        return {
            i.id.hex: (
                f"{_day(i.meeting)}: item “{i.title}”",
                Opens("meeting", i.meeting_id, i.meeting_id, i.id),
            )
            for i in items.values()
        }

    def _paper_pages(self, ids: list[str]) -> dict[str, Any]:
        rows = list(
            PaperPage.select(PaperPage.id, PaperPage.page, m.Paper.id, m.Paper.title, m.Paper.agenda_item)
            .join(m.Paper)
            .where(PaperPage.id.in_(_among(ids)) & m.Paper.deleted_at.is_null())
        )
        items = self._items(r.paper.agenda_item_id for r in rows)
        found = {}
        for row in rows:
            item = items.get(row.paper.agenda_item_id)
            if item is None:
                continue
            found[row.id.hex] = (
                f"{_day(item.meeting)}: “{row.paper.title}”, page {row.page}",
                Opens("paper", row.paper_id, item.meeting_id, item.id, row.page),
            )
        return found

    def _actions(self, ids: list[str], updates: bool = False) -> dict[str, Any]:
        if updates:
            rows = list(
                m.ActionUpdate.select(m.ActionUpdate.id, m.ActionUpdate.action).where(
                    m.ActionUpdate.id.in_(_among(ids))
                )
            )
            owners = {r.id: r.action_id for r in rows}
        else:
            owners = {UUID(i): UUID(i) for i in ids}
        actions = {
            a.id: a
            for a in m.Action.select(m.Action.id, m.Action.reference, m.Action.description, m.Action.meeting)
            .join(m.Meeting)
            .where(
                m.Action.id.in_(_among(set(owners.values())))
                & m.Action.deleted_at.is_null()
                & m.Meeting.deleted_at.is_null()
            )
        }
        found = {}
        for record_id, action_id in owners.items():
            action = actions.get(action_id)
            if action is not None:
                what = "update on " if updates else ""
                found[record_id.hex] = (
                    f"{what}{action.reference}: {action.description}",
                    Opens("action", action.id, action.meeting_id),
                )
        return found

    def _challenges(self, ids: list[str], steps: bool = False) -> dict[str, Any]:
        if steps:
            rows = list(
                v.ChallengeStep.select(v.ChallengeStep.id, v.ChallengeStep.challenge).where(
                    v.ChallengeStep.id.in_(_among(ids))
                )
            )
            owners = {r.id: r.challenge_id for r in rows}
        else:
            owners = {UUID(i): UUID(i) for i in ids}
        challenges = {
            c.id: c
            for c in v.Challenge.select(v.Challenge.id, v.Challenge.reference, v.Challenge.you_said)
            .join(m.Meeting)
            .where(
                v.Challenge.id.in_(_among(set(owners.values())))
                & v.Challenge.deleted_at.is_null()
                & m.Meeting.deleted_at.is_null()
            )
        }
        found = {}
        for record_id, challenge_id in owners.items():
            c = challenges.get(challenge_id)
            if c is not None:
                found[record_id.hex] = (f"{c.reference}: {c.you_said}", Opens("challenge", c.id))
        return found

    def _indicators(self, ids: list[str]) -> dict[str, Any]:
        wanted = _among(ids)
        query = Indicator.select(Indicator.id, Indicator.name).where(
            Indicator.id.in_(wanted) & Indicator.deleted_at.is_null()
        )
        return {r.id.hex: (r.name, Opens("indicator", r.id)) for r in query}

    def _my_notes(self, ids: list[str]) -> dict[str, Any]:
        me = self._notes.current_user()
        if me is None:
            return {}
        query = Annotation.select().where(
            Annotation.id.in_(_among(ids)) & (Annotation.user == me.id) & Annotation.deleted_at.is_null()
        )
        found = {}
        for row in query:
            note = self._notes.note(row.id)
            page = f", page {note.page}" if note.page else ""
            kind = "Question" if note.is_question else "Note"
            found[row.id.hex] = (
                f"{kind} on {note.where.label}{page}",
                Opens("note", row.id, note.where.meeting_id, note.where.item_id, note.page),
            )
        return found


def _among(ids: Iterable[UUID | str]) -> pw.SQL:
    """The ids as one parameter (a JSON list) for `field.in_(...)`: a few hundred ids as as many
    parameters cost more to build into the query than the query takes to run."""
    listed = [i.hex if isinstance(i, UUID) else i for i in ids]
    return pw.SQL("(SELECT value FROM json_each(?))", (json.dumps(listed),))


def _day(meeting: m.Meeting) -> str:
    from datetime import date

    from cpdesk.domain.dates import long_date

    return long_date(date.fromisoformat(meeting.date))


_RESOLVERS: dict[str, Callable[[SearchService, list[str]], dict[str, tuple[str, Opens]]]] = {
    "narrative": lambda self, ids: self._strategy(s.Narrative, "narrative", ids),
    "priority": lambda self, ids: self._strategy(s.Priority, "priority", ids),
    "you_said": lambda self, ids: self._strategy(s.YouSaid, "you_said", ids),
    "commitment": lambda self, ids: self._strategy(s.Commitment, "commitment", ids),
    "success_measure": lambda self, ids: self._strategy(s.SuccessMeasure, "success_measure", ids),
    "promise": lambda self, ids: self._strategy(s.Promise, "promise", ids),
    "pledge_area": lambda self, ids: self._strategy(s.PledgeArea, "pledge_area", ids),
    "annual_report": lambda self, ids: self._strategy(s.AnnualReport, "annual_report", ids),
    "agenda_item": lambda self, ids: self._agenda_items(ids),
    "report": lambda self, ids: self._item_kind(
        m.OfficerReport, ids, lambda r, i: f"{_day(i.meeting)}: report “{r.title}”"
    ),
    "linked_document": lambda self, ids: self._item_kind(
        m.LinkedDocument, ids, lambda r, i: f"{_day(i.meeting)}: linked document “{r.title}”"
    ),
    "paper_page": lambda self, ids: self._paper_pages(ids),
    "minute": lambda self, ids: self._item_kind(
        m.Minute, ids, lambda r, i: f"{_day(i.meeting)}: minutes of “{i.title}”"
    ),
    "decision": lambda self, ids: self._item_kind(
        m.Decision, ids, lambda r, i: f"{_day(i.meeting)}: decision under “{i.title}”"
    ),
    "action": lambda self, ids: self._actions(ids),
    "action_update": lambda self, ids: self._actions(ids, updates=True),
    "challenge": lambda self, ids: self._challenges(ids),
    "challenge_step": lambda self, ids: self._challenges(ids, steps=True),
    "indicator": lambda self, ids: self._indicators(ids),
    "note": lambda self, ids: self._my_notes(ids),
}
