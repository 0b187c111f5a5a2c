"""Coverage: which parts of the current strategy the committee's work has reached over a period, and the gaps.

Each priority, each of its commitments ("We will aim to"), each Promise and each Pledge area is a row;
the columns are the records linked to it in the period:

- actions: actions and questions raised at a meeting held in the period;
- challenges: challenges young people raised at a meeting held in the period;
- indicators: indicators linked to a priority directly or through one of its success measures, with a
  value (for any area) whose period ends within the period. For "all time" (neither end given) every
  linked indicator counts, values or not. Indicators evidence priorities only, so the column does not
  apply to commitments, Promises or Pledge areas;
- annual reports: agenda items bringing an annual report (`annual_report` set) at a meeting held in the
  period (not cancelled).

A priority's row counts its own links and its commitments' (each record once), so a priority is a gap
only when neither it nor any of its commitments was reached; a commitment's row counts only its own.

Records in the bin, and records of meetings in the bin, never count. A period runs from `since` to
`until`, both included; no `since` means from the beginning, no `until` means up to today.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from uuid import UUID

import peewee as pw

from cpdesk.domain.agenda import AgendaService
from cpdesk.domain.dates import municipal_year_bounds, municipal_year_start
from cpdesk.domain.files import write_text_atomically
from cpdesk.errors import InputError
from cpdesk.store import indicators as i
from cpdesk.store import meetings as m
from cpdesk.store import strategy as s
from cpdesk.store import voice as v
from cpdesk.store.base import tuples
from cpdesk.store.sealed import for_others

COLUMNS = ("actions", "challenges", "indicators", "annual_reports")
COLUMN_TITLES = {
    "actions": "Actions",
    "challenges": "Challenges",
    "indicators": "Indicators",
    "annual_reports": "Annual reports",
}
KIND_TITLES = {
    "priority": "Priority",
    "commitment": "Commitment",
    "promise": "Promise",
    "pledge_area": "Pledge area",
}
GAP_WORDS = "Gap: nothing linked"
ROLL_UP_NOTE = "its own links and its commitments'; indicators also through its success measures"


@dataclass(frozen=True)
class CoverageRecord:
    """One record behind a cell: an action, a challenge, an indicator or an agenda item with a report."""

    kind: str  # action, challenge, indicator or annual_report
    id: UUID
    reference: str  # A-2025-014, C-2025-003, the indicator's name, or the meeting's date
    words: str  # what it says
    on: date | None = None  # raised, or the meeting; the latest value's period end for an indicator

    @property
    def line(self) -> str:
        return f"{self.reference}: {self.words}" if self.words else self.reference


@dataclass(frozen=True)
class CoverageRow:
    """A part of the strategy and the records that reached it in the period."""

    kind: str  # priority, commitment, promise or pledge_area
    target_id: UUID
    label: str  # "Priority 2: ...", "Priority 2, commitment 3", "Promise 7", "Pledge: Housing"
    text: str  # the strategy's own words
    depth: int = 0  # 1 for a commitment, shown under its priority
    actions: tuple[CoverageRecord, ...] = ()
    challenges: tuple[CoverageRecord, ...] = ()
    indicators: tuple[CoverageRecord, ...] = ()
    annual_reports: tuple[CoverageRecord, ...] = ()

    @property
    def indicators_apply(self) -> bool:
        """Indicators evidence priorities (and their success measures) only."""
        return self.kind == "priority"

    def records(self, column: str) -> tuple[CoverageRecord, ...]:
        if column not in COLUMNS:
            raise KeyError(column)
        found: tuple[CoverageRecord, ...] = getattr(self, column)
        return found

    def count(self, column: str) -> int:
        return len(self.records(column))

    @property
    def is_gap(self) -> bool:
        return not any(self.records(column) for column in COLUMNS)

    @property
    def includes(self) -> str:
        """What the row counts, in words (a priority rolls up its commitments)."""
        return ROLL_UP_NOTE if self.kind == "priority" else "its own links"


@dataclass(frozen=True)
class Period:
    """A period to look over, both ends included; None at either end is open (until: up to today)."""

    since: date | None
    until: date | None
    label: str = ""

    def describe(self) -> str:
        start = self.since.isoformat() if self.since else "the beginning"
        end = self.until.isoformat() if self.until else "today"
        return f"{start} to {end}"


def year_before(day: date) -> date:
    """The same day a year earlier (28 February for 29 February)."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return date(day.year - 1, 2, 28)


def parse_since(text: str) -> date:
    """A --since date, or InputError saying what was wrong."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InputError(f"--since {text!r} is not a date written as YYYY-MM-DD") from None


@dataclass
class _Cells:
    """Records found for each target id, before the rows are put together."""

    by_target: dict[UUID, dict[str, dict[UUID, CoverageRecord]]] = field(default_factory=dict)

    def add(self, target_id: UUID, column: str, record: CoverageRecord) -> None:
        self.by_target.setdefault(target_id, {}).setdefault(column, {})[record.id] = record

    def get(self, target_ids: Iterable[UUID], column: str) -> tuple[CoverageRecord, ...]:
        merged: dict[UUID, CoverageRecord] = {}
        for target_id in target_ids:
            merged.update(self.by_target.get(target_id, {}).get(column, {}))
        return tuple(sorted(merged.values(), key=_record_order))


def _record_order(record: CoverageRecord) -> tuple[date, str]:
    return (record.on or date.min, record.reference)


_LINK_COLUMNS = ("priority_id", "commitment_id", "promise_id", "pledge_area_id")


def _target_of(link: m.StrategyLink) -> UUID | None:
    for name in _LINK_COLUMNS:
        target: UUID | None = getattr(link, name)
        if target is not None:
            return target
    return None


class CoverageService:
    """The coverage matrix of the current strategy, and the work that reached no part of it."""

    def __init__(self, db: pw.Database, today: Callable[[], date]) -> None:
        self._db = db
        self._today = today

    # --- periods ---

    def periods(self) -> list[Period]:
        """The periods a clerk chooses from: this municipal year, the last 12 months, all time."""
        today = self._today()
        start, _end = municipal_year_bounds(municipal_year_start(today))
        return [
            Period(start, None, "This municipal year"),
            Period(year_before(today) + timedelta(days=1), None, "Last 12 months"),
            Period(None, None, "All time"),
        ]

    def _window(self, since: date | None, until: date | None) -> tuple[str, str]:
        end = until or self._today()
        return (since.isoformat() if since else "0000-00-00", end.isoformat())

    # --- the matrix ---

    def rows(self, since: date | None = None, until: date | None = None) -> list[CoverageRow]:
        """Every priority (then its commitments), Promise and Pledge area of the current strategy, in the
        strategy's order, with the records linked to it in the period. See the module's docstring for
        what each column counts; a priority's row includes its commitments' links."""
        low, high = self._window(since, until)
        cells = _Cells()
        self._actions(cells, low, high)
        self._challenges(cells, low, high)
        self._annual_reports(cells, low, high)
        self._indicators(cells, since is not None or until is not None, low, high)

        statements = {
            p.id: p.statement
            for p in s.Priority.select(s.Priority.id, s.Priority.statement)
            .join(s.Strategy)
            .where(s.Strategy.is_current == True)  # noqa: E712
        }
        found: list[CoverageRow] = []
        for target in AgendaService(self._db).link_targets():
            if target.kind == "priority":
                ids = [target.target_id, *(c.target_id for c in target.children)]
                text = statements.get(target.target_id) or target.text
                found.append(_row(cells, target.kind, target.target_id, target.label, text, ids))
                found += [
                    _row(cells, "commitment", c.target_id, c.label, c.text, [c.target_id], depth=1)
                    for c in target.children
                ]
            else:
                found.append(
                    _row(cells, target.kind, target.target_id, target.label, target.text, [target.target_id])
                )
        return found

    def _actions(self, cells: _Cells, low: str, high: str) -> None:
        query = (
            m.ActionLink.select(m.ActionLink, m.Action, m.Meeting)
            .join(m.Action)
            .join(m.Meeting)
            .where(
                m.Action.deleted_at.is_null()
                & m.Meeting.deleted_at.is_null()
                & m.Meeting.date.between(low, high)
            )
        )
        for link in query:
            target = _target_of(link)
            if target is not None:
                cells.add(target, "actions", _action_record(link.action))

    def _challenges(self, cells: _Cells, low: str, high: str) -> None:
        query = (
            v.ChallengeLink.select(v.ChallengeLink, v.Challenge, m.Meeting)
            .join(v.Challenge)
            .join(m.Meeting)
            .where(
                v.Challenge.deleted_at.is_null()
                & m.Meeting.deleted_at.is_null()
                & m.Meeting.date.between(low, high)
            )
        )
        for link in query:
            target = _target_of(link)
            if target is not None:
                cells.add(target, "challenges", _challenge_record(link.challenge))

    def _annual_reports(self, cells: _Cells, low: str, high: str) -> None:
        query = (
            m.AgendaItemLink.select(m.AgendaItemLink, m.AgendaItem, m.Meeting)
            .join(m.AgendaItem)
            .join(m.Meeting)
            .where(
                m.AgendaItem.deleted_at.is_null()
                & (pw.fn.trim(m.AgendaItem.annual_report) != "")
                & m.Meeting.deleted_at.is_null()
                & (m.Meeting.status != "cancelled")
                & m.Meeting.date.between(low, high)
            )
        )
        for link in query:
            target = _target_of(link)
            if target is None:
                continue
            item = link.agenda_item
            day = date.fromisoformat(item.meeting.date)
            cells.add(
                target,
                "annual_reports",
                CoverageRecord(
                    "annual_report", item.id, f"Meeting of {day.isoformat()}", item.annual_report, day
                ),
            )

    def _indicators(self, cells: _Cells, windowed: bool, low: str, high: str) -> None:
        """Indicators under the rule in the module's docstring, each filed under its priority."""
        latest: dict[UUID, str] = {}
        values = i.IndicatorValue.select(i.IndicatorValue.indicator, pw.fn.MAX(i.IndicatorValue.period_end))
        if windowed:
            values = values.where(i.IndicatorValue.period_end.between(low, high))
        for indicator_id, last in tuples(values.group_by(i.IndicatorValue.indicator)):
            latest[indicator_id] = last
        measures = {
            sm.id: sm.priority_id
            for sm in s.SuccessMeasure.select(s.SuccessMeasure.id, s.SuccessMeasure.priority)
        }
        for link in (
            i.IndicatorLink.select(i.IndicatorLink, i.Indicator)
            .join(i.Indicator)
            .where(i.Indicator.deleted_at.is_null())
        ):
            indicator = link.indicator
            if windowed and indicator.id not in latest:
                continue
            priority = link.priority_id or measures.get(link.success_measure_id)  # type: ignore[arg-type]
            if priority is None:
                continue
            last = latest.get(indicator.id)
            cells.add(
                priority,
                "indicators",
                CoverageRecord(
                    "indicator",
                    indicator.id,
                    indicator.name,
                    f"a value for the period ending {last}" if last else "no value held yet",
                    date.fromisoformat(last) if last else None,
                ),
            )

    # --- what reached nothing ---

    def unlinked(self, since: date | None = None, until: date | None = None) -> list[CoverageRecord]:
        """Actions, then challenges, raised in the period with no link to any part of the strategy."""
        low, high = self._window(since, until)
        actions = (
            m.Action.select(m.Action, m.Meeting)
            .join(m.Meeting)
            .where(
                m.Action.deleted_at.is_null()
                & m.Meeting.deleted_at.is_null()
                & m.Meeting.date.between(low, high)
                & ~pw.fn.EXISTS(m.ActionLink.select().where(m.ActionLink.action == m.Action.id))
            )
        )
        challenges = (
            v.Challenge.select(v.Challenge, m.Meeting)
            .join(m.Meeting)
            .where(
                v.Challenge.deleted_at.is_null()
                & m.Meeting.deleted_at.is_null()
                & m.Meeting.date.between(low, high)
                & ~pw.fn.EXISTS(v.ChallengeLink.select().where(v.ChallengeLink.challenge == v.Challenge.id))
            )
        )
        return sorted((_action_record(a) for a in actions), key=_record_order) + sorted(
            (_challenge_record(c) for c in challenges), key=_record_order
        )

    # --- the file ---

    @for_others
    def csv_text(self, since: date | None = None, until: date | None = None) -> str:
        """The matrix as CSV, one row per part of the strategy, then one row per unlinked record."""
        return self._csv(since, until)[0]

    def _csv(self, since: date | None, until: date | None) -> tuple[str, int]:
        rows = self.rows(since, until)
        period = Period(since, until or self._today()).describe()
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(
            [
                "kind",
                "label",
                "text",
                *COLUMNS,
                "gap",
                "counts",
                "action_references",
                "challenge_references",
                "indicator_names",
                "annual_report_meetings",
                "period",
            ]
        )
        for row in rows:
            writer.writerow(
                [
                    KIND_TITLES[row.kind],
                    row.label,
                    row.text,
                    row.count("actions"),
                    row.count("challenges"),
                    row.count("indicators") if row.indicators_apply else "n/a",
                    row.count("annual_reports"),
                    "yes" if row.is_gap else "no",
                    row.includes,
                    "; ".join(r.reference for r in row.actions),
                    "; ".join(r.reference for r in row.challenges),
                    "; ".join(r.reference for r in row.indicators),
                    "; ".join(
                        f"{r.on.isoformat() if r.on else ''} {r.words}".strip() for r in row.annual_reports
                    ),
                    period,
                ]
            )
        for record in self.unlinked(since, until):
            writer.writerow(
                [
                    f"Unlinked {record.kind}",
                    record.reference,
                    record.words,
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    period,
                ]
            )
        return out.getvalue(), len(rows)

    @for_others
    def export_csv(self, path: Path, since: date | None = None, until: date | None = None) -> int:
        """Write the matrix (see csv_text) whole or not at all; return how many parts of the strategy."""
        text, count = self._csv(since, until)
        write_text_atomically(path, text)
        return count


def _row(
    cells: _Cells, kind: str, target_id: UUID, label: str, text: str, ids: list[UUID], depth: int = 0
) -> CoverageRow:
    return CoverageRow(
        kind,
        target_id,
        label,
        text,
        depth,
        actions=cells.get(ids, "actions"),
        challenges=cells.get(ids, "challenges"),
        indicators=cells.get(ids, "indicators") if kind == "priority" else (),
        annual_reports=cells.get(ids, "annual_reports"),
    )


def _action_record(action: m.Action) -> CoverageRecord:
    return CoverageRecord(
        "action", action.id, action.reference, action.description, date.fromisoformat(action.meeting.date)
    )


def _challenge_record(challenge: v.Challenge) -> CoverageRecord:
    return CoverageRecord(
        "challenge",
        challenge.id,
        challenge.reference,
        challenge.you_said,
        date.fromisoformat(challenge.raised_at.date),
    )
