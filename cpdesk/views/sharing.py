"""File, Share meeting…, Open shared meeting… and Send my answers…: meeting bundles from the window.

Each opens a small form (with open(), never exec()), and the work runs through the window's runner; a
bundle taken in refreshes every page and says what changed, in words.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cpdesk.domain.bundle_import import ImportReport
from cpdesk.domain.bundles import MIN_PASSPHRASE
from cpdesk.errors import CpdeskError, NotFoundError
from cpdesk.views.backups import EVERYTHING
from cpdesk.views.common.forms import sentence

if TYPE_CHECKING:
    from cpdesk.domain.meetings import Meeting
    from cpdesk.domain.people import Person
    from cpdesk.views.main_window import MainWindow

BUNDLE_FILTER = "Meeting bundles (*.cpdesk);;All files (*)"
SHARE, OPEN, ANSWERS = "share", "open", "answers"


class BundleForm(QDialog):
    """A meeting (when writing), a file and a passphrase; Accept is enabled once they are given."""

    submitted = Signal()

    def __init__(
        self,
        window: MainWindow,
        purpose: str,
        meetings: list[Meeting],
        chosen: Meeting | None,
        members: list[Person] | None = None,
        me: Person | None = None,
    ) -> None:
        super().__init__(window)
        self.purpose = purpose
        self.file_dialog: QFileDialog | None = None
        title = {
            SHARE: "Share meeting",
            OPEN: "Open shared meeting",
            ANSWERS: "Send my answers",
        }[purpose]
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        intro = QLabel(
            {
                SHARE: "Write the meeting, its papers, minutes, the action log, the young people's "
                "challenges and the indicators to one encrypted file for the members. Your own notes "
                "never go in it. Tell the members the passphrase another way (by phone, not by email).",
                OPEN: "Take in a meeting shared with you, or a member's answers: what is new is added, what "
                "was changed later there replaces what is here, and what you changed later is kept.",
                ANSWERS: "Write your own attendance (or apologies) and declarations of interest for a "
                "meeting to an encrypted file for the clerk. Nothing else goes in it.",
            }[purpose]
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.meeting = QComboBox()
        self.meeting.setAccessibleName("Meeting")
        for meeting in meetings:
            self.meeting.addItem(meeting.title, meeting.id)
        ids = [meeting.id for meeting in meetings]
        if chosen is not None and chosen.id in ids:
            self.meeting.setCurrentIndex(ids.index(chosen.id))
        if purpose != OPEN:
            form.addRow("&Meeting:", self.meeting)
        # Whose answers: the committee's list names members as the clerk wrote them ("Cllr ..."), which
        # need not be how the member named themselves, so the member can choose themselves in it.
        self.member = QComboBox()
        self.member.setAccessibleName("You are")
        for person in members or []:
            self.member.addItem(person.name, person.name)
        if me is not None and members:
            self.member.setCurrentIndex([p.id for p in members].index(me.id))
        elif members:
            self.member.setCurrentIndex(-1)
        if purpose == ANSWERS:
            form.addRow("&You are:", self.member)
        self.path = QLineEdit()
        self.path.setAccessibleName("File")
        choose = QPushButton("C&hoose…")
        choose.setAccessibleName("Choose the file")
        choose.clicked.connect(self.choose_file)
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.path)
        row_layout.addWidget(choose)
        form.addRow("&File:", row)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName("Passphrase")
        form.addRow("&Passphrase:", self.passphrase)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setAccessibleName("Passphrase again")
        if purpose != OPEN:
            form.addRow("Passphrase &again:", self.again)
        layout.addLayout(form)
        self.problem = QLabel("")
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName("What is missing")
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText({SHARE: "&Write", OPEN: "&Open", ANSWERS: "&Send"}[purpose])
        self.buttons.accepted.connect(self._submit)  # closed once the work is done, kept open if refused
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for edit in (self.path, self.passphrase, self.again):
            edit.textChanged.connect(self._check)
        self.member.currentIndexChanged.connect(self._check)
        self._check()

    def _submit(self) -> None:
        self.ok.setEnabled(False)  # once: the work is running
        self.problem.setText("Working…")
        self.submitted.emit()

    def refuse(self, text: str) -> None:
        """Say why the work was refused, with the form still filled in for another try."""
        self.problem.setText(text)
        self.problem.setAccessibleDescription(text)
        self.ok.setEnabled(True)
        self.passphrase.setFocus()
        self.passphrase.selectAll()

    def _check(self) -> None:
        problem = ""
        if not self.path.text().strip():
            problem = "Choose the file."
        elif self.purpose != OPEN and self.meeting.currentData() is None:
            problem = "There is no meeting to choose."
        elif self.purpose == ANSWERS and self.member.currentData() is None:
            problem = "Choose yourself in the list of members."
        elif not self.passphrase.text():
            problem = "Give the passphrase."
        elif self.purpose != OPEN and len(self.passphrase.text()) < MIN_PASSPHRASE:
            problem = f"The passphrase needs at least {MIN_PASSPHRASE} characters."
        elif self.purpose != OPEN and self.again.text() != self.passphrase.text():
            problem = "Type the same passphrase again."
        self.problem.setText(problem)
        self.ok.setEnabled(not problem)

    def choose_file(self) -> None:
        dialog = QFileDialog(self, self.windowTitle(), str(Path.home()), BUNDLE_FILTER)
        if self.purpose == OPEN:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        else:
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setDefaultSuffix("cpdesk")
        dialog.fileSelected.connect(self.path.setText)
        self.file_dialog = dialog
        dialog.open()

    @property
    def file(self) -> Path:
        return Path(self.path.text().strip())


class Sharing:
    """The three File menu items and the work behind them, for one window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.form: BundleForm | None = None
        self.message: QMessageBox | None = None

    def add_actions(self, menu: QMenu, action: Callable[..., QAction]) -> None:
        self.share_action = action(
            "S&hare meeting…", None, self.share, "Write a meeting to an encrypted file for the members"
        )
        self.open_action = action(
            "&Open shared meeting…", None, self.open_shared, "Take in a shared meeting or a member's answers"
        )
        self.answers_action = action(
            "&Send my answers…",
            None,
            self.send_answers,
            "Write your attendance and declarations for the clerk",
        )
        writable = not self.window.desk.read_only
        self.open_action.setEnabled(writable)
        for item in (self.share_action, self.open_action, self.answers_action):
            menu.addAction(item)

    def _open_form(self, purpose: str, go: Callable[[BundleForm], None]) -> BundleForm:
        desk = self.window.desk
        meetings = [m for m in desk.meetings.meetings() if m.status != "cancelled"]
        try:
            chosen: Meeting | None = desk.meetings.find("next")
        except NotFoundError:
            chosen = meetings[-1] if meetings else None
        members = me = None
        if purpose == ANSWERS:
            members = desk.people.people("member")
            try:
                me = desk.bundles.me()
            except CpdeskError:
                me = None  # the member chooses themselves
        form = BundleForm(self.window, purpose, meetings, chosen, members, me)
        form.submitted.connect(lambda: go(form))
        self.form = form
        form.open()
        return form

    def share(self) -> BundleForm:
        return self._open_form(SHARE, self._write)

    def send_answers(self) -> BundleForm:
        return self._open_form(ANSWERS, self._write)

    def open_shared(self) -> BundleForm:
        return self._open_form(OPEN, self._take_in)

    def _write(self, form: BundleForm) -> None:
        window, desk = self.window, self.window.desk
        meeting_id, path, passphrase = form.meeting.currentData(), form.file, form.passphrase.text()
        answers = form.purpose == ANSWERS
        member = form.member.currentData()
        window.statusBar().showMessage("Writing your answers…" if answers else "Writing the meeting bundle…")

        def work() -> str:
            if answers:
                return desk.run(lambda: desk.bundles.export_return(meeting_id, path, passphrase, member))
            return desk.run(lambda: desk.bundles.export(meeting_id, path, passphrase))

        def done(said: str) -> None:
            form.accept()
            window.statusBar().showMessage(said[:1].upper() + said[1:] + ".", 20000)

        title = "Your answers were not written" if answers else "The meeting was not shared"
        window.runner.submit(work, done, lambda error: self._refused(form, title, error))

    def _refused(self, form: BundleForm, title: str, error: BaseException) -> None:
        """A refusal is said in the form, kept open to put it right; a fault as every fault is."""
        if isinstance(error, CpdeskError):
            self.window.statusBar().showMessage(title, 10000)
            form.refuse(sentence(error))
        else:
            form.reject()
            self.window.show_error(title, error)

    def _take_in(self, form: BundleForm) -> None:
        window, desk = self.window, self.window.desk
        path, passphrase = form.file, form.passphrase.text()
        window.statusBar().showMessage("Taking in the shared file…")

        def done(report: ImportReport) -> None:
            form.accept()
            window.hub.announce(*EVERYTHING)
            said = report.describe()
            text = said[:1].upper() + said[1:] + "."
            window.statusBar().showMessage(text, 30000)
            box = QMessageBox(
                QMessageBox.Icon.Information,
                "Shared meeting taken in" if report.kind != "return" else "Answers taken in",
                f"{report.meeting}: {text}",
                QMessageBox.StandardButton.Ok,
                window,
            )
            self.message = box
            box.open()

        def failed(error: BaseException) -> None:
            self._refused(form, "The shared file was not taken in", error)

        window.runner.submit(
            lambda: desk.run(lambda: desk.bundles.import_file(path, passphrase)), done, failed
        )


def add_sharing_actions(window: MainWindow, menu: QMenu, action: Callable[..., QAction]) -> Sharing:
    """Add Share meeting…, Open shared meeting… and Send my answers… to the window's File menu."""
    sharing = Sharing(window)
    sharing.add_actions(menu, action)
    return sharing
