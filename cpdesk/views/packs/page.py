"""The Briefing packs page: choose a meeting, an edition and the sections; make, publish, open and print.

The pack is built off the GUI thread with a progress bar and a Cancel button, so the window stays
usable; a cancelled or failed build leaves no file. What has been published for the meeting is listed,
each publication can be saved again exactly as it was, and the page says what changed since.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cpdesk.domain.dates import long_date
from cpdesk.domain.desk import Desk
from cpdesk.domain.meetings import Meeting
from cpdesk.domain.pack_model import EDITIONS, SECTIONS, Cancelled, sections_for
from cpdesk.errors import CpdeskError
from cpdesk.views.common.changes import (
    ACTIONS,
    AGENDA,
    CHALLENGES,
    INDICATORS,
    MEETINGS,
    MINUTES,
    NOTES,
    ChangeHub,
)
from cpdesk.views.common.confirm import Confirmer
from cpdesk.views.common.forms import Messages
from cpdesk.views.common.tasks import Runner
from cpdesk.views.common.widgets import Heading, button, flow

EDITION_HELP = {
    "committee": "Everything for the meeting, for every member and officer.",
    "member": "The committee edition with your own notes and questions beside the items they concern, "
    "and an appendix of them. Only your own notes are ever printed; this copy is yours and is never "
    "published.",
    "chair": "The committee edition with the full action tracker, each action's history, and the "
    "challenges awaiting a response.",
}
MODE_WORDS = {  # what each button does, as the status line says it
    "draft": "Making the pack",
    "publish": "Publishing the pack",
    "supplement": "Making a supplement",
    "reissue": "Reissuing the pack",
}


class _Signals(QObject):
    """Progress reported from the worker thread, delivered on the GUI thread."""

    progress = Signal(int, int, str)


class BriefingPacksPage(QWidget):
    """Make a meeting's briefing pack (PDF and accessible HTML), publish it, open it and print it."""

    def __init__(self, desk: Desk, hub: ChangeHub, runner: Runner, confirmer: Confirmer) -> None:
        super().__init__()
        self._desk = desk
        self._hub = hub
        self._runner = runner
        self._confirmer = confirmer
        self.messages = Messages(self)
        self.meetings: list[Meeting] = []
        self.made: Any = None  # the last pack written (cpdesk.packs.briefing.Made)
        self.issues: list[Any] = []  # the publications listed (cpdesk.domain.pack_issues.Issue)
        self.building = False
        self._cancel = threading.Event()
        self.file_dialog: QFileDialog | None = None  # the last save dialog opened, for tests
        self.print_dialog: Any = None
        self._signals = _Signals(self)
        self._signals.progress.connect(self._progressed)

        heading = Heading("Briefing packs", 1.4)
        intro = QLabel(
            "The pack a member reads offline and the clerk prints: everything for the meeting in order, "
            "with bookmarks and page numbers, and an accessible edition (HTML) beside it for screen "
            "readers. Once a pack is published its pages never move: later changes go in a supplement."
        )
        intro.setWordWrap(True)

        self.meeting_box = QComboBox()
        self.meeting_box.setAccessibleName("Meeting")
        self.edition_box = QComboBox()
        self.edition_box.setAccessibleName("Edition")
        for key, label in EDITIONS.items():
            self.edition_box.addItem(label, key)
        self.edition_help = QLabel()
        self.edition_help.setWordWrap(True)
        self.sections_list = QListWidget()
        self.sections_list.setAccessibleName("Sections")
        self.sections_list.setAccessibleDescription(
            "Tick the sections to include; Space ticks or unticks one"
        )
        self.all_button = button("Tick &all", "Include every section")
        self.none_button = button("Untick al&l", "Leave out every section, to tick a few")
        form = QFormLayout()
        meeting_label = QLabel("&Meeting:")
        meeting_label.setBuddy(self.meeting_box)
        edition_label = QLabel("&Edition:")
        edition_label.setBuddy(self.edition_box)
        sections_label = QLabel("Sec&tions:")
        sections_label.setBuddy(self.sections_list)
        form.addRow(meeting_label, self.meeting_box)
        form.addRow(edition_label, self.edition_box)
        form.addRow("", self.edition_help)
        form.addRow(sections_label, self.sections_list)
        form.addRow("", _row(self.all_button, self.none_button))

        self.published_label = QLabel()
        self.published_label.setWordWrap(True)
        self.published_label.setAccessibleName("What has been published")
        self.published_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.published_list = QListWidget()
        self.published_list.setAccessibleName("Publications of this edition")
        self.published_list.setMaximumHeight(self.fontMetrics().height() * 6)
        self.save_copy_button = button(
            "Save a cop&y…", "Save the chosen publication again, exactly as it was published"
        )
        self.save_copy_button.clicked.connect(self.ask_where_copy)
        self.published_list.currentRowChanged.connect(lambda _row: self._enable_copy())

        self.make_button = button("Make the &pack…", "Write the pack as it stands now (Ctrl+P)")
        self.publish_button = button(
            "P&ublish…", "Write the pack and record it as published: its pages are fixed"
        )
        self.supplement_button = button(
            "Make a &supplement…", "Write a supplement (S1, S2 ...) with only what changed since publication"
        )
        self.reissue_button = button(
            "&Reissue as a new version…",
            "Publish the whole pack again as version 2, 3 ..., listing the changes",
        )

        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleName("Progress of the pack")
        self.progress_bar.setRange(0, 100)
        self.progress_label = QLabel()
        self.progress_label.setAccessibleName("What is being done")
        self.cancel_button = button("&Cancel", "Stop making the pack; nothing is written")
        self.cancel_button.clicked.connect(self.cancel)
        progress_row = QWidget()
        progress_layout = QHBoxLayout(progress_row)
        progress_layout.setContentsMargins(0, 0, 0, 0)
        progress_layout.addWidget(self.progress_bar, 1)
        progress_layout.addWidget(self.cancel_button)
        self.progress_row = progress_row
        progress_row.hide()
        self.progress_label.hide()

        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName("The pack made")
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = button("&Open", "Open the PDF in the system's PDF viewer")
        self.open_html_button = button(
            "Open the accessi&ble edition", "Open the HTML edition in the web browser"
        )
        self.print_button = button("Pr&int…", "Print the pack on a printer")
        self.open_button.clicked.connect(self.open_pdf)
        self.open_html_button.clicked.connect(self.open_html)
        self.print_button.clicked.connect(self.print_pack)
        for done_button in (self.open_button, self.open_html_button, self.print_button):
            done_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.published_label)
        published_row = QHBoxLayout()
        published_row.addWidget(self.published_list, 1)
        published_row.addWidget(self.save_copy_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(published_row)
        layout.addLayout(
            flow(self.make_button, self.publish_button, self.supplement_button, self.reissue_button)
        )
        layout.addWidget(self.progress_label)
        layout.addWidget(progress_row)
        layout.addWidget(self.result_label)
        layout.addLayout(flow(self.open_button, self.open_html_button, self.print_button))
        layout.addStretch(1)

        self.make_button.clicked.connect(lambda: self.ask_where("draft"))
        self.publish_button.clicked.connect(lambda: self.ask_where("publish"))
        self.supplement_button.clicked.connect(lambda: self.ask_where("supplement"))
        self.reissue_button.clicked.connect(lambda: self.ask_where("reissue"))
        self.all_button.clicked.connect(lambda: self._tick_all(True))
        self.none_button.clicked.connect(lambda: self._tick_all(False))
        self.edition_box.currentIndexChanged.connect(self._edition_chosen)
        self.meeting_box.currentIndexChanged.connect(self.show_published)
        shortcut = QShortcut(
            QKeySequence("Ctrl+P"), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        shortcut.activated.connect(lambda: self.ask_where("draft"))
        hub.changed.connect(self._changed)

        self._edition_chosen()
        self.refresh()

    # --- choices ---

    def refresh(self) -> None:
        """Fill the meetings (the Sub-Committee's, the next one chosen) and what has been published."""
        chosen = self.meeting()
        every = [m for m in self._desk.meetings.meetings() if m.body_kind == "sub_committee"]
        self.meetings = every
        self.meeting_box.blockSignals(True)
        self.meeting_box.clear()
        for meeting in every:
            self.meeting_box.addItem(f"{long_date(meeting.day)} ({meeting.status_label})", str(meeting.id))
        index = -1
        if chosen is not None:
            index = next((n for n, m in enumerate(every) if m.id == chosen.id), -1)
        if index < 0:
            today = self._desk.today()
            index = next((n for n, m in enumerate(every) if m.day >= today), len(every) - 1)
        self.meeting_box.setCurrentIndex(index)
        self.meeting_box.blockSignals(False)
        self.show_published()

    def meeting(self) -> Meeting | None:
        index = self.meeting_box.currentIndex()
        return self.meetings[index] if 0 <= index < len(self.meetings) else None

    def edition(self) -> str:
        return str(self.edition_box.currentData())

    def chosen_sections(self) -> list[str]:
        """The ticked sections, in print order."""
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.sections_list.item(n) for n in range(self.sections_list.count()))
            if item is not None and item.checkState() == Qt.CheckState.Checked
        ]

    def set_sections(self, keys: list[str]) -> None:
        """Tick exactly these sections (for tests and for a user's saved choice)."""
        for n in range(self.sections_list.count()):
            item = self.sections_list.item(n)
            if item is not None:
                ticked = item.data(Qt.ItemDataRole.UserRole) in keys
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def _edition_chosen(self) -> None:
        edition = self.edition()
        self.edition_help.setText(EDITION_HELP[edition])
        self.sections_list.clear()
        for key in sections_for(edition):
            item = QListWidgetItem(SECTIONS[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.sections_list.addItem(item)
        self.show_published()

    def _tick_all(self, ticked: bool) -> None:
        self.set_sections(list(SECTIONS) if ticked else [])

    def _changed(self, kinds: frozenset[str]) -> None:
        if kinds & {MEETINGS}:
            self.refresh()
        elif kinds & {AGENDA, MINUTES, ACTIONS, CHALLENGES, INDICATORS, NOTES}:
            self.show_published()

    def show_published(self) -> None:
        """What has been published for this meeting and edition, and which buttons make sense now."""
        meeting, edition = self.meeting(), self.edition()
        published = edition != "member"
        issues = (
            self._desk.pack_issues.issues(meeting.id, edition) if meeting is not None and published else []
        )
        if meeting is None:
            text = "There are no Sub-Committee meetings yet: add one on the Meetings page."
        elif not published:
            text = "A member's edition is your own copy: it is made fresh each time and never published."
        elif not issues:
            text = f"The {EDITIONS[edition].lower()} for this meeting has not been published yet."
        else:
            text = (
                f"Published so far ({len(issues)}): choose one and Save a copy to have it again exactly "
                "as it was sent."
            )
        self.published_label.setText(text)
        self.issues = issues
        self.published_list.clear()
        for issue in issues:
            item = QListWidgetItem(
                f"{issue.label}: published {long_date(issue.published_on)}, {issue.page_count} pages"
            )
            self.published_list.addItem(item)
        self.published_list.setVisible(bool(issues))
        self.save_copy_button.setVisible(bool(issues))
        if issues:
            self.published_list.setCurrentRow(len(issues) - 1)
        self._enable_copy()
        idle = not self.building and meeting is not None
        self.make_button.setEnabled(idle)
        self.publish_button.setEnabled(idle and published and not issues)
        self.supplement_button.setEnabled(idle and published and bool(issues))
        self.reissue_button.setEnabled(idle and published and bool(issues))

    def _enable_copy(self) -> None:
        self.save_copy_button.setEnabled(not self.building and self.published_list.currentRow() >= 0)

    def chosen_issue(self) -> Any:
        row = self.published_list.currentRow()
        return self.issues[row] if 0 <= row < len(self.issues) else None

    def ask_where_copy(self) -> None:
        """Ask where to save the chosen publication again, then save it."""
        from cpdesk.packs.briefing import short_name

        issue, meeting = self.chosen_issue(), self.meeting()
        if issue is None or meeting is None:
            return
        start = str(
            Path.home() / f"{meeting.body} {meeting.day.isoformat()} {issue.edition} {short_name(issue)}.pdf"
        )
        dialog = QFileDialog(self, "Save a copy of the published pack", start, "PDF files (*.pdf)")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(lambda chosen: self.save_copy(Path(chosen)))
        self.file_dialog = dialog
        dialog.open()

    def save_copy(self, out: Path) -> None:
        """Write the chosen publication again, byte for byte, off the GUI thread."""
        from cpdesk.packs.briefing import save_published

        issue = self.chosen_issue()
        if issue is None:
            return
        if out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")
        desk = self._desk
        self._runner.submit(lambda: save_published(desk, issue, out), self._made, self._failed)

    # --- making ---

    def ask_where(self, mode: str) -> None:
        """Ask where to save the pack, then make it."""
        meeting = self.meeting()
        if meeting is None or self.building:
            return
        name = f"{meeting.body} {meeting.day.isoformat()} {self.edition()}"
        if mode == "supplement":
            name += " supplement"
        start = str(Path.home() / f"{name}.pdf")
        dialog = QFileDialog(self, "Save the briefing pack", start, "PDF files (*.pdf)")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(lambda chosen: self.make(mode, Path(chosen)))
        self.file_dialog = dialog
        dialog.open()

    def make(self, mode: str, out: Path) -> None:
        """Build and write the pack off the GUI thread, showing progress; Cancel stops it."""
        from cpdesk.packs.briefing import make_pack  # the PDF kit loads when a pack is first made

        meeting = self.meeting()
        if meeting is None or self.building:
            return
        if out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")
        edition = self.edition()
        chosen = self.chosen_sections()
        every = list(sections_for(edition))
        sections = None if chosen == every else chosen
        self._cancel.clear()
        self._busy(True, MODE_WORDS[mode])
        signals, cancel, desk = self._signals, self._cancel, self._desk

        def work() -> Any:
            return make_pack(
                desk,
                meeting.id,
                out,
                edition=edition,
                sections=sections,
                mode=mode,
                progress=signals.progress.emit,
                cancelled=cancel.is_set,
            )

        self._runner.submit(work, self._made, self._failed)

    def cancel(self) -> None:
        """Stop the build at the next step; nothing is written."""
        if self.building:
            self._cancel.set()
            self.progress_label.setText("Cancelling…")

    def _progressed(self, done: int, of: int, what: str) -> None:
        self.progress_bar.setValue(round(100 * done / of) if of else 0)
        if what:
            self.progress_label.setText(what)

    def _busy(self, busy: bool, what: str = "") -> None:
        self.building = busy
        self.progress_row.setVisible(busy)
        self.progress_label.setVisible(busy)
        if busy:
            self.progress_bar.setValue(0)
            self.progress_label.setText(f"{what}…")
            self.result_label.setText("")
            self.cancel_button.setFocus()
        self.show_published()

    def _made(self, made: Any) -> None:
        self._busy(False)
        self.made = made
        text = made.describe()
        said = text[0].upper() + text[1:] + "."
        if made.given_as_published and made.issue is not None:
            said = (
                f"This is the pack published on {long_date(made.issue.published_on)}, unchanged, so its "
                f"page numbers are as everyone has them. {said}"
            )
            if made.changes:
                said += " Changed since it was published: " + "; ".join(made.changes) + "."
                said += " Make a supplement to send the changes, or reissue the whole pack."
        elif made.changes:
            said += " What changed: " + "; ".join(made.changes) + "."
        self.result_label.setText(said)
        for done_button in (self.open_button, self.open_html_button, self.print_button):
            done_button.setEnabled(True)
        self.open_button.setFocus()

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        if isinstance(error, Cancelled):
            self.result_label.setText("The pack was not made: you cancelled it. Nothing was written.")
            return
        self.result_label.setText("The pack was not made. Nothing was written.")
        title = "The briefing pack was not made"
        if not isinstance(error, CpdeskError | OSError):
            title = "The briefing pack was not made: a fault in cpdesk"
        self.messages.error(title, error)

    # --- after ---

    def open_pdf(self) -> None:
        if self.made is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.made.pdf)))

    def open_html(self) -> None:
        if self.made is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.made.html)))

    def print_pack(self) -> None:
        """The system's print dialog; the pack's pages are rendered and printed off the GUI thread."""
        from cpdesk.views.packs.printing import ask_and_print

        if self.made is not None:
            self.print_dialog = ask_and_print(self, self.made.pdf, self._runner, self.result_label.setText)


def _row(*widgets: QPushButton) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return holder
