"""Marking a meeting held: not before its day, asked first, and undone while the minutes are not approved."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cpdesk.domain.desk import Desk
from cpdesk.views.common.confirm import AutoConfirmer
from tests.helpers import Clock
from tests.views.meetings import test_meetings_page as base
from tests.views.meetings.test_meetings_page import SECOND, THIRD, make_page, meeting_on

# The clerk's desk of the Meetings page tests: a year of meetings, the first held and minuted.
_clerk_template, clerk_desk, clock, confirmer = (
    base._clerk_template,
    base.clerk_desk,
    base.clock,
    base.confirmer,
)


def test_a_meeting_to_come_cannot_be_marked_held_and_says_why(
    qtbot: QtBot, clerk_desk: Desk, confirmer: AutoConfirmer
) -> None:
    page = make_page(qtbot, clerk_desk, confirmer)
    third = meeting_on(clerk_desk, THIRD)
    assert page.select_meeting(third)
    assert not page.held_button.isEnabled()
    assert page.held_button.toolTip() == (
        "This meeting is on 30 September 2025: it can be marked held on or after the day"
    )
    page.set_status("held")  # however it is asked for, the desk refuses
    assert page.message is not None and "has not happened yet" in page.message.text()
    assert clerk_desk.meetings.meeting(third).status == "scheduled"  # type: ignore[arg-type]
    page.message.close()


def test_marking_held_asks_first_and_a_no_changes_nothing(
    qtbot: QtBot, clerk_desk: Desk, clock: Clock
) -> None:
    clock.today = SECOND
    confirmer = AutoConfirmer(answer=False)
    page = make_page(qtbot, clerk_desk, confirmer)
    second = meeting_on(clerk_desk, SECOND)
    assert page.select_meeting(second)
    qtbot.mouseClick(page.held_button, Qt.MouseButton.LeftButton)
    assert confirmer.asked == ["Mark this meeting held?"]
    assert clerk_desk.meetings.meeting(second).status == "scheduled"  # type: ignore[arg-type]
    assert not page.undo_bar.isVisible()


def test_held_by_mistake_is_undone_and_later_marked_not_held_until_approved(
    qtbot: QtBot, clerk_desk: Desk, confirmer: AutoConfirmer, clock: Clock
) -> None:
    clock.today = SECOND
    page = make_page(qtbot, clerk_desk, confirmer)
    second = meeting_on(clerk_desk, SECOND)
    status = lambda: clerk_desk.meetings.meeting(second).status  # type: ignore[arg-type]  # noqa: E731
    assert page.select_meeting(second)
    qtbot.mouseClick(page.held_button, Qt.MouseButton.LeftButton)
    assert status() == "held"
    assert page.undo_bar.isVisible() and page.undo_note.text().startswith("Marked held:")
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert status() == "scheduled" and not page.undo_bar.isVisible()
    assert page.held_button.text() == "Mark &held"

    # Noticed later, after the Undo has gone: the button itself puts it back.
    qtbot.mouseClick(page.held_button, Qt.MouseButton.LeftButton)
    page.select_meeting(meeting_on(clerk_desk, THIRD))
    page.select_meeting(second)
    assert not page.undo_bar.isVisible()
    assert page.held_button.text() == "Mark &not held" and page.held_button.isEnabled()
    qtbot.mouseClick(page.held_button, Qt.MouseButton.LeftButton)
    assert confirmer.asked[-1] == "Mark this meeting not held?"
    assert status() == "agenda_published"

    # Once the minutes are approved, there is no going back.
    clerk_desk.meetings.set_status(second, "held")  # type: ignore[arg-type]
    third = meeting_on(clerk_desk, THIRD)
    clerk_desk.agenda.build_from_template(third)  # type: ignore[arg-type]
    clock.today = THIRD
    clerk_desk.minutes.approve(second, third)  # type: ignore[arg-type]
    page.refresh()
    page.select_meeting(second)
    assert not page.held_button.isEnabled() and page.held_button.text() == "Mark &held"
    assert date(2025, 9, 30) == THIRD
