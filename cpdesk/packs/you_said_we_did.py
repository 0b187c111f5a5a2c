"""The "You said, we did" sheet: what young people told the council and what happened, in large type.

It is written for the young people themselves: large type, short plain sentences, one boxed block
a challenge (kept on one page where it fits), and only what the Sheet holds, never an officer's name
or an internal reference. Every block is a bookmark. Whether a challenge was done, could not be done
or is still being worked on is said in words, not by colour.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from cpdesk.domain.dates import MONTHS, long_date
from cpdesk.domain.voice_sheet import Sheet, SheetBlock
from cpdesk.packs.document import (
    RULE,
    TEXT_WIDTH,
    Bookmark,
    DocumentInfo,
    Styles,
    escape,
    paragraphs_of,
    table_style,
    write_pdf,
)

TITLE = "You said, we did"
BODY_SIZE = 16.0  # large type: young people read it on paper and on phones
OUTCOME_LABELS = {
    "done": "We did",
    "not_possible": "We could not do this, because",
    "in_progress": "We are still working on this",
}
WHEN_DONE = {"done": "Done", "not_possible": "Answered"}
SAID_BACKGROUND = HexColor("#eef3f8")  # a pale wash behind their words; the labels say which part is which
BOX_LINE = 1.5
OUTLINE_WORDS = 8  # a block without a theme is bookmarked by the first words of what they said


def month(day: date) -> str:
    """March 2026."""
    return f"{MONTHS[day.month - 1]} {day.year}"


def when_line(block: SheetBlock) -> str:
    """When it was raised and, if it was, when it was done or answered, in months."""
    raised = f"Raised in {month(block.raised_on)}"
    if block.outcome == "in_progress" or block.done_on is None:
        return raised
    return f"{raised} · {WHEN_DONE[block.outcome]} in {month(block.done_on)}"


def outline_title(block: SheetBlock) -> str:
    """The block's bookmark: its theme, or the first words of what they said."""
    if block.theme.strip():
        return block.theme.strip()
    words = block.you_said.split()
    short = " ".join(words[:OUTLINE_WORDS])
    return short + ("…" if len(words) > OUTLINE_WORDS else "") if short else "You said"


def covers(sheet: Sheet) -> str:
    """The period the sheet covers, in a sentence."""
    if sheet.since is None:
        return f"It covers everything you have told us up to {long_date(sheet.made_on)}."
    return f"It covers what you told us from {long_date(sheet.since)} to {long_date(sheet.made_on)}."


def _block(block: SheetBlock, styles: Styles, width: float) -> list[Flowable]:
    if block.outcome not in OUTCOME_LABELS:
        raise ValueError(f"a sheet block's outcome {block.outcome!r} is not one of {sorted(OUTCOME_LABELS)}")
    pad = styles.base_size
    rows: list[tuple[Flowable, float, float]] = []  # each paragraph a row, so a long one can go over a page
    if block.theme.strip():
        rows.append((Paragraph(escape(block.theme.strip()), styles.heading3), pad, pad * 0.3))
    rows.append((Paragraph("You said", styles.label), pad * (0.2 if rows else 0.9), pad * 0.15))
    rows += [(Paragraph(escape(text), styles.body), 0.0, pad * 0.4) for text in paragraphs_of(block.you_said)]
    said_rows = len(rows)
    last_said, above, _below = rows[-1]
    rows[-1] = (last_said, above, pad * 0.9)  # room before the line that parts their words from ours
    rows.append((Paragraph(OUTCOME_LABELS[block.outcome], styles.label), pad * 0.9, pad * 0.15))
    rows += [(Paragraph(escape(text), styles.body), 0.0, pad * 0.4) for text in paragraphs_of(block.we_did)]
    rows.append((Paragraph(escape(when_line(block)), styles.small), pad * 0.3, pad * 0.8))

    commands: list[tuple[object, ...]] = [
        ("BOX", (0, 0), (-1, -1), BOX_LINE, RULE),
        ("BACKGROUND", (0, 0), (0, said_rows - 1), SAID_BACKGROUND),
        ("LINEBELOW", (0, said_rows - 1), (0, said_rows - 1), 0.75, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for index, (_flowable, above, below) in enumerate(rows):
        commands += [
            ("TOPPADDING", (0, index), (0, index), above),
            ("BOTTOMPADDING", (0, index), (0, index), below),
        ]
    table = Table([[row] for row, _, _ in rows], colWidths=[width], splitInRow=1, hAlign="LEFT")
    table.setStyle(table_style(styles, *commands))
    return [KeepTogether([Bookmark(outline_title(block), 0), table]), Spacer(1, styles.base_size * 1.5)]


def write_sheet(sheet: Sheet, out: Path) -> int:
    """Write the sheet as a large-type PDF to `out` (whole or not at all); return its page count."""
    info = DocumentInfo(
        title=TITLE,
        author=sheet.council,
        subject=f"What young people told {sheet.council}, and what happened",
        keywords=("You said, we did", "young people", "corporate parenting"),
    )

    def story(styles: Styles) -> list[Flowable]:
        flowables: list[Flowable] = [
            Paragraph(TITLE, styles.title),
            Paragraph(f"From {escape(sheet.council)}", styles.subtitle),
        ]
        if not sheet.blocks:
            flowables += [
                Paragraph(
                    "There is nothing on this sheet yet. When you tell us what should change, "
                    "we will write here what we did about it.",
                    styles.body,
                ),
                Paragraph(covers(sheet), styles.body),
            ]
            return flowables
        flowables += [
            Paragraph("You told us what should change. Here is what we did about it.", styles.body),
            Paragraph(covers(sheet), styles.body),
            Spacer(1, styles.base_size),
        ]
        for block in sheet.blocks:
            flowables += _block(block, styles, TEXT_WIDTH)
        return flowables

    return write_pdf(out, story, info, base_size=BODY_SIZE)
