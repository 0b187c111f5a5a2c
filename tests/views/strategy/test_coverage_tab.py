"""The Strategy page's Coverage tab as a clerk uses it: a period, the gaps in words, a cell's records."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from cpdesk.domain.coverage import GAP_WORDS
from cpdesk.domain.desk import Desk
from cpdesk.domain.example import write_example
from cpdesk.views.common.changes import ACTIONS
from cpdesk.views.main_window import MainWindow
from cpdesk.views.strategy.coverage import (
    COL_ACTIONS,
    COL_CHALLENGES,
    COL_COVERAGE,
    COL_INDICATORS,
    COL_PART,
    CoverageModel,
    CoverageTab,
    UnlinkedModel,
)

TODAY = date(2025, 11, 20)


@pytest.fixture
def example(tmp_path: Path) -> Iterator[Desk]:
    path = tmp_path / "example.db"
    write_example(path, TODAY)
    desk = Desk.open(path, today=lambda: TODAY)
    yield desk
    desk.close()


@pytest.fixture
def tab(example: Desk, make_window: Callable[[Desk], MainWindow]) -> CoverageTab:
    window = make_window(example)
    page = window.strategy_page
    page.tabs.setCurrentWidget(page.coverage_tab)
    return page.coverage_tab


def row_of(tab: CoverageTab, label: str) -> int:
    model = tab.model
    for row in range(model.rowCount()):
        found = model.coverage_row(row)
        if found is not None and (found.label == label or found.label.startswith(label + ":")):
            return row
    raise AssertionError(label)


def test_the_models_pass_the_model_tester(qtmodeltester: ModelTester, example: Desk) -> None:
    model = CoverageModel()
    with example.bound():
        model.set_rows(example.coverage.rows(date(2025, 5, 1)))
        unlinked = UnlinkedModel()
        unlinked.set_records(example.coverage.unlinked(date(2025, 5, 1)))
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(unlinked, force_py=True)
    assert unlinked.rowCount() > 0


def test_the_tab_shows_gaps_in_words_for_the_municipal_year(tab: CoverageTab) -> None:
    assert tab.period_box.currentText() == "This municipal year"
    model = tab.model
    assert model.rowCount() > 50
    promise_1 = row_of(tab, "Promise 1")
    assert model.index(promise_1, COL_COVERAGE).data() == GAP_WORDS
    assert model.index(promise_1, COL_ACTIONS).data() == "0"
    priority_1 = row_of(tab, "Priority 1")
    assert model.index(priority_1, COL_COVERAGE).data() == "Reached"
    assert int(model.index(priority_1, COL_ACTIONS).data()) > 0
    commitment = row_of(tab, "Priority 1, commitment 2")
    assert model.index(commitment, COL_PART).data().startswith("    Priority 1, commitment 2")
    assert model.index(commitment, COL_INDICATORS).data() == "n/a"
    assert "Gap" not in str(model.index(priority_1, COL_COVERAGE).data(Qt.ItemDataRole.AccessibleTextRole))
    assert "Gap: nothing linked" in tab.summary.text() and "commitments" in tab.summary.text()
    assert tab.unlinked_model.rowCount() > 0
    assert "Linked to no part of the strategy" in tab.unlinked_label.text()


def test_enter_on_a_cell_lists_the_records_behind_it(qtbot: QtBot, tab: CoverageTab, example: Desk) -> None:
    priority_1 = row_of(tab, "Priority 1")
    index = tab.model.index(priority_1, COL_ACTIONS)
    tab.table.setFocus()
    tab.table.setCurrentIndex(index)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    row = tab.model.coverage_row(priority_1)
    assert row is not None
    lines = dialog.lines()
    assert len(lines) == row.count("actions") > 0
    assert all(line.startswith("Action ") for line in lines)
    assert {r.reference for r in row.actions} == {line.split()[1] for line in lines}
    assert "Actions linked to Priority 1" in dialog.windowTitle()


def test_double_click_on_a_challenges_cell_opens_its_records(qtbot: QtBot, tab: CoverageTab) -> None:
    promise_6 = row_of(tab, "Promise 6")
    index = tab.model.index(promise_6, COL_CHALLENGES)
    tab.table.scrollTo(index)
    rect = tab.table.visualRect(index)
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.dialog is not None and tab.dialog.isVisible()
    assert tab.dialog.lines() and all(line.startswith("Challenge ") for line in tab.dialog.lines())


def test_choosing_all_time_or_a_date_changes_the_counts(tab: CoverageTab) -> None:
    priority_1 = row_of(tab, "Priority 1")
    this_year = int(tab.model.index(priority_1, COL_ACTIONS).data())
    tab.period_box.setCurrentIndex(tab.period_box.findText("All time"))
    assert int(tab.model.index(priority_1, COL_ACTIONS).data()) > this_year
    assert not tab.since_edit.isEnabled()
    tab.choose_since(date(2030, 1, 1))
    assert tab.since_edit.isEnabled()
    assert tab.model.index(priority_1, COL_COVERAGE).data() == GAP_WORDS
    assert tab.unlinked_model.rowCount() == 0


def test_a_new_linked_action_fills_a_gap_when_the_hub_says_so(tab: CoverageTab, example: Desk) -> None:
    promise_1 = row_of(tab, "Promise 1")
    assert tab.model.index(promise_1, COL_COVERAGE).data() == GAP_WORDS
    with example.bound():
        meeting = [
            m
            for m in example.meetings.meetings()
            if date(2025, 5, 1) <= m.day <= TODAY and not m.locked and m.status != "cancelled"
        ][-1]
        target = next(t for t in example.agenda.link_targets() if t.label == "Promise 1")
        example.actions.raise_action(meeting.id, "Check the Promise", links=[("promise", target.target_id)])
    window = tab.window()
    assert isinstance(window, MainWindow)
    window.hub.announce(ACTIONS)
    assert tab.model.index(promise_1, COL_COVERAGE).data() == "Reached"


def test_grab_the_tab(tab: CoverageTab, tmp_path: Path) -> None:
    """A picture of the tab on the example database, to look at (kept when CPDESK_SHOTS names a folder)."""
    window = tab.window()
    window.resize(1280, 800)
    QApplication.processEvents()
    folder = Path(os.environ.get("CPDESK_SHOTS") or tmp_path)
    assert window.grab().save(str(folder / "coverage-tab.png"))
