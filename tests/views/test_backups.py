"""File, Back up now and File, Restore a backup…: what the user sees, and the database after it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cpdesk.views.backups import BackupsDialog
from cpdesk.views.common.confirm import AutoConfirmer
from cpdesk.views.main_window import MainWindow


def team_names(window: MainWindow) -> set[str]:
    return {t.name for t in window.desk.people.teams()}


def open_restore(window: MainWindow) -> BackupsDialog:
    window.backups.restore_action.trigger()
    dialog = window.backups.dialog
    assert isinstance(dialog, BackupsDialog) and dialog.isVisible()
    return dialog


def test_back_up_now_says_where_and_restore_lists_it_with_its_time_and_why(
    main_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window = main_window
    window.backups.back_up_action.trigger()
    (made,) = window.desk.backups.list()
    assert window.statusBar().currentMessage() == f"Backed up to {made.path}"
    dialog = open_restore(window)
    assert dialog.list.count() == 1
    text = dialog.list.item(0).text()
    assert text.endswith("– made by hand") and f"{made.made.astimezone():%H:%M}" in text
    assert dialog.restore_button.isEnabled()
    assert dialog.grab().save(str(tmp_path / "backups.png"))
    dialog.reject()


def test_restoring_asks_first_then_the_window_works_on_the_restored_data(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    window = main_window
    window.desk.people.add_team("Kept team")
    window.backups.back_up_now()
    window.desk.people.add_team("Later team")
    announced: list[frozenset[str]] = []
    window.hub.changed.connect(announced.append)
    dialog = open_restore(window)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    confirmer = window.confirmer
    assert isinstance(confirmer, AutoConfirmer) and confirmer.asked == ["Restore this backup?"]
    assert not dialog.isVisible()
    assert "Kept team" in team_names(window) and "Later team" not in team_names(window)
    assert announced and {"people", "meetings", "actions"} <= announced[-1], "every page refreshes"
    assert window.statusBar().currentMessage().startswith("Restored the backup from ")
    assert "before-restore" in window.statusBar().currentMessage()
    window.desk.people.add_team("Written after")  # the window writes to the restored file
    assert "Written after" in team_names(window)


def test_a_refused_restore_is_said_and_the_window_goes_on(
    main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = main_window
    window.backups.back_up_now()
    (made,) = window.desk.backups.list()
    made.path.write_bytes(b"not a database any more" * 400)
    dialog = open_restore(window)
    dialog.ask_to_restore()
    assert window.statusBar().currentMessage() == "The backup was not restored"
    assert window.message is not None and "cannot be read as a cpdesk database" in window.message.text()
    assert window.desk.people.teams(), "the database is open as before"
