"""A page's writes and long reads: on the worker, delivered on the GUI thread, the latest read only."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from cpdesk.domain.desk import Desk
from cpdesk.views.common.changes import PEOPLE, ChangeHub
from cpdesk.views.common.desk_work import BusyNote, Loader, Writes
from cpdesk.views.common.forms import Messages
from cpdesk.views.common.tasks import TaskRunner


def test_only_the_latest_read_is_shown_and_the_note_says_loading_meanwhile(
    qtbot: QtBot, strategy_db: Desk
) -> None:
    owner, note = QWidget(), BusyNote("Reading…")
    qtbot.addWidget(owner)
    runner = TaskRunner(owner)  # as in the app, the runner lasts as long as the window
    errors: list[tuple[str, BaseException]] = []
    loader = Loader(owner, strategy_db, runner, lambda title, error: errors.append((title, error)), note)
    gate, shown, threads = threading.Event(), [], []

    def slow() -> str:
        threads.append(threading.get_ident())
        gate.wait(5)
        return "the first choice"

    loader.load(slow, shown.append, "not read")
    loader.load(lambda: [p.name for p in strategy_db.people.people()], shown.append, "not read")
    assert loader.loading and note.busy and note.text() == "Reading…"
    gate.set()
    qtbot.waitUntil(lambda: not loader.loading, timeout=5000)
    assert shown == [[]], "the first read came back after the second was asked for: dropped"
    assert note.text() == "" and not errors
    assert threads and threads[0] != threading.get_ident()


def test_a_write_is_done_on_the_worker_then_announced_even_if_its_page_has_gone(
    qtbot: QtBot, strategy_db: Desk
) -> None:
    owner, window, hub = QWidget(), QWidget(), ChangeHub()
    qtbot.addWidget(window)
    runner = TaskRunner(window)
    writes = Writes(owner, strategy_db, runner, hub, Messages(owner))
    announced: list[frozenset[str]] = []
    hub.changed.connect(announced.append)
    gate, results, threads = threading.Event(), [], []

    def work() -> str:
        threads.append(threading.get_ident())
        gate.wait(5)
        return strategy_db.people.add_member("Cllr Ash").name

    writes.write("Not added", work, PEOPLE, then=results.append)
    owner.deleteLater()  # the page is closed while the write is under way
    qtbot.waitUntil(lambda: not Shiboken.isValid(owner) and bool(threads), timeout=5000)
    gate.set()
    qtbot.waitUntil(lambda: bool(announced), timeout=5000)
    assert announced == [frozenset({PEOPLE})] and results == []
    assert threads[0] != threading.get_ident()
    assert "Cllr Ash" in {p.name for p in strategy_db.people.people()}
