"""Work off the GUI thread: results and errors both come back on the GUI thread."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QSettings, QThread
from pytestqt.qtbot import QtBot

from cpdesk.domain.desk import Desk
from cpdesk.views.common.changes import ChangeHub
from cpdesk.views.common.confirm import AutoConfirmer
from cpdesk.views.common.tasks import TaskRunner
from cpdesk.views.main_window import MainWindow


def test_work_runs_elsewhere_and_the_result_comes_back_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    gui = QThread.currentThread()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def done(result: object) -> None:
        seen["result"] = result
        seen["on_gui_thread"] = QThread.currentThread() is gui

    runner.submit(work, done, lambda error: seen.setdefault("error", error))
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == 42 and seen["on_gui_thread"] is True
    assert seen["worker"] != threading.get_ident()


def test_an_error_in_the_worker_is_delivered_not_lost(qtbot: QtBot) -> None:
    runner = TaskRunner()
    errors: list[BaseException] = []

    def work() -> None:
        raise ValueError("disk full")

    runner.submit(work, lambda _: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ValueError) and str(errors[0]) == "disk full"


WORKER_ON_AN_ENCRYPTED_DESK = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from cpdesk.domain.desk import Desk
from cpdesk.views.common.tasks import TaskRunner

app = QCoreApplication([])
desk = Desk.open(Path(sys.argv[1]), passphrase="a passphrase for the test")
runner = TaskRunner()
if sys.argv[2] == "tidy":
    runner.after_each = desk.release_thread
results = []
for _ in range(3):
    runner.submit(lambda: len(desk.people.teams()), results.append, results.append)
    runner.wait()
    while len(results) < _ + 1:
        app.processEvents()
print("teams", results)
desk.close()
"""


def test_a_job_on_an_encrypted_database_ends_with_its_connection_closed(tmp_path: Path) -> None:
    # A worker thread's Python state is thrown away when each job returns; a connection still open in
    # it was closed by that teardown, where SQLCipher's driver aborts the whole process (seen making a
    # briefing pack from an encrypted database). The window has the runner close it after every job.
    script = tmp_path / "worker.py"
    script.write_text(WORKER_ON_AN_ENCRYPTED_DESK)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CPDESK_DATA_DIR": str(tmp_path / "data")}
    ran = subprocess.run(
        [sys.executable, str(script), str(tmp_path / "e.db"), "tidy"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert ran.returncode == 0, ran.stderr[-2000:]
    assert ran.stdout.startswith("teams [") and "Error" not in ran.stdout


def test_the_window_has_its_runner_close_the_workers_connection_after_each_job(
    qtbot: QtBot, strategy_db: Desk, tmp_path: Path
) -> None:
    strategy_db.notes.set_current_user("Test Member", "member")
    runner = TaskRunner()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(strategy_db, settings, runner, ChangeHub(), AutoConfirmer())
    qtbot.addWidget(window)
    runner.wait()  # what the window's pages asked for as they opened
    assert runner.after_each is not None
    seen: list[object] = []

    def work() -> bool:
        strategy_db.people.teams()
        return strategy_db.db.is_closed()

    runner.submit(work, seen.append, seen.append)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [False], "the job had its own connection open"
    # Checked in the worker, as peewee keeps a connection for each thread: the job closed what it opened.
    runner.submit(strategy_db.db.is_closed, seen.append, seen.append)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    assert seen[1] is True
