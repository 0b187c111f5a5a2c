"""A damaged, full, read-only or busy database is noticed and told plainly, and nothing is half written."""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from cpdesk.domain.desk import Desk
from cpdesk.errors import (
    DatabaseBusyError,
    DatabaseDamagedError,
    DatabaseError,
    DatabaseReadOnlyError,
    DiskFullError,
)
from cpdesk.store import connection, database
from cpdesk.store.database import CpdeskDatabase, newest_copy_aside, sqlite_error

REPO = Path(__file__).resolve().parents[2]
RELEASED = Path(__file__).parent / "released"
SHORT = REPO / "tests" / "data" / "strategy-2023-2028-short.json"
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
CHMOD_SKIP = "root may write to any file; the simulated read-only tests cover the same behaviour"


def file_dump(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def released_database(folder: Path, version: int = 1) -> Path:
    path = folder / "committee.db"
    conn = sqlite3.connect(path)
    conn.executescript((RELEASED / f"v{version}.sql").read_text(encoding="utf-8"))
    conn.close()
    return path


def damage(path: Path, table: str) -> None:
    """Write garbage over the first page of a table, as a failing disk or a crashed copy would."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    conn.close()
    with path.open("r+b") as file:
        file.seek((page - 1) * page_size)
        file.write(bytes((n * 37 + 11) % 256 for n in range(page_size)))


# --- damaged ---


@pytest.mark.parametrize("table", ["priority", "meeting", "action"])
def test_a_damaged_database_is_refused_and_the_copy_before_the_upgrade_is_named(
    tmp_path: Path, table: str
) -> None:
    path = released_database(tmp_path)
    Desk.open(path).close()  # the upgrade copies the file aside first
    copy, made = newest_copy_aside(path) or pytest.fail("no copy was made before the upgrade")
    shutil.copyfile(copy, path.with_name(f"{path.name}.v1-20200101T000000Z.bak"))  # an older copy
    damage(path, table)
    before = path.read_bytes()
    with pytest.raises(DatabaseDamagedError) as refused:
        Desk.open(path)
    message = refused.value.describe()
    assert "this database is damaged" in message and "cpdesk will not use it" in message
    assert str(copy) in message and f"{made:%d %B %Y}" in message
    assert path.read_bytes() == before, "cpdesk must not write into a damaged file"
    wal = path.with_name(path.name + "-wal")  # SQLite's reader may leave an empty one
    assert not wal.exists() or wal.stat().st_size == 0


def test_a_damaged_database_with_no_copy_beside_it_says_to_restore_a_backup(strategy_db: Desk) -> None:
    strategy_db.close()
    damage(strategy_db.path, "priority")
    with pytest.raises(DatabaseDamagedError, match=r"no backup of it in the backups.*restore your last"):
        Desk.open(strategy_db.path)


def test_damage_found_after_opening_is_told_as_damage(strategy_db: Desk) -> None:
    strategy_db.close()
    damage(strategy_db.path, "priority")
    db = CpdeskDatabase(strategy_db.path)  # not checked on opening, as if damaged while open
    try:
        with pytest.raises(DatabaseDamagedError, match="damaged"):
            db.execute_sql("SELECT * FROM priority").fetchall()
    finally:
        db.close()


# --- a full disk ---


def fill_the_disk(desk: Desk) -> None:
    """Let the database grow no further, as if the disk had no room left (SQLite says SQLITE_FULL)."""
    pages = desk.db.execute_sql("PRAGMA page_count").fetchone()[0]
    desk.db.execute_sql(f"PRAGMA max_page_count = {pages}")


def test_a_full_disk_is_told_as_such_and_a_large_write_changes_nothing(strategy_db: Desk) -> None:
    before = file_dump(strategy_db.path)
    fill_the_disk(strategy_db)
    with pytest.raises(DiskFullError, match=r"the database is full.*nothing was changed") as full:
        strategy_db.strategy.import_file(SHORT)
    original = sqlite_error(full.value.__cause__ or full.value)
    assert original is not None and original.sqlite_errorname == "SQLITE_FULL"
    assert file_dump(strategy_db.path) == before
    strategy_db.db.execute_sql("PRAGMA max_page_count = 1073741823")  # room made: the same import works
    assert strategy_db.strategy.import_file(SHORT).header.name


def test_a_full_disk_is_told_for_a_single_statement_too(strategy_db: Desk) -> None:
    body = strategy_db.people.body("sub_committee").id
    fill_the_disk(strategy_db)
    with pytest.raises(DiskFullError):
        for day in range(1, 200):  # each meeting is written on its own, outside a transaction
            strategy_db.meetings.create_meeting(body, date(2026, 1, 1) + timedelta(days=day))


# --- read-only ---


def test_a_database_opened_for_reading_reads_and_refuses_every_write_plainly(strategy_db: Desk) -> None:
    strategy_db.close()
    before = file_dump(strategy_db.path)
    with Desk.open(strategy_db.path, read_only=True) as desk:
        assert desk.read_only == connection.OPENED_READ_ONLY
        assert len(desk.strategy.content().priorities) == 5
        with pytest.raises(
            DatabaseReadOnlyError,
            match=r"this database is read-only \(it was opened for reading only\); nothing was changed",
        ):
            desk.people.add_officer("Dr Example", "Designated Doctor")
        with pytest.raises(DatabaseReadOnlyError):
            desk.strategy.import_file(SHORT)
    assert file_dump(strategy_db.path) == before


@pytest.fixture
def unwritable(monkeypatch: pytest.MonkeyPatch) -> set[Path]:
    """Paths os.access says may not be written: a read-only file or folder, even for root."""
    refused: set[Path] = set()
    access = os.access

    def fake(path: object, mode: int, **kwargs: object) -> bool:
        if mode & os.W_OK and Path(str(path)).resolve() in refused:
            return False
        return access(path, mode, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(connection.os, "access", fake)
    return refused


def test_a_file_that_may_not_be_written_opens_for_reading(strategy_db: Desk, unwritable: set[Path]) -> None:
    strategy_db.close()
    unwritable.add(strategy_db.path.resolve())
    with Desk.open(strategy_db.path) as desk:
        assert desk.read_only == connection.FILE_READ_ONLY
        assert desk.strategy.content().priorities
        with pytest.raises(DatabaseReadOnlyError, match="you may read the file but not change it"):
            desk.people.add_team("Another team")


def test_a_file_in_a_folder_that_may_not_be_written_opens_for_reading(
    strategy_db: Desk, unwritable: set[Path]
) -> None:
    strategy_db.close()
    unwritable.add(strategy_db.path.parent.resolve())
    with Desk.open(strategy_db.path) as desk:
        assert desk.read_only == connection.FOLDER_READ_ONLY
        assert desk.strategy.content().priorities
        with pytest.raises(DatabaseReadOnlyError, match="its folder cannot be written to"):
            desk.people.add_team("Another team")
    assert not strategy_db.path.with_name(strategy_db.path.name + "-wal").exists()


def test_a_read_only_database_from_an_older_cpdesk_is_refused_untouched(tmp_path: Path) -> None:
    path = released_database(tmp_path)
    before = path.read_bytes()
    with pytest.raises(DatabaseReadOnlyError, match=r"older cpdesk.*must be upgraded"):
        Desk.open(path, read_only=True)
    assert path.read_bytes() == before


@pytest.mark.skipif(AS_ROOT, reason=CHMOD_SKIP)
def test_a_read_only_file_opens_for_reading(strategy_db: Desk) -> None:
    strategy_db.close()
    strategy_db.path.chmod(0o444)
    with Desk.open(strategy_db.path) as desk:
        assert desk.read_only == connection.FILE_READ_ONLY
        assert desk.strategy.content().priorities
        with pytest.raises(DatabaseReadOnlyError, match="nothing was changed"):
            desk.people.add_team("Another team")


@pytest.mark.skipif(AS_ROOT, reason=CHMOD_SKIP)
def test_a_database_in_a_read_only_folder_opens_for_reading(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    Desk.open(folder / "c.db").close()
    folder.chmod(0o555)
    try:
        with Desk.open(folder / "c.db") as desk:
            assert desk.read_only == connection.FOLDER_READ_ONLY
            assert desk.strategy.content().priorities
            with pytest.raises(DatabaseReadOnlyError, match="nothing was changed"):
                desk.people.add_team("Another team")
        with pytest.raises(DatabaseError, match="cannot create a new database here"):
            Desk.open(folder / "new.db")
    finally:
        folder.chmod(0o755)


# --- in use ---


def test_a_file_another_program_holds_is_told_as_in_use(
    strategy_db: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    strategy_db.close()
    monkeypatch.setattr(database, "BUSY_TIMEOUT", 0.2)
    other = sqlite3.connect(strategy_db.path, isolation_level=None)
    other.execute("PRAGMA locking_mode = EXCLUSIVE")  # keeps every other reader and writer out
    other.execute("BEGIN EXCLUSIVE")
    other.execute("COMMIT")
    try:
        with pytest.raises(DatabaseBusyError, match="in use by another program"):
            Desk.open(strategy_db.path)
    finally:
        other.close()
    with Desk.open(strategy_db.path) as desk:  # and once it lets go, the file opens as usual
        assert desk.read_only is None


def test_an_empty_read_only_file_is_refused_not_shown_as_an_empty_database(
    tmp_path: Path, unwritable: set[Path]
) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    unwritable.add(path.resolve())
    with pytest.raises(DatabaseReadOnlyError, match="this file is empty"):
        Desk.open(path)
