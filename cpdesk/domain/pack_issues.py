"""Published means fixed: a published pack is kept as it was given out; later changes make a supplement.

Publishing records a meeting's pack in the committee's or the chair's edition (a member's edition is
their own copy and is never published): version 1, then supplements S1, S2 ... to it, each with its own
page numbers and a first page saying what changed, so that the published pages never move; or a whole
new version (2, 3 ...) listing what changed since the last one. The published PDF and HTML are kept
byte for byte, so the same file can be given again, and the database refuses to change or remove them.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any
from uuid import UUID

import peewee as pw

from cpdesk.domain.dates import long_date
from cpdesk.domain.meetings import meeting_row
from cpdesk.domain.pack_changes import (
    CHANGES,
    changed_sections,
    differences,
    published_state,
    snapshot,
)
from cpdesk.domain.pack_model import EDITIONS, Bullets, Pack, Para, Section, Table
from cpdesk.errors import InputError, NotFoundError
from cpdesk.store.packs import PUBLISHED_EDITIONS, PackIssue

__all__ = ["Issue", "PackIssueService", "snapshot"]


@dataclass(frozen=True)
class Issue:
    """One publication of a meeting's pack: a version of the whole pack, or a supplement to one."""

    id: UUID
    meeting_id: UUID
    edition: str  # "committee" or "chair"
    version: int  # 1, 2 ...
    supplement: int  # 0 for the pack itself; 1, 2 ... for S1, S2
    published_on: date
    page_count: int

    @property
    def label(self) -> str:
        """ "Version 1", "Supplement 1 (S1)", "Supplement 1 (S1) to version 2"."""
        if not self.supplement:
            return f"Version {self.version}"
        to = f" to version {self.version}" if self.version > 1 else ""
        return f"Supplement {self.supplement} (S{self.supplement}){to}"

    @property
    def edition_words(self) -> str:
        """ "the committee edition", "the chair's edition"."""
        return _edition(self.edition)


def _edition(edition: str) -> str:
    words = EDITIONS.get(edition, edition)
    return f"the {words[:1].lower()}{words[1:]}"


def _issue(row: PackIssue) -> Issue:
    return Issue(
        id=row.id,
        meeting_id=row.meeting_id,
        edition=row.edition,
        version=row.version,
        supplement=row.supplement,
        published_on=date.fromisoformat(row.published_on),
        page_count=row.page_count,
    )


_LISTED = (
    PackIssue.id,
    PackIssue.meeting,
    PackIssue.edition,
    PackIssue.version,
    PackIssue.supplement,
    PackIssue.published_on,
    PackIssue.page_count,
)  # the bytes stay in the database until asked for


class PackIssueService:
    """Publishing a meeting's pack, and what has changed since; every publication is one transaction."""

    def __init__(self, db: pw.Database, today: Callable[[], date]) -> None:
        self._db = db
        self._today = today

    # --- reading ---

    def snapshot(self, pack: Pack) -> dict[str, Any]:
        """The pack as plain, JSON-able data (papers by sha256): what a publication keeps to compare."""
        return snapshot(pack)

    def issues(self, meeting_id: UUID, edition: str | None = None) -> list[Issue]:
        """A meeting's publications, oldest first (by edition, version, then supplement)."""
        query = PackIssue.select(*_LISTED).where(PackIssue.meeting == meeting_id)
        if edition is not None:
            query = query.where(PackIssue.edition == edition)
        rows = query.order_by(PackIssue.edition, PackIssue.version, PackIssue.supplement)
        return [_issue(row) for row in rows]

    def latest_version(self, meeting_id: UUID, edition: str) -> Issue | None:
        """The newest version of the whole pack published in an edition (not its supplements), if any."""
        row = (
            PackIssue.select(*_LISTED)
            .where((PackIssue.meeting == meeting_id) & (PackIssue.edition == edition))
            .where(PackIssue.supplement == 0)
            .order_by(PackIssue.version.desc())
            .first()
        )
        return _issue(row) if row is not None else None

    def pdf(self, issue_id: UUID) -> bytes:
        """The published PDF, byte for byte as it was given out."""
        return bytes(self._row(issue_id, PackIssue.pdf).pdf)

    def html(self, issue_id: UUID) -> str:
        """The published accessible HTML edition, as it was given out."""
        return str(self._row(issue_id, PackIssue.html).html)

    def _row(self, issue_id: UUID, column: pw.Field) -> PackIssue:
        row = PackIssue.select(PackIssue.id, column).where(PackIssue.id == issue_id).first()
        if row is None:
            raise NotFoundError("that published pack is not in this database")
        return row  # type: ignore[no-any-return]

    def _published(self, meeting_id: UUID, edition: str) -> tuple[list[Issue], dict[str, Any]] | None:
        """The latest version and its supplements, and what they amount to together; None if unpublished."""
        latest = self.latest_version(meeting_id, edition)
        if latest is None:
            return None
        rows = list(
            PackIssue.select(*_LISTED, PackIssue.snapshot)
            .where(
                (PackIssue.meeting == meeting_id)
                & (PackIssue.edition == edition)
                & (PackIssue.version == latest.version)
            )
            .order_by(PackIssue.supplement)
        )
        snaps = [json.loads(row.snapshot) for row in rows]
        return [_issue(row) for row in rows], published_state(snaps[0], snaps[1:])

    def _version_snapshot(self, issue: Issue) -> dict[str, Any]:
        row = PackIssue.select(PackIssue.snapshot).where(PackIssue.id == issue.id).get()
        return json.loads(row.snapshot)  # type: ignore[no-any-return]

    # --- what changed ---

    def changes(self, pack: Pack) -> list[str]:
        """What differs between a freshly built pack and what was published for its meeting and edition
        (the last version and its supplements), in plain words; empty when nothing was published."""
        published = self._published(pack.meeting_id, pack.cover.edition)
        if published is None:
            return []
        return differences(published[1], snapshot(pack))

    # --- publishing ---

    def publish(self, pack: Pack, pdf: bytes, html: str, pages: int) -> Issue:
        """Record the pack as published, with its PDF and HTML as given out; refused out of turn."""
        edition = pack.cover.edition
        if edition not in PUBLISHED_EDITIONS:
            raise InputError(
                "a member's edition is their own copy, with their own notes: it is never published; "
                "publish the committee's or the chair's edition"
            )
        if not pdf or pages < 1:
            raise InputError("a published pack needs its PDF and its number of pages")
        with self._db.atomic():
            meeting_row(pack.meeting_id)
            self._refuse_out_of_turn(pack)
            row = PackIssue.create(
                meeting=pack.meeting_id,
                edition=edition,
                version=pack.version,
                supplement=pack.supplement,
                published_on=self._today().isoformat(),
                page_count=pages,
                snapshot=json.dumps(snapshot(pack), sort_keys=True, ensure_ascii=False),
                pdf=pdf,
                html=html,
            )
        return _issue(row)

    def _refuse_out_of_turn(self, pack: Pack) -> None:
        edition = _edition(pack.cover.edition)
        latest = self.latest_version(pack.meeting_id, pack.cover.edition)
        if pack.supplement == 0:
            if latest is None:
                if pack.version != 1:
                    raise InputError(
                        f"this is version {pack.version}, but nothing of {edition} has been published yet: "
                        "publish version 1 first"
                    )
                return
            if pack.version == latest.version:
                raise InputError(
                    f"version {latest.version} of {edition} was published on "
                    f"{long_date(latest.published_on)}: make a supplement or a new version instead"
                )
            if pack.version != latest.version + 1:
                raise InputError(
                    f"version {latest.version} of {edition} is the latest published, so the next is "
                    f"version {latest.version + 1}, not version {pack.version}"
                )
            return
        if latest is None:
            raise InputError(
                f"nothing of {edition} has been published yet: publish the pack before a supplement to it"
            )
        if pack.version != latest.version:
            raise InputError(
                f"this supplement is to version {pack.version}, but the latest published is "
                f"version {latest.version}"
            )
        following = self._last_supplement(latest) + 1
        if pack.supplement != following:
            raise InputError(
                f"the next supplement to version {latest.version} of {edition} is S{following}, "
                f"not S{pack.supplement}"
            )

    def _last_supplement(self, version: Issue) -> int:
        found = (
            PackIssue.select(pw.fn.MAX(PackIssue.supplement))
            .where(
                (PackIssue.meeting == version.meeting_id)
                & (PackIssue.edition == version.edition)
                & (PackIssue.version == version.version)
            )
            .scalar()
        )
        return int(found or 0)

    # --- supplements and new versions ---

    def supplement(self, pack: Pack) -> Pack:
        """The next supplement (S1, S2 ...) to the published pack: a page of what changed, then only the
        sections that changed (in the agenda and the reports, only the items that did)."""
        edition = _edition(pack.cover.edition)
        published = self._published(pack.meeting_id, pack.cover.edition)
        if published is None:
            raise InputError(
                f"nothing of {edition} has been published yet: publish the pack before a supplement to it"
            )
        issued, state = published
        lines = differences(state, snapshot(pack))
        last = issued[-1]
        if not lines:
            raise InputError(
                f"nothing has changed since {edition} ({last.label.lower()}, "
                f"published {long_date(last.published_on)}) was published: there is no supplement to make"
            )
        number = last.supplement + 1
        first = Section(
            CHANGES,
            "What has changed since the pack was published",
            (
                Para(
                    f"This is Supplement {number} (S{number}) to {edition}. Its pages are numbered "
                    f"S{number}-1, S{number}-2 and so on, so the pages already published do not change."
                ),
                Bullets(tuple(lines)),
                _published_table(issued),
            ),
        )
        return replace(
            pack,
            sections=(first, *changed_sections(state, pack)),
            version=issued[0].version,
            supplement=number,
            show_cover=True,
            contents=True,
            published_on=None,
        )

    def reissue(self, pack: Pack) -> Pack:
        """The whole pack as the next version, opening with what changed since the last version."""
        edition = _edition(pack.cover.edition)
        published = self._published(pack.meeting_id, pack.cover.edition)
        if published is None:
            raise InputError(f"nothing of {edition} has been published yet: publish version 1 first")
        issued, _ = published
        version = issued[0]
        # Everything since the last version itself: someone holding only that version reads it all here.
        lines = differences(self._version_snapshot(version), snapshot(pack))
        blocks = (
            Para(
                f"This is version {version.version + 1} of {edition}. It replaces version {version.version}"
                + (" and its supplements" if len(issued) > 1 else "")
                + " whole."
            ),
            Bullets(tuple(lines))
            if lines
            else Para(f"Nothing in the pack has changed since version {version.version}."),
            _published_table(issued),
        )
        first = Section(CHANGES, f"What has changed since version {version.version}", blocks)
        sections = tuple(s for s in pack.sections if s.key != CHANGES)
        return replace(
            pack,
            sections=(first, *sections),
            version=version.version + 1,
            supplement=0,
            published_on=None,
        )


def _published_table(issued: list[Issue]) -> Table:
    return Table(
        "Published before",
        ("Published", "On", "Pages"),
        tuple((issue.label, long_date(issue.published_on), str(issue.page_count)) for issue in issued),
        (2.0, 2.0, 1.0),
    )
