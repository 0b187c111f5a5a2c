"""The chair records the committee's response to young people's challenges at the item they were taken to."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from uuid import UUID

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cpdesk.domain.desk import Desk
from cpdesk.views.main_window import MainWindow
from cpdesk.views.meetings.minutes_tab import MinutesTab


def _taken(desk: Desk) -> tuple[UUID, UUID, UUID, UUID]:
    yp = desk.meetings.create_meeting(desk.people.body("young_people").id, date(2026, 3, 3)).id
    sub = desk.meetings.create_meeting(desk.people.body("sub_committee").id, date(2026, 3, 10)).id
    items = desk.agenda.build_from_template(sub)
    feedback = next(i.id for i in items if i.standing_kind == "young_people")
    challenge = desk.challenges.raise_challenge(
        yp, "We want more say in how pocket money is decided.", theme="Money"
    ).id
    desk.challenges.take_to(challenge, feedback)
    other = items[0].id  # apologies: nothing was taken there
    return sub, feedback, other, challenge


def _minutes_of(qtbot: QtBot, window: MainWindow, meeting: UUID, item: UUID) -> MinutesTab:
    window.go_to(1)
    page = window.meetings_page
    assert page.select_meeting(meeting)
    page.tabs.setCurrentWidget(page.minutes_tab)
    tab = page.minutes_tab
    qtbot.waitUntil(lambda: tab.items.row_of(item) >= 0, timeout=5000)
    tab.items_view.setCurrentIndex(tab.items.index(tab.items.row_of(item), 0))
    return tab


def test_the_young_peoples_item_shows_its_challenges_and_takes_the_response(
    qtbot: QtBot, strategy_db: Desk, make_window: Callable[[Desk], MainWindow]
) -> None:
    sub, feedback, other, challenge = _taken(strategy_db)
    window = make_window(strategy_db)
    tab = _minutes_of(qtbot, window, sub, other)
    assert not tab.challenges_box.isVisible()
    tab = _minutes_of(qtbot, window, sub, feedback)
    assert tab.challenges_box.isVisible()
    assert tab.challenges_list.count() == 1
    shown = tab.challenges_list.item(0).text()
    assert "We want more say in how pocket money is decided." in shown
    assert "No response recorded yet." in shown
    qtbot.mouseClick(tab.response_button, Qt.MouseButton.LeftButton)
    form = tab.dialog
    assert form is not None and form.isVisible()
    edit = form.fields["Response (We will)"]
    edit.setFocus()
    qtbot.keyClicks(edit, "We will ask you before setting the rates.")
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    answered = strategy_db.challenges.challenge(challenge)
    assert (answered.status, answered.response, answered.response_on) == (
        "response_agreed",
        "We will ask you before setting the rates.",
        date(2026, 3, 10),
    )
    qtbot.waitUntil(lambda: "We will: We will ask you" in tab.challenges_list.item(0).text(), timeout=5000)
    # the voice page hears of it too
    window.go_to(3)
    voice = window.voice_page
    qtbot.waitUntil(lambda: bool(voice.model.rows) and voice.model.rows[0].status == "response_agreed")


def test_an_approved_meetings_responses_stay_as_they_were(
    qtbot: QtBot, strategy_db: Desk, make_window: Callable[[Desk], MainWindow]
) -> None:
    sub, feedback, _other, challenge = _taken(strategy_db)
    strategy_db.challenges.record_response(challenge, "We will look at it.")
    later = strategy_db.meetings.create_meeting(
        strategy_db.people.body("sub_committee").id, date(2026, 5, 12)
    )
    strategy_db.agenda.build_from_template(later.id)
    strategy_db.today = lambda: date(2026, 5, 12)
    strategy_db.meetings.set_status(sub, "held")
    strategy_db.minutes.approve(sub, later.id)
    window = make_window(strategy_db)
    tab = _minutes_of(qtbot, window, sub, feedback)
    assert tab.challenges_list.count() == 1
    assert not tab.response_button.isEnabled()
    assert "approved" in tab.response_button.toolTip()
