"""The document kit, read back from the PDF: embedded fonts, A4, page numbers, bookmarks, metadata, writes."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pypdf
import pytest
from reportlab.platypus import Flowable, Paragraph, Table

from cpdesk.errors import OutputError
from cpdesk.packs.document import (
    FAMILY,
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
    heading,
    make_styles,
    paragraphs_of,
    register_fonts,
    render,
    table_style,
    write_pdf,
)

INFO = DocumentInfo(
    title="Briefing for the Sub-Committee",
    author="Cambridgeshire County Council",
    subject="Papers for a meeting",
    keywords=("corporate parenting", "briefing"),
)
FILLER = "The committee asked for figures on placement stability and heard from the virtual school. "


def sections(styles: Styles) -> list[Flowable]:
    """Two chapters with parts, long enough to run over several pages, in every face of the family."""
    story: list[Flowable] = []
    for chapter in ("Stability", "Education"):
        story += heading(chapter, styles, 0)
        for part in ("Figures", "What we heard"):
            story += heading(f"{chapter}: {part}", styles, 1)
            story += [Paragraph(escape(FILLER * 6), styles.body) for _ in range(4)]
            story.append(Paragraph("<b>Bold</b> <i>italic</i> <b><i>both</i></b>", styles.body))
    return story


def read(path: Path) -> pypdf.PdfReader:
    return pypdf.PdfReader(path)


def fonts_of(reader: pypdf.PdfReader) -> dict[str, bool]:
    """Every font the pages use: its name and whether the font program is embedded as TrueType."""
    found: dict[str, bool] = {}
    for page in reader.pages:
        for font in page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            found[str(font["/BaseFont"])] = descriptor is not None and "/FontFile2" in descriptor.get_object()
    return found


def outline_titles(outline: list[object]) -> list[object]:
    """The outline as nested lists of titles."""
    return [outline_titles(item) if isinstance(item, list) else item.title for item in outline]  # type: ignore[attr-defined]


@pytest.fixture
def briefing(tmp_path: Path) -> tuple[Path, int]:
    out = tmp_path / "briefing.pdf"
    return out, write_pdf(out, sections, INFO, base_size=11)


def test_every_font_is_atkinson_embedded_as_truetype_and_no_helvetica(briefing: tuple[Path, int]) -> None:
    out, _pages = briefing
    fonts = fonts_of(read(out))
    faces = {name.split("+", 1)[1] for name in fonts}  # after the subset tag ("AAAAAA+")
    assert faces == {
        "AtkinsonHyperlegibleNext-Regular",
        "AtkinsonHyperlegibleNext-Bold",
        "AtkinsonHyperlegibleNext-Italic",
        "AtkinsonHyperlegibleNext-BoldItalic",
    }
    assert all(fonts.values()), fonts
    assert b"Helvetica" not in out.read_bytes()


def test_pages_are_a4_and_each_says_page_n_of_m_under_the_title(briefing: tuple[Path, int]) -> None:
    out, pages = briefing
    reader = read(out)
    assert pages == len(reader.pages) >= 3
    for number, page in enumerate(reader.pages, start=1):
        assert (round(float(page.mediabox.width), 1), round(float(page.mediabox.height), 1)) == (595.3, 841.9)
        lines = page.extract_text().splitlines()
        assert lines[0] == INFO.title
        assert f"Page {number} of {pages}" in lines


def test_metadata_language_and_title_shown(briefing: tuple[Path, int]) -> None:
    out, _pages = briefing
    reader = read(out)
    meta = reader.metadata
    assert meta is not None
    assert (meta.title, meta.author, meta.subject, meta.creator) == (
        INFO.title,
        INFO.author,
        INFO.subject,
        "cpdesk",
    )
    assert meta["/Keywords"] == "corporate parenting, briefing"
    catalog = reader.trailer["/Root"]
    assert catalog["/Lang"] == "en-GB"
    assert catalog["/ViewerPreferences"]["/DisplayDocTitle"] == pypdf.generic.BooleanObject(True)
    assert catalog["/PageMode"] == "/UseOutlines"


def test_headings_become_a_nested_outline_pointing_at_their_pages(briefing: tuple[Path, int]) -> None:
    out, _pages = briefing
    reader = read(out)
    assert outline_titles(reader.outline) == [
        "Stability",
        ["Stability: Figures", "Stability: What we heard"],
        "Education",
        ["Education: Figures", "Education: What we heard"],
    ]
    texts = [page.extract_text() for page in reader.pages]
    flat = [reader.outline[0], *reader.outline[1], reader.outline[2], *reader.outline[3]]
    for entry in flat:
        page = reader.get_destination_page_number(entry)
        assert entry.title in texts[page]
    # "What we heard" of Education is on a later page than Stability's figures
    assert reader.get_destination_page_number(flat[-1]) > reader.get_destination_page_number(flat[1])


def test_a_skipped_outline_level_is_closed_up(tmp_path: Path) -> None:
    def story(styles: Styles) -> list[Flowable]:
        return [*heading("Top", styles, 0), *heading("Too deep", styles, 2), *heading("Next", styles, 0)]

    out = tmp_path / "levels.pdf"
    write_pdf(out, story, INFO)
    assert outline_titles(read(out).outline) == ["Top", ["Too deep"], "Next"]


def test_users_markup_characters_print_as_typed(tmp_path: Path) -> None:
    typed = "Fish & chips <b>not bold</b> 3 < 5 &amp; AT&T"

    def story(styles: Styles) -> list[Flowable]:
        return [
            Bookmark("Q&A <draft>"),
            Paragraph(escape("Q&A <draft>"), styles.body),
            Paragraph(escape(typed), styles.body),
        ]

    out = tmp_path / "markup.pdf"
    write_pdf(out, story, INFO)
    reader = read(out)
    lines = reader.pages[0].extract_text().splitlines()
    assert "Q&A <draft>" in lines
    assert typed in lines
    assert outline_titles(reader.outline) == ["Q&A <draft>"]
    # "<b>" typed by a user is text, not markup: nothing on the page is set in bold
    assert [name.split("+", 1)[1] for name in fonts_of(reader)] == ["AtkinsonHyperlegibleNext-Regular"]


def test_escape_keeps_lines_and_drops_control_characters() -> None:
    assert escape("a\r\nb\x00c\td") == "a<br/>bc d"
    assert paragraphs_of("one\n\n  \n two\nlines \r\n\r\nthree") == ["one", "two\nlines", "three"]


def test_one_kit_makes_large_type_and_normal_type() -> None:
    normal, large = make_styles(11), make_styles(16)
    assert (normal.body.fontSize, large.body.fontSize) == (11, 16)
    for styles in (normal, large):
        body = styles.body.fontSize
        assert body < styles.heading3.fontSize < styles.heading2.fontSize < styles.heading1.fontSize
        assert styles.heading1.fontSize < styles.title.fontSize
        assert styles.body.leading >= 1.4 * body
        assert styles.body.fontName == FAMILY
    with pytest.raises(ValueError, match="outside"):
        make_styles(2)


def test_large_type_takes_more_pages_than_normal_type() -> None:
    _normal, normal_pages = render(sections, INFO, base_size=11)
    _large, large_pages = render(sections, INFO, base_size=16)
    assert large_pages > normal_pages


def test_page_labels_number_a_preface_apart(tmp_path: Path) -> None:
    out = tmp_path / "labels.pdf"
    pages = write_pdf(out, sections, INFO, page_labels=(PageLabel(0, "roman"), PageLabel(2)))
    labels = read(out).page_labels
    assert labels[:3] == ["i", "ii", "1"]
    assert len(labels) == pages


def test_fonts_are_registered_once() -> None:
    assert register_fonts() == register_fonts() == FAMILY


def test_a_folder_that_does_not_exist_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="does not exist"):
        write_pdf(tmp_path / "missing" / "out.pdf", sections, INFO)
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_leaves_the_old_file_and_no_partial_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "briefing.pdf"
    out.write_bytes(b"the old briefing")

    def full_disk(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(OutputError, match="No space left on device"):
        write_pdf(out, sections, INFO)
    assert [p.name for p in tmp_path.iterdir()] == ["briefing.pdf"]
    assert out.read_bytes() == b"the old briefing"


def test_tables_in_the_kits_style_bring_in_no_other_font(tmp_path: Path) -> None:
    def story(styles: Styles) -> list[Flowable]:
        rows = [["Indicator", "Figure"], [Paragraph(escape("Placements <3"), styles.body), "12%"]]
        table = Table(rows)
        table.setStyle(table_style(styles, ("GRID", (0, 0), (-1, -1), 0.5, "black")))
        return [table]

    out = tmp_path / "table.pdf"
    write_pdf(out, story, INFO)
    assert "Placements <3" in read(out).pages[0].extract_text()
    assert [name.split("+", 1)[-1] for name in fonts_of(read(out))] == ["AtkinsonHyperlegibleNext-Regular"]
    assert b"Helvetica" not in out.read_bytes()


def test_a_page_ref_gives_the_page_its_chapter_starts_on_in_one_layout() -> None:
    marks = Marks()
    calls: list[int] = []

    def story(styles: Styles) -> list[Flowable]:
        calls.append(1)
        contents = [Paragraph("Contents", styles.body)]
        for key in ("stability", "education", "missing"):
            contents.append(PageRef(key, marks, styles.body, prefix="S1-"))
        chapters: list[Flowable] = []
        for key in ("stability", "education"):
            chapters += [PageMark(key, marks), *heading(key.title(), styles, 0)]
            chapters += [Paragraph(escape(FILLER * 8), styles.body) for _ in range(6)]
        return contents + chapters

    data, _pages = render(story, INFO, marks=marks)
    reader = pypdf.PdfReader(io.BytesIO(data))
    texts = [page.extract_text() for page in reader.pages]
    start = next(n for n, text in enumerate(texts, 1) if "Education" in text.splitlines())
    assert marks.page_of("education") == start > 1
    assert marks.page_of("stability") == 1
    lines = texts[0].splitlines()
    assert lines[lines.index("Contents") + 1 : lines.index("Contents") + 4] == ["S1-1", f"S1-{start}", "…"]
    assert calls == [1]  # laid out once


def test_a_whole_page_is_kept_with_its_furniture_and_noted() -> None:
    marks = Marks()
    drawn: list[tuple[float, float]] = []

    def story(styles: Styles) -> list[Flowable]:
        return [
            Paragraph("Before", styles.body),
            WholePage(styles, marks, lambda canv, w, h: drawn.append((w, h))),
            WholePage(styles, marks),
            Paragraph("After", styles.body),
        ]

    furniture = Furniture(header="Sub-Committee", header_right="Version 2", number_prefix="S1-")
    data, pages = render(story, INFO, furniture=furniture, marks=marks)
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert pages == 4
    assert sorted(marks.kept) == [2, 3]
    x, y, width, height = marks.kept[2]
    assert (round(width), round(height)) == (round(drawn[-1][0]), round(drawn[-1][1]))
    assert x > 0 and y > 0 and y + height < 841.9
    texts = [page.extract_text() for page in reader.pages]
    assert "Before" in texts[0] and "After" in texts[3]
    for number, text in enumerate(texts, 1):
        assert f"Page S1-{number} of S1-4" in text
        assert "Sub-Committee" in text and "Version 2" in text


def test_a_plain_first_page_has_no_header() -> None:
    data, pages = render(sections, INFO, furniture=Furniture(plain_first_page=True))
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert INFO.title not in reader.pages[0].extract_text()
    assert reader.pages[1].extract_text().splitlines()[0] == INFO.title
    assert f"Page 1 of {pages}" in reader.pages[0].extract_text()


def test_the_same_story_gives_the_same_bytes() -> None:
    assert render(sections, INFO)[0] == render(sections, INFO)[0]
