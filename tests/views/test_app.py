"""Start-up: the window on a database, and a clear message when the database cannot be used."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from cpdesk.app import (
    ALSO_OPEN,
    cannot_open_message,
    create_application,
    keep_uncaught_faults,
    open_main_window,
)
from cpdesk.domain.desk import Desk
from cpdesk.errors import CpdeskError, DatabaseDamagedError
from cpdesk.views.main_window import MainWindow
from tests.store.test_unusable_database import damage, released_database

SHORT = Path(__file__).resolve().parents[1] / "data" / "strategy-2023-2028-short.json"


def test_the_app_opens_a_new_database_on_the_bundled_strategy(qtbot: QtBot, tmp_path: Path) -> None:
    create_application([])
    window = open_main_window(
        tmp_path / "new.db", QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    assert window.isVisible()
    assert (
        window.strategy_page.version_box.currentText() == "Corporate Parenting Strategy 2025-2030 (current)"
    )
    window.close()
    window.desk.close()


def test_a_database_from_a_newer_cpdesk_gets_a_message_and_is_left_alone(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "newer.db"
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(CpdeskError) as refused:
        open_main_window(path, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    box = cannot_open_message(refused.value)
    qtbot.addWidget(box)
    assert "newer cpdesk" in box.text()
    assert str(path) in box.informativeText() and "has not been changed" in box.informativeText()
    assert path.read_bytes() == before


def banners(window: MainWindow) -> list[str]:
    return [label.accessibleName() for label in window.findChildren(QLabel) if label.accessibleName()]


def window_on(qtbot: QtBot, path: Path, tmp_path: Path, **options: bool) -> MainWindow:
    create_application([])
    window = open_main_window(path, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), **options)
    qtbot.addWidget(window)
    return window


def test_a_second_window_on_one_database_is_told_that_another_is_open(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "shared.db"
    first = window_on(qtbot, path, tmp_path)
    second = window_on(qtbot, path, tmp_path)
    assert "Also open in another cpdesk window" not in banners(first)
    assert "Also open in another cpdesk window" in banners(second)
    assert any(label.text() == ALSO_OPEN for label in second.findChildren(QLabel))
    for window in (first, second):
        window.close()
        window.desk.close()
    third = window_on(qtbot, path, tmp_path)  # the others have closed: nothing to tell
    assert "Also open in another cpdesk window" not in banners(third)
    third.close()
    third.desk.close()


def test_a_window_that_crashed_leaves_no_false_notice(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "committee.db"
    crash = (
        "import os, sys\n"
        "from PySide6.QtCore import QLockFile\n"
        "claim = QLockFile(sys.argv[1])\n"
        "assert claim.tryLock(0)\n"
        "os._exit(0)  # ends as a crash would: the claim is never given up\n"
    )
    subprocess.run([sys.executable, "-c", crash, f"{path}.lock"], check=True)
    assert Path(f"{path}.lock").exists()
    window = window_on(qtbot, path, tmp_path)
    assert "Also open in another cpdesk window" not in banners(window)
    window.close()
    window.desk.close()


def test_a_damaged_database_gets_a_message_naming_the_copy_to_go_back_to(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = released_database(tmp_path)
    Desk.open(path).close()
    damage(path, "priority")
    with pytest.raises(DatabaseDamagedError) as refused:
        window_on(qtbot, path, tmp_path)
    box = cannot_open_message(refused.value)
    qtbot.addWidget(box)
    assert box.text().startswith("This database is damaged")
    assert f"backups/{path.name}." in box.text() and ".before-upgrade-to-" in box.text()
    assert "has not been changed" in box.informativeText()


def test_a_read_only_database_says_so_and_a_write_is_refused_plainly(
    strategy_db: Desk, make_window: Callable[[Desk], MainWindow]
) -> None:
    strategy_db.close()
    desk = Desk.open(strategy_db.path, read_only=True)
    window = make_window(desk)
    assert window.windowTitle().endswith("(read-only)")
    assert "This database is read-only" in banners(window)
    assert not window.import_action.isEnabled()
    window.import_strategy_file(SHORT)  # as if chosen before the menu was greyed
    assert window.message is not None
    assert window.message.text().startswith("This database is read-only (it was opened for reading only)")
    assert "nothing was changed" in window.message.text()
    assert window.message.detailedText() == "", "a read-only database is not a fault in cpdesk"
    desk.close()


def test_a_page_the_database_cannot_give_says_why_instead_of_staying_blank(main_window: MainWindow) -> None:
    def damaged() -> QWidget:
        raise DatabaseDamagedError("this database is damaged (SQLite's check says: malformed)")

    main_window._builders[1] = damaged
    main_window.go_to(1)
    assert main_window.message is not None
    assert main_window.message.text().startswith("This database is damaged")
    shown = main_window.page(1)
    assert isinstance(shown, QLabel) and "This database is damaged" in shown.text()


def test_a_fault_no_page_caught_is_kept_and_shown(
    main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    keep_uncaught_faults(main_window)
    try:
        raise IndexError("what a young person said")
    except IndexError as error:
        sys.excepthook(IndexError, error, error.__traceback__)
    box = main_window.message
    assert box is not None and box.isVisible()
    assert box.text().startswith("This is a fault in cpdesk (IndexError)")
    kept = (tmp_path / "user-data" / "logs" / "cpdesk.log").read_text(encoding="utf-8")
    assert "an unexpected fault" in kept and "builtins.IndexError" in kept
    assert "young person" not in kept
