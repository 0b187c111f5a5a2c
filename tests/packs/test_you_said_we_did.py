"""The "You said, we did" sheet read back from the PDF: young people's words, what happened, nothing else."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pypdf
import pypdfium2
import pytest

from cpdesk.domain.voice_sheet import Sheet, SheetBlock
from cpdesk.errors import OutputError
from cpdesk.packs.you_said_we_did import write_sheet

COUNCIL = "Cambridgeshire County Council"
POCKET = SheetBlock(
    theme="Pocket money",
    you_said="Our pocket money has not gone up in three years & things cost more. Can it go up?",
    outcome="done",
    we_did="From April, pocket money went up by £2 a week for everyone aged 11 to 17.",
    raised_on=date(2026, 3, 3),
    done_on=date(2026, 5, 12),
)
FILES = SheetBlock(
    theme="",
    you_said="We want to see our files without waiting months. <Please> make it quicker.",
    outcome="in_progress",
    we_did="",
    raised_on=date(2026, 3, 3),
    done_on=None,
)
WIFI = SheetBlock(
    theme="Wi-Fi in homes",
    you_said="Some homes have no Wi-Fi so we cannot do homework.",
    outcome="not_possible",
    we_did="The homes are run by a company, not by us. We have asked them to fix it.",
    raised_on=date(2026, 1, 14),
    done_on=date(2026, 4, 2),
)
SHEET = Sheet(
    council=COUNCIL, since=date(2026, 1, 1), made_on=date(2026, 5, 20), blocks=(POCKET, FILES, WIFI)
)


def words(text: str) -> str:
    return " ".join(text.split())


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(path).pages]


def content(path: Path) -> str:
    """The sheet's words in reading order, without each page's title line and page number."""
    texts = page_texts(path)
    kept = []
    for number, text in enumerate(texts, start=1):
        lines = text.splitlines()
        assert lines[0] == "You said, we did"
        assert f"Page {number} of {len(texts)}" in lines
        kept += [line for line in lines[1:] if line != f"Page {number} of {len(texts)}"]
    return words(" ".join(kept))


@pytest.fixture
def sheet_pdf(tmp_path: Path) -> tuple[Path, int]:
    out = tmp_path / "you-said-we-did.pdf"
    return out, write_sheet(SHEET, out)


def test_the_sheet_says_what_was_said_and_done_and_nothing_else(sheet_pdf: tuple[Path, int]) -> None:
    out, pages = sheet_pdf
    assert pages == len(page_texts(out))
    assert content(out) == words(
        "You said, we did From Cambridgeshire County Council "
        "You told us what should change. Here is what we did about it. "
        "It covers what you told us from 1 January 2026 to 20 May 2026. "
        "Pocket money You said "
        "Our pocket money has not gone up in three years & things cost more. Can it go up? "
        "We did From April, pocket money went up by £2 a week for everyone aged 11 to 17. "
        "Raised in March 2026 · Done in May 2026 "
        "You said We want to see our files without waiting months. <Please> make it quicker. "
        "We are still working on this Raised in March 2026 "
        "Wi-Fi in homes You said Some homes have no Wi-Fi so we cannot do homework. "
        "We could not do this, because "
        "The homes are run by a company, not by us. We have asked them to fix it. "
        "Raised in January 2026 · Answered in April 2026"
    )


def test_each_block_is_one_bookmark_on_the_page_that_shows_it(sheet_pdf: tuple[Path, int]) -> None:
    out, _pages = sheet_pdf
    reader = pypdf.PdfReader(out)
    assert [entry.title for entry in reader.outline] == [
        "Pocket money",
        "We want to see our files without waiting…",
        "Wi-Fi in homes",
    ]
    texts = page_texts(out)
    for entry, block in zip(reader.outline, SHEET.blocks, strict=True):
        assert block.you_said in words(texts[reader.get_destination_page_number(entry)])


def test_a_block_is_kept_together_on_one_page(tmp_path: Path) -> None:
    many = replace(SHEET, blocks=tuple(replace(WIFI, theme=f"Challenge {n}") for n in range(1, 9)))
    out = tmp_path / "many.pdf"
    pages = write_sheet(many, out)
    assert pages >= 2
    texts = [words(text) for text in page_texts(out)]
    for n in range(1, 9):
        holding = [i for i, text in enumerate(texts) if f"Challenge {n} You said" in text]
        assert len(holding) == 1
        assert (
            "Raised in January 2026 · Answered in April 2026" in texts[holding[0]].split(f"Challenge {n}")[1]
        )


def test_large_type_in_embedded_atkinson_only(sheet_pdf: tuple[Path, int]) -> None:
    out, _pages = sheet_pdf
    reader = pypdf.PdfReader(out)
    sizes: dict[str, float] = {}  # each line's text: the largest type it is set in

    def visit(text: str, _cm: object, _tm: object, font: object, size: float) -> None:
        if text.strip() and font is not None:
            sizes[text.strip()] = max(size, sizes.get(text.strip(), 0.0))

    fonts: set[str] = set()
    for page in reader.pages:
        page.extract_text(visitor_text=visit)
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), font
            fonts.add(str(font["/BaseFont"]).split("+", 1)[-1])
    assert fonts == {"AtkinsonHyperlegibleNext-Regular", "AtkinsonHyperlegibleNext-Bold"}
    assert b"Helvetica" not in out.read_bytes()
    words_size = sizes["Some homes have no Wi-Fi so we cannot do homework."]
    assert words_size >= 14
    assert sizes["You said"] >= words_size
    assert min(sizes["Raised in March 2026"], sizes["Page 1 of 2"]) >= 12
    assert sizes["Pocket money"] > words_size  # a theme is a heading
    assert sizes["You said, we did"] >= 1.5 * words_size  # the title


def test_the_catalog_says_english_and_the_metadata_names_the_council(sheet_pdf: tuple[Path, int]) -> None:
    out, _pages = sheet_pdf
    reader = pypdf.PdfReader(out)
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    assert reader.metadata is not None
    assert (reader.metadata.title, reader.metadata.author) == ("You said, we did", COUNCIL)
    page = reader.pages[0]
    assert (round(float(page.mediabox.width), 1), round(float(page.mediabox.height), 1)) == (595.3, 841.9)


def test_a_sheet_for_all_time_says_so(tmp_path: Path) -> None:
    out = tmp_path / "all.pdf"
    write_sheet(replace(SHEET, since=None, blocks=(POCKET,)), out)
    assert "It covers everything you have told us up to 20 May 2026." in content(out)


def test_an_empty_sheet_says_something_kind_on_one_page(tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    assert write_sheet(replace(SHEET, blocks=()), out) == 1
    text = content(out)
    assert "There is nothing on this sheet yet." in text
    assert "You said You" not in text and "Raised in" not in text
    assert pypdf.PdfReader(out).outline == []


def test_the_page_is_calm_ink_on_white(sheet_pdf: tuple[Path, int]) -> None:
    """Rendered, the first page is mostly white paper with dark text: no colour carries meaning alone."""
    out, _pages = sheet_pdf
    image = pypdfium2.PdfDocument(out)[0].render(scale=1).to_pil().convert("L")
    histogram = image.histogram()
    total = sum(histogram)
    assert sum(histogram[:80]) / total > 0.01  # there is dark ink (text)
    assert sum(histogram[230:]) / total > 0.6  # and it is mostly paper


def test_an_unknown_outcome_is_a_bug_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "bad.pdf"
    with pytest.raises(ValueError, match="'maybe'"):
        write_sheet(replace(SHEET, blocks=(replace(POCKET, outcome="maybe"),)), out)
    assert not out.exists()


def test_an_unwritable_place_gives_output_error_and_no_file(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(OutputError) as caught:
        write_sheet(SHEET, blocker / "sheet.pdf")
    assert "does not exist" in caught.value.message
    with pytest.raises(OutputError, match="folder"):
        write_sheet(SHEET, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]
