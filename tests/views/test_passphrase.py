"""Passphrases in the window: asked before an encrypted database opens, chosen once for a new one,
encrypting a plain database from the File menu, and changing the passphrase."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from cpdesk.app import NOT_ENCRYPTED_KEY, start
from cpdesk.config import default_database_path
from cpdesk.domain.desk import Desk
from cpdesk.domain.encryption import WRONG
from cpdesk.errors import CpdeskError, PassphraseNeededError, WrongPassphraseError
from cpdesk.store.cipher import encrypt_file, is_encrypted
from cpdesk.views.common.passphrase import (
    NOT_ENCRYPTED_MEANS,
    ChangePassphraseDialog,
    FirstRunDialog,
    NewPassphraseDialog,
    OpenPassphraseDialog,
)
from cpdesk.views.main_window import MainWindow

KEY = "correct horse battery"
NEW_KEY = "a new and longer one"


def encrypted_copy(template: Path, path: Path, key: str = KEY) -> Path:
    """The strategy database, someone using it already, encrypted with key."""
    shutil.copyfile(template, path)
    with Desk.open(path) as desk:
        desk.notes.set_current_user("Test Member", "member")
    encrypt_file(path, key)
    return path


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


class Started:
    """What start() handed back: the windows opened and the reasons given for not opening."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.windows: list[MainWindow] = []
        self.failures: list[CpdeskError | None] = []

    def opened(self, window: MainWindow) -> None:
        self.qtbot.addWidget(window)
        self.windows.append(window)

    def failed(self, error: CpdeskError | None) -> None:
        self.failures.append(error)

    def close(self) -> None:
        for window in self.windows:
            if window.who_form is not None:
                window.who_form.close()
            window.close()
            window.desk.close()


@pytest.fixture
def started(qtbot: QtBot) -> Iterator[Started]:
    made = Started(qtbot)
    yield made
    made.close()


def type_into(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    field.clear()
    qtbot.keyClicks(field, text)


def test_an_encrypted_database_asks_for_its_passphrase_and_a_wrong_one_is_said_so(
    qtbot: QtBot, tmp_path: Path, _strategy_template: Path, settings: QSettings, started: Started
) -> None:
    path = encrypted_copy(_strategy_template, tmp_path / "committee.db")
    before = path.read_bytes()
    dialog = start(path, settings, opened=started.opened, failed=started.failed)
    assert isinstance(dialog, OpenPassphraseDialog)
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and started.windows == []
    field = dialog.passphrase
    assert field.echoMode() == QLineEdit.EchoMode.Password
    assert field.accessibleName() == "Passphrase"
    assert {dialog.ok_button.accessibleName(), dialog.cancel_button.accessibleName()} == {"Open", "Quit"}
    assert str(path) in dialog.intro.text()

    dialog.show_passphrase.click()  # for those who find typing unseen hard
    assert field.echoMode() == QLineEdit.EchoMode.Normal
    dialog.show_passphrase.click()
    assert field.echoMode() == QLineEdit.EchoMode.Password

    type_into(qtbot, field, "not the passphrase")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.problem.isVisible() and dialog.problem.text() == WRONG
    assert dialog.isVisible() and started.windows == [] and started.failures == []
    assert path.read_bytes() == before  # nothing harmed

    type_into(qtbot, field, KEY)
    assert not dialog.problem.isVisible()  # the problem goes as the user types again
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert len(started.windows) == 1 and not dialog.isVisible()
    window = started.windows[0]
    assert window.isVisible() and window.desk.encrypted
    assert "Corporate Parenting Strategy 2025-2030" in window.strategy_page.version_box.currentText()


def test_quit_at_the_passphrase_opens_nothing(
    qtbot: QtBot, tmp_path: Path, _strategy_template: Path, settings: QSettings, started: Started
) -> None:
    path = encrypted_copy(_strategy_template, tmp_path / "committee.db")
    dialog = start(path, settings, opened=started.opened, failed=started.failed)
    assert isinstance(dialog, OpenPassphraseDialog)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert started.windows == [] and started.failures == [None]


def first_run(qtbot: QtBot, settings: QSettings, started: Started) -> FirstRunDialog:
    dialog = start(default_database_path(), settings, opened=started.opened, failed=started.failed)
    assert isinstance(dialog, FirstRunDialog)
    qtbot.addWidget(dialog)
    assert started.windows == []
    assert not default_database_path().exists() or default_database_path().stat().st_size == 0
    return dialog


def test_first_run_with_a_passphrase_makes_an_encrypted_database_and_does_not_ask_again(
    qtbot: QtBot, settings: QSettings, started: Started
) -> None:
    dialog = first_run(qtbot, settings, started)
    assert dialog.encrypt.isChecked()  # encrypting is the choice made unless the user says otherwise
    assert dialog.first.accessibleName() == "New passphrase"
    assert dialog.again.accessibleName() == "New passphrase again"
    assert "At least 8 characters" in dialog.rule.text()

    type_into(qtbot, dialog.first, "short")
    type_into(qtbot, dialog.again, "short")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.problem.text() == "The passphrase must be at least 8 characters long; this one has 5."
    type_into(qtbot, dialog.first, KEY)
    type_into(qtbot, dialog.again, KEY + "x")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "not the same" in dialog.problem.text()
    assert started.windows == [] and not default_database_path().exists()  # nothing written yet

    type_into(qtbot, dialog.again, KEY)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert len(started.windows) == 1 and not dialog.isVisible()
    assert started.windows[0].desk.encrypted
    started.close()
    assert is_encrypted(default_database_path())
    with pytest.raises(PassphraseNeededError):
        Desk.open(default_database_path())

    again = start(default_database_path(), settings, opened=started.opened, failed=started.failed)
    assert isinstance(again, OpenPassphraseDialog)  # its passphrase, not the first-run question
    qtbot.addWidget(again)
    assert settings.value(NOT_ENCRYPTED_KEY) is None  # an encrypted file needs no setting


def test_first_run_without_encryption_says_what_that_means_and_is_asked_once(
    qtbot: QtBot, settings: QSettings, started: Started
) -> None:
    dialog = first_run(qtbot, settings, started)
    assert NOT_ENCRYPTED_MEANS in dialog.means.text()
    assert "including what young people said" in dialog.means.text()
    assert dialog.plain.accessibleName() == "Do not encrypt"
    dialog.plain.click()
    assert not dialog.first.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert len(started.windows) == 1 and not started.windows[0].desk.encrypted
    started.close()
    assert default_database_path().read_bytes().startswith(b"SQLite format 3\x00")

    default_database_path().unlink()  # even a new file there is not asked about again
    for leftover in default_database_path().parent.glob("cpdesk.db-*"):
        leftover.unlink()
    assert start(default_database_path(), settings, opened=started.opened, failed=started.failed) is None
    assert len(started.windows) == 2 and not started.windows[1].desk.encrypted


def test_quit_at_first_run_makes_no_database(qtbot: QtBot, settings: QSettings, started: Started) -> None:
    dialog = first_run(qtbot, settings, started)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert started.failures == [None] and started.windows == []
    assert not default_database_path().exists()


# --- from the File menu ---


def encrypt_from_menu(qtbot: QtBot, window: MainWindow, key: str = KEY) -> None:
    action = window.protection.encrypt_action
    assert action.isVisible() and action.isEnabled()
    assert not window.protection.change_action.isVisible()
    action.trigger()
    dialog = window.protection.dialog
    assert isinstance(dialog, NewPassphraseDialog) and dialog.isVisible()
    assert "Close any other cpdesk window on this database first" in dialog.intro.text()
    type_into(qtbot, dialog.first, key)
    type_into(qtbot, dialog.again, key)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_encrypting_from_the_file_menu_and_the_window_still_works(
    qtbot: QtBot, strategy_db: Desk, make_window: Callable[[Desk], MainWindow]
) -> None:
    desk = strategy_db
    sub = desk.people.body("sub_committee").id
    meeting = desk.meetings.create_meeting(sub, date(2026, 3, 10)).id
    desk.agenda.add_item(meeting, "Zebrafish in foster homes")
    window = make_window(desk)
    encrypt_from_menu(qtbot, window)

    assert is_encrypted(desk.path) and desk.encrypted
    assert window.message is not None and window.message.windowTitle() == "The database is encrypted"
    window.message.close()
    assert window.centralWidget() is not window.protection.screen and window.protection.screen is None
    assert window.statusBar().isVisible()
    assert window.protection.change_action.isVisible() and not window.protection.encrypt_action.isVisible()

    window.show_search()
    dialog = window.search_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.box, "zebrafish")
    qtbot.waitUntil(lambda: dialog.searched == "zebrafish", timeout=3000)
    assert dict(dialog.model.groups) == {"Agendas and reports": 1}
    dialog.close()
    window.go_to(window.area("Meetings"))
    assert window.meetings_page.select_meeting(meeting)
    assert "10 March 2026" in window.meetings_page.details.text()
    desk.meetings.create_meeting(sub, date(2026, 6, 10))  # and it is written to

    window.close()
    desk.close()
    with pytest.raises(PassphraseNeededError):
        Desk.open(desk.path)
    with Desk.open(desk.path, passphrase=KEY) as again:
        assert len(again.meetings.meetings(sub)) == 2


def test_encrypting_refused_while_another_program_holds_the_file_keeps_the_plain_one_working(
    qtbot: QtBot, strategy_db: Desk, make_window: Callable[[Desk], MainWindow]
) -> None:
    desk = strategy_db
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            f"c = sqlite3.connect({str(desk.path)!r})\n"
            "c.execute('SELECT count(*) FROM sqlite_master').fetchall()\n"
            "print('holding', flush=True)\n"
            "time.sleep(30)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        window = make_window(desk)
        before = desk.path.read_bytes()[:100]
        encrypt_from_menu(qtbot, window)
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()
    assert window.message is not None
    assert window.message.windowTitle() == "The database was not encrypted"
    assert "open in another program" in window.message.text()
    window.message.close()
    assert not is_encrypted(desk.path) and not desk.encrypted
    assert desk.path.read_bytes()[:100] == before
    assert window.protection.screen is None and window.statusBar().isVisible()
    assert window.protection.encrypt_action.isVisible()
    sub = desk.people.body("sub_committee").id
    desk.meetings.create_meeting(sub, date(2026, 3, 10))  # the plain database, open again and written to
    assert len(desk.meetings.meetings(sub)) == 1


def test_changing_the_passphrase_then_the_database_opens_with_the_new_one_only(
    qtbot: QtBot, tmp_path: Path, _strategy_template: Path, make_window: Callable[[Desk], MainWindow]
) -> None:
    path = encrypted_copy(_strategy_template, tmp_path / "committee.db")
    desk = Desk.open(path, passphrase=KEY)
    window = make_window(desk)
    assert not window.protection.encrypt_action.isVisible()
    window.protection.change_action.trigger()
    dialog = window.protection.dialog
    assert isinstance(dialog, ChangePassphraseDialog)
    assert [f.accessibleName() for f in (dialog.old, dialog.first, dialog.again)] == [
        "Present passphrase",
        "New passphrase",
        "New passphrase again",
    ]
    type_into(qtbot, dialog.old, "not the passphrase")
    type_into(qtbot, dialog.first, NEW_KEY)
    type_into(qtbot, dialog.again, NEW_KEY)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.problem.text() == (
        "That present passphrase is not right for this database. Nothing was changed."
    )
    assert QApplication.focusWidget() in (dialog.old, None)
    with Desk.open(path, passphrase=KEY):  # unchanged
        pass

    type_into(qtbot, dialog.old, KEY)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert window.message is not None and window.message.windowTitle() == "The passphrase is changed"
    window.message.close()
    sub = desk.people.body("sub_committee").id
    desk.meetings.create_meeting(sub, date(2026, 3, 10))  # this window's connection has the new key
    assert len(desk.meetings.meetings(sub)) == 1

    window.close()
    desk.close()
    with pytest.raises(WrongPassphraseError):
        Desk.open(path, passphrase=KEY)
    with Desk.open(path, passphrase=NEW_KEY) as again:
        assert len(again.meetings.meetings(sub)) == 1
