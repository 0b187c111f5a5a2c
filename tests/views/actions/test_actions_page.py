"""The Actions page as the chair uses it: filter, sort, open an action's history, update, answer, export."""

from __future__ import annotations

import csv
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from cpdesk.domain.actions import ActionRow
from cpdesk.domain.desk import Desk
from cpdesk.views.actions.model import (
    COL_DUE,
    COL_RAG,
    COL_RAISED,
    COL_REFERENCE,
    COL_STATUS,
    ROW_ROLE,
    SORT_ROLE,
    ActionFilter,
    ActionFilterProxy,
    ActionLogModel,
)
from cpdesk.views.actions.page import ActionsPage
from cpdesk.views.common.changes import ACTIONS, PEOPLE, STRATEGY, ChangeHub
from cpdesk.views.common.confirm import AutoConfirmer
from cpdesk.views.common.tasks import SynchronousRunner
from tests.conftest import database_dump
from tests.helpers import Clock

TODAY = date(2025, 10, 15)  # after the third meeting of the year (30 September)


@dataclass
class Log:
    """What the chair's year so far raised, by name."""

    meetings: list[UUID]
    ids: dict[str, UUID]
    officer: UUID
    other_officer: UUID
    clinical_team: UUID


@pytest.fixture
def clock() -> Clock:
    return Clock(date(2025, 6, 10))


@pytest.fixture
def desk(_strategy_template: Path, db_path: Path, clock: Clock) -> Iterator[Desk]:
    shutil.copyfile(_strategy_template, db_path)
    opened = Desk.open(db_path, today=clock)
    yield opened
    opened.close()


@pytest.fixture
def log(desk: Desk, clock: Clock) -> Log:
    """Three meetings' actions in every state, raised and followed up through the domain."""
    body = desk.people.body("sub_committee").id
    meetings = [m.id for m in desk.meetings.create_series(body, date(2025, 6, 10), every_weeks=8)]
    first, second, third = meetings[:3]  # 10 June, 5 August, 30 September
    officer = desk.people.add_officer("Dr Example", "Designated Doctor").id
    other = desk.people.add_officer("Ann Other", "Head of Service").id
    member = desk.people.add_member("Cllr Q").id
    clinical = next(t.id for t in desk.people.teams() if t.name == "Clinical team")
    priority = {
        t.label.split(":")[0]: t.target_id for t in desk.agenda.link_targets() if t.kind == "priority"
    }
    raise_ = desk.actions.raise_action
    ids = {
        "iha": raise_(
            first,
            "Report IHA timeliness by month",
            owner_id=officer,
            team_id=clinical,
            due=date(2025, 7, 31),
            links=[("priority", priority["Priority 3"])],
        ).id,
        "survey": raise_(
            first,
            "Circulate the Bright Spots survey results",
            owner_id=other,
            due=date(2025, 12, 31),
            links=[("priority", priority["Priority 1"])],
        ).id,
        "question": raise_(
            first,
            "How many care leavers are at university?",
            kind="question",
            raised_by=member,
            owner_id=other,
            due=date(2025, 11, 1),
        ).id,
        "visit": raise_(
            second, "Arrange a visit to the new children's home", owner_id=other, due=date(2025, 10, 20)
        ).id,
        "done": raise_(
            second, "Send members the placement figures", owner_id=officer, due=date(2025, 9, 1)
        ).id,
        "plan": raise_(
            third,
            "Bring the sufficiency plan",
            team_id=clinical,
            due=date(2026, 1, 31),
            links=[("priority", priority["Priority 2"])],
        ).id,
        "loose": raise_(third, "Find out who owns the transport policy").id,
    }
    clock.today = date(2025, 7, 1)
    desk.actions.add_update(
        ids["iha"], "Data requested from the health trust.", status="in_progress", author="Clerk"
    )
    clock.today = date(2025, 8, 20)
    desk.actions.add_update(ids["done"], "Figures circulated to members.", status="completed")
    clock.today = TODAY
    return Log(meetings, ids, officer, other, clinical)


@pytest.fixture
def page(qtbot: QtBot, desk: Desk, log: Log) -> ActionsPage:
    made = ActionsPage(desk, ChangeHub(), SynchronousRunner(), AutoConfirmer())
    qtbot.addWidget(made)
    made.resize(1100, 760)
    made.show()
    qtbot.waitExposed(made)
    return made


def shown(page: ActionsPage, column: int = COL_REFERENCE) -> list[str]:
    proxy = page.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def references(desk: Desk, log: Log, *names: str) -> list[str]:
    return [desk.actions.row(log.ids[name]).reference for name in names]


def choose(box: QComboBox, text: str) -> None:
    """Pick an entry as a user would, by what it says."""
    row = box.findText(text, Qt.MatchFlag.MatchStartsWith)
    assert row >= 0, f"{text!r} is not offered: {[box.itemText(n) for n in range(box.count())]}"
    box.setCurrentIndex(row)


def click_row(qtbot: QtBot, page: ActionsPage, reference: str) -> None:
    row = shown(page).index(reference)
    index = page.proxy.index(row, COL_REFERENCE)
    page.table.scrollTo(index)
    qtbot.mouseClick(
        page.table.viewport(), Qt.MouseButton.LeftButton, pos=page.table.visualRect(index).center()
    )
    assert page.selected_row() is not None and page.selected_row().reference == reference  # type: ignore[union-attr]


def click_header(qtbot: QtBot, page: ActionsPage, column: int) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


# --- the models ---


def test_the_action_log_model_passes_the_model_tester(
    qtmodeltester: ModelTester, desk: Desk, log: Log
) -> None:
    model = ActionLogModel()
    model.set_rows(desk.actions.log())
    qtmodeltester.check(model, force_py=True)
    model.sort(COL_RAG, Qt.SortOrder.DescendingOrder)
    model.set_rows(desk.actions.log())
    assert isinstance(model.index(0, COL_REFERENCE).data(ROW_ROLE), ActionRow)
    assert model.headerData(COL_RAG, Qt.Orientation.Horizontal) == "RAG"


def test_the_filter_proxy_passes_the_model_tester(qtmodeltester: ModelTester, desk: Desk, log: Log) -> None:
    # One tester watches one model: checking the model and the proxy together would see each change twice.
    model = ActionLogModel()
    model.set_rows(desk.actions.log())
    proxy = ActionFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filter(ActionFilter(open_only=True))
    qtmodeltester.check(proxy, force_py=True)
    proxy.sort(COL_RAG, Qt.SortOrder.DescendingOrder)
    proxy.set_filter(ActionFilter(text="report"))
    model.set_rows(desk.actions.log())
    assert proxy.rowCount() == 1


def test_sorting_uses_real_values_and_the_rag_order(desk: Desk, log: Log) -> None:
    model = ActionLogModel()
    model.set_rows(desk.actions.log())
    model.sort(COL_RAG)
    rags = [model.index(row, COL_RAG).data() for row in range(model.rowCount())]
    assert rags == ["Red", "Amber", "Amber", "Amber", "Green", "Green", "Completed"]
    model.sort(COL_DUE)
    dues = [model.index(row, COL_DUE).data(SORT_ROLE) for row in range(model.rowCount())]
    # As dates, not as words: "1 Nov 2025" comes after "20 Oct 2025"; no due date comes last.
    assert dues == [
        date(2025, 7, 31),
        date(2025, 9, 1),
        date(2025, 10, 20),
        date(2025, 11, 1),
        date(2025, 12, 31),
        date(2026, 1, 31),
        None,
    ]
    model.sort(COL_DUE, Qt.SortOrder.DescendingOrder)
    assert model.index(0, COL_DUE).data() == "31 Jan 2026"
    assert model.index(model.rowCount() - 1, COL_DUE).data() == "", "blanks stay last either way"
    model.sort(COL_STATUS)
    assert model.index(0, COL_STATUS).data() == "Open"
    assert model.index(model.rowCount() - 1, COL_STATUS).data() == "Completed"


def test_the_rag_is_a_word_with_a_tint_that_reads_in_greyscale(desk: Desk, log: Log) -> None:
    model = ActionLogModel()
    model.set_rows(desk.actions.log())
    for row in range(model.rowCount()):
        index = model.index(row, COL_RAG)
        assert index.data() in {"Red", "Amber", "Green", "Completed", "Closed"}
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        if background is not None:
            assert background.color().lightness() > 170, "a light tint under black text"
            assert index.data(Qt.ItemDataRole.ForegroundRole).color().lightness() == 0
        assert index.data(Qt.ItemDataRole.ToolTipRole).startswith(index.data())


def test_each_filter_part_narrows_the_list(desk: Desk, log: Log) -> None:
    model = ActionLogModel()
    model.set_rows(desk.actions.log())
    proxy = ActionFilterProxy()
    proxy.setSourceModel(model)

    def refs(**parts: Any) -> set[str]:
        proxy.set_filter(ActionFilter(**parts))
        return {proxy.index(row, COL_REFERENCE).data() for row in range(proxy.rowCount())}

    assert len(refs()) == 7
    assert refs(open_only=True) == set(
        references(desk, log, "iha", "survey", "question", "visit", "plan", "loose")
    )
    assert refs(meeting_id=log.meetings[1]) == set(references(desk, log, "visit", "done"))
    assert refs(owner_id=log.clinical_team) == set(references(desk, log, "iha", "plan"))
    assert refs(owner_id=log.officer) == set(references(desk, log, "iha", "done"))
    assert refs(owner_id="no owner") == set(references(desk, log, "loose"))
    assert refs(priority=3) == set(references(desk, log, "iha"))
    assert refs(status="completed") == set(references(desk, log, "done"))
    assert refs(rag="Red") == set(references(desk, log, "iha"))
    assert refs(text="BRIGHT spots") == set(references(desk, log, "survey"))
    assert refs(text="university", rag="Amber", open_only=True) == set(references(desk, log, "question"))
    assert refs(text="nothing like this") == set()
    assert proxy.shown_rows() == []


def test_filtering_and_sorting_touch_no_database(
    desk: Desk, log: Log, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = ActionLogModel()
    model.set_rows(desk.actions.log())
    proxy = ActionFilterProxy()
    proxy.setSourceModel(model)
    queries: list[str] = []
    original = desk.db.execute_sql
    monkeypatch.setattr(
        desk.db, "execute_sql", lambda sql, *a, **k: (queries.append(sql), original(sql, *a, **k))[1]
    )
    proxy.set_filter(ActionFilter(open_only=True, text="report"))
    proxy.sort(COL_DUE)
    for row in range(proxy.rowCount()):
        for column in range(proxy.columnCount()):
            proxy.index(row, column).data()
    assert queries == []


# --- the page ---


def test_the_page_opens_on_the_open_actions_oldest_first(page: ActionsPage, desk: Desk, log: Log) -> None:
    assert page.open_only_box.isChecked()
    assert page.count_label.text() == "6 actions shown of 7"
    assert shown(page, COL_RAISED)[0] == "10 Jun 2025" and shown(page, COL_RAISED)[-1] == "30 Sep 2025"
    assert page.table.horizontalHeader().sortIndicatorSection() == COL_RAISED
    assert page.sort_box.currentText() == "Raised at"
    assert "Choose an action" in page.detail.toPlainText()
    assert not page.update_button.isEnabled()


def test_the_chair_filters_with_the_real_controls(
    qtbot: QtBot, page: ActionsPage, desk: Desk, log: Log
) -> None:
    choose(page.rag_box, "Amber")
    assert sorted(shown(page)) == sorted(references(desk, log, "survey", "question", "visit"))
    assert page.count_label.text() == "3 actions shown of 7"
    choose(page.owner_box, "Ann Other")
    assert sorted(shown(page)) == sorted(references(desk, log, "survey", "question", "visit"))
    choose(page.priority_box, "1.")
    assert shown(page) == references(desk, log, "survey")
    page.reset_filters()
    assert page.count_label.text() == "6 actions shown of 7"

    choose(page.owner_box, "Clinical team (team)")
    assert sorted(shown(page)) == sorted(references(desk, log, "iha", "plan"))
    choose(page.owner_box, "Anyone")
    choose(page.meeting_box, "5 August 2025")
    assert shown(page) == references(desk, log, "visit"), "open only: the completed one is left out"
    choose(page.status_box, "Completed")
    assert not page.open_only_box.isChecked(), "asking for completed ones turns Open only off"
    assert shown(page) == references(desk, log, "done")
    page.open_only_box.setChecked(True)
    assert page.status_box.currentText() == "Any status"
    assert shown(page) == references(desk, log, "visit")
    page.reset_filters()
    qtbot.keyClicks(page.search_edit, "bright spots")
    assert shown(page) == references(desk, log, "survey")
    assert page.count_label.text() == "1 action shown of 7"


def test_the_table_sorts_by_clicking_a_header_and_by_keyboard(qtbot: QtBot, page: ActionsPage) -> None:
    header = page.table.horizontalHeader()
    click_header(qtbot, page, COL_RAG)
    assert header.sortIndicatorSection() == COL_RAG
    assert shown(page, COL_RAG) == ["Red", "Amber", "Amber", "Amber", "Green", "Green"]
    assert page.sort_box.currentText() == "RAG"

    page.sort_box.setFocus()
    qtbot.keyClick(page.sort_box, Qt.Key.Key_Home)
    assert page.sort_box.currentText() == "Reference"
    qtbot.keyClick(page.descending_box, Qt.Key.Key_Space)
    assert page.descending_box.isChecked()
    refs = shown(page)
    assert refs == sorted(refs, reverse=True)
    assert header.sortIndicatorSection() == COL_REFERENCE
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_an_action_raised_two_meetings_ago_shows_its_history(
    qtbot: QtBot, page: ActionsPage, desk: Desk, log: Log
) -> None:
    (reference,) = references(desk, log, "iha")
    click_row(qtbot, page, reference)
    detail = page.detail.toPlainText()
    for words in (
        f"Action {reference}",
        "Report IHA timeliness by month",
        "Corporate Parenting Sub-Committee, 10 June 2025",
        "Dr Example, Clinical team",
        "31 July 2025",
        "In progress",
        "Red: Overdue since 1 August 2025 (it was due by 31 July 2025)",
        "Priority 3",
    ):
        assert words in detail, words
    history = page.history.toPlainText()
    assert "1 update, oldest first" in history
    assert history.index("10 June 2025") < history.index("1 July 2025")
    assert "Data requested from the health trust." in history and "Clerk" in history
    assert page.update_button.isEnabled() and page.reassign_button.isEnabled()
    assert not page.answer_button.isEnabled(), "only a question is answered"


def test_an_update_through_the_dialog_changes_status_and_rag(
    qtbot: QtBot, page: ActionsPage, desk: Desk, log: Log
) -> None:
    (reference,) = references(desk, log, "iha")
    click_row(qtbot, page, reference)
    qtbot.mouseClick(page.update_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.fields["New status"].currentText() == "In progress"  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.fields["Update"], "Report received and discussed; done.")
    choose(dialog.fields["New status"], "Completed")  # type: ignore[arg-type]
    qtbot.keyClicks(dialog.fields["Who gives the update"], "Dr Example")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    stored = desk.actions.row(log.ids["iha"])
    assert (stored.status, stored.rag, stored.last_update) == ("completed", "Completed", TODAY)
    assert reference not in shown(page), "done, so Open only leaves it out"
    page.open_only_box.setChecked(False)
    row = shown(page).index(reference)
    assert page.proxy.index(row, COL_STATUS).data() == "Completed"
    assert page.proxy.index(row, COL_RAG).data() == "Completed"
    assert page.note.text() == f"Updated {reference}: now Completed, RAG Completed."
    click_row(qtbot, page, reference)
    assert "Report received and discussed; done." in page.history.toPlainText()
    assert "15 October 2025 – Completed – Dr Example" in page.history.toPlainText()


def test_a_refused_update_says_why_and_changes_nothing(
    qtbot: QtBot, page: ActionsPage, desk: Desk, log: Log
) -> None:
    click_row(qtbot, page, references(desk, log, "survey")[0])
    before = database_dump(desk)
    qtbot.mouseClick(page.update_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # nothing written
    assert dialog.message is not None and dialog.message.isVisible()
    assert dialog.message.text() == "Write what the update says."
    assert "Nothing was changed." in dialog.message.informativeText()
    assert dialog.isVisible(), "the form stays open so nothing typed is lost"
    assert database_dump(desk) == before
    dialog.message.close()
    dialog.reject()


def test_a_question_is_answered_through_its_dialog(
    qtbot: QtBot, page: ActionsPage, desk: Desk, log: Log
) -> None:
    (reference,) = references(desk, log, "question")
    click_row(qtbot, page, reference)
    assert "Raised by" in page.detail.toPlainText() and "Cllr Q" in page.detail.toPlainText()
    assert page.answer_button.isEnabled()
    qtbot.mouseClick(page.answer_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None and dialog.windowTitle() == f"Answer question {reference}"
    qtbot.keyClicks(dialog.fields["Answer"], "Fourteen, of whom six are in their first year.")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    stored = desk.actions.row(log.ids["question"])
    assert (stored.status, stored.answer) == ("completed", "Fourteen, of whom six are in their first year.")
    page.open_only_box.setChecked(False)
    click_row(qtbot, page, reference)
    assert "Fourteen, of whom six are in their first year." in page.detail.toPlainText()
    assert not page.answer_button.isEnabled()


def test_an_amber_action_says_which_rule_made_it_amber(
    qtbot: QtBot, page: ActionsPage, desk: Desk, log: Log
) -> None:
    """The RAG cell stays one word; its tooltip, what a screen reader hears and the detail say why."""
    choose(page.rag_box, "Amber")
    visit, survey = references(desk, log, "visit", "survey")
    ambers = shown(page)
    assert visit in ambers and survey in ambers
    reasons = {}
    for reference in (visit, survey):
        index = page.proxy.index(ambers.index(reference), COL_RAG)
        assert index.data() == "Amber"
        reasons[reference] = index.data(Qt.ItemDataRole.AccessibleDescriptionRole)
        assert index.data(Qt.ItemDataRole.ToolTipRole) == f"Amber: {reasons[reference]}"
    # The visit is due on 20 October, five days after today; it was raised on 5 August and never updated,
    # so it meets both rules, and both are named.
    assert reasons[visit] == (
        "Due within 14 days (by 20 October 2025, in 5 days); "
        "and No update for 60 days (last on 5 August 2025, 71 days ago)"
    )
    # The survey is not due until December: only the silence since 10 June makes it Amber.
    assert reasons[survey] == "No update for 60 days (last on 10 June 2025, 127 days ago)"
    click_row(qtbot, page, survey)
    assert "RAG Amber: No update for 60 days (last on 10 June 2025" in page.detail.toPlainText().replace(
        "\n", " "
    ).replace("\t", " ")


def test_an_action_is_reassigned_with_a_new_owner_and_due_date(
    qtbot: QtBot, page: ActionsPage, desk: Desk, log: Log
) -> None:
    (reference,) = references(desk, log, "loose")
    click_row(qtbot, page, reference)
    qtbot.mouseClick(page.reassign_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None
    assert dialog.fields["No due date"].isChecked()  # type: ignore[attr-defined]
    choose(dialog.fields["Officer"], "Ann Other")  # type: ignore[arg-type]
    choose(dialog.fields["Team"], "Clinical team")  # type: ignore[arg-type]
    dialog.fields["No due date"].setChecked(False)  # type: ignore[attr-defined]
    dialog.fields["Due date"].setDate(date(2025, 10, 24))  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.fields["Who made the change (kept in its history)"], "Chair")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    stored = desk.actions.row(log.ids["loose"])
    history = [(u.text, u.author) for u in desk.actions.detail(log.ids["loose"]).updates][-3:]
    assert history == [
        ("Owner changed from nobody to Ann Other", "Chair"),
        ("Team changed from no team to Clinical team", "Chair"),
        ("Due date changed from no date to 24 October 2025", "Chair"),
    ]
    assert (stored.owner_id, stored.team_id, stored.due) == (
        log.other_officer,
        log.clinical_team,
        date(2025, 10, 24),
    )
    assert stored.rag == "Amber", "due within 14 days"
    row = shown(page).index(reference)
    assert page.proxy.index(row, COL_DUE).data() == "24 Oct 2025"
    assert page.selected_row() is not None and page.selected_row().reference == reference  # type: ignore[union-attr]


def test_the_rows_shown_export_as_csv_through_the_file_dialog(
    qtbot: QtBot, page: ActionsPage, desk: Desk, log: Log, tmp_path: Path
) -> None:
    choose(page.owner_box, "Ann Other")
    choose(page.sort_box, "Due")
    expected = shown(page)
    assert len(expected) == 3
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    dialog = page.file_dialog
    assert dialog is not None and dialog.isVisible()
    out = tmp_path / "chair.csv"
    dialog.selectFile(str(out))
    dialog.accept()
    with out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["reference"] for r in rows] == expected, "the rows shown, in the order shown"
    assert {r["owner"] for r in rows} == {"Ann Other"}
    assert [r["rag"] for r in rows] == ["Amber", "Amber", "Amber"]
    assert rows[0]["rag_reason"].startswith("Due within 14 days (by 20 October 2025")
    assert rows[0]["due_date"] == "2025-10-20" and rows[0]["status"] == "Open"
    assert page.note.text() == f"Wrote 3 actions to {out}."


def test_an_export_that_cannot_be_written_says_so(page: ActionsPage, tmp_path: Path) -> None:
    page.export_csv(tmp_path / "no such folder" / "out.csv")
    assert page.message is not None and page.message.isVisible()
    assert page.message.windowTitle() == "The actions were not exported"
    assert "Nothing was changed." in page.message.informativeText()
    page.message.close()


def test_the_page_refreshes_for_actions_people_and_meetings_only(
    page: ActionsPage, desk: Desk, log: Log
) -> None:
    hub: ChangeHub = page._hub  # the page's own hub, as the window would share it
    desk.actions.raise_action(log.meetings[2], "Raised elsewhere")
    hub.announce(STRATEGY)
    assert page.count_label.text() == "6 actions shown of 7"
    hub.announce(ACTIONS)
    assert page.count_label.text() == "7 actions shown of 8"
    desk.people.update_person(log.other_officer, name="Ann Renamed")
    hub.announce(PEOPLE)
    assert page.owner_box.findText("Ann Renamed") >= 0


def test_the_chosen_action_stays_chosen_through_a_refresh_and_a_sort(
    qtbot: QtBot, page: ActionsPage, desk: Desk, log: Log
) -> None:
    (reference,) = references(desk, log, "plan")
    click_row(qtbot, page, reference)
    page.table.sortByColumn(COL_RAG, Qt.SortOrder.AscendingOrder)
    assert page.selected_row().reference == reference  # type: ignore[union-attr]
    page._hub.announce(ACTIONS)
    assert page.selected_row().reference == reference  # type: ignore[union-attr]
    assert reference in page.detail.toPlainText()


def test_every_control_has_a_name_a_label_and_a_place_in_the_tab_order(
    qtbot: QtBot, page: ActionsPage
) -> None:
    controls = [
        page.meeting_box,
        page.owner_box,
        page.priority_box,
        page.open_only_box,
        page.status_box,
        page.rag_box,
        page.search_edit,
        page.reset_button,
        page.sort_box,
        page.descending_box,
        page.export_button,
        page.table,
    ]
    for control in controls:
        assert control.accessibleName(), control
    buddies = {label.buddy() for label in page.findChildren(QLabel) if label.buddy() is not None}
    for box in (
        page.meeting_box,
        page.owner_box,
        page.priority_box,
        page.status_box,
        page.rag_box,
        page.search_edit,
    ):
        assert box in buddies
    page.meeting_box.setFocus()
    qtbot.waitUntil(page.meeting_box.hasFocus, timeout=2000)
    reached: list[QWidget] = []
    for _ in range(len(controls)):
        reached.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert reached == controls


def test_alt_c_goes_to_the_search_box(qtbot: QtBot, page: ActionsPage) -> None:
    """Ctrl+F searches everything (the window's); the page's own box is its label's Alt+C."""
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus, timeout=2000)
    qtbot.keyClick(page.table, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    assert page.search_edit.hasFocus()


def test_the_keyboard_opens_an_update_from_the_table(qtbot: QtBot, page: ActionsPage) -> None:
    page.table.setFocus()
    page.table.setCurrentIndex(page.proxy.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.dialog is not None and page.dialog.isVisible()
    page.dialog.reject()


def test_a_new_action_is_raised_at_the_meeting_chosen_in_the_filter(
    qtbot: QtBot, page: ActionsPage, desk: Desk, log: Log
) -> None:
    choose(page.meeting_box, "30 September 2025")
    choose(page.rag_box, "Red")  # a filter the new action will not pass
    qtbot.mouseClick(page.raise_button, Qt.MouseButton.LeftButton)
    dialog = page.raise_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.meeting_box.currentText().endswith("30 September 2025")
    qtbot.keyClicks(dialog.description_edit, "Invite the Virtual School head to the next meeting")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    raised = [r for r in desk.actions.raised_at(log.meetings[2]) if r.description.startswith("Invite")]
    assert len(raised) == 1
    assert page.selected_row() is not None and page.selected_row().id == raised[0].id  # type: ignore[union-attr]
    assert page.rag_box.currentText() == "Any RAG", "the filters made way so the new action shows"
    assert page.note.text().startswith(f"Raised {raised[0].reference}: Invite the Virtual School head")


def test_a_reload_is_one_domain_call_and_one_look_up_of_the_chosen_action(
    qtbot: QtBot, page: ActionsPage, desk: Desk, log: Log, monkeypatch: pytest.MonkeyPatch
) -> None:
    click_row(qtbot, page, references(desk, log, "plan")[0])
    calls: list[str] = []
    for name in ("log", "detail"):
        original = getattr(desk.actions, name)

        def counted(*args: Any, _name: str = name, _call: Any = original, **kwargs: Any) -> Any:
            calls.append(f"{_name} of one" if kwargs.get("where") is not None else _name)
            return _call(*args, **kwargs)

        monkeypatch.setattr(desk.actions, name, counted)
    page._hub.announce(ACTIONS)
    assert calls.count("log") == 1, "the whole log is read once"
    assert calls.count("detail") == 1, "and the chosen action's history once"


def test_the_log_loads_in_the_background_with_the_real_worker(qtbot: QtBot, desk: Desk, log: Log) -> None:
    from cpdesk.views.common.tasks import TaskRunner

    runner = TaskRunner()
    page = ActionsPage(desk, ChangeHub(), runner, AutoConfirmer())
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.count_label.text() == "6 actions shown of 7", timeout=5000)
    page.refresh()
    page.refresh()  # only the latest reload is shown
    qtbot.waitUntil(lambda: runner.wait(0), timeout=5000)
    assert page.count_label.text() == "6 actions shown of 7"
    runner.wait()
