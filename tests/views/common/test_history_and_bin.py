"""A record's history beside it (actions, meetings, challenges) and the Bin window, as a user meets them."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from uuid import UUID

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from cpdesk.domain.desk import Desk
from cpdesk.views.actions.page import ActionsPage
from cpdesk.views.common.bin_window import COL_STAYS, COL_TITLE, BinModel, BinWindow
from cpdesk.views.common.changes import ChangeHub
from cpdesk.views.common.confirm import AutoConfirmer
from cpdesk.views.common.history import COL_WHAT, COL_WHO, HistoryModel, when_words
from cpdesk.views.common.tasks import SynchronousRunner
from cpdesk.views.main_window import MainWindow
from cpdesk.views.meetings.page import MeetingsPage
from cpdesk.views.voice.page import VoicePage
from tests.helpers import Clock


@pytest.fixture
def clock() -> Clock:
    return Clock(date(2025, 6, 1))


@pytest.fixture
def desk(_strategy_template: Path, db_path: Path, clock: Clock) -> Iterator[Desk]:
    shutil.copyfile(_strategy_template, db_path)
    opened = Desk.open(db_path, today=clock)
    opened.notes.set_current_user("Sam Clerk", "clerk")
    yield opened
    opened.close()


@dataclass
class Year:
    june: UUID
    december: UUID
    action: UUID
    challenge: UUID


@pytest.fixture
def year(desk: Desk, clock: Clock) -> Year:
    sub = desk.people.body("sub_committee").id
    yp = desk.people.body("young_people").id
    june = desk.meetings.create_meeting(sub, date(2025, 6, 10)).id
    december = desk.meetings.create_meeting(sub, date(2025, 12, 15)).id
    young = desk.meetings.create_meeting(yp, date(2025, 6, 3)).id
    desk.agenda.build_from_template(december)
    action = desk.actions.raise_action(december, "Report on sufficiency").id
    challenge = desk.challenges.raise_challenge(young, "We want a say in pocket money.").id
    clock.today = date(2025, 12, 15)
    desk.actions.add_update(action, "Started", status="in_progress")
    desk.meetings.set_status(june, "held")
    desk.minutes.approve(june, december)
    desk.challenges.add_step(challenge, "Rates set with young people", on_date=date(2025, 7, 1))
    desk.challenges.record_told(challenge, date(2025, 7, 8), "Letter")
    desk.challenges.close(challenge, "done")
    return Year(june, december, action, challenge)


def lines(model: HistoryModel) -> list[tuple[str, str]]:
    return [
        (model.index(r, COL_WHO).data(), model.index(r, COL_WHAT).data()) for r in range(model.rowCount())
    ]


def _show(qtbot: QtBot, widget: MeetingsPage | ActionsPage | VoicePage | BinWindow) -> None:
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)


def test_the_history_model_passes_the_model_tester(
    qtmodeltester: ModelTester, desk: Desk, year: Year
) -> None:
    model = HistoryModel()
    model.set_entries(desk.audit.history("action", year.action))
    qtmodeltester.check(model)
    assert model.rowCount() == 1 and model.headerData(COL_WHAT, Qt.Orientation.Horizontal) == "What was done"


def test_an_actions_history_shows_who_changed_its_status(qtbot: QtBot, desk: Desk, year: Year) -> None:
    page = ActionsPage(desk, ChangeHub(), SynchronousRunner(), AutoConfirmer())
    _show(qtbot, page)
    panel = page.history_panel
    assert panel.toggle.text() == "Who changed this action (nothing chosen)"
    page.table.selectRow(0)
    assert lines(panel.model) == [("Sam Clerk", "Status changed from Open to In progress")]
    assert panel.toggle.text() == "Who changed this action (1 change)"
    assert not panel.body.isVisible(), "folded until opened"
    qtbot.mouseClick(panel.toggle, Qt.MouseButton.LeftButton)
    assert panel.table.isVisible()
    assert panel.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert panel.model.index(0, 0).data() == when_words(panel.model.entries[0].when)
    # a change made on the page shows in the history at once
    desk.actions.reassign(year.action, due=date(2026, 2, 1))
    page._hub.announce("actions")
    assert lines(panel.model)[0] == ("Sam Clerk", "Due date changed from no date to 1 February 2026")


def test_a_meetings_history_shows_its_minutes_approved(qtbot: QtBot, desk: Desk, year: Year) -> None:
    page = MeetingsPage(desk, ChangeHub(), SynchronousRunner(), AutoConfirmer())
    _show(qtbot, page)
    assert page.select_meeting(year.june)
    assert lines(page.history_panel.model) == [
        ("Sam Clerk", "Minutes approved at the meeting of 15 December 2025")
    ]
    assert page.select_meeting(year.december)
    assert lines(page.history_panel.model) == []
    assert page.history_panel.toggle.accessibleName() == "Who changed this meeting, 0 changes"


def test_a_challenges_history_shows_it_closed(qtbot: QtBot, desk: Desk, year: Year) -> None:
    page = VoicePage(desk, ChangeHub(), SynchronousRunner(), AutoConfirmer())
    _show(qtbot, page)
    page.table.selectRow(0)
    assert lines(page.history_panel.model) == [
        ("Sam Clerk", "Closed as done on 15 December 2025: young people told on 8 July 2025")
    ]


# --- the Bin window ---


def test_the_bin_model_passes_the_model_tester(qtmodeltester: ModelTester, desk: Desk, year: Year) -> None:
    desk.actions.bin(year.action)
    model = BinModel()
    model.set_entries(desk.bin.entries())
    qtmodeltester.check(model)


def test_the_bin_opens_from_the_file_menu_and_restores(
    qtbot: QtBot, desk: Desk, year: Year, make_window: Callable[[Desk], MainWindow]
) -> None:
    desk.people.bin_person(desk.people.add_officer("Alex Officer").id)
    window = make_window(desk)
    assert window.bin_action.text() == "&Bin…"
    window.bin_action.trigger()
    bin_window = window.bin_window
    assert bin_window is not None and bin_window.isVisible()
    assert not bin_window.isModal()
    assert bin_window.count_label.text() == "1 thing in the bin"
    assert bin_window.model.index(0, COL_TITLE).data() == "Alex Officer"
    assert bin_window.model.index(0, COL_STAYS).data() == "90 more days"
    assert bin_window.restore_button.isEnabled()
    qtbot.mouseClick(bin_window.restore_button, Qt.MouseButton.LeftButton)
    assert "Alex Officer" in {p.name for p in desk.people.people()}
    assert bin_window.count_label.text() == "The bin is empty"
    assert not bin_window.restore_button.isEnabled()
    window.bin_action.trigger()
    assert window.bin_window is bin_window, "one Bin window, brought back"


def test_what_approved_minutes_keep_cannot_be_restored_and_says_why(
    qtbot: QtBot, desk: Desk, year: Year, clock: Clock
) -> None:
    sub = desk.people.body("sub_committee").id
    september = desk.meetings.create_meeting(sub, date(2025, 9, 9)).id
    binned = desk.actions.raise_action(september, "Raised by mistake").id
    desk.actions.bin(binned)
    desk.meetings.set_status(september, "held")
    desk.minutes.approve(september, year.december)
    window = BinWindow(desk, ChangeHub(), SynchronousRunner())
    _show(qtbot, window)
    window.table.selectRow(0)
    assert window.model.index(0, COL_STAYS).data() == "Kept for good"
    assert not window.restore_button.isEnabled()
    assert "9 September 2025, whose minutes are approved" in window.why_label.text()


def test_the_period_is_set_in_the_window(qtbot: QtBot, desk: Desk, year: Year) -> None:
    window = BinWindow(desk, ChangeHub(), SynchronousRunner())
    _show(qtbot, window)
    assert window.days_box.value() == 90 and not window.days_button.isEnabled()
    window.days_box.setValue(30)
    assert window.days_button.isEnabled()
    qtbot.mouseClick(window.days_button, Qt.MouseButton.LeftButton)
    assert desk.bin.retention_days() == 30
    assert not window.days_button.isEnabled()
    window.days_box.setValue(1)
    assert window.days_box.value() == 7, "a week at the least"
