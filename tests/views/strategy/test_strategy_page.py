"""The Strategy page as a member uses it: by mouse and by keyboard, any version, any text size."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from cpdesk.domain.desk import Desk
from cpdesk.views.main_window import MainWindow
from cpdesk.views.strategy.models import KEY_ROLE, ContentsModel, VersionsModel
from cpdesk.views.strategy.text import contents

SHORT = Path(__file__).resolve().parents[2] / "data" / "strategy-2023-2028-short.json"


def reader_text(window: MainWindow) -> str:
    return window.strategy_page.reader.toPlainText()


def click_section(qtbot: QtBot, window: MainWindow, key: str) -> None:
    page = window.strategy_page
    index = page.contents.index_of(key)
    assert index.isValid(), key
    page.tree.scrollTo(index)
    rect = page.tree.visualRect(index)
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_contents_model_passes_the_model_tester(qtmodeltester: ModelTester, strategy_db: Desk) -> None:
    model = ContentsModel()
    model.set_sections(contents(strategy_db.strategy.content()))
    qtmodeltester.check(model, force_py=True)
    priorities = model.index_of("priorities")
    assert model.rowCount(priorities) == 5
    assert model.index(2, 0, priorities).data() == "3. Physical and mental health and wellbeing"
    assert model.index(2, 0, priorities).data(KEY_ROLE) == "priority:3"
    assert model.parent(model.index(2, 0, priorities)) == priorities
    assert model.index_of("nothing") == QModelIndex()


def test_versions_model_passes_the_model_tester(qtmodeltester: ModelTester, strategy_db: Desk) -> None:
    strategy_db.strategy.import_file(SHORT, make_current=False)
    model = VersionsModel()
    model.set_versions(strategy_db.strategy.versions())
    qtmodeltester.check(model, force_py=True)
    labels = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert sum("(current)" in label for label in labels) == 1


def test_the_window_opens_on_the_first_priority(main_window: MainWindow) -> None:
    areas = [main_window.nav.item(row).text() for row in range(main_window.nav.count())]
    assert areas == [
        "Strategy",
        "Meetings",
        "Actions",
        "Young people's voice",
        "My preparation",
        "Work programme",
        "People",
        "Indicators",
        "Briefing packs",
    ]
    text = reader_text(main_window)
    assert "Priority 1: Voice of our children and young people" in text
    assert "We want the feedback that we provide to make a difference" in text


@pytest.mark.parametrize("number", [1, 2, 3, 4, 5])
def test_every_priority_is_readable_in_full(
    qtbot: QtBot, main_window: MainWindow, strategy_db: Desk, number: int
) -> None:
    click_section(qtbot, main_window, f"priority:{number}")
    text = reader_text(main_window)
    priority = strategy_db.strategy.content().priority(number)
    for heading in (
        "You said",
        "We will aim to",
        "What will success look like?",
        "Who will this be delivered by?",
    ):
        assert heading in text
    for line in (
        priority.statement,
        *priority.you_said,
        *priority.commitments,
        *priority.success_measures,
        *priority.teams,
    ):
        assert " ".join(line.split()) in " ".join(text.split())


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("overview", ["Creating a greener, fairer and more caring Cambridgeshire", "Ambition 7"]),
        ("promises", ["We will work to keep you safe and help you to keep yourself safe"]),
        ("pledge", ["Education and employment", "Finances", "Housing", "dedicated Personal Adviser"]),
        ("principles", ["Prepare our children and young people for adulthood and independent living."]),
        ("approach", ["Family first", "Placement Sufficiency Strategy 2024"]),
        (
            "governance",
            ["Children in Care Council", "Robustly monitors children's progress and challenges outcomes"],
        ),
        (
            "reports",
            ["Corporate Parenting Annual Report", "Adoption Annual Report", "Placement Stability Report"],
        ),
        ("context", ["706", "Children in Care", "28%", "99.8%"]),
        ("forewords", ["Dear Corporate Parents", "Martin Purbrick"]),
    ],
)
def test_each_section_shows_the_strategys_words(
    qtbot: QtBot, main_window: MainWindow, key: str, expected: list[str]
) -> None:
    click_section(qtbot, main_window, key)
    assert main_window.strategy_page.shown_section == key
    text = reader_text(main_window)
    for words in expected:
        assert words in text


def test_promises_are_listed_in_their_numbered_order(qtbot: QtBot, main_window: MainWindow) -> None:
    click_section(qtbot, main_window, "promises")
    text = reader_text(main_window)
    first = text.index("We will work to keep you safe")
    seventh = text.index("We will help you to see your family")
    tenth = text.index("We will make sure you have the up-to-date information")
    assert first < seventh < tenth
    assert text.index("We will work to keep you in a supportive and caring environment") < seventh


def test_the_contents_can_be_read_with_the_keyboard_alone(qtbot: QtBot, main_window: MainWindow) -> None:
    page = main_window.strategy_page
    page.show_section("overview")
    page.tree.setFocus()
    seen = [page.shown_section]
    for _ in range(15):
        qtbot.keyClick(page.tree, Qt.Key.Key_Down)
        seen.append(page.shown_section)
    assert seen[:8] == [
        "overview",
        "priorities",
        "priority:1",
        "priority:2",
        "priority:3",
        "priority:4",
        "priority:5",
        "promises",
    ]
    assert seen[-1] == "forewords"
    assert "Forewords" in reader_text(main_window)


def test_tab_reaches_every_control_and_each_has_a_name(qtbot: QtBot, main_window: MainWindow) -> None:
    page = main_window.strategy_page
    page.version_box.setCurrentIndex(0)
    main_window.import_strategy_file(SHORT)
    page.version_box.setCurrentIndex(1)  # an earlier version, so "Make this version current" is enabled
    assert page.make_current_button.isEnabled()
    main_window.activateWindow()
    main_window.nav.setFocus()
    qtbot.waitUntil(main_window.nav.hasFocus, timeout=2000)
    reached: list[QWidget] = []
    for _ in range(7):
        reached.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    tabs = page.tabs.tabBar()  # Read and Coverage: the arrow keys choose between them
    expected = [main_window.nav, page.version_box, page.make_current_button, tabs, page.tree, page.reader]
    assert reached[:6] == expected
    assert reached[6] is main_window.nav, "Tab comes round again"
    for control in expected:
        assert control.accessibleName()


def test_larger_text_follows_the_shortcut_and_is_remembered(
    qtbot: QtBot, main_window: MainWindow, strategy_db: Desk, make_window: Callable[[Desk], MainWindow]
) -> None:
    reader = main_window.strategy_page.reader
    before = reader.font().pointSizeF()
    main_window.larger_action.trigger()
    main_window.larger_action.trigger()
    assert reader.font().pointSizeF() == before + 2
    main_window.smaller_action.trigger()
    assert reader.font().pointSizeF() == before + 1
    main_window.close()
    again = make_window(strategy_db)
    assert again.strategy_page.reader.font().pointSizeF() == before + 1
    again.normal_action.trigger()
    assert again.strategy_page.reader.font().pointSizeF() == before


def test_text_starts_at_the_system_font_size(main_window: MainWindow) -> None:
    app_font = QApplication.font()
    assert main_window.strategy_page.reader.font().pointSizeF() == app_font.pointSizeF()


def test_window_size_place_and_section_are_remembered(
    qtbot: QtBot, main_window: MainWindow, strategy_db: Desk, make_window: Callable[[Desk], MainWindow]
) -> None:
    main_window.resize(760, 520)  # within the offscreen screen (800 x 600), so nothing is clamped
    click_section(qtbot, main_window, "pledge")
    main_window.close()
    again = make_window(strategy_db)
    assert (again.width(), again.height()) == (760, 520)
    assert again.strategy_page.shown_section == "pledge"


def test_a_strategy_file_is_imported_through_the_file_menu(
    qtbot: QtBot, main_window: MainWindow, strategy_db: Desk
) -> None:
    main_window.import_action.trigger()
    dialog = main_window.file_dialog
    assert dialog.isVisible()
    dialog.selectFile(str(SHORT))
    dialog.accept()
    current = strategy_db.strategy.current()
    assert current is not None and current.header.version_label == "2023-2028"
    page = main_window.strategy_page
    assert page.version_box.count() == 2
    assert "2023-2028 (current)" in page.version_box.currentText()
    assert page.contents.rowCount(page.contents.index_of("priorities")) == 1


def test_a_bad_file_is_refused_with_a_message_and_nothing_changes(
    main_window: MainWindow, strategy_db: Desk, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "cpdesk-strategy"}', encoding="utf-8")
    main_window.import_strategy_file(bad)
    box = main_window.message
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.windowTitle() == "The strategy file was not imported"
    assert box.text().startswith("The whole file: missing 15 fields: 'format_version', 'strategy',")
    assert "Nothing was changed." in box.informativeText() and str(bad) in box.informativeText()
    assert len(strategy_db.strategy.versions()) == 1
    assert main_window.strategy_page.version_box.count() == 1


def test_an_earlier_version_can_be_read_and_made_current_again(
    qtbot: QtBot, main_window: MainWindow, strategy_db: Desk
) -> None:
    main_window.import_strategy_file(SHORT)
    page = main_window.strategy_page
    assert not page.make_current_button.isEnabled()
    page.version_box.setCurrentIndex(1)
    assert "2025-2030" in page.version_box.currentText()
    assert "You are reading an earlier version" in page.version_note.text()
    assert page.contents.rowCount(page.contents.index_of("priorities")) == 5
    assert page.make_current_button.isEnabled()
    qtbot.mouseClick(page.make_current_button, Qt.MouseButton.LeftButton)
    current = strategy_db.strategy.current()
    assert current is not None and current.header.version_label == "2025-2030"
    assert "2025-2030 (current)" in page.version_box.currentText()
    assert not page.make_current_button.isEnabled()


def test_the_version_being_read_is_exported_through_the_file_menu(
    main_window: MainWindow, strategy_db: Desk, tmp_path: Path
) -> None:
    out = tmp_path / "exported.json"
    main_window.export_action.trigger()
    dialog = main_window.file_dialog
    dialog.selectFile(str(out))
    dialog.accept()
    from cpdesk.config import bundled_strategy_path

    assert out.read_text(encoding="utf-8") == bundled_strategy_path().read_text(encoding="utf-8")


def test_the_real_worker_imports_and_refuses_with_its_own_connection(
    qtbot: QtBot, strategy_db: Desk, settings_path: Path, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    from cpdesk.views.common.changes import ChangeHub
    from cpdesk.views.common.confirm import AutoConfirmer
    from cpdesk.views.common.tasks import TaskRunner

    runner = TaskRunner()
    window = MainWindow(
        strategy_db,
        QSettings(str(settings_path), QSettings.Format.IniFormat),
        runner,
        ChangeHub(),
        AutoConfirmer(),
    )
    qtbot.addWidget(window)
    window.import_strategy_file(SHORT)
    qtbot.waitUntil(lambda: window.strategy_page.version_box.count() == 2, timeout=5000)
    assert "2023-2028 (current)" in window.strategy_page.version_box.currentText()
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    window.import_strategy_file(bad)
    qtbot.waitUntil(lambda: window.message is not None and window.message.isVisible(), timeout=5000)
    assert "cut short" in window.message.text()  # type: ignore[union-attr]
    assert len(strategy_db.strategy.versions()) == 2
    window.message.close()  # type: ignore[union-attr]
    window.close()


def test_a_fault_is_kept_in_the_log_and_shown_as_cpdesks_own(
    main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> None:
        raise KeyError("Sam said the move was frightening")

    monkeypatch.setattr(main_window.desk.strategy, "export_file", broken)
    version = main_window.strategy_page.shown_version
    assert version is not None
    main_window.export_strategy_file(tmp_path / "out.json", version)
    box = main_window.message
    assert box is not None
    log = tmp_path / "user-data" / "logs" / "cpdesk.log"
    assert box.text().startswith("This is a fault in cpdesk (KeyError), not a problem with what you did.")
    assert str(log) in box.text() and "Nothing was changed" not in box.text()
    assert "KeyError" in box.detailedText()
    kept = log.read_text(encoding="utf-8")
    assert "background work failed" in kept and "builtins.KeyError" in kept and "in broken" in kept
    assert "Sam" not in kept and "frightening" not in kept


def test_f1_lists_the_keyboard_shortcuts(qtbot: QtBot, main_window: MainWindow) -> None:
    main_window.shortcuts_action.trigger()
    box = main_window.message
    assert box is not None and box.isVisible()
    assert "Ctrl+I" in box.text() and "Larger or smaller text" in box.text()
    assert main_window.shortcuts_action.shortcut().toString() == "F1"


def test_the_keyboard_starts_in_the_contents(qtbot: QtBot, main_window: MainWindow) -> None:
    main_window.activateWindow()
    qtbot.waitUntil(lambda: main_window.strategy_page.tree.hasFocus(), timeout=2000)
    qtbot.keyClick(main_window.strategy_page.tree, Qt.Key.Key_Down)
    assert main_window.strategy_page.shown_section == "priority:2"
