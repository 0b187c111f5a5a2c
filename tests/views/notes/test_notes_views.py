"""My notes beside what they are on, My preparation, who is using cpdesk, notes carried to another machine."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from cpdesk.domain.desk import Desk
from cpdesk.domain.example import write_example
from cpdesk.views.common.changes import ChangeHub
from cpdesk.views.common.confirm import AutoConfirmer
from cpdesk.views.common.forms import FormDialog, select_value
from cpdesk.views.common.tasks import SynchronousRunner
from cpdesk.views.main_window import MainWindow
from cpdesk.views.notes.model import PreparationModel
from cpdesk.views.notes.panel import NotesPanel

TODAY = date(2026, 11, 23)


def next_sub_committee(window: MainWindow, desk: Desk) -> None:
    """Show the Sub-Committee's next meeting on the Meetings page (the young people's meets before it)."""
    coming = [m for m in desk.meetings.meetings() if m.body_kind == "sub_committee" and m.day >= TODAY]
    assert window.meetings_page.select_meeting(coming[0].id)


@pytest.fixture
def example(tmp_path: Path) -> Iterator[Desk]:
    path = write_example(tmp_path / "example.db", TODAY)
    with Desk.open(path, today=lambda: TODAY) as desk:
        yield desk


def write_in(qtbot: QtBot, panel: NotesPanel, text: str, question: bool, on: str = "") -> None:
    """Add a note or a question with the panel's own buttons and form, as a member would."""
    panel.unfold()
    qtbot.mouseClick(panel.question_button if question else panel.add_button, Qt.MouseButton.LeftButton)
    form = panel.form
    assert isinstance(form, FormDialog) and form.isVisible()
    said = form.intro.text()
    assert said.startswith("On: ") and not said.startswith("On: ."), "the form names what the note is on"
    assert not on or said == f"On: {on}. Only you see it."
    field = form.fields["Text"]
    assert isinstance(field, QPlainTextEdit)
    qtbot.keyClicks(field, text)
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible(), form.problem.text()


def test_the_first_time_cpdesk_asks_who_is_using_it_and_the_window_says_who(
    qtbot: QtBot, strategy_db: Desk, settings_path: Path
) -> None:
    assert strategy_db.notes.current_user() is None
    window = MainWindow(
        strategy_db,
        QSettings(str(settings_path), QSettings.Format.IniFormat),
        SynchronousRunner(),
        ChangeHub(),
        AutoConfirmer(),
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    form = window.who_form
    assert isinstance(form, FormDialog)
    qtbot.waitUntil(form.isVisible)
    name = form.fields["Your name"]
    assert isinstance(name, QLineEdit)
    qtbot.keyClicks(name, "  Alex   Jones ")
    select_value(form.fields["Your role"], "chair")  # type: ignore[arg-type]
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    me = strategy_db.notes.current_user()
    assert me is not None and (me.name, me.role) == ("Alex Jones", "chair")
    assert any(
        "Alex Jones, Chair" in w.text() for w in window.statusBar().findChildren(type(window._user_label))
    )

    window.who_action.trigger()  # File, Who is using cpdesk: changed later
    again = window.who_form
    assert isinstance(again, FormDialog) and again is not form
    assert again.fields["Your name"].text() == "Alex Jones"  # type: ignore[attr-defined]
    again.fields["Your name"].setText("Sam Patel")  # type: ignore[attr-defined]
    qtbot.mouseClick(again.ok_button, Qt.MouseButton.LeftButton)
    assert strategy_db.notes.current_user().name == "Sam Patel"  # type: ignore[union-attr]
    assert "Sam Patel" in window._user_label.text()


def test_a_window_with_someone_named_asks_nobody(main_window: MainWindow) -> None:
    assert main_window.who_form is None


def test_notes_from_the_meetings_item_and_an_action_come_in_order_in_my_preparation(
    qtbot: QtBot, example: Desk, make_window: Callable[[Desk], MainWindow]
) -> None:
    window = make_window(example)
    next_sub_committee(window, example)
    meetings = window.meetings_page
    meeting = meetings.meeting
    item = meetings.agenda_tab.selected_item
    assert meeting is not None and item is not None and meeting.day >= TODAY
    panel = meetings.agenda_tab.notes_panel
    write_in(qtbot, panel, "Ask how many placements moved", question=True)
    assert "Question (not asked yet): Ask how many placements moved" in panel.list.item(0).text()
    assert panel.toggle.text() == "My notes on this item (1, 1 question)"

    actions = window.actions_page
    window.go_to(window.area("Actions"))
    actions.table.selectRow(0)
    action = actions.selected_row()
    assert action is not None
    write_in(
        qtbot,
        actions.notes_panel,
        "Chase the owner before the meeting",
        question=False,
        on=example.notes.where("action", action.id).label,
    )
    assert [n.text for n in example.notes.on("action", action.id)] == ["Chase the owner before the meeting"]

    window.go_to(window.area("My preparation"))
    page = window.preparation_page
    shown = [page.model.index(r, 3).data() for r in range(page.model.rowCount())]
    assert shown == [n.text for n in example.notes.preparation()]
    assert shown[0] == "Ask how many placements moved", "the next meeting's question comes first"
    assert page.model.index(0, 0).data().startswith("To ask at the next meeting")
    assert page.model.index(0, 1).data() == f"Item: {item.title}"
    assert page.model.index(0, 2).data() == "Question, not asked yet"

    page.select(example.notes.preparation()[0].id)
    qtbot.mouseClick(page.asked_button, Qt.MouseButton.LeftButton)
    question = example.notes.on("agenda_item", item.id)[0]
    assert question.asked_on == TODAY
    assert page.asked_button.text().replace("&", "") == "Not asked yet"
    qtbot.mouseClick(page.asked_button, Qt.MouseButton.LeftButton)  # undone
    assert example.notes.note(question.id).asked_on is None


def test_a_question_becomes_a_recorded_question_on_the_action_log_in_one_step(
    qtbot: QtBot, example: Desk, make_window: Callable[[Desk], MainWindow]
) -> None:
    window = make_window(example)
    next_sub_committee(window, example)
    item = window.meetings_page.agenda_tab.selected_item
    assert item is not None
    write_in(qtbot, window.meetings_page.agenda_tab.notes_panel, "Why are visits late?", question=True)
    note = example.notes.on("agenda_item", item.id)[0]
    before = len(example.actions.log())

    window.go_to(window.area("My preparation"))
    page = window.preparation_page
    assert page.select(note.id)
    qtbot.mouseClick(page.question_button, Qt.MouseButton.LeftButton)
    form = page.form
    assert isinstance(form, FormDialog) and form.isVisible()
    assert form.fields["Meeting"].currentData() == note.where.meeting_id  # type: ignore[attr-defined]
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible(), form.problem.text()

    made = example.notes.note(note.id)
    assert made.action_id is not None and made.asked_on == TODAY
    log = example.actions.log()
    assert len(log) == before + 1
    raised = next(a for a in log if a.id == made.action_id)
    assert raised.kind == "question" and raised.description == "Why are visits late?"
    assert page.model.index(page.model.row_of(note.id), 2).data() == "Question, on the action log"
    assert not page.question_button.isEnabled(), "it is on the log once"


def test_a_note_removed_from_the_panel_can_be_put_back(
    qtbot: QtBot, example: Desk, make_window: Callable[[Desk], MainWindow]
) -> None:
    window = make_window(example)
    panel = window.meetings_page.notes_panel
    write_in(qtbot, panel, "Papers came late again", question=False)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert panel.list.count() == 0 and not example.notes.preparation()
    qtbot.mouseClick(panel.put_back_button, Qt.MouseButton.LeftButton)
    assert [n.text for n in example.notes.preparation()] == ["Papers came late again"]
    assert panel.list.count() == 1


def test_my_notes_exported_are_imported_in_another_database(
    qtbot: QtBot, example: Desk, make_window: Callable[[Desk], MainWindow], tmp_path: Path
) -> None:
    window = make_window(example)
    write_in(qtbot, window.meetings_page.notes_panel, "Bring the Pledge leaflet", question=False)
    window.export_notes_action.trigger()
    assert window.file_dialog is not None
    path = tmp_path / "mine.json"
    window.file_dialog.fileSelected.emit(str(path))
    assert path.exists() and "Wrote 1 note to" in window.statusBar().currentMessage()
    assert "Only you can read the file" in window.statusBar().currentMessage()
    if os.name == "posix":
        assert path.stat().st_mode & 0o077 == 0
    window.close()

    other_path = tmp_path / "other.db"
    Desk.open(other_path).close()
    with Desk.open(other_path) as other:
        second = make_window(other)
        second.import_notes_action.trigger()
        assert second.file_dialog is not None
        second.file_dialog.fileSelected.emit(str(path))
        assert "Took in 1 note" in second.statusBar().currentMessage()
        assert [n.text for n in other.notes.preparation()] == ["Bring the Pledge leaflet"]
        page = second.preparation_page
        assert page.model.rowCount() == 1
        second.close()


def test_the_preparation_model_passes_the_model_tester(qtmodeltester: ModelTester, example: Desk) -> None:
    example.notes.set_current_user("Test Member", "member")
    meeting = example.meetings.meetings()[0]
    example.notes.add("meeting", meeting.id, "A note", is_question=True)
    model = PreparationModel()
    model.set_notes(example.notes.preparation(), meeting.id)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 1


def test_my_preparation_on_the_example_to_png(
    qtbot: QtBot, example: Desk, make_window: Callable[[Desk], MainWindow], tmp_path: Path
) -> None:
    notes = example.notes
    notes.set_current_user("Cllr Example", "member")
    upcoming = [m for m in example.meetings.meetings() if m.day >= TODAY and m.body_kind == "sub_committee"]
    items = example.agenda.items(upcoming[0].id)
    notes.add(
        "agenda_item",
        items[0].id,
        "How many young people were asked before this was written?",
        is_question=True,
    )
    notes.add("agenda_item", items[-1].id, "Read the appendix on placement moves first")
    notes.add("meeting", upcoming[-1].id, "Invite the Children in Care Council chair", is_question=True)
    action = example.actions.log()[0]
    notes.add("action", action.id, "This has been Amber for two meetings: ask why", is_question=True)
    window = make_window(example)
    window.resize(1280, 820)
    window.go_to(window.area("My preparation"))
    QApplication.processEvents()
    out = Path(os.environ.get("CPDESK_SHOTS", tmp_path)) / "my-preparation.png"
    assert window.grab().save(str(out))
    assert window.preparation_page.model.rowCount() == 4


def test_notes_on_a_commitment_a_promise_and_a_pledge_area_are_written_beside_them(
    qtbot: QtBot, strategy_db: Desk, make_window: Callable[[Desk], MainWindow]
) -> None:
    from tests.views.strategy.test_strategy_page import click_section

    window = make_window(strategy_db)
    page = window.strategy_page
    panel = page.notes_panel
    click_section(qtbot, window, "priority:2")
    assert panel.isVisible() and panel.chooser.count() == 1 + len(
        strategy_db.strategy.content().priority(2).commitments
    )
    panel.unfold()
    panel.chooser.setCurrentIndex(2)  # the second commitment
    write_in(qtbot, panel, "Is this commitment on track?", question=True)
    click_section(qtbot, window, "promises")
    assert [panel.chooser.itemText(i).split(":")[0] for i in range(3)] == [
        "Promise 1",
        "Promise 2",
        "Promise 3",
    ]
    panel.chooser.setCurrentIndex(6)
    write_in(qtbot, panel, "Ask young people about Promise 7", question=False)
    click_section(qtbot, window, "pledge")
    assert panel.chooser.itemText(0).startswith("Pledge: ")
    write_in(qtbot, panel, "Housing for care leavers", question=False)
    click_section(qtbot, window, "overview")
    assert not panel.isVisible()
    labels = {n.text: n.where.label for n in strategy_db.notes.preparation()}
    assert labels["Is this commitment on track?"] == "Priority 2, commitment 2"
    assert labels["Ask young people about Promise 7"] == "Promise 7"
    assert labels["Housing for care leavers"].startswith("Pledge: ")
    click_section(qtbot, window, "promises")
    panel.chooser.setCurrentIndex(6)
    assert panel.list.count() == 1
    assert panel.list.item(0).text().endswith("Ask young people about Promise 7")


def test_a_note_on_an_items_report_is_chosen_beside_the_item(
    qtbot: QtBot, example: Desk, make_window: Callable[[Desk], MainWindow]
) -> None:
    window = make_window(example)
    tab = window.meetings_page.agenda_tab
    window.go_to(window.area("Meetings"))
    meeting = example.meetings.find("next")
    window.meetings_page.select_meeting(meeting.id)
    with_report = next(i for i in example.agenda.items(meeting.id) if i.has_report)
    tab.select_item(with_report.id)
    qtbot.waitUntil(lambda: tab.notes_panel.chooser.count() == 2)
    assert tab.notes_panel.chooser.itemText(1) == f"The report under item {with_report.number}"
    tab.notes_panel.unfold()
    tab.notes_panel.chooser.setCurrentIndex(1)
    write_in(qtbot, tab.notes_panel, "The finance section is thin", question=False)
    (note,) = [n for n in example.notes.preparation() if n.text == "The finance section is thin"]
    assert note.target_kind == "report" and note.where.item_id == with_report.id
