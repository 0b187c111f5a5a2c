"""An approved meeting on the Meetings page: its record is shown to read, with the reason, never to edit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from cpdesk.domain.desk import Desk
from cpdesk.views.common.confirm import AutoConfirmer
from cpdesk.views.meetings.agenda_item_dialog import AgendaItemDialog
from cpdesk.views.meetings.dialogs import AttendanceDialog
from cpdesk.views.meetings.minutes_tab import CorrectionDialog, DecisionDialog
from cpdesk.views.meetings.page import MeetingsPage
from tests.conftest import database_dump
from tests.helpers import Clock
from tests.views.meetings import test_meetings_page as base
from tests.views.meetings.test_meetings_page import FIRST, SECOND, focus, make_page, meeting_on

_clerk_template, clerk_desk, clock = base._clerk_template, base.clerk_desk, base.clock

REASON = "The minutes of this meeting are approved and locked; record a correction as an amendment instead."


def approved_page(qtbot: QtBot, desk: Desk, clock: Clock) -> MeetingsPage:
    clock.today = SECOND  # the next meeting is taking place: it approves the first's minutes
    first = meeting_on(desk, FIRST)
    desk.minutes.approve(first, meeting_on(desk, SECOND))  # type: ignore[arg-type]
    page = make_page(qtbot, desk, AutoConfirmer())
    page.select_meeting(first)  # type: ignore[arg-type]
    assert page.meeting is not None and page.meeting.locked
    return page


def says_why(*buttons: QAbstractButton) -> None:
    for b in buttons:
        assert not b.isEnabled(), b.accessibleName()
        assert b.toolTip() == REASON and b.accessibleDescription() == REASON, b.accessibleName()


def test_the_edit_buttons_of_an_approved_meeting_are_off_and_say_why(
    qtbot: QtBot, clerk_desk: Desk, clock: Clock
) -> None:
    page = approved_page(qtbot, clerk_desk, clock)
    agenda, attendance, minutes = page.agenda_tab, page.attendance_tab, page.minutes_tab
    says_why(page.move_button, page.cancel_button, page.published_button, page.held_button)
    says_why(agenda.build_button, agenda.add_button, agenda.remove_button, agenda.restore_button)
    says_why(agenda.attach_button, agenda.remove_paper_button, agenda.restore_paper_button)
    says_why(attendance.record_button, attendance.record_several_button, attendance.change_button)
    says_why(attendance.remove_button)
    says_why(attendance.declare_button, attendance.withdraw_button, attendance.restore_declaration_button)
    says_why(minutes.save_button, minutes.add_decision_button, minutes.edit_decision_button)
    says_why(minutes.remove_decision_button, minutes.restore_decision_button, minutes.approve_button)
    says_why(page.log_tab.raise_action_button, page.log_tab.raise_question_button)
    # What can still be done is: reading the items and papers, and recording a correction.
    assert agenda.edit_button.isEnabled() and agenda.edit_button.accessibleName() == "View item"
    agenda.view.selectRow(next(r for r, i in enumerate(agenda.model.rows) if i.has_report))
    assert agenda.open_button.isEnabled() and agenda.save_copy_button.isEnabled()
    says_why(agenda.remove_paper_button)
    assert minutes.correction_button.isEnabled()
    assert minutes.discussion.isReadOnly() and REASON in minutes.discussion.accessibleDescription()
    assert REASON in minutes.state.text()

    # The next meeting is not locked: its buttons are back, with their own tips.
    page.select_meeting(meeting_on(clerk_desk, SECOND))  # type: ignore[arg-type]
    assert agenda.add_button.isEnabled() and agenda.add_button.toolTip().startswith("Add your own item")
    assert attendance.record_button.isEnabled() and attendance.record_button.toolTip() != REASON


def test_an_approved_item_and_its_report_open_to_read_with_the_reason(
    qtbot: QtBot, clerk_desk: Desk, clock: Clock
) -> None:
    page = approved_page(qtbot, clerk_desk, clock)
    before = database_dump(clerk_desk)
    agenda = page.agenda_tab
    agenda.view.selectRow(next(r for r, i in enumerate(agenda.model.rows) if i.has_report))
    qtbot.mouseClick(agenda.edit_button, Qt.MouseButton.LeftButton)
    dialog = agenda.dialog
    assert isinstance(dialog, AgendaItemDialog) and dialog.isVisible()
    assert dialog.intro.isVisible() and dialog.intro.text() == REASON
    assert not dialog.ok_button.isVisible() and dialog.cancel_button.text() == "Close"
    assert dialog.title_edit.isReadOnly() and dialog.report_fields["executive_summary"].isReadOnly()
    assert dialog.report_fields["title"].text() == "Personal Education Plans"  # the report is there to read
    assert not dialog.type_box.isEnabled() and not dialog.links.isEnabled()
    assert not dialog.report_group.isCheckable()  # its tick cannot be taken off
    dialog.title_edit.setFocus()
    qtbot.keyClicks(dialog.title_edit, "changed")
    assert dialog.title_edit.text() == "Personal Education Plans" and not dialog.unsaved
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Escape)  # nothing typed: it closes without asking
    assert not dialog.isVisible()
    qtbot.mouseClick(agenda.edit_button, Qt.MouseButton.LeftButton)
    again = agenda.dialog
    assert isinstance(again, AgendaItemDialog) and again.isVisible()
    qtbot.keyClick(again.title_edit, Qt.Key.Key_Return)  # Enter closes the record: Close is the default
    assert not again.isVisible() and not again.result()
    assert database_dump(clerk_desk) == before


def test_an_approved_decision_and_attendance_open_to_read_and_a_correction_can_still_be_made(
    qtbot: QtBot, clerk_desk: Desk, clock: Clock
) -> None:
    page = approved_page(qtbot, clerk_desk, clock)
    before = database_dump(clerk_desk)
    minutes = page.minutes_tab
    page.tabs.setCurrentWidget(minutes)
    row = next(
        r for r in range(minutes.items.rowCount()) if (item := minutes.items.item(r)) and item.decisions
    )
    minutes.items_view.setCurrentIndex(minutes.items.index(row, 0))
    minutes.decisions_view.selectRow(0)
    focus(qtbot, page, minutes.decisions_view)
    qtbot.keyClick(minutes.decisions_view, Qt.Key.Key_Return)
    dialog = minutes.dialog
    assert isinstance(dialog, DecisionDialog) and dialog.isVisible() and dialog.intro.text() == REASON
    assert dialog.text_edit.isReadOnly() and dialog.for_box.isReadOnly() and not dialog.ok_button.isVisible()
    assert dialog.for_box.value() == 5
    dialog.reject()

    page.tabs.setCurrentWidget(page.attendance_tab)
    tab = page.attendance_tab
    tab.attendance_view.selectRow(0)
    focus(qtbot, page, tab.attendance_view)
    qtbot.keyClick(tab.attendance_view, Qt.Key.Key_Return)
    shown = tab.dialog
    assert isinstance(shown, AttendanceDialog) and shown.intro.text() == REASON
    assert not shown.status_box.isEnabled() and not shown.ok_button.isVisible()
    shown.reject()
    assert database_dump(clerk_desk) == before

    # Amendments stay open: the correction form is a form to fill in.
    page.tabs.setCurrentWidget(minutes)
    qtbot.mouseClick(minutes.correction_button, Qt.MouseButton.LeftButton)
    correction = minutes.dialog
    assert isinstance(correction, CorrectionDialog) and correction.ok_button.isVisible()
    assert not correction.read_only_reason and not correction.corrected_edit.isReadOnly()
    assert isinstance(correction.field_box, QComboBox) and correction.field_box.isEnabled()
    assert isinstance(correction.reason_edit, QLineEdit) and isinstance(correction.original, QPlainTextEdit)
