"""The Indicators page's dialogs: edit an indicator, record an exception, choose what an import brings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any
from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
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
from cpdesk.domain.dfe import EesFile
from cpdesk.domain.indicators import (
    POLARITIES,
    UNITS,
    Area,
    Combination,
    ExceptionNote,
    Indicator,
    Value,
    format_value,
)
from cpdesk.errors import InputError
from cpdesk.views.confirm import Confirmer
from cpdesk.views.forms import FormDialog, LinksTree, choice_box
from cpdesk.views.tasks import Runner

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
    """The authority a statistics file is imported for, and any figures sent to existing indicators."""

    def __init__(
        self,
        parent: QWidget,
        desk: Desk,
        runner: Runner,
        path: Path,
        ees: EesFile,
        combinations: list[Combination],
        indicators: list[Indicator],
        council: Area,
    ) -> None:
        super().__init__(parent, "Import statistics", "&Import", desk, runner)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._path = path
        self._combinations = combinations
        self._indicators = indicators
        self.mapping: dict[str, UUID] = {}
        authorities = sorted(
            {(r.area_name, r.area_old_code) for r in ees.rows if r.level == "local_authority"},
            key=lambda a: a[0].casefold(),
        )
        self.say(
            f"{path.name} holds {len(combinations)} figures for {len(authorities)} local authorities. "
            "Choose the authority: England, its region and its statistical neighbours come in beside it. "
            "Each figure becomes an indicator of its own unless you choose an existing one for it."
        )
        self.authority_box = self.add_row(
            "Local &authority:",
            choice_box("", [(f"{name} ({code})", code) for name, code in authorities], council.old_code),
        )
        self.figures_list = self.add_row("&Figures in the file:", QListWidget())
        self.figures_list.setMinimumHeight(self.fontMetrics().lineSpacing() * 12)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 110)
        for combination in combinations:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, combination.source_key)
            self.figures_list.addItem(item)
            self._label(item, combination)
        self.into_box = self.add_row("Import the chosen figure &into:", QComboBox())
        self.figures_list.currentRowChanged.connect(self._figure_chosen)
        self.into_box.currentIndexChanged.connect(self._into_chosen)
        if combinations:
            self.figures_list.setCurrentRow(0)

    def _label(self, item: QListWidgetItem, combination: Combination) -> None:
        target = self.mapping.get(combination.source_key)
        into = next((i.name for i in self._indicators if i.id == target), None)
        item.setText(f"{combination.name} → {into if into else 'its own indicator'}")

    def _figure_chosen(self, row: int) -> None:
        self.into_box.blockSignals(True)
        self.into_box.clear()
        if 0 <= row < len(self._combinations):
            combination = self._combinations[row]
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
        if not 0 <= row < len(self._combinations):
            return
        combination = self._combinations[row]
        if target == OWN or target is None:
            self.mapping.pop(combination.source_key, None)
        else:
            self.mapping[combination.source_key] = UUID(str(target))
        self._label(self.figures_list.item(row), combination)

    def work(self) -> Callable[[], Any]:
        path, code, mapping = self._path, self.authority_box.currentData(), dict(self.mapping)
        indicators = self._desk.indicators
        return lambda: indicators.import_statistics(path, la=code, mapping=mapping)
