"""Agendas: standing items from a template, the clerk's items, officer reports, papers and declarations."""

from __future__ import annotations

import hashlib
import io
import logging
from collections.abc import Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

import peewee as pw

from cpdesk.domain.audit import BINNED, RESTORED, record
from cpdesk.domain.files import read_offered_file, write_bytes_atomically
from cpdesk.domain.meetings import ensure_unlocked, meeting_row, set_binned
from cpdesk.domain.paper_text import page_texts
from cpdesk.errors import InputError, NotFoundError
from cpdesk.store import meetings as m
from cpdesk.store import strategy as s
from cpdesk.store.base import tuples, utc_now
from cpdesk.store.reading import PaperPage


class Keep:
    """Passed for a field that is to stay as it is (where None would mean 'remove')."""


KEEP = Keep()

ITEM_TYPES = {"decision": "For decision", "information": "For information", "standing": "Standing item"}
DECLARATION_KINDS = {
    "disclosable_pecuniary": "Disclosable pecuniary interest",
    "other_registrable": "Other registrable interest",
    "non_registrable": "Non-registrable interest",
}

# The standing items every Sub-Committee agenda carries: those before the clerk's items, then those after.
OPENING_ITEMS = (
    ("apologies", "Apologies for absence and declarations of interest"),
    ("minutes", "Minutes of the last meeting"),
    ("action_log", "Action log"),
    ("young_people", "Feedback from the Young People's Corporate Parenting Meeting"),
)
CLOSING_ITEMS = (
    ("work_programme", "Work programme"),
    ("next_meeting", "Date of the next meeting"),
)
STANDING_TITLES = dict(OPENING_ITEMS + CLOSING_ITEMS)
OTHER_BODIES_ITEMS = frozenset({"apologies", "minutes", "action_log", "next_meeting"})
MAX_PAPER_BYTES = 100_000_000


@dataclass(frozen=True)
class Link:
    """What an item or action concerns, by the strategy's numbering, so it reads the same in any version."""

    kind: str  # priority, commitment, promise or pledge_area
    target_id: UUID
    label: str


@dataclass(frozen=True)
class AgendaItem:
    id: UUID
    meeting_id: UUID
    number: int
    title: str
    item_type: str
    standing_kind: str
    presenter_id: UUID | None
    presenter: str
    annual_report: str
    description: str
    has_report: bool
    paper_count: int
    links: tuple[Link, ...]
    imported_from: str | None = None  # "moderngov" for an item imported from the committee system

    @property
    def type_label(self) -> str:
        return ITEM_TYPES[self.item_type]


@dataclass(frozen=True)
class LinkTarget:
    """A priority, commitment or Promise of the current strategy that an item or action can concern."""

    kind: str
    target_id: UUID
    label: str  # as a Link says it: "Priority 3, commitment 1"
    text: str  # the strategy's own words, to choose by
    children: tuple[LinkTarget, ...] = ()


@dataclass
class OfficerReport:
    """The front sheet of a council report."""

    title: str
    report_from: str = ""
    key_decision: bool = False
    forward_plan_ref: str = ""
    executive_summary: str = ""
    recommendations: str = ""
    voting_arrangements: str = ""
    contact_name: str = ""
    contact_post: str = ""
    contact_email: str = ""
    finance: str = ""
    legal: str = ""
    risk: str = ""
    equality: str = ""
    climate: str = ""


REPORT_FIELDS = tuple(f.name for f in fields(OfficerReport))


@dataclass(frozen=True)
class Paper:
    id: UUID
    agenda_item_id: UUID
    title: str
    file_name: str
    page_count: int
    size_bytes: int

    @property
    def pages_label(self) -> str:
        return "1 page" if self.page_count == 1 else f"{self.page_count} pages"


@dataclass(frozen=True)
class LinkedDocument:
    """A document the committee system links to an item: cpdesk keeps its title and web address only."""

    id: UUID
    agenda_item_id: UUID
    title: str
    url: str
    restricted: bool

    @property
    def label(self) -> str:
        return f"{self.title} (restricted)" if self.restricted else self.title


@dataclass(frozen=True)
class Declaration:
    id: UUID
    agenda_item_id: UUID
    item_number: int
    person_id: UUID
    person: str
    kind: str
    interest: str

    @property
    def kind_label(self) -> str:
        return DECLARATION_KINDS[self.kind]


LINK_KINDS: dict[str, type[s.StrategyPart] | type[s.PriorityPart]] = {
    "priority": s.Priority,
    "commitment": s.Commitment,
    "promise": s.Promise,
    "pledge_area": s.PledgeArea,
}


def link_label(kind: str, row: Any) -> str:
    if kind == "priority":
        return f"Priority {row.number}: {row.title}"
    if kind == "promise":
        return f"Promise {row.number}"
    if kind == "pledge_area":
        return f"Pledge: {row.title}"
    priority = row.priority
    return f"Priority {priority.number}, commitment {row.position + 1}"


def links_of(
    model: type[m.StrategyLink], owner_field: pw.Field, owner_ids: list[UUID]
) -> dict[UUID, list[Link]]:
    """The strategy links of many items (or actions, or challenges) in four queries."""
    found: dict[UUID, list[Link]] = {}
    for kind, target in LINK_KINDS.items():
        column = getattr(model, kind)
        query = (
            model.select(model, target)
            .join(target, on=(column == target.id))
            .where(owner_field.in_(owner_ids))
        )
        if kind == "commitment":
            query = query.switch(target).join(s.Priority).select_extend(s.Priority)
        for row in query:
            linked = getattr(row, kind)
            found.setdefault(getattr(row, f"{owner_field.name}_id"), []).append(
                Link(kind, linked.id, link_label(kind, linked))
            )
    return found


def set_links(
    model: type[m.StrategyLink], owner_field: pw.Field, owner_id: UUID, links: list[tuple[str, UUID]]
) -> None:
    """Replace the strategy links of one item or action."""
    model.delete().where(owner_field == owner_id).execute()
    for kind, target_id in dict.fromkeys(links):
        if kind not in LINK_KINDS:
            raise InputError(
                f"an item can concern a priority, a commitment, a Promise or a Pledge area, not {kind!r}"
            )
        model.create(**{owner_field.name: owner_id, kind: target_id})


def _keep_page_texts(paper_id: UUID, texts: list[str]) -> None:
    PaperPage.delete().where(PaperPage.paper == paper_id).execute()
    now = utc_now()
    PaperPage.insert_many(
        [
            {"id": uuid4(), "created_at": now, "updated_at": now, "paper": paper_id, "page": n, "text": text}
            for n, text in enumerate(texts, 1)
        ]
    ).execute()


def _damaged(error: Exception, name: str) -> InputError:
    return InputError(
        "this PDF is damaged and cannot be read; open it in a PDF reader, save or print it as a new "
        f"PDF and attach that ({type(error).__name__})",
        where=name,
    )


def pdf_page_count(data: bytes, name: str) -> int:
    """The number of pages of a readable PDF, or InputError saying why it cannot be used."""
    import pypdf  # only when a paper is attached
    from pypdf.errors import DependencyError, FileNotDecryptedError

    if not data.startswith(b"%PDF-"):
        raise InputError("this file is not a PDF (a PDF starts with %PDF-)", where=name)
    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    pypdf_log.setLevel(logging.CRITICAL)  # its warnings about repairs it makes are not the clerk's concern
    try:
        # A PDF encrypted only against changes opens with the empty password, which pypdf tries itself.
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        pages = len(reader.pages)
    except (RuntimeError, DependencyError) as exc:
        # pypdf says it has no code for a PDF's encryption scheme with Python's own error for missing
        # code, a kind of RuntimeError; in a file that declares no encryption it is damage.
        if isinstance(exc, DependencyError) or b"/Encrypt" in data:
            raise InputError(
                "this PDF is encrypted in a way cpdesk cannot open; save an unencrypted copy and attach that",
                where=name,
            ) from exc
        raise _damaged(exc, name) from exc
    except FileNotDecryptedError as exc:
        raise InputError(
            "this PDF is protected by a password; save a copy without the password and attach that",
            where=name,
        ) from exc
    except Exception as exc:  # pypdf's failures on a damaged file are many and unlisted
        raise _damaged(exc, name) from exc
    finally:
        pypdf_log.setLevel(level)
    if pages < 1:
        raise InputError("this PDF has no pages", where=name)
    return pages


class AgendaService:
    """A meeting's agenda, in order and numbered, with what each item brings."""

    def __init__(self, db: pw.Database) -> None:
        self._db = db

    # --- items ---

    def items(self, meeting_id: UUID) -> list[AgendaItem]:
        rows = list(
            m.AgendaItem.select(m.AgendaItem, m.Person)
            .join(m.Person, pw.JOIN.LEFT_OUTER)
            .where((m.AgendaItem.meeting == meeting_id) & m.AgendaItem.deleted_at.is_null())
            .order_by(m.AgendaItem.position)
        )
        ids = [r.id for r in rows]
        reports = {
            r.agenda_item_id
            for r in m.OfficerReport.select(m.OfficerReport.agenda_item).where(
                m.OfficerReport.agenda_item.in_(ids) & m.OfficerReport.deleted_at.is_null()
            )
        }
        papers: dict[UUID, int] = dict(
            tuples(
                m.Paper.select(m.Paper.agenda_item, pw.fn.COUNT(m.Paper.id))
                .where(m.Paper.agenda_item.in_(ids) & m.Paper.deleted_at.is_null())
                .group_by(m.Paper.agenda_item)
            )
        )
        links = links_of(m.AgendaItemLink, m.AgendaItemLink.agenda_item, ids)
        return [
            AgendaItem(
                r.id,
                r.meeting_id,
                number,
                r.title,
                r.item_type,
                r.standing_kind,
                r.presenter_id,
                r.presenter.name if r.presenter is not None else "",
                r.annual_report,
                r.description,
                r.id in reports,
                papers.get(r.id, 0),
                tuple(links.get(r.id, ())),
                r.imported_from,
            )
            for number, r in enumerate(rows, start=1)
        ]

    def item(self, item_id: UUID) -> AgendaItem:
        row = self._row(item_id)
        for item in self.items(row.meeting_id):
            if item.id == item_id:
                return item
        raise NotFoundError("that agenda item is not in this database")

    def build_from_template(self, meeting_id: UUID, reports: Sequence[str] = ()) -> list[AgendaItem]:
        """Add the standing items the agenda lacks and the given annual reports, keeping the clerk's items.

        The Sub-Committee's template has every standing item; other bodies have apologies, the minutes
        of their last meeting, their action log and the date of their next meeting.
        """
        meeting = meeting_row(meeting_id)
        ensure_unlocked(meeting)
        wanted = None if meeting.body.kind == "sub_committee" else OTHER_BODIES_ITEMS
        with self._db.atomic():
            present = {r.standing_kind for r in self._rows(meeting_id) if r.standing_kind}
            present |= {kind for kind, _ in OPENING_ITEMS + CLOSING_ITEMS if wanted and kind not in wanted}
            for kind, title in OPENING_ITEMS:
                if kind not in present:
                    self._insert(
                        meeting_id, self._opening_end(meeting_id), title, "standing", standing_kind=kind
                    )
            scheduled = {r.annual_report for r in self._rows(meeting_id)}
            for title in reports:
                if title not in scheduled:
                    self._insert(
                        meeting_id, self._closing_start(meeting_id), title, "information", annual_report=title
                    )
            for kind, title in CLOSING_ITEMS:
                if kind not in present:
                    self._insert(
                        meeting_id, len(self._rows(meeting_id)), title, "standing", standing_kind=kind
                    )
        return self.items(meeting_id)

    def add_item(
        self,
        meeting_id: UUID,
        title: str,
        item_type: str = "information",
        *,
        presenter_id: UUID | None = None,
        description: str = "",
        annual_report: str = "",
        position: int | None = None,
    ) -> AgendaItem:
        """Add the clerk's item: before the closing standing items unless a position is given."""
        title = title.strip()
        if not title:
            raise InputError("an agenda item needs a title")
        if item_type not in ITEM_TYPES:
            raise InputError(f"an item is one of: {', '.join(ITEM_TYPES.values())}")
        ensure_unlocked(meeting_row(meeting_id))
        with self._db.atomic():
            at = self._closing_start(meeting_id) if position is None else position
            row = self._insert(
                meeting_id,
                at,
                title,
                item_type,
                presenter_id=presenter_id,
                description=description.strip(),
                annual_report=annual_report,
            )
        return self.item(row.id)

    def update_item(
        self,
        item_id: UUID,
        *,
        title: str | None = None,
        item_type: str | None = None,
        presenter_id: UUID | Keep | None = KEEP,
        description: str | None = None,
    ) -> AgendaItem:
        """Change an item; presenter_id=None removes the presenter, and a field not given stays as it is."""
        row = self._row(item_id)
        ensure_unlocked(row.meeting)
        if title is not None:
            if not title.strip():
                raise InputError("an agenda item needs a title")
            row.title = title.strip()
        if item_type is not None:
            if item_type not in ITEM_TYPES:
                raise InputError(f"an item is one of: {', '.join(ITEM_TYPES.values())}")
            row.item_type = item_type
        if not isinstance(presenter_id, Keep):
            row.presenter_id = presenter_id
        if description is not None:
            row.description = description.strip()
        row.save()
        return self.item(item_id)

    def move_item(self, item_id: UUID, to_index: int) -> list[AgendaItem]:
        """Put an item at a new place (0-based among the items shown); the others close up and renumber."""
        row = self._row(item_id)
        ensure_unlocked(row.meeting)
        rows = [r for r in self._rows(row.meeting_id) if r.id != row.id]
        rows.insert(max(0, min(to_index, len(rows))), row)
        with self._db.atomic():
            self._renumber(rows)
        return self.items(row.meeting_id)

    def bin_item(self, item_id: UUID) -> None:
        row = self._row(item_id)
        ensure_unlocked(row.meeting)
        with self._db.atomic():
            row.deleted_at = utc_now()
            row.save()
            self._renumber(self._rows(row.meeting_id))
            record("agenda_item", row.id, BINNED)

    def restore_item(self, item_id: UUID) -> None:
        """Take an item out of the bin, back to the place it had."""
        row = m.AgendaItem.get_or_none(m.AgendaItem.id == item_id)
        if row is None:
            raise NotFoundError("that agenda item is not in this database")
        ensure_unlocked(row.meeting)
        with self._db.atomic():
            rows = self._rows(row.meeting_id)
            rows.insert(min(row.position, len(rows)), row)
            row.deleted_at = None
            row.save()
            self._renumber(rows)
            record("agenda_item", row.id, RESTORED)

    def binned_items(self, meeting_id: UUID) -> list[tuple[UUID, str]]:
        query = m.AgendaItem.select().where(
            (m.AgendaItem.meeting == meeting_id) & m.AgendaItem.deleted_at.is_null(False)
        )
        return [(r.id, r.title) for r in query]

    def set_links(self, item_id: UUID, links: list[tuple[str, UUID]]) -> AgendaItem:
        row = self._row(item_id)
        ensure_unlocked(row.meeting)
        with self._db.atomic():
            set_links(m.AgendaItemLink, m.AgendaItemLink.agenda_item, item_id, links)
        return self.item(item_id)

    def link_targets(self) -> list[LinkTarget]:
        """The current strategy's priorities (each with its commitments), its Promises, its Pledge areas."""
        current = s.Strategy.get_or_none(s.Strategy.is_current == True)  # noqa: E712
        if current is None:
            return []
        priorities = list(
            s.Priority.select().where(s.Priority.strategy == current).order_by(s.Priority.number)
        )
        commitments: dict[UUID, list[LinkTarget]] = {}
        for c in (
            s.Commitment.select(s.Commitment, s.Priority)
            .join(s.Priority)
            .where(s.Priority.strategy == current)
            .order_by(s.Commitment.position)
        ):
            commitments.setdefault(c.priority_id, []).append(
                LinkTarget("commitment", c.id, link_label("commitment", c), c.text)
            )
        found = [
            LinkTarget("priority", p.id, link_label("priority", p), p.title, tuple(commitments.get(p.id, ())))
            for p in priorities
        ]
        promises = s.Promise.select().where(s.Promise.strategy == current).order_by(s.Promise.number)
        found += [LinkTarget("promise", p.id, link_label("promise", p), p.text) for p in promises]
        areas = s.PledgeArea.select().where(s.PledgeArea.strategy == current).order_by(s.PledgeArea.position)
        found += [LinkTarget("pledge_area", a.id, link_label("pledge_area", a), a.text) for a in areas]
        return found

    # --- officer reports ---

    def report(self, item_id: UUID) -> OfficerReport | None:
        """The item's front sheet; None if it has none or it has been removed (it can be restored)."""
        row = m.OfficerReport.get_or_none(
            (m.OfficerReport.agenda_item == item_id) & m.OfficerReport.deleted_at.is_null()
        )
        if row is None:
            return None
        return OfficerReport(**{name: getattr(row, name) for name in REPORT_FIELDS})

    def report_id(self, item_id: UUID) -> UUID | None:
        """The id of the item's front sheet (what a note on the report is on); None if it has none."""
        row = m.OfficerReport.get_or_none(
            (m.OfficerReport.agenda_item == item_id) & m.OfficerReport.deleted_at.is_null()
        )
        return row.id if row is not None else None

    def save_report(self, item_id: UUID, report: OfficerReport) -> None:
        if not report.title.strip():
            raise InputError("a report needs a title")
        row = self._row(item_id)
        ensure_unlocked(row.meeting)
        values = {name: getattr(report, name) for name in REPORT_FIELDS}
        values = {k: v.strip() if isinstance(v, str) else bool(v) for k, v in values.items()}
        with self._db.atomic():
            existing = m.OfficerReport.get_or_none(m.OfficerReport.agenda_item == item_id)
            if existing is None:
                m.OfficerReport.create(agenda_item=item_id, **values)
            else:
                for name, value in values.items():
                    setattr(existing, name, value)
                existing.deleted_at = None
                existing.save()

    def remove_report(self, item_id: UUID) -> None:
        """Take the front sheet off the item, into the bin: restore_report puts it back as it was."""
        ensure_unlocked(self._row(item_id).meeting)
        self._report_binned(item_id, binned=True)

    def removed_report(self, item_id: UUID) -> OfficerReport | None:
        """The front sheet taken off this item, if there is one to restore."""
        row = m.OfficerReport.get_or_none(
            (m.OfficerReport.agenda_item == item_id) & m.OfficerReport.deleted_at.is_null(False)
        )
        return OfficerReport(**{name: getattr(row, name) for name in REPORT_FIELDS}) if row else None

    def restore_report(self, item_id: UUID) -> None:
        ensure_unlocked(self._row(item_id).meeting)
        self._report_binned(item_id, binned=False)

    def _report_binned(self, item_id: UUID, *, binned: bool) -> None:
        row = m.OfficerReport.get_or_none(
            (m.OfficerReport.agenda_item == item_id) & m.OfficerReport.deleted_at.is_null(binned)
        )
        if row is None:
            return
        with self._db.atomic():
            m.OfficerReport.update(deleted_at=utc_now() if binned else None).where(
                m.OfficerReport.id == row.id
            ).execute()
            record("report", row.id, BINNED if binned else RESTORED)

    # --- papers ---

    def attach_paper(self, item_id: UUID, path: Path, title: str = "") -> Paper:
        """Keep a copy of a PDF inside cpdesk; a file that is not a readable PDF is refused."""
        path = Path(path)
        row = self._row(item_id)
        ensure_unlocked(row.meeting)
        data = read_offered_file(path, max_bytes=MAX_PAPER_BYTES, what="paper")
        pages = pdf_page_count(data, str(path))
        texts = page_texts(data)
        with self._db.atomic():
            # After every paper the item has had, those in the bin too: one emptied from the bin for good
            # leaves a gap in the order, where counting them would give the new paper a place taken.
            position = (
                m.Paper.select(pw.fn.COALESCE(pw.fn.MAX(m.Paper.position) + 1, 0))
                .where(m.Paper.agenda_item == item_id)
                .scalar()
            )
            paper = m.Paper.create(
                agenda_item=item_id,
                position=position,
                title=title.strip() or path.stem,
                file_name=path.name,
                page_count=pages,
                size_bytes=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
            )
            m.PaperContent.create(paper=paper, data=data)
            _keep_page_texts(paper.id, texts)
        return self._paper(paper)

    def replace_paper(self, paper_id: UUID, path: Path, title: str = "") -> Paper:
        """Put a revised version of a paper in the place of the old one: the same paper, new words.

        Notes on the old version stay with the paper; each finds its passage again in the new words
        (see the notes), or is flagged where the words are no longer there.
        """
        path = Path(path)
        row = m.Paper.get_or_none((m.Paper.id == paper_id) & m.Paper.deleted_at.is_null())
        if row is None:
            raise NotFoundError("that paper is not in this database")
        ensure_unlocked(row.agenda_item.meeting)
        data = read_offered_file(path, max_bytes=MAX_PAPER_BYTES, what="paper")
        pages = pdf_page_count(data, str(path))
        texts = page_texts(data)
        row.file_name = path.name
        row.title = title.strip() or row.title
        row.page_count = pages
        row.size_bytes = len(data)
        row.sha256 = hashlib.sha256(data).hexdigest()
        with self._db.atomic():
            row.save()
            m.PaperContent.update(data=data).where(m.PaperContent.paper == paper_id).execute()
            _keep_page_texts(paper_id, texts)
        return self._paper(row)

    def page_texts(self, paper_id: UUID) -> list[str]:
        """A paper's words page by page (read again from the PDF if they were never kept)."""
        rows = list(
            PaperPage.select(PaperPage.page, PaperPage.text)
            .where(PaperPage.paper == paper_id)
            .order_by(PaperPage.page)
        )
        if rows:
            return [r.text for r in rows]
        return page_texts(self.paper_data(paper_id))

    def ensure_paper_texts(self) -> int:
        """Read the words of papers attached before cpdesk kept them; the number of papers read."""
        missing = m.Paper.select(m.Paper.id).where(
            m.Paper.id.not_in(PaperPage.select(PaperPage.paper).distinct())
        )
        count = 0
        for paper in missing:
            _keep_page_texts(paper.id, page_texts(self.paper_data(paper.id)))
            count += 1
        return count

    def papers(self, item_id: UUID) -> list[Paper]:
        query = (
            m.Paper.select()
            .where((m.Paper.agenda_item == item_id) & m.Paper.deleted_at.is_null())
            .order_by(m.Paper.position)
        )
        return [self._paper(r) for r in query]

    def paper(self, paper_id: UUID) -> Paper:
        """One paper's details (title, file name, pages), wherever it is opened from."""
        row = m.Paper.get_or_none(m.Paper.id == paper_id)
        if row is None:
            raise NotFoundError("that paper is not in this database")
        return self._paper(row)

    def paper_data(self, paper_id: UUID) -> bytes:
        row = m.PaperContent.get_or_none(m.PaperContent.paper == paper_id)
        if row is None:
            raise NotFoundError("that paper is not in this database")
        return bytes(row.data)

    def save_paper_as(self, paper_id: UUID, path: Path) -> None:
        write_bytes_atomically(Path(path), self.paper_data(paper_id))

    def binned_papers(self, item_id: UUID) -> list[Paper]:
        """Papers taken off an item, which can be put back."""
        query = (
            m.Paper.select()
            .where((m.Paper.agenda_item == item_id) & m.Paper.deleted_at.is_null(False))
            .order_by(m.Paper.position)
        )
        return [self._paper(r) for r in query]

    def restore_paper(self, paper_id: UUID) -> None:
        set_binned(m.Paper, paper_id, "paper", binned=False)

    def bin_paper(self, paper_id: UUID) -> None:
        set_binned(m.Paper, paper_id, "paper", binned=True)

    @staticmethod
    def _paper(row: m.Paper) -> Paper:
        return Paper(row.id, row.agenda_item_id, row.title, row.file_name, row.page_count, row.size_bytes)

    # --- linked documents ---

    def linked_documents(self, item_id: UUID) -> list[LinkedDocument]:
        """The documents the committee system links to the item, in its order (those in the bin left out)."""
        query = (
            m.LinkedDocument.select()
            .where((m.LinkedDocument.agenda_item == item_id) & m.LinkedDocument.deleted_at.is_null())
            .order_by(m.LinkedDocument.position, m.LinkedDocument.title)
        )
        return [LinkedDocument(r.id, r.agenda_item_id, r.title, r.url, r.restricted) for r in query]

    # --- declarations of interest ---

    def declarations(self, meeting_id: UUID, *, withdrawn: bool = False) -> list[Declaration]:
        """The meeting's declarations of interest (or those withdrawn, which can be restored)."""
        numbers = {item.id: item.number for item in self.items(meeting_id)}
        query = (
            m.Declaration.select(m.Declaration, m.Person)
            .join(m.Person)
            .where(
                m.Declaration.agenda_item.in_(list(numbers)) & m.Declaration.deleted_at.is_null(not withdrawn)
            )
        )
        found = [
            Declaration(
                r.id,
                r.agenda_item_id,
                numbers[r.agenda_item_id],
                r.person_id,
                r.person.name,
                r.kind,
                r.interest,
            )
            for r in query
        ]
        return sorted(found, key=lambda d: (d.item_number, d.person))

    def declare(self, item_id: UUID, person_id: UUID, kind: str, interest: str) -> Declaration:
        if kind not in DECLARATION_KINDS:
            raise InputError(f"a declaration is one of: {', '.join(DECLARATION_KINDS.values())}")
        if not interest.strip():
            raise InputError("say what the interest is")
        row = self._row(item_id)
        ensure_unlocked(row.meeting)
        created = m.Declaration.create(
            agenda_item=item_id, person=person_id, kind=kind, interest=interest.strip()
        )
        return next(d for d in self.declarations(row.meeting_id) if d.id == created.id)

    def withdraw_declaration(self, declaration_id: UUID) -> None:
        set_binned(m.Declaration, declaration_id, "declaration", binned=True)

    def restore_declaration(self, declaration_id: UUID) -> None:
        set_binned(m.Declaration, declaration_id, "declaration", binned=False)

    # --- ordering ---

    def _row(self, item_id: UUID) -> m.AgendaItem:
        row = m.AgendaItem.get_or_none((m.AgendaItem.id == item_id) & m.AgendaItem.deleted_at.is_null())
        if row is None:
            raise NotFoundError("that agenda item is not in this database")
        return row

    def _rows(self, meeting_id: UUID) -> list[m.AgendaItem]:
        return list(
            m.AgendaItem.select()
            .where((m.AgendaItem.meeting == meeting_id) & m.AgendaItem.deleted_at.is_null())
            .order_by(m.AgendaItem.position)
        )

    def _opening_end(self, meeting_id: UUID) -> int:
        """Where the next opening standing item goes: after the opening items already there."""
        rows = self._rows(meeting_id)
        openers = [kind for kind, _ in OPENING_ITEMS]
        return sum(1 for r in rows if r.standing_kind in openers)

    def _closing_start(self, meeting_id: UUID) -> int:
        rows = self._rows(meeting_id)
        closers = {kind for kind, _ in CLOSING_ITEMS}
        for index, r in enumerate(rows):
            if r.standing_kind in closers:
                return index
        return len(rows)

    def _insert(
        self, meeting_id: UUID, at: int, title: str, item_type: str, **values: object
    ) -> m.AgendaItem:
        rows = self._rows(meeting_id)
        row = m.AgendaItem.create(
            meeting=meeting_id, position=len(rows), title=title, item_type=item_type, **values
        )
        rows.insert(max(0, min(at, len(rows))), row)
        self._renumber(rows)
        return row

    @staticmethod
    def _renumber(rows: list[m.AgendaItem]) -> None:
        for position, r in enumerate(rows):
            if r.position != position:
                m.AgendaItem.update(position=position).where(m.AgendaItem.id == r.id).execute()
                r.position = position
