"""A briefing pack as a PDF: cover, contents, every section laid out, and the attached papers merged whole.

The layout is made with the document kit (reportlab), once: a cover, a contents page whose numbers are
where each section really starts, then the sections, each heading bookmarked at its depth. Every
page of an attached paper gets a page of its own (a WholePage), so the contents, the bookmarks and
"Page N of M" count it and its header and footer are printed on it. On that page the paper's page is
drawn as a form XObject, scaled to fit between the header and the footer: pypdf reads the paper, and
its page's content and resources (fonts, images) are copied as they are into reportlab's document,
each shared object once. So the finished file is written once, by reportlab, with its title, author,
subject, language, outline and page labels: nothing is merged afterwards that could drop them, and
no second PDF library parses and rewrites the whole pack.

A paper that is not a readable PDF (damaged, or locked by a password or an encryption pypdf cannot
open) is refused with PaperUnreadable before the layout starts, naming the paper, and nothing is
written. The same Pack gives the same bytes.
"""

from __future__ import annotations

import io
import logging
import zlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.colors import HexColor, white
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfdoc import PDFObject
from reportlab.pdfbase.pdfdoc import format as pdf_format
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
)
from reportlab.platypus import (
    Table as RLTable,
)

from cpdesk.domain.dates import long_date
from cpdesk.domain.files import write_bytes_atomically
from cpdesk.domain.pack_model import (
    EDITIONS,
    Bullets,
    Cancel,
    Cancelled,
    Chart,
    Fields,
    Note,
    Pack,
    Paper,
    Para,
    Progress,
    Section,
    Table,
    never_cancelled,
    no_progress,
    walk,
)
from cpdesk.errors import InputError
from cpdesk.packs.charts import indicator_drawing
from cpdesk.packs.document import (
    BOLD,
    QUIET_INK,
    REGULAR,
    RULE,
    TEXT_WIDTH,
    Bookmark,
    DocumentInfo,
    Furniture,
    Marks,
    PageLabel,
    PageMark,
    PageRef,
    Styles,
    WholePage,
    escape,
    frame_box,
    paragraphs_of,
    render,
    table_style,
)

BODY_SIZE = 10.5  # a members' pack: ordinary type, a little smaller than a letter, as council packs are
CONTENTS_DEPTH = 1  # the contents lists sections and their subsections (agenda items, reports), and papers
CHART_HEIGHT = 0.52  # of the text width
ACCENT = HexColor("#1f3b5a")  # the cover's band and rules: white on it is about 11:1
HEADER_FILL = HexColor("#e4e9ef")  # a table's header row: ink on it is about 15:1
NOTE_FILL = HexColor("#fff4cc")  # a member's own note: a pale yellow like a sticky note, ink on it 16:1
NOTE_RULE = HexColor("#8a6a00")
PAPER_RULE = HexColor("#9aa5b1")  # the thin frame around a merged paper's page
RAG_FILLS = {  # colour only backs up the word, which is always printed
    "red": HexColor("#f6d3d3"),
    "amber": HexColor("#fbe3b5"),
    "green": HexColor("#d3ecd9"),
}
CAPTION_ROOM = 20.0  # points above a merged page for the line that says which paper and page it is


class PaperUnreadable(InputError):
    """An attached paper is no longer a PDF that can be read: the pack is not made and nothing is written."""


# --- the papers, read before anything is laid out ---


@dataclass(frozen=True)
class _PaperPage:
    box: tuple[float, float, float, float]  # the crop box: what a viewer shows of the page
    rotate: int  # clockwise, a multiple of 90

    @property
    def shown(self) -> tuple[float, float]:
        """The page's width and height as a viewer shows it, after its rotation."""
        width, height = self.box[2] - self.box[0], self.box[3] - self.box[1]
        return (height, width) if self.rotate % 180 else (width, height)


@dataclass(frozen=True)
class _ReadPaper:
    paper: Paper
    reader: Any  # pypdf.PdfReader
    pages: tuple[_PaperPage, ...]


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf's warnings about repairs it makes to a paper are not the clerk's concern."""
    log = logging.getLogger("pypdf")
    level = log.level
    log.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        log.setLevel(level)


def _unreadable(paper: Paper, why: str) -> PaperUnreadable:
    return PaperUnreadable(
        f"The paper “{paper.title}” ({paper.file_name}) {why}, so the pack was not made. "
        "Replace the paper on the agenda with a readable copy, or leave it out, and make the pack again."
    )


def _read_paper(paper: Paper) -> _ReadPaper:
    import pypdf
    from pypdf.errors import DependencyError, FileNotDecryptedError

    if not paper.data.startswith(b"%PDF-"):
        raise _unreadable(paper, "is not a PDF")
    try:
        with _quiet_pypdf():
            reader = pypdf.PdfReader(io.BytesIO(paper.data), strict=False)
            if reader.is_encrypted and not reader.decrypt(""):  # a PDF locked against changes only opens
                raise FileNotDecryptedError("a password is needed")
            pages = []
            for page in reader.pages:
                box = page.cropbox
                rotate = int(page.get("/Rotate", 0) or 0) % 360
                pages.append(
                    _PaperPage((float(box.left), float(box.bottom), float(box.right), float(box.top)), rotate)
                )
    except FileNotDecryptedError as exc:
        raise _unreadable(paper, "is protected by a password") from exc
    except DependencyError as exc:
        raise _unreadable(paper, "is encrypted in a way cpdesk cannot open") from exc
    except Exception as exc:  # pypdf's failures on a damaged file are many and unlisted
        if b"/Encrypt" in paper.data:
            raise _unreadable(paper, "is encrypted in a way cpdesk cannot open") from exc
        raise _unreadable(paper, "is damaged and cannot be read") from exc
    if not pages or any(p.shown[0] <= 0 or p.shown[1] <= 0 for p in pages):
        raise _unreadable(paper, "has no pages that can be shown")
    return _ReadPaper(paper, reader, tuple(pages))


def _placement(area: tuple[float, float, float, float], page: _PaperPage) -> tuple[float, ...]:
    """Where a paper page goes in an area (x, y, width, height): scaled to fit, centred, at the top.

    Returns the matrix (a, b, c, d, e, f) that takes the paper page's own coordinates there.
    """
    x, y, width, height = area
    shown_width, shown_height = page.shown
    scale = min(width / shown_width, height / shown_height)
    left = x + (width - shown_width * scale) / 2
    bottom = y + height - shown_height * scale
    x0, y0, x1, y1 = page.box
    w, h = x1 - x0, y1 - y0
    # The page's rotation (clockwise, as a viewer turns it) with its box moved to the origin.
    a, b, c, d, e, f = {
        0: (1, 0, 0, 1, 0, 0),
        90: (0, -1, 1, 0, 0, w),
        180: (-1, 0, 0, -1, w, h),
        270: (0, 1, -1, 0, h, 0),
    }[page.rotate]
    return (
        scale * a,
        scale * b,
        scale * c,
        scale * d,
        scale * (e - a * x0 - c * y0) + left,
        scale * (f - b * x0 - d * y0) + bottom,
    )


def _paper_area(box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    x, y, width, height = box
    return x, y, width, height - CAPTION_ROOM


# --- the layout ---


class _Tick(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Between sections: tells the progress bar, and stops the build if it was cancelled."""

    def __init__(self, step: Callable[[str], None], what: str) -> None:
        super().__init__()
        self.step, self.what = step, what

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        self.step(self.what)


def _style(styles: Styles, name: str, base: ParagraphStyle, **changes: Any) -> ParagraphStyle:
    return ParagraphStyle(name, parent=base, **changes)


class _Layout:
    """The story of one pack: its flowables, with each paper page drawn on the page kept for it."""

    def __init__(self, pack: Pack, papers: Sequence[_ReadPaper], marks: Marks, step: Callable[[str], None]):
        self.pack, self.papers, self.marks, self.step = pack, papers, marks, step
        self.destinations: dict[int, str] = {}  # id of a section: its named destination
        for index, section in enumerate(walk(pack.sections)):
            self.destinations[id(section)] = f"section-{index + 1}"

    def story(self, styles: Styles) -> list[Flowable]:
        self.copiers: dict[int, _Copier] = {}
        self.styles = styles
        self.paper_no = 0
        self.full_page = CondPageBreak(frame_box(styles)[3] - 1)  # a new page unless this one is empty
        flowables: list[Flowable] = []
        if self.pack.show_cover:
            flowables += self.cover()
        if self.pack.contents:
            flowables += self.contents()
        for section in self.pack.sections:
            flowables += self.section(section, 0)
        return flowables

    # --- cover and contents ---

    def cover(self) -> list[Flowable]:
        pack, cover, s = self.pack, self.pack.cover, self.styles
        big = _style(s, "CoverBody", s.title, fontSize=s.base_size * 2.6, leading=s.base_size * 3.2)
        band = _style(s, "Band", s.heading2, textColor=white, spaceBefore=0, spaceAfter=0)
        kind = f"Supplement {pack.supplement} to the briefing pack" if pack.supplement else "Briefing pack"
        flowables: list[Flowable] = [
            Bookmark("Cover", 0),
            Paragraph(escape(cover.council), s.subtitle),
            Spacer(1, s.base_size * 2),
            Paragraph(escape(cover.body), big),
            Paragraph(escape(kind), s.heading1),
            Spacer(1, s.base_size),
        ]
        edition = RLTable([[Paragraph(escape(pack.edition_label), band)]], colWidths=[TEXT_WIDTH])
        edition.setStyle(
            table_style(
                s,
                ("BACKGROUND", (0, 0), (-1, -1), ACCENT),
                ("TOPPADDING", (0, 0), (-1, -1), s.base_size * 0.7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), s.base_size * 0.9),
                ("LEFTPADDING", (0, 0), (-1, -1), s.base_size),
            )
        )
        flowables += [edition, Spacer(1, s.base_size * 1.5)]
        when = [("Date", long_date(cover.day)), ("Time", cover.time), ("Venue", cover.venue)]
        flowables.append(self.fields(tuple((label, text) for label, text in when if text.strip()), big=True))
        if cover.membership:
            flowables.append(Paragraph("Membership", s.heading3))
            flowables += self.bullets(cover.membership)
        if cover.made_for.strip():
            flowables.append(Spacer(1, s.base_size))
            flowables.append(self.fields((("Made for", cover.made_for),), big=True))
            flowables.append(
                Paragraph(
                    "This copy has your own notes and questions in it. They are private to you: "
                    "do not pass it on.",
                    s.small,
                )
            )
        made = f"Made on {long_date(pack.made_on)}"
        if pack.published_on is not None:
            made += f"; published on {long_date(pack.published_on)}"
        flowables += [Spacer(1, s.base_size), Paragraph(escape(made + "."), s.small), PageBreak()]
        return flowables

    def contents(self) -> list[Flowable]:
        s = self.styles
        rows: list[list[Flowable]] = []
        commands: list[tuple[object, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ]

        def line(title: str, key: str, depth: int, destination: str = "") -> None:
            style = s.body if depth == 0 else s.small
            text = escape(title)
            if depth == 0:
                text = f"<b>{text}</b>"
            if destination:
                text = f'<a href="#{destination}">{text}</a>'
            entry = _style(s, f"Contents{depth}", style, leftIndent=depth * s.base_size * 1.6, spaceAfter=0)
            rows.append([Paragraph(text, entry), PageRef(key, self.marks, entry, self.pack.page_prefix)])
            if depth == 0 and len(rows) > 1:
                commands.append(("TOPPADDING", (0, len(rows) - 1), (-1, len(rows) - 1), s.base_size * 0.6))

        def visit(section: Section, depth: int) -> None:
            line(section.title, section.key, depth, self.destinations[id(section)])
            papers = [b for b in section.blocks if isinstance(b, Paper)]
            for paper in papers:
                line(f"Paper: {paper.title}", f"paper:{id(paper)}", depth + 1)
            if depth < CONTENTS_DEPTH:
                for child in section.children:
                    visit(child, depth + 1)

        for section in self.pack.sections:
            visit(section, 0)
        flowables: list[Flowable] = [
            Bookmark("Contents", 0),
            Paragraph("Contents", s.heading1),
        ]
        if rows:
            width = s.base_size * 5
            table = RLTable(rows, colWidths=[TEXT_WIDTH - width, width], repeatRows=0, hAlign="LEFT")
            table.setStyle(table_style(s, *commands))
            flowables.append(table)
        else:
            flowables.append(Paragraph("This pack has no sections.", s.body))
        flowables.append(PageBreak())
        return flowables

    # --- sections and blocks ---

    def section(self, section: Section, depth: int) -> list[Flowable]:
        s = self.styles
        flowables: list[Flowable] = [_Tick(self.step, section.title)] if depth == 0 else []
        if section.new_page:
            flowables.append(self.full_page)
        flowables += [
            PageMark(section.key, self.marks),
            Bookmark(section.title, depth, name=self.destinations[id(section)]),
            Paragraph(escape(section.title), s.heading(depth)),
        ]
        blocks = section.blocks
        for index, block in enumerate(blocks):
            if isinstance(block, Paper) and not (index and isinstance(blocks[index - 1], Paper)):
                flowables.append(self.papers_follow(blocks[index:]))
            flowables += self.block(block, depth)
        for child in section.children:
            flowables += self.section(child, depth + 1)
        return flowables

    def block(self, block: object, depth: int) -> list[Flowable]:
        s = self.styles
        if isinstance(block, Para):
            style = s.small if block.quiet else s.body
            return [Paragraph(escape(text), style) for text in paragraphs_of(block.text)]
        if isinstance(block, Bullets):
            return self.bullets(block.items)
        if isinstance(block, Fields):
            return [self.fields(block.rows), Spacer(1, s.base_size * 0.6)]
        if isinstance(block, Table):
            return self.table(block)
        if isinstance(block, Chart):
            return self.chart(block)
        if isinstance(block, Note):
            return self.note(block)
        if isinstance(block, Paper):
            return self.paper(block, depth)
        raise TypeError(f"a pack has no block of kind {type(block).__name__}")  # a bug: the model changed

    def bullets(self, items: Sequence[str]) -> list[Flowable]:
        s = self.styles
        style = _style(
            s,
            "Bullet",
            s.body,
            leftIndent=s.base_size * 1.4,
            bulletIndent=s.base_size * 0.3,
            bulletFontName=REGULAR,
            spaceAfter=s.base_size * 0.25,
        )
        flowables: list[Flowable] = [Paragraph(escape(item), style, bulletText="•") for item in items]
        if flowables:
            flowables.append(Spacer(1, s.base_size * 0.35))
        return flowables

    def fields(self, rows: Sequence[tuple[str, str]], *, big: bool = False) -> Flowable:
        s = self.styles
        label_style = _style(s, "FieldLabel", s.label, spaceAfter=0, keepWithNext=0)
        text_style = _style(s, "FieldText", s.body, spaceAfter=0)
        if big:
            label_style = _style(s, "BigLabel", label_style, fontSize=s.base_size * 1.15)
            text_style = _style(s, "BigText", text_style, fontSize=s.base_size * 1.15)
        label_width = TEXT_WIDTH * 0.28
        data = [
            [
                Paragraph(escape(label), label_style),
                [Paragraph(escape(p), text_style) for p in paragraphs_of(text)],
            ]
            for label, text in rows
        ]
        table = RLTable(data, colWidths=[label_width, TEXT_WIDTH - label_width], hAlign="LEFT")
        table.setStyle(
            table_style(
                s,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), s.base_size),
                ("TOPPADDING", (0, 0), (-1, -1), s.base_size * 0.25),
                ("BOTTOMPADDING", (0, 0), (-1, -1), s.base_size * 0.35),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, HexColor("#c9d0d8")),
            )
        )
        return table

    def table(self, block: Table) -> list[Flowable]:
        s = self.styles
        cell = _style(
            s, "Cell", s.body, fontSize=s.base_size * 0.9, leading=s.base_size * 0.9 * 1.3, spaceAfter=0
        )
        head = _style(s, "HeadCell", cell, fontName=BOLD)
        columns = len(block.headers) or max((len(r) for r in block.rows), default=1)
        relative = (
            block.widths if len(block.widths) == columns and sum(block.widths) > 0 else (1.0,) * columns
        )
        widths = [TEXT_WIDTH * w / sum(relative) for w in relative]
        data: list[list[Flowable]] = []
        commands: list[tuple[object, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("GRID", (0, 0), (-1, -1), 0.5, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]
        if block.headers:
            data.append([Paragraph(escape(h), head) for h in block.headers])
            commands.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
        for row in block.rows:
            cells = list(row) + [""] * (columns - len(row))
            line = len(data)
            for column, text in enumerate(cells[:columns]):
                fill = RAG_FILLS.get(text.strip().lower())
                if fill is not None:
                    commands.append(("BACKGROUND", (column, line), (column, line), fill))
            data.append([Paragraph(escape(text), cell) for text in cells[:columns]])
        flowables: list[Flowable] = []
        caption = Paragraph(escape(block.caption), s.label) if block.caption.strip() else None
        if not data:
            return [caption] if caption else []
        table = RLTable(
            data, colWidths=widths, repeatRows=1 if block.headers else 0, hAlign="LEFT", splitByRow=1
        )
        table.setStyle(table_style(s, *commands))
        if caption is not None:
            flowables.append(caption)  # the caption's style keeps it with the table
        flowables += [table, Spacer(1, s.base_size)]
        return flowables

    def chart(self, block: Chart) -> list[Flowable]:
        s = self.styles
        drawing = indicator_drawing(
            block.indicator,
            block.series,
            TEXT_WIDTH,
            TEXT_WIDTH * CHART_HEIGHT,
            font_size=max(8.0, s.base_size * 0.8),
        )
        caption = block.values.caption.strip() or block.indicator.name
        return [
            KeepTogether(
                [
                    Paragraph(escape(caption), s.label),
                    drawing,
                    Paragraph(escape(block.summary), s.small),
                ]
            ),
            Spacer(1, s.base_size * 0.6),
        ]

    def note(self, block: Note) -> list[Flowable]:
        s = self.styles
        what = "My question" if block.is_question else "My note"
        label = f"{what}" + (f" · {escape(block.anchor)}" if block.anchor.strip() else "")
        rows: list[list[Flowable]] = [[Paragraph(label, _style(s, "NoteLabel", s.label, keepWithNext=0))]]
        rows += [
            [Paragraph(escape(text), _style(s, "NoteText", s.body, spaceAfter=0))]
            for text in paragraphs_of(block.text)
        ]
        rows.append(
            [Paragraph("Your own words: only in your copy.", _style(s, "NoteSmall", s.small, spaceAfter=0))]
        )
        table = RLTable(rows, colWidths=[TEXT_WIDTH - s.base_size], hAlign="RIGHT", splitByRow=1)
        table.setStyle(
            table_style(
                s,
                ("BACKGROUND", (0, 0), (-1, -1), NOTE_FILL),
                ("LINEBEFORE", (0, 0), (0, -1), 3, NOTE_RULE),
                ("BOX", (0, 0), (-1, -1), 0.5, NOTE_RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), s.base_size),
                ("RIGHTPADDING", (0, 0), (-1, -1), s.base_size),
                ("TOPPADDING", (0, 0), (-1, -1), s.base_size * 0.25),
                ("BOTTOMPADDING", (0, 0), (-1, -1), s.base_size * 0.25),
                ("TOPPADDING", (0, 0), (-1, 0), s.base_size * 0.6),
                ("BOTTOMPADDING", (0, -1), (-1, -1), s.base_size * 0.6),
            )
        )
        return [table, Spacer(1, s.base_size * 0.8)]

    def papers_follow(self, blocks: Sequence[object]) -> Flowable:
        """One line before a run of papers, saying what follows."""
        run: list[str] = []
        for offset, block in enumerate(blocks):
            if not isinstance(block, Paper):
                break
            count = len(self.papers[self.paper_no + offset].pages)
            run.append(f"{escape(block.title)} ({'1 page' if count == 1 else f'{count} pages'})")
        lead = "Attached paper, on the next page" if len(run) == 1 else "Attached papers, from the next page"
        return Paragraph(f"<b>{lead}:</b> {'; '.join(run)}.", self.styles.body)

    def paper(self, block: Paper, depth: int) -> list[Flowable]:
        s = self.styles
        read = self.papers[self.paper_no]
        paper_no = self.paper_no
        self.paper_no += 1
        count = len(read.pages)
        flowables: list[Flowable] = [
            _Tick(self.step, f"Paper: {block.title}"),
            PageMark(f"paper:{id(block)}", self.marks),
            Bookmark(block.title, depth + 1),
        ]
        for index, page in enumerate(read.pages):
            caption = f"{block.title}: page {index + 1} of {count}"
            flowables.append(WholePage(s, self.marks, self._decorate(paper_no, index, page, caption)))
        return flowables

    def _decorate(
        self, paper_no: int, index: int, page: _PaperPage, caption: str
    ) -> Callable[[Canvas, float, float], None]:
        size = self.styles.furniture_size

        def decorate(canv: Canvas, width: float, height: float) -> None:
            read, name = self.papers[paper_no], _form_name(paper_no, index)
            document = canv._doc
            if not document.hasForm(name):
                copier = self.copiers.setdefault(paper_no, _Copier(document, paper_no))
                try:
                    with _quiet_pypdf():
                        _add_form(document, copier, read, index, name)
                except Exception as exc:  # a page pypdf cannot take apart: damage found late
                    raise _unreadable(read.paper, "is damaged and cannot be read") from exc
            area = _paper_area((0, 0, width, height))
            canv.saveState()
            canv.transform(*_placement(area, page))
            canv.doForm(name)
            canv.restoreState()
            canv.saveState()
            canv.setFillColor(QUIET_INK)
            canv.setFont(REGULAR, size)
            canv.drawString(0, height - size, _fitted(caption, size, width))
            _x, _y, area_width, area_height = area
            shown_width, shown_height = page.shown
            scale = min(area_width / shown_width, area_height / shown_height)
            canv.setStrokeColor(PAPER_RULE)
            canv.setLineWidth(0.5)
            left, drawn_height = (width - shown_width * scale) / 2, shown_height * scale
            canv.rect(left, area_height - drawn_height, shown_width * scale, drawn_height, stroke=1, fill=0)
            canv.restoreState()

        return decorate


def _fitted(text: str, size: float, width: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, REGULAR, size) <= width:
        return text
    while text and stringWidth(text + "…", REGULAR, size) > width:
        text = text[:-1]
    return text + "…"


# --- merging: a paper page as a form XObject in reportlab's own document ---


class _Raw(PDFObject):  # type: ignore[misc]  # reportlab is untyped
    """A number, name, string, boolean or null of a paper, written as pypdf writes it."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def format(self, document: Any) -> bytes:
        return self.data


class _Dict(PDFObject):  # type: ignore[misc]
    def __init__(self) -> None:
        self.items: list[tuple[bytes, Any]] = []

    def format(self, document: Any) -> bytes:
        pairs = (key + b" " + pdf_format(value, document) for key, value in self.items)
        return b"<< " + b" ".join(pairs) + b" >>"


class _Array(PDFObject):  # type: ignore[misc]
    def __init__(self) -> None:
        self.items: list[Any] = []

    def format(self, document: Any) -> bytes:
        return b"[ " + b" ".join(pdf_format(value, document) for value in self.items) + b" ]"


class _Stream(PDFObject):  # type: ignore[misc]
    """A stream of a paper with its data as it was (still compressed, still in its own filters)."""

    __RefOnly__ = 1

    def __init__(self, dictionary: _Dict, data: bytes) -> None:
        self.dictionary, self.data = dictionary, data

    def format(self, document: Any) -> bytes:
        head = self.dictionary.format(document)[:-2] + b"/Length %d >>" % len(self.data)
        return head + b"\nstream\n" + self.data + b"\nendstream\n"


def _key(name: str) -> bytes:
    from pypdf.generic import NameObject

    out = io.BytesIO()
    NameObject(name).write_to_stream(out)
    return out.getvalue()


class _Copier:
    """Copies a paper's objects into reportlab's document once each: a font used on 20 pages is one font."""

    SKIPPED = frozenset({"/Parent", "/Length", "/P", "/StructParent", "/StructParents"})

    def __init__(self, document: Any, paper_no: int) -> None:
        self.document, self.paper_no = document, paper_no
        self.done: dict[tuple[int, int], Any] = {}

    def copy(self, value: Any) -> Any:
        from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, StreamObject

        if isinstance(value, IndirectObject):
            key = (value.idnum, value.generation)
            if key not in self.done:
                target = value.get_object()
                if isinstance(target, (DictionaryObject, ArrayObject)):
                    made: Any = _Dict() if isinstance(target, DictionaryObject) else _Array()
                    if isinstance(target, StreamObject):
                        made = _Stream(_Dict(), b"")
                    self.done[key] = self.document.Reference(made)  # before filling: a cycle meets it
                    self.fill(made, target)
                else:
                    self.done[key] = self.copy(target)
            return self.done[key]
        if isinstance(value, StreamObject):
            stream = _Stream(_Dict(), b"")
            self.fill(stream, value)
            return self.document.Reference(stream)
        if isinstance(value, DictionaryObject):
            made_dict = _Dict()
            self.fill(made_dict, value)
            return made_dict
        if isinstance(value, ArrayObject):
            made_array = _Array()
            self.fill(made_array, value)
            return made_array
        out = io.BytesIO()
        value.write_to_stream(out)
        return _Raw(out.getvalue())

    def fill(self, made: Any, source: Any) -> None:
        if isinstance(made, _Stream):
            made.data = source._data  # as stored: decrypted if the paper was, still in its own filters
            made = made.dictionary
        if isinstance(made, _Dict):
            made.items = [
                (_key(str(k)), self.copy(source.raw_get(k))) for k in source if str(k) not in self.SKIPPED
            ]
        else:
            made.items = [self.copy(item) for item in source]


def _form_name(paper_no: int, index: int) -> str:
    return f"cpdeskPaper{paper_no + 1}p{index + 1}"


def _add_form(document: Any, copier: _Copier, read: _ReadPaper, index: int, name: str) -> None:
    """The paper's page as a form XObject in reportlab's document: its content, its resources, its box."""
    from pypdf.generic import ArrayObject

    page = read.reader.pages[index]
    contents = page.get("/Contents")
    if contents is None:
        data = b""
    elif isinstance(contents, ArrayObject):
        data = b"\n".join(part.get_object().get_data() for part in contents)
    else:
        data = contents.get_data()
    form = _Dict()
    box = " ".join(f"{v:g}" for v in read.pages[index].box)
    form.items = [
        (b"/Type", _Raw(b"/XObject")),
        (b"/Subtype", _Raw(b"/Form")),
        (b"/BBox", _Raw(f"[ {box} ]".encode("ascii"))),
        (b"/Filter", _Raw(b"/FlateDecode")),
    ]
    if "/Resources" in page:
        form.items.append((b"/Resources", copier.copy(page.raw_get("/Resources"))))
    document.Reference(_Stream(form, zlib.compress(data, 6)), document.getXObjectName(name))


# --- the whole ---


def _info(pack: Pack) -> DocumentInfo:
    cover = pack.cover
    return DocumentInfo(
        title=pack.title,
        author=cover.council,
        subject=f"{pack.edition_label}: the briefing pack for {cover.body}, {long_date(cover.day)}",
        keywords=("briefing pack", "corporate parenting", EDITIONS[cover.edition]),
    )


def _furniture(pack: Pack) -> Furniture:
    if pack.supplement:
        right = f"Supplement {pack.supplement}"
    elif pack.version > 1:
        right = f"Version {pack.version}"
    else:
        right = ""
    return Furniture(
        header=pack.title,
        header_right=right,
        number_prefix=pack.page_prefix,
        plain_first_page=pack.show_cover,
    )


def render_pack(
    pack: Pack, *, progress: Progress = no_progress, cancelled: Cancel = never_cancelled
) -> tuple[bytes, int]:
    """The pack as PDF bytes and its page count. PaperUnreadable if a paper cannot be read; Cancelled."""
    papers = [_read_paper(paper) for paper in pack.papers()]
    total = len(pack.sections) + len(papers) + 1  # laying out each section and paper, then writing
    done = 0

    def step(what: str) -> None:
        nonlocal done
        if cancelled():
            raise Cancelled()
        done = min(done + 1, total - 1)
        progress(done, total, what)

    progress(0, total, "Laying out the pack")
    marks = Marks()
    layout = _Layout(pack, papers, marks, step)
    data, pages = render(
        layout.story,
        _info(pack),
        base_size=BODY_SIZE,
        page_labels=(PageLabel(0, prefix=pack.page_prefix),),
        furniture=_furniture(pack),
        marks=marks,
    )
    if cancelled():
        raise Cancelled()
    progress(total, total, "Done")
    return data, pages


def write_pack(
    pack: Pack, out: Path, *, progress: Progress = no_progress, cancelled: Cancel = never_cancelled
) -> int:
    """Write the pack's PDF to `out` whole or not at all (OutputError if it cannot); return its page count."""
    data, pages = render_pack(pack, progress=progress, cancelled=cancelled)
    write_bytes_atomically(Path(out), data)
    return pages
