"""A refused form keeps its text and its focus: Enter tries again, and the problem goes once fixed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cpdesk.domain.desk import Desk
from cpdesk.views.common.confirm import AutoConfirmer
from cpdesk.views.common.tasks import TaskRunner
from cpdesk.views.meetings.page import MeetingsPage
from tests.views.meetings.test_meetings_page import make_page, type_date


def _new_meeting_form(qtbot: QtBot, strategy_db: Desk) -> tuple[MeetingsPage, TaskRunner]:
    runner = TaskRunner()  # the app's own runner: the write comes back later, as it does for a user
    page = make_page(qtbot, strategy_db, AutoConfirmer(), runner)
    runner.setParent(page)
    page.new_meeting()
    assert page.dialog is not None
    return page, runner


def test_enter_after_a_refusal_keeps_the_typing_and_saves_once_it_is_fixed(
    qtbot: QtBot, strategy_db: Desk
) -> None:
    page, runner = _new_meeting_form(qtbot, strategy_db)
    dialog = page.dialog
    assert dialog is not None
    type_date(qtbot, dialog.date_box, date(2025, 7, 1))  # type: ignore[attr-defined]
    time_edit = dialog.time_edit  # type: ignore[attr-defined]
    time_edit.setFocus()
    time_edit.clear()
    qtbot.keyClicks(time_edit, "25:99")
    qtbot.keyClick(time_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.saving, timeout=10000)
    assert dialog.problem.isVisible()
    assert "The time '25:99' is not a time written as HH:MM" in dialog.problem.text()

    # The form is as it was: its text, the focus in the field, OK the button Enter presses.
    assert dialog.isVisible() and time_edit.text() == "25:99"
    assert QApplication.focusWidget() is time_edit
    assert dialog.ok_button.isDefault() and dialog.ok_button.isEnabled()
    qtbot.keyClick(time_edit, Qt.Key.Key_Return)  # Enter again, unfixed: refused again, not cancelled
    assert dialog.saving
    qtbot.waitUntil(lambda: not dialog.saving, timeout=10000)
    assert dialog.problem.isVisible()
    assert dialog.isVisible() and time_edit.text() == "25:99" and strategy_db.meetings.meetings() == []

    # Putting the field right takes the message away; Enter then saves.
    qtbot.keyClick(time_edit, Qt.Key.Key_Backspace)
    assert not dialog.problem.isVisible()
    time_edit.selectAll()
    qtbot.keyClicks(time_edit, "14:00")
    qtbot.keyClick(time_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    runner.wait()
    (made,) = strategy_db.meetings.meetings()
    assert (made.day, made.time) == (date(2025, 7, 1), "14:00")


def test_enter_pressed_twice_while_saving_saves_once(qtbot: QtBot, strategy_db: Desk, tmp_path: Path) -> None:
    page, runner = _new_meeting_form(qtbot, strategy_db)
    dialog = page.dialog
    assert dialog is not None
    type_date(qtbot, dialog.date_box, date(2025, 7, 1))  # type: ignore[attr-defined]
    dialog.accept()
    dialog.accept()  # a second Enter before the first save came back
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    runner.wait()
    assert len(strategy_db.meetings.meetings()) == 1


def test_esc_with_words_typed_asks_first_no_keeps_them_and_yes_closes(
    qtbot: QtBot, strategy_db: Desk
) -> None:
    confirmer = AutoConfirmer(answer=False)
    page = make_page(qtbot, strategy_db, confirmer)
    page.new_meeting()
    dialog = page.dialog
    assert dialog is not None
    venue = dialog.venue_edit  # type: ignore[attr-defined]
    venue.setFocus()
    qtbot.keyClicks(venue, "Youth Centre")

    qtbot.keyClick(venue, Qt.Key.Key_Escape)
    assert confirmer.asked == ["Discard what you typed?"]
    assert dialog.isVisible() and venue.text() == "Youth Centre"  # No: the words are still there

    dialog.close()  # the window's close box asks in the same way
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)  # and so does Cancel
    assert confirmer.asked == ["Discard what you typed?"] * 3 and dialog.isVisible()

    confirmer.answer = True
    qtbot.keyClick(venue, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == 0
    assert strategy_db.meetings.meetings() == []


def test_a_form_with_nothing_typed_closes_at_once(qtbot: QtBot, strategy_db: Desk) -> None:
    confirmer = AutoConfirmer(answer=False)
    page = make_page(qtbot, strategy_db, confirmer)
    page.new_meeting()
    dialog = page.dialog
    assert dialog is not None
    venue = dialog.venue_edit  # type: ignore[attr-defined]
    venue.setFocus()
    qtbot.keyClicks(venue, "x")
    qtbot.keyClick(venue, Qt.Key.Key_Backspace)  # typed and taken back: nothing is lost
    qtbot.keyClick(venue, Qt.Key.Key_Escape)
    assert confirmer.asked == [] and not dialog.isVisible()
