"""Small things several tests need: a clock that can be moved on, and real PDF files."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path


class Clock:
    """Today, as the desk sees it; tests move it on."""

    def __init__(self, today: date) -> None:
        self.today = today

    def __call__(self) -> date:
        return self.today

    def advance(self, days: int) -> None:
        self.today += timedelta(days=days)


def make_pdf(path: Path, pages: int, title: str = "Report") -> Path:
    """A real PDF with the given number of pages, made with reportlab."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=A4)
    for page in range(1, pages + 1):
        canvas.drawString(72, 770, f"{title}: page {page} of {pages}")
        canvas.showPage()
    canvas.save()
    return path


def make_text_pdf(path: Path, pages: list[list[str]]) -> Path:
    """A real PDF whose pages hold the given lines of words, made with reportlab."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=A4)
    for lines in pages:
        for number, line in enumerate(lines):
            canvas.drawString(72, 770 - 16 * number, line)
        canvas.showPage()
    canvas.save()
    return path
