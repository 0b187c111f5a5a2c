"""Start-up time: process start to the main window shown with the strategy on screen, beside a bare window.

Run: python bench/startup.py [--runs N]. Prints the median of N runs of each and the ratio. Goal: under 3x.
Each run is a fresh process (interpreter start, imports, database open, window shown and painted). The runs
are paired, bare then cpdesk, pair after pair (A B A B), so a busy machine's drift moves both alike; each
pair's ratio is printed too, and their median beside the ratio of the medians.
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

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1100, 760)
window.show()
app.processEvents()
window.grab()
print("shown", flush=True)
"""

CPDESK = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from cpdesk.app import create_application, open_main_window
app = create_application([])
window = open_main_window(Path(sys.argv[1]), QSettings(sys.argv[2], QSettings.Format.IniFormat))
app.processEvents()
window.grab()
assert window.strategy_page.reader.toPlainText(), "the strategy text must be on screen"
print("shown", flush=True)
"""


def time_to_shown(code: str, *args: str) -> float:
    """Seconds from spawning the process to its saying the window is shown."""
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - start
    process.wait()
    if line.strip() != "shown" or process.returncode != 0:
        raise SystemExit(f"the window was not shown (exit {process.returncode})")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.db"
        settings = str(Path(folder) / "settings.ini")
        time_to_shown(CPDESK, str(db), settings)  # first run creates the database; not counted
        time_to_shown(BARE)
        bare: list[float] = []
        cpdesk: list[float] = []
        for _ in range(args.runs):
            bare.append(time_to_shown(BARE))
            cpdesk.append(time_to_shown(CPDESK, str(db), settings))
    bare_median, cpdesk_median = statistics.median(bare), statistics.median(cpdesk)
    pairs = [c / b for b, c in zip(bare, cpdesk, strict=True)]
    print(f"platform: {os.environ['QT_QPA_PLATFORM']}, runs: {args.runs}")
    print(f"bare PySide6 window shown:          median {bare_median * 1000:7.1f} ms")
    print(f"cpdesk window with strategy shown:  median {cpdesk_median * 1000:7.1f} ms")
    print(f"ratio: {cpdesk_median / bare_median:.2f}x (goal: under 3x)")
    print(f"each pair: {' '.join(f'{r:.2f}' for r in pairs)}; median {statistics.median(pairs):.2f}x")


if __name__ == "__main__":
    main()
