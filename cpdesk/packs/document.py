"""The document kit every cpdesk PDF is made with: fonts, page template, styles, bookmarks, metadata.

One kit serves the "You said, we did" sheet (large type, for young people) and the briefing packs
(ordinary type, for members): every size comes from one base size, so both read as one family.

- Text is set in Atkinson Hyperlegible Next, shipped with cpdesk and embedded in the PDF (subset,
  TrueType): the output looks the same on every machine and uses no font of the machine it was made on.
- Pages are A4 with wide margins, the document's title at the top and "Page N of M" at the foot. The
  story is laid out once: each footer, and each page number a contents page gives (PageRef, to where
  a PageMark fell), is a small form XObject that the page draws where it belongs and that is filled
  in once the layout is over and every number is known. Still text, found by search and read aloud;
  and a contents page's numbers cannot move its own lines, so one layout is always right.
- A whole page can be kept for something put there after layout (WholePage: a page of an attached
  PDF merged in with pypdf), so page numbers and contents count it and its header and footer print.
- Headings and blocks become bookmarks (the PDF outline), nested by level, so a reader can jump to
  them; the catalog names the language (/Lang) so screen readers speak it as English.
- Files are written whole or not at all: an unwritable place raises OutputError and leaves nothing.
"""

from __future__ import annotations

import io
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, TableStyle
from reportlab.platypus.flowables import _FUZZ

from cpdesk.config import resources_dir
from cpdesk.domain.files import write_bytes_atomically

FAMILY = "AtkinsonHyperlegibleNext"
FONTS = {  # reportlab's name for each face: the file it is read from
    FAMILY: "AtkinsonHyperlegibleNext_400Regular.ttf",
    f"{FAMILY}-Bold": "AtkinsonHyperlegibleNext_700Bold.ttf",
    f"{FAMILY}-Italic": "AtkinsonHyperlegibleNext_400Regular_Italic.ttf",
    f"{FAMILY}-BoldItalic": "AtkinsonHyperlegibleNext_700Bold_Italic.ttf",
}
REGULAR, BOLD, ITALIC, BOLD_ITALIC = FONTS
PAGE_SIZE = A4
INK = HexColor("#1a1a1a")  # near-black on white: contrast about 17:1
QUIET_INK = HexColor("#404040")  # header, footer, dates: still about 10:1 on white
RULE = HexColor("#5a6673")
SIDE_MARGIN = 22 * mm  # wide enough for large print to be held without a thumb over the words
TEXT_WIDTH = PAGE_SIZE[0] - 2 * SIDE_MARGIN  # the width of the one frame on every page
LEADING = 1.45  # line spacing as a multiple of the type size: large print asks for about 1.5
MIN_FURNITURE_SIZE = 9.0  # the header and footer never go smaller than this

_fonts_lock = threading.Lock()  # packs are built in worker threads; register the faces once per process


def register_fonts() -> str:
    """Register Atkinson Hyperlegible Next (all four faces) with reportlab once; return the family name."""
    with _fonts_lock:
        if FAMILY not in pdfmetrics.getRegisteredFontNames():
            folder = resources_dir() / "fonts" / "atkinson-hyperlegible-next"
            # Bold and italic faces first: the family is complete when its regular face is registered.
            for name in (BOLD, ITALIC, BOLD_ITALIC, REGULAR):
                pdfmetrics.registerFont(TTFont(name, str(folder / FONTS[name])))
            pdfmetrics.registerFontFamily(
                FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
            )
    return FAMILY


# --- text ---

_NOT_PRINTABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def escape(text: str) -> str:
    """Plain text (a user's words) as Paragraph markup: `<` and `&` print as themselves, lines stay lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = _NOT_PRINTABLE.sub("", text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("\n", "<br/>")


def paragraphs_of(text: str) -> list[str]:
    """A user's text cut at blank lines into paragraphs (each still plain text), without empty ones."""
    parts = re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n"))
    return [part.strip() for part in parts if part.strip()]


# --- styles ---


@dataclass(frozen=True)
class Styles:
    """Paragraph styles sized from one base size: 11 pt for members' packs, 16 pt for large type."""

    base_size: float
    body: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading1: ParagraphStyle
    heading2: ParagraphStyle
    heading3: ParagraphStyle
    label: ParagraphStyle  # a short bold lead-in ("You said")
    small: ParagraphStyle  # dates and notes, a step smaller and quieter

    def heading(self, level: int) -> ParagraphStyle:
        """The style of a heading at an outline level (0 is the top; deeper levels share heading3)."""
        return (self.heading1, self.heading2, self.heading3)[max(0, min(level, 2))]

    @property
    def furniture_size(self) -> float:
        """The header's and footer's type size."""
        return max(MIN_FURNITURE_SIZE, round(self.base_size * 0.8, 1))


def make_styles(base_size: float = 11.0) -> Styles:
    """The kit's styles for a body size in points (large type: 14 pt or more)."""
    if not 6 <= base_size <= 48:
        raise ValueError(f"a body size of {base_size} pt is outside 6 to 48 pt")
    register_fonts()
    b = base_size

    def style(
        name: str,
        size: float,
        *,
        font: str = REGULAR,
        before: float = 0.0,
        after: float = 0.0,
        colour: Any = INK,
        keep: bool = False,
    ) -> ParagraphStyle:
        return ParagraphStyle(
            name,
            fontName=font,
            fontSize=size,
            leading=round(size * LEADING, 1),
            spaceBefore=before,
            spaceAfter=after,
            textColor=colour,
            alignment=TA_LEFT,  # ragged right: even word spacing reads more easily than justified text
            keepWithNext=int(keep),
            allowWidows=0,
            allowOrphans=0,
        )

    return Styles(
        base_size=b,
        body=style("Body", b, after=b * 0.6),
        title=style("Title", b * 1.9, font=BOLD, after=b * 0.4, keep=True),
        subtitle=style("Subtitle", b * 1.2, after=b * 0.8, keep=True),
        heading1=style("Heading1", b * 1.5, font=BOLD, before=b * 1.2, after=b * 0.5, keep=True),
        heading2=style("Heading2", b * 1.25, font=BOLD, before=b, after=b * 0.4, keep=True),
        heading3=style("Heading3", b * 1.1, font=BOLD, before=b * 0.8, after=b * 0.3, keep=True),
        label=style("Label", b, font=BOLD, after=b * 0.2, keep=True),
        small=style("Small", max(MIN_FURNITURE_SIZE, b * 0.875), after=b * 0.3, colour=QUIET_INK),
    )


def table_style(styles: Styles, *commands: tuple[object, ...]) -> TableStyle:
    """A TableStyle whose cells default to the kit's font: reportlab's default would bring in Helvetica."""
    return TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, styles.base_size), *commands])


# --- bookmarks ---


class Bookmark(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """An entry in the PDF outline at this place, kept on the page of what follows it."""

    def __init__(self, title: str, level: int = 0, *, name: str = "") -> None:
        super().__init__()
        self.title = " ".join(_NOT_PRINTABLE.sub("", title).split()) or "Untitled"
        self.level = max(0, level)
        self.name = name  # a destination a link can name (`<a href="#name">`); numbered when empty
        self.keepWithNext = 1  # never left alone at the foot of a page, away from what it names

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        canv = self.canv
        count = getattr(canv, "_cpdesk_bookmarks", 0) + 1
        # An outline may go only one level deeper at a time: a skipped level is closed up.
        level = min(self.level, getattr(canv, "_cpdesk_outline_level", -1) + 1)
        canv._cpdesk_bookmarks, canv._cpdesk_outline_level = count, level
        key = self.name or f"cpdesk-{count}"
        canv.bookmarkHorizontal(key, 0, 6)  # a few points above, so the line is not cut at the window's top
        canv.addOutlineEntry(self.title, key, level=level, closed=level > 0)
        canv.showOutline()


def heading(text: str, styles: Styles, level: int = 0, *, outline: str | None = None) -> list[Flowable]:
    """A heading from plain text, bookmarked at its level (outline names it differently if given)."""
    return [Bookmark(outline or text, level), Paragraph(escape(text), styles.heading(level))]


# --- where things fall: marks for a contents page, and pages kept for merging ---


class Marks:
    """Where marked things fell in the layout (`pages`), and the page numbers still to be filled in."""

    def __init__(self) -> None:
        self.pages: dict[str, int] = {}  # a PageMark's key: the page it fell on (its first, if repeated)
        self.kept: dict[int, tuple[float, float, float, float]] = {}  # a WholePage's page: its box
        self.refs: list[tuple[str, PageRef]] = []  # form name: the PageRef that draws it

    def page_of(self, key: str) -> int | None:
        """The page the key's PageMark fell on, once it has been laid out."""
        return self.pages.get(key)


class PageMark(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Notes the page it falls on under a key (a section's start, for the contents page)."""

    def __init__(self, key: str, marks: Marks) -> None:
        super().__init__()
        self.key, self.marks = key, marks
        self.keepWithNext = 1  # on the page of what follows it

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        self.marks.pages.setdefault(self.key, self.canv.getPageNumber())


class PageRef(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """The page number a PageMark's key fell on, right-aligned in one line of a style ("12", "S1-12").

    Drawn as a form filled in after the layout, when the page is known; "…" if the key never fell.
    """

    def __init__(self, key: str, marks: Marks, style: ParagraphStyle, prefix: str = "") -> None:
        super().__init__()
        self.key, self.marks, self.style, self.prefix = key, marks, style, prefix

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = float(self.style.leading)
        return self.width, self.height

    def draw(self) -> None:
        name = f"cpdesk-ref-{len(self.marks.refs) + 1}"
        self.marks.refs.append((name, self))
        self.canv.doForm(name)

    def fill(self, canv: Canvas) -> None:
        """Draw the number in the form (the form's origin is the flowable's)."""
        page = self.marks.page_of(self.key)
        text = f"{self.prefix}{page}" if page else "…"
        canv.setFillColor(self.style.textColor)
        canv.setFont(self.style.fontName, self.style.fontSize)
        # Where a one-line Paragraph of the same style puts its baseline, so the number sits on the line.
        canv.drawRightString(self.width, self.height - self.style.fontSize, text)


def frame_box(styles: Styles) -> tuple[float, float, float, float]:
    """The text frame of every page (x, y, width, height in points): below the header, above the footer."""
    size = styles.furniture_size
    top = 14 * mm + size * 1.6 + 8 * mm
    bottom = 12 * mm + size * 1.6 + 8 * mm
    return SIDE_MARGIN, bottom, PAGE_SIZE[0] - 2 * SIDE_MARGIN, PAGE_SIZE[1] - top - bottom


class WholePage(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """A page of its own, kept for something put there after layout (a page of an attached PDF).

    It starts a new page unless the current one is empty, fills the frame, and notes in `marks.kept`
    the page's number and the frame's box; `decorate(canvas, width, height)` may draw on it (a caption,
    a frame around where the merged page will go). Header and footer print on it as on every page.
    """

    def __init__(
        self,
        styles: Styles,
        marks: Marks,
        decorate: Callable[[Canvas, float, float], None] | None = None,
    ) -> None:
        super().__init__()
        _x, _y, self.width, self.height = frame_box(styles)
        self.marks, self.decorate = marks, decorate

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        # Taller than what is left of a page already begun, so it goes over to a fresh one.
        return self.width, self.height - _FUZZ / 2

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        x, y = self.canv.absolutePosition(0, 0)
        self.marks.kept[self.canv.getPageNumber()] = (float(x), float(y), self.width, self.height)
        if self.decorate is not None:
            self.decorate(self.canv, self.width, self.height)


# --- the document ---


@dataclass(frozen=True)
class DocumentInfo:
    """What the PDF says about itself (File > Properties) and what its header prints."""

    title: str
    author: str  # the council
    subject: str = ""
    keywords: tuple[str, ...] = ()
    lang: str = "en-GB"


PageStyle = Literal["decimal", "roman", "ROMAN", "letters", "LETTERS"]
_LABEL_STYLES: dict[str, str] = {  # by name: its one-letter codes trip reportlab ("R" is found in "ARABIC")
    "decimal": "ARABIC",
    "roman": "ROMAN_LOWER",
    "ROMAN": "ROMAN_UPPER",
    "letters": "LETTERS_LOWER",
    "LETTERS": "LETTERS_UPPER",
}


@dataclass(frozen=True)
class PageLabel:
    """How a viewer numbers pages from first_page (counted from 0) on: i, ii ... for a preface, A-1 ..."""

    first_page: int
    style: PageStyle = "decimal"
    prefix: str = ""
    start: int = 1


@dataclass(frozen=True)
class Furniture:
    """What the top and foot of each page say, when the document's title alone is not enough.

    `header` replaces the title at the top left, `header_right` is said at the top right ("Version 2",
    "Supplement 1"); page numbers read "Page {prefix}N of {prefix}M" ("Page S1-3 of S1-9"); a cover
    (`plain_first_page`) has no header, only its page number.
    """

    header: str | None = None
    header_right: str = ""
    number_prefix: str = ""
    plain_first_page: bool = False


StoryMaker = Callable[[Styles], Sequence[Flowable]]


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Text cut with an ellipsis to fit a width on one line."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class _Template(BaseDocTemplate):  # type: ignore[misc]  # reportlab is untyped
    """A4, one frame, the title above a rule at the top and "Page N of M" at the foot."""

    def __init__(
        self,
        target: io.BytesIO,
        info: DocumentInfo,
        styles: Styles,
        labels: Sequence[PageLabel],
        furniture: Furniture,
        marks: Marks,
    ) -> None:
        self.info, self.styles, self.labels = info, styles, labels
        self.furniture, self.marks = furniture, marks
        size = styles.furniture_size
        height = PAGE_SIZE[1]
        self.header_baseline = height - 14 * mm - size
        self.footer_baseline = 12 * mm
        frame_x, bottom, frame_width, frame_height = frame_box(styles)
        top = height - bottom - frame_height
        super().__init__(
            target,
            pagesize=PAGE_SIZE,
            leftMargin=SIDE_MARGIN,
            rightMargin=SIDE_MARGIN,
            topMargin=top,
            bottomMargin=bottom,
            title=info.title,
            author=info.author,
            subject=info.subject,
            creator="cpdesk",
            keywords=list(info.keywords),
            lang=info.lang,
            displayDocTitle=True,  # viewers show the title, not the file name
            initialFontName=REGULAR,  # so no page refers to Helvetica, not even unused
            initialFontSize=styles.base_size,
            invariant=True,  # no date or random file identifier: the same document gives the same bytes
        )
        frame = Frame(
            frame_x,
            bottom,
            frame_width,
            frame_height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="text",
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._furniture)])

    def _furniture(self, canv: Canvas, doc: Any) -> None:
        size = self.styles.furniture_size
        width, _height = PAGE_SIZE
        page = canv.getPageNumber()
        if page == 1:
            for label in self.labels:
                canv.addPageLabel(
                    label.first_page, _LABEL_STYLES[label.style], label.start, label.prefix or None
                )
        furniture = self.furniture
        canv.saveState()
        canv.setFillColor(QUIET_INK)
        canv.setStrokeColor(RULE)
        canv.setFont(REGULAR, size)
        text_width = width - 2 * SIDE_MARGIN
        if not (page == 1 and furniture.plain_first_page):
            right = furniture.header_right
            if right:
                canv.setFont(BOLD, size)
                canv.drawRightString(width - SIDE_MARGIN, self.header_baseline, right)
                text_width -= pdfmetrics.stringWidth(right, BOLD, size) + size * 2
                canv.setFont(REGULAR, size)
            header = furniture.header if furniture.header is not None else self.info.title
            canv.drawString(SIDE_MARGIN, self.header_baseline, _fit(header, REGULAR, size, text_width))
            canv.setLineWidth(0.75)
            rule_at = self.header_baseline - size * 0.6
            canv.line(SIDE_MARGIN, rule_at, width - SIDE_MARGIN, rule_at)
        canv.restoreState()
        canv.doForm(f"cpdesk-page-{page}")  # "Page N of M", filled in when M is known

    def _endBuild(self) -> None:
        self._doSave = 0
        super()._endBuild()
        canv, size, width = self.canv, self.styles.furniture_size, PAGE_SIZE[0]
        total, prefix = canv.getPageNumber() - 1, self.furniture.number_prefix
        for page in range(1, total + 1):
            canv.beginForm(f"cpdesk-page-{page}")
            canv.setFillColor(QUIET_INK)
            canv.setFont(REGULAR, size)
            text = f"Page {prefix}{page} of {prefix}{total}"
            canv.drawRightString(width - SIDE_MARGIN, self.footer_baseline, text)
            canv.endForm()
        for name, ref in self.marks.refs:
            canv.beginForm(name)
            ref.fill(canv)
            canv.endForm()
        canv.save()


def render(
    story: StoryMaker,
    info: DocumentInfo,
    *,
    base_size: float = 11.0,
    page_labels: Sequence[PageLabel] = (PageLabel(0),),
    furniture: Furniture = Furniture(),
    marks: Marks | None = None,
) -> tuple[bytes, int]:
    """The PDF's bytes and its page count. `story` makes the flowables from the styles; where its
    PageMarks fell and the pages its WholePages kept are noted in `marks`."""
    styles = make_styles(base_size)
    marks = marks if marks is not None else Marks()
    buffer = io.BytesIO()
    template = _Template(buffer, info, styles, page_labels, furniture, marks)
    template.build(list(story(styles)))
    return buffer.getvalue(), int(template.page)


def write_pdf(
    out: Path,
    story: StoryMaker,
    info: DocumentInfo,
    *,
    base_size: float = 11.0,
    page_labels: Sequence[PageLabel] = (PageLabel(0),),
) -> int:
    """Write the document to `out` whole or not at all (OutputError if it cannot); return its page count."""
    data, pages = render(story, info, base_size=base_size, page_labels=page_labels)
    write_bytes_atomically(Path(out), data)
    return pages
