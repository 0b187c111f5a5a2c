"""What every page's dialogs share: a form that writes through the runner, messages, choices and links.

A page's other writes go through desk_work.Writes, by the same runner: none is done on the GUI thread.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import Any, TypeVar
from uuid import UUID

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QCloseEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from cpdesk.config import user_data_dir
from cpdesk.domain.agenda import Link, LinkTarget
from cpdesk.domain.desk import Desk
from cpdesk.domain.people import Person
from cpdesk.errors import CpdeskError
from cpdesk.faults import fault_text, log_path
from cpdesk.views.common.confirm import Confirmer, DialogConfirmer
from cpdesk.views.common.tasks import Runner

DATE_FORMAT = "dd/MM/yyyy"
W = TypeVar("W", bound=QWidget)


def sentence(error: CpdeskError) -> str:
    """The domain's message as a sentence: capital first, full stop last."""
    text = error.message[:1].upper() + error.message[1:]
    return text if text.endswith(".") else text + "."


def plain(text: str) -> str:
    """A label's text without its mnemonic marker, for an accessible name."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(":")


# --- messages ---


def message_box(parent: QWidget, title: str, error: BaseException) -> QMessageBox:
    """Say, without blocking, what was refused and where; a fault says so and carries its details."""
    if isinstance(error, CpdeskError):
        text = sentence(error)
        detail = (f"Where: {error.where}\n\n" if error.where else "") + "Nothing was changed."
    elif isinstance(error, OSError):
        text = f"{error.strerror or error}."
        detail = (f"File: {error.filename}\n\n" if error.filename else "") + "Nothing was changed."
    else:
        # A fault may have happened part way: the user is not told that nothing changed.
        text = fault_text(error, log_path(user_data_dir()))
        detail = "Please tell whoever looks after cpdesk for you, with the details below."
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(detail)
    if not isinstance(error, CpdeskError | OSError):
        box.setDetailedText("".join(traceback.format_exception(error)))
    box.setAccessibleName(title)
    box.setAccessibleDescription(f"{text} {detail}")
    box.open()
    return box


class Messages:
    """Says what went wrong without blocking; keeps the last box so tests (and the window) can read it."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        self.box: QMessageBox | None = None

    def error(self, title: str, error: BaseException) -> None:
        self.box = message_box(self._parent, title, error)


# --- the form ---


class FormDialog(QDialog):
    """A form whose OK sends one domain write through the runner; a refusal is shown and the form stays open.

    A subclass overrides `work()`; a page building a form from parts sets `read_fields` instead. Either
    reads the fields and returns the function the domain is to run (a CpdeskError raised while reading is
    shown like a refusal). On success `saved(result)` runs, the dialog closes (emitting `accepted`) and
    `done_with(result)` is called, all on the GUI thread. A refusal is shown in a message box, or in the
    form itself where `inline_refusals` is set; any other exception is shown as a fault with its details.

    Cancel, Esc or closing the window with words typed and not saved asks first (through `confirmer`, which
    the page opening the form sets to its own); a form with nothing changed closes at once. `show_only`
    turns the form into a record to read, with the reason it cannot be changed.
    """

    inline_refusals = False

    def __init__(self, parent: QWidget | None, title: str, ok_text: str, desk: Desk, runner: Runner) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._desk = desk
        self._runner = runner
        self.read_fields: Callable[[], Callable[[], Any]] | None = None
        self.done_with: Callable[[Any], None] = lambda _result: None
        self.message: QMessageBox | None = None  # the last refusal or fault shown, for tests
        self.fields: dict[str, QWidget] = {}
        self._saving = False
        self._typing_in: QWidget | None = None
        self._watched: set[QWidget] = set()
        self._as_opened: list[str] | None = None  # the words in the fields when the form was opened
        self.confirmer: Confirmer = DialogConfirmer()
        self.read_only_reason = ""  # why the form is shown read-only, or "" where it can be saved

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.hide()
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
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setAccessibleName(plain(ok_text).rstrip("…"))
        self.cancel_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName("Cancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.cancel)
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.intro)
        self.body.addLayout(self.form)
        self.body.addWidget(self.problem)
        self.body.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._as_opened is None:
            self._as_opened = self._typed()

    def _typed(self) -> list[str]:
        return [
            edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
            for edit in self.findChildren(QWidget)
            if isinstance(edit, QLineEdit | QPlainTextEdit | QTextEdit)
        ]

    @property
    def unsaved(self) -> bool:
        """Whether this form is open with words typed (or changed) and not saved."""
        return self.isVisible() and self._as_opened is not None and self._typed() != self._as_opened

    def cancel(self) -> None:
        """Close without saving: at once if nothing was typed, else once the user says to lose the words."""
        if not self.unsaved:
            self.reject()
            return
        self.confirmer.ask(
            self,
            "Discard what you typed?",
            f"The words typed in “{self.windowTitle()}” have not been saved. Discard them and close the "
            "form, or choose Cancel to go back to it.",
            "Discard and close",
            self.reject,
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            event.accept()
            self.cancel()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.unsaved:
            event.ignore()  # asked without blocking: the form closes only if the user says so
            self.cancel()
            return
        super().closeEvent(event)

    def show_only(self, reason: str) -> None:
        """Show the record read-only, with the reason above its fields: nothing can be typed or saved."""
        self.read_only_reason = reason
        self.say(reason)
        self.intro.setAccessibleDescription(reason)
        for field in self.findChildren(QWidget):
            if isinstance(field, QLineEdit | QPlainTextEdit | QTextEdit):
                field.setReadOnly(True)  # still read and selected, and reached by Tab and a screen reader
                field.setAccessibleDescription(f"Read only: {reason}")
            elif isinstance(field, QAbstractSpinBox):
                field.setReadOnly(True)
            elif isinstance(field, QGroupBox) and field.isCheckable():
                if field.isChecked():
                    field.setCheckable(False)  # its fields stay readable; only the tick goes
                else:
                    field.setEnabled(False)
            elif isinstance(field, QComboBox | QTreeWidget) or (
                isinstance(field, QAbstractButton) and field.isCheckable()
            ):
                field.setEnabled(False)
        self.ok_button.hide()
        self.ok_button.setEnabled(False)
        self.cancel_button.setText("Close")
        self.cancel_button.setAccessibleName("Close")
        self.cancel_button.setDefault(True)

    def accept(self) -> None:
        if self.read_only_reason:
            return  # Enter in a record shown read-only saves nothing
        self._accept()

    def say(self, text: str) -> None:
        """A line of guidance above the fields."""
        self.intro.setText(text)
        self.intro.setAccessibleName(text)
        self.intro.show()

    def add_row(self, label: str, field: W, name: str | None = None, form: QFormLayout | None = None) -> W:
        """A labelled field: the label's & letter moves to the field, and the field is named for readers.

        Each field is kept in `fields` under its accessible name, so tests can fill the form as a user would.
        """
        name = name or plain(label)
        labelled(form or self.form, label, field, name)
        self.fields[name] = field
        return field

    def work(self) -> Callable[[], Any] | None:
        """Read the fields; return the domain call to run, or None to close with nothing written."""
        return self.read_fields() if self.read_fields is not None else None

    def saved(self, result: Any) -> None:
        """What a subclass keeps of the write's result, before the dialog closes."""

    @property
    def saving(self) -> bool:
        """Whether the write OK sent is still under way."""
        return self._saving

    def _accept(self) -> None:
        try:
            job = self.work()
        except Exception as error:  # reading the fields: a refusal, or a fault to show rather than lose
            self._refused(error)
            return
        if job is None:
            self._finished(None)
            return
        if self._saving:
            return  # Enter pressed again while the write is under way: it is done once
        desk = self._desk
        # OK stays enabled (a disabled button would push the focus on to Cancel, where the next Enter
        # would throw the typing away); a second press is ignored until the write comes back.
        self._saving = True
        self._typing_in = self.focusWidget()
        self._runner.submit(lambda: desk.run(job), self._finished, self._refused)

    def _finished(self, result: Any) -> None:
        self._saving = False
        self.problem.hide()
        self.saved(result)
        super().accept()
        self.done_with(result)

    def _refused(self, error: BaseException) -> None:
        self._saving = False
        self._keep_typing()
        if self.inline_refusals and isinstance(error, CpdeskError):
            self.show_problem(error)
        else:
            self.message = message_box(self, f"{self.windowTitle()}: not done", error)

    def _keep_typing(self) -> None:
        """After a refusal the form keeps its text, OK stays the default and the focus goes back to the
        field being typed in (the first field if it was on a button), so Enter tries the save again."""
        self.ok_button.setEnabled(True)
        self.ok_button.setDefault(True)
        self.cancel_button.setDefault(False)
        field: QWidget | None = self._typing_in if self._typing_in is not None else self.focusWidget()
        if field is None or (isinstance(field, QAbstractButton) and not field.isCheckable()):
            field = next((f for f in self.fields.values() if f.isEnabled() and f.isVisible()), None)
        if field is not None and Shiboken.isValid(field):
            field.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_problem(self, error: CpdeskError) -> None:
        where = f" ({error.where})" if error.where else ""
        self.problem.setText(f"Not saved: {sentence(error)}{where}")
        self.problem.show()
        self._watch_fields()
        QAccessible.updateAccessibility(QAccessibleEvent(self.problem, QAccessible.Event.Alert))

    def _watch_fields(self) -> None:
        """The problem goes as soon as the user changes a field to put it right."""
        for field in self.findChildren(QWidget):
            if field in self._watched:
                continue
            signal = _change_signal(field)
            if signal is not None:
                signal.connect(self._field_changed)
                self._watched.add(field)

    def _field_changed(self, *_args: object) -> None:
        if self.problem.isVisible():
            self.problem.hide()
            self.problem.clear()


def _change_signal(field: QWidget) -> Any:
    """The signal a field sends when the user changes it, or None for what is not a field."""
    if isinstance(field, QLineEdit | QPlainTextEdit | QTextEdit):
        return field.textChanged
    if isinstance(field, QComboBox):
        return field.currentIndexChanged
    if isinstance(field, QDateEdit):
        return field.dateChanged
    if isinstance(field, QSpinBox):
        return field.valueChanged
    if isinstance(field, QAbstractButton | QGroupBox) and field.isCheckable():
        return field.toggled
    if isinstance(field, QTreeWidget | QListWidget):
        return field.itemChanged
    return None


def labelled(form: QFormLayout, text: str, widget: QWidget, name: str = "") -> QLabel:
    """Add a field to a form with a label that names it, whose mnemonic moves to it."""
    label = QLabel(text)
    label.setBuddy(widget)
    widget.setAccessibleName(name or plain(text))
    form.addRow(label, widget)
    return label


# --- choices and dates ---


def date_edit(name: str, day: date) -> QDateEdit:
    """A date field typed as day/month/year, with a calendar a keystroke away."""
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    edit.setAccessibleName(name)
    edit.setToolTip("Day/month/year; Alt+Down opens a calendar")
    return edit


def day_of(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def choice_box(name: str, choices: Iterable[tuple[str, Any]] = (), current: Any = None) -> QComboBox:
    """A drop-down with an accessible name; each choice is (words shown, value kept), current chosen."""
    box = QComboBox()
    box.setAccessibleName(name)
    for text, value in choices:
        box.addItem(text, value)
    if current is not None:
        select_value(box, current)
    return box


def find_data(box: QComboBox, value: Any) -> int:
    """The row holding value, compared by equality (QComboBox.findData misses an equal UUID object)."""
    return next((i for i in range(box.count()) if box.itemData(i) == value), -1)


def select_value(box: QComboBox, value: Any) -> bool:
    """Choose the entry holding value; False (and the choice unchanged) if there is none."""
    index = find_data(box, value)
    if index >= 0:
        box.setCurrentIndex(index)
    return index >= 0


def people_choices(people: Iterable[Person], nobody: str) -> list[tuple[str, UUID | None]]:
    return [(nobody, None), *((p.label, p.id) for p in people)]


# --- the strategy links tree ---


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
    """Tick what a record concerns: the current strategy's priorities, commitments, Promises, Pledge areas."""

    def __init__(self, name: str = "Concerns") -> None:
        super().__init__()
        self.setAccessibleName(name)
        self.setAccessibleDescription(
            "Tick the priorities, commitments, Promises and Pledge areas this concerns"
        )
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Row heights follow the column's width, so long Promises wrap rather than being cut off.
        self.setItemDelegate(_WrappingDelegate(self))
        self.header().sectionResized.connect(lambda *_: self.scheduleDelayedItemsLayout())
        self._kept: list[tuple[str, UUID]] = []

    def set_targets(self, targets: list[LinkTarget], chosen: Iterable[Link | tuple[str, UUID]] = ()) -> None:
        """Show the targets ticked where chosen; a link to another version's target is kept as it is."""
        self.clear()
        chosen_ids = {
            (link.kind, link.target_id) if isinstance(link, Link) else (link[0], link[1]) for link in chosen
        }
        shown: set[tuple[str, UUID]] = set()
        groups = {
            "promise": QTreeWidgetItem(["The Promises"]),
            "pledge_area": QTreeWidgetItem(["The Pledge"]),
        }
        for group in groups.values():
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        for target in targets:
            parent = groups.get(target.kind) or self.invisibleRootItem()
            item = self._item(target, chosen_ids, parent)
            shown.add((target.kind, target.target_id))
            for child in target.children:
                self._item(child, chosen_ids, item)
                shown.add((child.kind, child.target_id))
            if any((c.kind, c.target_id) in chosen_ids for c in target.children):
                item.setExpanded(True)
        for kind, group in groups.items():
            if group.childCount():
                self.addTopLevelItem(group)
                group.setExpanded(any((t.kind, t.target_id) in chosen_ids for t in targets if t.kind == kind))
        self._kept = sorted(chosen_ids - shown, key=str)

    @staticmethod
    def _item(target: LinkTarget, chosen: set[tuple[str, UUID]], parent: QTreeWidgetItem) -> QTreeWidgetItem:
        if target.kind == "priority":
            text = target.label
        elif target.kind == "commitment":
            text = f"Commitment {target.label.rsplit(' ', 1)[-1]}: {target.text}"
        else:  # a Promise, a Pledge area, or a priority's success measure
            text = f"{target.label}: {target.text}"
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

    def items(self) -> list[QTreeWidgetItem]:
        """Every tickable item, in the order shown."""
        return [item for item, _value in self._targets()]

    def chosen(self) -> list[tuple[str, UUID]]:
        ticked = [value for item, value in self._targets() if item.checkState(0) == Qt.CheckState.Checked]
        return ticked + self._kept

    def tick(self, kind: str, target_id: UUID) -> None:
        """Tick one target (for tests and for callers that know what an item concerns)."""
        for item, value in self._targets():
            if value == (kind, target_id):
                item.setCheckState(0, Qt.CheckState.Checked)
