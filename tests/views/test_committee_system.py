"""File, Import from the committee system… and File, Export calendar…: driven through the menu and the
file dialogs, checked in the database and in the file written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import icalendar
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from cpdesk.domain.calendar_export import uid
from cpdesk.domain.moderngov_import import meeting_key
from cpdesk.views.main_window import MainWindow
from tests.conftest import SHARED, database_dump, needs_shared
from tests.domain.test_moderngov import XXE

REAL = SHARED / "data" / "moderngov"


def file_menu_item(window: MainWindow, text: str) -> QAction:
    (menu,) = [a.menu() for a in window.menuBar().actions() if a.text() == "&File"]
    found = [a for a in menu.actions() if a.text().replace("&", "") == text]
    assert len(found) == 1, f"{text} is in the File menu once"
    return found[0]


def choose(window: MainWindow, text: str, path: Path) -> None:
    file_menu_item(window, text).trigger()
    dialog = window.committee_system.file_dialog
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    dialog.selectFile(str(path))
    dialog.accept()


@needs_shared
def test_importing_the_committee_system_s_meetings_shows_them_and_says_what_changed(
    main_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window = main_window
    page = window.meetings_page
    assert page.model.rowCount() == 0
    choose(window, "Import from the committee system…", REAL / "meetings.xml")
    report = window.committee_system.report
    assert isinstance(report, QMessageBox) and report.isVisible()
    assert report.text().startswith("Audit Committee: 2 meetings added (13 January 2026, cancelled;")
    report.close()
    assert page.model.rowCount() == 2, "the Meetings page refreshed"
    choose(window, "Import from the committee system…", REAL / "meeting_with_minutes.xml")
    assert "2 agenda items added" in window.committee_system.report.text()  # type: ignore[union-attr]
    items = window.desk.agenda.items(meeting_key("4967"))
    assert [i.title for i in items] == ["Minutes", "Work Programme"]
    assert report.grab().save(str(tmp_path / "imported.png"))


def test_a_refused_file_is_said_and_changes_nothing(main_window: MainWindow, tmp_path: Path) -> None:
    window = main_window
    attack = tmp_path / "attack.xml"
    attack.write_bytes(XXE)
    before = database_dump(window.desk)
    choose(window, "Import from the committee system…", attack)
    assert window.statusBar().currentMessage() == "Nothing was imported from the committee system"
    assert window.message is not None and "Refused: it declares a DOCTYPE" in window.message.text()
    assert window.committee_system.report is None
    assert database_dump(window.desk) == before


def test_export_calendar_writes_the_meetings(main_window: MainWindow, tmp_path: Path) -> None:
    window = main_window
    desk = window.desk
    body = desk.people.body("sub_committee").id
    meeting = desk.meetings.create_meeting(body, date(2026, 5, 12), "10:00")
    out = tmp_path / "committee.ics"
    choose(window, "Export calendar…", out)
    (event,) = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert str(event["uid"]) == uid("meeting", meeting.id)
    assert window.statusBar().currentMessage().startswith("Wrote 1 meeting and the due dates of 0 open")


def test_a_calendar_that_cannot_be_written_is_said(main_window: MainWindow, tmp_path: Path) -> None:
    window = main_window
    window.committee_system.export_calendar(tmp_path / "missing" / "c.ics")
    assert window.statusBar().currentMessage() == "The calendar was not exported"
    assert window.message is not None and "does not exist" in window.message.text()
