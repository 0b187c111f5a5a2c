"""The Meetings page on a long history: its first visit and choosing a meeting, beside a floor.

Run: python bench/meetings_page.py PATH [--runs N] (make PATH with bench/large_database.py; --years 50 for
a longer history). The floor is reading the whole action log once through the domain (desk.actions.log())
in the same process. Each figure is timed as a user meets it, offscreen, with the real task runner: from
the click until every tab's reads have come back and the window is painted. Runs are paired with the
floor (floor, figure, floor, figure, ...) so the machine's drift moves both alike.

Goal: first visit within 4 times the floor; choosing a meeting within 2.5 times, and costing the same
however many years of history there are (choosing the same early meeting is timed for that).
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from uuid import UUID

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from cpdesk.domain.desk import Desk
from cpdesk.views.common.changes import ChangeHub
from cpdesk.views.common.confirm import DialogConfirmer
from cpdesk.views.common.tasks import TaskRunner
from cpdesk.views.main_window import MainWindow
from cpdesk.views.meetings.page import MeetingsPage


def settle(app: QApplication, runner: TaskRunner, page: MeetingsPage, window: MainWindow) -> None:
    """Until every read the page asked for has come back and been shown, and the window is painted."""
    app.processEvents()
    while page.loading.busy:
        runner.wait()
        app.processEvents()
    window.grab()


def seconds(step: Callable[[], object]) -> float:
    start = time.perf_counter()
    step()
    return time.perf_counter() - start


GOALS = {"first visit": 4.0, "choose a recent meeting": 2.5, "choose an early meeting": 2.5}


def one_run(
    app: QApplication, desk: Desk, folder: str, chosen: dict[str, UUID], back: UUID
) -> list[tuple[str, float, float]]:
    """A fresh window: (figure, seconds, floor's seconds just before it) for each figure, in turn."""
    runner = TaskRunner()
    settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(desk, settings, runner, ChangeHub(), DialogConfirmer())
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    window.grab()
    found = []

    def visit() -> None:
        window.nav.setCurrentRow(1)
        settle(app, runner, window.meetings_page, window)

    floor = seconds(desk.actions.log)
    found.append(("first visit", seconds(visit), floor))
    page = window.meetings_page
    page.tabs.setCurrentWidget(page.log_tab)  # the tab that shows the long lists
    settle(app, runner, page, window)
    for label, meeting_id in chosen.items():
        for to in (meeting_id, back):  # to it and back: each a real change of meeting

            def choose(to: UUID = to) -> None:
                page.select_meeting(to)
                settle(app, runner, page, window)

            floor = seconds(desk.actions.log)
            took = seconds(choose)
            if to == meeting_id:
                found.append((label, took, floor))
    runner.wait()
    window.close()
    window.deleteLater()
    app.processEvents()
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QApplication([])
    desk = Desk.open(args.path)
    floor_rows = len(desk.actions.log())
    meetings = desk.meetings.meetings()
    early = meetings[12]  # the first meeting of the third year: the same history before it however long
    latest = max(meetings, key=lambda m: m.day)
    recent = max((m for m in meetings if m.id != latest.id), key=lambda m: m.day)
    chosen = {"choose a recent meeting": recent.id, "choose an early meeting": early.id}
    figures: dict[str, list[float]] = {label: [] for label in GOALS}
    floors: dict[str, list[float]] = {label: [] for label in GOALS}
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(args.runs):
            for label, took, floor in one_run(app, desk, folder, chosen, latest.id):
                figures[label].append(took)
                floors[label].append(floor)
    print(f"{args.path}: {len(meetings)} meetings, {floor_rows:,} actions")
    print(f"floor: read the whole action log once through the domain ({floor_rows:,} rows)")
    print(
        f"carried forward: {len(desk.actions.carried_forward(recent.id)):,} rows to the recent meeting "
        f"({recent.day}), {len(desk.actions.carried_forward(early.id)):,} to the early one ({early.day})"
    )
    print("the first run's first visit imports the page's modules too; the median is of every run")
    print(f"{'':<26}{'median':>10}{'floor':>10}{'ratio':>8}  goal   each run, figure/floor (ms)")
    for label, times in figures.items():
        figure, floor = statistics.median(times), statistics.median(floors[label])
        ratio = figure / floor
        runs = " ".join(f"{t * 1000:.0f}/{f * 1000:.0f}" for t, f in zip(times, floors[label], strict=True))
        mark = "" if ratio <= GOALS[label] else "  (over)"
        print(
            f"{label:<26}{figure * 1000:8.0f}ms{floor * 1000:8.0f}ms{ratio:7.2f}x  "
            f"{GOALS[label]:.1f}x  {runs}{mark}"
        )
    desk.close()


if __name__ == "__main__":
    main()
