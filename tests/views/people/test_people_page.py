"""The People page: members with their roles, officers in teams, young people by first name only, the bin."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from cpdesk.domain.desk import Desk
from cpdesk.views.common.changes import ACTIONS, PEOPLE, ChangeHub
from cpdesk.views.common.confirm import AutoConfirmer
from cpdesk.views.common.tasks import SynchronousRunner
from cpdesk.views.people.page import PeoplePage, Record, RecordsModel
from tests.conftest import database_dump


@pytest.fixture
def make_page(qtbot: QtBot, strategy_db: Desk) -> Callable[..., PeoplePage]:
    def make(confirmer: AutoConfirmer | None = None) -> PeoplePage:
        page = PeoplePage(strategy_db, ChangeHub(), SynchronousRunner(), confirmer or AutoConfirmer())
        qtbot.addWidget(page)
        page.resize(1000, 700)
        page.show()
        qtbot.waitExposed(page)
        return page

    return make


@pytest.fixture
def page(make_page: Callable[..., PeoplePage]) -> PeoplePage:
    return make_page()


def column(page: PeoplePage, key: str, col: int = 0) -> list[str]:
    model = page.model(key)
    return [model.index(row, col).data() for row in range(model.rowCount())]


def choose(box: QComboBox, text: str) -> None:
    row = box.findText(text, Qt.MatchFlag.MatchStartsWith)
    assert row >= 0, f"{text!r} is not offered"
    box.setCurrentIndex(row)


def test_the_records_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = RecordsModel(("Name", "Role"))
    model.set_records([Record(("Cllr A", "Chair"), 1), Record(("Cllr B", "Member"), 2)])
    qtmodeltester.check(model, force_py=True)
    assert model.row_of(2) == 1 and model.value(1) == 2


def test_the_bodies_and_the_strategys_teams_are_there_from_the_start(page: PeoplePage) -> None:
    bodies = column(page, "body")
    assert "Corporate Parenting Sub-Committee" in bodies and "Corporate Parenting Steering Group" in bodies
    row = bodies.index("Young People's Corporate Parenting Meeting")
    assert page.model("body").index(row, 2).data() == "Corporate Parenting Sub-Committee"
    assert "Clinical team" in column(page, "team")
    assert page.tabs.tabText(page.tabs.indexOf(page.table("body"))) == "&Bodies (4)"


def test_a_member_is_added_with_a_role(qtbot: QtBot, page: PeoplePage, strategy_db: Desk) -> None:
    page.show_tab("member")
    assert page.add_button.text() == "&Add member…"
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.fields["Name"], "Cllr Alex Morgan")
    choose(dialog.fields["Role"], "Chair")  # type: ignore[arg-type]
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    (member,) = strategy_db.people.people("member")
    assert (member.name, member.role) == ("Cllr Alex Morgan", "chair")
    assert column(page, "member") == ["Cllr Alex Morgan"] and column(page, "member", 1) == ["Chair"]
    assert page.selected() == member
    assert page.note.text() == "Added Cllr Alex Morgan (Chair)."


def test_an_officer_is_added_to_a_team_and_edited(qtbot: QtBot, page: PeoplePage, strategy_db: Desk) -> None:
    page.show_tab("officer")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.fields["Name"], "Jo Ainsworth")
    qtbot.keyClicks(dialog.fields["Post"], "Head of Service")
    choose(dialog.fields["Team"], "Clinical team")  # type: ignore[arg-type]
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    (officer,) = strategy_db.people.people("officer")
    assert (officer.name, officer.post, officer.team) == ("Jo Ainsworth", "Head of Service", "Clinical team")
    assert column(page, "officer", 2) == ["Clinical team"]
    row = column(page, "team").index("Clinical team")
    assert page.model("team").index(row, 1).data() == "1", "the team counts its officers"

    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None and dialog.fields["Post"].text() == "Head of Service"  # type: ignore[attr-defined]
    post = dialog.fields["Post"]
    assert isinstance(post, QLineEdit)
    post.clear()
    qtbot.keyClicks(post, "Service Director")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert strategy_db.people.person(officer.id).post == "Service Director"
    assert column(page, "officer", 1) == ["Service Director"]


def test_a_young_persons_full_name_is_refused_with_the_reason(
    qtbot: QtBot, page: PeoplePage, strategy_db: Desk
) -> None:
    page.show_tab("young_person")
    assert page.rule.isVisible() and "first name or initials only" in page.rule.text()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None
    assert "first name or initials only" in dialog.intro.text(), "the dialog says so before anything is typed"
    before = database_dump(strategy_db)
    qtbot.keyClicks(dialog.fields["First name or initials"], "Samantha Jones")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.message is not None and dialog.message.isVisible()
    assert "record a young person by first name or initials only" in dialog.message.text()
    assert "Nothing was changed." in dialog.message.informativeText()
    assert dialog.isVisible(), "the form stays open to be corrected"
    assert database_dump(strategy_db) == before
    dialog.message.close()

    name = dialog.fields["First name or initials"]
    assert isinstance(name, QLineEdit)
    name.clear()
    qtbot.keyClicks(name, "Sam")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert [p.name for p in strategy_db.people.people("young_person")] == ["Sam"]
    assert column(page, "young_person") == ["Sam"]


def test_a_team_is_added(qtbot: QtBot, page: PeoplePage, strategy_db: Desk) -> None:
    page.show_tab("team")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.fields["Team name"], "Leaving Care Service (north)")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "Leaving Care Service (north)" in [t.name for t in strategy_db.people.teams()]
    assert page.selected().name == "Leaving Care Service (north)"


def test_a_person_moves_to_the_bin_when_confirmed_and_comes_back(
    qtbot: QtBot, make_page: Callable[..., PeoplePage], strategy_db: Desk
) -> None:
    member = strategy_db.people.add_member("Cllr Gone", "member")
    declined = AutoConfirmer(answer=False)
    page = make_page(declined)
    page.select("member", member)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert declined.asked == ["Move to the bin?"]
    assert [p.name for p in strategy_db.people.people("member")] == ["Cllr Gone"], "not confirmed: kept"

    page = make_page()
    page.select("member", member)
    table = page.table("member")
    page.activateWindow()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus, timeout=2000)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert strategy_db.people.people("member") == []
    assert column(page, "member") == [] and column(page, "bin") == ["Cllr Gone"]
    assert page.note.text() == "Moved Cllr Gone to the bin."

    page.select("bin", member)
    assert page.restore_button.isVisible() and not page.remove_button.isVisible()
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in strategy_db.people.people("member")] == ["Cllr Gone"]
    assert column(page, "bin") == []


def test_the_page_refreshes_for_people_only(page: PeoplePage, strategy_db: Desk) -> None:
    strategy_db.people.add_member("Cllr Later")
    page._hub.announce(ACTIONS)
    assert column(page, "member") == []
    page._hub.announce(PEOPLE)
    assert column(page, "member") == ["Cllr Later"]


def test_every_control_is_named_and_the_buttons_fit_the_tab(page: PeoplePage) -> None:
    for key in ("member", "officer", "young_person", "team", "body", "bin"):
        page.show_tab(key)
        assert page.table(key).accessibleName()
        for button in (page.add_button, page.edit_button, page.remove_button, page.restore_button):
            if button.isVisible():
                assert button.accessibleName(), (key, button.text())
    page.show_tab("body")
    assert not page.add_button.isVisible(), "the bodies are fixed"
