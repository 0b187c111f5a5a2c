"""`cpdesk pack`: a meeting's briefing pack from the command line, published, supplemented and reissued."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pypdf
import pytest

from cpdesk.__main__ import PACK_SECTIONS, main
from cpdesk.domain.desk import Desk
from cpdesk.domain.example import write_example
from cpdesk.domain.pack_model import SECTIONS

TODAY = date.today()  # the command runs on today's date, as a clerk's would


@pytest.fixture(scope="module")
def example_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_example(tmp_path_factory.mktemp("pack") / "example.db", TODAY)


@pytest.fixture
def example(example_file: Path, tmp_path: Path) -> Path:
    """A copy of the example database of its own for each test: packs are published into it."""
    copy = tmp_path / "example.db"
    shutil.copy(example_file, copy)
    return copy


def _text(pdf: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages).split())


def _labels(pdf: Path) -> list[str]:
    return list(pypdf.PdfReader(pdf).page_labels)


def test_help_names_every_section_the_pack_has() -> None:
    assert tuple(SECTIONS) == PACK_SECTIONS


def test_the_next_meetings_pack_is_written_with_its_accessible_edition(
    example: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "pack.pdf"
    assert main(["pack", "next", "--db", str(example), "--out", str(out)]) == 0
    said = capsys.readouterr().out
    pages = len(pypdf.PdfReader(out).pages)
    assert said.startswith(f"wrote the committee edition, {pages} pages, to {out}")
    assert (tmp_path / "pack.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    with Desk.open(example) as desk:
        meeting = desk.meetings.find("next")
        titles = [item.title for item in desk.agenda.items(meeting.id)]
        assert desk.pack_issues.issues(meeting.id) == []  # a plain pack is not a publication
    text = _text(out)
    for title in titles:
        assert " ".join(title.split()) in text
    assert _labels(out) == [str(n) for n in range(1, pages + 1)]


def test_sections_can_be_chosen_or_left_out(example: Path, tmp_path: Path) -> None:
    only = tmp_path / "agenda.pdf"
    argv = ["pack", "next", "--db", str(example), "--out", str(only), "--sections", "cover", "agenda"]
    assert main(argv) == 0
    text = _text(only)
    assert "Item 1." in text  # the agenda (whose standing items include an "Action log")
    assert "Since the last meeting" not in text and "Draft minutes of the last meeting" not in text
    without = tmp_path / "without.pdf"
    assert main(["pack", "next", "--db", str(example), "--out", str(without), "--leave-out", "reports"]) == 0
    text = _text(without)
    assert "Since the last meeting" in text and "Reports and papers" not in text


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["--sections", "agenda", "gossip"], "there is no section 'gossip' in the committee edition"),
        (["--sections", "tracker"], "there is no section 'tracker' in the committee edition"),
        (["--edition", "member", "--publish"], "a member's edition is your own copy"),
    ],
)
def test_what_cannot_be_made_is_refused_in_words_and_writes_nothing(
    example: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], said: str
) -> None:
    out = tmp_path / "pack.pdf"
    with Desk.open(example) as desk:  # the member's edition needs someone using cpdesk
        desk.notes.set_current_user("Cllr Example", "member")
    assert main(["pack", "next", "--db", str(example), "--out", str(out), *argv]) == 1
    assert said in capsys.readouterr().err
    assert list(tmp_path.glob("pack*")) == []


def test_a_published_pack_keeps_its_pages_and_changes_go_in_a_supplement(
    example: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    published = tmp_path / "published.pdf"
    assert main(["pack", "next", "--db", str(example), "--out", str(published), "--publish"]) == 0
    capsys.readouterr()
    with Desk.open(example) as desk:
        meeting = desk.meetings.find("next")
        item = desk.agenda.items(meeting.id)[-3]
        desk.agenda.update_item(item.id, title="Fostering recruitment: the revised plan")

    again = tmp_path / "again.pdf"
    assert main(["pack", "next", "--db", str(example), "--out", str(again)]) == 0
    err = capsys.readouterr().err
    assert again.read_bytes() == published.read_bytes()  # the published pack, page for page
    assert "unchanged" in err and "Fostering recruitment: the revised plan" in err

    supplement = tmp_path / "s1.pdf"
    assert main(["pack", "next", "--db", str(example), "--out", str(supplement), "--supplement"]) == 0
    labels = _labels(supplement)
    assert labels == [f"S1-{n}" for n in range(1, len(labels) + 1)]
    assert "Fostering recruitment: the revised plan" in _text(supplement)

    assert main(["pack", "next", "--db", str(example), "--out", str(supplement), "--publish"]) == 1
    assert "make a supplement or a new version instead" in capsys.readouterr().err

    assert main(["pack", "next", "--db", str(example), "--out", str(again)]) == 0
    err = capsys.readouterr().err
    assert "published: v1 (" in err and ", S1 (" in err and "get one with --published NAME" in err
    copy = tmp_path / "s1-again.pdf"
    assert main(["pack", "next", "--db", str(example), "--out", str(copy), "--published", "S1"]) == 0
    assert copy.read_bytes() == supplement.read_bytes()
    assert main(["pack", "next", "--db", str(example), "--out", str(copy), "--published", "S7"]) == 1
    assert (
        "there is no publication 'S7' of the committee edition (published: v1, S1)" in capsys.readouterr().err
    )

    reissued = tmp_path / "v2.pdf"
    assert main(["pack", "next", "--db", str(example), "--out", str(reissued), "--reissue"]) == 0
    reader = pypdf.PdfReader(reissued)
    assert all("version 2" in page.extract_text().lower() for page in reader.pages)
