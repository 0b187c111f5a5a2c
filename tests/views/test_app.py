"""Start-up: the window on a database, and a clear message when the database cannot be used."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from cpdesk.app import cannot_open_message, create_application, open_main_window
from cpdesk.errors import CpdeskError


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
