"""Nothing typed is lost: minutes are kept as a draft as they are typed, and closing asks about open forms."""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cpdesk.domain.desk import Desk
from cpdesk.views.common.confirm import AutoConfirmer
from cpdesk.views.main_window import MainWindow
from cpdesk.views.meetings.minutes_tab import DecisionDialog, MinutesTab

WORDS = "Members asked how many children waited more than a year for a home."


def _meeting_with_an_item(desk: Desk) -> tuple[UUID, UUID]:
    body = desk.people.body("sub_committee").id
    meeting = desk.meetings.create_meeting(body, desk.today())
    item = desk.agenda.add_item(meeting.id, "Sufficiency", "decision")
    return meeting.id, item.id


def _minutes_of(qtbot: QtBot, window: MainWindow, meeting: UUID, item: UUID) -> MinutesTab:
    window.go_to(1)
    page = window.meetings_page
    assert page.select_meeting(meeting)
    page.tabs.setCurrentWidget(page.minutes_tab)
    tab = page.minutes_tab
    qtbot.waitUntil(lambda: tab.items.row_of(item) >= 0, timeout=5000)
    tab.items_view.setCurrentIndex(tab.items.index(tab.items.row_of(item), 0))
    return tab


def test_minutes_typed_then_the_window_closed_by_mistake_are_there_on_reopening(
    qtbot: QtBot, strategy_db: Desk, make_window: Callable[[Desk], MainWindow]
) -> None:
    meeting, item = _meeting_with_an_item(strategy_db)
    window = make_window(strategy_db)
    tab = _minutes_of(qtbot, window, meeting, item)
    tab.discussion.setFocus()
    qtbot.keyClicks(tab.discussion, WORDS)
    assert tab.unsaved  # not kept yet: the typing has only just stopped
    window.close()  # by mistake, straight after typing, without Ctrl+S
    assert not window.isVisible()
    assert strategy_db.minutes.draft(item) == WORDS
    assert strategy_db.minutes.minutes(meeting)[0].discussion == "", "a draft, not the minutes"

    reopened = make_window(strategy_db)
    tab = _minutes_of(qtbot, reopened, meeting, item)
    assert tab.discussion.toPlainText() == WORDS
    assert tab.saved_note.text().startswith("Draft, not yet saved")
    assert tab.items.index(tab.items.row_of(item), 0).data().endswith("(not saved)")
    assert tab.discard_button.isVisible() and tab.discard_button.isEnabled()
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert strategy_db.minutes.minutes(meeting)[0].discussion == WORDS
    assert strategy_db.minutes.draft(item) is None
    assert tab.saved_note.text() == "Saved." and not tab.discard_button.isVisible()


def test_words_are_kept_as_they_are_typed_and_a_draft_can_be_discarded(
    qtbot: QtBot, strategy_db: Desk, make_window: Callable[[Desk], MainWindow]
) -> None:
    meeting, item = _meeting_with_an_item(strategy_db)
    strategy_db.minutes.set_discussion(item, "Saved words.")
    window = make_window(strategy_db)
    tab = _minutes_of(qtbot, window, meeting, item)
    tab.discussion.setFocus()
    tab.discussion.moveCursor(tab.discussion.textCursor().MoveOperation.End)
    qtbot.keyClicks(tab.discussion, " More words.")
    qtbot.waitUntil(lambda: strategy_db.minutes.draft(item) == "Saved words. More words.", timeout=5000)
    assert not tab.unsaved
    qtbot.mouseClick(tab.discard_button, Qt.MouseButton.LeftButton)
    assert strategy_db.minutes.draft(item) is None
    qtbot.waitUntil(lambda: tab.discussion.toPlainText() == "Saved words.", timeout=5000)
    assert tab.saved_note.text() == "Saved."


def test_closing_with_a_form_half_filled_asks_first(
    qtbot: QtBot, strategy_db: Desk, make_window: Callable[[Desk], MainWindow]
) -> None:
    meeting, item = _meeting_with_an_item(strategy_db)
    window = make_window(strategy_db)
    tab = _minutes_of(qtbot, window, meeting, item)
    qtbot.mouseClick(tab.add_decision_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, DecisionDialog) and not dialog.unsaved
    qtbot.keyClicks(dialog.text_edit, "To ask for a report on waiting times.")
    assert dialog.unsaved

    window.confirmer = AutoConfirmer(answer=False)
    window.close()
    assert window.confirmer.asked == ["Close cpdesk without saving?"]
    assert window.isVisible() and dialog.isVisible(), "Cancel: the window and the form stay"
    assert dialog.text_edit.toPlainText() == "To ask for a report on waiting times."

    window.confirmer = AutoConfirmer(answer=True)
    window.close()
    assert not window.isVisible()
