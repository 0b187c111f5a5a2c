"""The briefing pack's content: a meeting's agenda, what changed since the last one, minutes, actions, notes.

`BriefingService.build` gathers everything a pack shows for one meeting into a `Pack` (plain data,
see pack_model), which `cpdesk.packs` lays out as a PDF and as HTML. The committee and chair editions
are built sealed off from private notes; only the member's edition reads notes, and only the current
user's. The same data always gives the same Pack: every list is in a fixed order.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING
from uuid import UUID

from cpdesk.domain.actions import DONE, ActionRow
from cpdesk.domain.actions import STATUSES as ACTION_STATUSES
from cpdesk.domain.agenda import AgendaItem
from cpdesk.domain.briefing_parts import (
    awaiting_section,
    challenges_section,
    priorities_section,
    reports_section,
    work_programme_section,
)
from cpdesk.domain.dates import long_date
from cpdesk.domain.indicators import format_value, indicator_rag
from cpdesk.domain.meetings import Meeting
from cpdesk.domain.pack_model import (
    EDITIONS,
    SECTIONS,
    Block,
    Bullets,
    Cancel,
    Cancelled,
    Cover,
    Fields,
    Note,
    Pack,
    Para,
    Progress,
    Section,
    Table,
    never_cancelled,
    no_progress,
    sections_for,
)
from cpdesk.domain.people import MEMBER_ROLES
from cpdesk.errors import InputError
from cpdesk.store import indicators as i
from cpdesk.store import meetings as m
from cpdesk.store.base import tuples
from cpdesk.store.sealed import for_others

if TYPE_CHECKING:
    from cpdesk.domain.desk import Desk

APART = ("cover", "contents")  # switched on and off as the Pack's flags, not built as sections
MEMBERS_BODIES = frozenset({"sub_committee", "parent_committee"})  # their membership is the members list
ROLE_ORDER = {role: n for n, role in enumerate(MEMBER_ROLES)}


def chosen_sections(edition: str, sections: Collection[str] | None) -> tuple[str, ...]:
    """The sections asked for, in print order; ValueError naming any the edition does not have."""
    offered = sections_for(edition)
    if sections is None:
        return offered
    for key in sorted(set(sections)):
        if key not in offered:
            where = (
                f"is not in the {EDITIONS[edition][0].lower()}{EDITIONS[edition][1:]}"
                if key in SECTIONS
                else "is not a section of a briefing pack"
            )
            raise ValueError(f"The section {key!r} {where}: choose from {', '.join(offered)}.")
    return tuple(key for key in offered if key in sections)


def _plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"


def _count_words(count: int, one: str, many: str | None = None) -> str:
    """'No actions', '1 action', '3 actions'."""
    return f"No {many or one + 's'}" if count == 0 else _plural(count, one, many)


def _day(day: date | None, none: str = "No due date") -> str:
    return long_date(day) if day is not None else none


def _due(day: date | None) -> str:
    return f"due by {long_date(day)}" if day is not None else "no due date"


RAG_COLOURS = {"Red", "Amber", "Green"}


def _rag_words(row: ActionRow) -> str:
    """The RAG as a word, with the rule that gave it: colour is never the only signal."""
    return f"{row.rag}: {row.rag_reason}" if row.rag_reason else row.rag


@dataclass
class _Build:
    """What the sections of one pack share, read once."""

    meeting: Meeting
    items: list[AgendaItem]
    previous: Meeting | None  # the last meeting of the same body that was not cancelled
    end: date  # "since the last meeting" runs to this day: this meeting's day or today, the earlier
    log: list[ActionRow]  # the meeting's action log (and questions): carried forward from earlier meetings
    notes: list[_Placed] | None = None  # the member's edition: the user's notes on this meeting, placed
    used: set[UUID] = field(default_factory=set)  # notes already printed beside something


@dataclass(frozen=True)
class _Placed:
    """One of the member's notes, with where in the pack it goes and how the pack names its place."""

    note_id: UUID
    place: tuple[str, UUID | None]  # ("meeting", None), ("item", item id) or ("action", action id)
    order: tuple[object, ...]
    block: Note


class BriefingService:
    """Builds the briefing pack for a meeting, in the committee's, a member's or the chair's edition."""

    def __init__(self, desk: Desk) -> None:
        self._desk = desk

    def build(
        self,
        meeting_id: UUID,
        edition: str = "committee",
        sections: Collection[str] | None = None,
        *,
        progress: Progress = no_progress,
        cancelled: Cancel = never_cancelled,
    ) -> Pack:
        """The pack for a meeting: every section of the edition, or only those named (in print order).

        The member's edition is the current user's own copy, with their notes beside what they concern;
        the other editions are built sealed off from every note.
        """
        chosen = chosen_sections(edition, sections)
        if edition != "member":
            return self._build_for_others(meeting_id, edition, chosen, progress, cancelled)
        user = self._desk.notes.current_user()
        if user is None:
            raise InputError(
                "a member's edition is one person's copy, with their own notes: say who is using cpdesk "
                "first (File, Who is using cpdesk), or choose the committee edition"
            )
        return self._build(meeting_id, edition, chosen, user.name, progress, cancelled)

    @for_others
    def _build_for_others(
        self, meeting_id: UUID, edition: str, chosen: tuple[str, ...], progress: Progress, cancelled: Cancel
    ) -> Pack:
        return self._build(meeting_id, edition, chosen, "", progress, cancelled)

    def _build(
        self,
        meeting_id: UUID,
        edition: str,
        chosen: tuple[str, ...],
        made_for: str,
        progress: Progress,
        cancelled: Cancel,
    ) -> Pack:
        desk = self._desk
        steps = [key for key in chosen if key not in APART]
        total = len(steps) + 1

        def step(done: int, what: str) -> None:
            if cancelled():
                raise Cancelled()
            progress(done, total, what)

        step(0, "Reading the meeting")
        meeting = desk.meetings.meeting(meeting_id)
        earlier = [
            mt
            for mt in desk.meetings.meetings(meeting.body_id)
            if mt.status != "cancelled" and mt.day < meeting.day
        ]
        build = _Build(
            meeting,
            desk.agenda.items(meeting_id),
            earlier[-1] if earlier else None,
            min(meeting.day, desk.today()),
            desk.actions.carried_forward(meeting_id),
        )
        if edition == "member":
            build.notes = self._placed_notes(build)
        cover = self._cover(build, edition, made_for)
        built = []
        for done, key in enumerate(steps, start=1):
            step(done, f"Writing {SECTIONS[key].lower()}")
            built.append(self._section(key, build))
        if cancelled():
            raise Cancelled()
        progress(total, total, "The pack is ready")
        return Pack(
            meeting_id=meeting.id,
            cover=cover,
            sections=tuple(built),
            made_on=desk.today(),
            show_cover="cover" in chosen,
            contents="contents" in chosen,
        )

    def _section(self, key: str, build: _Build) -> Section:
        desk = self._desk
        makers: dict[str, Callable[[_Build], Section]] = {
            "agenda": self._agenda,
            "since": self._since,
            "minutes": self._minutes,
            "actions": self._actions,
            "tracker": self._tracker,
            "questions": self._questions,
            "challenges": lambda b: challenges_section(desk.challenges, b.meeting),
            "awaiting": lambda b: awaiting_section(desk.challenges, b.meeting),
            "priorities": lambda b: priorities_section(
                desk.strategy, desk.agenda, desk.actions, desk.indicators, desk.challenges, b.items
            ),
            "reports": lambda b: reports_section(desk.agenda, b.items),
            "work_programme": lambda b: work_programme_section(desk.work_programme, b.meeting),
            "my_notes": self._my_notes,
        }
        return makers[key](build)

    # --- the cover ---

    def _cover(self, build: _Build, edition: str, made_for: str) -> Cover:
        meeting = build.meeting
        current = self._desk.strategy.current()
        council = current.header.council if current is not None else self._desk.indicators.council().name
        return Cover(
            council=council,
            body=meeting.body,
            day=meeting.day,
            time=meeting.time or "Time to be confirmed",
            venue=meeting.venue or "Venue to be confirmed",
            membership=self._membership(meeting),
            edition=edition,
            made_for=made_for,
        )

    def _membership(self, meeting: Meeting) -> tuple[str, ...]:
        """Who sits on the body, with their roles: the members for a committee; for another body, the
        people recorded at its latest meeting with an attendance record, up to this one."""
        if meeting.body_kind in MEMBERS_BODIES:
            members = sorted(
                self._desk.people.people("member"), key=lambda p: (ROLE_ORDER.get(p.role, 99), p.name, p.id)
            )
            return tuple(p.label for p in members)
        for earlier in reversed(self._desk.meetings.meetings(meeting.body_id)):
            if earlier.day > meeting.day:
                continue
            seen = self._desk.meetings.attendance(earlier.id)
            if seen:
                return tuple(sorted(f"{a.name} ({a.description})" for a in seen))
        return ()

    # --- the agenda ---

    def _agenda(self, build: _Build) -> Section:
        blocks: list[Block] = list(self._notes_at(build, ("meeting", None)))
        if not build.items:
            blocks.insert(0, Para("The agenda has no items yet."))
        children = tuple(self._agenda_item(build, item) for item in build.items)
        return Section("agenda", SECTIONS["agenda"], tuple(blocks), children, new_page=True)

    def _agenda_item(self, build: _Build, item: AgendaItem) -> Section:
        rows: list[tuple[str, str]] = [("Type", item.type_label)]
        if item.presenter or item.item_type != "standing":
            rows.append(("Presented by", item.presenter or "Not named yet"))
        if item.annual_report:
            rows.append(("Annual report", item.annual_report))
        report = self._desk.agenda.report(item.id) if item.has_report else None
        rows.append(("Report", f"Yes: {report.title}" if report is not None else "No report"))
        rows.append(
            ("Papers", f"{_plural(item.paper_count, 'paper')} attached" if item.paper_count else "No papers")
        )
        documents = self._desk.agenda.linked_documents(item.id)
        if documents:
            rows.append(("Linked documents", f"{len(documents)} in the committee system, listed below"))
        if item.links:
            rows.append(("Concerns", "; ".join(link.label for link in item.links)))
        elif item.item_type != "standing":
            rows.append(("Concerns", "Not linked to the strategy"))
        blocks: list[Block] = [Fields(tuple(rows))]
        if documents:  # their addresses in plain text: a printed pack still says where to find them
            blocks.append(Bullets(tuple(f"{d.label}: {d.url}" for d in documents)))
        if item.description:
            blocks.append(Para(item.description))
        blocks.extend(self._notes_at(build, ("item", item.id)))
        return Section(f"item:{item.id}", f"Item {item.number}. {item.title}", tuple(blocks))

    # --- since the last meeting ---

    def _since(self, build: _Build) -> Section:
        key, title = "since", SECTIONS["since"]
        previous, end, body = build.previous, build.end, build.meeting.body
        if previous is None:
            said = f"This is the first meeting of the {body} in cpdesk, so there is nothing to compare with."
            return Section(key, title, (Para(said),), new_page=True)
        start = previous.day
        if end < start:
            said = (
                f"The last meeting, on {long_date(start)}, has not happened yet: what changes after it is "
                "told in a pack made after that day."
            )
            return Section(key, title, (Para(said),), new_page=True)
        today = " (today)" if end == self._desk.today() else ""
        intro = Para(
            f"What changed from the day of the last meeting of the {body}, {long_date(start)}, to "
            f"{long_date(end)}{today}, both days included."
        )
        rows = [
            r
            for r in self._desk.actions.log(
                where=(m.Meeting.body == build.meeting.body_id) & (m.Meeting.date <= end.isoformat())
            )
            if r.meeting_id != build.meeting.id
        ]
        closed: dict[UUID, date] = {
            action_id: date.fromisoformat(day)
            for action_id, day in tuples(
                m.Action.select(m.Action.id, m.Action.closed_on).where(
                    m.Action.id.in_([r.id for r in rows]) & m.Action.closed_on.is_null(False)
                )
            )
        }
        children = (
            self._since_actions(start, end, [r for r in rows if r.kind == "action"], closed),
            self._since_questions(start, end, [r for r in rows if r.kind == "question"], closed),
            self._since_indicators(start, end),
            self._since_challenges(start, end),
        )
        return Section(key, title, (intro,), children, new_page=True)

    @staticmethod
    def _listed(lead: str, empty: str, lines: Sequence[str]) -> list[Block]:
        """A sentence with the count, then the list; or a sentence saying there were none."""
        return [Para(f"{lead.format(n=len(lines))}:"), Bullets(tuple(lines))] if lines else [Para(empty)]

    def _since_actions(
        self, start: date, end: date, rows: list[ActionRow], closed: dict[UUID, date]
    ) -> Section:
        def done_in(r: ActionRow) -> bool:
            return r.id in closed and start <= closed[r.id] <= end

        def line(r: ActionRow, tail: str) -> str:
            owner = f"; {r.owner}" if r.owner else ""
            return f"{r.reference}: {r.description} ({tail}{owner})"

        completed = [
            line(r, f"completed on {long_date(closed[r.id])}")
            for r in rows
            if r.status == "completed" and done_in(r)
        ]
        ended = [
            line(r, f"{ACTION_STATUSES[r.status].lower()} on {long_date(closed[r.id])}")
            for r in rows
            if r.status in DONE and r.status != "completed" and done_in(r)
        ]
        new = [
            line(
                r,
                f"raised on {long_date(r.raised_on)}, {_due(r.due)}",
            )
            for r in rows
            if start <= r.raised_on <= end
        ]
        open_rows = [r for r in rows if r.status not in DONE and r.due is not None]
        overdue = [line(r, f"due by {long_date(r.due)}") for r in open_rows if r.due and start <= r.due < end]
        already = [r for r in open_rows if r.due and r.due < start]
        blocks = self._listed("{n} completed", "No actions were completed.", completed)
        if ended:
            blocks += self._listed("{n} closed without being completed", "", ended)
        blocks += self._listed("{n} new", "No new actions were raised.", new)
        blocks += self._listed(
            "{n} now overdue (due since the last meeting and still open)",
            "No action has become overdue.",
            overdue,
        )
        if already:
            blocks.append(
                Para(
                    f"{_plural(len(already), 'other action was', 'other actions were')} overdue already "
                    f"at the last meeting and {'is' if len(already) == 1 else 'are'} still open: "
                    f"{', '.join(r.reference for r in already)}."
                )
            )
        return Section("since:actions", "Actions", tuple(blocks))

    def _since_questions(
        self, start: date, end: date, rows: list[ActionRow], closed: dict[UUID, date]
    ) -> Section:
        answered = [
            f"{r.reference}: {r.description} Answer: {r.answer or 'recorded as done'} "
            f"(on {long_date(closed[r.id])})"
            for r in rows
            if r.status == "completed" and r.id in closed and start <= closed[r.id] <= end
        ]
        waiting = [
            f"{r.reference}: {r.description} (asked on {long_date(r.raised_on)})"
            for r in rows
            if r.status not in DONE
        ]
        blocks = self._listed("{n} answered", "No questions were answered.", answered)
        blocks += self._listed(
            "{n} still waiting for an answer", "No questions are waiting for an answer.", waiting
        )
        return Section("since:questions", "Members' questions", tuple(blocks))

    def _since_indicators(self, start: date, end: date) -> Section:
        """Indicators whose RAG changed: the council's latest figure as recorded before the last meeting's
        day, against its latest figure recorded by the end day, each against the target as it is now."""
        council = self._desk.indicators.council()
        recorded: dict[UUID, list[tuple[str, str, float | None, str, date]]] = {}
        query = (
            i.IndicatorValue.select(
                i.IndicatorValue.indicator,
                i.IndicatorValue.period_end,
                i.IndicatorValue.period,
                i.IndicatorValue.value,
                i.IndicatorValue.suppressed,
                i.IndicatorValue.updated_at,
            )
            .where(i.IndicatorValue.area == council.id)
            .order_by(i.IndicatorValue.period_end, i.IndicatorValue.period)
        )
        for indicator_id, period_end, period, value, suppressed, updated in tuples(query):
            recorded.setdefault(indicator_id, []).append(
                (period_end, period, value, suppressed, updated.date())
            )
        lines = []
        for indicator in sorted(self._desk.indicators.indicators(), key=lambda x: (x.name, x.id)):
            history = recorded.get(indicator.id, [])
            then = [h for h in history if h[4] < start]
            now = [h for h in history if h[4] <= end]
            rag_then = indicator_rag(
                indicator.unit, indicator.polarity, indicator.target, then[-1][2] if then else None
            )
            rag_now = indicator_rag(
                indicator.unit, indicator.polarity, indicator.target, now[-1][2] if now else None
            )
            if rag_then == rag_now or not now or not {rag_then, rag_now} & RAG_COLOURS:
                continue  # "No value" then and "No target" now is no RAG at either time: nothing changed
            latest = now[-1]
            target = (
                f", against a target of {format_value(indicator.unit, indicator.target)}"
                if indicator.target is not None
                else ""
            )
            lines.append(
                f"{indicator.name}: {rag_now} now, {rag_then} at the last meeting "
                f"({latest[1]} figure {format_value(indicator.unit, latest[2], latest[3])}{target})"
            )
        how = Para(
            "How this is decided: each indicator's RAG is worked out from the council's latest figure "
            "against its target as the target stands now; at the last meeting means the figures recorded "
            f"in cpdesk before {long_date(start)}, and a figure recorded or corrected since counts as new.",
            quiet=True,
        )
        blocks = self._listed("{n} changed RAG", "No indicator's RAG changed.", lines)
        return Section("since:indicators", "Indicators whose RAG changed", (*blocks, how))

    def _since_challenges(self, start: date, end: date) -> Section:
        everything = self._desk.challenges.challenges()
        answered = [
            f"{c.reference}: “{c.you_said}” Response: {c.response}"
            for c in everything
            if c.response_on is not None and start <= c.response_on <= end
        ]
        told = [
            f"{c.reference}: told on {long_date(c.told_on)}{f' ({c.told_how})' if c.told_how else ''}; "
            f"{c.status_label.lower()}"
            for c in everything
            if c.told_on is not None and start <= c.told_on <= end
        ]
        blocks = self._listed("{n} answered", "No young people's challenges were answered.", answered)
        blocks += self._listed(
            "Young people were told the outcome of {n}", "No young people were told an outcome.", told
        )
        return Section("since:challenges", "Young people's challenges", tuple(blocks))

    # --- the minutes of the last meeting ---

    def _minutes(self, build: _Build) -> Section:
        key, title, previous = "minutes", SECTIONS["minutes"], build.previous
        if previous is None:
            said = (
                f"There is no earlier meeting of the {build.meeting.body}, so there are no minutes to show."
            )
            return Section(key, title, (Para(said),), new_page=True)
        if previous.status == "minutes_approved":
            at = (
                f" at the meeting of {long_date(previous.minutes_approved_at)}"
                if previous.minutes_approved_at
                else ""
            )
            state = f"These minutes are already approved{at}, and locked."
        elif previous.status == "held":
            state = "These minutes are a draft, to be approved at this meeting."
        else:
            state = (
                "These minutes are a draft: the meeting is not yet marked as held "
                f"(it is {previous.status_label.lower()})."
            )
        blocks: list[Block] = [Para(f"The meeting of {long_date(previous.day)}. {state}")]
        attendance: dict[str, list[str]] = {}
        for a in self._desk.meetings.attendance(previous.id):
            who = (
                f"{a.name} ({a.description})"
                if a.status != "substitute"
                else f"{a.name} (for {a.substitute_for})"
            )
            attendance.setdefault(a.status, []).append(who)
        labels = (
            ("present", "Present"),
            ("substitute", "Substitutes"),
            ("apologies", "Apologies"),
            ("absent", "Absent"),
        )
        if attendance:
            blocks.append(
                Fields(tuple((label, ", ".join(attendance[s])) for s, label in labels if s in attendance))
            )
        children = []
        for item in self._desk.minutes.minutes(previous.id):
            parts: list[Block] = [Para(item.discussion or "Nothing was minuted under this item.")]
            if item.decisions:
                parts.append(
                    Bullets(
                        tuple(
                            f"Decision {d.number}: {d.text}" + (f" ({d.vote})" if d.vote else "")
                            for d in item.decisions
                        )
                    )
                )
            for fix in item.amendments:
                parts.append(
                    Para(
                        f"Corrected on {long_date(fix.made_on)} ({fix.field}): “{fix.original}” now reads "
                        f"“{fix.corrected}”, because {fix.reason}",
                        quiet=True,
                    )
                )
            children.append(
                Section(f"minute:{item.agenda_item_id}", f"Item {item.number}. {item.title}", tuple(parts))
            )
        if not children:
            blocks.append(Para("The last meeting's agenda had no items, so nothing was minuted."))
        return Section(key, title, tuple(blocks), tuple(children), new_page=True)

    # --- the action log, the chair's tracker and the questions ---

    def _actions(self, build: _Build) -> Section:
        rows = [r for r in build.log if r.kind == "action"]
        key, title = "actions", SECTIONS["actions"]
        if not rows:
            return Section(key, title, (Para("No actions are open."),), new_page=True)
        counts = {word: sum(r.rag == word for r in rows) for word in ("Red", "Amber", "Green")}
        said = ", ".join(f"{n} {word}" for word, n in counts.items() if n)
        blocks: list[Block] = [
            Para(f"{_plural(len(rows), 'action is', 'actions are')} on the log for this meeting: {said}."),
            Table(
                f"Actions raised at earlier meetings of the {build.meeting.body} and still open on "
                f"{long_date(build.meeting.day)}",
                ("Reference", "Action", "Owner", "Due", "Status", "RAG"),
                tuple(
                    (
                        r.reference,
                        r.description,
                        r.owner or "No owner named",
                        _day(r.due),
                        r.status_label,
                        _rag_words(r),
                    )
                    for r in rows
                ),
                (1.7, 3.0, 1.6, 1.3, 1.0, 2.0),  # "Reference" fits its column whole
            ),
        ]
        for r in rows:
            blocks.extend(self._notes_at(build, ("action", r.id)))
        return Section(key, title, tuple(blocks), new_page=True)

    def _tracker(self, build: _Build) -> Section:
        key, title, body = "tracker", SECTIONS["tracker"], build.meeting.body
        rows = self._desk.actions.log(
            where=(m.Meeting.body == build.meeting.body_id)
            & (m.Meeting.date <= build.meeting.day.isoformat())
        )
        if not rows:
            return Section(
                key, title, (Para(f"No actions have been raised at meetings of the {body}."),), new_page=True
            )
        rows.sort(key=lambda r: (r.status in DONE, r.raised_on, r.reference))
        history: dict[UUID, list[tuple[str, ...]]] = {}
        for action_id, on_date, status, text, author in tuples(
            m.ActionUpdate.select(
                m.ActionUpdate.action,
                m.ActionUpdate.on_date,
                m.ActionUpdate.status,
                m.ActionUpdate.text,
                m.ActionUpdate.author,
            )
            .where(m.ActionUpdate.action.in_([r.id for r in rows]))
            .order_by(m.ActionUpdate.on_date, m.ActionUpdate.created_at, m.ActionUpdate.id)
        ):
            history.setdefault(action_id, []).append(
                (
                    long_date(date.fromisoformat(on_date)),
                    ACTION_STATUSES.get(status, status),
                    text,
                    author or "Not recorded",
                )
            )
        still = sum(r.status not in DONE for r in rows)
        intro = Para(
            f"Every action and question raised at meetings of the {body}, the {still} still open first, "
            f"then the {len(rows) - still} done or closed."
        )
        children = []
        for r in rows:
            details: list[tuple[str, str]] = [
                ("Kind", "Question" if r.kind == "question" else "Action"),
                ("Raised", f"{long_date(r.raised_on)}{f', under {r.item}' if r.item else ''}"),
                ("Owner", r.owner or "No owner named"),
                ("Due", _day(r.due)),
                ("Status", r.status_label),
                ("RAG", _rag_words(r)),
            ]
            if r.answer:
                details.append(("Answer", r.answer))
            updates = history.get(r.id, [])
            told: Block = (
                Table(
                    f"History of {r.reference}",
                    ("Date", "Status", "Update", "By"),
                    tuple(updates),
                    (1.4, 1.2, 4.0, 1.4),
                )
                if updates
                else Para("No updates have been recorded since it was raised.")
            )
            children.append(
                Section(f"action:{r.id}", f"{r.reference}. {r.description}", (Fields(tuple(details)), told))
            )
        return Section(key, title, (intro,), tuple(children), new_page=True)

    def _questions(self, build: _Build) -> Section:
        rows = [r for r in build.log if r.kind == "question" and r.status not in DONE]
        key, title = "questions", SECTIONS["questions"]
        if not rows:
            return Section(key, title, (Para("No questions are awaiting an answer."),), new_page=True)
        blocks: list[Block] = [
            Para(f"{_plural(len(rows), 'question is', 'questions are')} awaiting an answer."),
            Table(
                "Members' questions awaiting an answer",
                ("Reference", "Question", "Asked on", "To answer", "Due", "RAG"),
                tuple(
                    (
                        r.reference,
                        r.description,
                        long_date(r.raised_on),
                        r.owner or "No one named",
                        _day(r.due),
                        _rag_words(r),
                    )
                    for r in rows
                ),
                (1.7, 3.0, 1.3, 1.6, 1.3, 2.0),
            ),
        ]
        for r in rows:
            blocks.extend(self._notes_at(build, ("action", r.id)))
        return Section(key, title, tuple(blocks), new_page=True)

    # --- the member's own notes (the member's edition only) ---

    def _placed_notes(self, build: _Build) -> list[_Placed]:
        """The current user's notes on this meeting, its items, reports, papers and the actions in its
        log, each with where it goes and the words that say where it is."""
        numbers = {item.id: item.number for item in build.items}
        references = {r.id: r.reference for r in build.log}
        found = []
        for note in self._desk.notes.preparation():
            where = note.where
            if note.target_kind == "meeting" and note.target_id == build.meeting.id:
                place: tuple[str, UUID | None] = ("meeting", None)
                anchor, order = "The meeting", (0, "")
            elif note.target_kind == "action" and note.target_id in references:
                place, anchor = ("action", note.target_id), f"Action {references[note.target_id]}"
                order = (2, references[note.target_id])
            elif where.meeting_id == build.meeting.id and where.item_id in numbers:
                assert where.item_id is not None
                number = numbers[where.item_id]
                place, order = ("item", where.item_id), (1, f"{number:04d}")
                anchor = f"Item {number}"
                if note.target_kind != "agenda_item":
                    label = where.label.split(":")[0] if note.target_kind == "challenge" else where.label
                    anchor += f", {label[0].lower()}{label[1:]}"
                if note.page is not None:
                    anchor += f", page {note.page}"
                if note.quote:
                    anchor += f": “{note.quote}”"
                if note.anchor_note:
                    anchor += f" ({note.anchor_note})"
            else:
                continue
            text = note.text + (f" (asked on {long_date(note.asked_on)})" if note.asked_on else "")
            found.append(
                _Placed(
                    note.id,
                    place,
                    (*order, note.page or 0, note.written, str(note.id)),
                    Note(text, note.is_question, anchor),
                )
            )
        return sorted(found, key=lambda p: p.order)

    def _notes_at(self, build: _Build, place: tuple[str, UUID | None]) -> list[Note]:
        """The member's notes on one thing, to print beside it (none in other editions)."""
        if build.notes is None:
            return []
        return [p.block for p in build.notes if p.place == place]

    def _my_notes(self, build: _Build) -> Section:
        notes = [p.block for p in build.notes or []]
        questions = sum(n.is_question for n in notes)
        said = (
            f"{_plural(len(notes), 'note')} on this meeting, {_count_words(questions, 'question').lower()} "
            "among them: only yours, as you wrote them."
            if notes
            else "You have no notes or questions on this meeting."
        )
        return Section("my_notes", SECTIONS["my_notes"], (Para(said), *notes), new_page=True)
