"""The Corporate Parenting Strategy: its versions, its content, and import and export of strategy files."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from uuid import UUID

import peewee as pw

from cpdesk.config import bundled_strategy_path
from cpdesk.domain.audit import automatic, record
from cpdesk.domain.backups import back_up_before_import
from cpdesk.domain.files import quoted, write_text_atomically
from cpdesk.domain.jsonfile import JsonPath, describe_path, read_json_file, value_lines
from cpdesk.errors import InputError, NotFoundError
from cpdesk.store import strategy as m
from cpdesk.store.base import utc_now
from cpdesk.store.sealed import for_others

SCHEMA_NAME = "strategy.schema.json"
FORMAT = "cpdesk-strategy"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 5_000_000


@dataclass(frozen=True)
class StrategyHeader:
    """What a strategy calls itself."""

    title: str
    council: str
    period_start: int
    period_end: int
    version_label: str
    council_vision: str = ""
    source: str = ""

    @property
    def name(self) -> str:
        return f"{self.title} {self.version_label}"


@dataclass(frozen=True)
class StrategyVersion:
    """One imported version of a strategy, as the versions list shows it."""

    id: UUID
    header: StrategyHeader
    imported_from: str
    imported_at: datetime
    is_current: bool


@dataclass(frozen=True)
class Narrative:
    key: str
    title: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Numbered:
    number: int
    text: str


@dataclass(frozen=True)
class Titled:
    title: str
    text: str


@dataclass(frozen=True)
class Priority:
    number: int
    title: str
    summary: str
    statement: str
    you_said: tuple[str, ...]
    commitments: tuple[str, ...]
    success_measures: tuple[str, ...]
    delivered_by: str
    teams: tuple[str, ...]


@dataclass(frozen=True)
class Pledge:
    introduction: tuple[str, ...]
    areas: tuple[Titled, ...]
    personal_adviser: str


@dataclass(frozen=True)
class ContextFigure:
    section: str
    value: float
    unit: str  # "count" or "percent"
    counts: str
    as_of: str
    note: str = ""

    @property
    def display_value(self) -> str:
        number = f"{self.value:g}"
        return f"{number}%" if self.unit == "percent" else number


@dataclass(frozen=True)
class StrategyContent:
    """Everything one version of the strategy says, in the order it says it."""

    header: StrategyHeader
    narratives: tuple[Narrative, ...]
    ambitions: tuple[Numbered, ...]
    conditions_for_success: tuple[str, ...]
    priorities: tuple[Priority, ...]
    principles: tuple[str, ...]
    approach: tuple[Titled, ...]
    related_plans: tuple[Titled, ...]
    promises: tuple[Numbered, ...]
    pledge: Pledge
    governance_bodies: tuple[Titled, ...]
    ways_of_working: tuple[Titled, ...]
    good_corporate_parenting: tuple[str, ...]
    annual_reports: tuple[Titled, ...]
    context_figures: tuple[ContextFigure, ...]

    def narrative(self, key: str) -> Narrative | None:
        return next((n for n in self.narratives if n.key == key), None)

    def priority(self, number: int) -> Priority:
        for priority in self.priorities:
            if priority.number == number:
                return priority
        raise NotFoundError(f"this strategy has no priority {number}")


# --- strategy files (JSON) -------------------------------------------------------------------------


def _titled(items: Iterable[dict[str, str]]) -> tuple[Titled, ...]:
    return tuple(Titled(i["title"], i["text"]) for i in items)


def content_from_json(data: dict[str, Any]) -> StrategyContent:
    """Build the content from a strategy file's data that has passed the schema."""
    s = data["strategy"]
    return StrategyContent(
        header=StrategyHeader(
            s["title"],
            s["council"],
            s["period_start"],
            s["period_end"],
            s["version_label"],
            s.get("council_vision", ""),
            s.get("source", ""),
        ),
        narratives=tuple(Narrative(n["key"], n["title"], tuple(n["paragraphs"])) for n in data["narratives"]),
        ambitions=tuple(Numbered(a["number"], a["text"]) for a in data["ambitions"]),
        conditions_for_success=tuple(data["conditions_for_success"]),
        priorities=tuple(
            Priority(
                p["number"],
                p["title"],
                p.get("summary", ""),
                p["statement"],
                tuple(p["you_said"]),
                tuple(p["commitments"]),
                tuple(p["success_measures"]),
                p["delivered_by"]["text"],
                tuple(p["delivered_by"]["teams"]),
            )
            for p in data["priorities"]
        ),
        principles=tuple(data["principles"]),
        approach=_titled(data["approach"]),
        related_plans=_titled(data["related_plans"]),
        promises=tuple(Numbered(p["number"], p["text"]) for p in data["promises"]),
        pledge=Pledge(
            tuple(data["pledge"]["introduction"]),
            _titled(data["pledge"]["areas"]),
            data["pledge"]["personal_adviser"],
        ),
        governance_bodies=tuple(Titled(b["name"], b["role"]) for b in data["governance"]["bodies"]),
        ways_of_working=_titled(data["governance"]["ways_of_working"]),
        good_corporate_parenting=tuple(data["good_corporate_parenting"]),
        annual_reports=tuple(Titled(r["title"], r["description"]) for r in data["annual_reports"]),
        context_figures=tuple(
            ContextFigure(f["section"], f["value"], f["unit"], f["counts"], f["as_of"], f.get("note", ""))
            for f in data["context_figures"]
        ),
    )


def _optional(**fields: Any) -> dict[str, Any]:
    return {k: v for k, v in fields.items() if v not in ("", None)}


def _number(value: float) -> int | float:
    """706, not 706.0: whole numbers are written as they are printed."""
    return int(value) if float(value).is_integer() else value


def content_to_json(content: StrategyContent) -> dict[str, Any]:
    """The content as a strategy file's data, ready to write."""
    h = content.header
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "strategy": {
            "title": h.title,
            "council": h.council,
            "period_start": h.period_start,
            "period_end": h.period_end,
            "version_label": h.version_label,
            **_optional(council_vision=h.council_vision, source=h.source),
        },
        "narratives": [
            {"key": n.key, "title": n.title, "paragraphs": list(n.paragraphs)} for n in content.narratives
        ],
        "ambitions": [{"number": a.number, "text": a.text} for a in content.ambitions],
        "conditions_for_success": list(content.conditions_for_success),
        "priorities": [
            {
                "number": p.number,
                "title": p.title,
                **_optional(summary=p.summary),
                "statement": p.statement,
                "you_said": list(p.you_said),
                "commitments": list(p.commitments),
                "success_measures": list(p.success_measures),
                "delivered_by": {"text": p.delivered_by, "teams": list(p.teams)},
            }
            for p in content.priorities
        ],
        "principles": list(content.principles),
        "approach": [{"title": t.title, "text": t.text} for t in content.approach],
        "related_plans": [{"title": t.title, "text": t.text} for t in content.related_plans],
        "promises": [{"number": p.number, "text": p.text} for p in content.promises],
        "pledge": {
            "introduction": list(content.pledge.introduction),
            "areas": [{"title": a.title, "text": a.text} for a in content.pledge.areas],
            "personal_adviser": content.pledge.personal_adviser,
        },
        "governance": {
            "bodies": [{"name": b.title, "role": b.text} for b in content.governance_bodies],
            "ways_of_working": [{"title": w.title, "text": w.text} for w in content.ways_of_working],
        },
        "good_corporate_parenting": list(content.good_corporate_parenting),
        "annual_reports": [{"title": r.title, "description": r.text} for r in content.annual_reports],
        "context_figures": [
            {
                "section": f.section,
                "value": _number(f.value),
                "unit": f.unit,
                "counts": f.counts,
                "as_of": f.as_of,
                **_optional(note=f.note),
            }
            for f in content.context_figures
        ],
    }


def _duplicates(values: Sequence[Any]) -> list[int]:
    seen: set[Any] = set()
    found = []
    for index, value in enumerate(values):
        if value in seen:
            found.append(index)
        seen.add(value)
    return found


# What the database keeps unique within a strategy (and the work programme across strategies: one entry
# for each annual report title). A file that repeats one is refused here, saying where, rather than
# failing in the database.
UNIQUE_FIELDS: tuple[tuple[str, str], ...] = (
    ("priorities", "number"),
    ("promises", "number"),
    ("ambitions", "number"),
    ("narratives", "key"),
    ("annual_reports", "title"),
)
_MONTH = re.compile(r"([0-9]{4})-([0-9]{2})", re.ASCII)


def _check_meaning(data: dict[str, Any]) -> tuple[JsonPath, str] | None:
    """Rules a schema cannot say: numbers and titles unique, periods in order, months real."""
    s = data["strategy"]
    if s["period_end"] < s["period_start"]:
        return ("strategy", "period_end"), "the period ends before it starts"
    for section, key in UNIQUE_FIELDS:
        values = [item[key] for item in data[section]]
        dupes = _duplicates(values)
        if dupes:
            value = values[dupes[0]]
            shown = quoted(value) if isinstance(value, str) else repr(value)
            first = describe_path((section, values.index(value)))
            return (section, dupes[0], key), f"{shown} is used twice (first at {first})"
    for index, figure in enumerate(data["context_figures"]):
        month = _MONTH.fullmatch(figure["as_of"])
        if not month or not (1900 <= int(month[1]) <= 2100 and 1 <= int(month[2]) <= 12):
            return ("context_figures", index, "as_of"), (
                f"{quoted(figure['as_of'])} is not a real month; write the year and month, such as 2024-03"
            )
    return None


def read_strategy_file(path: Path) -> StrategyContent:
    """Read and check a strategy file; InputError says what is wrong and where."""
    data, text = read_json_file(path, SCHEMA_NAME, max_bytes=MAX_FILE_BYTES, what="strategy")
    problem = _check_meaning(data)
    if problem:
        field, message = problem
        line = value_lines(text).get(field)
        raise InputError(
            f"{describe_path(field)}: {message}", where=f"{path}, line {line}" if line else str(path)
        )
    return content_from_json(data)


def write_json_atomically(path: Path, data: Any) -> None:
    """Write strict JSON (no NaN or Infinity), whole or not at all."""
    write_text_atomically(path, json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n")


# --- the database ------------------------------------------------------------------------------------


class StrategyService:
    """The strategy versions held in one database."""

    def __init__(self, db: pw.Database, on_current_changed: Callable[[], None] | None = None) -> None:
        self._db = db
        self._on_current_changed = on_current_changed  # what depends on the current version catches up

    def versions(self) -> list[StrategyVersion]:
        """Every version held, newest first."""
        rows = m.Strategy.select().order_by(m.Strategy.imported_at.desc())
        return [self._version(row) for row in rows]

    def current(self) -> StrategyVersion | None:
        row = m.Strategy.get_or_none(m.Strategy.is_current == True)  # noqa: E712
        return self._version(row) if row else None

    def content(self, version_id: UUID | None = None) -> StrategyContent:
        """Everything one version says (the current one unless another is named)."""
        row = self._row(version_id)
        return self._load(row)

    def add_version(
        self, content: StrategyContent, *, imported_from: str, make_current: bool = True
    ) -> StrategyVersion:
        """Store a version in one transaction; it becomes current unless told otherwise."""
        back_up_before_import(self._db)
        with self._db.atomic():
            if make_current or not m.Strategy.select().exists():
                m.Strategy.update(is_current=False).where(m.Strategy.is_current == True).execute()  # noqa: E712
                make_current = True
            row = self._save(content, imported_from, make_current)
            if make_current and self._on_current_changed:
                self._on_current_changed()
            record("strategy", row.id, f"Imported the strategy from {imported_from or 'a file'}")
        return self._version(row)

    def import_file(self, path: Path, *, make_current: bool = True) -> StrategyVersion:
        """Check a strategy file whole, then add it as a new version; a bad file changes nothing.

        Every rule the database enforces is checked in the file first, so a database error here is a
        fault in cpdesk, reported as one (the transaction is rolled back), never as a fault in the file.
        """
        content = read_strategy_file(path)
        return self.add_version(content, imported_from=Path(path).name, make_current=make_current)

    @for_others
    def export_file(self, path: Path, version_id: UUID | None = None) -> None:
        """Write one version (the current one unless another is named) as a strategy file."""
        write_json_atomically(path, content_to_json(self.content(version_id)))

    def set_current(self, version_id: UUID) -> StrategyVersion:
        with self._db.atomic():
            row = self._row(version_id)
            m.Strategy.update(is_current=False).where(m.Strategy.is_current == True).execute()  # noqa: E712
            m.Strategy.update(is_current=True).where(m.Strategy.id == row.id).execute()
            if self._on_current_changed:
                self._on_current_changed()
        return self._version(m.Strategy.get_by_id(row.id))

    def ensure_bundled(self) -> StrategyVersion | None:
        """Give a database with no strategy the bundled one; return it if it was added."""
        if m.Strategy.select().exists():
            return None
        with automatic():
            return self.import_file(bundled_strategy_path())

    # --- rows <-> content ---

    def _row(self, version_id: UUID | None) -> m.Strategy:
        if version_id is None:
            row = m.Strategy.get_or_none(m.Strategy.is_current == True)  # noqa: E712
            if row is None:
                raise NotFoundError("there is no current strategy in this database")
            return row
        row = m.Strategy.get_or_none(m.Strategy.id == version_id)
        if row is None:
            raise NotFoundError(f"there is no strategy version {version_id}")
        return row

    @staticmethod
    def _version(row: m.Strategy) -> StrategyVersion:
        return StrategyVersion(
            id=row.id,
            header=StrategyHeader(
                row.title,
                row.council,
                row.period_start,
                row.period_end,
                row.version_label,
                row.council_vision,
                row.source,
            ),
            imported_from=row.imported_from,
            imported_at=row.imported_at,
            is_current=bool(row.is_current),
        )

    @staticmethod
    def _save(c: StrategyContent, imported_from: str, make_current: bool) -> m.Strategy:
        h = c.header
        strategy = m.Strategy.create(
            title=h.title,
            council=h.council,
            period_start=h.period_start,
            period_end=h.period_end,
            version_label=h.version_label,
            council_vision=h.council_vision,
            source=h.source,
            imported_from=imported_from,
            imported_at=utc_now(),
            is_current=make_current,
        )

        def each(model: type[m.StrategyPart], rows: Iterable[dict[str, Any]]) -> None:
            for position, fields in enumerate(rows):
                model.create(strategy=strategy, position=position, **fields)

        each(
            m.Narrative,
            ({"key": n.key, "title": n.title, "body": "\n\n".join(n.paragraphs)} for n in c.narratives),
        )
        each(m.Ambition, ({"number": a.number, "text": a.text} for a in c.ambitions))
        each(m.ConditionForSuccess, ({"text": t} for t in c.conditions_for_success))
        each(m.Principle, ({"text": t} for t in c.principles))
        each(m.ApproachItem, ({"title": t.title, "text": t.text} for t in c.approach))
        each(m.RelatedPlan, ({"title": t.title, "text": t.text} for t in c.related_plans))
        each(m.Promise, ({"number": p.number, "text": p.text} for p in c.promises))
        each(
            m.Pledge,
            [
                {
                    "introduction": "\n\n".join(c.pledge.introduction),
                    "personal_adviser": c.pledge.personal_adviser,
                }
            ],
        )
        each(m.PledgeArea, ({"title": a.title, "text": a.text} for a in c.pledge.areas))
        each(m.GovernanceBody, ({"name": b.title, "role": b.text} for b in c.governance_bodies))
        each(m.WayOfWorking, ({"title": w.title, "text": w.text} for w in c.ways_of_working))
        each(m.GoodParentingTrait, ({"text": t} for t in c.good_corporate_parenting))
        each(m.AnnualReport, ({"title": r.title, "description": r.text} for r in c.annual_reports))
        each(
            m.ContextFigure,
            (
                {
                    "section": f.section,
                    "value": _number(f.value),
                    "unit": f.unit,
                    "counts": f.counts,
                    "as_of": f.as_of,
                    "note": f.note,
                }
                for f in c.context_figures
            ),
        )

        teams: dict[str, m.DeliveryTeam] = {}
        for p_position, p in enumerate(c.priorities):
            priority = m.Priority.create(
                strategy=strategy,
                position=p_position,
                number=p.number,
                title=p.title,
                summary=p.summary,
                statement=p.statement,
                delivered_by=p.delivered_by,
            )
            for model, lines in (
                (m.YouSaid, p.you_said),
                (m.Commitment, p.commitments),
                (m.SuccessMeasure, p.success_measures),
            ):
                for position, text in enumerate(lines):
                    model.create(priority=priority, position=position, text=text)
            for position, name in enumerate(p.teams):
                if name not in teams:
                    teams[name] = m.DeliveryTeam.create(strategy=strategy, position=len(teams), name=name)
                m.PriorityDeliveryTeam.create(priority=priority, team=teams[name], position=position)
        return strategy

    @staticmethod
    def _load(strategy: m.Strategy) -> StrategyContent:
        def rows(model: type[m.StrategyPart]) -> list[Any]:
            return list(model.select().where(model.strategy == strategy).order_by(model.position))

        def lines(model: type[m.PriorityPart], priority: m.Priority) -> tuple[str, ...]:
            query = model.select(model.text).where(model.priority == priority).order_by(model.position)
            return tuple(r.text for r in query)

        def teams(priority: m.Priority) -> tuple[str, ...]:
            query = (
                m.DeliveryTeam.select(m.DeliveryTeam.name)
                .join(m.PriorityDeliveryTeam)
                .where(m.PriorityDeliveryTeam.priority == priority)
                .order_by(m.PriorityDeliveryTeam.position)
            )
            return tuple(t.name for t in query)

        pledge_rows = rows(m.Pledge)
        pledge = pledge_rows[0] if pledge_rows else None
        return StrategyContent(
            header=StrategyService._version(strategy).header,
            narratives=tuple(
                Narrative(n.key, n.title, tuple(n.body.split("\n\n"))) for n in rows(m.Narrative)
            ),
            ambitions=tuple(Numbered(a.number, a.text) for a in rows(m.Ambition)),
            conditions_for_success=tuple(r.text for r in rows(m.ConditionForSuccess)),
            priorities=tuple(
                Priority(
                    p.number,
                    p.title,
                    p.summary,
                    p.statement,
                    lines(m.YouSaid, p),
                    lines(m.Commitment, p),
                    lines(m.SuccessMeasure, p),
                    p.delivered_by,
                    teams(p),
                )
                for p in rows(m.Priority)
            ),
            principles=tuple(r.text for r in rows(m.Principle)),
            approach=tuple(Titled(r.title, r.text) for r in rows(m.ApproachItem)),
            related_plans=tuple(Titled(r.title, r.text) for r in rows(m.RelatedPlan)),
            promises=tuple(Numbered(r.number, r.text) for r in rows(m.Promise)),
            pledge=Pledge(
                tuple(pledge.introduction.split("\n\n")) if pledge else (),
                tuple(Titled(r.title, r.text) for r in rows(m.PledgeArea)),
                pledge.personal_adviser if pledge else "",
            ),
            governance_bodies=tuple(Titled(r.name, r.role) for r in rows(m.GovernanceBody)),
            ways_of_working=tuple(Titled(r.title, r.text) for r in rows(m.WayOfWorking)),
            good_corporate_parenting=tuple(r.text for r in rows(m.GoodParentingTrait)),
            annual_reports=tuple(Titled(r.title, r.description) for r in rows(m.AnnualReport)),
            context_figures=tuple(
                ContextFigure(r.section, r.value, r.unit, r.counts, r.as_of, r.note)
                for r in rows(m.ContextFigure)
            ),
        )
