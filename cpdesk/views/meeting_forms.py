"""Pieces the pages' dialogs share: a form that saves or says why not, messages, people and strategy links."""

from __future__ import annotations

import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from typing import Any
from uuid import UUID

from PySide6.QtCore import QDate, QItemSelectionModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from cpdesk.domain.agenda import Link, LinkTarget
from cpdesk.domain.people import Person
from cpdesk.errors import CpdeskError
from cpdesk.views.changes import ChangeHub

DATE_FORMAT = "dd/MM/yyyy"


def sentence(error: CpdeskError) -> str:
    """The domain's message as a sentence: capital first, full stop last."""
    text = error.message[:1].upper() + error.message[1:]
    return text if text.endswith(".") else text + "."


def plain(text: str) -> str:
    """A label's text without its mnemonic marker, for an accessible name."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(":")


class Messages:
    """Says what went wrong without blocking; keeps the last box so tests (and the window) can read it."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        self.box: QMessageBox | None = None

    def error(self, title: str, error: BaseException) -> None:
        if isinstance(error, CpdeskError):
            text = sentence(error)
            detail = (f"Where: {error.where}\n\n" if error.where else "") + "Nothing was changed."
        elif isinstance(error, OSError):
            text = f"{error.strerror or error}."
            detail = "Nothing was changed."
        else:
            text = "Something went wrong inside cpdesk. Nothing was changed."
            detail = "Please tell whoever looks after cpdesk for you, with the details below."
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self._parent)
        box.setInformativeText(detail)
        if not isinstance(error, CpdeskError | OSError):
            box.setDetailedText("".join(traceback.format_exception(error)))
        box.setAccessibleName(title)
        self.box = box
        box.open()


def write(hub: ChangeHub, messages: Messages, title: str, work: Callable[[], Any], *kinds: str) -> bool:
    """Do a quick domain write; announce what changed, or show why it was refused. True if it was done."""
    try:
        work()
    except CpdeskError as error:
        messages.error(title, error)
        return False
    hub.announce(*kinds)
    return True


def writer(
    hub: ChangeHub, messages: Messages, title: str, work: Callable[[], Any], *kinds: str
) -> Callable[[], None]:
    """The write as something to do later: what a confirmation runs when the user says yes."""

    def do() -> None:
        write(hub, messages, title, work, *kinds)

    return do


class FormDialog(QDialog):
    """A dialog of labelled fields whose OK button saves through the domain; a refusal keeps it open."""

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName("Problem")
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.setStyleSheet("QLabel { color: #8b0000; font-weight: bold; }")
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setAccessibleName(plain(ok_text))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Cancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form)
        self.body.addWidget(self.problem)
        self.body.addWidget(self.buttons)

    def add_row(self, text: str, widget: QWidget, name: str = "", form: QFormLayout | None = None) -> QLabel:
        """A field with a label that names it, whose mnemonic moves to it."""
        return labelled(form or self.form, text, widget, name)

    def save(self) -> None:
        """Write through the domain; raise CpdeskError to refuse (the dialog stays open, the reason shown)."""

    def accept(self) -> None:
        try:
            self.save()
        except CpdeskError as error:
            self.show_problem(error)
            return
        self.problem.hide()
        super().accept()

    def show_problem(self, error: CpdeskError) -> None:
        where = f" ({error.where})" if error.where else ""
        self.problem.setText(f"Not saved: {sentence(error)}{where}")
        self.problem.show()
        QAccessible.updateAccessibility(QAccessibleEvent(self.problem, QAccessible.Event.Alert))


def labelled(form: QFormLayout, text: str, widget: QWidget, name: str = "") -> QLabel:
    """Add a field to a form with a label that names it, whose mnemonic moves to it."""
    label = QLabel(text)
    label.setBuddy(widget)
    widget.setAccessibleName(name or plain(text))
    form.addRow(label, widget)
    return label


def date_edit(day: date, name: str) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    edit.setAccessibleName(name)
    edit.setToolTip("Day/month/year; Alt+Down opens a calendar")
    return edit


def day_of(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


def choice_box(name: str, choices: Iterable[tuple[str, Any]], current: Any = None) -> QComboBox:
    """A drop-down of (words, value) pairs, with the given value chosen."""
    box = QComboBox()
    box.setAccessibleName(name)
    for text, value in choices:
        box.addItem(text, value)
    if current is not None:
        index = find_data(box, current)
        if index >= 0:
            box.setCurrentIndex(index)
    return box


def find_data(box: QComboBox, value: Any) -> int:
    """The row holding value, compared by equality (QComboBox.findData misses an equal UUID object)."""
    return next((i for i in range(box.count()) if box.itemData(i) == value), -1)


def people_choices(people: Iterable[Person], nobody: str) -> list[tuple[str, UUID | None]]:
    return [(nobody, None), *((p.label, p.id) for p in people)]


class _WrappingDelegate(QStyledItemDelegate):
    """Row heights for wrapped text: QTreeView asks for a size without saying how wide the column is."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        depth, parent = 1, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        style = self._tree.style()
        tick = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 8
        width = self._tree.header().sectionSize(0) - self._tree.indentation() * depth - tick
        sized = QStyleOptionViewItem(option)
        sized.rect = QRect(0, 0, max(width, 80), 1)
        sized.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        return super().sizeHint(sized, index)


class LinksTree(QTreeWidget):
    """Tick what an item or action concerns: the current strategy's priorities, commitments and Promises."""

    def __init__(self, name: str = "Concerns") -> None:
        super().__init__()
        self.setAccessibleName(name)
        self.setAccessibleDescription("Tick the priorities, commitments and Promises this concerns")
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Row heights follow the column's width, so long Promises wrap rather than being cut off.
        self.setItemDelegate(_WrappingDelegate(self))
        self.header().sectionResized.connect(lambda *_: self.scheduleDelayedItemsLayout())
        self._kept: list[tuple[str, UUID]] = []

    def set_targets(self, targets: list[LinkTarget], chosen: Iterable[Link] = ()) -> None:
        """Show the targets ticked where chosen; a link to another version's target is kept as it is."""
        self.clear()
        chosen_ids = {(link.kind, link.target_id) for link in chosen}
        shown: set[tuple[str, UUID]] = set()
        promises = QTreeWidgetItem(["The Promises"])
        promises.setFlags(Qt.ItemFlag.ItemIsEnabled)
        for target in targets:
            parent = promises if target.kind == "promise" else self.invisibleRootItem()
            item = self._item(target, chosen_ids, parent)
            shown.add((target.kind, target.target_id))
            for child in target.children:
                self._item(child, chosen_ids, item)
                shown.add((child.kind, child.target_id))
            if any((c.kind, c.target_id) in chosen_ids for c in target.children):
                item.setExpanded(True)
        if promises.childCount():
            self.addTopLevelItem(promises)
            promises.setExpanded(
                any((t.kind, t.target_id) in chosen_ids for t in targets if t.kind == "promise")
            )
        self._kept = sorted(chosen_ids - shown, key=str)

    @staticmethod
    def _item(target: LinkTarget, chosen: set[tuple[str, UUID]], parent: QTreeWidgetItem) -> QTreeWidgetItem:
        if target.kind == "priority":
            text = target.label
        elif target.kind == "promise":
            text = f"{target.label}: {target.text}"
        else:
            text = f"Commitment {target.label.rsplit(' ', 1)[-1]}: {target.text}"
        item = QTreeWidgetItem(parent, [text])
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
        )
        checked = (target.kind, target.target_id) in chosen
        item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        item.setData(0, Qt.ItemDataRole.UserRole, (target.kind, target.target_id))
        item.setToolTip(0, target.text)
        return item

    def _targets(self) -> Iterator[tuple[QTreeWidgetItem, tuple[str, UUID]]]:
        """Every tickable item with what it stands for, in the order shown."""
        items = QTreeWidgetItemIterator(self)
        while items.value() is not None:
            item = items.value()
            value = item.data(0, Qt.ItemDataRole.UserRole)
            if value:
                yield item, (value[0], value[1])
            items += 1

    def chosen(self) -> list[tuple[str, UUID]]:
        ticked = [value for item, value in self._targets() if item.checkState(0) == Qt.CheckState.Checked]
        return ticked + self._kept

    def tick(self, kind: str, target_id: UUID) -> None:
        """Tick one target (for tests and for callers that know what an item concerns)."""
        for item, value in self._targets():
            if value == (kind, target_id):
                item.setCheckState(0, Qt.CheckState.Checked)


def button(text: str, tip: str = "") -> QPushButton:
    """A push button named for screen readers as it reads, with a tip saying what it does."""
    made = QPushButton(text)
    made.setAccessibleName(text.replace("&", "").rstrip("…"))
    if tip:
        made.setToolTip(tip)
        made.setAccessibleDescription(tip)
    return made


def table(
    model: object,
    name: str,
    description: str = "",
    stretch: int | tuple[int, ...] | None = None,
    wrap: bool = False,
) -> QTableView:
    """A read-only table of whole rows, one chosen at a time, sized to the system font.

    Columns fit their contents; the stretch columns (the last if none is named) share the room left. With
    wrap, long text wraps and each row is as tall as its text (for short lists such as an agenda).
    """
    view = QTableView()
    view.setModel(model)  # type: ignore[arg-type]
    view.setAccessibleName(name)
    if description:
        view.setAccessibleDescription(description)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the table for the next control, as a keyboard user expects
    view.verticalHeader().hide()
    view.setWordWrap(wrap)
    if wrap:
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.setAlternatingRowColors(True)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setHighlightSections(False)
    if stretch is None:
        header.setStretchLastSection(True)
    else:  # not both: a stretched last section as well as a Stretch section leaves the room unshared
        header.setStretchLastSection(False)
        for column in (stretch,) if isinstance(stretch, int) else stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return view


def select_row(view: QTableView, row: int) -> None:
    model = view.model()
    if 0 <= row < model.rowCount():
        view.selectionModel().setCurrentIndex(
            model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        view.scrollTo(model.index(row, 0))


def selected_row(view: QTableView) -> int:
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    return rows[0].row() if rows else -1


def button_rows(buttons: Sequence[QPushButton], per_row: int) -> QGridLayout:
    """Buttons in rows of so many, left-aligned, so a narrow pane needs no room it has not got."""
    grid = QGridLayout()
    for n, b in enumerate(buttons):
        grid.addWidget(b, n // per_row, n % per_row)
    grid.setColumnStretch(per_row, 1)
    return grid


def bounded(view: QTableView, column: int, chars: int) -> None:
    """A column of long names kept to a set width (elided, whole in its tip), so the main one keeps room."""
    view.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().resizeSection(column, view.fontMetrics().averageCharWidth() * chars)
