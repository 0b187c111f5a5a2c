"""`cpdesk meetings import-moderngov FILE` and `cpdesk calendar export FILE`: what they say, their exit
status, and a refusal that changes nothing."""

from __future__ import annotations

import io
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import icalendar
import pytest

from cpdesk.__main__ import EXIT_DONE, EXIT_REFUSED, EXIT_USAGE, main
from cpdesk.domain.desk import Desk
from tests.conftest import SHARED, database_dump, needs_shared
from tests.domain.test_moderngov import BILLION_LAUGHS, OTHER_COUNCIL

REAL = SHARED / "data" / "moderngov"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = main(list(argv))
        except SystemExit as exit_:  # argparse's usage errors
            code = int(exit_.code or 0)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def db(strategy_db: Desk) -> Path:
    strategy_db.close()
    return strategy_db.path


def dump(path: Path) -> list[str]:
    with Desk.open(path) as desk:
        return database_dump(desk)


@needs_shared
def test_importing_the_real_responses_then_listing_the_meetings(db: Path) -> None:
    code, out, err = run("meetings", "import-moderngov", str(REAL / "meetings.xml"), "--db", str(db))
    assert (code, err) == (EXIT_DONE, "")
    assert out.startswith("Audit Committee: 2 meetings added (13 January 2026, cancelled; 10 February 2026)")
    code, out, _ = run(
        "meetings", "import-moderngov", str(REAL / "meeting_with_minutes.xml"), "--db", str(db)
    )
    assert code == EXIT_DONE and "2 agenda items added" in out
    code, out, _ = run("meetings", "list", "--db", str(db))
    assert (
        out.splitlines()
        == [
            "2026-01-13  10:00  Corporate Parenting Sub-Committee  Cancelled",
            "2026-02-10  10:00  Corporate Parenting Sub-Committee  Agenda published  "
            "Council Antechamber, Level 2, Town Hall Extension",
        ]
        or out.splitlines()[1].split("  ")[3] == "Held"
    )
    before = dump(db)
    code, out, _ = run("meetings", "import-moderngov", str(REAL / "meetings.xml"), "--db", str(db))
    assert code == EXIT_DONE and out.startswith("Audit Committee: 2 meetings unchanged")
    after = dump(db)
    assert [r for r in after if 'INTO "audit"' not in r] == [r for r in before if 'INTO "audit"' not in r]


@needs_shared
def test_a_list_of_committees_is_told_and_nothing_imported(db: Path) -> None:
    code, out, _ = run("meetings", "import-moderngov", str(REAL / "committees.xml"), "--db", str(db))
    assert code == EXIT_DONE
    assert "Art Galleries Committee (163); Audit Committee (144). Nothing was imported" in out


def test_into_a_body_chosen(db: Path, tmp_path: Path) -> None:
    response = tmp_path / "other.xml"
    response.write_bytes(OTHER_COUNCIL)
    code, out, _ = run(
        "meetings", "import-moderngov", str(response), "--body", "Corporate Parenting Steering Group",
        "--db", str(db),
    )  # fmt: skip
    assert code == EXIT_DONE and "meetings of the Corporate Parenting Steering Group in cpdesk" in out
    assert (
        run("meetings", "list", "--db", str(db))[1].startswith(
            "2025-07-03  14:00  Corporate Parenting Steering Group  Agenda published"
        )
        or "Corporate Parenting Steering Group" in run("meetings", "list", "--db", str(db))[1]
    )


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (BILLION_LAUGHS, "refused: it declares a DOCTYPE"),
        (b"date,time\n", "this is not well-formed XML"),
        (b"<meeting><meetingid>9</meetingid><meetingdate>32/01/2026</meetingdate></meeting>",
         "meeting 9: <meetingdate>: '32/01/2026' is not a date written as dd/mm/yyyy"),
    ],
)  # fmt: skip
def test_a_refusal_is_one_line_and_changes_nothing(
    db: Path, tmp_path: Path, content: bytes, said: str
) -> None:
    before = dump(db)
    bad = tmp_path / "bad.xml"
    bad.write_bytes(content)
    code, out, err = run("meetings", "import-moderngov", str(bad), "--db", str(db))
    assert (code, out) == (EXIT_REFUSED, "")
    assert err.startswith(f"cpdesk: {bad}") and said in err and len(err.splitlines()) == 1
    assert dump(db) == before


def test_a_body_not_there_is_refused(db: Path, tmp_path: Path) -> None:
    response = tmp_path / "other.xml"
    response.write_bytes(OTHER_COUNCIL)
    code, _, err = run("meetings", "import-moderngov", str(response), "--body", "Scrutiny", "--db", str(db))
    assert code == EXIT_REFUSED and err.startswith("cpdesk: there is no body called 'Scrutiny'")


def test_usage_errors(db: Path) -> None:
    assert run("meetings", "import-moderngov", "--db", str(db))[0] == EXIT_USAGE
    assert run("calendar", "--db", str(db))[0] == EXIT_USAGE
    assert run("calendar", "export", "--db", str(db))[0] == EXIT_USAGE


def test_a_missing_file_is_refused_before_a_database_is_made(tmp_path: Path) -> None:
    new = tmp_path / "new.db"
    code, _, err = run("meetings", "import-moderngov", str(tmp_path / "none.xml"), "--db", str(new))
    assert code == EXIT_REFUSED and "there is no such file" in err
    assert not new.exists()


def test_calendar_export(db: Path, tmp_path: Path) -> None:
    response = tmp_path / "other.xml"
    response.write_bytes(OTHER_COUNCIL)
    assert run("meetings", "import-moderngov", str(response), "--db", str(db))[0] == EXIT_DONE
    out_file = tmp_path / "committee.ics"
    code, out, err = run("calendar", "export", str(out_file), "--db", str(db))
    assert (code, err) == (EXIT_DONE, "")
    assert out == f"wrote 1 meeting and the due dates of 0 open actions to {out_file}\n"
    (event,) = icalendar.Calendar.from_ical(out_file.read_bytes()).walk("VEVENT")
    assert str(event["summary"]) == "Corporate Parenting Sub-Committee"
    code, _, err = run("calendar", "export", str(tmp_path / "nowhere" / "c.ics"), "--db", str(db))
    assert code == EXIT_REFUSED and "does not exist" in err
