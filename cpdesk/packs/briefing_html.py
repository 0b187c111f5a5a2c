"""The accessible HTML edition of a briefing pack: the same Pack as the PDF, for screen readers and big text.

Open-source reportlab cannot tag a PDF, so a screen reader gets this instead: one self-contained
file (no scripts, nothing fetched, styles inline) with the language set, a skip link, a contents
list, one h1 and headings that never skip a level, real lists, tables with header cells, charts
with their figures as tables, and each attached paper's words page by page. Every word a user wrote
is escaped: it is shown as text, never read as markup.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from html import escape as _html_escape
from pathlib import Path

from cpdesk.domain.dates import long_date
from cpdesk.domain.files import write_bytes_atomically
from cpdesk.domain.pack_model import (
    SECTIONS,
    Block,
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
from cpdesk.domain.paper_text import page_texts
from cpdesk.packs.document import paragraphs_of

LANGUAGE = "en-GB"
# Control characters, lone surrogates and non-characters cannot stand in an HTML document (or be
# written as UTF-8): they are dropped, as the PDF drops them.
_NOT_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_NOT_ID = re.compile(r"[^A-Za-z0-9_-]+")
_SVG_ID = re.compile(r'\bid="([^"]+)"')

STYLE = """
:root { color-scheme: light; }
html { font-size: 100%; }
body {
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial,
    sans-serif;
  font-size: 1.15rem; line-height: 1.5; color: #111; background: #fff;
  max-width: 40em; margin: 0 auto; padding: 1rem 1.25rem 3rem; overflow-wrap: break-word;
}
h1, h2, h3, h4, h5, h6, [role="heading"] { line-height: 1.25; margin: 1.6em 0 0.5em; font-weight: bold; }
h1 { font-size: 2rem; margin-top: 0.5em; }
h2 { font-size: 1.6rem; border-bottom: 2px solid #111; padding-bottom: 0.15em; }
h3 { font-size: 1.35rem; }
h4 { font-size: 1.2rem; }
h5, h6, [role="heading"] { font-size: 1.1rem; }
p, ul, ol, dl, table, figure, aside { margin: 0 0 1em; }
a { color: #0b3d91; text-decoration: underline; text-underline-offset: 0.15em; }
a:visited { color: #4b2a85; }
a:focus-visible { outline: 3px solid #111; outline-offset: 2px; background: #ffdd00; color: #111; }
.table-wrap:focus-visible { outline: 3px solid #111; outline-offset: 2px; }
main:focus { outline: none; }
.skip:not(:focus) {
  position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap;
}
.skip { display: inline-block; padding: 0.5em 0.75em; }
.edition { font-size: 1.25rem; font-weight: bold; }
.quiet { color: #3d3d3d; }
dt { font-weight: bold; }
dd { margin: 0 0 0.6em 1.5em; }
nav ol { padding-left: 1.5em; }
.table-wrap { overflow-x: auto; margin: 0 0 1em; }
table { border-collapse: collapse; min-width: 100%; }
caption { text-align: left; font-weight: bold; padding: 0.25em 0; }
th, td { border: 1px solid #555; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
thead th { background: #e8e8e8; }
tbody th { font-weight: bold; background: #f5f5f5; }
figure { margin-left: 0; margin-right: 0; }
figcaption { margin-bottom: 0.5em; }
svg { max-width: 100%; height: auto; }
.note { border-left: 0.4em solid #0b3d91; background: #eef2fa; padding: 0.5em 0.75em; }
.note-label { font-weight: bold; margin-bottom: 0.25em; }
.paper-page { border-top: 1px solid #999; }
@media print {
  body { max-width: none; font-size: 11pt; padding: 0; }
  .skip, nav { display: none; }
  a { color: #111; text-decoration: none; }
  h1, h2, h3, h4, h5, h6, [role="heading"], caption, figcaption, dt, .note-label { break-after: avoid; }
  tr, figure, aside, dd { break-inside: avoid; }
  thead { display: table-header-group; }
  .new-page { break-before: page; }
  .table-wrap { overflow: visible; }
  .note { background: none; border: 1px solid #111; border-left-width: 0.4em; }
}
"""


def render_html(
    pack: Pack,
    *,
    drawings: bool = True,
    progress: Progress = no_progress,
    cancelled: Cancel = never_cancelled,
) -> str:
    """The pack as one self-contained, accessible HTML document.

    `drawings` adds each chart as an inline SVG picture beside its table of figures; the figures
    and the chart's summary are there either way. Progress is told section by section, and a
    cancelled build raises Cancelled between sections.
    """
    return _Writer(pack, drawings, progress, cancelled).document()


def write_html(
    pack: Pack,
    out: Path,
    *,
    drawings: bool = True,
    progress: Progress = no_progress,
    cancelled: Cancel = never_cancelled,
) -> None:
    """Write the HTML edition to `out`, whole or not at all (OutputError says why; Cancelled writes nothing).

    A member's edition holds their own notes, so it is written readable by its owner only.
    """
    data = render_html(pack, drawings=drawings, progress=progress, cancelled=cancelled).encode("utf-8")
    write_bytes_atomically(Path(out), data, private=pack.cover.edition == "member")


# --- text ---


def text_of(text: str) -> str:
    """Plain text (a user's words) as HTML text: escaped, unprintable characters dropped, lines kept."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = _html_escape(_NOT_TEXT.sub("", text), quote=True)
    return text.replace("\n", "<br>")


def _has_words(text: str) -> bool:
    return bool(_NOT_TEXT.sub("", text).strip())


def _paragraphs(text: str, attributes: str = "") -> str:
    return "".join(f"<p{attributes}>{text_of(part)}</p>" for part in paragraphs_of(text))


def _heading(level: int, text: str, id_: str = "") -> str:
    """h2 to h6; deeper than HTML's six levels, a heading role with its level, so none is skipped."""
    ident = f' id="{id_}"' if id_ else ""
    if level <= 6:
        return f"<h{level}{ident}>{text_of(text)}</h{level}>"
    return f'<p role="heading" aria-level="{level}"{ident}>{text_of(text)}</p>'


class _Ids:
    """Unique ids for the document, readable where they come from a section's stable key."""

    def __init__(self) -> None:
        self._used: set[str] = {"main", "contents-heading"}

    def taken(self, ident: str) -> bool:
        return ident in self._used

    def reserve(self, ident: str) -> None:
        self._used.add(ident)

    def make(self, wanted: str) -> str:
        base = _NOT_ID.sub("-", wanted).strip("-") or "part"
        if not base[0].isalpha():
            base = f"s-{base}"
        candidate, count = base, 1
        while candidate in self._used:
            count += 1
            candidate = f"{base}-{count}"
        self._used.add(candidate)
        return candidate


# --- the document ---


class _Writer:
    def __init__(self, pack: Pack, drawings: bool, progress: Progress, cancelled: Cancel) -> None:
        self.pack = pack
        self.drawings = drawings
        self.progress, self.cancelled = progress, cancelled
        self.done, self.of = 0, len(walk(pack.sections))
        self.ids = _Ids()
        self.cover_id = self.ids.make("cover") if pack.show_cover else ""
        self.section_ids: dict[int, str] = {}
        self._assign(pack.sections)

    def _assign(self, sections: Iterable[Section]) -> None:
        for section in sections:
            self.section_ids[id(section)] = self.ids.make(section.key)
            self._assign(section.children)

    def document(self) -> str:
        pack = self.pack
        title = f"{pack.title} \N{EM DASH} {pack.edition_label}"
        parts = [
            "<!DOCTYPE html>",
            f'<html lang="{LANGUAGE}">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{text_of(title)}</title>",
            f'<meta name="description" content="{text_of(pack.edition_label)}">',
            f"<style>{STYLE}</style>",
            "</head>",
            "<body>",
            '<a class="skip" href="#main">Skip to main content</a>',
            self._header(),
        ]
        if pack.contents:
            parts.append(self._contents())
        parts.append('<main id="main" tabindex="-1">')
        if pack.show_cover:
            parts.append(self._cover())
        for section in pack.sections:
            parts.append(self._section(section, 2))
        parts += ["</main>", "</body>", "</html>", ""]
        self.progress(self.of, self.of, "Accessible edition: done")
        return "\n".join(parts)

    def _header(self) -> str:
        pack = self.pack
        label = pack.edition_label
        if pack.version > 1 and f"version {pack.version}" not in label:
            label += f", version {pack.version}"  # a supplement to a reissued pack
        lines = [
            "<header>",
            f"<h1>{text_of(pack.title)}</h1>",
            f'<p class="edition">{text_of(label)}</p>',
        ]
        if pack.published_on is not None:
            lines.append(f"<p>Published on {text_of(long_date(pack.published_on))}.</p>")
        else:
            lines.append(f"<p>Made on {text_of(long_date(pack.made_on))}; not published.</p>")
        lines.append("</header>")
        return "\n".join(lines)

    def _contents(self) -> str:
        entries = []
        if self.pack.show_cover:
            entries.append(f'<li><a href="#{self.cover_id}">{text_of(SECTIONS["cover"])}</a></li>')
        entries.append(self._contents_entries(self.pack.sections))
        return (
            '<nav aria-labelledby="contents-heading">\n'
            f'<h2 id="contents-heading">{text_of(SECTIONS["contents"])}</h2>\n'
            f"<ol>{''.join(entries)}</ol>\n"
            "</nav>"
        )

    def _contents_entries(self, sections: Iterable[Section]) -> str:
        lines = []
        for section in sections:
            inner = f"<ol>{self._contents_entries(section.children)}</ol>" if section.children else ""
            target = self.section_ids[id(section)]
            lines.append(f'<li><a href="#{target}">{text_of(section.title)}</a>{inner}</li>')
        return "".join(lines)

    def _cover(self) -> str:
        pack, cover = self.pack, self.pack.cover
        rows = [
            ("Council", text_of(cover.council)),
            ("Meeting of", text_of(cover.body)),
            ("Date", text_of(long_date(cover.day))),
            ("Time", text_of(cover.time)),
            ("Venue", text_of(cover.venue)),
        ]
        if cover.membership:
            members = "".join(f"<li>{text_of(member)}</li>" for member in cover.membership)
            rows.append(("Membership", f"<ul>{members}</ul>"))
        rows.append(("Edition", text_of(pack.edition_label)))
        if pack.version > 1:
            rows.append(("Version", str(pack.version)))
        if cover.made_for:
            rows.append(("Copy for", text_of(cover.made_for)))
        rows.append(("Made on", text_of(long_date(pack.made_on))))
        if pack.published_on is not None:
            rows.append(("Published on", text_of(long_date(pack.published_on))))
        body = "".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in rows if value)
        heading = _heading(2, SECTIONS["cover"], self.cover_id)
        return f'<section class="cover">\n{heading}\n<dl>{body}</dl>\n</section>'

    def _section(self, section: Section, level: int) -> str:
        if self.cancelled():
            raise Cancelled
        self.progress(self.done, self.of, f"Accessible edition: {section.title}")
        self.done += 1
        classes = ' class="new-page"' if section.new_page else ""
        parts = [f"<section{classes}>", _heading(level, section.title, self.section_ids[id(section)])]
        parts += [self._block(block, level, section.title) for block in section.blocks]
        parts += [self._section(child, level + 1) for child in section.children]
        parts.append("</section>")
        return "\n".join(part for part in parts if part)

    # --- blocks ---

    def _block(self, block: Block, level: int, where: str) -> str:
        if isinstance(block, Para):
            return _paragraphs(block.text, ' class="quiet"' if block.quiet else "")
        if isinstance(block, Bullets):
            items = [item for item in block.items if item.strip()]
            if not items:
                return ""
            return "<ul>" + "".join(f"<li>{text_of(item)}</li>" for item in items) + "</ul>"
        if isinstance(block, Fields):
            if not block.rows:
                return ""
            rows = "".join(f"<dt>{text_of(label)}</dt><dd>{text_of(text)}</dd>" for label, text in block.rows)
            return f"<dl>{rows}</dl>"
        if isinstance(block, Table):
            return self._table(block, where)
        if isinstance(block, Chart):
            return self._chart(block, where)
        if isinstance(block, Note):
            return self._note(block)
        if isinstance(block, Paper):
            return self._paper(block, level + 1)
        raise TypeError(f"a pack cannot show a {type(block).__name__}")  # pragma: no cover

    def _table(self, table: Table, where: str) -> str:
        width = max([len(table.headers), *(len(row) for row in table.rows)])
        if width == 0:
            return ""
        # Every column has a header a screen reader can announce, even one the data left unnamed.
        headers = [
            table.headers[n] if n < len(table.headers) and _has_words(table.headers[n]) else f"Column {n + 1}"
            for n in range(width)
        ]
        rows = [tuple(row) + ("",) * (width - len(row)) for row in table.rows]
        # The first column names the row (an action, a period) when every row has its own name there.
        first = [_NOT_TEXT.sub("", row[0]).strip() for row in rows]
        row_headers = width > 1 and bool(rows) and all(first) and len(set(first)) == len(first)
        caption_id = self.ids.make("table")
        caption = next((text for text in (table.caption, where) if _has_words(text)), "Table")
        head = "".join(f'<th scope="col">{text_of(header)}</th>' for header in headers)
        body = []
        for row in rows:
            cells = []
            for n, cell in enumerate(row):
                if n == 0 and row_headers:
                    cells.append(f'<th scope="row">{text_of(cell)}</th>')
                else:
                    cells.append(f"<td>{text_of(cell)}</td>")
            body.append(f"<tr>{''.join(cells)}</tr>")
        # A wide table scrolls inside its own box at 200% zoom, reachable and named for the keyboard.
        return (
            f'<div class="table-wrap" role="region" aria-labelledby="{caption_id}" tabindex="0">'
            f'<table><caption id="{caption_id}">{text_of(caption)}</caption>'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table></div>"
        )

    def _chart(self, chart: Chart, where: str) -> str:
        name = chart.indicator.name
        parts = [
            "<figure>",
            f"<figcaption><strong>{text_of(name)}</strong>. {text_of(chart.summary)}</figcaption>",
        ]
        if self.drawings:
            parts.append(self._svg(chart))
        parts.append(self._table(chart.values, f"{name}: the figures"))
        parts.append("</figure>")
        return "\n".join(parts)

    def _svg(self, chart: Chart) -> str:
        """The chart drawn as the PDF draws it, as inline SVG with an accessible name."""
        from reportlab.graphics import renderSVG  # only when a pack has charts

        from cpdesk.packs.charts import indicator_drawing

        drawing = indicator_drawing(chart.indicator, chart.series, 460.0, 260.0, font_size=9.0)
        svg: str = renderSVG.drawToString(drawing)
        svg = svg[svg.index("<svg") :]
        # Several charts share one document: each one's own ids (its clipping path) are made unique.
        own = ["title", *_SVG_ID.findall(svg)]
        prefix = self.ids.make("chart")
        while any(self.ids.taken(f"{prefix}-{name}") for name in own):
            prefix = self.ids.make("chart")
        for name in own:
            self.ids.reserve(f"{prefix}-{name}")
        svg = _SVG_ID.sub(lambda m: f'id="{prefix}-{m.group(1)}"', svg)
        svg = svg.replace("url(#", f"url(#{prefix}-").replace('href="#', f'href="#{prefix}-')
        svg = re.sub(r"<desc>.*?</desc>\s*", "", svg, count=1, flags=re.S)
        title = f"Line chart of {chart.indicator.name}; its figures are in the table below."
        title_id = f"{prefix}-title"
        svg = re.sub(
            r"<title>.*?</title>",
            lambda _m: f'<title id="{title_id}">{text_of(title)}</title>',
            svg,
            count=1,
            flags=re.S,
        )
        return svg.replace("<svg ", f'<svg role="img" aria-labelledby="{title_id}" focusable="false" ', 1)

    def _note(self, note: Note) -> str:
        label_id = self.ids.make("note")
        kind = "My question" if note.is_question else "My note"
        anchor = f" \N{EM DASH} {text_of(note.anchor)}" if note.anchor.strip() else ""
        return (
            f'<aside class="note" aria-labelledby="{label_id}">'
            f'<p class="note-label" id="{label_id}">{kind}{anchor}</p>'
            f"{_paragraphs(note.text) or '<p>(empty)</p>'}</aside>"
        )

    def _paper(self, paper: Paper, level: int) -> str:
        pages = "page" if paper.page_count == 1 else "pages"
        parts = [
            '<section class="paper">',
            _heading(level, paper.title, self.ids.make(f"paper-{paper.paper_id}")),
            "<dl>"
            f"<dt>File</dt><dd>{text_of(paper.file_name)}</dd>"
            f"<dt>Length</dt><dd>{paper.page_count} {pages}</dd>"
            "</dl>",
        ]
        texts = list(paper.texts) or (page_texts(paper.data) if paper.data else [])
        if not texts:
            parts.append("<p>The words of this paper could not be read; see the PDF pack for it.</p>")
        for number, text in enumerate(texts, 1):
            parts.append('<section class="paper-page">')
            parts.append(_heading(level + 1, f"{paper.title}: page {number} of {len(texts)}"))
            parts.append(_paragraphs(text) or "<p>This page has no text (it may be a picture or a scan).</p>")
            parts.append("</section>")
        parts.append("</section>")
        return "\n".join(parts)
