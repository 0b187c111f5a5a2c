"""The briefing pack for a large meeting, made from a real database, beside the floor of the same work.

Run: python bench/pack.py [--runs N] [--out FILE]. A database is made in a temporary folder through the domain
services only (not timed): the bundled strategy; a Sub-Committee meeting with 12 agenda items, each linked to
a priority and with an officer's report and its recommendations, ten of them with a 20-page paper made with
reportlab (200 pages of papers); the meeting before it, held, with its draft minutes and 60 actions raised
there (owners, due dates, updates; some done, some overdue); 20 young people's challenges at various stages
taken to the meeting; 20 indicators linked to the priorities with eight years of figures for the council,
England, the region and the ten statistical neighbours, so every chart is drawn. Figures, paired run by run
(floor, figures, floor, figures, ...) so the machine's drift moves both alike, medians printed:

- the pack: desk.packs.build then briefing_pdf.render_pack, from the database to the PDF a member gets.
- the HTML edition: briefing_html.render_html of the same Pack.
- make_pack: cpdesk.packs.briefing.make_pack to a temporary file, as `cpdesk pack` does (build, PDF, HTML,
  both files written).
- the floor: as many pages of plain reportlab text as the pack has pages of its own (Paragraphs in the same
  embedded font, laid out once), then the same papers' bytes appended with pypdf, no stamping, written to
  bytes.

Goal: the pack under 2 seconds, and within 3 times the floor.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from uuid import UUID

from cpdesk.domain.agenda import OfficerReport
from cpdesk.domain.desk import Desk
from cpdesk.domain.pack_model import Chart, walk

ITEMS, ACTIONS, CHALLENGES, INDICATORS = 12, 60, 20, 20
PAPERS, PAPER_PAGES = 10, 20  # 200 pages of attached papers
YEARS = range(2018, 2026)  # eight years of figures on every chart
TODAY = date(2026, 12, 1)
MEETING, LAST_MEETING, YOUNG_PEOPLE = date(2026, 12, 15), date(2026, 10, 20), date(2026, 11, 10)
GOAL_S, GOAL_RATIO = 2.0, 3.0
WORDS = (
    "The local authority as corporate parent keeps placements stable for children in care, "
    "and care leavers are supported into education, employment and training"
)
SENTENCE = (
    "The Sub-Committee heard how placement stability has changed over the year and asked officers "
    "to report back on the support given to foster carers and to young people leaving care. "
)
# Cambridgeshire (873), its region, England and its ten statistical neighbours, as a DfE file names them.
EES_HEAD = (
    "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,"
    "old_la_code,la_name,new_la_code"
)
AUTHORITIES = (
    ("873", "Cambridgeshire", "E10000003"),
    ("931", "Oxfordshire", "E10000025"),
    ("916", "Gloucestershire", "E10000013"),
    ("850", "Hampshire", "E10000014"),
    ("800", "Bath and North East Somerset", "E06000022"),
    ("865", "Wiltshire", "E06000054"),
    ("938", "West Sussex", "E10000032"),
    ("869", "West Berkshire", "E06000037"),
    ("919", "Hertfordshire", "E10000015"),
    ("885", "Worcestershire", "E10000034"),
    ("937", "Warwickshire", "E10000031"),
)
AREAS = (
    ("National", "E92000001", "England", "", "", "", "", ""),
    ("Regional", "E92000001", "England", "E12000006", "East of England", "", "", ""),
    *(
        ("Local authority", "E92000001", "England", "E12000006", "East of England", old, name, code)
        for old, name, code in AUTHORITIES
    ),
)


def make_paper(path: Path, title: str, pages: int) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    for page in range(1, pages + 1):
        canvas.setFont("Helvetica-Bold", 14)
        canvas.drawString(72, 780, f"{title}, page {page}")
        canvas.setFont("Helvetica", 10)
        for line in range(45):
            canvas.drawString(72, 750 - 15 * line, f"{line + 1}. {WORDS[: 60 + line % 30]}")
        canvas.showPage()
    canvas.save()
    return path


def make_statistics(path: Path) -> Path:
    """A DfE open-data file with a percentage for each indicator, year and area (the council's own varies)."""
    measures = [f"measure_{n + 1}_pc" for n in range(INDICATORS)]
    lines = [",".join([EES_HEAD, *measures])]
    for year in YEARS:
        for number, area in enumerate(AREAS):
            cells = [
                f"{40 + (n * 7 + number * 3 + (year - 2018) * (5 if number == 2 else 2)) % 55:.1f}"
                for n in range(INDICATORS)
            ]
            lines.append(",".join([str(year), "Reporting year", *area, *cells]))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def make_meeting(folder: Path) -> tuple[Desk, UUID]:
    """The large meeting in a new database, made through the domain services as a clerk would."""
    desk = Desk.open(folder / "bench.db", today=lambda: TODAY)
    sub = desk.people.body("sub_committee").id
    young = desk.people.body("young_people").id
    for n, role in enumerate(["chair", "vice_chair", *["member"] * 7]):
        desk.people.add_member(f"Cllr Member {n + 1} (example)", role)
    teams = [t.id for t in desk.people.teams()]
    officers = [
        desk.people.add_officer(f"Officer {n + 1} (example)", "Head of Service", teams[n % len(teams)]).id
        for n in range(12)
    ]
    last = desk.meetings.create_meeting(sub, LAST_MEETING, "10:00", "Room 128, New Shire Hall").id
    meeting = desk.meetings.create_meeting(sub, MEETING, "10:00", "Room 128, New Shire Hall").id
    voice = desk.meetings.create_meeting(young, YOUNG_PEOPLE, "17:00", "The Youth Hub").id
    desk.meetings.set_status(last, "held")
    priorities = [t.target_id for t in desk.agenda.link_targets() if t.kind == "priority"]

    # The last meeting: its agenda, its draft minutes and the actions raised there.
    desk.agenda.build_from_template(last)
    last_items = [
        desk.agenda.add_item(last, f"Report {n + 1}: placement stability (example)", "decision").id
        for n in range(6)
    ]
    for item in last_items:
        desk.minutes.set_discussion(item, SENTENCE * 3)
        desk.minutes.add_decision(item, "To note the report and ask for the figures at the next meeting.")
        desk.minutes.add_decision(item, "To agree the recommendations.", 7, 1, 0)
    for n in range(ACTIONS):
        action = desk.actions.raise_action(
            last,
            f"Action {n + 1}: {SENTENCE[: 80 + n % 5 * 30]}",
            kind="question" if n % 10 == 9 else "action",
            item_id=last_items[n % len(last_items)],
            owner_id=officers[n % len(officers)],
            due=LAST_MEETING + timedelta(days=14 + 7 * (n % 12)),  # some due before today: overdue
            links=[("priority", priorities[n % len(priorities)])],
        ).id
        for k in range(1 + n % 3):
            on = LAST_MEETING + timedelta(days=5 + 10 * k)
            status = "completed" if n % 4 == 0 and k == n % 3 else "in_progress"
            desk.actions.add_update(action, f"Update {k + 1}: {SENTENCE[:70]}", status=status, on_date=on)

    # The meeting the pack is for: 12 items, each linked to a priority with its report; ten with papers.
    items = []
    for n in range(ITEMS):
        item = desk.agenda.add_item(
            meeting,
            f"Report {n + 1}: placement stability and sufficiency (example)",
            "decision",
            presenter_id=officers[n % len(officers)],
            description=SENTENCE,
        ).id
        desk.agenda.set_links(item, [("priority", priorities[n % len(priorities)])])
        report = OfficerReport(
            f"Placement stability and sufficiency, part {n + 1}",
            report_from="Executive Director, Children's Services",
            executive_summary=SENTENCE * 3,
            recommendations="\n".join(f"{k + 1}. To note {SENTENCE[:90].lower()}" for k in range(4)),
            contact_name=f"Officer {n % len(officers) + 1} (example)",
            contact_post="Head of Service",
            finance=SENTENCE,
            legal=SENTENCE,
            risk=SENTENCE,
        )
        desk.agenda.save_report(item, report)
        if n < PAPERS:
            path = make_paper(folder / f"appendix-{n + 1}.pdf", f"Appendix {n + 1}", PAPER_PAGES)
            desk.agenda.attach_paper(item, path, f"Appendix {n + 1}: sufficiency report")
        items.append(item)

    # Young people's challenges: some only raised, some taken to the meeting, some with a response and steps.
    for n in range(CHALLENGES):
        challenge = desk.challenges.raise_challenge(
            voice,
            f"Challenge {n + 1}: {SENTENCE[: 60 + n * 4]}",
            theme="Placements",
            officer_id=officers[n % len(officers)],
            links=[("priority", priorities[n % len(priorities)])],
        ).id
        if n % 5 == 0:
            continue
        desk.challenges.take_to(challenge, items[n % ITEMS])
        if n % 5 >= 3:
            desk.challenges.record_response(challenge, f"We will {SENTENCE[:120].lower()}")
        if n % 5 == 4:
            desk.challenges.add_step(challenge, SENTENCE[:100], on_date=MEETING)

    # Indicators with eight years of figures for the council and its comparators, linked to priorities.
    indicators = []
    for n in range(INDICATORS):
        indicator = desk.indicators.create(
            f"Indicator {n + 1}: care leavers in education, employment or training (example)",
            "percent",
            polarity="higher",
            target=70.0,
        ).id
        desk.indicators.set_links(indicator, priorities=[priorities[n % len(priorities)]])
        indicators.append(indicator)
    plan = desk.indicators.plan_statistics(make_statistics(folder / "figures.csv"))
    desk.indicators.import_plan(
        plan, {p.combination.source_key: indicators[n] for n, p in enumerate(plan.indicators)}
    )
    for n, indicator in enumerate(indicators):  # this year's own figure, recorded since the last meeting
        desk.indicators.record_value(indicator, "2026", 55.0 + n)
    return desk, meeting


def floor(text_pages: int, papers: list[bytes]) -> bytes:
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
    for data in papers:
        writer.append(io.BytesIO(data))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def seconds(step: Callable[[], object]) -> float:
    start = time.perf_counter()
    step()
    return time.perf_counter() - start


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--out", type=Path, help="also write the pack's PDF here, to look at")
    args = parser.parse_args()

    from cpdesk.packs.briefing import make_pack
    from cpdesk.packs.briefing_html import render_html
    from cpdesk.packs.briefing_pdf import render_pack

    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        desk, meeting = make_meeting(Path(folder))
        setup = time.perf_counter() - start
        pack = desk.packs.build(meeting)  # warm: fonts registered, modules loaded, the database's pages read
        data, pages = render_pack(pack)
        html = render_html(pack)
        if args.out:
            args.out.write_bytes(data)
        charts = sum(isinstance(b, Chart) for section in walk(pack.sections) for b in section.blocks)
        papers = [p.data for p in pack.papers()]
        paper_pages = sum(p.page_count for p in pack.papers())
        text_pages = pages - paper_pages
        floor(text_pages, papers)
        out = Path(folder) / "pack.pdf"
        make_pack(desk, meeting, out)
        load_before = load()

        timings: dict[str, list[float]] = {k: [] for k in ("floor", "build", "pdf", "pack", "html", "make")}
        for _ in range(args.runs):
            timings["floor"].append(seconds(lambda: floor(text_pages, papers)))
            start = time.perf_counter()
            built = desk.packs.build(meeting)
            middle = time.perf_counter()
            render_pack(built)
            end = time.perf_counter()
            timings["build"].append(middle - start)
            timings["pdf"].append(end - middle)
            timings["pack"].append(end - start)
            timings["html"].append(seconds(partial(render_html, built)))
            timings["make"].append(seconds(lambda: make_pack(desk, meeting, out)))
        load_after = load()
        desk.close()

    median = {k: statistics.median(v) for k, v in timings.items()}
    base = median["floor"]
    print(
        f"a pack of {pages} pages: {text_pages} of its own and {paper_pages} of {len(papers)} papers; "
        f"{ITEMS} items, {ACTIONS} actions, {CHALLENGES} challenges, {INDICATORS} indicators; {charts} charts"
        " (the strategy's own context figures are indicators too); "
        f"{len(data):,} bytes of PDF, {len(html):,} characters of HTML (database made in {setup:.1f} s)"
    )
    print(f"load average before {load_before}, after {load_after}; median of {args.runs} paired runs")
    print(f"{'':<30}{'median':>9}{'floor':>9}{'ratio':>8}  each run, figure/floor (ms)")
    rows = (
        ("the pack (build + PDF)", "pack"),
        ("  of which desk.packs.build", "build"),
        ("  of which render_pack", "pdf"),
        ("the HTML edition", "html"),
        ("make_pack (PDF, HTML, files)", "make"),
    )
    for label, key in rows:
        pairs = zip(timings[key], timings["floor"], strict=True)
        runs = " ".join(f"{t * 1000:.0f}/{f * 1000:.0f}" for t, f in pairs)
        figure = median[key]
        print(f"{label:<30}{figure:8.2f}s{base:8.2f}s{figure / base:7.2f}x  {runs}")
    figure = median["pack"]
    under = "met" if figure < GOAL_S else "NOT met"
    within = "met" if figure <= GOAL_RATIO * base else "NOT met"
    print(
        f"goal: under {GOAL_S:.0f} s ({under}: {figure:.2f} s), and within {GOAL_RATIO:.0f} times the floor "
        f"({within}: {figure / base:.2f}x)"
    )


if __name__ == "__main__":
    main()
