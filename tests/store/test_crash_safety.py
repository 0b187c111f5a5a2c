"""Killing a cpdesk as it writes leaves a sound file holding every write reported done (bench/crash.py)."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import threading
from datetime import date
from pathlib import Path
from uuid import UUID

from cpdesk.domain.desk import Desk

REPO = Path(__file__).resolve().parents[2]
TODAY = date(2025, 6, 15)
SQLITE_SYNCHRONOUS_FULL = 2

# Writes through the domain (write number FIRST, FIRST + 1, ...), one line for each after it returned. With
# "pause" it stops after COUNT writes and waits; with "inside" it does COUNT writes, then one more inside a
# transaction left open, and waits; with "run" it writes on until killed (the parent kills it as the COUNTth
# line arrives, so the kill lands while it is writing).
WRITER = """
import sys
from datetime import date
from pathlib import Path
from uuid import UUID

from cpdesk.domain.desk import Desk

path, meeting, item, young, mode, first, count = sys.argv[1:]
meeting, item, young, first, count = UUID(meeting), UUID(item), UUID(young), int(first), int(count)
desk = Desk.open(Path(path), today=lambda: date(2025, 6, 15))


def write(n):
    kind = n % 5
    if kind == 0:
        return "action", desk.actions.raise_action(meeting, f"action {n}").id
    if kind == 1:
        action = desk.actions.log()[0].id
        desk.actions.add_update(action, f"update {n}", status="in_progress")
        return "update", f"{action} update {n}"
    if kind == 2:
        return "decision", desk.minutes.add_decision(item, f"decision {n}")
    if kind == 3:
        return "note", desk.notes.add("agenda_item", item, f"note {n}").id
    return "challenge", desk.challenges.raise_challenge(young, f"challenge {n}").id


n = first
while mode == "run" or n < first + count:
    print(*write(n), flush=True)
    n += 1
if mode == "inside":
    with desk.db.atomic():
        write(n)  # a write that was never reported done: the kill comes before its commit
        print("inside", flush=True)
        sys.stdin.readline()
print("waiting", flush=True)
sys.stdin.readline()
"""


def _setup(desk: Desk) -> list[str]:
    meeting = desk.meetings.create_meeting(desk.people.body("sub_committee").id, date(2025, 6, 10))
    item = desk.agenda.add_item(meeting.id, "Sufficiency report")
    young = desk.meetings.create_meeting(desk.people.body("young_people").id, date(2025, 6, 3))
    desk.actions.raise_action(meeting.id, "the first action")
    desk.notes.set_current_user("Clerk", "clerk")
    return [str(meeting.id), str(item.id), str(young.id)]


def _kill_writer(path: Path, ids: list[str], mode: str, first: int, count: int) -> list[str]:
    """Start the writer, kill it with SIGKILL at its point, and give the writes it reported done."""
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), *ids, mode, str(first), str(count)],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    lines: list[str] = []
    try:
        for line in child.stdout:
            lines.append(line.strip())
            if lines[-1] in ("waiting", "inside") or (mode == "run" and len(lines) == count):
                child.send_signal(signal.SIGKILL)
                break
        out, errors = child.communicate(timeout=30)
    finally:
        child.kill()
    assert child.returncode == -signal.SIGKILL, errors
    # What the child printed between the kill being sent and it landing was reported done too; a line cut
    # off by the kill was not.
    lines += out.split("\n")[:-1]
    return [line for line in lines if line not in ("waiting", "inside")]


def _problems(path: Path, reported: list[str]) -> list[str]:
    """What a plain SQLite connection finds wrong, before cpdesk opens the file again."""
    connection = sqlite3.connect(path)
    try:
        problems = [row[0] for row in connection.execute("PRAGMA integrity_check") if row[0] != "ok"]
        problems += [f"foreign key: {row}" for row in connection.execute("PRAGMA foreign_key_check")]
        tables = {"action": "action", "decision": "decision", "note": "annotation", "challenge": "challenge"}
        for line in reported:
            kind, rest = line.split(" ", 1)
            if kind == "update":
                action, text = rest.split(" ", 1)
                found = connection.execute(
                    "SELECT 1 FROM action_update WHERE action_id = ? AND text = ?", (UUID(action).hex, text)
                ).fetchone()
            else:
                found = connection.execute(
                    f"SELECT 1 FROM {tables[kind]} WHERE id = ?", (UUID(rest).hex,)
                ).fetchone()
            if found is None:
                problems.append(f"reported but missing: {line}")
    finally:
        connection.close()
    return problems


def test_a_writer_killed_three_times_leaves_a_sound_file_with_every_write_it_reported(
    strategy_db: Desk,
) -> None:
    path, ids = strategy_db.path, _setup(strategy_db)
    strategy_db.close()
    reported: list[str] = []
    for mode, first, count in (("pause", 0, 7), ("inside", 100, 5), ("run", 200, 12)):
        lines = _kill_writer(path, ids, mode, first, count)
        assert len(lines) >= count
        reported += lines
        assert _problems(path, reported) == [], f"after the kill ({mode})"
    assert {line.split()[0] for line in reported} == {"action", "update", "decision", "note", "challenge"}
    with Desk.open(path, today=lambda: TODAY) as desk:
        actions = {row.description for row in desk.actions.log()}
        assert {"action 0", "action 5", "action 100", "action 200", "action 205"} <= actions
        # Write 105 (an action) was inside a transaction the kill ended: it is wholly gone, links and all.
        assert "action 105" not in actions
        desk.actions.raise_action(UUID(ids[0]), "after the kills")  # and the file takes writes again


def test_a_write_reported_done_is_synced_to_the_disk_before_it_is_reported(tmp_path: Path) -> None:
    # synchronous=FULL with WAL: each commit syncs the log, so a power cut cannot lose a reported write.
    # Every connection has it: the window's thread's and a worker's.
    with Desk.open(tmp_path / "cpdesk.db") as desk:
        assert desk.db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert desk.db.execute_sql("PRAGMA synchronous").fetchone()[0] == SQLITE_SYNCHRONOUS_FULL
        seen: list[int] = []

        def work() -> None:
            seen.append(desk.run(lambda: desk.db.execute_sql("PRAGMA synchronous").fetchone()[0]))

        worker = threading.Thread(target=work)
        worker.start()
        worker.join()
        assert seen == [SQLITE_SYNCHRONOUS_FULL]
