"""Two cpdesks writing to one file at once: each write waits its turn, none fails, none is lost."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

import pytest

from cpdesk.domain.desk import Desk
from cpdesk.errors import DatabaseBusyError
from cpdesk.store import database

REPO = Path(__file__).resolve().parents[2]
TODAY = date(2025, 6, 15)

# Each write reads first (the next free reference, the action's current status) and then writes,
# in one transaction: the pattern that fails at once when a transaction begins deferred.
WRITER = """
import sys
from datetime import date
from pathlib import Path
from uuid import UUID

from cpdesk.domain.desk import Desk

path, meeting, name, count = Path(sys.argv[1]), UUID(sys.argv[2]), sys.argv[3], int(sys.argv[4])
with Desk.open(path, today=lambda: date(2025, 6, 15)) as desk:
    print("ready", flush=True)
    sys.stdin.readline()
    for n in range(count):
        action = desk.actions.raise_action(meeting, f"{name} {n}")
        desk.actions.add_update(action.id, f"{name} {n} is under way", status="in_progress")
"""


def test_two_processes_writing_at_once_neither_fails_nor_loses_a_row(tmp_path: Path) -> None:
    path, count = tmp_path / "shared.db", 200
    with Desk.open(path, today=lambda: TODAY) as desk:
        body = desk.people.body("sub_committee").id
        meeting = desk.meetings.create_meeting(body, date(2025, 6, 10)).id
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), str(meeting), name, str(count)],
            cwd=REPO,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("first", "second")
    ]
    for writer in writers:  # both open and waiting, so that their writes overlap
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
    for writer in writers:
        assert writer.stdin is not None
        writer.stdin.write("go\n")
        writer.stdin.flush()
    for writer in writers:
        _, errors = writer.communicate(timeout=60)
        assert writer.returncode == 0, errors
        assert errors == ""
    with Desk.open(path, today=lambda: TODAY) as desk:
        log = desk.actions.log()
        assert len(log) == 2 * count
        assert sorted(row.reference for row in log) == [f"A25-{n:03d}" for n in range(1, 2 * count + 1)]
        assert all(row.status == "in_progress" for row in log)
        updates = desk.db.execute_sql("SELECT count(*) FROM action_update").fetchone()[0]
        assert updates == 2 * count


def test_a_transaction_takes_the_write_lock_as_it_begins(db: Desk) -> None:
    other = sqlite3.connect(db.path, timeout=0)
    try:
        with db.db.atomic(), pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # and gives it up when it ends
        other.rollback()
    finally:
        other.close()


def test_a_write_waits_while_another_program_writes(strategy_db: Desk) -> None:
    other = sqlite3.connect(strategy_db.path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    release = threading.Timer(0.5, lambda: other.execute("COMMIT"))
    release.start()
    started = time.monotonic()
    try:
        officer = strategy_db.people.add_officer("Dr Example", "Designated Doctor")
    finally:
        release.join()
        other.close()
    assert time.monotonic() - started >= 0.4
    assert officer.name == "Dr Example"


def test_a_program_that_keeps_the_database_too_long_is_named_and_nothing_changes(
    strategy_db: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "BUSY_TIMEOUT", 0.2)
    desk = Desk.open(strategy_db.path)
    other = sqlite3.connect(strategy_db.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseBusyError, match=r"in use by another program.*nothing was changed"):
            desk.people.add_officer("Dr Example", "Designated Doctor")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert "Dr Example" not in [p.name for p in desk.people.people()]
    desk.close()
