"""The briefing pack's PDF for a large meeting, beside the floor of the same work done plainly.

Run: python bench/pack.py [--runs N] [--out FILE]. The Pack is made by hand (pack_model dataclasses):
12 agenda items, 60 actions, 20 challenges, 20 indicators with charts and 200 pages of attached papers
(ten papers of 20 pages, made with reportlab). Figures, paired run by run (floor, figure, floor,
figure, ...) so the machine's drift moves both alike, medians printed:

- the pack: cpdesk.packs.briefing_pdf.render_pack, from the Pack to the finished bytes (cover,
  contents with its page numbers, every section laid out, the charts drawn, and each paper page
  drawn on a page of its own under the pack's header and "Page N of M").
- the floor: as many pages of plain reportlab text as the pack has pages of its own (Paragraphs in
  the same embedded font, laid out once), then the same papers appended after it with pypdf, with
  no stamping, written out.

Goal: under 2 seconds, and within 3 times the floor.
"""

from __future__ import annotations

import argparse
import io
import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from uuid import UUID

from cpdesk.domain.indicators import Area, Indicator, Value
from cpdesk.domain.pack_model import (
    Bullets,
    Chart,
    Cover,
    Fields,
    Pack,
    Paper,
    Para,
    Section,
    Table,
)

ITEMS, ACTIONS, CHALLENGES, INDICATORS = 12, 60, 20, 20
PAPERS, PAPER_PAGES = 10, 20  # 200 pages of attached papers
WORDS = (
    "The local authority as corporate parent keeps placements stable for children in care, "
    "and care leavers are supported into education, employment and training"
)
SENTENCE = (
    "The Sub-Committee heard how placement stability has changed over the year and asked officers "
    "to report back on the support given to foster carers and to young people leaving care. "
)


def uid(n: int) -> UUID:
    return UUID(int=n)


def make_paper(title: str, pages: int) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    for page in range(1, pages + 1):
        canvas.setFont("Helvetica-Bold", 14)
        canvas.drawString(72, 780, f"{title}, page {page}")
        canvas.setFont("Helvetica", 10)
        for line in range(45):
            canvas.drawString(72, 750 - 15 * line, f"{line + 1}. {WORDS[: 60 + line % 30]}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def make_pack() -> Pack:
    council = Area(uid(1), "E10000003", "", "Cambridgeshire", "local_authority")
    england = Area(uid(2), "E92000001", "", "England", "national")
    region = Area(uid(3), "E12000006", "", "East of England", "regional")
    neighbours = [
        Area(uid(10 + n), f"E1000{n:04d}", "", f"Neighbour {n}", "local_authority") for n in range(10)
    ]
    rags = ("Red", "Amber", "Green")

    def values(indicator: Indicator, area: Area, base: float) -> tuple[Value, ...]:
        return tuple(
            Value(
                uid(5000 + n),
                indicator.id,
                area,
                str(2016 + n),
                date(2016 + n, 3, 31),
                base + n * 1.5,
                None,
                None,
                "",
                "",
            )
            for n in range(8)
        )

    charts: list[Chart] = []
    for n in range(INDICATORS):
        indicator = Indicator(
            uid(100 + n),
            f"Indicator {n + 1}: care leavers in education",
            "",
            "percent",
            "higher",
            70.0,
            "",
            (1,),
        )
        series = [
            ("council", council, values(indicator, council, 50 + n)),
            ("national", england, values(indicator, england, 55)),
        ]
        series.append(("regional", region, values(indicator, region, 53)))
        series += [("neighbour", area, values(indicator, area, 45 + k)) for k, area in enumerate(neighbours)]
        rows = tuple((v.period, f"{v.value:.1f}%") for v in series[0][2])
        charts.append(
            Chart(
                indicator,
                tuple(series),
                f"Cambridgeshire: {series[0][2][-1].value:.1f}% in 2023.",
                Table(indicator.name, ("Period", "Cambridgeshire"), rows),
            )
        )

    papers = [
        Paper.of(
            uid(200 + n),
            f"Appendix {n + 1}: sufficiency report",
            f"appendix-{n + 1}.pdf",
            PAPER_PAGES,
            make_paper(f"Appendix {n + 1}", PAPER_PAGES),
        )
        for n in range(PAPERS)
    ]
    items = [
        Section(
            f"item:{uid(300 + n)}",
            f"Item {n + 1}: Report on placement stability, part {n + 1}",
            (
                Para(SENTENCE * 2),
                Fields(
                    (("Lead officer", "Head of Service for Children in Care"), ("Decision", "For noting"))
                ),
            ),
        )
        for n in range(ITEMS)
    ]
    actions = Table(
        "The action log",
        ("Ref", "Action", "Owner", "Due", "Status"),
        tuple(
            (f"A{n + 1}", SENTENCE[: 80 + n % 5 * 30], "Head of Service", "22 December 2026", rags[n % 3])
            for n in range(ACTIONS)
        ),
        (1, 5, 2, 2, 1),
    )
    challenges = [
        Section(
            f"challenge:{uid(400 + n)}",
            f"Challenge {n + 1}",
            (
                Fields(
                    (
                        ("You said", SENTENCE),
                        ("Response", SENTENCE),
                        ("Young people told", "Yes, on 3 March 2026"),
                    )
                ),
            ),
        )
        for n in range(CHALLENGES)
    ]
    priorities = [
        Section(
            f"priority:{uid(500 + p)}",
            f"Priority {p + 1}: stable homes",
            (Para(SENTENCE), *charts[p * 5 : p * 5 + 5]),
        )
        for p in range(4)
    ]
    reports = [
        Section(
            f"report:{uid(600 + n)}",
            f"Item {n + 1}: Report on placement stability, part {n + 1}",
            (
                Fields((("Recommendations", SENTENCE), ("Purpose", SENTENCE))),
                *([papers[n]] if n < PAPERS else []),
            ),
            new_page=True,
        )
        for n in range(ITEMS)
    ]
    sections = (
        Section("agenda", "Agenda", (Para("The meeting is held in public."),), tuple(items), new_page=True),
        Section(
            "since",
            "Since the last meeting",
            (Bullets(tuple(SENTENCE[:90] for _ in range(12))),),
            new_page=True,
        ),
        Section(
            "minutes",
            "Draft minutes of the last meeting",
            tuple(Para(SENTENCE * 3) for _ in range(15)),
            new_page=True,
        ),
        Section("actions", "Action log", (actions,), new_page=True),
        Section(
            "challenges", "Young people's challenges and the responses", (), tuple(challenges), new_page=True
        ),
        Section(
            "priorities", "The strategy's priorities on this agenda", (), tuple(priorities), new_page=True
        ),
        Section("reports", "Reports and papers", (), tuple(reports), new_page=True),
        Section(
            "work_programme",
            "Work programme",
            (
                Table(
                    "Work programme",
                    ("Meeting", "Item"),
                    tuple((f"Meeting {n}", SENTENCE[:70]) for n in range(20)),
                ),
            ),
            new_page=True,
        ),
    )
    cover = Cover(
        "Cambridgeshire County Council",
        "Corporate Parenting Sub-Committee",
        date(2026, 12, 22),
        "10:00",
        "Room 128, New Shire Hall, Alconbury Weald",
        tuple(f"Cllr Member {n}" for n in range(9)),
        "committee",
    )
    return Pack(uid(9), cover, sections, date(2026, 12, 1))


def floor(text_pages: int, papers: list[Paper]) -> bytes:
    """Plain reportlab text for as many pages as the pack's own, and the papers appended with pypdf."""
    import pypdf
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    from cpdesk.packs.document import REGULAR, register_fonts

    register_fonts()
    style = ParagraphStyle("floor", fontName=REGULAR, fontSize=10.5, leading=15)
    text = io.BytesIO()
    story = []
    for page in range(text_pages):
        story += [Paragraph(SENTENCE * 3, style) for _ in range(8)]
        if page < text_pages - 1:
            story.append(PageBreak())
    SimpleDocTemplate(text, pagesize=A4, invariant=1, initialFontName=REGULAR).build(story)
    writer = pypdf.PdfWriter()
    writer.append(io.BytesIO(text.getvalue()))
    for paper in papers:
        writer.append(io.BytesIO(paper.data))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def seconds(step: Callable[[], object]) -> float:
    start = time.perf_counter()
    step()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", type=Path, help="also write the pack's PDF here, to look at")
    args = parser.parse_args()

    from cpdesk.packs.briefing_pdf import render_pack

    pack = make_pack()
    papers = pack.papers()
    paper_pages = sum(p.page_count for p in papers)
    data, pages = render_pack(pack)  # warm: fonts registered, modules loaded
    if args.out:
        args.out.write_bytes(data)
    text_pages = pages - paper_pages
    floor(text_pages, papers)
    pairs: list[tuple[float, float]] = []
    for _ in range(args.runs):
        low = seconds(lambda: floor(text_pages, papers))
        took = seconds(lambda: render_pack(pack))
        pairs.append((took, low))
    figure = statistics.median(t for t, _ in pairs)
    base = statistics.median(f for _, f in pairs)
    print(
        f"a pack of {pages} pages: {text_pages} of its own and {paper_pages} of {len(papers)} papers; "
        f"{ITEMS} items, {ACTIONS} actions, {CHALLENGES} challenges, {INDICATORS} charts; {len(data):,} bytes"
    )
    print(f"{'':<14}{'median':>9}{'floor':>9}{'ratio':>8}  each run, figure/floor (ms)")
    runs = " ".join(f"{t * 1000:.0f}/{f * 1000:.0f}" for t, f in pairs)
    print(f"{'briefing pack':<14}{figure:8.2f}s{base:8.2f}s{figure / base:7.2f}x  {runs}")
    print("goal: under 2 s, and within 3 times the floor")


if __name__ == "__main__":
    main()
