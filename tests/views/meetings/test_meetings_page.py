"""The Meetings page as the clerk uses it: a year of meetings, agendas, papers, minutes and the action log."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt, QUrl
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from cpdesk.domain.actions import RAGS
from cpdesk.domain.agenda import CLOSING_ITEMS, OPENING_ITEMS, OfficerReport
from cpdesk.domain.desk import Desk
from cpdesk.views.actions.dialog import ActionDialog
from cpdesk.views.common.changes import ChangeHub
from cpdesk.views.common.confirm import AutoConfirmer
from cpdesk.views.common.forms import find_data
from cpdesk.views.common.tasks import SynchronousRunner, TaskRunner
from cpdesk.views.meetings.agenda_item_dialog import AgendaItemDialog
from cpdesk.views.meetings.dialogs import ApproveDialog, AttendanceDialog, DeclarationDialog, SeriesDialog
from cpdesk.views.meetings.minutes_tab import CorrectionDialog, DecisionDialog
from cpdesk.views.meetings.models import (
    AGENDA_MIME,
    ROW_ROLE,
    ActionLogModel,
    AgendaModel,
    AttendanceModel,
    DecisionsModel,
    DeclarationsModel,
    MeetingsFilter,
    MeetingsModel,
    MinutesItemsModel,
    PapersModel,
)
from cpdesk.views.meetings.page import MeetingsPage
from tests.conftest import database_dump
from tests.helpers import Clock, make_pdf

TODAY = date(2025, 6, 1)
CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
)
FIRST, SECOND, THIRD = date(2025, 6, 10), date(2025, 8, 5), date(2025, 9, 30)


# --- fixtures: an empty desk, and one where the clerk has already done a meeting's work ---


def fill(desk: Desk, tmp: Path, clock: Clock) -> None:
    """A year of Sub-Committee meetings; the first held, with agenda, report, paper, minutes and an action."""
    body = desk.people.body("sub_committee").id
    first, second, *_ = desk.meetings.create_series(body, FIRST, time="10:00", venue="New Shire Hall")
    desk.meetings.create_meeting(
        desk.people.body("young_people").id, date(2025, 6, 3), "16:30", "Youth Centre"
    )
    chair = desk.people.add_member("Cllr Ann Chair", "chair")
    member = desk.people.add_member("Cllr Ben Member")
    sub = desk.people.add_member("Cllr Cy Sub", "substitute")
    team = next(t for t in desk.people.teams() if t.name == "Virtual School")
    officer = desk.people.add_officer("Pat Officer", "Virtual School Head", team.id)
    desk.agenda.build_from_template(first.id)
    item = desk.agenda.add_item(first.id, "Personal Education Plans", "decision", presenter_id=officer.id)
    desk.agenda.save_report(item.id, OfficerReport("Personal Education Plans", report_from="Director"))
    desk.agenda.attach_paper(item.id, make_pdf(tmp / "pep.pdf", 3, "PEP"))
    desk.meetings.set_attendance(first.id, chair.id, "present")
    desk.meetings.set_attendance(first.id, member.id, "apologies")
    desk.meetings.set_attendance(first.id, sub.id, "substitute", member.id)
    desk.agenda.declare(item.id, chair.id, "other_registrable", "A relative is a teacher")
    desk.minutes.set_discussion(item.id, "Members asked about attendance at school.")
    desk.minutes.add_decision(item.id, "To note the report.", 5, 0, 1)
    desk.actions.raise_action(
        first.id,
        "Report PEP completion by school",
        item_id=item.id,
        owner_id=officer.id,
        due=date(2025, 7, 1),
    )
    clock.today = FIRST  # marked held on the day; the tests then look at it from TODAY, before it
    desk.meetings.set_status(first.id, "held")
    clock.today = TODAY
    desk.agenda.build_from_template(second.id)


@pytest.fixture(scope="module")
def _clerk_template(_strategy_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("clerk")
    path = folder / "clerk.db"
    shutil.copyfile(_strategy_template, path)
    clock = Clock(TODAY)
    with Desk.open(path, today=clock) as desk:
        fill(desk, folder, clock)
    return path


@pytest.fixture
def clock() -> Clock:
    return Clock(TODAY)


@pytest.fixture
def desk(_strategy_template: Path, db_path: Path, clock: Clock) -> Iterator[Desk]:
    """No meetings yet: the bundled strategy, the bodies and the teams."""
    shutil.copyfile(_strategy_template, db_path)
    with Desk.open(db_path, today=clock) as opened:
        yield opened


@pytest.fixture
def clerk_desk(_clerk_template: Path, db_path: Path, clock: Clock) -> Iterator[Desk]:
    shutil.copyfile(_clerk_template, db_path)
    with Desk.open(db_path, today=clock) as opened:
        yield opened


@pytest.fixture
def confirmer() -> AutoConfirmer:
    return AutoConfirmer()


def make_page(qtbot: QtBot, desk: Desk, confirmer: AutoConfirmer, runner: object = None) -> MeetingsPage:
    page = MeetingsPage(desk, ChangeHub(), runner or SynchronousRunner(), confirmer)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def page(qtbot: QtBot, desk: Desk, confirmer: AutoConfirmer) -> MeetingsPage:
    return make_page(qtbot, desk, confirmer)


@pytest.fixture
def clerk_page(qtbot: QtBot, clerk_desk: Desk, confirmer: AutoConfirmer) -> MeetingsPage:
    return make_page(qtbot, clerk_desk, confirmer)


# --- helpers that drive the page as a person would ---


def type_date(qtbot: QtBot, edit: QDateTimeEdit, day: date) -> None:
    """Type a date into a day/month/year field, as digits from the day section on."""
    edit.setFocus()
    edit.setSelectedSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClicks(edit, f"{day:%d%m%Y}")


def retype(qtbot: QtBot, edit: QLineEdit | QPlainTextEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def choose(box: QComboBox, value: object) -> None:
    index = find_data(box, value)
    assert index >= 0, value
    box.setCurrentIndex(index)


def ok(qtbot: QtBot, dialog: QDialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]


def meeting_on(desk: Desk, day: date) -> object:
    return next(m.id for m in desk.meetings.meetings() if m.day == day and m.body_kind == "sub_committee")


def agenda_titles(page: MeetingsPage) -> list[tuple[str, str]]:
    model = page.agenda_tab.model
    return [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]


def focus(qtbot: QtBot, page: MeetingsPage, widget: QWidget) -> None:
    page.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=2000)


# --- the models ---


def test_every_model_passes_the_model_tester(qtmodeltester: ModelTester, clerk_desk: Desk) -> None:
    first = meeting_on(clerk_desk, FIRST)
    item = next(i for i in clerk_desk.agenda.items(first) if i.has_report)
    meetings = MeetingsModel()
    meetings.set_rows(clerk_desk.meetings.meetings())
    proxy = MeetingsFilter()
    proxy.setSourceModel(meetings)
    proxy.set_text("jun")
    agenda = AgendaModel()
    agenda.set_rows(clerk_desk.agenda.items(first))
    papers = PapersModel()
    papers.set_rows(clerk_desk.agenda.papers(item.id))
    attendance = AttendanceModel()
    attendance.set_rows(clerk_desk.meetings.attendance(first))
    declarations = DeclarationsModel()
    declarations.set_rows(clerk_desk.agenda.declarations(first))
    minutes = clerk_desk.minutes.minutes(first)
    items = MinutesItemsModel()
    items.set_items(minutes, {item.id})
    decisions = DecisionsModel()
    minuted = next(m for m in minutes if m.decisions)
    decisions.set_decisions(minuted.decisions, minuted.amendments)
    log = ActionLogModel()
    log.set_rows(clerk_desk.actions.raised_at(first))
    for model in (meetings, proxy, agenda, papers, attendance, declarations, items, decisions, log):
        assert model.rowCount() > 0, type(model).__name__
        qtmodeltester.check(model, force_py=True)
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["3 Jun 2025", "10 Jun 2025"]
    assert papers.index(0, 1).data() == "3 pages"
    assert attendance.index(2, 2).data() == "Substitute for Cllr Ben Member"
    assert declarations.index(0, 2).data() == "Other registrable interest"
    assert decisions.index(0, 2).data() == "For 5, against 0, abstentions 1"
    assert items.index(agenda.row_of(item.id), 0).data().endswith("(not saved)")
    assert log.index(0, 6).data() in RAGS and log.index(0, 6).data(
        Qt.ItemDataRole.AccessibleTextRole
    ).startswith("RAG ")


# --- meetings ---


def test_a_year_of_meetings_is_made_through_the_dialog(qtbot: QtBot, page: MeetingsPage, desk: Desk) -> None:
    assert page.model.rowCount() == 0 and page.heading.text() == "No meeting chosen"
    qtbot.mouseClick(page.series_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, SeriesDialog) and dialog.isVisible()
    assert dialog.body_box.currentText() == "Corporate Parenting Sub-Committee"
    assert dialog.every_box.value() == 8, "every eight weeks unless told otherwise"
    type_date(qtbot, dialog.first_box, FIRST)
    retype(qtbot, dialog.time_edit, "10:00")
    retype(qtbot, dialog.venue_edit, "New Shire Hall, Alconbury Weald")
    assert dialog.preview.text().startswith("This makes 6 meetings, from 10 June 2025 to 17 March 2026")
    ok(qtbot, dialog)
    assert not dialog.isVisible()
    made = desk.meetings.meetings()
    assert [m.day for m in made] == [
        FIRST,
        SECOND,
        THIRD,
        date(2025, 11, 25),
        date(2026, 1, 20),
        date(2026, 3, 17),
    ]
    assert {(m.time, m.venue, m.body_kind, m.status) for m in made} == {
        ("10:00", "New Shire Hall, Alconbury Weald", "sub_committee", "scheduled")
    }
    assert page.model.rowCount() == 6 and page.count_label.text() == "6 meetings"
    assert page.meeting is not None and page.meeting.day == FIRST
    assert page.heading.text() == "Corporate Parenting Sub-Committee, 10 June 2025"
    assert "Tuesday 10 June 2025 at 10:00" in page.details.text() and "Scheduled" in page.details.text()


def test_a_meeting_with_a_bad_time_is_refused_and_the_dialog_stays_open(
    qtbot: QtBot, page: MeetingsPage, desk: Desk
) -> None:
    focus(qtbot, page, page.find_edit)
    qtbot.keyClick(page.find_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "New meeting"
    type_date(qtbot, dialog.date_box, date(2025, 7, 1))
    retype(qtbot, dialog.time_edit, "25:99")
    ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.problem.isVisible()
    assert "The time '25:99' is not a time written as HH:MM" in dialog.problem.text()
    assert desk.meetings.meetings() == []
    retype(qtbot, dialog.time_edit, "14:00")
    ok(qtbot, dialog)
    (made,) = desk.meetings.meetings()
    assert (made.day, made.time) == (date(2025, 7, 1), "14:00")
    assert page.meeting is not None and page.meeting.id == made.id


def test_the_upcoming_meeting_is_shown_first(
    qtbot: QtBot, clerk_desk: Desk, confirmer: AutoConfirmer, clock: Clock
) -> None:
    clock.today = date(2025, 8, 6)
    page = make_page(qtbot, clerk_desk, confirmer)
    assert page.meeting is not None and page.meeting.day == THIRD
    clerk_desk.meetings.cancel(meeting_on(clerk_desk, THIRD))
    again = make_page(qtbot, clerk_desk, confirmer)
    assert again.meeting is not None and again.meeting.day == date(2025, 11, 25), "never a cancelled one"


def test_meetings_are_found_by_body_and_by_words(qtbot: QtBot, clerk_page: MeetingsPage) -> None:
    page = clerk_page
    assert page.proxy.rowCount() == 7
    choose(page.body_box, next(b.id for b in page._desk.people.bodies() if b.kind == "young_people"))
    assert (
        page.proxy.rowCount() == 1 and page.meeting is not None and page.meeting.body_kind == "young_people"
    )
    assert page.count_label.text() == "1 meeting of 7"
    page.body_box.setCurrentIndex(0)
    focus(qtbot, page, page.view)
    qtbot.keyClick(page.view, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)  # the Find box's mnemonic
    assert page.find_edit.hasFocus()
    qtbot.keyClicks(page.find_edit, "held")
    assert page.proxy.rowCount() == 1 and page.meeting is not None and page.meeting.day == FIRST
    page.find_edit.clear()
    qtbot.keyClicks(page.find_edit, "september")
    assert page.proxy.rowCount() == 1 and page.meeting is not None and page.meeting.day == THIRD


def test_a_meeting_is_moved_cancelled_reinstated_and_marked(
    qtbot: QtBot, clerk_page: MeetingsPage, clerk_desk: Desk, confirmer: AutoConfirmer, clock: Clock
) -> None:
    page = clerk_page
    assert page.select_meeting(meeting_on(clerk_desk, THIRD))
    assert page.meeting is not None and page.meeting.status == "scheduled"
    assert not page.held_button.isEnabled(), "a meeting to come cannot be marked held"
    assert "it can be marked held on or after the day" in page.held_button.accessibleDescription()
    qtbot.mouseClick(page.move_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None
    type_date(qtbot, dialog.date_box, date(2025, 10, 7))
    retype(qtbot, dialog.time_edit, "14:00")
    ok(qtbot, dialog)
    moved = clerk_desk.meetings.meeting(page.meeting.id)  # type: ignore[union-attr]
    assert (moved.day, moved.time) == (date(2025, 10, 7), "14:00")
    assert page.meeting is not None and page.meeting.day == date(2025, 10, 7), "still shown after moving"

    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert confirmer.asked[-1] == "Cancel this meeting?"
    assert clerk_desk.meetings.meeting(moved.id).status == "cancelled"
    row = page.proxy.mapFromSource(page.model.index(page.model.row_of(moved.id), 4 - 1)).row()
    assert page.proxy.index(row, 3).data() == "Cancelled"
    assert "This meeting is cancelled" in page.banner.text() and page.banner.isVisible()
    assert page.cancel_button.text() == "Reinstate meeting"
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert clerk_desk.meetings.meeting(moved.id).status == "scheduled" and not page.banner.isVisible()

    qtbot.mouseClick(page.published_button, Qt.MouseButton.LeftButton)
    assert clerk_desk.meetings.meeting(moved.id).status == "agenda_published"
    assert "Agenda published" in page.details.text() and not page.published_button.isEnabled()
    clock.today = date(2025, 10, 7)  # the day of the meeting
    page.select_meeting(meeting_on(clerk_desk, SECOND))
    page.select_meeting(moved.id)
    qtbot.mouseClick(page.held_button, Qt.MouseButton.LeftButton)
    assert confirmer.asked[-1] == "Mark this meeting held?"
    assert clerk_desk.meetings.meeting(moved.id).status == "held"
    assert not page.move_button.isEnabled() and not page.cancel_button.isEnabled()


# --- agendas and papers ---


def test_an_agenda_is_built_from_the_template_with_the_reports_due(
    qtbot: QtBot, clerk_page: MeetingsPage, clerk_desk: Desk
) -> None:
    page = clerk_page
    third = meeting_on(clerk_desk, THIRD)
    page.select_meeting(third)
    assert page.agenda_tab.model.rowCount() == 0
    due = clerk_desk.work_programme.due_for(third)
    assert due, "the suggested months put some annual reports by September"
    qtbot.mouseClick(page.agenda_tab.build_button, Qt.MouseButton.LeftButton)
    titles = [title for _, title in agenda_titles(page)]
    assert titles[:4] == [t for _, t in OPENING_ITEMS] and titles[-2:] == [t for _, t in CLOSING_ITEMS]
    assert set(titles[4:-2]) == set(due)
    assert [n for n, _ in agenda_titles(page)] == [str(n) for n in range(1, len(titles) + 1)]
    assert page.agenda_tab.note.text() == (
        f"Added {len(titles)} items, {len(due)} of them annual reports due by this meeting."
    )
    assert page.agenda_tab.note.toolTip() == f"Annual reports due by this meeting: {', '.join(titles[4:-2])}."
    assert [i.title for i in clerk_desk.agenda.items(third)] == titles


def test_an_item_with_a_report_is_added_and_a_pdf_attached(
    qtbot: QtBot, clerk_page: MeetingsPage, clerk_desk: Desk, tmp_path: Path
) -> None:
    page, tab = clerk_page, clerk_page.agenda_tab
    second = meeting_on(clerk_desk, SECOND)
    page.select_meeting(second)
    officer = next(p for p in clerk_desk.people.people("officer") if p.name == "Pat Officer")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, AgendaItemDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.title_edit, "Fostering recruitment")
    choose(dialog.type_box, "decision")
    choose(dialog.presenter_box, officer.id)
    qtbot.keyClicks(dialog.description_edit, "Recruiting carers for teenagers.")
    targets = clerk_desk.agenda.link_targets()
    commitment = targets[1].children[0]
    promise = next(t for t in targets if t.kind == "promise")
    dialog.links.tick("commitment", commitment.target_id)
    dialog.links.tick("promise", promise.target_id)
    dialog.tabs.setCurrentIndex(2)
    dialog.report_group.setChecked(True)
    assert dialog.report_fields["title"].text() == "Fostering recruitment", "titled as its item to start with"
    qtbot.keyClicks(dialog.report_fields["report_from"], "Executive Director: Children")
    dialog.key_decision.setFocus()
    qtbot.keyClick(dialog.key_decision, Qt.Key.Key_Space)
    qtbot.keyClicks(dialog.report_fields["forward_plan_ref"], "2025/041")
    qtbot.keyClicks(dialog.report_fields["executive_summary"], "More carers are needed.")
    qtbot.keyClicks(dialog.report_fields["recommendations"], "Agree the campaign.")
    qtbot.keyClicks(dialog.report_fields["voting_arrangements"], "Co-opted members may vote.")
    qtbot.keyClicks(dialog.report_fields["contact_name"], "Pat Officer")
    qtbot.keyClicks(dialog.report_fields["contact_post"], "Head of Fostering")
    qtbot.keyClicks(dialog.report_fields["contact_email"], "pat@example.org")
    dialog.tabs.setCurrentIndex(3)
    for key in ("finance", "legal", "risk", "equality", "climate"):
        qtbot.keyClicks(dialog.report_fields[key], f"{key} implications")
    ok(qtbot, dialog)
    assert not dialog.isVisible()

    item = next(i for i in clerk_desk.agenda.items(second) if i.title == "Fostering recruitment")
    assert (item.type_label, item.presenter, item.description) == (
        "For decision",
        "Pat Officer",
        "Recruiting carers for teenagers.",
    )
    assert [link.label for link in item.links] == [commitment.label, promise.label]
    assert clerk_desk.agenda.report(item.id) == OfficerReport(
        "Fostering recruitment",
        "Executive Director: Children",
        True,
        "2025/041",
        "More carers are needed.",
        "Agree the campaign.",
        "Co-opted members may vote.",
        "Pat Officer",
        "Head of Fostering",
        "pat@example.org",
        "finance implications",
        "legal implications",
        "risk implications",
        "equality implications",
        "climate implications",
    )
    assert tab.selected_item is not None and tab.selected_item.id == item.id, "the new item is chosen"
    row = tab.model.row_of(item.id)
    assert tab.model.index(row, 4).data() == "Report" and tab.model.index(row, 3).data() == "Pat Officer"
    assert item.number == len(OPENING_ITEMS) + 1, "before the closing standing items"

    qtbot.mouseClick(tab.attach_button, Qt.MouseButton.LeftButton)
    file_dialog = tab.file_dialog
    assert file_dialog is not None and file_dialog.isVisible()
    file_dialog.selectFile(str(make_pdf(tmp_path / "fostering.pdf", 7, "Fostering")))
    file_dialog.accept()
    assert tab.papers.rowCount() == 1
    assert [tab.papers.index(0, c).data() for c in range(3)] == ["fostering", "7 pages", "fostering.pdf"]
    assert tab.model.index(tab.model.row_of(item.id), 5).data() == "1 paper"
    assert tab.note.text() == "Attached fostering.pdf (7 pages)."
    assert [p.page_count for p in clerk_desk.agenda.papers(item.id)] == [7]


def test_a_file_that_is_not_a_pdf_is_refused_with_a_message_and_nothing_changes(
    qtbot: QtBot, clerk_page: MeetingsPage, clerk_desk: Desk, tmp_path: Path
) -> None:
    page, tab = clerk_page, clerk_page.agenda_tab
    page.select_meeting(meeting_on(clerk_desk, SECOND))
    notes = tmp_path / "notes.pdf"
    notes.write_text("Minutes typed in a text file\n", encoding="utf-8")
    before = database_dump(clerk_desk)
    qtbot.mouseClick(tab.attach_button, Qt.MouseButton.LeftButton)
    assert tab.file_dialog is not None
    tab.file_dialog.selectFile(str(notes))
    tab.file_dialog.accept()
    box = page.message
    assert isinstance(box, QMessageBox) and box.isVisible() and box.isModal()
    assert box.windowTitle() == "The file was not attached"
    assert box.text() == "This file is not a PDF (a PDF starts with %PDF-)."
    assert str(notes) in box.informativeText() and "Nothing was changed." in box.informativeText()
    assert database_dump(clerk_desk) == before
    assert tab.papers.rowCount() == 0 and tab.note.text() == "notes.pdf was not attached."


def test_a_paper_is_opened_and_a_copy_saved(
    qtbot: QtBot, clerk_page: MeetingsPage, clerk_desk: Desk, tmp_path: Path
) -> None:
    page, tab = clerk_page, clerk_page.agenda_tab
    first = meeting_on(clerk_desk, FIRST)
    page.select_meeting(first)
    item = next(i for i in clerk_desk.agenda.items(first) if i.paper_count)
    tab.view.selectRow(tab.model.row_of(item.id))
    assert tab.papers.index(0, 1).data() == "3 pages"
    stored = clerk_desk.agenda.paper_data(tab.papers.rows[0].id)
    opened: list[QUrl] = []
    tab.open_url = lambda url: opened.append(url) or True
    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    (url,) = opened
    assert url.isLocalFile() and url.fileName() == "pep.pdf"
    copy = Path(url.toLocalFile())
    assert copy.read_bytes() == stored
    # The copy handed to the viewer is in the user's own data folder, in a folder only they can read.
    assert copy.is_relative_to(tmp_path / "user-data")
    assert copy.parent.stat().st_mode & 0o777 == 0o700

    qtbot.mouseClick(tab.save_copy_button, Qt.MouseButton.LeftButton)
    assert tab.file_dialog is not None and tab.file_dialog.isVisible()
    out = tmp_path / "copy.pdf"
    tab.file_dialog.selectFile(str(out))
    tab.file_dialog.accept()
    assert out.read_bytes() == stored


def test_items_are_reordered_with_ctrl_arrows_and_by_dropping(
    qtbot: QtBot, clerk_page: MeetingsPage, clerk_desk: Desk
) -> None:
    page, tab = clerk_page, clerk_page.agenda_tab
    second = meeting_on(clerk_desk, SECOND)
    page.select_meeting(second)
    clerk_desk.agenda.add_item(second, "Fostering")
    page._hub.announce("agenda")
    titles = [t for _, t in agenda_titles(page)]
    fostering = titles.index("Fostering")
    tab.view.selectRow(fostering)
    focus(qtbot, page, tab.view)
    qtbot.keyClick(tab.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert agenda_titles(page)[fostering + 1] == (str(fostering + 2), "Fostering")
    assert tab.selected_item is not None and tab.selected_item.title == "Fostering", "it stays chosen"
    assert tab.view.hasFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(tab.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert agenda_titles(page)[fostering - 1] == (str(fostering), "Fostering")
    assert [i.title for i in clerk_desk.agenda.items(second)] == [t for _, t in agenda_titles(page)]

    # A drag of the last item dropped between rows 0 and 1, with the mime data the view makes for a row.
    model = tab.model
    last = model.rowCount() - 1
    mime = model.mimeData([model.index(last, c) for c in range(model.columnCount())])
    assert mime.hasFormat(AGENDA_MIME) and AGENDA_MIME in model.mimeTypes()
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    numbers = agenda_titles(page)
    assert numbers[1] == ("2", "Date of the next meeting")
    assert [n for n, _ in numbers] == [str(n) for n in range(1, len(numbers) + 1)]
    # Dropped on an item: it goes before that item.
    mime = model.mimeData([model.index(1, 0)])
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, model.index(4, 1))
    assert agenda_titles(page)[3:5] == [("4", "Date of the next meeting"), ("5", numbers[4][1])]
    assert [i.title for i in clerk_desk.agenda.items(second)][3] == "Date of the next meeting"
    assert model.moveRows(QModelIndex(), 3, 1, QModelIndex(), model.rowCount())
    assert agenda_titles(page)[-1][1] == "Date of the next meeting"
    assert not model.dropMimeData(QMimeData(), Qt.DropAction.MoveAction, 0, 0, QModelIndex()), "not ours"
    assert tab.view.dragDropMode() == QAbstractItemView.DragDropMode.InternalMove


def test_delete_removes_an_item_to_the_bin_and_it_can_be_restored(
    qtbot: QtBot, clerk_page: MeetingsPage, clerk_desk: Desk, confirmer: AutoConfirmer
) -> None:
    page, tab = clerk_page, clerk_page.agenda_tab
    second = meeting_on(clerk_desk, SECOND)
    page.select_meeting(second)
    before = [t for _, t in agenda_titles(page)]
    tab.view.selectRow(2)
    focus(qtbot, page, tab.view)
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert confirmer.asked[-1] == "Remove this item?"
    assert [t for _, t in agenda_titles(page)] == before[:2] + before[3:]
    assert [n for n, _ in agenda_titles(page)] == [str(n) for n in range(1, len(before))]
    assert tab.restore_button.isEnabled()
    (restore,) = tab.restore_menu.actions()
    assert restore.text() == f"Restore “{before[2]}”"
    restore.trigger()
    assert [t for _, t in agenda_titles(page)] == before
    assert not tab.restore_button.isEnabled()


# --- attendance and declarations ---


def test_attendance_and_declarations_are_recorded_and_withdrawn(
    qtbot: QtBot, clerk_page: MeetingsPage, clerk_desk: Desk, confirmer: AutoConfirmer
) -> None:
    page, tab = clerk_page, clerk_page.attendance_tab
    second = meeting_on(clerk_desk, SECOND)
    page.select_meeting(second)
    page.tabs.setCurrentWidget(tab)
    people = {p.name: p for p in clerk_desk.people.people()}
    qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, AttendanceDialog) and not dialog.for_box.isEnabled()
    choose(dialog.person_box, people["Cllr Cy Sub"].id)
    choose(dialog.status_box, "substitute")
    assert dialog.for_box.isEnabled()
    ok(qtbot, dialog)
    assert dialog.isVisible() and "name whom" in dialog.problem.text(), "a substitute stands in for someone"
    choose(dialog.for_box, people["Cllr Ben Member"].id)
    ok(qtbot, dialog)
    assert [(a.name, a.status_label) for a in clerk_desk.meetings.attendance(second)] == [
        ("Cllr Cy Sub", "Substitute for Cllr Ben Member")
    ]
    assert tab.attendance.index(0, 2).data() == "Substitute for Cllr Ben Member"
    qtbot.mouseClick(tab.change_button, Qt.MouseButton.LeftButton)
    assert not tab.dialog.person_box.isEnabled(), "changing keeps the person"
    choose(tab.dialog.status_box, "apologies")
    ok(qtbot, tab.dialog)
    assert tab.attendance.index(0, 2).data() == "Apologies"
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert confirmer.asked[-1] == "Take this person off the attendance?"
    assert clerk_desk.meetings.attendance(second) == [] and tab.attendance.rowCount() == 0

    qtbot.mouseClick(tab.declare_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, DeclarationDialog)
    choose(dialog.person_box, people["Cllr Ann Chair"].id)
    choose(dialog.kind_box, "disclosable_pecuniary")
    dialog.item_box.setCurrentIndex(2)
    qtbot.keyClicks(dialog.interest_edit, "Owns a children's home")
    ok(qtbot, dialog)
    assert [tab.declarations.index(0, c).data() for c in range(4)] == [
        "3",
        "Cllr Ann Chair",
        "Disclosable pecuniary interest",
        "Owns a children's home",
    ]
    qtbot.mouseClick(tab.withdraw_button, Qt.MouseButton.LeftButton)
    assert clerk_desk.agenda.declarations(second) == [] and tab.declarations.rowCount() == 0


# --- minutes ---


def test_minutes_are_written_approved_at_the_next_meeting_locked_and_corrected(
    qtbot: QtBot, page: MeetingsPage, desk: Desk, clock: Clock
) -> None:
    body = desk.people.body("sub_committee").id
    first, second = (m.id for m in desk.meetings.create_series(body, FIRST, until=SECOND))
    desk.agenda.build_from_template(first)
    desk.agenda.add_item(first, "Placement stability", "decision")
    page._hub.announce("meetings")
    page.select_meeting(first)
    tab = page.minutes_tab
    page.tabs.setCurrentWidget(tab)
    row = tab.items.row_of(next(i.id for i in desk.agenda.items(first) if i.title == "Placement stability"))
    tab.items_view.setCurrentIndex(tab.items.index(row, 0))
    assert tab.heading.text() == "Item 5: Placement stability"
    focus(qtbot, page, tab.discussion)
    qtbot.keyClicks(tab.discussion, "Members discussed moves between homes.")
    assert tab.items.index(row, 0).data().endswith("(not saved)")
    assert tab.saved_note.text().startswith("Draft, not yet saved")
    tab.items_view.setCurrentIndex(tab.items.index(0, 0))
    tab.items_view.setCurrentIndex(tab.items.index(row, 0))
    assert tab.discussion.toPlainText() == "Members discussed moves between homes.", "kept while moving about"
    qtbot.keyClick(tab.discussion, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    (minuted,) = [m for m in desk.minutes.minutes(first) if m.discussion]
    assert minuted.discussion == "Members discussed moves between homes."
    assert tab.items.index(row, 0).data().endswith("(minuted)") and tab.saved_note.text() == "Saved."

    qtbot.mouseClick(tab.add_decision_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, DecisionDialog)
    qtbot.keyClicks(dialog.text_edit, "To note the report.")
    dialog.vote_group.setChecked(True)
    dialog.for_box.setValue(6)
    dialog.abstain_box.setValue(1)
    ok(qtbot, dialog)
    assert [tab.decisions.index(0, c).data() for c in range(3)] == [
        "1",
        "To note the report.",
        "For 6, against 0, abstentions 1",
    ]

    # Approval is refused until the meeting has been held, and the refusal is the domain's.
    before = database_dump(desk)
    qtbot.mouseClick(tab.approve_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, ApproveDialog) and dialog.at_box.currentText().startswith("5 August 2025")
    ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.problem.text() == (
        "Not saved: Only the minutes of a meeting that has been held can be approved."
    )
    assert database_dump(desk) == before
    dialog.reject()
    clock.today = date(2025, 8, 5)  # the next meeting is taking place: it approves the minutes
    page.refresh()
    qtbot.mouseClick(page.held_button, Qt.MouseButton.LeftButton)
    desk.agenda.build_from_template(second)
    qtbot.mouseClick(tab.approve_button, Qt.MouseButton.LeftButton)
    ok(qtbot, tab.dialog)
    assert desk.meetings.meeting(first).status == "minutes_approved"

    # Locked: read only, banner, edits refused with the domain's message.
    assert page.banner.isVisible()
    assert (
        "These minutes were approved at the meeting on 5 August 2025; they are locked" in page.banner.text()
    )
    assert "Minutes approved" in page.details.text()
    assert tab.discussion.isReadOnly() and not tab.add_decision_button.isEnabled()
    assert not tab.save_button.isEnabled() and not tab.approve_button.isEnabled()
    assert not page.agenda_tab.add_button.isEnabled() and not page.attendance_tab.record_button.isEnabled()
    before = database_dump(desk)
    focus(qtbot, page, tab.discussion)
    qtbot.keyClick(tab.discussion, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    box = page.message
    assert box is not None and box.isVisible() and box.windowTitle() == "The minutes were not saved"
    assert "approved and locked; record a correction as an amendment instead" in box.text()
    box.close()
    page.tabs.setCurrentWidget(page.agenda_tab)
    page.agenda_tab.view.selectRow(0)
    focus(qtbot, page, page.agenda_tab.view)
    qtbot.keyClick(page.agenda_tab.view, Qt.Key.Key_Delete)
    assert page.message is not None and page.message.windowTitle() == "The item was not removed"
    assert database_dump(desk) == before

    # A correction keeps the original and sits beside it.
    page.tabs.setCurrentWidget(tab)
    clock.today = date(2025, 10, 7)
    assert tab.correction_button.isEnabled()
    qtbot.mouseClick(tab.correction_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, CorrectionDialog)
    choose(dialog.field_box, "decision 1")
    assert dialog.original.toPlainText() == "To note the report." and dialog.original.isReadOnly()
    retype(qtbot, dialog.corrected_edit, "To note the report and ask for an update in March.")
    qtbot.keyClicks(dialog.reason_edit, "The chair's summary was recorded wrongly.")
    ok(qtbot, dialog)
    assert [tab.decisions.index(0, c).data() for c in (1, 3)] == [
        "To note the report.",
        "To note the report and ask for an update in March. (corrected 7 October 2025)",
    ]
    shown = tab.corrections.toPlainText()
    assert tab.corrections.isVisible()
    assert "Original: To note the report." in shown
    assert "Correction: To note the report and ask for an update in March." in shown
    assert "Reason: The chair's summary was recorded wrongly." in shown
    (amendment,) = next(m for m in desk.minutes.minutes(first) if m.decisions).amendments
    assert amendment.original == "To note the report."


# --- the action log ---


def test_an_action_raised_at_a_meeting_is_carried_forward_to_the_next(
    qtbot: QtBot, clerk_page: MeetingsPage, clerk_desk: Desk, clock: Clock
) -> None:
    page, tab = clerk_page, clerk_page.log_tab
    second, third = meeting_on(clerk_desk, SECOND), meeting_on(clerk_desk, THIRD)
    page.select_meeting(second)
    page.tabs.setCurrentWidget(tab)
    assert [tab.carried.index(r, 0).data() for r in range(tab.carried.rowCount())] == ["A25-001"]
    assert tab.raised.rowCount() == 0 and tab.raised_label.text() == "Raised at this m&eeting (none):"
    officer = next(p for p in clerk_desk.people.people("officer"))
    team = next(t for t in clerk_desk.people.teams() if t.name == "Virtual School")
    qtbot.mouseClick(tab.raise_action_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, ActionDialog) and dialog.isVisible() and not dialog.meeting_box.isEnabled()
    qtbot.keyClicks(dialog.description_edit, "Bring school attendance figures")
    dialog.item_box.setCurrentIndex(3)
    choose(dialog.owner_box, officer.id)
    choose(dialog.team_box, team.id)
    dialog.due_check.setChecked(True)
    type_date(qtbot, dialog.due_box, date(2025, 9, 1))
    priority = clerk_desk.agenda.link_targets()[3]
    dialog.links.tick("priority", priority.target_id)
    ok(qtbot, dialog)
    assert not dialog.isVisible()
    (raised,) = clerk_desk.actions.raised_at(second)
    assert (raised.reference, raised.owner, raised.due, raised.item) == (
        "A25-002",
        "Pat Officer, Virtual School",
        date(2025, 9, 1),
        "Action log",
    )
    assert raised.priorities == (4,)
    shown = [tab.raised.index(0, c).data() for c in range(7)]
    assert shown[0] == "A25-002" and shown[2] == "Bring school attendance figures"
    assert shown[4:] == ["1 Sep 2025", "Open", "Green"]

    qtbot.mouseClick(tab.raise_question_button, Qt.MouseButton.LeftButton)
    question = tab.dialog
    assert isinstance(question, ActionDialog) and question.windowTitle().startswith("Raise a question")
    qtbot.keyClicks(question.description_edit, "How many care leavers are at university?")
    ok(qtbot, question)
    assert [tab.raised.index(r, 0).data() for r in range(tab.raised.rowCount())] == ["A25-002", "Q25-001"]

    clock.today = date(2025, 8, 20)
    page.select_meeting(third)
    carried = [tab.carried.index(r, 0).data() for r in range(tab.carried.rowCount())]
    assert carried == ["A25-001", "A25-002", "Q25-001"]
    rags = [tab.carried.index(r, 6).data() for r in range(3)]
    assert rags == ["Red", "Amber", "Green"], "overdue; due within 14 days; no date and lately raised"
    tab.carried_view.selectRow(1)
    assert "Bring school attendance figures" in tab.history.toPlainText()
    assert "Priority 4" in tab.history.toPlainText()


def test_an_action_dialog_without_a_meeting_lets_the_user_choose_one(qtbot: QtBot, clerk_desk: Desk) -> None:
    dialog = ActionDialog(clerk_desk, SynchronousRunner())
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.meeting_box.isEnabled() and dialog.meeting_box.count() >= 6
    choose(dialog.meeting_box, meeting_on(clerk_desk, THIRD))
    assert dialog.item_box.count() == 1, "the third meeting has no agenda yet"
    qtbot.keyClicks(dialog.description_edit, "Visit the new children's home")
    rows: list[object] = []
    dialog.raised.connect(rows.append)
    ok(qtbot, dialog)
    assert (
        len(rows) == 1
        and clerk_desk.actions.raised_at(meeting_on(clerk_desk, THIRD))[0].reference == "A25-002"
    )


# --- a real worker, keyboard and screen readers ---


def test_a_paper_is_attached_by_the_real_worker(
    qtbot: QtBot, clerk_desk: Desk, confirmer: AutoConfirmer, tmp_path: Path
) -> None:
    page = make_page(qtbot, clerk_desk, confirmer, TaskRunner())
    tab = page.agenda_tab
    page.select_meeting(meeting_on(clerk_desk, SECOND))
    assert page.loading.text() == "Reading the meeting…"  # the agenda comes from the worker
    qtbot.waitUntil(lambda: not page.loading.busy, timeout=5000)
    assert page.loading.text() == ""
    tab.attach(tab.model.rows[1].id, make_pdf(tmp_path / "minutes.pdf", 2))
    qtbot.waitUntil(lambda: tab.model.index(1, 5).data() == "1 paper", timeout=5000)
    tab.view.selectRow(1)
    assert tab.papers.index(0, 1).data() == "2 pages"
    page._runner.wait()


def test_every_control_has_a_name_and_every_label_a_buddy(clerk_page: MeetingsPage) -> None:
    page = clerk_page
    page.select_meeting(meeting_on(page._desk, FIRST))
    dialogs: list[QWidget] = []
    page.new_series()
    dialogs.append(page.dialog)  # type: ignore[arg-type]
    page.agenda_tab.edit_item()
    dialogs.append(page.agenda_tab.dialog)  # type: ignore[arg-type]
    page.log_tab.raise_new("question")
    dialogs.append(page.log_tab.dialog)  # type: ignore[arg-type]
    page.attendance_tab._open_attendance(None)
    dialogs.append(page.attendance_tab.dialog)  # type: ignore[arg-type]
    for top in (page, *dialogs):
        unnamed = [
            f"{type(w).__name__} {getattr(w, 'text', lambda: '')()}"
            for w in top.findChildren(QWidget)
            if isinstance(w, CONTROLS)
            # Qt's own parts (tab scrollers, spin box editors, table corners, popups) name themselves.
            if w.window() is top
            and w.focusPolicy() != Qt.FocusPolicy.NoFocus
            and not w.objectName().startswith("qt_")
            and not isinstance(w, QHeaderView)
            and not isinstance(w.parent(), QTabBar | QAbstractSpinBox | QComboBox)
            and not w.accessibleName()
        ]
        assert unnamed == [], top.windowTitle()
        for label in top.findChildren(QLabel):
            if "&" in label.text().replace("&&", ""):
                assert label.buddy() is not None, label.text()
    for dialog in dialogs:
        dialog.close()


def test_tab_moves_through_the_list_and_its_buttons_in_order(
    qtbot: QtBot, clerk_page: MeetingsPage, clock: Clock
) -> None:
    page = clerk_page
    clock.today = THIRD  # a scheduled meeting on its day: every button can be used
    page.select_meeting(meeting_on(page._desk, THIRD))
    focus(qtbot, page, page.body_box)
    reached = []
    for _ in range(9):
        reached.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert reached == [
        page.body_box,
        page.find_edit,
        page.view,
        page.new_button,
        page.series_button,
        page.move_button,
        page.cancel_button,
        page.published_button,
        page.held_button,
    ]
    assert QApplication.focusWidget() is page.tabs.tabBar()


def test_text_follows_the_system_font_and_rag_is_always_a_word(clerk_page: MeetingsPage) -> None:
    app_size = QApplication.font().pointSizeF()
    for widget in (clerk_page.view, clerk_page.agenda_tab.view, clerk_page.minutes_tab.discussion):
        assert widget.font().pointSizeF() == app_size
    assert clerk_page.heading.font().pointSizeF() == pytest.approx(app_size * 1.25)
    clerk_page.select_meeting(meeting_on(clerk_page._desk, SECOND))
    model = clerk_page.log_tab.carried
    assert model.rowCount() == 1
    assert model.index(0, 6).data() in RAGS
    assert model.index(0, 6).data(ROW_ROLE).rag == model.index(0, 6).data()


# --- the bins: removed papers, reports, decisions and declarations come back ---


def test_a_paper_is_removed_to_the_bin_and_restored(
    qtbot: QtBot, clerk_page: MeetingsPage, clerk_desk: Desk, confirmer: AutoConfirmer
) -> None:
    page, tab = clerk_page, clerk_page.agenda_tab
    first = meeting_on(clerk_desk, FIRST)
    page.select_meeting(first)
    item = next(i for i in clerk_desk.agenda.items(first) if i.paper_count)
    tab.view.selectRow(tab.model.row_of(item.id))
    paper = tab.papers.rows[0]
    assert not tab.restore_paper_button.isEnabled(), "nothing in the bin yet"
    qtbot.mouseClick(tab.remove_paper_button, Qt.MouseButton.LeftButton)
    assert confirmer.asked[-1] == "Remove this paper?"
    assert paper.id not in [p.id for p in clerk_desk.agenda.papers(item.id)]
    assert [p.id for p in clerk_desk.agenda.binned_papers(item.id)] == [paper.id]
    assert tab.restore_paper_button.isEnabled()
    (restore,) = tab.restore_paper_menu.actions()
    assert restore.text() == f"Restore “{paper.title}”"
    restore.trigger()
    assert paper.id in [p.id for p in clerk_desk.agenda.papers(item.id)]
    assert clerk_desk.agenda.binned_papers(item.id) == []
    assert paper.id in [p.id for p in tab.papers.rows]
    assert not tab.restore_paper_button.isEnabled()


def test_a_withdrawn_declaration_a_removed_decision_and_a_removed_front_sheet_come_back(
    qtbot: QtBot, clerk_page: MeetingsPage, clerk_desk: Desk, confirmer: AutoConfirmer
) -> None:
    page = clerk_page
    first = meeting_on(clerk_desk, FIRST)
    page.select_meeting(first)
    item = next(i for i in clerk_desk.agenda.items(first) if i.title == "Personal Education Plans")

    attendance = page.attendance_tab
    page.tabs.setCurrentWidget(attendance)
    attendance.declarations_view.selectRow(0)
    assert not attendance.restore_declaration_button.isEnabled()
    qtbot.mouseClick(attendance.withdraw_button, Qt.MouseButton.LeftButton)
    assert clerk_desk.agenda.declarations(first) == [] and attendance.restore_declaration_button.isEnabled()
    (restore,) = attendance.restore_declaration_menu.actions()
    restore.trigger()
    assert len(clerk_desk.agenda.declarations(first)) == 1 and attendance.declarations.rowCount() == 1

    minutes = page.minutes_tab
    page.tabs.setCurrentWidget(minutes)
    minutes.items_view.setCurrentIndex(minutes.items.index(minutes.items.row_of(item.id), 0))
    minutes.decisions_view.selectRow(0)
    qtbot.mouseClick(minutes.remove_decision_button, Qt.MouseButton.LeftButton)
    assert confirmer.asked[-1] == "Remove this decision?"
    assert [d.text for d in clerk_desk.minutes.removed_decisions(item.id)] == ["To note the report."]
    (restore,) = minutes.restore_decision_menu.actions()
    assert restore.text() == "Restore “To note the report.”"
    restore.trigger()
    (minuted,) = [m for m in clerk_desk.minutes.minutes(first) if m.agenda_item_id == item.id]
    assert [d.text for d in minuted.decisions] == ["To note the report."]

    clerk_desk.agenda.remove_report(item.id)
    dialog = AgendaItemDialog(
        clerk_desk,
        SynchronousRunner(),
        clerk_desk.meetings.meeting(first),
        clerk_desk.agenda.item(item.id),
        page,
    )
    qtbot.addWidget(dialog)
    assert not dialog.report_group.isChecked() and not dialog.restore_note.isHidden()
    assert dialog.report_fields["report_from"].text() == "Director"  # type: ignore[union-attr]
    dialog.report_group.setChecked(True)
    ok(qtbot, dialog)
    report = clerk_desk.agenda.report(item.id)
    assert report is not None and report.report_from == "Director"


def test_the_list_columns_fit_their_contents_as_before_and_grow_with_the_text(
    clerk_page: MeetingsPage,
) -> None:
    """Sized once, not at every layout: still each short column exactly as ResizeToContents made it."""
    view, header = clerk_page.view, clerk_page.view.horizontalHeader()
    assert clerk_page.proxy.rowCount() > 1

    def as_contents_would(column: int) -> int:
        return max(view.sizeHintForColumn(column), header.sectionSizeHint(column))

    for column in range(4):
        assert header.sectionSize(column) == as_contents_would(column), column
    before = header.sectionSize(0)
    font = clerk_page.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    clerk_page.setFont(font)
    assert header.sectionSize(0) > before, "larger text, a wider date column"
    for column in range(4):
        assert header.sectionSize(column) == as_contents_would(column), column


@pytest.mark.parametrize("size", [(790, 470), (990, 470), (1100, 560), (1280, 600)])
def test_a_long_note_after_building_never_lies_over_the_buttons_on_a_small_screen(
    qtbot: QtBot, clerk_page: MeetingsPage, clerk_desk: Desk, size: tuple[int, int]
) -> None:
    page, tab = clerk_page, clerk_page.agenda_tab
    page.resize(*size)  # the page of a 1366 x 768 laptop's window at 125%
    page.select_meeting(meeting_on(clerk_desk, THIRD))
    qtbot.mouseClick(tab.build_button, Qt.MouseButton.LeftButton)
    assert "annual reports due by this meeting" in tab.note.text()
    qtbot.wait(50)

    def place(widget: QWidget) -> object:
        return widget.rect().translated(widget.mapTo(page, widget.rect().topLeft()))

    shown = [w for w in (tab.build_button, tab.restore_button, tab.notes_panel, tab.view) if w.isVisible()]
    for widget in shown:
        assert not place(tab.note).intersects(place(widget)), widget.accessibleName() or widget
    assert tab.note.height() >= tab.note.heightForWidth(tab.note.width()), "every line of the note shows"
