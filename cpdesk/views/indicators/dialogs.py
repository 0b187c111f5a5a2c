"""The Indicators page's dialogs: edit an indicator, record an exception, choose what an import brings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any
from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTreeWidgetItem,
    QWidget,
)

from cpdesk.domain.actions import ActionRow
from cpdesk.domain.agenda import LinkTarget
from cpdesk.domain.desk import Desk
from cpdesk.domain.dfe import KINDS, ROLES, Column
from cpdesk.domain.indicators import (
    POLARITIES,
    UNITS,
    ExceptionNote,
    Indicator,
    Value,
    format_value,
)
from cpdesk.domain.statistics import Planned, StatisticsPlan
from cpdesk.errors import CpdeskError, InputError
from cpdesk.views.common.confirm import Confirmer
from cpdesk.views.common.forms import FormDialog, LinksTree, choice_box, sentence
from cpdesk.views.common.tasks import Runner

OWN = "own"  # the mapping choice: a combination becomes (or stays) its own indicator


def text_box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)  # Tab moves on, as in every other field
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


def parse_target(text: str) -> float | None:
    words = text.strip().rstrip("%").replace(",", "").strip()
    if not words:
        return None
    try:
        return float(words)
    except ValueError as exc:
        raise InputError(f"the target {text.strip()!r} is not a number", where="Target") from exc


class EditIndicatorDialog(FormDialog):
    """Name, description, unit, which way is better, target, and what in the strategy it evidences.

    Given no indicator, it adds a new one (for the council's own figures, say).
    """

    def __init__(
        self,
        parent: QWidget,
        desk: Desk,
        runner: Runner,
        confirmer: Confirmer,
        indicator: Indicator | None,
        targets: list[LinkTarget],
        linked: list[tuple[str, UUID]],
        value_count: int,
    ) -> None:
        title, ok = ("Edit indicator", "&Save") if indicator else ("New indicator", "&Add indicator")
        super().__init__(parent, title, ok, desk, runner)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._confirmer = confirmer
        self._indicator = indicator
        self._value_count = value_count
        self.name_edit = self.add_row("&Name:", QLineEdit(indicator.name if indicator else ""))
        self.description_edit = self.add_row("&Description:", text_box(3))
        self.description_edit.setPlainText(indicator.description if indicator else "")
        self.description_edit.setMaximumHeight(self.description_edit.minimumHeight() * 2)
        unit = indicator.unit if indicator else "percent"
        self.unit_box = self.add_row("&Unit:", choice_box("", [(v, k) for k, v in UNITS.items()], unit))
        polarity = indicator.polarity if indicator else "higher"
        self.polarity_box = self.add_row(
            "&Which way is better:", choice_box("", [(v, k) for k, v in POLARITIES.items()], polarity)
        )
        target = "" if indicator is None or indicator.target is None else f"{indicator.target:g}"
        self.target_edit = self.add_row("&Target:", QLineEdit(target))
        self.target_edit.setPlaceholderText("No target")
        self.target_edit.setToolTip("A number; leave it empty for no target")
        self.links_tree = self.add_row("Evidences these &priorities and success measures:", LinksTree())
        self.links_tree.setAccessibleDescription(
            "Tick with the space bar; a priority's success measures are beneath it"
        )
        self.links_tree.setMinimumHeight(self.fontMetrics().lineSpacing() * 12)
        self.links_tree.set_targets(targets, linked)
        self.links_tree.expandAll()

    def link_items(self) -> list[QTreeWidgetItem]:
        return self.links_tree.items()

    def chosen_links(self) -> list[tuple[str, UUID]]:
        return self.links_tree.chosen()

    def work(self) -> Callable[[], Any]:
        target = parse_target(self.target_edit.text())
        name, description = self.name_edit.text(), self.description_edit.toPlainText()
        unit, polarity = self.unit_box.currentData(), self.polarity_box.currentData()
        if target is not None and polarity == "none":
            raise InputError(
                "a target needs to know which way is better: choose Higher is better or Lower is better",
                where="Which way is better",
            )
        links = self.chosen_links()
        indicators = self._desk.indicators
        existing = self._indicator

        def save() -> Indicator:
            if existing is None:
                indicator_id = indicators.create(
                    name, unit, polarity=polarity, target=target, description=description
                ).id
            else:
                indicator_id = existing.id
                indicators.update(
                    indicator_id,
                    name=name,
                    description=description,
                    unit=unit,
                    polarity=polarity,
                    target=target,
                )
            return indicators.set_links(
                indicator_id,
                priorities=[i for kind, i in links if kind == "priority"],
                success_measures=[i for kind, i in links if kind == "success_measure"],
            )

        return save

    def accept(self) -> None:
        """A new unit for figures already held changes what they mean: that is asked first."""
        unit = self.unit_box.currentData()
        if self._indicator is None or unit == self._indicator.unit or not self._value_count:
            super().accept()
            return
        self._confirmer.ask(
            self,
            "Change the unit?",
            f"The {self._value_count} figures held for this indicator were recorded as "
            f"{UNITS[self._indicator.unit].lower()}. They will be read as {UNITS[unit].lower()} from now on.",
            "Change the &unit",
            lambda: FormDialog.accept(self),
        )


class ExceptionDialog(FormDialog):
    """Why a Red figure is Red, what is being done, and the remedial actions: kept with that figure."""

    def __init__(
        self,
        parent: QWidget,
        desk: Desk,
        runner: Runner,
        indicator: Indicator,
        value: Value,
        existing: ExceptionNote | None,
        actions: list[ActionRow],
    ) -> None:
        super().__init__(parent, "Record exception", "&Record exception", desk, runner)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._value = value
        figure = format_value(indicator.unit, value.value, value.suppressed)
        target = format_value(indicator.unit, indicator.target) if indicator.target is not None else "none"
        self.say(
            f"{indicator.name}: {figure} in {value.period} is Red against a target of {target}. "
            "Say why, and what is being done; the note stays with this figure."
        )
        self.why_edit = self.add_row("&Why is it Red?", text_box(4))
        self.response_edit = self.add_row("W&hat is being done?", text_box(4))
        self.actions_list = self.add_row("Remedial &actions:", QListWidget())
        self.actions_list.setAccessibleDescription("Tick the actions that put it right, with the space bar")
        self.actions_list.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        linked = set(existing.action_ids) if existing else set()
        for row in sorted(actions, key=lambda r: (not r.is_open, r.raised_on)):
            item = QListWidgetItem(f"{row.reference}: {row.description} ({row.status_label})")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if row.id in linked else Qt.CheckState.Unchecked)
            self.actions_list.addItem(item)
        if not actions:
            self.actions_list.addItem("No actions have been raised yet")
        if existing is not None:
            self.why_edit.setPlainText(existing.why)
            self.response_edit.setPlainText(existing.response)

    def chosen_actions(self) -> list[UUID]:
        found = []
        for row in range(self.actions_list.count()):
            item = self.actions_list.item(row)
            action_id = item.data(Qt.ItemDataRole.UserRole)
            if action_id is not None and item.checkState() == Qt.CheckState.Checked:
                found.append(action_id)
        return found

    def work(self) -> Callable[[], Any]:
        why, response = self.why_edit.toPlainText(), self.response_edit.toPlainText()
        actions, value_id, indicators = self.chosen_actions(), self._value.id, self._desk.indicators
        return lambda: indicators.record_exception(value_id, why, response, actions)


class ImportStatisticsDialog(FormDialog):
    """What a statistics file holds and what importing it will make, shown before anything is written.

    The columns as recognised (filters, measures, ignored) can be corrected, and each correction reads
    the file again; the authority can be changed; each figure can go into an existing indicator.
    """

    def __init__(
        self,
        parent: QWidget,
        desk: Desk,
        runner: Runner,
        path: Path,
        plan: StatisticsPlan,
        indicators: list[Indicator],
    ) -> None:
        super().__init__(parent, "Import statistics", "&Import", desk, runner)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._path = path
        self._indicators = indicators
        self.plan = plan
        self.mapping: dict[str, UUID] = {}
        self.roles: dict[str, str] = {}
        self.units: dict[str, str] = {}
        self.inline_refusals = True
        self.authority_box = self.add_row("Local &authority:", QComboBox())
        self.columns_list = self.add_row("&Columns in the file:", QListWidget())
        self.columns_list.setAccessibleDescription(
            "What cpdesk recognised each column as; choose one to correct it below"
        )
        self.role_box = self.add_row(
            "The chosen column &is:", choice_box("", [(label, key) for key, label in ROLES.items()])
        )
        self.unit_box = self.add_row(
            "Its &unit:", choice_box("", [(label, key) for key, label in UNITS.items()])
        )
        self.figures_list = self.add_row("&Figures it will make:", QListWidget())
        self.figures_list.setAccessibleDescription(
            "Each indicator the import makes or updates, with the council's latest figure"
        )
        self.into_box = self.add_row("Import the chosen figure &into:", QComboBox())
        self.denominators_list = self.add_row("&Denominators set aside:", QListWidget())
        self.denominators_list.setAccessibleDescription(
            "Totals that are only what other figures are percentages of; they are not imported on their own"
        )
        self.denominators_box = self.add_row(
            "", QCheckBox("Import these totals as indicators of their &own as well"), "Import denominators"
        )
        self.denominators_box.toggled.connect(self._denominators_chosen)
        lines = self.fontMetrics().lineSpacing()
        self.denominators_list.setMaximumHeight(lines * 5)
        self.columns_list.setMinimumHeight(lines * 6)
        self.columns_list.setMaximumHeight(lines * 10)
        self.figures_list.setMinimumHeight(lines * 10)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 120)
        self.authority_box.currentIndexChanged.connect(lambda _i: self._replan())
        self.columns_list.currentRowChanged.connect(self._column_chosen)
        self.role_box.currentIndexChanged.connect(lambda _i: self._correct("role"))
        self.unit_box.currentIndexChanged.connect(lambda _i: self._correct("unit"))
        self.figures_list.currentRowChanged.connect(self._figure_chosen)
        self.into_box.currentIndexChanged.connect(self._into_chosen)
        self.show_plan(plan)

    # --- showing the plan ---

    def show_plan(self, plan: StatisticsPlan) -> None:
        """Show what the file holds and what importing it will make."""
        self.plan = plan
        ees = plan.ees
        filters = [c for c in plan.columns if c.role == "filter"]
        measures = [c for c in plan.columns if c.role == "measure"]
        described = f" (described by {ees.meta})" if ees.meta else ""
        new = sum(1 for p in plan.indicators if p.indicator_id is None)
        aside = [p for p in plan.every or plan.indicators if p.combination.denominator_of]
        totals = (
            f" {len(aside)} totals are only the denominators of other figures' percentages: "
            + ("they are imported as indicators too." if not plan.denominators else "they are set aside.")
            if aside
            else ""
        )
        self.say(
            f"{ees.name}{described} has {len(filters)} filter and {len(measures)} measure columns, in "
            f"{len(plan.series)} series. Importing it for {plan.authority.name} writes {plan.values} "
            f"figures for {len(plan.areas)} areas (the authority, England, its region and its statistical "
            f"neighbours) into {len(plan.indicators)} indicators, {new} of them new. Nothing is written "
            f"until you import.{totals} If a column is not what cpdesk took it for, choose it and correct it."
        )
        self.denominators_list.clear()
        for planned in aside:
            of = planned.combination.denominator_of
            self.denominators_list.addItem(
                f"{planned.combination.name}: used as the denominator of {of} figure{'s' if of != 1 else ''}"
            )
        self.denominators_box.blockSignals(True)
        self.denominators_box.setChecked(bool(aside) and not plan.denominators)
        self.denominators_box.blockSignals(False)
        for field in (self.denominators_list, self.denominators_box):
            self.form.setRowVisible(field, bool(aside))
        self.authority_box.blockSignals(True)
        self.authority_box.clear()
        for place in plan.authorities:
            self.authority_box.addItem(f"{place.name} ({place.old_code})", place.old_code)
        self.authority_box.setCurrentIndex(max(0, self.authority_box.findData(plan.authority.old_code)))
        self.authority_box.blockSignals(False)
        column_row = max(0, self.columns_list.currentRow())
        self.columns_list.blockSignals(True)
        self.columns_list.clear()
        for column in plan.columns:
            self.columns_list.addItem(column_words(column))
        self.columns_list.blockSignals(False)
        self.columns_list.setCurrentRow(min(column_row, len(plan.columns) - 1))
        figure_row = max(0, self.figures_list.currentRow())
        self.figures_list.blockSignals(True)
        self.figures_list.clear()
        for planned in plan.indicators:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, planned.combination.source_key)
            self.figures_list.addItem(item)
            self._label(item, planned)
        self.figures_list.blockSignals(False)
        if plan.indicators:
            self.figures_list.setCurrentRow(min(figure_row, len(plan.indicators) - 1))
        self.ok_button.setEnabled(bool(plan.indicators))

    def _label(self, item: QListWidgetItem, planned: Planned) -> None:
        combination = planned.combination
        target = self.mapping.get(combination.source_key)
        into = next((i.name for i in self._indicators if i.id == target), None)
        if into is None:
            into = (
                f"{planned.indicator_name} (held{', in the bin' if planned.binned else ''})"
                if planned.indicator_id
                else "a new indicator"
            )
        latest = "none for the authority"
        if planned.latest is not None:
            figure = format_value(combination.unit, planned.latest.value, planned.latest.code)
            latest = f"{figure} in {planned.latest_period}"
        item.setText(f"{combination.name} ({UNITS[combination.unit].lower()}; {latest}) → {into}")

    def _column_chosen(self, row: int) -> None:
        columns = self.plan.columns
        for box in (self.role_box, self.unit_box):
            box.blockSignals(True)
        if 0 <= row < len(columns):
            column = columns[row]
            self.role_box.setCurrentIndex(max(0, self.role_box.findData(column.role)))
            self.unit_box.setCurrentIndex(max(0, self.unit_box.findData(column.unit or "number")))
            self.unit_box.setEnabled(column.role == "measure")
        for box in (self.role_box, self.unit_box):
            box.blockSignals(False)

    # --- corrections ---

    def correct_column(self, name: str, *, role: str | None = None, unit: str | None = None) -> None:
        """Say what a column is (filter, measure or ignore), or a measure's unit; the file is read again."""
        if role is not None:
            self.roles[name] = role
            if role != "measure":
                self.units.pop(name, None)
        if unit is not None:
            self.units[name] = unit
        self._replan()

    def _correct(self, what: str) -> None:
        row = self.columns_list.currentRow()
        if not 0 <= row < len(self.plan.columns):
            return
        column = self.plan.columns[row]
        if what == "role" and self.role_box.currentData() != column.role:
            self.correct_column(column.name, role=self.role_box.currentData())
        elif what == "unit" and self.unit_box.currentData() != column.unit:
            self.correct_column(column.name, unit=self.unit_box.currentData())

    def _replan(self) -> None:
        path, code, roles, units = (
            self._path,
            self.authority_box.currentData(),
            dict(self.roles),
            dict(self.units),
        )
        indicators = self._desk.indicators
        desk = self._desk
        self.ok_button.setEnabled(False)
        self._runner.submit(
            lambda: desk.run(lambda: indicators.plan_statistics(path, la=code, roles=roles, units=units)),
            self._replanned,
            self._plan_refused,
        )

    def _plan_refused(self, error: BaseException) -> None:
        """A correction the file cannot bear is said in the form; Import waits for one it can."""
        if not isinstance(error, CpdeskError):
            self._refused(error)
            return
        where = f" ({error.where})" if error.where else ""
        self.problem.setText(f"The file cannot be read that way: {sentence(error)}{where}")
        self.problem.show()
        self.ok_button.setEnabled(False)

    def _replanned(self, plan: StatisticsPlan) -> None:
        self.problem.hide()
        self.show_plan(plan.with_denominators(self.denominators_box.isChecked()))

    def _denominators_chosen(self, include: bool) -> None:
        """Import the totals set aside as denominators as indicators of their own too, or not."""
        for planned in self.plan.every:
            if not include and planned.combination.denominator_of:
                self.mapping.pop(planned.combination.source_key, None)
        self.show_plan(self.plan.with_denominators(include))

    # --- where each figure goes ---

    def _figure_chosen(self, row: int) -> None:
        self.into_box.blockSignals(True)
        self.into_box.clear()
        if 0 <= row < len(self.plan.indicators):
            combination = self.plan.indicators[row].combination
            self.into_box.addItem("Its own indicator", OWN)
            for indicator in self._indicators:
                if indicator.unit == combination.unit:  # a figure only goes where it means the same thing
                    self.into_box.addItem(indicator.name, str(indicator.id))  # Qt finds strings, not UUIDs
            current = self.mapping.get(combination.source_key)
            self.into_box.setCurrentIndex(max(0, self.into_box.findData(str(current) if current else OWN)))
        self.into_box.blockSignals(False)

    def _into_chosen(self, index: int) -> None:
        self.map_current(self.into_box.itemData(index))

    def map_current(self, target: UUID | str | None) -> None:
        """Send the chosen figure to an existing indicator (its id), or to its own (OWN)."""
        row = self.figures_list.currentRow()
        if not 0 <= row < len(self.plan.indicators):
            return
        planned = self.plan.indicators[row]
        if target == OWN or target is None:
            self.mapping.pop(planned.combination.source_key, None)
        else:
            self.mapping[planned.combination.source_key] = UUID(str(target))
        self._label(self.figures_list.item(row), planned)

    def work(self) -> Callable[[], Any]:
        plan, mapping, indicators = self.plan, dict(self.mapping), self._desk.indicators
        return lambda: indicators.import_plan(plan, mapping)


def column_words(column: Column) -> str:
    """A column as the import dialog lists it: its name, what it was recognised as, why, and a sample."""
    if column.role == "filter":
        sample = "; ".join(column.values[:4]) + ("; …" if len(column.values) > 4 else "")
        detail = f"{len(column.values)} values: {sample}"
    elif column.role == "measure":
        detail = f"{KINDS.get(column.kind, 'a number')}, in {UNITS[column.unit].lower()}"
    else:
        detail = "left out"
    label = f" “{column.label}”" if column.label != column.name.replace("_", " ") else ""
    return f"{column.name}{label}: {column.role_label.lower()} ({column.why}); {detail}"
