"""File, Share meeting…, Open shared meeting… and Send my answers…: driven as a user would, checked in the
databases of the clerk and the member."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from cpdesk.domain.desk import Desk
from cpdesk.store import meetings as m
from cpdesk.views.main_window import MainWindow
from cpdesk.views.sharing import BundleForm
from tests.bundle_helpers import MEMBER, PASSPHRASE, make_clerk_template, open_copy
from tests.conftest import database_dump


@pytest.fixture(scope="module")
def clerk_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_clerk_template(tmp_path_factory.mktemp("sharing"))


def fill(qtbot: QtBot, form: BundleForm, path: Path, passphrase: str = PASSPHRASE) -> None:
    assert form.isVisible() and not form.ok.isEnabled()
    qtbot.keyClicks(form.path, str(path))
    qtbot.keyClicks(form.passphrase, passphrase)
    if form.again.isVisibleTo(form):
        qtbot.keyClicks(form.again, passphrase[:-1])
        assert not form.ok.isEnabled() and form.problem.text() == "Type the same passphrase again."
        qtbot.keyClicks(form.again, passphrase[-1])
    assert form.ok.isEnabled(), form.problem.text()
    qtbot.mouseClick(form.ok, Qt.MouseButton.LeftButton)


def said(window: MainWindow) -> str:
    box = window.sharing.message
    assert isinstance(box, QMessageBox) and box.isVisible()
    return box.text()


def test_share_a_meeting_open_it_as_a_member_and_send_answers_back(
    make_window: Callable[[Desk], MainWindow],
    qtbot: QtBot,
    clerk_template: Path,
    _strategy_template: Path,
    tmp_path: Path,
) -> None:
    clerk_desk = open_copy(clerk_template, tmp_path / "clerk.db")
    member_desk = open_copy(_strategy_template, tmp_path / "member.db")
    try:
        clerk, member = make_window(clerk_desk), make_window(member_desk)
        meeting = clerk_desk.meetings.find("next")

        clerk.sharing.share_action.trigger()
        form = clerk.sharing.form
        assert isinstance(form, BundleForm) and form.windowTitle() == "Share meeting"
        assert form.meeting.currentData() == meeting.id  # the next meeting is offered first
        assert form.grab().save(str(tmp_path / "share.png"))
        fill(qtbot, form, tmp_path / "meeting.cpdesk")
        assert (tmp_path / "meeting.cpdesk").is_file()
        assert clerk.statusBar().currentMessage().startswith("Wrote the meeting with")

        member.sharing.open_action.trigger()
        assert member.sharing.form is not None and not member.sharing.form.again.isVisibleTo(
            member.sharing.form
        )
        fill(qtbot, member.sharing.form, tmp_path / "meeting.cpdesk")
        assert said(member).startswith(f"{meeting.title}: A new meeting ({meeting.title})")
        assert [i.title for i in member_desk.agenda.items(meeting.id)] == [
            i.title for i in clerk_desk.agenda.items(meeting.id)
        ]

        member_desk.notes.set_current_user(MEMBER, "member")
        with member_desk.bound():
            me = m.Person.get(m.Person.name == MEMBER)
        member_desk.meetings.set_attendance(meeting.id, me.id, "apologies")
        member.sharing.answers_action.trigger()
        assert member.sharing.form is not None and member.sharing.form.windowTitle() == "Send my answers"
        fill(qtbot, member.sharing.form, tmp_path / "answers.cpdesk")
        assert member.statusBar().currentMessage().startswith("Wrote your answers with your attendance")

        clerk.sharing.open_action.trigger()
        assert clerk.sharing.form is not None
        fill(qtbot, clerk.sharing.form, tmp_path / "answers.cpdesk")
        assert clerk.sharing.message is not None and clerk.sharing.message.windowTitle() == "Answers taken in"
        assert "1 attendance record" in said(clerk)
        assert (MEMBER, "apologies") in {
            (a.name, a.status) for a in clerk_desk.meetings.attendance(meeting.id)
        }
    finally:
        clerk_desk.close()
        member_desk.close()


def test_a_wrong_passphrase_is_said_and_nothing_changes(
    make_window: Callable[[Desk], MainWindow],
    qtbot: QtBot,
    clerk_template: Path,
    _strategy_template: Path,
    tmp_path: Path,
) -> None:
    with open_copy(clerk_template, tmp_path / "clerk.db") as clerk_desk:
        clerk_desk.bundles.export(clerk_desk.meetings.find("next").id, tmp_path / "m.cpdesk", PASSPHRASE)
    member_desk = open_copy(_strategy_template, tmp_path / "member.db")
    try:
        member = make_window(member_desk)
        before = database_dump(member_desk)
        member.sharing.open_action.trigger()
        assert member.sharing.form is not None
        form = member.sharing.form
        fill(qtbot, form, tmp_path / "m.cpdesk", "not the right one")
        assert form.isVisible(), "the form stays, filled in, for another try"
        assert form.problem.text().startswith("The passphrase is not right for this bundle")
        assert form.path.text() == str(tmp_path / "m.cpdesk") and form.ok.isEnabled()
        assert member.statusBar().currentMessage() == "The shared file was not taken in"
        assert database_dump(member_desk) == before
        form.passphrase.clear()
        qtbot.keyClicks(form.passphrase, PASSPHRASE)
        qtbot.mouseClick(form.ok, Qt.MouseButton.LeftButton)
        assert not form.isVisible() and said(member).startswith("Corporate Parenting Sub-Committee")
    finally:
        member_desk.close()


@pytest.mark.parametrize("named", ["Chris Patel", "Someone Else"])
def test_a_member_chooses_themselves_when_the_list_names_them_otherwise(
    make_window: Callable[[Desk], MainWindow],
    qtbot: QtBot,
    clerk_template: Path,
    _strategy_template: Path,
    tmp_path: Path,
    named: str,
) -> None:
    with open_copy(clerk_template, tmp_path / "clerk.db") as clerk_desk:
        meeting = clerk_desk.meetings.find("next")
        clerk_desk.bundles.export(meeting.id, tmp_path / "m.cpdesk", PASSPHRASE)
    member_desk = open_copy(_strategy_template, tmp_path / "member.db")
    try:
        member_desk.bundles.import_file(tmp_path / "m.cpdesk", PASSPHRASE)
        member_desk.notes.set_current_user(named, "member")
        member = make_window(member_desk)
        member.sharing.answers_action.trigger()
        form = member.sharing.form
        assert form is not None and form.member.isVisibleTo(form)
        if named == "Chris Patel":  # the list has "Cllr Chris Patel (example)": found without its title
            assert form.member.currentText() == MEMBER
        else:
            assert form.member.currentIndex() == -1
            qtbot.keyClicks(form.path, str(tmp_path / "answers.cpdesk"))
            qtbot.keyClicks(form.passphrase, PASSPHRASE)
            qtbot.keyClicks(form.again, PASSPHRASE)
            assert (
                not form.ok.isEnabled() and form.problem.text() == "Choose yourself in the list of members."
            )
            form.member.setCurrentIndex(form.member.findText(MEMBER))
            form.path.clear()
            form.passphrase.clear()
            form.again.clear()
        fill(qtbot, form, tmp_path / "answers.cpdesk")
        assert not form.isVisible()
        assert member.statusBar().currentMessage().startswith("Wrote your answers with your attendance")
    finally:
        member_desk.close()
