"""Only the owner may read the data folder, the database, SQLite's files beside it and its copies."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from cpdesk.__main__ import main
from cpdesk.domain.desk import Desk
from cpdesk.store.database import newest_copy_aside

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes say who may read a file only on POSIX")
RELEASED = Path(__file__).parent / "released"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    """A umask that lets everyone read new files, so that the modes seen are cpdesk's own doing."""
    previous = os.umask(0)
    yield
    os.umask(previous)


@pytest.mark.usefixtures("open_umask")
def test_a_new_database_and_its_new_folders_are_for_their_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "new" / "folder" / "committee.db"
    with Desk.open(path) as desk:
        desk.people.add_team("A team")  # a write, so that SQLite's files beside it exist
        wal, shm = path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")
        assert wal.exists() and shm.exists()
        assert (mode(path), mode(wal), mode(shm)) == (0o600, 0o600, 0o600)
    assert mode(tmp_path / "new") == mode(tmp_path / "new" / "folder") == 0o700


@pytest.mark.usefixtures("open_umask")
def test_the_copy_made_before_an_upgrade_is_for_its_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.executescript((RELEASED / "v1.sql").read_text(encoding="utf-8"))
    conn.close()
    path.chmod(0o644)  # as an older cpdesk left it
    Desk.open(path).close()
    copy = newest_copy_aside(path)
    assert copy is not None
    assert mode(copy[0]) == 0o600
    assert mode(path) == 0o600, "an existing database is closed to others when it is next opened"


@pytest.mark.usefixtures("open_umask")
def test_the_user_data_folder_is_for_its_owner_only_even_if_an_older_cpdesk_made_it_open(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "user-data"  # the CPDESK_DATA_DIR every test is given
    folder.mkdir(mode=0o755)
    assert main(["strategy", "versions"]) == 0
    assert mode(folder) == 0o700
    assert mode(folder / "cpdesk.db") == 0o600


def test_a_folder_the_user_chose_keeps_its_permissions(tmp_path: Path) -> None:
    folder = tmp_path / "shared-drive"
    folder.mkdir()
    folder.chmod(0o755)
    Desk.open(folder / "committee.db").close()
    assert mode(folder) == 0o755
    assert mode(folder / "committee.db") == 0o600
