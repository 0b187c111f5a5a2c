"""The command line on a database it cannot use as it is: one plain line on stderr, exit status 1."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cpdesk.__main__ import main
from cpdesk.store import connection
from tests.store.test_unusable_database import damage

SHORT = Path(__file__).resolve().parent / "data" / "strategy-2023-2028-short.json"


def test_a_damaged_database_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "c.db"
    assert main(["strategy", "versions", "--db", str(db)]) == 0
    damage(db, "priority")
    capsys.readouterr()
    assert main(["meetings", "list", "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"cpdesk: {db}: this database is damaged") and err.count("\n") == 1


def test_a_read_only_database_is_read_and_a_write_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "c.db"
    assert main(["strategy", "versions", "--db", str(db)]) == 0
    access = os.access
    monkeypatch.setattr(  # as if the file were read-only (tests run as root, who may write anything)
        connection.os, "access", lambda path, mode: False if Path(path) == db else access(path, mode)
    )
    capsys.readouterr()
    assert main(["strategy", "versions", "--db", str(db)]) == 0
    assert "Corporate Parenting Strategy 2025-2030" in capsys.readouterr().out
    assert main(["strategy", "import", str(SHORT), "--db", str(db)]) == 1
    err = capsys.readouterr().err
    reason = connection.FILE_READ_ONLY
    assert err == f"cpdesk: {db}: this database is read-only ({reason}); nothing was changed\n"
