"""The command line: exit status 0 done, 1 refused with one line on stderr, 2 usage."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cpdesk import __version__
from cpdesk.__main__ import main
from tests.conftest import SHARED, needs_shared

SHORT = Path(__file__).resolve().parent / "data" / "strategy-2023-2028-short.json"


def test_version_is_printed(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"cpdesk {__version__}"


def test_help_names_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert "--db PATH" in out and "strategy" in out


def test_a_wrong_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["strategy", "frobnicate"])
    assert done.value.code == 2


def test_a_new_path_becomes_a_database_with_the_bundled_strategy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "new" / "committee.db"
    assert main(["--db", str(db), "strategy", "versions"]) == 0
    assert db.exists()
    assert "* " in capsys.readouterr().out


def test_db_may_follow_the_sub_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "after.db"
    assert main(["strategy", "versions", "--db", str(db)]) == 0
    assert db.exists()


def test_without_db_the_user_data_folder_is_used(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["strategy", "versions"]) == 0
    assert (tmp_path / "user-data" / "cpdesk.db").exists()


def test_export_and_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, out = tmp_path / "c.db", tmp_path / "out.json"
    assert main(["strategy", "export", str(out), "--db", str(db)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["strategy"]["version_label"] == "2025-2030"
    assert main(["strategy", "import", str(SHORT), "--db", str(db)]) == 0
    assert "imported Corporate Parenting Strategy 2023-2028 (current)" in capsys.readouterr().out
    assert main(["strategy", "versions", "--db", str(db)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and lines[0].startswith("* ") and "2023-2028" in lines[0]


def test_a_refused_file_is_one_line_on_stderr_exit_1_and_nothing_changes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, bad = tmp_path / "c.db", tmp_path / "bad.json"
    main(["strategy", "versions", "--db", str(db)])
    capsys.readouterr()
    before = db.read_bytes()
    bad.write_text('{"format": "cpdesk-strategy", "format_version": 1,\n "strategy": {"title": 3}}')
    assert main(["strategy", "import", str(bad), "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith(f"cpdesk: {bad}, line ")
    main(["strategy", "versions", "--db", str(db)])
    assert len(capsys.readouterr().out.splitlines()) == 1
    assert db.read_bytes() == before


def test_a_refused_import_does_not_make_a_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, bad = tmp_path / "typo.db", tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    assert main(["strategy", "import", str(bad), "--db", str(db)]) == 1
    assert not db.exists()


def test_a_database_from_a_newer_cpdesk_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    db = tmp_path / "c.db"
    main(["strategy", "versions", "--db", str(db)])
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA user_version = 999")
    conn.close()
    assert main(["strategy", "versions", "--db", str(db)]) == 1
    assert "newer cpdesk" in capsys.readouterr().err


def test_python_dash_m_runs_the_cli(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "cpdesk", "--db", str(tmp_path / "m.db"), "strategy", "versions"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "Corporate Parenting Strategy 2025-2030" in result.stdout


def test_example_writes_a_database_and_meetings_list_prints_its_meetings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import re

    path = tmp_path / "example.db"
    assert main(["example", str(path)]) == 0
    capsys.readouterr()
    assert main(["meetings", "list", "--db", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) >= 12
    assert all(re.match(r"\d{4}-\d{2}-\d{2} ", line) for line in lines)
    assert lines == sorted(lines, key=lambda line: line[:10])
    assert main(["example", str(path)]) == 1
    assert "only written to a new file" in capsys.readouterr().err


def test_actions_export_writes_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import csv

    path, out = tmp_path / "example.db", tmp_path / "actions.csv"
    main(["example", str(path)])
    assert main(["actions", "export", str(out), "--db", str(path)]) == 0
    with out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) >= 30
    assert {"owner", "due_date", "status", "rag"} <= set(rows[0])
    assert {row["rag"] for row in rows} >= {"Red", "Amber", "Green", "Completed"}


def test_the_example_never_touches_the_users_own_database(tmp_path: Path) -> None:
    from cpdesk.__main__ import example_database
    from cpdesk.config import default_database_path

    assert main(["strategy", "versions"]) == 0
    mine = default_database_path()
    before = mine.read_bytes()
    path = example_database()
    assert path != mine and path.exists()
    assert example_database() == path, "an up-to-date example is reused"
    assert mine.read_bytes() == before


def test_example_and_db_together_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--example", "--db", str(tmp_path / "x.db")])
    assert done.value.code == 2


DFE = SHARED / "data" / "dfe"


@needs_shared
def test_indicators_import_and_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import csv

    db, out = tmp_path / "c.db", tmp_path / "values.csv"
    stability = DFE / "la_cla_placement_stability.csv"
    assert main(["indicators", "import", str(stability), "--db", str(db)]) == 0
    assert "for 13 areas" in capsys.readouterr().out
    assert main(["indicators", "import", str(stability), "--la", "999", "--db", str(db)]) == 1
    assert "no local authority with code 999" in capsys.readouterr().err
    assert main(["indicators", "export", str(out), "--db", str(db)]) == 0
    with out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    long_term = [
        r
        for r in rows
        if r["area"] == "Cambridgeshire" and r["period"] == "2025" and "same carer" in r["indicator"]
    ]
    assert [(r["value"], r["numerator"], r["denominator"]) for r in long_term] == [("71", "142", "201")]
    own = tmp_path / "own.csv"
    own.write_text(f"indicator,period,value\n{long_term[0]['indicator']},2025-09,73\n", encoding="utf-8")
    assert main(["indicators", "import", str(own), "--db", str(db)]) == 0
    assert "imported 1 of the council's own figures" in capsys.readouterr().out


def test_a_council_file_missing_a_column_is_told_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    own = tmp_path / "own.csv"
    own.write_text("indicator,value\nChildren in care,706\n", encoding="utf-8")
    assert main(["indicators", "import", str(own), "--db", str(tmp_path / "c.db")]) == 1
    err = capsys.readouterr().err
    assert "line 1: missing column 'period'" in err and "time_period" not in err


@needs_shared
def test_another_authoritys_figures_can_be_chosen_for_the_lists(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "c.db"
    assert (
        main(
            [
                "indicators",
                "import",
                str(DFE / "la_cla_placement_stability.csv"),
                "--la",
                "874",
                "--db",
                str(db),
            ]
        )
        == 0
    )
    assert "cpdesk indicators council 874" in capsys.readouterr().out
    assert main(["indicators", "council", "--db", str(db)]) == 0
    assert capsys.readouterr().out.startswith("Cambridgeshire (873 / E10000003)")
    assert main(["indicators", "council", "874", "--db", str(db)]) == 0
    assert capsys.readouterr().out.startswith("Peterborough (874 / E06000031)")
    assert main(["indicators", "council", "999", "--db", str(db)]) == 1
    assert "no local authority with code 999" in capsys.readouterr().err
