"""The meeting's action log on a long history: sorted by real values in its model, the meeting read once."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHeaderView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from cpdesk.domain.desk import Desk
from cpdesk.views.common.changes import ChangeHub
from cpdesk.views.common.confirm import AutoConfirmer
from cpdesk.views.common.tasks import SynchronousRunner
from cpdesk.views.meetings.models import ROW_ROLE, ActionLogModel, short_date
from cpdesk.views.meetings.page import MeetingsPage
from tests.helpers import Clock

TODAY = date(2025, 1, 10)  # the second year's series runs to March
DUE, STATUS = 4, 5


@pytest.fixture
def desk(_strategy_template: Path, db_path: Path) -> Iterator[Desk]:
    """Two years of meetings, each raising an action due some weeks later; one with no due date, one done."""
    shutil.copyfile(_strategy_template, db_path)
    clock = Clock(date(2023, 6, 1))
    with Desk.open(db_path, today=clock) as opened:
        body = opened.people.body("sub_committee").id
        meetings = opened.meetings.create_series(body, date(2023, 6, 13), time="10:00", venue="Hall")
        meetings += opened.meetings.create_series(body, date(2024, 6, 11), time="10:00", venue="Hall")
        held = [m for m in meetings if m.day < TODAY]
        for n, meeting in enumerate(held):
            opened.actions.raise_action(
                meeting.id, f"Bring figures {n}", due=meeting.day + timedelta(days=19)
            )
        opened.actions.raise_action(held[0].id, "Keep the chair informed")
        first = opened.actions.log()[0]
        opened.actions.add_update(first.id, "Done", status="completed", on_date=held[1].day)
        clock.today = TODAY
        yield opened


def shown(model: ActionLogModel, column: int = 0) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_the_log_sorts_dates_as_dates_with_blanks_last_either_way(
    qtmodeltester: ModelTester, desk: Desk
) -> None:
    rows = desk.actions.log()
    model = ActionLogModel()
    model.set_rows(rows)
    assert shown(model) == [r.reference for r in rows], "the domain's order until sorted"
    model.sort(DUE, Qt.SortOrder.AscendingOrder)
    by_date = [short_date(d) for d in sorted(r.due for r in rows if r.due)]
    assert by_date != sorted(by_date), "as text, 1 Oct would come before 15 Aug"
    assert shown(model, DUE) == [*by_date, ""]
    model.sort(DUE, Qt.SortOrder.DescendingOrder)
    assert shown(model, DUE) == [*reversed(by_date), ""]
    model.sort(STATUS, Qt.SortOrder.DescendingOrder)
    assert shown(model, STATUS)[0] == "Completed", "statuses in the order work goes, not A to Z"
    qtmodeltester.check(model, force_py=True)


def test_the_sort_holds_through_a_reload_and_a_chosen_row_follows_it(desk: Desk) -> None:
    rows = desk.actions.log()
    model = ActionLogModel()
    model.set_rows(rows)
    latest_due = max(rows, key=lambda r: r.due or date.min)
    chosen = QPersistentModelIndex(model.index(rows.index(latest_due), 0))
    model.sort(DUE, Qt.SortOrder.DescendingOrder)
    assert chosen.row() == 0 and chosen.data() == latest_due.reference
    model.set_rows(list(reversed(rows)))
    assert model.index(0, 0).data(ROW_ROLE) == latest_due
    assert model.index(model.rowCount() - 1, DUE).data() == ""


def counted(desk: Desk, name: str) -> list[Any]:
    """Calls to one of the desk's action reads, by meeting, from now on."""
    calls: list[Any] = []
    read: Callable[..., Any] = getattr(desk.actions, name)

    def spy(meeting_id: Any) -> Any:
        calls.append(meeting_id)
        return read(meeting_id)

    setattr(desk.actions, name, spy)
    return calls


def test_opening_the_page_reads_the_coming_meetings_log_once(qtbot: QtBot, desk: Desk) -> None:
    carried, raised = counted(desk, "carried_forward"), counted(desk, "raised_at")
    page = MeetingsPage(desk, ChangeHub(), SynchronousRunner(), AutoConfirmer())
    qtbot.addWidget(page)
    page.show()
    assert page.meeting is not None and page.meeting.day > TODAY
    assert carried == [page.meeting.id] and raised == [page.meeting.id]
    tab = page.log_tab
    assert tab.carried.rowCount() > 5
    # The log is long: its short columns are sized once from a sample, not to every row's contents.
    header = tab.carried_view.horizontalHeader()
    assert header.sectionResizeMode(DUE) == QHeaderView.ResizeMode.Interactive
    due_width = tab.carried_view.fontMetrics().horizontalAdvance("28 Sep 2024")
    assert header.sectionSize(DUE) > due_width, "a date is not cut short"
