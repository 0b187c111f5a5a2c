"""The idle lock: after the time chosen (or Ctrl+L) nothing of the data shows and the database is closed;
the passphrase brings everything back as it was."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from cpdesk.domain.desk import Desk
from cpdesk.domain.encryption import WRONG
from cpdesk.views.common.lock import LOCK_AFTER_KEY, LOCKED_TITLE, LockScreen
from cpdesk.views.common.passphrase import LockAfterDialog
from cpdesk.views.main_window import MainWindow
from tests.views.test_passphrase import KEY, encrypted_copy


@pytest.fixture
def encrypted_window(
    tmp_path: Path, _strategy_template: Path, make_window: Callable[[Desk], MainWindow]
) -> Iterator[MainWindow]:
    path = encrypted_copy(_strategy_template, tmp_path / "committee.db")
    desk = Desk.open(path, passphrase=KEY)
    sub = desk.people.body("sub_committee").id
    desk.meetings.create_meeting(sub, date(2026, 3, 10), venue="Shire Hall")
    window = make_window(desk)
    yield window
    window.close()
    desk.close()


def shown_words() -> list[str]:
    """Every word a sighted user or a screen reader could find in a visible window."""
    words: list[str] = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        words.append(top.windowTitle())
        for widget in [top, *top.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            words += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
            if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
                words.append(widget.text())
            if isinstance(widget, QComboBox):
                words.append(widget.currentText())
    return [w for w in words if w]


def assert_nothing_of_the_data_shows(window: MainWindow) -> None:
    words = " ".join(shown_words())
    for secret in (
        window.desk.path.name,
        str(window.desk.path.parent),
        "Corporate Parenting Strategy",
        "Shire Hall",
    ):
        assert secret not in words, secret
    assert isinstance(window.centralWidget(), LockScreen)
    assert not window.strategy_page.isVisible() and not window.nav.isVisible()
    assert not window.statusBar().isVisible()
    assert window.windowTitle() == LOCKED_TITLE
    assert window.desk.db.is_closed()


def test_left_idle_the_window_locks_hiding_everything_and_the_passphrase_brings_it_back(
    qtbot: QtBot, encrypted_window: MainWindow
) -> None:
    window = encrypted_window
    window.go_to(window.area("Meetings"))
    assert "Shire Hall" in " ".join(shown_words())  # the check below can fail
    window.show_search()
    search = window.search_dialog
    assert search is not None and search.isVisible()
    title = window.windowTitle()

    window.protection.watch.set_period_ms(150)
    qtbot.waitUntil(lambda: window.protection.locked, timeout=3000)
    assert_nothing_of_the_data_shows(window)
    assert not search.isVisible()
    screen = window.centralWidget()
    assert isinstance(screen, LockScreen)
    assert QAccessible.queryAccessibleInterface(screen.heading).role() == QAccessible.Role.Heading
    assert screen.heading.text() == "cpdesk is locked"
    assert screen.passphrase.accessibleName() == "Passphrase"
    assert screen.passphrase.echoMode() == QLineEdit.EchoMode.Password
    assert screen.unlock_button.accessibleName() == "Unlock"
    window.activateWindow()
    qtbot.waitUntil(screen.passphrase.hasFocus, timeout=2000)
    # Nothing in the menus opens data while locked; Quit and the text size still work.
    assert not window.search_action.isEnabled() and not window.bin_action.isEnabled()
    assert window.quit_action.isEnabled() and window.larger_action.isEnabled()
    window.search_action.trigger()
    assert not search.isVisible()
    # Anything that reads while locked meets a key that opens nothing.
    with pytest.raises(Exception, match="passphrase"):
        window.desk.meetings.meetings()
    assert window.desk.db.is_closed()

    qtbot.keyClicks(screen.passphrase, "not the passphrase")
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    assert window.protection.locked and screen.problem.isVisible()
    assert screen.problem.text() == WRONG
    assert_nothing_of_the_data_shows(window)

    screen.passphrase.clear()
    qtbot.keyClicks(screen.passphrase, KEY)
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    assert not window.protection.locked
    assert window.windowTitle() == title
    assert window.meetings_page.isVisible() and window.statusBar().isVisible()
    assert search.isVisible()
    assert "Shire Hall" in " ".join(shown_words())
    assert window.search_action.isEnabled() and window.bin_action.isEnabled()
    assert len(window.desk.meetings.meetings()) == 1  # the database open again
    assert window.protection.watch.watching


def test_keys_and_the_mouse_keep_it_unlocked(qtbot: QtBot, encrypted_window: MainWindow) -> None:
    window = encrypted_window
    window.protection.watch.set_period_ms(500)
    for turn in range(10):  # a second of moving the mouse: twice the idle time
        qtbot.mouseMove(window.nav, window.nav.rect().center() + QPoint(0, turn % 3))
        qtbot.wait(100)
    assert not window.protection.locked
    for _turn in range(10):  # and of pressing keys
        qtbot.keyClick(window.nav, Qt.Key.Key_Shift)
        qtbot.wait(100)
    assert not window.protection.locked
    qtbot.waitUntil(lambda: window.protection.locked, timeout=3000)


def test_ctrl_l_locks_at_once(qtbot: QtBot, encrypted_window: MainWindow) -> None:
    window = encrypted_window
    assert window.protection.lock_action.shortcut().toString() == "Ctrl+L"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.protection.locked
    assert_nothing_of_the_data_shows(window)


def test_a_database_not_encrypted_is_hidden_too_and_unlocks_with_a_button_that_says_why(
    qtbot: QtBot, strategy_db: Desk, make_window: Callable[[Desk], MainWindow]
) -> None:
    window = make_window(strategy_db)
    window.show_bin()
    assert window.bin_window is not None and window.bin_window.isVisible()
    window.protection.lock_action.trigger()
    assert_nothing_of_the_data_shows(window)
    assert not window.bin_window.isVisible()
    screen = window.centralWidget()
    assert isinstance(screen, LockScreen)
    assert not screen.passphrase.isVisible()
    assert "This database is not encrypted, so there is no passphrase to check" in screen.text.text()
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    assert not window.protection.locked and window.strategy_page.isVisible()
    assert window.bin_window.isVisible()
    window.bin_window.close()


def test_the_lock_time_is_chosen_and_kept(
    qtbot: QtBot, strategy_db: Desk, make_window: Callable[[Desk], MainWindow], settings_path: Path
) -> None:
    window = make_window(strategy_db)
    assert window.protection.lock_minutes == 10  # unless the user chose otherwise
    assert window.protection.watch.period_ms == 10 * 60_000
    window.protection.lock_after_action.trigger()
    dialog = window.protection.dialog
    assert isinstance(dialog, LockAfterDialog)
    assert dialog.minutes.accessibleName() == "Lock after this many minutes without use"
    dialog.minutes.setValue(3)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert window.protection.watch.period_ms == 3 * 60_000
    assert QSettings(str(settings_path), QSettings.Format.IniFormat).value(LOCK_AFTER_KEY) in (3, "3")
