"""The small windows that ask for passphrases: to open, to choose on first run, to encrypt, to change.

Each is a plain dialog opened without blocking: it emits what was typed, and the caller says whether it
was right (`refuse` shows why not, in the dialog, in words, and the user tries again).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cpdesk.domain.encryption import SHORTEST, check_new_passphrase
from cpdesk.errors import CpdeskError
from cpdesk.views.common.forms import plain, sentence

NOT_ENCRYPTED_MEANS = (
    "Anyone who has this laptop and can read your files can read what is in cpdesk, including what "
    "young people said. Your council may require encryption."
)
FORGOTTEN = (
    "Keep the passphrase safe: without it nothing in this database can be read, and no one can get it "
    "back for you."
)
RULE = f"At least {SHORTEST} characters. A few words you will remember make a good passphrase."


def passphrase_field(name: str) -> QLineEdit:
    """A field whose typing is not shown, named for screen readers."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    field.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText
        | Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
    )
    return field


def show_box(fields: list[QLineEdit], text: str = "&Show passphrase") -> QCheckBox:
    """A tick box that shows what is typed in the fields, for those who find typing unseen hard."""
    box = QCheckBox(text)
    box.setAccessibleName(plain(text))

    def toggled(on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        for field in fields:
            field.setEchoMode(mode)

    box.toggled.connect(toggled)
    return box


def wrapped(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(name or text)
    return label


class ProblemLine(QLabel):
    """What is wrong, in words, in dark red and bold; read out by screen readers when it appears."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setAccessibleName("Problem")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet("QLabel { color: #8b0000; font-weight: bold; }")
        self.hide()

    def say(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleDescription(text)
        self.show()
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))

    def clear_problem(self) -> None:
        self.clear()
        self.hide()


class PassphraseDialog(QDialog):
    """The base of the passphrase windows: an explanation, fields, a problem line and two buttons."""

    def __init__(self, parent: QWidget | None, title: str, ok_text: str, cancel_text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setWindowModality(
            Qt.WindowModality.WindowModal if parent else Qt.WindowModality.ApplicationModal
        )
        self.body = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.problem = ProblemLine()
        self.buttons = QDialogButtonBox()
        self.ok_button: QPushButton = self.buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setAccessibleName(plain(ok_text).rstrip("…"))
        self.ok_button.setDefault(True)
        self.cancel_button: QPushButton = self.buttons.addButton(
            cancel_text, QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setAccessibleName(plain(cancel_text))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        self.fields: dict[str, QLineEdit] = {}

    def add_passphrase(self, label: str, name: str) -> QLineEdit:
        field = passphrase_field(name)
        caption = QLabel(label)
        caption.setBuddy(field)
        self.form.addRow(caption, field)
        self.fields[name] = field
        field.textEdited.connect(lambda _text: self.problem.clear_problem())
        return field

    def finish_layout(self, *above: QWidget) -> None:
        for widget in above:
            self.body.addWidget(widget)
        self.body.addLayout(self.form)
        self.body.addWidget(self.problem)
        self.body.addWidget(self.buttons)

    def submit(self) -> None:
        """Read the fields and emit what they say; a CpdeskError is shown in the dialog."""

    def refuse(self, text: str | CpdeskError) -> None:
        """Say in the dialog why it did not work; what was typed is chosen, to type over."""
        self.problem.say(sentence(text) if isinstance(text, CpdeskError) else text)
        first = next(iter(self.fields.values()), None)
        for field in self.fields.values():
            if field.isEnabled() and field.isVisible():
                first = field
                break
        if first is not None:
            first.selectAll()
            first.setFocus(Qt.FocusReason.OtherFocusReason)


class OpenPassphraseDialog(PassphraseDialog):
    """Asks for the passphrase of an encrypted database before the window opens on it."""

    given = Signal(str)

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent, "Open an encrypted database", "&Open", "&Quit")
        self.intro = wrapped(
            f"This database is encrypted. Type its passphrase to open it.\n\nFile: {path}",
            "This database is encrypted. Type its passphrase to open it.",
        )
        self.passphrase = self.add_passphrase("&Passphrase:", "Passphrase")
        self.show_passphrase = show_box([self.passphrase])
        self.form.addRow("", self.show_passphrase)
        self.finish_layout(self.intro)
        self.passphrase.setFocus()

    def submit(self) -> None:
        if not self.passphrase.text():
            self.refuse("Type the passphrase first.")
            return
        self.given.emit(self.passphrase.text())


class NewPassphraseDialog(PassphraseDialog):
    """A new passphrase typed twice: to encrypt a database from the File menu."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None, title: str, intro: str, ok_text: str) -> None:
        super().__init__(parent, title, ok_text, "Cancel")
        self.intro = wrapped(intro)
        self.first = self.add_passphrase("New &passphrase:", "New passphrase")
        self.again = self.add_passphrase("Type it &again:", "New passphrase again")
        self.rule = wrapped(RULE)
        self.form.addRow("", self.rule)
        self.show_passphrase = show_box([self.first, self.again])
        self.form.addRow("", self.show_passphrase)
        self.finish_layout(self.intro)
        self.first.setFocus()

    def submit(self) -> None:
        try:
            passphrase = check_new_passphrase(self.first.text(), self.again.text())
        except CpdeskError as error:
            self.refuse(error)
            return
        self.chosen.emit(passphrase)


class FirstRunDialog(PassphraseDialog):
    """Before a new database is made: protect it with a passphrase, or choose plainly not to.

    `chosen` carries the passphrase, or None for "Do not encrypt".
    """

    chosen = Signal(object)

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent, "Protect your cpdesk database", "S&tart cpdesk", "&Quit")
        self.intro = wrapped(
            "cpdesk is about to make a new database. It will hold what young people in care have said and "
            "what the council is doing about it. Protect it with a passphrase, so that only someone who "
            f"knows the passphrase can read it.\n\nFile: {path}",
            "cpdesk is about to make a new database. Protect it with a passphrase, so that only someone "
            "who knows the passphrase can read it.",
        )
        self.encrypt = QRadioButton("&Encrypt it with a passphrase (recommended)")
        self.encrypt.setAccessibleName("Encrypt it with a passphrase (recommended)")
        self.encrypt.setChecked(True)
        self.first = self.add_passphrase("New &passphrase:", "New passphrase")
        self.again = self.add_passphrase("Type it a&gain:", "New passphrase again")
        self.rule = wrapped(f"{RULE} {FORGOTTEN}")
        self.form.addRow("", self.rule)
        self.show_passphrase = show_box([self.first, self.again])
        self.form.addRow("", self.show_passphrase)
        self.plain = QRadioButton("&Do not encrypt")
        self.plain.setAccessibleName("Do not encrypt")
        self.plain.setAccessibleDescription(NOT_ENCRYPTED_MEANS)
        self.means = wrapped(f"If you do not encrypt: {NOT_ENCRYPTED_MEANS}")
        self.body.addWidget(self.intro)
        self.body.addWidget(self.encrypt)
        self.body.addLayout(self.form)
        self.body.addWidget(self.plain)
        self.body.addWidget(self.means)
        self.body.addWidget(self.problem)
        self.body.addWidget(self.buttons)
        self.encrypt.toggled.connect(self._choice_changed)
        self.first.setFocus()

    def _choice_changed(self, encrypting: bool) -> None:
        for widget in (self.first, self.again, self.show_passphrase):
            widget.setEnabled(encrypting)
        self.problem.clear_problem()

    def submit(self) -> None:
        if self.plain.isChecked():
            self.chosen.emit(None)
            return
        try:
            passphrase = check_new_passphrase(self.first.text(), self.again.text())
        except CpdeskError as error:
            self.refuse(error)
            return
        self.chosen.emit(passphrase)


class ChangePassphraseDialog(PassphraseDialog):
    """The present passphrase, then the new one twice. `chosen` carries (present, new)."""

    chosen = Signal(str, str)

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent, "Change the passphrase", "&Change passphrase", "Cancel")
        self.intro = wrapped(
            f"Type the passphrase this database has now, then the new one twice. {FORGOTTEN}"
        )
        self.old = self.add_passphrase("&Present passphrase:", "Present passphrase")
        self.first = self.add_passphrase("&New passphrase:", "New passphrase")
        self.again = self.add_passphrase("Type the new one &again:", "New passphrase again")
        self.rule = wrapped(RULE)
        self.form.addRow("", self.rule)
        self.show_passphrase = show_box([self.old, self.first, self.again])
        self.form.addRow("", self.show_passphrase)
        self.finish_layout(self.intro)
        self.old.setFocus()

    def submit(self) -> None:
        if not self.old.text():
            self.refuse("Type the present passphrase first.")
            return
        try:
            new = check_new_passphrase(self.first.text(), self.again.text())
        except CpdeskError as error:
            self.problem.say(sentence(error))
            self.first.selectAll()
            self.first.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.chosen.emit(self.old.text(), new)


class LockAfterDialog(QDialog):
    """How many minutes without a key press or a mouse movement before cpdesk locks itself."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None, minutes: int) -> None:
        super().__init__(parent)
        self.setWindowTitle("Lock after")
        self.setAccessibleName("Lock after")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 240)
        self.minutes.setValue(minutes)
        self.minutes.setSuffix(" minutes")
        self.minutes.setAccessibleName("Lock after this many minutes without use")
        intro = wrapped(
            "When no key has been pressed and the mouse has not moved for this long, cpdesk hides what it "
            "shows, closes the database and asks for the passphrase to go on."
        )
        form = QFormLayout()
        label = QLabel("&Lock after:")
        label.setBuddy(self.minutes)
        form.addRow(label, self.minutes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setAccessibleName("OK")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Cancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.accepted.connect(lambda: self.chosen.emit(self.minutes.value()))
        body = QVBoxLayout(self)
        body.addWidget(intro)
        body.addLayout(form)
        body.addWidget(buttons)
        self.minutes.setFocus()
