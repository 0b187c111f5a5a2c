"""The command line's exit statuses: 1 only for refusals (one line, nothing changed), 70 for cpdesk's own
faults, and a start that loads only what the command needs."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from cpdesk.__main__ import EXIT_FAULT, EXIT_REFUSED, EXIT_SYSTEM, main
from cpdesk.domain.desk import Desk
from cpdesk.domain.indicators import IndicatorService
from tests.domain.test_import_properties import (
    PEP,
    QUOTED,
    SHORT,
    _figure_seeds,
    offered,
    strategy_changed,
)

THROUGH_THE_CLI = settings(max_examples=60, deadline=None)


def run(*argv: str) -> tuple[int, str, str]:
    """main() in this process, with what it printed on stdout and stderr."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


def assert_refused_in_one_line(code: int, err: str, path: Path) -> None:
    assert code == EXIT_REFUSED, err
    assert err.startswith("cpdesk: ") and err.endswith("\n") and err.count("\n") == 1, err
    assert str(path) in err, err


def test_any_strategy_file_exits_0_or_1_with_one_line_and_nothing_changed(
    _strategy_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("cli-strategy")
    db, path = folder / "c.db", folder / "offered.json"
    shutil.copyfile(_strategy_template, db)

    @THROUGH_THE_CLI
    @given(st.one_of(offered([SHORT.read_bytes()]), strategy_changed(json.loads(SHORT.read_bytes()))))
    def offer(data: bytes) -> None:
        path.write_bytes(data)
        before = db.read_bytes()
        code, out, err = run("strategy", "import", str(path), "--db", str(db))
        if code == 0:
            assert out.startswith("imported ") and err == ""
        else:
            assert_refused_in_one_line(code, err, path)
            assert db.read_bytes() == before

    offer()


def test_any_file_of_the_councils_figures_exits_0_or_1_with_one_line_and_nothing_changed(
    _strategy_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("cli-figures")
    db, path = folder / "c.db", folder / "ours.csv"
    shutil.copyfile(_strategy_template, db)
    with Desk.open(db) as desk:
        desk.indicators.create(PEP, "percent")
        desk.indicators.create(QUOTED, "count")
    header = b"indicator,period,value,note\n"

    @THROUGH_THE_CLI
    @given(st.one_of(offered(_figure_seeds()), st.binary(max_size=500).map(header.__add__)))
    def offer(data: bytes) -> None:
        path.write_bytes(data)
        assume(IndicatorService.is_council_figures(path))  # published statistics have their own tests
        before = db.read_bytes()
        code, out, err = run("indicators", "import", str(path), "--db", str(db))
        if code == 0:
            assert out.startswith("imported ") and err == ""
        else:
            assert_refused_in_one_line(code, err, path)
            assert db.read_bytes() == before

    offer()


def test_a_fault_in_cpdesk_exits_70_and_says_it_is_not_the_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cpdesk.domain.meetings import MeetingService

    db = tmp_path / "c.db"
    assert run("meetings", "list", "--db", str(db))[0] == 0

    def broken(self: Any) -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(MeetingService, "meetings", broken)
    code, _, err = run("meetings", "list", "--db", str(db))
    assert code == EXIT_FAULT == 70
    first, *rest = err.splitlines()
    assert first.startswith("cpdesk: internal error (ZeroDivisionError: division by zero): ")
    assert "a fault in cpdesk itself, not in your input" in first
    assert rest[0] == "Traceback (most recent call last):" and "in broken" in err
    log = Path(os.environ["CPDESK_DATA_DIR"]) / "logs" / "cpdesk.log"
    assert f"recorded, with nothing personal, in {log}" in first
    kept = log.read_text(encoding="utf-8")
    assert "builtins.ZeroDivisionError" in kept and "in broken" in kept
    assert "division by zero" not in kept  # the message is not kept: it may quote a user's words


def test_an_os_error_naming_the_users_file_is_a_refusal_and_one_naming_none_is_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cpdesk.domain.actions import ActionService

    db, out = tmp_path / "c.db", tmp_path / "actions.csv"
    assert run("meetings", "list", "--db", str(db))[0] == 0

    def missing(self: Any, path: Path) -> int:
        raise FileNotFoundError(2, "No such file or directory", str(path))

    monkeypatch.setattr(ActionService, "export_csv", missing)
    code, _, err = run("actions", "export", str(out), "--db", str(db))
    assert (code, err) == (EXIT_REFUSED, f"cpdesk: {out}: No such file or directory\n")

    def failing(self: Any, path: Path) -> int:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(ActionService, "export_csv", failing)
    code, _, err = run("actions", "export", str(out), "--db", str(db))
    assert (code, err) == (EXIT_SYSTEM, "cpdesk: the system could not do this (Input/output error)\n")


def test_help_explains_every_exit_status(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "exit status: 0 done; 1 refused" in out
    assert "70 a fault in cpdesk itself, not in the input" in out
    assert str(Path(os.environ["CPDESK_DATA_DIR"]) / "cpdesk.db") in out  # where the database is by default


def modules_loaded_by(*argv: str, data_dir: Path) -> set[str]:
    """The modules a fresh `cpdesk ARGV` process has loaded when it finishes."""
    code = (
        "import sys\n"
        "from cpdesk.__main__ import main\n"
        "try:\n"
        "    main(sys.argv[1:])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(' '.join(sorted(sys.modules)), file=sys.stderr)\n"
    )
    env = {**os.environ, "CPDESK_DATA_DIR": str(data_dir)}
    result = subprocess.run(
        [sys.executable, "-c", code, *argv], capture_output=True, text=True, env=env, check=True
    )
    return set(result.stderr.split())


def _heavy(loaded: set[str], roots: tuple[str, ...]) -> list[str]:
    return sorted(m for m in loaded if any(m == r or m.startswith(r + ".") for r in roots))


def test_version_and_help_load_neither_the_database_nor_the_domain(tmp_path: Path) -> None:
    heavy = ("peewee", "jsonschema", "sqlite3", "cpdesk.domain", "cpdesk.store", "PySide6", "pypdf")
    assert _heavy(modules_loaded_by("--version", data_dir=tmp_path), (*heavy, "platformdirs", "uuid")) == []
    assert _heavy(modules_loaded_by("--help", data_dir=tmp_path), heavy) == []
    assert _heavy(modules_loaded_by("strategy", "import", "--help", data_dir=tmp_path), heavy) == []


def test_a_sub_command_loads_only_what_it_needs(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    assert run("meetings", "list", "--db", str(db))[0] == 0  # made here, so the run below only reads
    loaded = modules_loaded_by("meetings", "list", "--db", str(db), data_dir=tmp_path)
    assert "peewee" in loaded and "cpdesk.domain.meetings" in loaded
    assert _heavy(loaded, ("jsonschema", "PySide6", "pypdf", "reportlab", "cpdesk.views")) == []
