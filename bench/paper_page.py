"""The paper reader on a 100-page paper: showing a page, and attaching the paper, each beside a floor.

Run: python bench/paper_page.py [--runs N]. A 100-page text PDF is made with reportlab in a temporary
folder, with a database beside it. Figures, paired with their floor run by run (floor, figure, floor,
figure, ...) so the machine's drift moves both alike:

- show a page: from asking the reader for a page it has not drawn until the page is on screen, with the
  real task runner (PDFium works on the runner's thread; the image comes back to the GUI thread). Floor:
  plain pypdfium2 drawing the same page at the same scale, on this thread. Goal: within 100 ms, and
  within 2 times the floor.
- attach the paper: desk.agenda.attach_paper, which checks the file, keeps a copy and reads every page's
  words. Floor: reading the file and counting its pages with pypdf.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pypdf
import pypdfium2 as pdfium
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

from cpdesk.domain.desk import Desk
from cpdesk.views.common.changes import ChangeHub
from cpdesk.views.common.confirm import DialogConfirmer
from cpdesk.views.common.tasks import TaskRunner
from cpdesk.views.papers.reader import PaperReader

PAGES = 100
WORDS = (
    "The local authority as corporate parent keeps placements stable for children in care, "
    "and care leavers are supported into education, employment and training"
)


def make_paper(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=A4)
    for page in range(1, PAGES + 1):
        canvas.setFont("Helvetica-Bold", 14)
        canvas.drawString(72, 780, f"Sufficiency report, page {page}")
        canvas.setFont("Helvetica", 10)
        for line in range(45):
            canvas.drawString(72, 750 - 15 * line, f"{line + 1}. {WORDS[: 60 + line % 30]}")
        canvas.showPage()
    canvas.save()
    return path


def seconds(step: Callable[[], object]) -> float:
    start = time.perf_counter()
    step()
    return time.perf_counter() - start


def floor_render(data: bytes, index: int, scale: float) -> None:
    pdf = pdfium.PdfDocument(data)
    page = pdf[index]
    bitmap = page.render(scale=scale)
    bitmap.close()
    page.close()
    pdf.close()


def floor_attach(path: Path) -> None:
    len(pypdf.PdfReader(io.BytesIO(path.read_bytes())).pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    app = QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        paper_path = make_paper(Path(folder) / "sufficiency.pdf")
        size = paper_path.stat().st_size
        desk = Desk.open(Path(folder) / "bench.db")
        body = desk.people.body("sub_committee").id
        meeting = desk.meetings.create_meeting(body, date(2030, 6, 10), "10:00")
        item = desk.agenda.add_item(meeting.id, "Sufficiency", "decision")

        attach: list[tuple[float, float]] = []
        for _ in range(args.runs):
            floor = seconds(lambda: floor_attach(paper_path))
            took = seconds(lambda: desk.agenda.attach_paper(item.id, paper_path))
            attach.append((took, floor))
        paper_id = desk.agenda.papers(item.id)[0].id

        runner = TaskRunner()
        reader = PaperReader(desk, ChangeHub(), runner, paper_id, confirmer=DialogConfirmer())
        reader.show()
        while reader.page == 0:  # the paper read and its first page drawn
            runner.wait()
            app.processEvents()
        runner.wait()
        app.processEvents()
        data = desk.agenda.paper_data(paper_id)
        scale = round(reader.scale() * reader.devicePixelRatioF(), 3)
        shown: list[tuple[float, float]] = []
        for run in range(args.runs):
            number = 10 + run * 11  # a page not drawn yet, nor the one after it (drawn ahead)

            def show(number: int = number) -> None:
                reader.go_to(number)
                # Not runner.wait(): that would wait for the page after too, drawn ahead once this one is out.
                # Waiting as the event loop waits, for the next event, not spinning against the worker.
                while reader.cache.get(number - 1, scale) is None:
                    app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
                reader.view.repaint()

            floor = seconds(partial(floor_render, data, number - 1, scale))
            took = seconds(show)
            runner.wait()  # the page after, drawn ahead, is not timed
            app.processEvents()
            shown.append((took, floor))
        reader.close()
        runner.wait()
        desk.close()

    print(f"a {PAGES}-page text PDF of {size:,} bytes, 45 lines a page")
    print(f"page drawn at {scale:.3f} pixels a point ({reader.view.width()} pixels wide)")
    print(f"{'':<18}{'median':>10}{'floor':>10}{'ratio':>8}  each run, figure/floor (ms)")
    for label, pairs in (("show a page", shown), ("attach the paper", attach)):
        figure = statistics.median(t for t, _ in pairs)
        floor = statistics.median(f for _, f in pairs)
        runs = " ".join(f"{t * 1000:.0f}/{f * 1000:.0f}" for t, f in pairs)
        print(f"{label:<18}{figure * 1000:8.1f}ms{floor * 1000:8.1f}ms{figure / floor:7.2f}x  {runs}")


if __name__ == "__main__":
    main()
