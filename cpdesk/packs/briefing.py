"""Making a briefing pack end to end: build it, lay it out as PDF and HTML, publish it, write the files.

The command line (`cpdesk pack`) and the Briefing packs page both come here, so they behave alike:

- **draft**: the pack as things stand, written and not recorded. Once an edition has been published,
  a plain request gives the published pack again, byte for byte, so its page numbers never move;
  changes since then are listed so that a supplement or a new version can be made.
- **publish**: the first publication of an edition (committee or chair: a member's edition is their
  own copy and is never published).
- **supplement**: S1, S2 ... with only what changed since publication and its own page numbers.
- **reissue**: the whole pack again as version 2, 3 ..., listing what changed since the last version.

The PDF and its accessible HTML edition are made in memory first and written whole: a paper that is
no longer a readable PDF, a full disk or a cancelled build leaves no file behind.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from uuid import UUID

from cpdesk.domain.dates import long_date
from cpdesk.domain.desk import Desk
from cpdesk.domain.files import write_bytes_atomically
from cpdesk.domain.pack_issues import Issue
from cpdesk.domain.pack_model import EDITIONS, Cancel, Cancelled, Pack, Progress, never_cancelled, no_progress
from cpdesk.errors import CpdeskError, OutputError
from cpdesk.packs.briefing_html import render_html
from cpdesk.packs.briefing_pdf import render_pack

MODES = ("draft", "publish", "supplement", "reissue")
PUBLISHED_EDITIONS = ("committee", "chair")

# How much of the bar each stage takes: building the content, the PDF, then the HTML edition.
_STAGES = {"build": (0, 25), "pdf": (25, 90), "html": (90, 100)}


@dataclass(frozen=True)
class Made:
    """What was written, for the status bar, the page and the command line to say."""

    pdf: Path
    html: Path
    pages: int
    label: str  # "Committee edition", "Supplement 1 to the committee edition" ...
    issue: Issue | None  # the publication this is, if it is one
    changes: tuple[str, ...]  # what changed since publication (a published pack given again), or in it
    given_as_published: bool  # the published file was given again, not a new build

    def describe(self) -> str:
        """One line: what was written, how long it is and where."""
        pages = "1 page" if self.pages == 1 else f"{self.pages} pages"
        what = self.label
        if self.issue is not None:
            when = long_date(self.issue.published_on)
            what += f" as published on {when}" if self.given_as_published else f", published on {when}"
        the = "" if what.startswith("Supplement") else "the "
        return (
            f"wrote {the}{what[0].lower()}{what[1:]}, {pages}, to {self.pdf}, "
            f"and its accessible edition to {self.html.name}"
        )


def html_path(pdf: Path) -> Path:
    """Where the accessible HTML edition of a PDF is written: beside it, with the same name."""
    pdf = Path(pdf)
    name = f"{pdf.stem}.accessible.html" if pdf.suffix.lower() == ".html" else f"{pdf.stem}.html"
    return pdf.with_name(name)


def _stage(progress: Progress, stage: str) -> Progress:
    low, high = _STAGES[stage]

    def report(done: int, of: int, what: str) -> None:
        fraction = done / of if of > 0 else 0.0
        progress(low + round((high - low) * min(1.0, max(0.0, fraction))), 100, what)

    return report


def make_pack(
    desk: Desk,
    meeting_id: UUID,
    out: Path,
    *,
    edition: str = "committee",
    sections: Collection[str] | None = None,
    mode: str = "draft",
    progress: Progress = no_progress,
    cancelled: Cancel = never_cancelled,
) -> Made:
    """Make the pack asked for and write it to `out` (PDF) and beside it (HTML). See the module's text."""
    if mode not in MODES:
        raise ValueError(f"mode {mode!r} is not one of {MODES}")
    out = Path(out)
    if out.is_dir():
        raise OutputError("this is a folder; give a file name to write to", where=str(out))
    issues = desk.pack_issues
    if mode != "draft" and edition not in PUBLISHED_EDITIONS:
        raise CpdeskError(
            "a member's edition is your own copy, with your own notes: it is never published; "
            "publish the committee or chair's edition"
        )
    latest = issues.latest_version(meeting_id, edition) if edition in PUBLISHED_EDITIONS else None

    if mode == "draft" and latest is not None and sections is None:
        return _give_published(desk, meeting_id, out, edition, latest, progress, cancelled)

    pack = desk.packs.build(
        meeting_id, edition, sections, progress=_stage(progress, "build"), cancelled=cancelled
    )
    changes: tuple[str, ...] = ()
    if mode == "publish":
        if latest is not None:
            raise CpdeskError(
                f"the {edition} edition was published on {latest.published_on:%d %B %Y}: "
                "make a supplement or a new version instead"
            )
    elif mode == "supplement":
        changes = tuple(issues.changes(pack))
        pack = issues.supplement(pack)
    elif mode == "reissue":
        changes = tuple(issues.changes(pack))
        pack = issues.reissue(pack)
    return _write(desk, pack, out, mode, changes, progress, cancelled)


def _write(
    desk: Desk,
    pack: Pack,
    out: Path,
    mode: str,
    changes: tuple[str, ...],
    progress: Progress,
    cancelled: Cancel,
) -> Made:
    data, pages = render_pack(pack, progress=_stage(progress, "pdf"), cancelled=cancelled)
    if cancelled():
        raise Cancelled()
    html = render_html(pack, progress=_stage(progress, "html"), cancelled=cancelled)
    _write_pair(out, data, html, private=pack.cover.edition == "member")
    issue = None
    if mode != "draft":
        try:
            issue = desk.pack_issues.publish(pack, data, html, pages)
        except BaseException:  # not published: the files must not pass for the published pack
            out.unlink(missing_ok=True)
            html_path(out).unlink(missing_ok=True)
            raise
    progress(100, 100, "Done")
    return Made(out, html_path(out), pages, pack.edition_label, issue, changes, False)


def _give_published(
    desk: Desk,
    meeting_id: UUID,
    out: Path,
    edition: str,
    latest: Issue,
    progress: Progress,
    cancelled: Cancel,
) -> Made:
    """The published pack, byte for byte, and what has changed since it and its supplements."""
    issues = desk.pack_issues
    pack = desk.packs.build(meeting_id, edition, progress=_stage(progress, "build"), cancelled=cancelled)
    changes = tuple(issues.changes(pack))
    _write_pair(out, issues.pdf(latest.id), issues.html(latest.id))
    progress(100, 100, "Done")
    return Made(out, html_path(out), latest.page_count, pack.edition_label, latest, changes, True)


def short_name(issue: Issue) -> str:
    """How a publication is asked for on the command line: v1, v2, S1 (of version 1), v2-S1."""
    version = f"v{issue.version}"
    if not issue.supplement:
        return version
    return f"S{issue.supplement}" if issue.version == 1 else f"{version}-S{issue.supplement}"


def find_published(desk: Desk, meeting_id: UUID, edition: str, name: str) -> Issue:
    """The publication a short name (see short_name) stands for, or a refusal listing those there are."""
    issues = desk.pack_issues.issues(meeting_id, edition)
    wanted = name.strip().lower()
    for issue in issues:
        if short_name(issue).lower() == wanted:
            return issue
    held = ", ".join(short_name(issue) for issue in issues) or "none yet"
    raise CpdeskError(f"there is no publication {name!r} of the {edition} edition (published: {held})")


def save_published(desk: Desk, issue: Issue, out: Path) -> Made:
    """A publication written again exactly as it was published: PDF and HTML, byte for byte."""
    out = Path(out)
    issues = desk.pack_issues
    _write_pair(out, issues.pdf(issue.id), issues.html(issue.id))
    label = f"{EDITIONS[issue.edition]}, {issue.label[:1].lower()}{issue.label[1:]}"
    return Made(out, html_path(out), issue.page_count, label, issue, (), True)


def _write_pair(out: Path, data: bytes, html: str, *, private: bool = False) -> None:
    """The PDF and its HTML edition, each whole; if the second cannot be written, neither is left.
    A member's edition holds their own notes: it is written readable by them only."""
    second = html_path(out)
    write_bytes_atomically(out, data, private=private)
    try:
        write_bytes_atomically(second, html.encode("utf-8"), private=private)
    except BaseException:
        out.unlink(missing_ok=True)
        raise
