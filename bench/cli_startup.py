"""Command-line start-up: `cpdesk --version`, `--help` and `meetings list`, each beside a bare interpreter.

Run: python bench/cli_startup.py [--runs N]. Each run is a fresh process, from spawn to exit. The floors are
`python -c pass` and `python -c "import argparse"`; the commands are run paired with the floor (A B A B)
so that a machine growing busier or quieter moves both alike. Prints the median of N runs of each and what
each command costs over the floor. Goal: --version and --help under 25 ms over python -c pass (they
load argparse and build its tree, never the database or the domain); a sub-command pays for what it uses.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def seconds(command: list[str], env: dict[str, str]) -> float:
    """Seconds from spawning the process to its exit (which must be 0)."""
    start = time.perf_counter()
    result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed (exit {result.returncode}): {result.stderr.decode()}")
    return elapsed


def paired(a: list[str], b: list[str], runs: int, env: dict[str, str]) -> tuple[list[float], list[float]]:
    """Run a and b alternately, runs times each."""
    times_a, times_b = [], []
    for _ in range(runs):
        times_a.append(seconds(a, env))
        times_b.append(seconds(b, env))
    return times_a, times_b


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    python = sys.executable
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "CPDESK_DATA_DIR": folder}
        db = str(Path(folder) / "bench.db")
        seconds([python, "-m", "cpdesk", "example", db], env)  # a database with meetings; not counted
        floor = [python, "-c", "pass"]
        commands = {
            'python -c "import argparse"': [python, "-c", "import argparse"],
            "cpdesk --version": [python, "-m", "cpdesk", "--version"],
            "cpdesk --help": [python, "-m", "cpdesk", "--help"],
            "cpdesk meetings list": [python, "-m", "cpdesk", "meetings", "list", "--db", db],
        }
        for command in (floor, *commands.values()):
            seconds(command, env)  # warm the disk cache; not counted
        rows = []
        for name, command in commands.items():
            floors, timed = paired(floor, command, args.runs, env)
            rows.append((name, statistics.median(timed), statistics.median(floors)))
    print(f"python {sys.version.split()[0]}, {args.runs} runs of each, paired with python -c pass; medians")
    for name, median, floor_median in rows:
        print(
            f"{name:28} {median * 1000:7.1f} ms   python -c pass {floor_median * 1000:6.1f} ms   "
            f"{(median - floor_median) * 1000:+7.1f} ms"
        )


if __name__ == "__main__":
    main()
