"""What a "You said, we did" sheet prints for young people: plain words, no officers named, no references."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cpdesk.domain.readability import HardSentence, hard_sentences


@dataclass(frozen=True)
class SheetBlock:
    """One challenge as young people read it: what they said, what happened or why not, and when."""

    theme: str  # a short heading in young people's words ("Pocket money"), or ""
    you_said: str  # the young people's own words
    outcome: str  # "done", "not_possible" or "in_progress"
    we_did: str  # what happened ("We did"), or the reason in plain words when it was not possible
    raised_on: date  # the young people's meeting where it was raised
    done_on: date | None  # when it was done or found not possible; None while in progress


@dataclass(frozen=True)
class Sheet:
    """A whole sheet: who it is from and the challenges on it, oldest first."""

    council: str  # "Cambridgeshire County Council"
    since: date | None  # the first young people's meeting it covers, or None for all
    made_on: date
    blocks: tuple[SheetBlock, ...]


def hard_to_read(sheet: Sheet) -> list[HardSentence]:
    """The sentences the committee wrote on the sheet that read above the aim, each named once.

    Young people's own words are printed as they said them, so only what came back to them is checked.
    """
    return hard_sentences(dict.fromkeys(block.we_did for block in sheet.blocks if block.we_did))
