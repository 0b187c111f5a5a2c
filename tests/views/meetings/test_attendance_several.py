"""Recording several people's attendance at once: one status, one write, never offering the recorded."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from cpdesk.domain.desk import Desk
from cpdesk.views.common.confirm import AutoConfirmer
from cpdesk.views.meetings.dialogs import SeveralAttendanceDialog
from tests.conftest import database_dump
from tests.views.meetings import test_meetings_page as base
from tests.views.meetings.test_meetings_page import FIRST, SECOND, choose, make_page, meeting_on, ok

_clerk_template, clerk_desk, clock = base._clerk_template, base.clerk_desk, base.clock


def offered(people: QListWidget) -> list[str]:
    """The names offered (each listed as "name (what they are)")."""
    return [people.item(row).text().split(" (")[0] for row in range(people.count())]


def test_several_people_are_recorded_at_once_and_the_recorded_are_not_offered(
    qtbot: QtBot, clerk_desk: Desk
) -> None:
    page = make_page(qtbot, clerk_desk, AutoConfirmer())
    tab = page.attendance_tab
    page.tabs.setCurrentWidget(tab)
    everyone = {p.name: p.id for p in clerk_desk.people.people()}

    # The first meeting has its chair, a member and a substitute recorded: only the officer is offered.
    page.select_meeting(meeting_on(clerk_desk, FIRST))  # type: ignore[arg-type]
    qtbot.mouseClick(tab.record_several_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, SeveralAttendanceDialog) and dialog.isVisible()
    recorded = {entry.name for entry in clerk_desk.meetings.attendance(meeting_on(clerk_desk, FIRST))}  # type: ignore[arg-type]
    assert [everyone[label] for label in offered(dialog.people_list)] == [
        p.id for p in clerk_desk.people.people() if p.name not in recorded
    ]
    assert len(offered(dialog.people_list)) == len(everyone) - 3
    assert [dialog.status_box.itemData(i) for i in range(dialog.status_box.count())] == [
        "present",
        "apologies",
        "absent",
    ]
    dialog.reject()

    # The next meeting: nobody yet. Tick two with Space, choose Apologies, save: one write records both.
    second = meeting_on(clerk_desk, SECOND)
    page.select_meeting(second)  # type: ignore[arg-type]
    qtbot.mouseClick(tab.record_several_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, SeveralAttendanceDialog)
    people = dialog.people_list
    assert len(offered(people)) == len(everyone)
    before = database_dump(clerk_desk)
    ok(qtbot, dialog)  # nobody ticked: said in the form, nothing written
    assert dialog.isVisible() and "Tick at least one person" in dialog.problem.text()
    assert database_dump(clerk_desk) == before
    dialog.activateWindow()
    people.setFocus()
    qtbot.waitUntil(people.hasFocus, timeout=2000)
    people.setCurrentRow(offered(people).index("Cllr Ann Chair"))
    qtbot.keyClick(people, Qt.Key.Key_Space)
    people.setCurrentRow(offered(people).index("Cllr Ben Member"))
    qtbot.keyClick(people, Qt.Key.Key_Space)
    assert not dialog.problem.isVisible(), "ticking someone puts the problem right"
    choose(dialog.status_box, "apologies")
    ok(qtbot, dialog)
    assert not dialog.isVisible()
    attendance = {a.name: a.status for a in clerk_desk.meetings.attendance(second)}  # type: ignore[arg-type]
    assert attendance == {"Cllr Ann Chair": "apologies", "Cllr Ben Member": "apologies"}
    assert {tab.attendance.index(r, 0).data() for r in range(tab.attendance.rowCount())} == set(attendance)

    # Opened again, it offers only those still to record.
    qtbot.mouseClick(tab.record_several_button, Qt.MouseButton.LeftButton)
    again = tab.dialog
    assert isinstance(again, SeveralAttendanceDialog)
    assert "Cllr Ann Chair" not in offered(again.people_list)
    assert len(offered(again.people_list)) == len(everyone) - 2
