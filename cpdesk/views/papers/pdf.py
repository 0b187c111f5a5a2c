"""One paper's PDF open in PDFium: its pages drawn as images, its words found and read back as boxes.

PDFium is not thread-safe, not even across documents, and the domain reads papers' words with it on the
runner's worker (attaching or replacing a paper). So a PaperPdf is made, used and closed only by work
queued on that same runner: the reader never calls PDFium on the GUI thread, and never alongside the
domain.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

import pypdfium2 as pdfium
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage

from cpdesk.domain.paper_text import normalised

# A box on a page in PDF points, PDF's way up: (left, bottom, right, top), the origin at the bottom left.
Box = tuple[float, float, float, float]
POINTS_PER_INCH = 72.0


def to_pdf(rect: QRectF, scale: float, page_height: float) -> Box:
    """A rectangle drawn on the page's image (pixels, y down) as a box on the PDF page (points, y up)."""
    rect = rect.normalized()
    return (
        rect.left() / scale,
        page_height - rect.bottom() / scale,
        rect.right() / scale,
        page_height - rect.top() / scale,
    )


def to_pixels(box: Box, scale: float, page_height: float) -> QRectF:
    """A box on the PDF page as a rectangle on the page's image drawn at scale."""
    left, bottom, right, top = box
    return QRectF(left * scale, (page_height - top) * scale, (right - left) * scale, (top - bottom) * scale)


@dataclass(frozen=True)
class Rendered:
    """A page drawn at a scale: the image and the page's size in points."""

    index: int
    scale: float
    image: QImage
    width: float
    height: float


class PaperPdf:
    """A paper's PDF, its page sizes known; every method runs on the runner's worker (see above)."""

    def __init__(self, data: bytes) -> None:
        self._pdf = pdfium.PdfDocument(data)
        self.sizes: list[tuple[float, float]] = []
        for index in range(len(self._pdf)):
            page = self._pdf[index]
            try:
                width, height = page.get_size()
                self.sizes.append((float(width), float(height)))
            finally:
                page.close()

    @property
    def page_count(self) -> int:
        return len(self.sizes)

    def render(self, index: int, scale: float) -> Rendered:
        """The page drawn at scale (pixels per point), as an image that owns its pixels."""
        page = self._pdf[index]
        try:
            # BGRX is the byte order of QImage's RGB32 on a little-endian machine: no conversion pass.
            bitmap = page.render(scale=scale, prefer_bgrx=True, may_draw_forms=False)
            try:
                fmt = QImage.Format.Format_RGB32 if bitmap.n_channels == 4 else QImage.Format.Format_BGR888
                image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, fmt).copy()
            finally:
                bitmap.close()
        finally:
            page.close()
        width, height = self.sizes[index]
        return Rendered(index, scale, image, width, height)

    def find(self, index: int, words: str) -> list[Box]:
        """Boxes around every place on the page holding the words (any case, any spacing between them)."""
        wanted = " ".join(words.split())
        if not wanted:
            return []
        page = self._pdf[index]
        textpage = page.get_textpage()
        try:
            boxes = self._search(textpage, wanted)
            if not boxes and " " in wanted:
                # The words run across a line end, where PDFium's text has a break, not a space: mark
                # each word of the passage that is on the page instead.
                for word in wanted.split():
                    boxes.extend(self._search(textpage, word))
            return boxes
        finally:
            textpage.close()
            page.close()

    @staticmethod
    def _search(textpage: pdfium.PdfTextPage, words: str) -> list[Box]:
        boxes: list[Box] = []
        searcher = textpage.search(words, match_case=False)
        try:
            while (found := searcher.get_next()) is not None:
                start, count = found
                for rect in range(textpage.count_rects(start, count)):
                    boxes.append(tuple(textpage.get_rect(rect)))
        finally:
            searcher.close()
        return boxes

    def text_in(self, index: int, box: Box) -> str:
        """The words on the page inside a box, white space made single."""
        page = self._pdf[index]
        textpage = page.get_textpage()
        try:
            text: str = textpage.get_text_bounded(*box)
        finally:
            textpage.close()
            page.close()
        return " ".join(text.split())

    def close(self) -> None:
        self._pdf.close()


def holds(page_text: str, words: str) -> bool:
    """Whether a page's words hold these words, compared as notes compare them (case, spacing, hyphens)."""
    wanted = normalised(words)
    return bool(wanted) and wanted in normalised(page_text)


class PageCache:
    """The last few pages drawn, so paging back and forth shows each at once."""

    def __init__(self, size: int = 6) -> None:
        self._size = size
        self._pages: OrderedDict[tuple[int, float], Rendered] = OrderedDict()

    def get(self, index: int, scale: float) -> Rendered | None:
        found = self._pages.get((index, scale))
        if found is not None:
            self._pages.move_to_end((index, scale))
        return found

    def put(self, rendered: Rendered) -> None:
        self._pages[(rendered.index, rendered.scale)] = rendered
        self._pages.move_to_end((rendered.index, rendered.scale))
        while len(self._pages) > self._size:
            self._pages.popitem(last=False)

    def clear(self) -> None:
        self._pages.clear()
