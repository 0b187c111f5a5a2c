"""One write path: the Meetings page's clicks write on the runner's worker, never on the GUI thread."""

from __future__ import annotations

import re
import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cpdesk.domain.desk import Desk
from cpdesk.store.database import CpdeskDatabase
from cpdesk.views.common.changes import ChangeHub
from cpdesk.views.common.confirm import AutoConfirmer
from cpdesk.views.common.tasks import TaskRunner
from cpdesk.views.meetings.page import MeetingsPage
from tests.helpers import Clock
from tests.views.meetings.test_meetings_page import FIRST, SECOND, TODAY, fill

# A statement that changes a table, and the table: INSERT (OR ...) INTO, REPLACE INTO, UPDATE, DELETE FROM.
WRITE = re.compile(
    r'\s*(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|REPLACE\s+INTO|UPDATE|DELETE\s+FROM)\s+"?(\w+)', re.I
)


@pytest.fixture(scope="module")
def _clerk_file(_strategy_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("one-write-path")
    path = folder / "clerk.db"
    shutil.copyfile(_strategy_template, path)
    clock = Clock(TODAY)
    with Desk.open(path, today=clock) as desk:
        fill(desk, folder, clock)
        desk.agenda.add_item(meeting_id(desk, SECOND), "Fostering")
    return path


@pytest.fixture
def clock() -> Clock:
    return Clock(TODAY)


@pytest.fixture
def clerk(_clerk_file: Path, db_path: Path, clock: Clock) -> Iterator[Desk]:
    shutil.copyfile(_clerk_file, db_path)
    with Desk.open(db_path, today=clock) as opened:
        yield opened


@pytest.fixture
def writes_seen(clerk: Desk, monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, str]]:
    """Every INSERT, UPDATE and DELETE cpdesk runs from now on, with the thread that ran it."""
    seen: list[tuple[int, str]] = []
    original = CpdeskDatabase.execute_sql

    def recording(self: CpdeskDatabase, sql: str, params: Any = None) -> Any:
        write = WRITE.match(sql)
        if write:
            seen.append((threading.get_ident(), write[1]))
        return original(self, sql, params)

    monkeypatch.setattr(CpdeskDatabase, "execute_sql", recording)
    return seen


def meeting_id(desk: Desk, day: object) -> Any:
    return next(m.id for m in desk.meetings.meetings() if m.day == day and m.body_kind == "sub_committee")


def test_every_click_on_the_meetings_page_writes_on_the_worker_and_the_page_follows(
    qtbot: QtBot, clerk: Desk, writes_seen: list[tuple[int, str]], clock: Clock
) -> None:
    runner = TaskRunner()
    page = MeetingsPage(clerk, ChangeHub(), runner, AutoConfirmer())
    qtbot.addWidget(page)
    runner.setParent(page)  # as in the app, the runner lasts as long as its window
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    gui = threading.get_ident()
    first, second = meeting_id(clerk, FIRST), meeting_id(clerk, SECOND)

    def settle(condition: Callable[[], bool]) -> None:
        """Wait for the write to be done and the page to have read what it now shows."""
        qtbot.waitUntil(lambda: condition() and not page.loading.busy, timeout=10000)

    def status(meeting: Any) -> str:
        return clerk.meetings.meeting(meeting).status

    agenda, attendance, minutes = page.agenda_tab, page.attendance_tab, page.minutes_tab

    # --- the second meeting: its status, its agenda ---
    page.select_meeting(second)
    settle(lambda: page.meeting is not None and page.meeting.id == second and agenda.model.rowCount() > 2)
    page.published_button.click()
    settle(lambda: status(second) == "agenda_published" and not page.published_button.isEnabled())
    assert "Agenda published" in page.details.text()

    titles = [i.title for i in agenda.model.rows]
    fostering = titles.index("Fostering")
    agenda.view.selectRow(fostering)
    agenda.move_selected(-1)  # what Ctrl+Up does
    settle(lambda: [i.title for i in agenda.model.rows].index("Fostering") == fostering - 1)
    assert [i.title for i in clerk.agenda.items(second)].index("Fostering") == fostering - 1
    assert agenda.selected_item is not None and agenda.selected_item.title == "Fostering", "it stays chosen"

    removed = agenda.selected_item.id
    agenda.remove_button.click()
    settle(lambda: removed not in {i.id for i in agenda.model.rows})
    assert [i for i, _title in clerk.agenda.binned_items(second)] == [removed]
    agenda.restore_menu.actions()[0].trigger()
    settle(lambda: removed in {i.id for i in agenda.model.rows})
    assert agenda.note.text() == ""
    agenda.build_button.click()
    settle(lambda: agenda.note.text().startswith(("Added", "Nothing to add")))

    # --- the first meeting: attendance, declarations, minutes ---
    page.select_meeting(first)
    settle(lambda: page.meeting is not None and page.meeting.id == first and minutes.items.rowCount() > 0)
    present = attendance.attendance.rowCount()
    attendance.attendance_view.selectRow(0)
    attendance.remove_button.click()
    settle(lambda: attendance.attendance.rowCount() == present - 1)
    assert len(clerk.meetings.attendance(first)) == present - 1

    attendance.withdraw_button.click()
    settle(lambda: attendance.declarations.rowCount() == 0)
    attendance.restore_declaration_menu.actions()[0].trigger()
    settle(lambda: attendance.declarations.rowCount() == 1)

    item_row = next(r for r in range(minutes.items.rowCount()) if minutes.items.item(r).decisions)
    minutes.items_view.setCurrentIndex(minutes.items.index(item_row, 0))
    item = minutes.current_item
    assert item is not None
    minutes.discussion.setPlainText("Members asked about attendance at school, and were answered.")
    minutes.save_button.click()
    settle(lambda: minutes.saved_note.text() == "Saved.")
    saved = next(i for i in clerk.minutes.minutes(first) if i.agenda_item_id == item.agenda_item_id)
    assert saved.discussion.endswith("and were answered.")
    minutes.decisions_view.selectRow(0)
    minutes.remove_decision_button.click()
    settle(lambda: minutes.decisions.rowCount() == 0)
    minutes.restore_decision_menu.actions()[0].trigger()
    settle(lambda: minutes.decisions.rowCount() == 1)

    # A form's write takes the same path.
    log = page.log_tab
    raised = log.raised.rowCount()
    log.raise_new("action")
    assert log.dialog is not None
    qtbot.keyClicks(log.dialog.description_edit, "Visit the new children's home")
    qtbot.mouseClick(log.dialog.ok_button, Qt.MouseButton.LeftButton)
    settle(lambda: log.raised.rowCount() == raised + 1)

    # --- back to the second, on its day: cancel, reinstate, mark held ---
    clock.today = SECOND
    page.select_meeting(second)
    settle(lambda: page.meeting is not None and page.meeting.id == second)
    page.cancel_button.click()
    settle(lambda: status(second) == "cancelled" and page.cancel_button.text() == "Reinstate meeting")
    page.cancel_button.click()
    settle(lambda: status(second) == "scheduled" and page.held_button.isEnabled())
    page.held_button.click()
    settle(lambda: status(second) == "held" and "Held" in page.details.text())
    runner.wait()

    assert page.message is None, page.message.text() if page.message else ""
    tables = {table for _thread, table in writes_seen}
    assert {"meeting", "agenda_item", "attendance", "declaration", "minute", "decision", "action"} <= tables
    on_gui = [table for thread, table in writes_seen if thread == gui]
    assert on_gui == [], f"written on the GUI thread: {on_gui}"


def test_a_refused_write_is_said_on_the_gui_thread_and_changes_nothing(qtbot: QtBot, clerk: Desk) -> None:
    runner = TaskRunner()
    page = MeetingsPage(clerk, ChangeHub(), runner, AutoConfirmer())
    qtbot.addWidget(page)
    runner.setParent(page)  # as in the app, the runner lasts as long as its window
    page.show()
    first = meeting_id(clerk, FIRST)
    page.select_meeting(first)
    qtbot.waitUntil(lambda: not page.loading.busy and page.meeting is not None, timeout=10000)
    page.set_status("published")  # not a status a clerk can set
    assert page.message is None  # not yet: the worker has it
    qtbot.waitUntil(lambda: page.message is not None, timeout=10000)
    assert page.message is not None and page.message.windowTitle() == "The meeting's status was not changed"
    assert "cannot be marked published" in page.message.text()
    assert clerk.meetings.meeting(first).status == "held"
    runner.wait()
    page.message.close()
