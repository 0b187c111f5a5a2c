"""The Indicators page as a member uses it: import statistics, compare, set targets, explain a Red."""

from __future__ import annotations

import csv
import math
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox, QScrollArea, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from cpdesk.domain.desk import Desk
from cpdesk.domain.indicators import Indicator, Summary, Value
from cpdesk.packs.charts import points_of
from cpdesk.views.common.changes import INDICATORS, ChangeHub
from cpdesk.views.common.confirm import AutoConfirmer
from cpdesk.views.common.tasks import SynchronousRunner
from cpdesk.views.indicators.chart import ValuesModel
from cpdesk.views.indicators.dialogs import EditIndicatorDialog, ExceptionDialog, ImportStatisticsDialog
from cpdesk.views.indicators.models import (
    CHANGE,
    LATEST,
    NAME,
    RAG,
    TARGET,
    IndicatorFilter,
    IndicatorsModel,
    change_words,
)
from cpdesk.views.indicators.page import IndicatorsPage
from tests.conftest import SHARED, database_dump, needs_shared

DFE = SHARED / "data" / "dfe"
STABILITY = "la_cla_placement_stability.csv"
LEAVERS = "la_care_leavers_activity.csv"
LONG_TERM = (
    "Children looked after continuously for at least 2.5 years on 31 March aged under 16 years: "
    "Living with the same carer for at least 2 years"
)
PERIODS = ["2021", "2022", "2023", "2024", "2025"]

pytestmark = needs_shared


@pytest.fixture
def confirmer() -> AutoConfirmer:
    return AutoConfirmer()


@pytest.fixture
def hub() -> ChangeHub:
    return ChangeHub()


@pytest.fixture
def page(
    qtbot: QtBot, strategy_db: Desk, hub: ChangeHub, confirmer: AutoConfirmer
) -> Iterator[IndicatorsPage]:
    shown = IndicatorsPage(strategy_db, hub, SynchronousRunner(), confirmer)
    qtbot.addWidget(shown)
    shown.resize(1100, 900)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    for box in (shown.message, shown.dialog and shown.dialog.message):
        if box is not None:
            box.close()


def indicator(desk: Desk, name: str) -> Indicator:
    return next(ind for ind in desk.indicators.indicators() if ind.name == name)


def imported(page: IndicatorsPage, desk: Desk, *names: str) -> None:
    """Files imported headless (as the command line does), then the page told, as after any change."""
    for name in names:
        desk.indicators.import_statistics(DFE / name)
    page.refresh()


def show(page: IndicatorsPage, name: str) -> Summary:
    """Find an indicator by typing its name in the filter, and choose it."""
    page.filter_edit.setText(name)
    assert page.proxy.rowCount() >= 1, name
    page.table.setCurrentIndex(page.proxy.index(0, NAME))
    summary = page.selected()
    assert summary is not None and summary.indicator.name == name
    return summary


def row_text(page: IndicatorsPage, column: int) -> str:
    return str(page.table.currentIndex().siblingAtColumn(column).data())


def cell(values: ValuesModel, area: str, period: str) -> str:
    row, column = values.row_of(area), values.column_of(period)
    assert row >= 0 and column >= 0, (area, period)
    return str(values.index(row, column).data())


# --- the models ---


def test_every_model_passes_the_model_tester(
    qtmodeltester: ModelTester, strategy_db: Desk, page: IndicatorsPage
) -> None:
    strategy_db.indicators.import_statistics(DFE / LEAVERS)
    model = IndicatorsModel()
    model.set_summaries(strategy_db.indicators.summaries())
    qtmodeltester.check(model, force_py=True)
    proxy = IndicatorFilter()
    proxy.setSourceModel(model)
    proxy.set_words("higher education")
    proxy.sort(LATEST, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy, force_py=True)
    assert proxy.rowCount() == 4  # every word, in the name or the description
    proxy.set_words("Beyond A LEVEL")
    assert proxy.rowCount() == 2
    values = ValuesModel()
    ind = indicator(strategy_db, "19 to 21 years: Higher education i.e. studies beyond A level")
    values.set_series(ind, strategy_db.indicators.series(ind.id), {})
    qtmodeltester.check(values, force_py=True)
    assert (values.rowCount(), values.columnCount()) == (13, 5)
    qtmodeltester.check(page.proxy, force_py=True)


def test_figures_sort_as_numbers_with_missing_ones_first(strategy_db: Desk) -> None:
    # The total (a count) is asked for: by default it is set aside as its percentages' denominator.
    strategy_db.indicators.import_statistics(DFE / LEAVERS, denominators=True)
    model = IndicatorsModel()
    model.set_summaries(strategy_db.indicators.summaries())
    proxy = IndicatorFilter()
    proxy.setSourceModel(model)
    proxy.set_words("17 to 18 years")
    proxy.sort(LATEST, Qt.SortOrder.AscendingOrder)
    shown = [proxy.index(row, LATEST).data() for row in range(proxy.rowCount())]
    assert shown[0].endswith(")") and "(" in shown[0]  # a suppressed one: its code in words
    numbers = [float(s.rstrip("%").replace(",", "")) for s in shown if "(" not in s]
    assert numbers == sorted(numbers) and numbers[-1] == 141  # 141 (a count) after 77%, not before 9%


# --- the new user's journey ---


def test_import_the_stability_file_and_compare_cambridgeshire_over_five_years(
    qtbot: QtBot, page: IndicatorsPage, strategy_db: Desk
) -> None:
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    dialog = page.file_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.selectFile(str(DFE / STABILITY))
    dialog.accept()
    authority = page.dialog
    assert isinstance(authority, ImportStatisticsDialog) and authority.isVisible()
    assert authority.authority_box.currentText() == "Cambridgeshire (873)"
    # 6 combinations, 3 of them the 'Total children' the others are percentages of: set aside.
    assert authority.figures_list.count() == 3 and authority.denominators_list.count() == 3
    qtbot.mouseClick(authority.ok_button, Qt.MouseButton.LeftButton)
    assert not authority.isVisible()
    assert page.status.text().startswith("Imported 195 figures from la_cla_placement_stability.csv")

    qtbot.keyClicks(page.filter_edit, "same carer for at least 2 years")
    assert page.proxy.rowCount() == 1 and page.count_label.text().startswith("1 of ")
    summary = page.selected()
    assert summary is not None and summary.indicator.name == LONG_TERM
    assert row_text(page, LATEST) == "71%" and row_text(page, CHANGE) == "Down 3 points"
    assert row_text(page, RAG) == "No target"

    chart = page.chart.plot
    kinds = [s.kind for s in chart.series]
    assert kinds.count("council") == kinds.count("national") == kinds.count("regional") == 1
    assert kinds.count("neighbour") == 10
    assert all(s.point_count == 5 for s in chart.series)
    names = {s.name for s in chart.series}
    assert {"Cambridgeshire", "England", "East of England", "Oxfordshire", "Warwickshire"} <= names
    assert chart.periods == PERIODS
    council = next(s for s in chart.series if s.kind == "council")
    assert council.points[-1] == 71
    assert council.item.opts["pen"].widthF() > max(
        s.item.opts["pen"].widthF() for s in chart.series if s.kind != "council"
    ), "the council's line is the strongest"
    assert "Cambridgeshire: 71% in 2025 (74% in 2024). England: 69% in 2025." in chart.accessibleDescription()
    assert chart.accessibleName() == f"Chart of {LONG_TERM}"

    values = page.chart.values
    assert cell(values, "Cambridgeshire", "2025") == "71% (142 of 201)"
    assert cell(values, "England", "2025").startswith("69% (")
    assert values.headerData(0, Qt.Orientation.Vertical) == "Cambridgeshire (council)"
    assert [values.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == PERIODS
    evidences = "<tr><td><b>Evidences</b></td><td>Not linked to the strategy yet</td></tr>"
    assert evidences in page.details.text(), "an indicator just imported evidences nothing yet"
    assert page.details.accessibleName().endswith("Evidences: Not linked to the strategy yet")
    assert "71% (142 of 201) in 2025" in page.details.accessibleName()


def test_suppressed_values_are_codes_in_the_list_and_gaps_in_the_chart(
    page: IndicatorsPage, strategy_db: Desk
) -> None:
    imported(page, strategy_db, LEAVERS)
    show(page, "17 to 18 years: Higher education i.e. studies beyond A level")
    assert row_text(page, LATEST) == "c (confidential)"
    assert row_text(page, CHANGE) == "Not known (a figure is suppressed)"
    assert row_text(page, RAG) == "No value"

    show(page, "19 to 21 years: Higher education i.e. studies beyond A level")
    council = next(s for s in page.chart.plot.series if s.kind == "council")
    assert council.points == [3, 5, 5, None, 6]
    _x, y = council.item.getData()
    assert math.isnan(y[3]) and all(math.isfinite(v) for i, v in enumerate(y) if i != 3)
    assert council.item.opts["connect"] == "finite", "a gap, not a line through zero"
    assert cell(page.chart.values, "Cambridgeshire", "2024") == "c (confidential)"
    bath = cell(page.chart.values, "Bath and North East Somerset", "2025")
    assert bath == "c (confidential)"
    assert "Bath and North East Somerset" not in {s.name for s in page.chart.plot.series}


def test_a_target_set_in_the_dialog_turns_the_rag_word(
    qtbot: QtBot, page: IndicatorsPage, strategy_db: Desk
) -> None:
    imported(page, strategy_db, STABILITY)
    show(page, LONG_TERM)

    def set_target(text: str) -> None:
        qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
        dialog = page.dialog
        assert isinstance(dialog, EditIndicatorDialog) and dialog.isVisible()
        dialog.polarity_box.setCurrentIndex(dialog.polarity_box.findData("higher"))
        dialog.target_edit.clear()
        qtbot.keyClicks(dialog.target_edit, text)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()

    set_target("75")
    assert row_text(page, RAG) == "Amber"
    assert row_text(page, CHANGE) == "Down 3 points, worse"
    set_target("80%")
    assert row_text(page, RAG) == "Red"
    saved = indicator(strategy_db, LONG_TERM)
    assert (saved.target, saved.polarity) == (80, "higher")
    target = page.chart.plot.target_line
    assert target is not None and target.value() == 80
    assert page.exception_button.isVisible()


def test_a_target_that_is_not_a_number_is_refused_and_changes_nothing(
    qtbot: QtBot, page: IndicatorsPage, strategy_db: Desk
) -> None:
    imported(page, strategy_db, STABILITY)
    show(page, LONG_TERM)
    before = database_dump(strategy_db)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.fields["Target"], "most")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    box = dialog.message
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text() == "The target 'most' is not a number."
    assert "Where: Target" in box.informativeText() and "Nothing was changed." in box.informativeText()
    assert dialog.isVisible() and database_dump(strategy_db) == before


def test_the_edit_dialog_links_priorities_and_success_measures(
    qtbot: QtBot, page: IndicatorsPage, strategy_db: Desk
) -> None:
    imported(page, strategy_db, STABILITY)
    show(page, LONG_TERM)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, EditIndicatorDialog)
    items = dialog.link_items()
    second = next(i for i in items if i.text(0).startswith("Priority 2:"))
    measure = next(i for i in items if i.text(0).startswith("Priority 4, success measure 1:"))
    second.setCheckState(0, Qt.CheckState.Checked)
    measure.setCheckState(0, Qt.CheckState.Checked)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert indicator(strategy_db, LONG_TERM).priorities == (2, 4)
    assert "Priority 2: Achieving permanent homes" in page.details.text()
    page.priority_box.setCurrentIndex(page.priority_box.findData(4))
    assert page.proxy.rowCount() == 1
    page.priority_box.setCurrentIndex(page.priority_box.findData(1))
    assert page.proxy.rowCount() == 0 and page.count_label.text().startswith("0 of ")


def test_changing_the_unit_of_figures_held_is_asked_first(
    qtbot: QtBot, page: IndicatorsPage, strategy_db: Desk, confirmer: AutoConfirmer
) -> None:
    imported(page, strategy_db, STABILITY)
    show(page, LONG_TERM)
    confirmer.answer = False
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, EditIndicatorDialog)
    dialog.unit_box.setCurrentIndex(dialog.unit_box.findData("count"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert confirmer.asked == ["Change the unit?"]
    assert indicator(strategy_db, LONG_TERM).unit == "percent"


def test_an_exception_is_recorded_for_a_red_figure_with_its_remedial_action(
    qtbot: QtBot, page: IndicatorsPage, strategy_db: Desk
) -> None:
    imported(page, strategy_db, STABILITY)
    strategy_db.indicators.update(indicator(strategy_db, LONG_TERM).id, polarity="higher", target=90)
    meeting = strategy_db.meetings.create_meeting(
        strategy_db.people.body("sub_committee").id, date(2025, 6, 10)
    )
    action = strategy_db.actions.raise_action(meeting.id, "Report on placement stability to the next meeting")
    page.refresh()
    summary = show(page, LONG_TERM)
    assert summary.rag == "Red" and page.exception_button.isVisible()
    assert not page.exception_label.isVisible()

    qtbot.mouseClick(page.exception_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, ExceptionDialog) and dialog.isVisible()
    assert "71% in 2025 is Red against a target of 90%" in dialog.intro.text()
    qtbot.keyClicks(dialog.why_edit, "Several long-term foster placements ended in the year.")
    qtbot.keyClicks(dialog.response_edit, "A stability review of every child in care for over 2 years.")
    item = dialog.actions_list.item(0)
    assert action.reference in item.text()
    item.setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    assert summary.latest is not None
    note = strategy_db.indicators.exception(summary.latest.id)
    assert note is not None and note.action_ids == (action.id,)
    assert note.why == "Several long-term foster placements ended in the year."
    shown = page.exception_label.text()
    assert page.exception_label.isVisible()
    assert "Exception for the 2025 figure (71%)" in shown and "A stability review" in shown
    assert action.reference in shown
    assert cell(page.chart.values, "Cambridgeshire", "2025") == "71% (142 of 201), exception recorded"
    assert cell(page.chart.values, "Cambridgeshire", "2024") == "74% (148 of 199)"


def test_no_exception_is_offered_for_a_figure_that_is_not_red(
    page: IndicatorsPage, strategy_db: Desk
) -> None:
    imported(page, strategy_db, STABILITY)
    strategy_db.indicators.update(indicator(strategy_db, LONG_TERM).id, polarity="higher", target=70)
    page.refresh()
    assert show(page, LONG_TERM).rag == "Green"
    assert not page.exception_button.isVisible()


def test_the_chart_is_exported_as_a_png_through_the_file_dialog(
    qtbot: QtBot, page: IndicatorsPage, strategy_db: Desk, tmp_path: Path
) -> None:
    imported(page, strategy_db, STABILITY)
    show(page, LONG_TERM)
    qtbot.mouseClick(page.chart.export_button, Qt.MouseButton.LeftButton)
    dialog = page.chart.file_dialog
    assert dialog is not None and dialog.isVisible()
    out = tmp_path / "stability.png"
    dialog.selectFile(str(out))
    dialog.accept()
    assert out.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    picture = QImage(str(out))
    assert picture.width() == 1200 and picture.height() > 400
    assert page.status.text() == f"Saved the chart to {out}"


def test_a_chart_that_cannot_be_written_says_so(
    page: IndicatorsPage, strategy_db: Desk, tmp_path: Path
) -> None:
    imported(page, strategy_db, STABILITY)
    show(page, LONG_TERM)
    page.chart.export_png(tmp_path / "no-such-folder" / "chart.png")
    box = page.chart.message
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text() == "The picture could not be written there."
    box.close()


def test_every_value_is_exported_through_the_file_dialog(
    qtbot: QtBot, page: IndicatorsPage, strategy_db: Desk, tmp_path: Path
) -> None:
    imported(page, strategy_db, STABILITY)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    dialog = page.file_dialog
    assert dialog is not None
    out = tmp_path / "values.csv"
    dialog.selectFile(str(out))
    dialog.accept()
    with out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) > 195  # the stability file's figures (its totals are denominators, not indicators)
    assert page.status.text() == f"Wrote {len(rows)} figures to {out}"
    assert any(
        r["indicator"] == LONG_TERM and r["area"] == "Cambridgeshire" and r["value"] == "71" for r in rows
    )


def test_a_cut_short_file_is_refused_with_what_and_where_and_nothing_changes(
    page: IndicatorsPage, strategy_db: Desk, tmp_path: Path
) -> None:
    path = Path(shutil.copyfile(DFE / STABILITY, tmp_path / STABILITY))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2].rsplit(b",", 2)[0])
    before = database_dump(strategy_db)
    page.import_file(path)
    box = page.message
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.windowTitle() == "The statistics were not imported"
    assert "the file looks cut short" in box.text()
    assert (
        f"Where: {path}, line " in box.informativeText() and "Nothing was changed." in box.informativeText()
    )
    assert page.dialog is None and database_dump(strategy_db) == before


def test_another_authority_chosen_in_the_dialog_is_imported_with_its_own_neighbours(
    qtbot: QtBot, page: IndicatorsPage, strategy_db: Desk
) -> None:
    page.import_file(DFE / STABILITY)
    dialog = page.dialog
    assert isinstance(dialog, ImportStatisticsDialog)
    dialog.authority_box.setCurrentIndex(dialog.authority_box.findData("931"))
    assert dialog.authority_box.currentText() == "Oxfordshire (931)"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    areas = {v.area.name for v in strategy_db.indicators.values(indicator(strategy_db, LONG_TERM).id)}
    assert {"Oxfordshire", "South East", "England"} <= areas and "East of England" not in areas


def test_a_figure_can_be_sent_to_an_existing_indicator(
    qtbot: QtBot, page: IndicatorsPage, strategy_db: Desk
) -> None:
    mine = strategy_db.indicators.create(
        "Long-term stability (our measure)", "percent", polarity="higher", target=75
    )
    page.import_file(DFE / STABILITY)
    dialog = page.dialog
    assert isinstance(dialog, ImportStatisticsDialog)
    row = next(
        r
        for r in range(dialog.figures_list.count())
        if dialog.figures_list.item(r).text().startswith(LONG_TERM)
    )
    dialog.figures_list.setCurrentRow(row)
    assert dialog.into_box.itemText(0) == "Its own indicator"
    assert (
        dialog.into_box.findData(indicator(strategy_db, "Context in Cambridgeshire: Children in Care").id) < 0
    )
    dialog.into_box.setCurrentIndex(dialog.into_box.findData(str(mine.id)))
    assert dialog.figures_list.item(row).text().endswith("→ Long-term stability (our measure)")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not any(ind.name == LONG_TERM for ind in strategy_db.indicators.indicators())
    show(page, "Long-term stability (our measure)")
    assert row_text(page, LATEST) == "71%" and row_text(page, RAG) == "Amber"


def test_a_new_indicator_is_added_with_ctrl_n_and_takes_the_councils_own_figures(
    qtbot: QtBot, page: IndicatorsPage, strategy_db: Desk, tmp_path: Path
) -> None:
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert isinstance(dialog, EditIndicatorDialog) and dialog.windowTitle() == "New indicator"
    qtbot.keyClicks(dialog.name_edit, "Initial health assessments within 20 working days")
    qtbot.keyClicks(dialog.target_edit, "80")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    added = indicator(strategy_db, "Initial health assessments within 20 working days")
    assert (added.unit, added.polarity, added.target) == ("percent", "higher", 80)
    summary = page.selected()
    assert summary is not None and summary.indicator.id == added.id
    assert row_text(page, LATEST) == "None yet" and row_text(page, RAG) == "No value"
    assert page.chart.plot.series == [] and not page.chart.export_button.isEnabled()
    assert "Cambridgeshire: no figures yet." in page.chart.plot.accessibleDescription()

    path = tmp_path / "ours.csv"
    path.write_text(
        "indicator,period,value\n"
        "Initial health assessments within 20 working days,2024-12,28\n"
        "Initial health assessments within 20 working days,2025-03,41\n",
        encoding="utf-8",
    )
    page.import_file(path)
    assert row_text(page, LATEST) == "41%" and row_text(page, CHANGE) == "Up 13 points, better"
    assert row_text(page, RAG) == "Red" and page.exception_button.isVisible()


def test_the_councils_own_figures_import_without_asking_for_an_authority(
    page: IndicatorsPage, strategy_db: Desk, tmp_path: Path
) -> None:
    strategy_db.indicators.create("Children with an up-to-date PEP", "percent", polarity="higher", target=95)
    path = tmp_path / "ours.csv"
    path.write_text(
        "indicator,period,value,numerator,denominator,note\n"
        "Children with an up-to-date PEP,2025-06,96.5,579,600,Summer term\n"
        "Children with an up-to-date PEP,2025-09,c,,,Too few to publish\n",
        encoding="utf-8",
    )
    page.import_file(path)
    assert page.dialog is None
    assert page.status.text() == "Imported 2 of the council's own figures from ours.csv"
    show(page, "Children with an up-to-date PEP")
    assert row_text(page, LATEST) == "c (confidential)"
    council = next(s for s in page.chart.plot.series if s.kind == "council")
    assert council.points == [96.5, None]


# --- the dashboard ---


def test_the_dashboard_shows_the_charts_of_the_indicators_linked_to_a_priority(
    qtbot: QtBot, page: IndicatorsPage, strategy_db: Desk, hub: ChangeHub
) -> None:
    imported(page, strategy_db, STABILITY)
    targets = strategy_db.indicators.link_targets()
    stability = indicator(strategy_db, LONG_TERM)
    moves = indicator(
        strategy_db, "Children looked after on 31 March: With 3 or more placements during the year"
    )
    strategy_db.indicators.update(stability.id, polarity="higher", target=80)
    # Priority 1 has none of the strategy's own figures linked, so it shows exactly these two.
    strategy_db.indicators.set_links(stability.id, priorities=[targets[0].target_id])
    strategy_db.indicators.set_links(moves.id, success_measures=[targets[0].children[0].target_id])
    page.refresh()

    page.show_dashboard(1)
    tiles = page.dashboard.tiles
    assert [t.summary.indicator.name for t in tiles] == sorted([LONG_TERM, moves.name])
    for tile in tiles:
        assert len(tile.plot.series) == 13 and tile.plot.accessibleName() == f"Chart of {tile.title.text()}"
    words = {t.summary.indicator.name: t.rag_label.text() for t in tiles}
    assert words[LONG_TERM] == "Latest: 71% in 2025. Status: Red."
    assert words[moves.name].endswith("Status: No target.")
    assert not page.dashboard.empty_label.isVisible()

    page.dashboard.show_priority(2)
    homes = [t.summary.indicator.name for t in page.dashboard.tiles]
    assert homes and all(name.startswith("Cambridgeshire homes:") for name in homes), (
        "the strategy's own figures"
    )

    page.dashboard.show_priority(1)
    tile = next(t for t in page.dashboard.tiles if t.summary.indicator.id == stability.id)
    qtbot.mouseClick(tile.details_button, Qt.MouseButton.LeftButton)
    assert page.tabs.currentIndex() == 0
    shown = page.selected()
    assert shown is not None and shown.indicator.id == stability.id

    strategy_db.indicators.set_links(stability.id)
    strategy_db.indicators.set_links(moves.id)
    hub.announce(INDICATORS)
    page.show_dashboard(1)  # back from the details to the dashboard
    assert page.dashboard.tiles == []
    sentence = page.dashboard.empty_label.text()
    assert page.dashboard.empty_label.isVisible()
    assert sentence.startswith("No indicators are linked to priority 1 yet.") and "Edit indicator" in sentence


def test_the_dashboard_follows_a_new_link(page: IndicatorsPage, strategy_db: Desk, hub: ChangeHub) -> None:
    imported(page, strategy_db, STABILITY)
    page.show_dashboard(1)
    assert page.dashboard.tiles == []
    strategy_db.indicators.set_links(
        indicator(strategy_db, LONG_TERM).id, priorities=[strategy_db.indicators.link_targets()[0].target_id]
    )
    hub.announce(INDICATORS)
    assert [t.summary.indicator.name for t in page.dashboard.tiles] == [LONG_TERM]


# --- words, keys and names ---


def _summary(unit: str, polarity: str, latest: float | None, previous: float | None) -> Summary:
    from uuid import uuid4

    from cpdesk.domain.indicators import Area

    area = Area(uuid4(), "E10000003", "873", "Cambridgeshire", "local_authority")
    ind = Indicator(uuid4(), "x", "", unit, polarity, None, "", ())

    def value(figure: float | None, period: str) -> Value:
        return Value(
            uuid4(),
            ind.id,
            area,
            period,
            date(int(period), 3, 31),
            figure,
            None,
            None,
            "" if figure is not None else "c",
            "",
        )

    return Summary(ind, value(latest, "2025"), value(previous, "2024"), "No target")


@pytest.mark.parametrize(
    ("unit", "polarity", "latest", "previous", "expected"),
    [
        ("percent", "higher", 71, 74, "Down 3 points, worse"),
        ("percent", "lower", 11, 12, "Down 1 point, better"),
        ("rate_per_10000", "none", 49, 47, "Up 2"),
        ("count", "higher", 1250, 1200, "Up 50, better"),
        ("count", "higher", 5, 5, "No change"),
        ("percent", "higher", None, 5, "Not known (a figure is suppressed)"),
    ],
)
def test_the_change_is_said_in_words(
    unit: str, polarity: str, latest: float | None, previous: float | None, expected: str
) -> None:
    assert change_words(_summary(unit, polarity, latest, previous)) == expected


def test_every_control_has_a_name_and_each_label_its_buddy(page: IndicatorsPage, strategy_db: Desk) -> None:
    imported(page, strategy_db, STABILITY)
    show(page, LONG_TERM)
    controls = [
        w for w in page.findChildren(QWidget) if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisible()
    ]
    unnamed = [
        type(w).__name__
        for w in controls
        if not w.accessibleName()
        and not isinstance(w, QLabel)
        and w.parent() is not None
        and type(w).__name__ not in ("QScrollBar", "QTabBar", "QHeaderView", "QWidget", "QSplitterHandle")
        and not (isinstance(w, QAbstractButton) and w.text())
    ]
    assert unnamed == []
    for label in page.findChildren(QLabel):
        if "&" in label.text() and label.textFormat() != Qt.TextFormat.RichText:
            assert label.buddy() is not None, label.text()


def test_the_page_can_be_used_with_the_keyboard_alone(
    qtbot: QtBot, page: IndicatorsPage, strategy_db: Desk
) -> None:
    imported(page, strategy_db, STABILITY)
    page.activateWindow()
    qtbot.keyClick(page, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # the Filter box's mnemonic
    qtbot.waitUntil(page.filter_edit.hasFocus, timeout=2000)
    qtbot.keyClicks(page.filter_edit, "same carer")
    reached = []
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached[:2] == [page.priority_box, page.table]
    assert page.edit_button in reached and page.exception_button not in reached
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    summary = page.selected()
    assert summary is not None and summary.indicator.name == LONG_TERM
    assert page.chart.plot.accessibleName() == f"Chart of {LONG_TERM}"


def test_text_follows_the_system_font(page: IndicatorsPage) -> None:
    size = QApplication.font().pointSizeF()
    assert page.table.font().pointSizeF() == size
    assert page.chart.table.font().pointSizeF() == size
    assert page.chart.plot.plot_item.getAxis("left").style["tickFont"].pointSizeF() == size
    assert page.title.font().pointSizeF() > size


# --- the import preview, the bin and undo ---


def test_the_preview_shows_what_was_recognised_and_takes_a_correction(
    qtbot: QtBot, page: IndicatorsPage, strategy_db: Desk, tmp_path: Path
) -> None:
    from tests.ees_files import ees_file

    path = ees_file(
        tmp_path / "leavers_by_age.csv",
        ["release", "age"],
        [("Provisional", "16"), ("Provisional", "17")],
        ["number_of_children", "in_education_pc"],
        lambda y, a, c: (10 + a + int(c[1]), 50 + a),
    )
    before = database_dump(strategy_db)
    page.import_file(path)
    dialog = page.dialog
    assert isinstance(dialog, ImportStatisticsDialog) and dialog.isVisible()
    assert database_dump(strategy_db) == before, "nothing is written before Import"
    columns = [dialog.columns_list.item(r).text() for r in range(dialog.columns_list.count())]
    assert columns[0].startswith("release: filter (its cells are words); 1 values: Provisional")
    assert columns[1].startswith("age: filter (its numbers tell rows apart")
    assert columns[3].startswith("in_education_pc: measure (its cells are numbers); a percentage")
    figures = [dialog.figures_list.item(r).text() for r in range(dialog.figures_list.count())]
    assert figures == [
        "Provisional: 16 (percentage; 52% in 2025) → a new indicator",
        "Provisional: 17 (percentage; 52% in 2025) → a new indicator",
    ]

    dialog.columns_list.setFocus()
    dialog.columns_list.setCurrentRow(0)
    assert dialog.role_box.currentData() == "filter"
    dialog.role_box.setCurrentIndex(dialog.role_box.findData("ignore"))
    assert dialog.roles == {"release": "ignore"}
    assert [dialog.figures_list.item(r).text().split(" (")[0] for r in range(2)] == ["16", "17"]
    assert dialog.columns_list.item(0).text().startswith("release: ignore (your choice)")
    dialog.columns_list.setCurrentRow(3)
    assert dialog.unit_box.isEnabled()
    dialog.unit_box.setCurrentIndex(dialog.unit_box.findData("number"))
    assert dialog.figures_list.item(0).text() == "16 (number; 52 in 2025) → a new indicator"
    assert database_dump(strategy_db) == before
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    sixteen = indicator(strategy_db, "16")
    assert sixteen.unit == "number"
    council = strategy_db.indicators.council()
    latest = {v.period: v for v in strategy_db.indicators.values(sixteen.id, council.id)}["2025"]
    assert (latest.value, latest.numerator) == (52, 28)
    assert page.status.text().startswith("Imported 20 figures from leavers_by_age.csv")


def test_a_correction_that_cannot_be_right_is_refused_in_the_dialog(
    page: IndicatorsPage, strategy_db: Desk, tmp_path: Path
) -> None:
    from tests.ees_files import ees_file

    path = ees_file(
        tmp_path / "ages.csv", ["age"], [("16",), ("17",)], ["children"], lambda y, a, c: (a + int(c[0]),)
    )
    page.import_file(path)
    dialog = page.dialog
    assert isinstance(dialog, ImportStatisticsDialog)
    dialog.correct_column("age", role="measure")
    assert dialog.problem.isVisible()
    assert dialog.problem.text().startswith("The file cannot be read that way: This line repeats line 2")
    assert not dialog.ok_button.isEnabled() and dialog.isVisible()
    dialog.correct_column("age", role="filter")
    assert not dialog.problem.isVisible() and dialog.ok_button.isEnabled()


def test_an_indicator_is_removed_with_delete_and_restored_from_the_bin(
    qtbot: QtBot, page: IndicatorsPage, strategy_db: Desk, confirmer: AutoConfirmer
) -> None:
    imported(page, strategy_db, STABILITY)
    show(page, LONG_TERM)
    assert not page.restore_button.isEnabled()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert confirmer.asked == ["Remove the indicator?"]
    assert LONG_TERM not in {i.name for i in strategy_db.indicators.indicators()}
    assert [i.name for i in strategy_db.indicators.binned()] == [LONG_TERM]
    assert page.status.text() == f"Moved “{LONG_TERM}” to the bin"
    assert page.restore_button.isEnabled()
    actions = page.restore_menu.actions()
    assert [a.text() for a in actions] == [f"Restore “{LONG_TERM}”"]
    actions[0].trigger()
    assert strategy_db.indicators.binned() == []
    summary = page.selected()
    assert summary is not None and summary.indicator.name == LONG_TERM
    assert row_text(page, LATEST) == "71%", "its figures come back with it"


def test_the_last_import_is_undone_from_the_page(
    page: IndicatorsPage, strategy_db: Desk, confirmer: AutoConfirmer
) -> None:
    # the audit log keeps the import and its undoing: the one thing an undo adds
    kept = ("statistics_import", 'INSERT INTO "audit"')
    before = [line for line in database_dump(strategy_db) if not any(k in line for k in kept)]
    assert not page.undo_button.isEnabled()
    page.import_file(DFE / STABILITY)
    dialog = page.dialog
    assert isinstance(dialog, ImportStatisticsDialog)
    dialog.accept()
    assert page.undo_button.isEnabled()
    actions = page.undo_menu.actions()
    assert len(actions) == 1 and actions[0].text().startswith(
        f"Undo the import of {STABILITY} for Cambridgeshire (873)"
    )
    actions[0].trigger()
    assert confirmer.asked[-1] == "Undo the import?"
    assert page.status.text() == f"Undid the import of {STABILITY}"
    after = [line for line in database_dump(strategy_db) if not any(k in line for k in kept)]
    assert after == before
    assert not page.undo_button.isEnabled()
    assert page.undo_menu.actions()[0].text().endswith("(undone)")


def test_the_chart_has_room_fits_its_axis_and_compares_with_named_neighbours(
    qtbot: QtBot, page: IndicatorsPage, strategy_db: Desk, tmp_path: Path
) -> None:
    """At the window's first size the chart shows whole, unscrolled; its axis says where it starts."""
    imported(page, strategy_db, STABILITY)
    page.resize(1090, 760)  # the page's share of the main window at its first size (1280 by 820)
    show(page, LONG_TERM)
    chart = page.chart
    plot = chart.plot
    qtbot.waitUntil(lambda: plot.height() >= 300)
    bottom = plot.mapTo(page, QPoint(0, plot.height())).y()
    assert bottom <= page.height(), "the whole chart is on the page"
    holder = plot.parentWidget()
    while holder is not None and holder is not page:
        assert not isinstance(holder, QScrollArea), "and nothing has to be scrolled to see it"
        holder = holder.parentWidget()
    low, high = plot.plot_item.viewRange()[1]
    assert 40 < low < 64 and high <= 100, "fitted to the figures (55% to 79%), not from zero"
    assert chart.axis_label.text() == "<b>The axis starts at 50%, not zero.</b>"
    assert plot.accessibleDescription().endswith("The axis starts at 50%, not zero.")
    assert chart.table.accessibleDescription().endswith("The axis starts at 50%, not zero.")
    qtbot.mouseClick(chart.zero_box, Qt.MouseButton.LeftButton)
    assert plot.plot_item.viewRange()[1][0] <= 0 and chart.axis_label.text() == ""
    qtbot.mouseClick(chart.zero_box, Qt.MouseButton.LeftButton)

    offered = [chart.highlight_box.itemText(n) for n in range(chart.highlight_box.count())]
    assert offered[0] == "No neighbour" and "Oxfordshire" in offered and len(offered) == 11
    chart.highlight_box.setFocus()
    while chart.highlight_box.currentText() != "Oxfordshire":
        qtbot.keyClick(chart.highlight_box, Qt.Key.Key_Down)
    picked = [s for s in plot.series if s.kind == "highlight"]
    assert [s.name for s in picked] == ["Oxfordshire"] and len(picked[0].points) == 5
    assert [s.kind for s in plot.series].count("neighbour") == 9, "the other nine stay grey"
    assert plot.highlight_label is not None and plot.highlight_label.toPlainText() == "Oxfordshire"
    key = plot.key
    assert key is not None
    assert "Oxfordshire (statistical neighbour)" in [label.text for _sample, label in key.items]

    chart.neighbours_box.setCurrentIndex(chart.neighbours_box.findData("average"))
    kinds = [s.kind for s in plot.series]
    assert "neighbour" not in kinds and kinds.count("neighbour_average") == 1
    average = next(s for s in plot.series if s.kind == "neighbour_average")
    neighbours = [
        points_of(values, PERIODS)
        for kind, _area, values in strategy_db.indicators.series(indicator(strategy_db, LONG_TERM).id)
        if kind == "neighbour"
    ]
    assert average.points[-1] == pytest.approx(sum(p[-1] for p in neighbours) / 10)
    assert "Oxfordshire" in {s.name for s in plot.series}, "the one picked out stays"

    chart.neighbours_box.setCurrentIndex(chart.neighbours_box.findData("range"))
    assert len(plot.bands) == 1 and "neighbour" not in [s.kind for s in plot.series]
    assert "Range of the 10 statistical neighbours" in [label.text for _sample, label in key.items]
    chart.grab().save(str(tmp_path / "chart.png"))
    assert not QImage(str(tmp_path / "chart.png")).isNull()

    plot.set_text_size(14)
    assert plot.plot_item.getAxis("left").style["tickFont"].pointSizeF() == 14
    assert "Oxfordshire" in {s.name for s in plot.series}, "redrawn as it was"


def test_a_target_asks_which_way_is_better_and_one_already_held_says_so(
    qtbot: QtBot, page: IndicatorsPage, strategy_db: Desk
) -> None:
    imported(page, strategy_db, STABILITY)
    show(page, LONG_TERM)
    assert indicator(strategy_db, LONG_TERM).polarity == "none", "an import does not know which way"
    before = database_dump(strategy_db)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, EditIndicatorDialog)
    qtbot.keyClicks(dialog.target_edit, "75")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    box = dialog.message
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "which way is better" in box.text() and "Where: Which way is better" in box.informativeText()
    assert dialog.isVisible() and database_dump(strategy_db) == before
    box.close()
    dialog.reject()

    # A target held from before this rule (or set headless) is shown, and what it lacks said.
    strategy_db.indicators.update(indicator(strategy_db, LONG_TERM).id, target=75)
    page.refresh()
    show(page, LONG_TERM)
    assert row_text(page, TARGET) == "75% (set which way is better)"
    assert "75% (set which way is better)" in page.details.accessibleName()


def test_the_preview_sets_denominators_aside_and_imports_them_when_asked(
    qtbot: QtBot, page: IndicatorsPage, strategy_db: Desk
) -> None:
    page.import_file(DFE / STABILITY)
    dialog = page.dialog
    assert isinstance(dialog, ImportStatisticsDialog)
    aside = [dialog.denominators_list.item(n).text() for n in range(dialog.denominators_list.count())]
    assert (
        aside[-1] == "Children looked after on 31 March: Total children: used as the denominator of 1 figure"
    )
    figures = [dialog.figures_list.item(n).text() for n in range(dialog.figures_list.count())]
    assert not any("Total children" in f or "CLA" in f for f in figures)
    assert "3 totals are only the denominators" in dialog.intro.text()
    dialog.denominators_box.setFocus()
    qtbot.keyClick(dialog.denominators_box, Qt.Key.Key_Space)  # as a user ticks it
    assert dialog.denominators_box.isChecked() and dialog.figures_list.count() == 6
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    names = {ind.name for ind in strategy_db.indicators.indicators()}
    assert "Children looked after on 31 March: Total children" in names
    assert "Children looked after on 31 March: With 3 or more placements during the year" in names
