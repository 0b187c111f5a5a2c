"""The briefing pack's PDF read back: pages, contents, bookmarks, labels, metadata, fonts, merged papers."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from pathlib import Path
from uuid import UUID

import pypdf
import pypdfium2
import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from cpdesk.domain.indicators import Area, Indicator, Value
from cpdesk.domain.pack_model import (
    Bullets,
    Cancelled,
    Chart,
    Cover,
    Fields,
    Note,
    Pack,
    Paper,
    Para,
    Section,
    Table,
)
from cpdesk.errors import OutputError
from cpdesk.packs.briefing_pdf import PaperUnreadable, render_pack, write_pack

COUNCIL = "Cambridgeshire County Council"
BODY = "Corporate Parenting Sub-Committee"
LONG = (
    "The Sub-Committee heard how placement stability has changed over the year and asked officers "
    "to report back on the support given to foster carers. "
)


def uid(n: int) -> UUID:
    return UUID(int=n)


def paper_pdf(name: str, pages: int, size: tuple[float, float] = A4) -> bytes:
    """A real PDF whose page n says "<name> page n", made with reportlab."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=size, invariant=1)
    for page in range(1, pages + 1):
        canvas.setFont("Helvetica-Bold", 18)
        canvas.drawString(72, size[1] - 90, f"{name} page {page}")
        canvas.setFont("Helvetica", 11)
        for line in range(30):
            canvas.drawString(72, size[1] - 120 - 16 * line, f"Line {line + 1} of {name}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def chart() -> Chart:
    council = Area(uid(1), "E10000003", "", "Cambridgeshire", "local_authority")
    england = Area(uid(2), "E92000001", "", "England", "national")
    indicator = Indicator(uid(3), "Care leavers in education", "", "percent", "higher", 60.0, "", (1,))

    def values(area: Area, figures: list[float]) -> tuple[Value, ...]:
        return tuple(
            Value(
                uid(100 + n), indicator.id, area, str(2021 + n), date(2021 + n, 3, 31), f, None, None, "", ""
            )
            for n, f in enumerate(figures)
        )

    return Chart(
        indicator,
        (
            ("council", council, values(council, [50, 55, 61])),
            ("national", england, values(england, [52, 53, 56])),
        ),
        "Cambridgeshire: 61% in 2023 (55% in 2022). England: 56% in 2023.",
        Table("Care leavers in education", ("Period", "Cambridgeshire"), (("2023", "61%"),)),
    )


SUFFICIENCY = Paper.of(uid(20), "Sufficiency strategy", "sufficiency.pdf", 3, paper_pdf("Sufficiency", 3))
MAP = Paper.of(uid(21), "Placement map", "map.pdf", 1, paper_pdf("Map", 1, landscape(A4)))
ACTIONS = Table(
    "The action log",
    ("Ref", "Action", "Status"),
    tuple((f"A{n}", LONG, ("Red", "Amber", "Green")[n % 3]) for n in range(1, 41)),
    (1, 6, 1.5),
)


def make_pack(**changes: object) -> Pack:
    sections = (
        Section(
            "agenda",
            "Agenda",
            (Para("The meeting is held in public."),),
            (
                Section(f"item:{uid(30)}", "Item 1: Apologies", (Para("Apologies were received."),)),
                Section(
                    f"item:{uid(31)}",
                    "Item 2: Sufficiency strategy",
                    (
                        Para("The strategy for homes & placements <2026>."),
                        Note("Why so few carers?", True, "Item 2"),
                    ),
                ),
            ),
            new_page=True,
        ),
        Section(
            "since",
            "Since the last meeting",
            (Bullets(("Three actions done", "One overdue")),),
            new_page=True,
        ),
        Section("actions", "Action log", (ACTIONS,), new_page=True),
        Section(
            "priorities",
            "The strategy's priorities on this agenda",
            (Para("Stable homes."), chart()),
            new_page=True,
        ),
        Section(
            "reports",
            "Reports and papers",
            (),
            (
                Section(
                    f"report:{uid(31)}",
                    "Item 2: Sufficiency strategy",
                    (
                        Fields((("Recommendation", "That the Sub-Committee notes the strategy."),)),
                        SUFFICIENCY,
                        MAP,
                    ),
                ),
            ),
            new_page=True,
        ),
        Section("work_programme", "Work programme", (Para("Next: care leavers' housing."),), new_page=True),
    )
    cover = Cover(
        COUNCIL,
        BODY,
        date(2026, 12, 22),
        "10:00",
        "New Shire Hall",
        ("Cllr A Example (Chair)", "Cllr B Sample"),
        "committee",
    )
    pack = Pack(uid(9), cover, sections, date(2026, 12, 1))
    return replace(pack, **changes)  # type: ignore[arg-type]


def reader_of(data: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(data))


def texts_of(reader: pypdf.PdfReader) -> list[str]:
    return [page.extract_text() for page in reader.pages]


def outline_of(reader: pypdf.PdfReader, outline: list[object] | None = None) -> list[object]:
    """The outline as nested lists of (title, page number from 1)."""
    items = reader.outline if outline is None else outline
    return [
        outline_of(reader, item)
        if isinstance(item, list)
        else (item.title, reader.get_destination_page_number(item) + 1)  # type: ignore[attr-defined]
        for item in items
    ]


def flat(outline: list[object]) -> list[tuple[str, int]]:
    found: list[tuple[str, int]] = []
    for item in outline:
        found += flat(item) if isinstance(item, list) else [item]  # type: ignore[list-item]
    return found


@pytest.fixture(scope="module")
def pack_pdf() -> tuple[bytes, int]:
    return render_pack(make_pack())


def test_every_section_starts_where_its_bookmark_and_contents_say(pack_pdf: tuple[bytes, int]) -> None:
    data, pages = pack_pdf
    reader = reader_of(data)
    texts = texts_of(reader)
    assert len(reader.pages) == pages
    marks = dict(flat(outline_of(reader)))
    contents = texts[1].splitlines()
    assert "Contents" in contents
    for title in (
        "Agenda",
        "Item 1: Apologies",
        "Since the last meeting",
        "Action log",
        "The strategy's priorities on this agenda",
        "Reports and papers",
        "Work programme",
    ):
        page = marks[title]
        assert title in texts[page - 1].splitlines(), title
        # the contents line is the title, then its page number
        at = contents.index(title) if title in contents else contents.index(" " + title)
        assert contents[at + 1].strip() == str(page), title
    assert "Apologies were received." in texts[marks["Item 1: Apologies"] - 1]
    assert "Next: care leavers' housing." in texts[marks["Work programme"] - 1]


def test_bookmarks_nest_items_under_sections_and_papers_under_their_item(pack_pdf: tuple[bytes, int]) -> None:
    data, _pages = pack_pdf
    reader = reader_of(data)
    outline = outline_of(reader)
    assert [entry[0] for entry in outline[:3]] == ["Cover", "Contents", "Agenda"]  # type: ignore[index]
    agenda_children = [title for title, _ in outline[3]]  # type: ignore[union-attr]
    assert agenda_children == ["Item 1: Apologies", "Item 2: Sufficiency strategy"]
    reports_at = [entry[0] if isinstance(entry, tuple) else None for entry in outline].index(
        "Reports and papers"
    )
    report = outline[reports_at + 1]
    assert report[0][0] == "Item 2: Sufficiency strategy"  # type: ignore[index]
    papers = report[1]  # type: ignore[index]
    assert [title for title, _ in papers] == ["Sufficiency strategy", "Placement map"]
    texts = texts_of(reader)
    sufficiency, map_page = papers[0][1], papers[1][1]
    assert "Sufficiency page 1" in texts[sufficiency - 1]
    assert "Sufficiency page 3" in texts[sufficiency + 1]
    assert "Map page 1" in texts[map_page - 1]


def test_page_labels_match_the_printed_numbers_on_every_page_merged_ones_too(
    pack_pdf: tuple[bytes, int],
) -> None:
    data, pages = pack_pdf
    reader = reader_of(data)
    texts = texts_of(reader)
    assert reader.page_labels == [str(n) for n in range(1, pages + 1)]
    for number, text in enumerate(texts, 1):
        assert f"Page {number} of {pages}" in text.splitlines(), number
    merged = [n for n, text in enumerate(texts, 1) if "Sufficiency page" in text or "Map page" in text]
    assert len(merged) == 4
    for number in merged:
        assert BODY in texts[number - 1]  # the header is printed on a merged page too


def test_metadata_language_and_title_are_set_on_the_finished_file(pack_pdf: tuple[bytes, int]) -> None:
    reader = reader_of(pack_pdf[0])
    meta = reader.metadata
    assert meta is not None
    assert meta.title == f"{BODY}, 22 December 2026"
    assert meta.author == COUNCIL
    assert meta.subject is not None and meta.subject.startswith("Committee edition")
    assert BODY in meta.subject
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "en-GB"
    assert root["/ViewerPreferences"]["/DisplayDocTitle"] == pypdf.generic.BooleanObject(True)
    assert root["/PageMode"] == "/UseOutlines"


def test_the_packs_own_pages_use_only_embedded_atkinson_and_papers_keep_theirs_apart(
    pack_pdf: tuple[bytes, int],
) -> None:
    reader = reader_of(pack_pdf[0])
    own: set[str] = set()
    for page in reader.pages:
        resources = page["/Resources"]
        for font in resources.get("/Font", {}).values():
            font = font.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]
            own.add(str(font["/BaseFont"]).split("+", 1)[1])
        # the footer's form and the contents' numbers are the kit's too
        for xobject in resources.get("/XObject", {}).values():
            xobject = xobject.get_object()
            fonts = xobject.get("/Resources", {}).get("/Font", {})
            names = {str(f.get_object()["/BaseFont"]) for f in fonts.values()}
            if any("Helvetica" in name for name in names):
                assert xobject["/BBox"] is not None and "cpdeskPaper" in str(list(resources["/XObject"]))
    assert own <= {
        "AtkinsonHyperlegibleNext-Regular",
        "AtkinsonHyperlegibleNext-Bold",
        "AtkinsonHyperlegibleNext-Italic",
        "AtkinsonHyperlegibleNext-BoldItalic",
    }
    assert "AtkinsonHyperlegibleNext-Bold" in own


def test_a_pack_without_papers_has_no_helvetica_anywhere() -> None:
    pack = make_pack()
    sections = tuple(s for s in pack.sections if s.key != "reports")
    data, _pages = render_pack(replace(pack, sections=sections))
    assert b"Helvetica" not in data
    assert b"AtkinsonHyperlegibleNext" in data


def test_rag_is_said_in_words_and_a_members_note_is_boxed_as_theirs(pack_pdf: tuple[bytes, int]) -> None:
    data, _pages = pack_pdf
    texts = texts_of(reader_of(data))
    everything = "\n".join(texts)
    lines = everything.splitlines()
    assert {"Red", "Amber", "Green"} <= set(lines)
    assert "The strategy for homes & placements <2026>." in everything  # a user's words, as typed
    assert "My question · Item 2" in lines
    assert "Why so few carers?" in lines
    assert "Cambridgeshire: 61% in 2023 (55% in 2022). England: 56% in 2023." in lines


def test_the_action_logs_header_row_is_repeated_on_each_page(pack_pdf: tuple[bytes, int]) -> None:
    data, _pages = pack_pdf
    texts = texts_of(reader_of(data))
    pages = [
        [line.strip() for line in text.splitlines()]
        for text in texts
        if "\nA40\n" in text or "\nA1\n" in text
    ]
    assert len(pages) == 2  # the first and last rows are on different pages
    for lines in pages:
        assert (
            lines.index("Ref")
            < lines.index("Action")
            < lines.index("Status")
            < lines.index("A1" if "A1" in lines else "A40")
        )


def test_a_supplement_is_numbered_s1_and_labelled_to_match() -> None:
    data, pages = render_pack(make_pack(supplement=1))
    reader = reader_of(data)
    texts = texts_of(reader)
    assert reader.page_labels == [f"S1-{n}" for n in range(1, pages + 1)]
    for number, text in enumerate(texts, 1):
        assert f"Page S1-{number} of S1-{pages}" in text
    assert "Supplement 1 to the committee edition" in texts[0]
    contents = texts[1].splitlines()
    assert contents[contents.index("Agenda") + 1] == "S1-3"


def test_a_reissued_pack_says_version_2_on_every_page() -> None:
    data, _pages = render_pack(make_pack(version=2))
    texts = texts_of(reader_of(data))
    assert "Committee edition, version 2" in texts[0]
    for number, text in enumerate(texts, 1):
        assert "version 2" in text.lower(), number


def test_a_members_edition_says_whose_copy_it_is_on_the_cover() -> None:
    pack = make_pack()
    pack = replace(pack, cover=replace(pack.cover, edition="member", made_for="Cllr B Sample"))
    data, _pages = render_pack(pack)
    cover = texts_of(reader_of(data))[0]
    assert "Member's edition" in cover
    assert "Made for" in cover and "Cllr B Sample" in cover


def test_the_same_pack_gives_the_same_bytes(pack_pdf: tuple[bytes, int]) -> None:
    again, _pages = render_pack(make_pack())
    assert again == pack_pdf[0]


def test_a_merged_landscape_page_is_scaled_inside_the_margins(
    pack_pdf: tuple[bytes, int], tmp_path: Path
) -> None:
    data, _pages = pack_pdf
    reader = reader_of(data)
    number = next(n for n, text in enumerate(texts_of(reader)) if "Map page 1" in text)
    assert [round(float(v), 1) for v in reader.pages[number].mediabox] == [0, 0, 595.3, 841.9]
    page = pypdfium2.PdfDocument(data)[number]
    image = page.render(scale=1).to_pil().convert("L")
    image.save(tmp_path / "map.png")
    dark = [
        (x, y)
        for x in range(0, image.width, 2)
        for y in range(0, image.height, 2)
        if image.getpixel((x, y)) < 128
    ]
    xs = [x for x, _ in dark]
    # the paper's words are inside the side margins, below the header's rule and above the footer
    assert min(xs) >= 55 and max(xs) <= image.width - 55
    text_rows = [y for x, y in dark if 100 < y < image.height - 100]
    assert text_rows, "the paper's page is drawn"
    # the landscape page is shrunk: its 30 lines fit in well under half the page's height
    assert max(text_rows) - min(text_rows) < image.height / 2


def test_write_pack_writes_the_whole_file(tmp_path: Path) -> None:
    out = tmp_path / "pack.pdf"
    pages = write_pack(make_pack(), out)
    assert len(reader_of(out.read_bytes()).pages) == pages


def test_an_unreadable_paper_is_refused_by_name_and_nothing_is_written(tmp_path: Path) -> None:
    broken = Paper.of(uid(40), "Budget report", "budget.pdf", 2, b"%PDF-1.4\nthis is not really a PDF")
    pack = make_pack()
    reports = pack.sections[4]
    report = replace(reports.children[0], blocks=(*reports.children[0].blocks, broken))
    pack = replace(
        pack, sections=(*pack.sections[:4], replace(reports, children=(report,)), *pack.sections[5:])
    )
    out = tmp_path / "pack.pdf"
    with pytest.raises(PaperUnreadable, match=r"“Budget report” \(budget\.pdf\) is damaged"):
        write_pack(pack, out)
    assert list(tmp_path.iterdir()) == []


def test_a_paper_that_is_not_a_pdf_or_is_locked_says_so(tmp_path: Path) -> None:
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(paper_pdf("Secret", 1)))
    writer.encrypt("letmein", algorithm="RC4-128")
    locked = io.BytesIO()
    writer.write(locked)
    pack = make_pack()
    for paper, words in (
        (Paper.of(uid(41), "Minutes", "minutes.docx", 1, b"PK\x03\x04 a Word file"), "is not a PDF"),
        (Paper.of(uid(42), "Secret report", "secret.pdf", 1, locked.getvalue()), "protected by a password"),
    ):
        lone = replace(pack, sections=(Section("reports", "Reports and papers", (paper,)),))
        with pytest.raises(PaperUnreadable, match=words) as caught:
            write_pack(lone, tmp_path / "pack.pdf")
        assert paper.title in str(caught.value) and paper.file_name in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_progress_is_told_and_cancel_stops_with_nothing_written(tmp_path: Path) -> None:
    seen: list[tuple[int, int, str]] = []
    render_pack(make_pack(), progress=lambda done, of, what: seen.append((done, of, what)))
    assert seen[-1][0] == seen[-1][1]
    assert [done for done, _of, _what in seen] == sorted(done for done, _of, _what in seen)
    assert any(what == "Action log" for _done, _of, what in seen)
    assert any("Sufficiency strategy" in what for _done, _of, what in seen)

    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 2

    out = tmp_path / "pack.pdf"
    with pytest.raises(Cancelled):
        write_pack(make_pack(), out, cancelled=cancelled)
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_place_is_an_output_error(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="does not exist"):
        write_pack(make_pack(), tmp_path / "missing" / "pack.pdf")


def test_the_cover_and_a_merged_page_look_right(pack_pdf: tuple[bytes, int], tmp_path: Path) -> None:
    data, _pages = pack_pdf
    document = pypdfium2.PdfDocument(data)
    cover = document[0].render(scale=1).to_pil().convert("RGB")
    cover.save(tmp_path / "cover.png")
    # the edition band is dark blue with white words on it, across the text width
    band = [cover.getpixel((x, y)) for x in range(70, 520, 10) for y in range(200, 320, 4)]
    assert sum(1 for r, g, b in band if (r, g, b) == (0x1F, 0x3B, 0x5A)) > 50
