"""Killing a cpdesk that is writing: the database stays sound and keeps every write it reported done.

Run: python bench/crash.py [--kills N] [--seed S] [--max-delay SECONDS] [--dir FOLDER]. A database is made in
a new folder (under --dir, default the system's temporary folder: put it on the disk you care about, not a
RAM disk) with a committee meeting, a young people's meeting and a current user. Then, N times: a child
process opens it through the domain (Desk.open) and writes in a loop through the real services (raise an
action, add an update, record a decision, save an item's minutes, add a note, record a challenge),
printing a line naming each write only after the call has returned; the parent waits a random time (seeded:
the seed of each kill is printed, so one can be run again alone with --seed S --kills 1) and kills it with
SIGKILL. After each kill, with a plain sqlite3 connection before cpdesk opens the file again:
`PRAGMA integrity_check` is "ok", `PRAGMA foreign_key_check` finds nothing, and every write the child
reported is in the database (found by its id; an item's minutes hold the words reported last or words
written after them). At the end every record reported over all the kills is looked for again.

Figures: kills, writes reported and found, failures with their seed, and per kill the median time from the
child's start to the kill and of the check. Then the price of synchronous=FULL: the median time of one write
(the child's own clock, 300 writes, paired runs) with FULL, as cpdesk opens the file, beside the floor of the
same writes with synchronous=NORMAL.

What this proves and what it does not: SIGKILL ends the process, not the machine; what SQLite had handed to
the operating system is still written. It proves that no moment in cpdesk's writes leaves a half-made
record, a broken file or a write told as done and then missing. A power cut is the case synchronous=FULL is
for (the log is synced before a commit returns); this bench cannot cut the power.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from uuid import UUID

TODAY = date(2025, 6, 15)
KINDS = ("action", "update", "decision", "discussion", "note", "challenge")
Setup = dict[str, Any]  # the ids the writer works on, as JSON: meetings, agenda items, actions
TABLES = {"action": "action", "decision": "decision", "note": "annotation", "challenge": "challenge"}  # by id


def writer(path: Path, setup: Setup, seed: int, count: int | None, synchronous: str) -> None:
    """The child: write through the domain until killed (or count writes), one line for each write done."""
    from cpdesk.domain.desk import Desk

    rng = random.Random(seed)
    desk = Desk.open(path, today=lambda: TODAY)
    if synchronous != "full":  # the floor's runs only: cpdesk itself always opens with FULL
        desk.db.execute_sql(f"PRAGMA synchronous = {synchronous}")
    meeting, young = UUID(setup["meeting"]), UUID(setup["young_people_meeting"])
    items = [UUID(i) for i in setup["items"]]
    actions = [UUID(a) for a in setup["actions"]]
    print("ready", flush=True)
    n = 0
    while count is None or n < count:
        n += 1
        kind = rng.choice(KINDS)
        token = f"{seed}-{n}"
        if kind == "action":
            row = desk.actions.raise_action(meeting, f"Crash bench action {token}")
            actions.append(row.id)
            line = f"action {row.id}"
        elif kind == "update":
            action = rng.choice(actions)
            desk.actions.add_update(action, f"Crash bench update {token}", status="in_progress")
            line = f"update {action} {token}"
        elif kind == "decision":
            decision = desk.minutes.add_decision(rng.choice(items), f"Crash bench decision {token}")
            line = f"decision {decision}"
        elif kind == "discussion":
            item = rng.choice(items)
            desk.minutes.set_discussion(item, f"Crash bench minutes {token}")
            line = f"discussion {item} {token}"
        elif kind == "note":
            note = desk.notes.add("action", rng.choice(actions), f"Crash bench note {token}")
            line = f"note {note.id}"
        else:
            challenge = desk.challenges.raise_challenge(young, f"Crash bench challenge {token}")
            line = f"challenge {challenge.id}"
        print(line, flush=True)  # only now is the write reported done
    desk.close()


def make_database(path: Path) -> Setup:
    """A new database with what the writer needs: meetings, agenda items, a first action, a current user."""
    from cpdesk.domain.desk import Desk

    with Desk.open(path, today=lambda: TODAY) as desk:
        committee = desk.people.body("sub_committee").id
        meeting = desk.meetings.create_meeting(committee, date(2025, 6, 10))
        items = desk.agenda.build_from_template(meeting.id, ["Sufficiency report", "Care leavers' offer"])
        young = desk.meetings.create_meeting(desk.people.body("young_people").id, date(2025, 6, 3))
        first = desk.actions.raise_action(meeting.id, "Crash bench first action")
        desk.notes.set_current_user("Crash Bench", "clerk")
    return {
        "meeting": str(meeting.id),
        "young_people_meeting": str(young.id),
        "items": [str(i.id) for i in items],
        "actions": [str(first.id)],
    }


def start_writer(
    path: Path, setup: Setup, seed: int, count: int | None = None, synchronous: str = "full"
) -> subprocess.Popen[str]:
    command = [sys.executable, __file__, "--writer", str(path), json.dumps(setup), "--seed", str(seed)]
    command += ["--synchronous", synchronous] + ([] if count is None else ["--count", str(count)])
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@dataclass
class Reported:
    """The writes the children reported done, by kind, kept over all the kills."""

    records: dict[str, set[str]] = field(default_factory=lambda: {k: set() for k in TABLES})
    updates: list[tuple[str, str]] = field(default_factory=list)
    discussions: dict[str, tuple[int, int]] = field(default_factory=dict)  # item: (seed, n) reported last

    def add(self, line: str, seed: int) -> None:
        kind, *rest = line.split()
        if kind == "update":
            self.updates.append((rest[0], rest[1]))
        elif kind == "discussion":
            self.discussions[rest[0]] = (seed, int(rest[1].split("-")[1]))
        else:
            self.records[kind].add(rest[0])


def check(path: Path, reported: Reported, since: Reported | None = None) -> list[str]:
    """What is wrong with the database after a kill: nothing, when it is sound and holds every write reported.

    since: only this kill's writes are looked for, except an item's minutes, which are checked against all.
    """
    wanted = since or reported
    problems = []
    connection = sqlite3.connect(path)
    try:
        integrity = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            problems.append(f"integrity_check: {'; '.join(integrity[:5])}")
        orphans = connection.execute("PRAGMA foreign_key_check").fetchall()
        if orphans:
            problems.append(f"foreign_key_check: {len(orphans)} rows, first {orphans[0]}")
        for kind, ids in wanted.records.items():
            hexes = [UUID(i).hex for i in ids]
            found: set[str] = set()
            for start in range(0, len(hexes), 500):
                chunk = hexes[start : start + 500]
                found |= {
                    row[0]
                    for row in connection.execute(
                        f"SELECT id FROM {TABLES[kind]} WHERE id IN ({','.join('?' * len(chunk))})", chunk
                    )
                }
            missing = set(hexes) - found
            if missing:
                problems.append(f"{len(missing)} reported {kind}s missing, e.g. {sorted(missing)[0]}")
        for action, token in wanted.updates:
            text = f"Crash bench update {token}"
            if not connection.execute(
                "SELECT 1 FROM action_update WHERE action_id = ? AND text = ?", (UUID(action).hex, text)
            ).fetchone():
                problems.append(f"reported update {token} of action {action} missing")
        for item, (seed, n) in reported.discussions.items():
            row = connection.execute(
                "SELECT discussion FROM minute WHERE agenda_item_id = ?", (UUID(item).hex,)
            ).fetchone()
            stored = row[0].removeprefix("Crash bench minutes ").split("-") if row else None
            # The words reported last, or words a later write (reported or not: it may have committed just
            # before the kill) put there since.
            if stored is None or (int(stored[0]), int(stored[1])) < (seed, n):
                held = row[0] if row else None
                problems.append(f"the minutes of item {item} lost {seed}-{n} (they hold {held!r})")
    finally:
        connection.close()
    return problems


def median_write_ms(path: Path, setup: Setup, seed: int, synchronous: str) -> float:
    """The median time of one write, from the gaps between the child's lines (its start-up left out)."""
    child = start_writer(path, setup, seed, count=300, synchronous=synchronous)
    assert child.stdout is not None
    times = [time.perf_counter() for _ in child.stdout]
    child.wait()
    if child.returncode != 0:
        raise SystemExit(f"the writer failed: {child.stderr.read() if child.stderr else ''}")
    # From the first write's line on: the first write also loads the services' modules.
    return statistics.median(b - a for a, b in itertools.pairwise(times[1:])) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1, help="of the first kill; kill k has seed S + k")
    parser.add_argument("--max-delay", type=float, default=0.4, help="seconds writing before a kill, at most")
    parser.add_argument("--dir", type=Path, default=None, help="where to make the database")
    parser.add_argument("--writer", nargs=2, metavar=("PATH", "SETUP"), help=argparse.SUPPRESS)
    parser.add_argument("--count", type=int, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--synchronous", default="full", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.writer:
        writer(Path(args.writer[0]), json.loads(args.writer[1]), args.seed, args.count, args.synchronous)
        return

    folder = Path(tempfile.mkdtemp(prefix="cpdesk-crash-", dir=args.dir))
    path = folder / "crash.db"
    setup = make_database(path)
    print(f"database {path}; {args.kills} kills, seeds {args.seed} to {args.seed + args.kills - 1}")
    reported, failures = Reported(), []
    to_kill, checking, per_kill = [], [], []
    for k in range(args.kills):
        seed = args.seed + k
        delay = random.Random(seed).uniform(0, args.max_delay)
        started = time.perf_counter()
        child = start_writer(path, setup, seed)
        assert child.stdout is not None
        first = child.stdout.readline().strip()
        if first != "ready":
            child.kill()
            raise SystemExit(f"seed {seed}: the writer did not start: {first} {child.communicate()[1]}")
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        killed = time.perf_counter()
        out, _ = child.communicate()
        lines = [line for line in out.split("\n")[:-1] if line]  # a line cut off by the kill was not reported
        this = Reported()
        for line in lines:
            this.add(line, seed)
            reported.add(line, seed)
        start_check = time.perf_counter()
        problems = check(path, reported, this)
        checking.append(time.perf_counter() - start_check)
        to_kill.append(killed - started)
        per_kill.append(len(lines))
        flag = "" if not problems else "  FAILED: " + "; ".join(problems)
        print(
            f"kill {k + 1:>4} seed {seed:>5}: {delay * 1000:>5.0f} ms writing, "
            f"{len(lines):>3} writes reported, "
            f"killed at {to_kill[-1] * 1000:>5.0f} ms, checked in {checking[-1] * 1000:>4.0f} ms{flag}",
            flush=True,
        )
        if problems:
            failures.append((seed, problems))
    final = check(path, reported)
    total = sum(len(ids) for ids in reported.records.values()) + len(reported.updates)
    print()
    print(
        f"kills: {args.kills}; writes reported done: {sum(per_kill)} "
        f"(median {statistics.median(per_kill):.0f} a kill, most {max(per_kill)}, "
        f"none before the kill in {per_kill.count(0)})"
    )
    print(
        f"records reported, looked for again at the end: {total}: "
        + ", ".join(f"{len(ids)} {kind}s" for kind, ids in reported.records.items())
        + f", {len(reported.updates)} updates; minutes of {len(reported.discussions)} items"
    )
    print(f"found at the end: {'all' if not final else 'NOT all: ' + '; '.join(final)}")
    print(
        f"per kill: child start to kill median {statistics.median(to_kill) * 1000:.0f} ms, "
        f"check median {statistics.median(checking) * 1000:.0f} ms"
    )
    if failures:
        print(f"FAILURES: {len(failures)}")
        for seed, problems in failures:
            print(f"  seed {seed} (to run it again: --seed {seed} --kills 1): {'; '.join(problems)}")
    else:
        print("failures: none")
    full, normal = [], []
    for run in range(3):
        full.append(median_write_ms(path, setup, 900_000 + run, "full"))
        normal.append(median_write_ms(path, setup, 950_000 + run, "normal"))
    print(
        f"one write, median of 3 paired runs of 300: synchronous=FULL {statistics.median(full):.2f} ms, "
        f"floor synchronous=NORMAL {statistics.median(normal):.2f} ms"
    )
    for leftover in folder.iterdir():
        leftover.unlink()
    folder.rmdir()
    sys.exit(1 if failures or final else 0)


if __name__ == "__main__":
    main()
