"""What the Actions, Work programme and People pages share: a form that writes through the domain."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cpdesk.domain.desk import Desk
from cpdesk.errors import CpdeskError
from cpdesk.views.tasks import Runner

DATE_FORMAT = "d MMMM yyyy"
W = TypeVar("W", bound=QWidget)


def message_box(parent: QWidget, title: str, error: BaseException) -> QMessageBox:
    """Say what went wrong without blocking: a user's error plainly, anything else as a fault."""
    if isinstance(error, CpdeskError):
        text = error.message[:1].upper() + error.message[1:]
        text = text if text.endswith(".") else text + "."
        detail = (f"Where: {error.where}\n\n" if error.where else "") + "Nothing was changed."
    elif isinstance(error, OSError):
        text = f"{error.strerror or error}."
        detail = (f"File: {error.filename}\n\n" if error.filename else "") + "Nothing was changed."
    else:
        text = "Something went wrong inside cpdesk. Nothing was changed."
        detail = "Please tell whoever looks after cpdesk for you, with the details below."
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(detail)
    if not isinstance(error, CpdeskError | OSError):
        box.setDetailedText("".join(traceback.format_exception(error)))
    box.setAccessibleName(title)
    box.setAccessibleDescription(text)
    box.open()
    return box


def combo(name: str, choices: list[tuple[str, Any]] | None = None) -> QComboBox:
    """A drop-down with an accessible name; each choice is (words shown, value kept)."""
    box = QComboBox()
    box.setAccessibleName(name)
    for text, value in choices or []:
        box.addItem(text, value)
    return box


def select_value(box: QComboBox, value: Any) -> bool:
    """Choose the entry holding value; False (and the choice unchanged) if there is none."""
    for row in range(box.count()):
        if box.itemData(row) == value:
            box.setCurrentIndex(row)
            return True
    return False


def date_edit(name: str, day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setAccessibleName(name)
    return edit


def day_of(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


class FormDialog(QDialog):
    """A small form: OK runs the work through the runner; a refusal is shown and the form stays open.

    The caller sets `work` (reads the fields and returns the function the domain is to run; a
    CpdeskError raised while reading is shown like a refusal) and `done_with` (called with the result
    on the GUI thread, once the dialog has closed).
    """

    def __init__(self, parent: QWidget, title: str, ok_text: str, desk: Desk, runner: Runner) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._desk = desk
        self._runner = runner
        self.work: Callable[[], Callable[[], Any]] | None = None
        self.done_with: Callable[[Any], None] = lambda _result: None
        self.message: QMessageBox | None = None  # the last refusal shown, for tests
        self.fields: dict[str, QWidget] = {}

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.hide()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setAccessibleName(ok_text.replace("&", ""))
        self.cancel_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName("Cancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)

    def say(self, text: str) -> None:
        """A line of guidance above the fields."""
        self.intro.setText(text)
        self.intro.setAccessibleName(text)
        self.intro.show()

    def add_row(self, label: str, field: W, name: str | None = None) -> W:
        """A labelled field: the label's & letter moves to the field, and the field is named for readers.

        Each field is kept in `fields` under its accessible name, so tests can fill the form as a user would.
        """
        caption = QLabel(label)
        caption.setBuddy(field)
        name = name or label.replace("&", "").rstrip(":")
        field.setAccessibleName(name)
        self.form.addRow(caption, field)
        self.fields[name] = field
        return field

    def accept(self) -> None:
        if self.work is None:
            super().accept()
            return
        try:
            job = self.work()
        except CpdeskError as error:
            self._refused(error)
            return
        desk = self._desk
        self.ok_button.setEnabled(False)
        self._runner.submit(lambda: desk.run(job), self._finished, self._refused)

    def _finished(self, result: Any) -> None:
        self.ok_button.setEnabled(True)
        super().accept()
        self.done_with(result)

    def _refused(self, error: BaseException) -> None:
        self.ok_button.setEnabled(True)
        self.message = message_box(self, f"{self.windowTitle()}: not done", error)
