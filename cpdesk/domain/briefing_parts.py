"""The briefing pack's later sections: young people's challenges, priorities, reports, work programme.

`BriefingService.build` (cpdesk/domain/briefing.py) calls these with the desk's services, never the
desk, and puts the Sections they return in print order. Each reads only through domain services, runs
sealed off from private notes (everything here is for others), says in a sentence when it has nothing
to show, and gives the same Sections for the same data.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from uuid import UUID

from cpdesk.domain.actions import ActionRow, ActionService
from cpdesk.domain.agenda import REPORT_FIELDS, AgendaItem, AgendaService, OfficerReport, link_label
from cpdesk.domain.challenges import Challenge, ChallengeService
from cpdesk.domain.chart_words import chart_summary
from cpdesk.domain.dates import MONTHS, long_date, municipal_year_label, municipal_year_start
from cpdesk.domain.indicators import Area, Indicator, IndicatorService, Value, format_value, indicator_rag
from cpdesk.domain.meetings import Meeting
from cpdesk.domain.pack_model import SECTIONS, Block, Bullets, Chart, Fields, Paper, Para, Section, Table
from cpdesk.domain.privacy import young_person_name_problem
from cpdesk.domain.strategy import StrategyService
from cpdesk.domain.workprogramme import WorkProgrammeService
from cpdesk.store.sealed import for_others

# A front sheet's fields as a member reads them, recommendations first; contact details are one line.
REPORT_LABELS: dict[str, str] = {
    "recommendations": "Recommendations",
    "title": "Report title",
    "report_from": "Report from",
    "key_decision": "Key decision",
    "forward_plan_ref": "Forward plan reference",
    "executive_summary": "Summary",
    "voting_arrangements": "Voting arrangements",
    "finance": "Financial implications",
    "legal": "Legal implications",
    "risk": "Risk implications",
    "equality": "Equality implications",
    "climate": "Climate and environment implications",
}
CONTACT_FIELDS = ("contact_name", "contact_post", "contact_email")
AWAITING = frozenset({"raised", "taken"})  # no response agreed yet, and not closed
NO_FIGURE = "No figure"  # a period a series has nothing for: not published, which is not zero either


def _days(count: int) -> str:
    return "1 day" if count == 1 else f"{count} days"


def _item_label(item: AgendaItem) -> str:
    return f"Item {item.number}. {item.title}"


# --- young people's challenges ---


def raised_by(challenge: Challenge) -> str:
    """Who raised a challenge, as cpdesk names young people: a group, a first name or initials, or nobody.

    A young person's name that is more than a first name or initials (recorded before cpdesk checked)
    is never printed: the pack says "A young person".
    """
    if challenge.raised_by_kind == "anonymous" or not challenge.raised_by.strip():
        return "Anonymous"
    if challenge.raised_by_kind == "young_person":
        if young_person_name_problem(challenge.raised_by):
            return "A young person"
        return f"{challenge.raised_by} (a young person)"
    return challenge.raised_by


def _status(challenge: Challenge) -> str:
    words = challenge.status_label
    if challenge.status == "not_possible" and challenge.reason:
        words += f", because {challenge.reason}"
    if challenge.overdue_since is not None:
        words += f". No response by the Sub-Committee of {long_date(challenge.overdue_since)}"
    return words


def challenge_fields(challenge: Challenge) -> Fields:
    """One challenge as a member reads it: who, their words, the response, what was done, and telling."""
    c = challenge
    rows: list[tuple[str, str]] = [
        ("Challenge", f"{c.reference}, {c.theme}" if c.theme else c.reference),
        ("Raised", f"{long_date(c.raised_on)}, at the young people's meeting"),
        ("Raised by", raised_by(c)),
        ("You said", c.you_said),
    ]
    if c.taken_on is not None:
        rows.append(("Taken to", f"The Sub-Committee of {long_date(c.taken_on)}, {c.taken_item}"))
    if c.response:
        agreed = f" (agreed {long_date(c.response_on)})" if c.response_on else ""
        rows.append(("Response", c.response + agreed))
    else:
        rows.append(("Response", "No response yet"))
    if c.steps:
        rows.append(("We did", "; ".join(f"{long_date(s.on_date)}: {s.text}" for s in c.steps)))
    if c.actions:
        rows.append(("Actions", "; ".join(f"{a.reference}: {a.description} ({a.status})" for a in c.actions)))
    rows.append(("Status", _status(c)))
    told = f"{long_date(c.told_on)}, {c.told_how}" if c.told_on else "Not yet told"
    rows.append(("Young people told", told))
    return Fields(tuple(rows))


def _young_people_meeting_before(challenges: ChallengeService, meeting: Meeting) -> tuple[UUID, date] | None:
    # young_people_meetings() is newest first; one on the same day is held before the Sub-Committee's.
    return next((found for found in challenges.young_people_meetings() if found[1] <= meeting.day), None)


@for_others
def challenges_section(challenges: ChallengeService, meeting: Meeting) -> Section:
    """The challenges taken to this meeting and those raised at the young people's meeting before it."""
    found = {c.id: c for c in challenges.challenges(meeting_id=meeting.id)}
    before = _young_people_meeting_before(challenges, meeting)
    if before is not None:
        found.update((c.id, c) for c in challenges.challenges(meeting_id=before[0]))
    chosen = sorted(found.values(), key=lambda c: (c.raised_on, c.reference))
    if not chosen:
        words = "No challenges from young people were taken to this meeting or raised since."
        return Section("challenges", SECTIONS["challenges"], (Para(words),))
    taken = sum(c.taken_to_meeting_id == meeting.id for c in chosen)
    which = "The challenges taken to this meeting"
    if before is not None:
        which += f" and those raised at the young people's meeting of {long_date(before[1])}"
    count = f"{taken} of {len(chosen)} {'is' if taken == 1 else 'are'} taken to this meeting"
    intro = Para(f"{which}, oldest first, in young people's own words and ours: {count}.")
    return Section("challenges", SECTIONS["challenges"], (intro, *map(challenge_fields, chosen)))


@for_others
def awaiting_section(challenges: ChallengeService, meeting: Meeting) -> Section:
    """Every challenge raised by the meeting's day and awaiting a response, oldest first (chair's edition)."""
    waiting = [
        c
        for c in challenges.challenges()
        if c.status in AWAITING and not c.response and c.raised_on <= meeting.day
    ]
    waiting.sort(key=lambda c: (c.raised_on, c.reference))
    if not waiting:
        return Section("awaiting", SECTIONS["awaiting"], (Para("No challenges are awaiting a response."),))
    overdue = sum(c.overdue_since is not None for c in waiting)
    summary = (
        f"{len(waiting)} {'challenge is' if len(waiting) == 1 else 'challenges are'} awaiting a response"
    )
    summary += f", {overdue} of them overdue." if overdue else "."
    rows = tuple(
        (
            c.reference,
            long_date(c.raised_on),
            raised_by(c),
            c.you_said,
            f"{long_date(c.taken_on)}, {c.taken_item}"
            if c.taken_on
            else "Not yet taken to the Sub-Committee",
            _days(c.age_days),
            f"No response by the Sub-Committee of {long_date(c.overdue_since)}" if c.overdue_since else "",
        )
        for c in waiting
    )
    table = Table(
        "Challenges awaiting a response, oldest first",
        ("Challenge", "Raised", "Raised by", "You said", "Taken to", "Waiting", "Overdue"),
        rows,
        (1.0, 1.2, 1.2, 3.0, 1.8, 0.9, 1.6),
    )
    return Section("awaiting", SECTIONS["awaiting"], (Para(summary), table))


# --- the strategy's priorities on this agenda ---


def values_table(indicator: Indicator, series: Sequence[tuple[str, str, Sequence[Value]]]) -> Table:
    """Every period and every series' figure in it: suppressed figures by their code in words, never 0."""
    periods: dict[str, tuple[date, str]] = {}
    for _kind, _name, values in series:
        for one in values:
            periods[one.period] = (one.period_end, one.period)
    order = sorted(periods, key=lambda p: periods[p])
    by_series = [{v.period: v for v in values} for _kind, _name, values in series]
    rows = []
    for period in order:
        cells = [period]
        for found in by_series:
            value = found.get(period)
            cells.append(
                NO_FIGURE if value is None else format_value(indicator.unit, value.value, value.suppressed)
            )
        rows.append(tuple(cells))
    headers = ("Period", *(name for _kind, name, _values in series))
    return Table(f"{indicator.name}: the figures", headers, tuple(rows), (1.2,) + (1.0,) * len(series))


def _series_name(kind: str, name: str) -> str:
    return f"{name} (statistical neighbour)" if kind == "neighbour" else name


def indicator_blocks(
    indicator: Indicator, found: Sequence[tuple[str, Area, Sequence[Value]]]
) -> tuple[Block, ...]:
    """An indicator's RAG in words, then its chart (with its values as a table and in a sentence);
    `found` is its series (IndicatorService.series)."""
    series = [(kind, area, tuple(values)) for kind, area, values in found]
    council = series[0][2] if series else ()
    latest = council[-1] if council else None
    if latest is None:
        said = f"{indicator.name}: no figures yet."
    else:
        rag = indicator_rag(indicator.unit, indicator.polarity, indicator.target, latest.value)
        figure = format_value(indicator.unit, latest.value, latest.suppressed)
        if rag in ("Green", "Amber", "Red") and indicator.target is not None:
            target = format_value(indicator.unit, indicator.target)
            said = f"{indicator.name}: {rag}. {figure} in {latest.period}, against a target of {target}."
        elif latest.value is None:
            said = f"{indicator.name}: the latest figure, for {latest.period}, is {figure}."
        else:
            said = f"{indicator.name}: {figure} in {latest.period}; no target is set."
    named = [(kind, _series_name(kind, area.name), values) for kind, area, values in series]
    chart = Chart(
        indicator=indicator,
        series=tuple(series),
        summary=chart_summary(indicator, series),
        values=values_table(indicator, named),
    )
    return Para(said), chart


def _action_table(actions: Sequence[ActionRow]) -> Table:
    return Table(
        "Open actions linked to this priority",
        ("Action", "What", "Owner", "Due", "RAG"),
        tuple(
            (
                a.reference,
                a.description,
                a.owner or "No owner yet",
                long_date(a.due) if a.due else "No due date",
                a.rag,
            )
            for a in actions
        ),
        (1.0, 3.4, 1.6, 1.3, 0.8),
    )


def _challenge_line(c: Challenge) -> str:
    return f"{c.reference}, raised {long_date(c.raised_on)}: “{c.you_said}” ({c.status_label})"


@for_others
def priorities_section(
    strategy: StrategyService,
    agenda: AgendaService,
    actions: ActionService,
    indicators: IndicatorService,
    challenges: ChallengeService,
    items: Sequence[AgendaItem],
) -> Section:
    """For each priority of the current strategy the agenda touches (directly or through one of its
    commitments), its commitments, open actions, indicators with charts, and open challenges.

    A Promise or a Pledge area belongs to no priority, so an item linked only to one touches none.
    """
    targets = [t for t in agenda.link_targets() if t.kind == "priority"]
    owner = {t.target_id: t.target_id for t in targets}
    owner.update({c.target_id: t.target_id for t in targets for c in t.children})
    touched: dict[UUID, list[AgendaItem]] = {}
    for item in items:
        for link in item.links:
            priority = owner.get(link.target_id) if link.kind in ("priority", "commitment") else None
            if priority is not None and item not in touched.setdefault(priority, []):
                touched[priority].append(item)
    chosen = [t for t in targets if t.target_id in touched]  # in the strategy's order
    if not chosen:
        words = "No item on this agenda is linked to a priority of the strategy."
        return Section("priorities", SECTIONS["priorities"], (Para(words),))
    numbers = {link_label("priority", p): p.number for p in strategy.content().priorities}
    log = actions.log()
    every_indicator = indicators.indicators()
    numbered = {numbers.get(t.label) for t in chosen}
    charted = indicators.series_of([i.id for i in every_indicator if numbered & set(i.priorities)])
    children = []
    for target in chosen:
        number = numbers.get(target.label)
        blocks: list[Block] = [
            Para("On this agenda: " + "; ".join(_item_label(i) for i in touched[target.target_id]) + ".")
        ]
        if target.children:
            blocks += [Para("We will aim to:"), Bullets(tuple(c.text for c in target.children))]
        linked = [a for a in log if number in a.priorities]
        still_open = [a for a in linked if a.is_open]
        if still_open:
            blocks.append(_action_table(still_open))
        else:
            blocks.append(Para("No open actions are linked to this priority."))
        if len(linked) > len(still_open):
            done = len(linked) - len(still_open)
            blocks.append(
                Para(
                    f"{done} more linked {'action is' if done == 1 else 'actions are'} done or closed.", True
                )
            )
        evidence = [i for i in every_indicator if number in i.priorities]
        if evidence:
            for indicator in evidence:
                blocks.extend(indicator_blocks(indicator, charted[indicator.id]))
        else:
            blocks.append(Para("No indicators are linked to this priority."))
        voice = [c for c in challenges.challenges(link=("priority", target.target_id)) if not c.closed]
        if voice:
            blocks += [
                Para("Young people's challenges still open:"),
                Bullets(tuple(map(_challenge_line, voice))),
            ]
        else:
            blocks.append(Para("No young people's challenges linked to this priority are open."))
        children.append(Section(f"priority:{target.target_id}", target.label, tuple(blocks)))
    intro = Para(
        f"This agenda touches {len(chosen)} of the strategy's {len(targets)} priorities."
        if len(chosen) > 1
        else f"This agenda touches 1 of the strategy's {len(targets)} priorities."
    )
    return Section("priorities", SECTIONS["priorities"], (intro,), tuple(children))


# --- reports and papers ---


def front_sheet(report: OfficerReport) -> Fields:
    """Every filled field of a report's front sheet with a plain label, the recommendations first."""
    rows: list[tuple[str, str]] = []
    for name, label in REPORT_LABELS.items():
        value = getattr(report, name)
        if isinstance(value, bool):
            rows.append((label, "Yes" if value else "No"))
        elif value.strip():
            rows.append((label, value.strip()))
    contact = [getattr(report, name).strip() for name in CONTACT_FIELDS if getattr(report, name).strip()]
    if contact:
        rows.append(("Contact", ", ".join(contact)))
    missing = set(REPORT_FIELDS) - set(REPORT_LABELS) - set(CONTACT_FIELDS)
    assert not missing, f"front sheet fields with no label: {sorted(missing)}"
    return Fields(tuple(rows))


@for_others
def reports_section(agenda: AgendaService, items: Sequence[AgendaItem]) -> Section:
    """Each agenda item's front sheet and then its papers, merged whole, in agenda order."""
    children = []
    for item in items:
        if not item.has_report and not item.paper_count:
            continue
        blocks: list[Block] = []
        report = agenda.report(item.id) if item.has_report else None
        if report is not None:
            blocks.append(front_sheet(report))
        for paper in agenda.papers(item.id):
            data = agenda.paper_data(paper.id)
            texts = agenda.page_texts(paper.id)  # kept when it was attached: not read from the PDF again
            blocks.append(Paper.of(paper.id, paper.title, paper.file_name, paper.page_count, data, texts))
        if blocks:
            children.append(Section(f"report:{item.id}", _item_label(item), tuple(blocks), new_page=True))
    if not children:
        return Section(
            "reports", SECTIONS["reports"], (Para("No item on this agenda has a report or papers."),)
        )
    return Section("reports", SECTIONS["reports"], (), tuple(children))


# --- the work programme ---


@for_others
def work_programme_section(work_programme: WorkProgrammeService, meeting: Meeting) -> Section:
    """The municipal year's annual reports: the month each is due, and where it stands."""
    start = municipal_year_start(meeting.day)
    year = sorted(work_programme.year(start), key=lambda r: (r.due, r.report_title))
    if not year:
        words = f"The work programme has no reports for {municipal_year_label(start)}."
        return Section("work_programme", SECTIONS["work_programme"], (Para(words),))
    rows = []
    for r in year:
        state = r.state_label
        if r.meeting_id == meeting.id:
            state += ": on this agenda"
        elif r.meeting_day is not None:
            state += f": the meeting of {long_date(r.meeting_day)}"
        rows.append((f"{MONTHS[r.due.month - 1]} {r.due.year}", r.report_title, state))
    table = Table(
        f"The work programme for {municipal_year_label(start)}",
        ("Month due", "Report", "Where it stands"),
        tuple(rows),
        (1.2, 3.5, 2.3),
    )
    return Section("work_programme", SECTIONS["work_programme"], (table,))
