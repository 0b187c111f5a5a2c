"""`cpdesk you-said-we-did`: the sheet for young people, written from the command line and read back."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pypdf
import pytest

from cpdesk.__main__ import main
from cpdesk.domain.desk import Desk
from cpdesk.domain.example import write_example

TODAY = date.today()  # the command runs on today's date, as a clerk's would


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_example(tmp_path_factory.mktemp("sheet") / "example.db", TODAY)


def _text(pdf: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)


def test_the_sheet_holds_what_young_people_said_and_what_happened_and_nothing_internal(
    example: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "you-said-we-did.pdf"
    assert main(["you-said-we-did", "--db", str(example), "--out", str(out)]) == 0
    said = capsys.readouterr().out
    with Desk.open(example) as desk:
        challenges = desk.challenges.challenges()
        officers = [p.name for p in desk.people.people("officer")]
    answered = [c for c in challenges if c.status in ("response_agreed", "done", "not_possible")]
    assert said.startswith(f"wrote {len(answered)} challenges on ")
    text = " ".join(_text(out).split())
    for challenge in answered:
        assert " ".join(challenge.you_said.split()) in text
    for challenge in challenges:
        assert challenge.reference not in text
        if challenge.status in ("raised", "taken"):
            assert " ".join(challenge.you_said.split()) not in text or any(
                a.you_said == challenge.you_said for a in answered
            )
    for name in officers:
        assert name not in text and not re.search(rf"\b{re.escape(name.split()[0])}\b", text)
    not_possible = next(c for c in challenges if c.status == "not_possible")
    assert " ".join(not_possible.reason.split()) in text
    reader = pypdf.PdfReader(out)
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    assert [round(float(x)) for x in reader.pages[0].mediabox[2:]] == [595, 842]  # A4


def test_since_leaves_out_earlier_challenges(
    example: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "later.pdf"
    assert main(["you-said-we-did", "--db", str(example), "--out", str(out), "--since", "2999-01-01"]) == 0
    assert capsys.readouterr().out.startswith("wrote 0 challenges on 1 page to ")
    assert "There is nothing on this sheet yet" in " ".join(_text(out).split())


def test_hard_sentences_are_named_before_printing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "cpdesk.db"
    with Desk.open(db, today=lambda: date(2026, 3, 20)) as desk:
        yp = desk.meetings.create_meeting(desk.people.body("young_people").id, date(2026, 3, 3)).id
        sub = desk.meetings.create_meeting(desk.people.body("sub_committee").id, date(2026, 3, 10)).id
        item = next(i.id for i in desk.agenda.build_from_template(sub) if i.standing_kind == "young_people")
        cid = desk.challenges.raise_challenge(yp, "We want better wifi.").id
        desk.challenges.take_to(cid, item)
        desk.challenges.record_response(
            cid,
            "The organisational infrastructure considerations necessitate comprehensive evaluation of "
            "telecommunications procurement methodologies prior to implementation.",
        )
    out = tmp_path / "sheet.pdf"
    assert main(["you-said-we-did", "--db", str(db), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert err.startswith("cpdesk: reads hard: “The organisational infrastructure")
    assert "reading age" in err
    assert out.exists()


def test_a_bad_since_date_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(
            [
                "you-said-we-did",
                "--db",
                str(tmp_path / "x.db"),
                "--out",
                str(tmp_path / "o.pdf"),
                "--since",
                "March",
            ]
        )
    assert done.value.code == 2
    assert "'March' is not a date written as YYYY-MM-DD" in capsys.readouterr().err
    assert not (tmp_path / "x.db").exists()


def test_an_unwritable_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "no-such-folder" / "sheet.pdf"
    assert main(["you-said-we-did", "--db", str(tmp_path / "x.db"), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("cpdesk: ") and len(err.strip().splitlines()) == 1
    assert not out.exists()
