"""How long a DfE statistics import takes, beside a floor: reading the CSV and writing as many rows at once.

Run: python bench/dfe_import.py [FILE ...] (default: the four shared files in ../shared/data/dfe). For each
file, cpdesk's import (read, recognise, check every cell and area, plan, write in one transaction) into a
fresh copy of a new database is timed against a floor: csv.reader over the same file plus one executemany
of the same number of rows into a table like indicator_value, in a database opened the same way. The two
are run in turns (A B A B ...) so that a busy machine slows both alike; the medians are printed with the
ratio. Goal: cpdesk within 3 times the floor.

Both sides start alike: a database file made beforehand is copied and opened afresh, and only then is the
clock started. (The first write through a newly opened connection starts a new write-ahead log, and SQLite
syncs its header to disk: a few milliseconds that either side pays once. Creating the floor's table on the
connection it then times would spare only the floor that cost.)
"""

from __future__ import annotations

import argparse
import csv
import shutil
import sqlite3
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from cpdesk.domain.desk import Desk

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "dfe"
FILES = (
    "cla_number_and_rate_per_10k_children.csv",
    "la_care_leavers_activity.csv",
    "la_cla_placement_stability.csv",
    "la_conviction_health_outcome_cla.csv",
)
GOAL = 3.0
PRAGMAS = {"journal_mode": "wal", "foreign_keys": 1, "synchronous": "normal"}  # as cpdesk opens a database
TABLE = """CREATE TABLE "indicator_value" (
    "id" TEXT NOT NULL PRIMARY KEY, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL,
    "indicator_id" TEXT NOT NULL, "area_id" TEXT NOT NULL, "period" TEXT NOT NULL, "period_end" TEXT NOT NULL,
    "value" REAL, "numerator" REAL, "denominator" REAL, "suppressed" TEXT NOT NULL, "note" TEXT NOT NULL,
    "source" TEXT NOT NULL, "statistics_import_id" TEXT)"""
INDEXES = (
    'CREATE INDEX "v_indicator" ON "indicator_value" ("indicator_id")',
    'CREATE INDEX "v_area" ON "indicator_value" ("area_id")',
    'CREATE UNIQUE INDEX "v_unique" ON "indicator_value" ("indicator_id", "area_id", "period")',
    'CREATE INDEX "v_import" ON "indicator_value" ("statistics_import_id")',
)


def cpdesk_import(template: Path, work: Path, path: Path) -> tuple[float, int]:
    target = work / f"a-{uuid.uuid4().hex}.db"
    shutil.copyfile(template, target)
    desk = Desk.open(target)
    start = time.perf_counter()
    result = desk.indicators.import_statistics(path)
    seconds = time.perf_counter() - start
    desk.close()
    return seconds, result.values


def connect(target: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(target, isolation_level=None)
    for name, value in PRAGMAS.items():
        conn.execute(f"PRAGMA {name} = {value}")
    return conn


def floor_template(work: Path) -> Path:
    template = work / "floor-template.db"
    conn = connect(template)
    conn.execute(TABLE)
    for index in INDEXES:
        conn.execute(index)
    conn.close()
    return template


def floor(template: Path, work: Path, path: Path, rows: list[tuple[object, ...]]) -> float:
    target = work / f"b-{uuid.uuid4().hex}.db"
    shutil.copyfile(template, target)
    conn = connect(target)
    conn.execute("SELECT COUNT(*) FROM indicator_value").fetchone()  # opened and read, as Desk.open does
    start = time.perf_counter()
    with open(path, encoding="utf-8-sig", newline="") as handle:
        records = list(csv.reader(handle))
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(f"INSERT INTO indicator_value VALUES ({', '.join('?' * 14)})", rows)
    conn.execute("COMMIT")
    seconds = time.perf_counter() - start
    conn.close()
    assert records
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    files = args.files or [SHARED / name for name in FILES]
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        template = work / "template.db"
        Desk.open(template).close()
        bare = floor_template(work)
        print(f"{'file':<42} {'cpdesk':>9} {'floor':>9} {'ratio':>6}")
        for path in files:
            _, count = cpdesk_import(template, work, path)  # warm up, and learn how many rows it writes
            stamp = "2026-12-02T00:00:00.000000Z"
            figure = ("2025", "2025-03-31", 71.0, 142.0, 201.0, "", "", path.name, None)
            rows = [
                (uuid.uuid4().hex, stamp, stamp, uuid.uuid4().hex, uuid.uuid4().hex, *figure)
                for _ in range(count)
            ]
            mine, base = [], []
            for _ in range(args.runs):  # A B A B: the machine's moods fall on both
                mine.append(cpdesk_import(template, work, path)[0])
                base.append(floor(bare, work, path, rows))
            a, b = statistics.median(mine) * 1000, statistics.median(base) * 1000
            ratio = a / b
            flag = "" if ratio <= GOAL else f"  (over the {GOAL:g}x goal)"
            print(f"{path.name:<42} {a:7.0f}ms {b:7.0f}ms {ratio:5.1f}x{flag}   ({count:,} values)")


if __name__ == "__main__":
    main()
