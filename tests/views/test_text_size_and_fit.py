"""One text size for every page, table, dialog and chart, remembered; every page usable on a small laptop."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, QSize
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QTableView,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from cpdesk.domain.desk import Desk
from cpdesk.domain.example import write_example
from cpdesk.views.actions.model import COL_DUE, COL_RAG, COL_REFERENCE
from cpdesk.views.common.text_size import forget_system_size
from cpdesk.views.indicators.models import LATEST, NAME, RAG
from cpdesk.views.main_window import MainWindow, first_size

AREAS = (
    "Strategy",
    "Meetings",
    "Actions",
    "Young people's voice",
    "My preparation",
    "Work programme",
    "People",
    "Indicators",
)


@pytest.fixture
def example(tmp_path: Path) -> Iterator[Desk]:
    path = write_example(tmp_path / "example.db", date(2026, 12, 2))
    with Desk.open(path) as desk:
        yield desk


def test_larger_text_reaches_every_page_table_dialog_and_chart_and_is_remembered(
    qtbot: QtBot, example: Desk, make_window: Callable[[Desk], MainWindow], settings_path: Path
) -> None:
    window = make_window(example)
    normal = QApplication.font().pointSizeF()
    actions = window.actions_page
    normal_row = actions.table.rowHeight(0)
    for _ in range(3):
        window.larger_action.trigger()
    larger = normal + 3
    indicators = window.indicators_page  # built after the change: made at the larger size
    window.go_to(AREAS.index("Indicators"))
    assert indicators.chart.plot.plot_item.getAxis("left").style["tickFont"].pointSizeF() == larger
    for page in (window.strategy_page.reader, window.meetings_page, actions.table, window.people_page):
        assert page.font().pointSizeF() == larger
    assert actions.table.rowHeight(0) > normal_row, "rows grow with their text"
    assert actions.table.rowHeight(0) >= actions.table.fontMetrics().lineSpacing()
    assert window.meetings_page.heading.font().pointSizeF() > larger, "a heading stays larger than its text"
    window.shortcuts_action.trigger()  # a dialog opened after the change
    assert isinstance(window.message, QMessageBox) and window.message.font().pointSizeF() == larger
    window.message.close()

    window.smaller_action.trigger()
    assert actions.table.font().pointSizeF() == normal + 2
    assert indicators.chart.plot.plot_item.getAxis("left").style["tickFont"].pointSizeF() == normal + 2
    window.close()
    assert QSettings(str(settings_path), QSettings.Format.IniFormat).value("window/text_size") == 2
    again = make_window(example)
    assert again.actions_page.table.font().pointSizeF() == normal + 2
    again.normal_action.trigger()
    assert QApplication.font().pointSizeF() == normal


def test_a_size_chosen_in_the_strategy_reader_before_is_kept(
    example: Desk, make_window: Callable[[Desk], MainWindow], settings_path: Path
) -> None:
    QSettings(str(settings_path), QSettings.Format.IniFormat).setValue("strategy/zoom", 4)
    normal = QApplication.font().pointSizeF()
    window = make_window(example)
    assert window.actions_page.table.font().pointSizeF() == normal + 4


def heading_breaks(window: MainWindow) -> list[tuple[str, int]]:
    """Each heading of the reader with the places it is broken into lines, as the reader lays it out."""
    document = window.strategy_page.reader.document()
    found = []
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            layout: QTextLayout = block.layout()
            for n in range(layout.lineCount() - 1):
                line = layout.lineAt(n)
                found.append((block.text(), line.textStart() + line.textLength()))
        block = block.next()
    return found


def test_headings_wrap_between_words_never_inside_one(
    qtbot: QtBot, example: Desk, make_window: Callable[[Desk], MainWindow]
) -> None:
    window = make_window(example)
    for _ in range(8):
        window.larger_action.trigger()
    window.strategy_page.show_section("governance")
    window.resize(700, 500)
    window.strategy_page.splitter.setSizes([400, 300])  # a narrow reader at a large size
    QApplication.processEvents()
    breaks = heading_breaks(window)
    assert breaks, "the reader was narrow enough to wrap a heading"
    for text, at in breaks:
        assert text[at - 1].isspace() or not text[at].isalnum(), f"{text!r} is split at {text[:at]!r}"


def test_the_first_size_fits_the_screen() -> None:
    assert first_size(QSize(1920, 1040)) == QSize(1280, 820)
    laptop = first_size(QSize(1366, 728))  # a 768-pixel screen less its task bar
    assert laptop.height() <= 728 * 0.9 and laptop.width() <= 1280
    at_125 = first_size(QSize(1093, 582))
    assert at_125.width() <= 1093 and at_125.height() <= 582


def test_a_window_opens_within_the_screen_and_a_saved_size_too_large_is_cut_to_it(
    qtbot: QtBot, example: Desk, make_window: Callable[[Desk], MainWindow]
) -> None:
    window = make_window(example)
    room = window.screen().availableGeometry()
    assert room.contains(window.geometry()) and window.frameGeometry().height() <= room.height()
    window.resize(1600, 1200)
    window.fit_screen(QRect(0, 0, 1024, 640))
    assert window.frameGeometry().width() <= 1024 and window.frameGeometry().height() <= 640
    window.close()
    window.resize(1600, 1200)
    window.save_settings()
    again = make_window(example)
    assert again.frameGeometry().width() <= room.width() and again.frameGeometry().height() <= room.height()


def controls(page: QWidget) -> list[QWidget]:
    kinds = (QAbstractButton, QComboBox, QLineEdit)
    return [w for w in page.findChildren(QWidget) if isinstance(w, kinds) and w.isVisible()]


def outside(control: QWidget) -> str:
    """Where a control is out of sight sideways (or out of the window), or '' if it can be seen."""
    here = control.rect()
    parent = control.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            if parent.horizontalScrollBar().maximum() > 0:
                return f"{parent.accessibleName() or type(parent).__name__} scrolls sideways"
            view = parent.viewport()
            if not view.isAncestorOf(control):
                parent = parent.parentWidget()  # the frame of the area (a corner button) never scrolls
                continue
            left = control.mapTo(view, here.topLeft()).x()
            if left < 0 or left + here.width() > view.width():
                return f"beyond the side of {parent.accessibleName() or type(parent).__name__}"
        parent = parent.parentWidget()
    window = control.window()
    left = control.mapTo(window, here.topLeft()).x()
    return "beyond the window" if left < 0 or left + here.width() > window.width() else ""


def columns_in_view(table: QTableView, columns: tuple[int, ...]) -> None:
    header = table.horizontalHeader()
    assert table.horizontalScrollBar().value() == 0
    for column in columns:
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        name = table.model().headerData(column, header.orientation())
        assert header.sectionViewportPosition(column) >= 0 and right <= table.viewport().width(), name


# The window cpdesk first opens (90% of the screen's free room) on two small laptops, in logical pixels:
# at 125% a 1366 x 768 screen is 1093 x 614 of them, and Qt draws fonts a quarter larger already.
LAPTOPS = pytest.mark.parametrize(
    "size",
    [QSize(1024, 640), QSize(983, 552)],
    ids=["1024x640", "1366x768-at-125%"],
)


def tab_pages(page: QWidget) -> Iterator[None]:
    """Each tab of each set of tabs on the page in turn (then the tab that was chosen, again)."""
    for tabs in page.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        chosen = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            yield
        tabs.setCurrentIndex(chosen)


def out_of_sight(qtbot: QtBot, window: MainWindow, areas: tuple[str, ...], size: QSize) -> list[str]:
    """Each control of these areas (on every tab) that cannot be seen without scrolling sideways, text 3
    steps larger."""
    forget_system_size()
    window.text_size.set_steps(3)
    window.resize(size)
    problems: list[str] = []
    for area in areas:
        row = AREAS.index(area)
        window.go_to(row)
        qtbot.waitUntil(window.page(row).isVisible)
        QApplication.processEvents()
        if area == "Meetings":  # words typed and not saved: Discard draft shows beside Save
            window.meetings_page.tabs.setCurrentWidget(window.meetings_page.minutes_tab)
            QApplication.processEvents()
            window.meetings_page.minutes_tab.discussion.setPlainText("Typed, not saved")
        assert controls(window.page(row)), area
        for _ in [None, *tab_pages(window.page(row))]:
            for control in controls(window.page(row)):
                name = control.accessibleName() or getattr(control, "text", lambda: "")()
                problem = f"{area}: {name!r} is {outside(control)}"
                if outside(control) and problem not in problems:
                    problems.append(problem)
        if area == "Meetings":
            minutes = window.meetings_page.minutes_tab
            assert minutes.discard_button.isVisible()
            columns_in_view(minutes.decisions_view, tuple(range(minutes.decisions.columnCount())))
        if area == "Actions":
            window.actions_page.table.selectRow(0)
            columns_in_view(window.actions_page.table, (COL_REFERENCE, COL_DUE, COL_RAG))
        if area == "Indicators":
            columns_in_view(window.indicators_page.table, (NAME, LATEST, RAG))
    return problems


@LAPTOPS
def test_every_page_is_usable_on_a_small_laptop_with_text_three_steps_larger(
    qtbot: QtBot, example: Desk, make_window: Callable[[Desk], MainWindow], size: QSize
) -> None:
    window = make_window(example)
    assert not out_of_sight(qtbot, window, AREAS, size)
    assert window.size() == size, "the window kept the laptop's size"
