"""Ctrl+F searches everything: results grouped with their counts, matches in bold, Enter opens the record."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from uuid import UUID

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cpdesk.domain.desk import Desk
from cpdesk.domain.example import write_example
from cpdesk.views.main_window import MainWindow
from cpdesk.views.search.dialog import SearchDialog
from cpdesk.views.search.model import HIT_ROLE, HTML_ROLE, ResultsModel
from cpdesk.views.search.opening import area_row


@dataclass
class Records:
    meeting: UUID
    item: UUID
    action: UUID
    challenge: UUID


@pytest.fixture
def records(strategy_db: Desk) -> Records:
    desk = strategy_db
    desk.notes.set_current_user("Cllr Example", "member")
    sub = desk.people.body("sub_committee").id
    meeting = desk.meetings.create_meeting(sub, date(2026, 3, 10)).id
    desk.agenda.add_item(meeting, "Other business")
    item = desk.agenda.add_item(meeting, "Zebrafish in foster homes").id
    action = desk.actions.raise_action(meeting, "Count the zebrafish").id
    desk.actions.raise_action(meeting, "Something else entirely")
    young = desk.meetings.create_meeting(desk.people.body("young_people").id, date(2026, 3, 3)).id
    challenge = desk.challenges.raise_challenge(young, "We want zebrafish in every home.").id
    desk.notes.add("meeting", meeting, "Ask about the zebrafish numbers", is_question=True)
    return Records(meeting, item, action, challenge)


@pytest.fixture
def window(records: Records, strategy_db: Desk, make_window: Callable[[Desk], MainWindow]) -> MainWindow:
    return make_window(strategy_db)


def search(qtbot: QtBot, window: MainWindow, words: str) -> SearchDialog:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    focused = QApplication.focusWidget() or window
    qtbot.keyClick(focused, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = window.search_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    qtbot.keyClicks(dialog.box, words)
    qtbot.waitUntil(lambda: dialog.searched == words, timeout=3000)  # after the pause, off the GUI thread
    return dialog


def result(dialog: SearchDialog, group: str, word_in_title: str) -> QModelIndex:
    model = dialog.model
    for g in range(model.rowCount()):
        heading = model.index(g, 0)
        for r in range(model.rowCount(heading)):
            index = model.index(r, 0, heading)
            hit = index.data(HIT_ROLE)
            if hit.group_label == group and word_in_title in hit.title:
                return index
    raise AssertionError(f"no {group} result with {word_in_title!r}")


def test_ctrl_f_opens_the_search_from_another_page(qtbot: QtBot, window: MainWindow) -> None:
    window.go_to(area_row(window, "Actions"))
    window.actions_page.table.setFocus()
    dialog = search(qtbot, window, "zebrafish")
    assert not dialog.isModal()
    assert dialog.box.accessibleName() == "Search everything"
    assert window.search_action.shortcut().toString() == "Ctrl+F"


def test_a_word_shows_each_group_with_its_count_and_the_word_in_bold(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = search(qtbot, window, "zebrafish")
    groups = dict(dialog.model.groups)
    assert groups == {
        "Agendas and reports": 1,
        "Actions and questions": 1,
        "Young people's challenges": 1,
        "My notes": 1,
    }
    headings = [dialog.model.index(g, 0).data() for g in range(dialog.model.rowCount())]
    assert "Actions and questions (1 result)" in headings
    for group, word in (
        ("Agendas and reports", "Zebrafish"),
        ("Actions and questions", "Count"),
        ("Young people's challenges", "zebrafish"),
        ("My notes", "Question"),
    ):
        html = result(dialog, group, word).data(HTML_ROLE)
        assert re.search(r"<b>zebrafish</b>", html, re.IGNORECASE), html
        assert "\x02" not in html
    assert "4 results for “zebrafish” in 4 groups" in dialog.summary.text()


def test_enter_on_the_action_shows_it_chosen_on_the_actions_page(
    qtbot: QtBot, window: MainWindow, records: Records
) -> None:
    dialog = search(qtbot, window, "zebrafish")
    dialog.results.setFocus()
    dialog.results.setCurrentIndex(result(dialog, "Actions and questions", "Count"))
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.pages.currentIndex() == area_row(window, "Actions")
    assert window.actions_page.selected_id() == records.action


def test_enter_on_the_agenda_item_shows_its_meeting_and_item(
    qtbot: QtBot, window: MainWindow, records: Records
) -> None:
    dialog = search(qtbot, window, "zebrafish")
    dialog.results.setFocus()
    dialog.results.setCurrentIndex(result(dialog, "Agendas and reports", "Zebrafish"))
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    page = window.meetings_page
    assert window.pages.currentIndex() == area_row(window, "Meetings")
    assert page.meeting is not None and page.meeting.id == records.meeting
    item = page.agenda_tab.selected_item
    assert item is not None and item.id == records.item


def test_enter_on_the_challenge_shows_it_on_the_voice_page(
    qtbot: QtBot, window: MainWindow, records: Records
) -> None:
    dialog = search(qtbot, window, "zebrafish")
    index = result(dialog, "Young people's challenges", "zebrafish")
    dialog.results.doubleClicked.emit(index)
    assert window.pages.currentIndex() == area_row(window, "Young people's voice")
    assert window.voice_page.selected_id() == records.challenge


def test_enter_on_my_note_shows_it_in_my_preparation(qtbot: QtBot, window: MainWindow) -> None:
    dialog = search(qtbot, window, "zebrafish")
    index = result(dialog, "My notes", "Question")
    note_id = index.data(HIT_ROLE).opens.record_id
    dialog.results.setFocus()
    dialog.results.setCurrentIndex(index)
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert window.pages.currentIndex() == area_row(window, "My preparation")
    chosen = window.preparation_page.chosen()
    assert chosen is not None and chosen.id == note_id


def test_words_found_nowhere_say_so(qtbot: QtBot, window: MainWindow) -> None:
    dialog = search(qtbot, window, "quokka")
    assert dialog.model.rowCount() == 0
    assert dialog.summary.text().startswith("No results for “quokka”.")
    assert not dialog.open_button.isEnabled()


def test_the_results_model_passes_the_model_tester(qtmodeltester, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    model = ResultsModel()
    model.set_hits(window.desk.search.search("zebrafish"))
    qtmodeltester.check(model)
    model.set_hits([])
    qtmodeltester.check(model)


def test_the_search_window_as_seen(
    qtbot: QtBot, tmp_path: Path, make_window: Callable[[Desk], MainWindow]
) -> None:
    """The example database's words, grabbed to a picture (CPDESK_SEARCH_SHOT=path keeps a copy)."""
    path = write_example(tmp_path / "example.db", date(2026, 3, 20))
    desk = Desk.open(path)
    desk.notes.set_current_user("Cllr Example", "member")
    window = make_window(desk)
    try:
        dialog = search(qtbot, window, "placement")
        headings = [dialog.model.index(g, 0).data() for g in range(dialog.model.rowCount())]
        assert headings[0].startswith("Strategy (") and any(h.startswith("Papers (") for h in headings)
        dialog.resize(760, 620)
        qtbot.wait(50)
        shot = dialog.grab()
        assert shot.save(str(tmp_path / "search.png"))
        keep = os.environ.get("CPDESK_SEARCH_SHOT")
        if keep:
            shot.save(keep)
    finally:
        window.close()
        desk.close()


@pytest.mark.parametrize(
    ("area", "key", "box"),
    [
        ("Meetings", Qt.Key.Key_W, "find_edit"),
        ("Actions", Qt.Key.Key_C, "search_edit"),
        ("Indicators", Qt.Key.Key_L, "filter_edit"),
    ],
)
def test_a_pages_own_search_box_is_its_labels_alt_key(
    qtbot: QtBot, window: MainWindow, area: str, key: Qt.Key, box: str
) -> None:
    """Ctrl+F is the one search; the boxes that filter a page's list are reached with Alt and a letter."""
    window.go_to(area_row(window, area))
    page = window.page(area_row(window, area))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(getattr(page, box).hasFocus, timeout=2000)
