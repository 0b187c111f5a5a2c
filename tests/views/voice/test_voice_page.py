"""The Young people's voice page as a clerk uses it: record, take, respond, act, tell, close, print."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from uuid import UUID

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from cpdesk.domain.desk import Desk
from cpdesk.views.common.changes import ChangeHub
from cpdesk.views.common.confirm import AutoConfirmer
from cpdesk.views.common.tasks import SynchronousRunner
from cpdesk.views.voice.model import LedgerModel, LedgerProxy
from cpdesk.views.voice.page import VoicePage
from tests.helpers import Clock


@dataclass
class Cycle:
    yp_march: UUID
    committee_march: UUID
    feedback_march: UUID
    officer: UUID


@pytest.fixture
def clock() -> Clock:
    return Clock(date(2026, 3, 1))


@pytest.fixture
def desk(_strategy_template: Path, db_path: Path, clock: Clock) -> Iterator[Desk]:
    shutil.copyfile(_strategy_template, db_path)
    opened = Desk.open(db_path, today=clock)
    yield opened
    opened.close()


@pytest.fixture
def cycle(desk: Desk, clock: Clock) -> Cycle:
    yp = desk.people.body("young_people").id
    sub = desk.people.body("sub_committee").id
    yp_march = desk.meetings.create_meeting(yp, date(2026, 3, 3)).id
    committee = desk.meetings.create_meeting(sub, date(2026, 3, 10)).id
    items = desk.agenda.build_from_template(committee)
    feedback = next(i.id for i in items if i.standing_kind == "young_people")
    officer = desk.people.add_officer("Alex Officer", "Participation lead").id
    clock.today = date(2026, 3, 20)
    return Cycle(yp_march, committee, feedback, officer)


@pytest.fixture
def confirmer() -> AutoConfirmer:
    return AutoConfirmer()


@pytest.fixture
def page(qtbot: QtBot, desk: Desk, cycle: Cycle, confirmer: AutoConfirmer) -> VoicePage:
    made = VoicePage(desk, ChangeHub(), SynchronousRunner(), confirmer)
    qtbot.addWidget(made)
    made.resize(1200, 800)
    made.show()
    qtbot.waitExposed(made)
    return made


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(qtbot: QtBot, field: QWidget, text: str) -> None:
    if isinstance(field, QComboBox):
        field.lineEdit().clear()  # type: ignore[union-attr]
        qtbot.keyClicks(field.lineEdit(), text)
    else:
        if isinstance(field, QPlainTextEdit):
            field.clear()
        qtbot.keyClicks(field, text)


def choose(box: QComboBox, text: str) -> None:
    index = box.findText(text, Qt.MatchFlag.MatchContains)
    assert index >= 0, (text, [box.itemText(i) for i in range(box.count())])
    box.setCurrentIndex(index)


def record(qtbot: QtBot, page: VoicePage, words: str, who: str = "", kind: str = "A group") -> None:
    click(qtbot, page.record_button)
    form = page.dialog
    assert form is not None and form.isVisible()
    choose(form.fields["Raised by"], kind)  # type: ignore[arg-type]
    if who:
        type_into(qtbot, form.fields["Group name, first name or initials"], who)
    type_into(qtbot, form.fields["What young people said"], words)
    type_into(qtbot, form.fields["Theme"], "Money")
    click(qtbot, form.ok_button)


def test_the_whole_loop_through_the_page(
    qtbot: QtBot, page: VoicePage, desk: Desk, cycle: Cycle, clock: Clock
) -> None:
    record(qtbot, page, "We want more say in how pocket money is decided.")
    (c,) = desk.challenges.challenges()
    assert (c.raised_by, c.raised_by_kind, c.theme, c.raised_at_id) == (
        "Children in Care Council",
        "group",
        "Money",
        cycle.yp_march,
    )
    assert page.selected_id() == c.id
    assert "We want more say in how pocket money" in page.detail.toPlainText()

    click(qtbot, page.take_button)  # the March feedback item is chosen for the clerk
    click(qtbot, page.dialog.ok_button)  # type: ignore[union-attr]
    assert desk.challenges.challenge(c.id).agenda_item_id == cycle.feedback_march

    click(qtbot, page.response_button)
    type_into(qtbot, page.dialog.fields["Response (We will)"], "We will ask you before setting the rates.")  # type: ignore[union-attr]
    click(qtbot, page.dialog.ok_button)  # type: ignore[union-attr]
    assert desk.challenges.challenge(c.id).status == "response_agreed"

    action = desk.actions.raise_action(cycle.committee_march, "Consult young people on pocket money")
    page._hub.announce("actions")
    click(qtbot, page.link_button)
    choose(page.dialog.fields["Action"], action.reference)  # type: ignore[arg-type, union-attr]
    click(qtbot, page.dialog.ok_button)  # type: ignore[union-attr]
    assert [a.id for a in desk.challenges.challenge(c.id).actions] == [action.id]
    assert action.reference in page.detail.toPlainText()

    click(qtbot, page.told_button)
    type_into(qtbot, page.dialog.fields["How young people were told"], "At their April meeting")  # type: ignore[union-attr]
    click(qtbot, page.dialog.ok_button)  # type: ignore[union-attr]
    assert desk.challenges.challenge(c.id).told_how == "At their April meeting"

    click(qtbot, page.done_button)
    click(qtbot, page.dialog.ok_button)  # type: ignore[union-attr]
    closed = desk.challenges.challenge(c.id)
    assert closed.status == "done"
    assert page.model.rows[0].status_label == "Done"
    assert page.note.text().startswith(f"Closed {c.reference}")


def test_close_is_refused_with_the_domains_words_before_young_people_are_told(
    qtbot: QtBot, page: VoicePage, desk: Desk
) -> None:
    record(qtbot, page, "We want more say in how pocket money is decided.")
    click(qtbot, page.not_possible_button)
    form = page.dialog
    type_into(qtbot, form.fields["Why it is not possible"], "The budget is set for this year.")  # type: ignore[union-attr]
    click(qtbot, form.ok_button)  # type: ignore[union-attr]
    assert form is not None and form.isVisible()
    assert form.problem.isVisible()
    assert "Young people have not been told yet" in form.problem.text()
    assert desk.challenges.challenges()[0].status == "raised"


def test_a_full_name_is_named_and_change_it_keeps_the_form_with_the_text(
    qtbot: QtBot, page: VoicePage, desk: Desk, confirmer: AutoConfirmer
) -> None:
    confirmer.answer = False  # "Cancel": go back and change it
    record(qtbot, page, "Jane Smith says the bus pass is too dear.")
    form = page.dialog
    assert confirmer.asked == ["Words that may identify a young person"]
    assert form is not None and form.isVisible()
    assert form.fields["What young people said"].toPlainText() == "Jane Smith says the bus pass is too dear."  # type: ignore[attr-defined]
    assert [f.words for f in form.findings] == ["Jane Smith"]  # type: ignore[attr-defined]
    assert desk.challenges.challenges() == []
    confirmer.answer = True  # "Save anyway"
    click(qtbot, form.ok_button)
    assert not form.isVisible()
    assert [c.you_said for c in desk.challenges.challenges()] == ["Jane Smith says the bus pass is too dear."]


def test_the_question_names_the_words(qtbot: QtBot, page: VoicePage) -> None:
    asked: list[str] = []

    class Recording(AutoConfirmer):
        def ask(self, parent, title, text, yes, on_yes):  # type: ignore[no-untyped-def]
            asked.append(text)

    page._confirmer = Recording()
    record(qtbot, page, "Jane Smith says the bus pass is too dear.")
    assert asked and asked[0].startswith("“Jane Smith” looks like a full name")
    assert "Save anyway" in asked[0]


def test_a_young_persons_full_name_is_refused_in_the_form_and_nothing_saved(
    qtbot: QtBot, page: VoicePage, desk: Desk, confirmer: AutoConfirmer
) -> None:
    record(qtbot, page, "We want wifi in every home.", who="Tom Jones", kind="A young person")
    form = page.dialog
    assert form is not None and form.isVisible()
    assert form.problem.isVisible()
    assert "“Tom Jones” looks like a full name" in form.problem.text()
    assert "“Tom” or “T.J.”" in form.problem.text()
    assert desk.challenges.challenges() == []
    assert confirmer.asked == [], "refused before anything is asked"


def test_filters_narrow_the_ledger(qtbot: QtBot, page: VoicePage, desk: Desk, cycle: Cycle) -> None:
    service = desk.challenges
    money = service.raise_challenge(cycle.yp_march, "More pocket money.", theme="Money")
    service.raise_challenge(cycle.yp_march, "Better wifi.", theme="Wifi")
    service.take_to(money.id, cycle.feedback_march)
    page._hub.announce("challenges")
    assert page.proxy.rowCount() == 2
    choose(page.theme_box, "Wifi")
    assert [page.proxy.challenge(r).you_said for r in range(page.proxy.rowCount())] == ["Better wifi."]  # type: ignore[union-attr]
    page.clear_filters()
    choose(page.status_box, "Taken to committee")
    assert page.proxy.rowCount() == 1
    assert page.count_label.text() == "1 challenge shown of 2"
    page.clear_filters()
    choose(page.meeting_box, "Sub-Committee")
    assert page.proxy.challenge(0).id == money.id and page.proxy.rowCount() == 1  # type: ignore[union-attr]
    page.clear_filters()
    choose(page.priority_box, "Priority 1")
    assert page.proxy.rowCount() == 0


def test_the_ledger_model_passes_the_model_tester(
    qtmodeltester: ModelTester, desk: Desk, cycle: Cycle
) -> None:
    desk.challenges.raise_challenge(cycle.yp_march, "More pocket money.", theme="Money")
    desk.challenges.raise_challenge(cycle.yp_march, "Better wifi.")
    model = LedgerModel()
    model.set_rows(desk.challenges.challenges())
    qtmodeltester.check(model)
    proxy = LedgerProxy()
    proxy.setSourceModel(model)
    proxy.sort(4)
    qtmodeltester.check(proxy)


def test_you_said_we_did_warns_of_a_hard_sentence_then_writes_the_pdf(
    qtbot: QtBot, page: VoicePage, desk: Desk, cycle: Cycle, confirmer: AutoConfirmer, tmp_path: Path
) -> None:
    c = desk.challenges.raise_challenge(cycle.yp_march, "We want more pocket money.", theme="Money")
    desk.challenges.take_to(c.id, cycle.feedback_march)
    desk.challenges.record_response(
        c.id,
        "The Corporate Parenting Sub-Committee will investigate the comparative affordability of "
        "alternative allowance arrangements across neighbouring authorities.",
    )
    page._hub.announce("challenges")
    out = tmp_path / "sheet.pdf"
    qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    form = page.dialog
    assert form is not None and form.isVisible()
    form.fields["Save as"].setText(str(out))  # type: ignore[attr-defined]
    click(qtbot, form.ok_button)
    assert confirmer.asked == ["Some sentences may be hard to read"]
    assert page.hard and page.hard[0].sentence.startswith("The Corporate Parenting")
    assert out.read_bytes().startswith(b"%PDF")
    assert page.note.text().startswith("Saved “You said, we did” (1 page, 1 challenge)")
    assert str(out) in page.note.text()


def test_going_back_from_the_hard_sentences_prints_nothing(
    qtbot: QtBot, page: VoicePage, desk: Desk, cycle: Cycle, confirmer: AutoConfirmer, tmp_path: Path
) -> None:
    c = desk.challenges.raise_challenge(cycle.yp_march, "We want more pocket money.")
    desk.challenges.take_to(c.id, cycle.feedback_march)
    desk.challenges.record_response(
        c.id,
        "Notwithstanding considerable organisational difficulties, "
        "the authority will investigate comprehensively.",
    )
    confirmer.answer = False
    out = tmp_path / "sheet.pdf"
    click(qtbot, page.sheet_button)
    page.dialog.fields["Save as"].setText(str(out))  # type: ignore[union-attr, attr-defined]
    click(qtbot, page.dialog.ok_button)  # type: ignore[union-attr]
    assert confirmer.asked == ["Some sentences may be hard to read"]
    assert not out.exists()
