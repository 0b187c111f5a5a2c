"""Work off the GUI thread: results and errors both come back on the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from cpdesk.views.common.tasks import TaskRunner


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
