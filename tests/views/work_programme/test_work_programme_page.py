"""The Work programme page as the clerk uses it: a year of reports, their months, meetings and warnings."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from uuid import UUID

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from cpdesk.domain.desk import Desk
from cpdesk.views.common.changes import AGENDA, ChangeHub
from cpdesk.views.common.confirm import AutoConfirmer
from cpdesk.views.common.tasks import SynchronousRunner
from cpdesk.views.work_programme.page import (
    COL_DUE,
    COL_MEETING,
    COL_MONTH,
    COL_REPORT,
    COL_STATE,
    WorkProgrammeModel,
    WorkProgrammePage,
)
from tests.conftest import database_dump
from tests.helpers import Clock


@pytest.fixture
def clock() -> Clock:
    return Clock(date(2025, 8, 20))


@pytest.fixture
def desk(_strategy_template: Path, db_path: Path, clock: Clock) -> Iterator[Desk]:
    shutil.copyfile(_strategy_template, db_path)
    opened = Desk.open(db_path, today=clock)
    yield opened
    opened.close()


@pytest.fixture
def meetings(desk: Desk) -> list[UUID]:
    """A year of Sub-Committee meetings; June's was held with the Participation report on its agenda."""
    body = desk.people.body("sub_committee").id
    made = [m.id for m in desk.meetings.create_series(body, date(2025, 6, 10), every_weeks=8)]
    for title, month in (
        ("Participation Annual Report", 6),
        ("Adoption Annual Report", 7),
        ("Foster Carers Annual Report", 9),
        ("Sufficiency Strategy", 10),
    ):
        desk.work_programme.set_due_month(title, month)
    desk.work_programme.schedule("Participation Annual Report", made[0])
    desk.meetings.set_status(made[0], "held")
    return made


@pytest.fixture
def page(qtbot: QtBot, desk: Desk, meetings: list[UUID]) -> WorkProgrammePage:
    made = WorkProgrammePage(desk, ChangeHub(), SynchronousRunner(), AutoConfirmer())
    qtbot.addWidget(made)
    made.resize(1000, 700)
    made.show()
    qtbot.waitExposed(made)
    return made


def cell(page: WorkProgrammePage, title: str, column: int) -> str:
    row = page.model.row_of(title)
    assert row >= 0, title
    return str(page.model.index(row, column).data())


def warnings(page: WorkProgrammePage) -> list[str]:
    return [page.warnings.item(n).text() for n in range(page.warnings.count())]


def choose(box: QComboBox, text: str) -> None:
    row = box.findText(text, Qt.MatchFlag.MatchStartsWith)
    assert row >= 0, f"{text!r} is not offered: {[box.itemText(n) for n in range(box.count())]}"
    box.setCurrentIndex(row)


def click_report(qtbot: QtBot, page: WorkProgrammePage, title: str) -> None:
    index = page.model.index(page.model.row_of(title), COL_REPORT)
    page.table.scrollTo(index)
    qtbot.mouseClick(
        page.table.viewport(), Qt.MouseButton.LeftButton, pos=page.table.visualRect(index).center()
    )
    assert page.selected() is not None and page.selected().report_title == title  # type: ignore[union-attr]


def test_the_model_passes_the_model_tester(
    qtmodeltester: ModelTester, desk: Desk, meetings: list[UUID]
) -> None:
    model = WorkProgrammeModel()
    model.set_year(desk.work_programme.year(2025), desk.work_programme.entries())
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 14
    model.set_year(desk.work_programme.year(2026), desk.work_programme.entries())
    assert model.index(0, COL_STATE).data() in {"Received", "Scheduled", "Overdue", "On no agenda"}


def test_the_page_opens_on_this_municipal_year_with_states_in_words(page: WorkProgrammePage) -> None:
    assert page.year_box.currentText() == "2025/26 (this year)"
    assert page.start_year == 2025
    assert cell(page, "Participation Annual Report", COL_STATE) == "Received"
    assert cell(page, "Participation Annual Report", COL_MEETING) == "10 June 2025"
    assert cell(page, "Adoption Annual Report", COL_STATE) == "Overdue"
    assert cell(page, "Adoption Annual Report", COL_MONTH) == "July"
    assert cell(page, "Adoption Annual Report", COL_DUE) == "31 July 2025"
    assert cell(page, "Sufficiency Strategy", COL_STATE) == "On no agenda"
    assert "Sufficiency Strategy is due by 31 October 2025 but is on no agenda" in warnings(page)
    assert page.summary.text().startswith("14 reports in 2025/26: 1 received, 0 scheduled,")
    assert not page.month_button.isEnabled() and not page.schedule_button.isEnabled()


def test_another_year_can_be_chosen(page: WorkProgrammePage) -> None:
    choose(page.year_box, "2026/27")
    assert cell(page, "Participation Annual Report", COL_DUE) == "30 June 2026"
    assert cell(page, "Participation Annual Report", COL_STATE) == "On no agenda"
    assert any(w.startswith("Participation Annual Report is due by 30 June 2026") for w in warnings(page))


def test_a_due_month_is_set_through_the_dialog(qtbot: QtBot, page: WorkProgrammePage, desk: Desk) -> None:
    click_report(qtbot, page, "Sufficiency Strategy")
    qtbot.mouseClick(page.month_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.fields["Month"].currentText() == "October"  # type: ignore[attr-defined]
    choose(dialog.fields["Month"], "December")  # type: ignore[arg-type]
    qtbot.keyClicks(dialog.fields["Notes"], "Agreed with the service")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    entry = next(e for e in desk.work_programme.entries() if e.report_title == "Sufficiency Strategy")
    assert (entry.due_month, entry.notes) == (12, "Agreed with the service")
    assert cell(page, "Sufficiency Strategy", COL_MONTH) == "December"
    assert "Sufficiency Strategy is due by 31 December 2025 but is on no agenda" in warnings(page)
    assert page.note.text() == "Sufficiency Strategy is now due in December."
    assert page.selected().report_title == "Sufficiency Strategy"  # type: ignore[union-attr]


def test_a_report_is_scheduled_onto_a_meeting_and_the_warning_goes(
    qtbot: QtBot, page: WorkProgrammePage, desk: Desk, meetings: list[UUID]
) -> None:
    heard: list[frozenset[str]] = []
    page._hub.changed.connect(heard.append)
    click_report(qtbot, page, "Sufficiency Strategy")
    qtbot.mouseClick(page.schedule_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None
    box = dialog.fields["Meeting"]
    assert isinstance(box, QComboBox)
    offered = [box.itemText(n) for n in range(box.count())]
    assert offered[0] == "Tuesday 10 June 2025 (held)" and len(offered) == 6
    assert box.currentText() == "Tuesday 30 September 2025 (scheduled)", "the last meeting before it is due"
    choose(box, "Tuesday 30 September 2025")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert "Sufficiency Strategy" in [i.title for i in desk.agenda.items(meetings[2])]
    assert cell(page, "Sufficiency Strategy", COL_STATE) == "Scheduled"
    assert cell(page, "Sufficiency Strategy", COL_MEETING) == "30 September 2025"
    assert not any(w.startswith("Sufficiency Strategy") for w in warnings(page))
    assert AGENDA in heard[-1], "the Meetings page hears that an agenda changed"
    assert (
        page.note.text()
        == "Sufficiency Strategy is on the agenda of the meeting on Tuesday 30 September 2025."
    )


def test_scheduling_twice_is_refused_with_a_message_and_changes_nothing(
    qtbot: QtBot, page: WorkProgrammePage, desk: Desk, meetings: list[UUID]
) -> None:
    desk.work_programme.schedule("Sufficiency Strategy", meetings[2])
    page.refresh()
    before = database_dump(desk)
    click_report(qtbot, page, "Sufficiency Strategy")
    page.schedule()
    dialog = page.dialog
    assert dialog is not None
    choose(dialog.fields["Meeting"], "Tuesday 30 September 2025")  # type: ignore[arg-type]
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.message is not None and dialog.message.isVisible()
    assert dialog.message.text() == "Sufficiency Strategy is already on this agenda."
    assert dialog.isVisible()
    assert database_dump(desk) == before
    dialog.message.close()
    dialog.reject()


def test_a_year_with_no_meetings_says_so_and_cannot_schedule(qtbot: QtBot, page: WorkProgrammePage) -> None:
    choose(page.year_box, "2026/27")
    click_report(qtbot, page, "Adoption Annual Report")
    page.schedule()
    dialog = page.dialog
    assert dialog is not None
    assert "There are no Sub-Committee meetings in 2026/27 yet" in dialog.intro.text()
    assert not dialog.ok_button.isEnabled()
    dialog.reject()


def test_every_control_is_named_and_labelled(page: WorkProgrammePage) -> None:
    for control in (page.year_box, page.table, page.month_button, page.schedule_button, page.warnings):
        assert control.accessibleName()
    buddies = {label.buddy() for label in page.findChildren(QLabel)}
    assert page.year_box in buddies and page.warnings in buddies
