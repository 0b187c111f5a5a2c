"""The window fixture: the main window on a strategy database, with work done synchronously."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cpdesk.domain.desk import Desk
from cpdesk.views.common.changes import ChangeHub
from cpdesk.views.common.confirm import AutoConfirmer
from cpdesk.views.common.tasks import SynchronousRunner
from cpdesk.views.common.text_size import forget_system_size
from cpdesk.views.main_window import MainWindow


@pytest.fixture(autouse=True)
def _system_text_size(qapp: QApplication) -> Iterator[None]:
    """A test that makes the text larger leaves the next one at the system size."""
    font = QFont(QApplication.font())
    yield
    QApplication.setFont(font)
    forget_system_size()


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def make_window(qtbot: QtBot, settings_path: Path) -> Iterator[Callable[[Desk], MainWindow]]:
    made: list[MainWindow] = []

    def make(desk: Desk) -> MainWindow:
        # Someone is using cpdesk already, so the first-run form asking who does not open over the test.
        if not desk.read_only and desk.notes.current_user() is None:
            desk.notes.set_current_user("Test Member", "member")
        settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
        window = MainWindow(desk, settings, SynchronousRunner(), ChangeHub(), AutoConfirmer())
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        return window

    yield make
    for window in made:
        if window.message is not None:
            window.message.close()


@pytest.fixture
def main_window(strategy_db: Desk, make_window: Callable[[Desk], MainWindow]) -> MainWindow:
    return make_window(strategy_db)
