"""make_pack, end to end on a database: whole files or none, and a publication recorded only when written."""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pypdf
import pytest

from cpdesk.domain.desk import Desk
from cpdesk.domain.example import write_example
from cpdesk.domain.pack_model import Cancelled
from cpdesk.errors import CpdeskError, OutputError
from cpdesk.packs.briefing import find_published, html_path, make_pack, save_published, short_name

TODAY = date.today()


@pytest.fixture(scope="module")
def example_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_example(tmp_path_factory.mktemp("make-pack") / "example.db", TODAY)


@pytest.fixture
def desk(example_file: Path, tmp_path: Path) -> Desk:
    copy = tmp_path / "db" / "example.db"
    copy.parent.mkdir()
    shutil.copy(example_file, copy)
    opened = Desk.open(copy)
    yield opened  # type: ignore[misc]
    opened.close()


def _out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir(exist_ok=True)
    return folder / "pack.pdf"


def test_the_pdf_and_its_html_edition_are_written_side_by_side(desk: Desk, tmp_path: Path) -> None:
    meeting = desk.meetings.find("next")
    out = _out(tmp_path)
    made = make_pack(desk, meeting.id, out)
    assert made.pdf == out and made.html == html_path(out) == out.with_suffix(".html")
    assert made.pages == len(pypdf.PdfReader(out).pages) and made.issue is None
    assert '<html lang="en-GB"' in made.html.read_text(encoding="utf-8")
    assert sorted(p.name for p in out.parent.iterdir()) == ["pack.html", "pack.pdf"]


def test_a_paper_no_longer_readable_is_told_by_name_and_nothing_is_written(
    desk: Desk, tmp_path: Path
) -> None:
    meeting = desk.meetings.find("next")
    paper = next(p for item in desk.agenda.items(meeting.id) for p in desk.agenda.papers(item.id))
    with sqlite3.connect(desk.path) as raw:  # the stored file damaged behind cpdesk's back
        raw.execute(
            "UPDATE paper_content SET data = ? WHERE paper_id = ?", (b"%PDF-1.7 damaged", paper.id.hex)
        )
    out = _out(tmp_path)
    with pytest.raises(CpdeskError) as refused:
        make_pack(desk, meeting.id, out)
    assert paper.title in str(refused.value) and "cannot be read" in str(refused.value)
    assert list(out.parent.iterdir()) == []


def test_a_full_disk_leaves_no_file_and_publishes_nothing(
    desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = desk.meetings.find("next")
    out = _out(tmp_path)
    real_replace = os.replace
    calls: list[str] = []

    def full_on_the_second(source: object, target: object) -> None:
        calls.append(str(target))
        if len(calls) == 2:  # the PDF went in; the HTML edition finds the disk full
            raise OSError(28, "No space left on device")
        real_replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", full_on_the_second)
    with pytest.raises(OutputError, match="No space left on device"):
        make_pack(desk, meeting.id, out, mode="publish")
    assert list(out.parent.iterdir()) == []
    assert desk.pack_issues.issues(meeting.id) == []


def test_a_cancelled_build_writes_nothing(desk: Desk, tmp_path: Path) -> None:
    meeting = desk.meetings.find("next")
    out = _out(tmp_path)
    with pytest.raises(Cancelled):
        make_pack(desk, meeting.id, out, mode="publish", cancelled=lambda: True)
    assert list(out.parent.iterdir()) == []
    assert desk.pack_issues.issues(meeting.id) == []


def test_a_members_edition_is_readable_by_them_only_and_never_published(desk: Desk, tmp_path: Path) -> None:
    meeting = desk.meetings.find("next")
    desk.notes.set_current_user("Cllr Example", "member")
    out = _out(tmp_path)
    make_pack(desk, meeting.id, out, edition="member")
    assert out.stat().st_mode & 0o077 == 0 and html_path(out).stat().st_mode & 0o077 == 0
    with pytest.raises(CpdeskError, match="never published"):
        make_pack(desk, meeting.id, out, edition="member", mode="publish")


def test_progress_runs_from_nothing_to_done(desk: Desk, tmp_path: Path) -> None:
    meeting = desk.meetings.find("next")
    seen: list[tuple[int, int]] = []
    make_pack(desk, meeting.id, _out(tmp_path), progress=lambda done, of, _what: seen.append((done, of)))
    fractions = [done / of for done, of in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0 and len(fractions) > 5


def test_publications_are_found_by_their_short_names(desk: Desk, tmp_path: Path) -> None:
    meeting = desk.meetings.find("next")
    v1 = make_pack(desk, meeting.id, tmp_path / "v1.pdf", mode="publish")
    item = desk.agenda.items(meeting.id)[-3]
    desk.agenda.update_item(item.id, title="Renamed after publication")
    make_pack(desk, meeting.id, tmp_path / "s1.pdf", mode="supplement")
    make_pack(desk, meeting.id, tmp_path / "v2.pdf", mode="reissue")
    desk.agenda.update_item(item.id, title="Renamed again")
    make_pack(desk, meeting.id, tmp_path / "v2-s1.pdf", mode="supplement")
    names = [short_name(issue) for issue in desk.pack_issues.issues(meeting.id, "committee")]
    assert names == ["v1", "S1", "v2", "v2-S1"]
    assert v1.issue is not None and find_published(desk, meeting.id, "committee", "V1").id == v1.issue.id
    again = save_published(
        desk, find_published(desk, meeting.id, "committee", "v2-s1"), tmp_path / "copy.pdf"
    )
    assert (tmp_path / "copy.pdf").read_bytes() == (tmp_path / "v2-s1.pdf").read_bytes()
    assert again.given_as_published and again.pages == len(pypdf.PdfReader(tmp_path / "copy.pdf").pages)
