"""The ladder as read from the migration files: every numbered file, in order, and no gaps."""

from __future__ import annotations

from pathlib import Path

import pytest

from cpdesk.store import migrate
from cpdesk.store.migrate import LADDER, load_ladder

MIGRATIONS = Path(migrate.__file__).parent / "migrations"


def test_the_ladder_is_every_numbered_file_in_order_with_its_sql() -> None:
    files = sorted(MIGRATIONS.glob("[0-9][0-9][0-9][0-9]_*.sql"))
    ladder = load_ladder()
    assert ladder == LADDER
    assert [(s.version, s.name) for s in ladder] == [(int(f.name[:4]), f.name[5:-4]) for f in files]
    assert [s.sql for s in ladder] == [f.read_text(encoding="utf-8") for f in files]
    assert ladder[0].version == 1 and ladder[-1].version == len(files)


def _migrations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, names: list[str]) -> None:
    folder = tmp_path / "migrations"
    folder.mkdir()
    for name in names:
        (folder / name).write_text(f"-- {name}\nCREATE TABLE t{name[:4]} (x);\n", encoding="utf-8")
    monkeypatch.setattr(migrate.resources, "files", lambda package: tmp_path)


def test_files_are_read_in_number_order_and_other_files_are_left_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _migrations(
        tmp_path,
        monkeypatch,
        [
            "0002_second.sql",
            "0001_first.sql",
            "README.md",
            "0003_Bad_Name.sql",
            "03_short.sql",
            "0003_x.sql.bak",
        ],
    )
    ladder = load_ladder()
    assert [(s.version, s.name) for s in ladder] == [(1, "first"), (2, "second")]
    assert ladder[1].sql == "-- 0002_second.sql\nCREATE TABLE t0002 (x);\n"


@pytest.mark.parametrize(
    "names",
    [["0001_first.sql", "0003_third.sql"], ["0002_second.sql"], ["0001_first.sql", "0001_again.sql"]],
    ids=["gap", "no first step", "two steps with one number"],
)
def test_a_ladder_with_a_gap_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, names: list[str]
) -> None:
    _migrations(tmp_path, monkeypatch, names)
    with pytest.raises(
        RuntimeError, match=r"^migration files are not numbered 0001, 0002, \.\.\. without gaps$"
    ):
        load_ladder()
