"""The words of a PDF paper, page by page, read with PDFium (no system PDF tools): for search and notes."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_SPACE = re.compile(r"\s+")


def page_texts(data: bytes) -> list[str]:
    """Each page's text, in order; a page with no text layer (a scan) gives "", a file PDFium cannot
    open gives no pages.

    The file has already been checked as a readable PDF (pdf_page_count), so a failure here is a
    page PDFium cannot read text from, which is kept as a page with no words rather than refused.
    """
    import pypdfium2 as pdfium  # only when a paper's words are wanted

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        return []  # pypdf read it but PDFium cannot: the paper is kept, with no words to search
    try:
        texts = []
        for index in range(len(pdf)):
            try:
                page = pdf[index]
            except pdfium.PdfiumError:
                texts.append("")  # a page PDFium cannot load keeps its place, with no words
                continue
            try:
                textpage = page.get_textpage()
                try:
                    texts.append(textpage.get_text_range())
                finally:
                    textpage.close()
            except pdfium.PdfiumError:
                texts.append("")
            finally:
                page.close()
        return texts
    finally:
        pdf.close()


def normalised(text: str) -> str:
    """Text as compared for anchoring: one form of each character, any run of white space one space,
    hyphens at line ends joined, case folded; so a reflowed paper still matches its old words."""
    text = unicodedata.normalize("NFKC", text).replace("\u00ad", "")
    text = re.sub(r"-\s*\n\s*", "", text)
    return _SPACE.sub(" ", text).strip().casefold()


def quote_hash(quote: str) -> str:
    """The hash a note keeps of the words it quotes (normalised, so reflowing does not change it)."""
    return hashlib.sha256(normalised(quote).encode("utf-8")).hexdigest()


def find_quote(pages: list[str], quote: str, near: int | None = None) -> int | None:
    """The 1-based page holding the quoted words, the nearest to `near` if on several; None if gone."""
    wanted = normalised(quote)
    if not wanted:
        return None
    found = [number for number, text in enumerate(pages, 1) if wanted in normalised(text)]
    if not found:
        return None
    return min(found, key=lambda number: abs(number - near)) if near is not None else found[0]
