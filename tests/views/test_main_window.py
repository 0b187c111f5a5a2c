"""The main window as a whole: the areas, moving between them by keyboard, and the example's banner."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from cpdesk.domain.desk import Desk
from cpdesk.domain.example import write_example
from cpdesk.views.main_window import MainWindow


def test_ctrl_and_a_number_goes_to_each_area(qtbot: QtBot, main_window: MainWindow) -> None:
    main_window.activateWindow()
    for row, title in enumerate(
        [
            "Strategy",
            "Meetings",
            "Actions",
            "Young people's voice",
            "My preparation",
            "Work programme",
            "People",
            "Indicators",
        ]
    ):
        action = next(
            a
            for a in main_window.findChildren(type(main_window.larger_action))
            if a.shortcut().toString() == f"Ctrl+{row + 1}"
        )
        action.trigger()
        assert main_window.nav.currentRow() == row
        assert main_window.nav.currentItem().text() == title
        assert main_window.pages.currentWidget().accessibleName() == title
        assert main_window.page(row).isVisible()


def test_the_example_database_says_so_plainly(
    qtbot: QtBot, tmp_path: Path, make_window: Callable[[Desk], MainWindow]
) -> None:
    path = write_example(tmp_path / "example.db", date(2026, 11, 23))
    with Desk.open(path) as desk:
        window = make_window(desk)
        assert "example database" in window.windowTitle()
        banners = [label for label in window.findChildren(QLabel) if "Example database" in label.text()]
        assert banners and banners[0].isVisible()
        window.close()


def test_a_users_own_database_has_no_example_banner(main_window: MainWindow) -> None:
    assert "example" not in main_window.windowTitle()
    assert not [label for label in main_window.findChildren(QLabel) if "Example database" in label.text()]


def test_the_window_can_be_narrower_than_its_widest_page(main_window: MainWindow) -> None:
    assert main_window.minimumSizeHint().width() < 700, "pages scroll, so large text on a small screen fits"


def test_copies_handed_to_a_viewer_go_when_the_window_closes_and_after_a_crash(
    strategy_db: Desk, make_window: Callable[[Desk], MainWindow], tmp_path: Path
) -> None:
    left_by_crash = tmp_path / "user-data" / "open-copies" / "999999999" / "paper"
    left_by_crash.mkdir(parents=True)
    (left_by_crash / "report.pdf").write_bytes(b"%PDF-1.4 a copy left by a crash")
    window = make_window(strategy_db)
    assert not left_by_crash.parent.exists()

    copy = strategy_db.scratch.folder_for("paper") / "report.pdf"
    copy.write_bytes(b"%PDF-1.4 opened in a viewer")
    window.close()
    assert not copy.exists() and not strategy_db.scratch.path.exists()
