"""A briefing pack as plain data: what the PDF and the accessible HTML edition both show, in order.

The domain builds a Pack from the meeting, its agenda, the action log, the indicators, young
people's challenges and (in a member's own edition) that member's notes; `cpdesk.packs` lays the
same Pack out as a PDF and as HTML, so the two never disagree. A Pack is made of Sections, each with
a stable key (what a bookmark, a contents line and a supplement's list of changes refer to) and a
tuple of blocks: paragraphs, lists, label-and-text fields, tables, charts, a member's notes and
attached papers. Nothing here knows about pages or fonts.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from uuid import UUID

from cpdesk.domain.dates import long_date
from cpdesk.domain.indicators import Area, Indicator, Value

EDITIONS: dict[str, str] = {
    "committee": "Committee edition",
    "member": "Member's edition",
    "chair": "Chair's edition",
}

# Every section a pack can have, in print order, with its heading. Each can be switched off.
SECTIONS: dict[str, str] = {
    "cover": "Cover",
    "contents": "Contents",
    "agenda": "Agenda",
    "since": "Since the last meeting",
    "minutes": "Draft minutes of the last meeting",
    "actions": "Action log",
    "tracker": "Action tracker, with each action's history",  # the chair's edition
    "questions": "Questions awaiting an answer",
    "challenges": "Young people's challenges and the responses",
    "awaiting": "Challenges awaiting a response",  # the chair's edition
    "priorities": "The strategy's priorities on this agenda",
    "reports": "Reports and papers",
    "work_programme": "Work programme",
    "my_notes": "My notes and questions",  # the member's edition: an appendix of their own notes
}
ONLY_IN: dict[str, frozenset[str]] = {  # the sections that one edition has and the others do not
    "chair": frozenset({"tracker", "awaiting"}),
    "member": frozenset({"my_notes"}),
}


def sections_for(edition: str) -> tuple[str, ...]:
    """The sections an edition can have, in print order."""
    if edition not in EDITIONS:
        raise ValueError(f"There is no {edition!r} edition: choose one of {', '.join(EDITIONS)}.")
    others = frozenset().union(*(keys for name, keys in ONLY_IN.items() if name != edition))
    return tuple(key for key in SECTIONS if key not in others)


# --- blocks ---


@dataclass(frozen=True)
class Para:
    """A paragraph of plain text (a user's words, never markup). `quiet` prints it smaller and greyer."""

    text: str
    quiet: bool = False


@dataclass(frozen=True)
class Bullets:
    """A bulleted list of plain-text lines."""

    items: tuple[str, ...]


@dataclass(frozen=True)
class Fields:
    """Label and text pairs, read as "Label: text" (a report's front sheet, an action's details)."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Table:
    """A table with a caption and one header row; `widths` are relative column widths (or empty)."""

    caption: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] = ()


@dataclass(frozen=True)
class Chart:
    """An indicator's history: drawn as a chart in the PDF, and always given as a table of its values."""

    indicator: Indicator
    series: tuple[tuple[str, Area, tuple[Value, ...]], ...]  # (kind, area, values oldest first)
    summary: str  # the chart in a sentence or two: the PDF's alternative text, and said in the HTML
    values: Table  # the same figures, for screen readers and for anyone who prefers numbers


@dataclass(frozen=True)
class Note:
    """One of the member's own notes or questions, printed beside what it concerns (member's edition)."""

    text: str
    is_question: bool
    anchor: str  # where it is: "Item 5", "Officer report, page 3: “the words”"


@dataclass(frozen=True)
class Paper:
    """An attached PDF paper, merged whole into the pack at this place."""

    paper_id: UUID
    title: str
    file_name: str
    page_count: int
    data: bytes = field(repr=False, compare=False)
    sha256: str = ""  # of data: what a published pack's record keeps instead of the bytes
    texts: tuple[str, ...] = field(default=(), repr=False, compare=False)  # its words page by page, if kept

    @staticmethod
    def of(
        paper_id: UUID, title: str, file_name: str, page_count: int, data: bytes, texts: Sequence[str] = ()
    ) -> Paper:
        digest = hashlib.sha256(data).hexdigest()
        return Paper(paper_id, title, file_name, page_count, data, digest, tuple(texts))


Block = Para | Bullets | Fields | Table | Chart | Note | Paper


@dataclass(frozen=True)
class Section:
    """A heading, its blocks, then its subsections (an agenda item's report inside "Reports and papers").

    `key` is stable from one build to the next: a key of SECTIONS at the top level, and below it
    "item:<uuid>", "report:<uuid>", "priority:<uuid>" and so on. `new_page` starts it on a new page.
    """

    key: str
    title: str
    blocks: tuple[Block, ...] = ()
    children: tuple[Section, ...] = ()
    new_page: bool = False


@dataclass(frozen=True)
class Cover:
    """What the first page says: the body, when and where, who sits on it, and which edition this is."""

    council: str
    body: str
    day: date
    time: str
    venue: str
    membership: tuple[str, ...]  # "Cllr A Example (Chair)"
    edition: str  # a key of EDITIONS
    made_for: str = ""  # the member's edition: whose copy it is


@dataclass(frozen=True)
class Pack:
    """A whole briefing pack (or a supplement to one), ready to be laid out."""

    meeting_id: UUID
    cover: Cover
    sections: tuple[Section, ...]  # the top-level sections in print order; cover and contents apart
    made_on: date
    show_cover: bool = True  # print the cover page
    contents: bool = True  # print a contents page
    version: int = 1  # a reissued pack says "version 2" on every page
    supplement: int = 0  # 0 is the pack itself; n is Supplement n (S1, S2 ...), with its own page numbers
    published_on: date | None = None  # when this version or supplement was published, if it was

    @property
    def title(self) -> str:
        """The document's title, as its header and File > Properties say it."""
        return f"{self.cover.body}, {long_date(self.cover.day)}"

    @property
    def edition_label(self) -> str:
        """ "Committee edition", "Committee edition, version 2", "Supplement 1 to the committee edition"."""
        edition = EDITIONS[self.cover.edition]
        if self.supplement:
            return f"Supplement {self.supplement} to the {edition[0].lower()}{edition[1:]}"
        return edition if self.version == 1 else f"{edition}, version {self.version}"

    @property
    def page_prefix(self) -> str:
        """What printed page numbers start with: "" for the pack, "S1-" for Supplement 1."""
        return f"S{self.supplement}-" if self.supplement else ""

    def papers(self) -> list[Paper]:
        """Every paper merged into the pack, in print order."""
        return [b for section in walk(self.sections) for b in section.blocks if isinstance(b, Paper)]


def walk(sections: Sequence[Section]) -> list[Section]:
    """Every section, depth first, in print order."""
    found: list[Section] = []
    for section in sections:
        found.append(section)
        found.extend(walk(section.children))
    return found


# --- building off the GUI thread ---

Progress = Callable[[int, int, str], None]  # (done, of, what is being done now), called as work goes on
Cancel = Callable[[], bool]  # asked between steps: True stops the build with Cancelled


class Cancelled(Exception):
    """The person who asked for a pack cancelled it: nothing was written."""


def no_progress(done: int, of: int, what: str) -> None:
    """A Progress that tells nobody."""


def never_cancelled() -> bool:
    """A Cancel that never cancels."""
    return False
