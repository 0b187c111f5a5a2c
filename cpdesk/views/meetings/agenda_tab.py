"""The Agenda tab: the numbered items, reordered by drag and drop or Ctrl+Up/Down, and each item's papers
and the documents the committee system links to it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QLabel,
    QMenu,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cpdesk.domain.agenda import AgendaItem, LinkedDocument, Paper
from cpdesk.domain.desk import Desk
from cpdesk.domain.meetings import Meeting
from cpdesk.errors import CpdeskError
from cpdesk.views.common.changes import AGENDA, MEETINGS, NOTES, PEOPLE, STRATEGY, WORK_PROGRAMME, ChangeHub
from cpdesk.views.common.confirm import Confirmer
from cpdesk.views.common.desk_work import BusyNote, Loader, Writes
from cpdesk.views.common.forms import Messages
from cpdesk.views.common.tasks import Runner
from cpdesk.views.common.widgets import bounded, button, button_rows, flow, select_row, selected_row, table
from cpdesk.views.meetings.agenda_item_dialog import AgendaItemDialog
from cpdesk.views.meetings.locked import explain, locked_reason
from cpdesk.views.meetings.models import AgendaModel, LinkedDocumentsModel, PapersModel
from cpdesk.views.notes.panel import NotesPanel


class AgendaTab(QWidget):
    """What the meeting will consider, in order; the clerk's edits go through the domain."""

    KINDS = frozenset({AGENDA, MEETINGS, PEOPLE, STRATEGY})

    def __init__(
        self,
        desk: Desk,
        hub: ChangeHub,
        runner: Runner,
        confirmer: Confirmer,
        messages: Messages,
        parent: QWidget | None = None,
        *,
        busy: BusyNote | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk, self._hub, self._runner = desk, hub, runner
        self._confirmer, self._messages = confirmer, messages
        self._writes = Writes(self, desk, runner, hub, messages)
        self._loader = Loader(self, desk, runner, messages.error, busy)
        self.meeting: Meeting | None = None
        self._keep: UUID | None = None
        self.dialog: QWidget | None = None  # the dialog last opened, for tests
        self.file_dialog: QFileDialog | None = None
        self.reader: QWidget | None = None  # the paper reader last opened, for tests
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl  # replaced in tests

        self.model = AgendaModel(self)
        self.model.mover = self.move_item
        self.view = table(
            self.model,
            "Agenda items",
            "Ctrl+Up and Ctrl+Down move the selected item; Delete removes it to the bin; Enter edits it",
            stretch=1,
            wrap=True,
        )
        bounded(self.view, 3, 16)  # the presenter's name
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropOverwriteMode(False)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.build_button = button(
            "B&uild from template",
            "Add the standing items this agenda lacks and the annual reports due by this meeting",
        )
        self.add_button = button("A&dd item…", "Add your own item before the closing standing items")
        self.edit_button = button(
            "&Edit item…", "Change the selected item, what it concerns and its officer report"
        )
        self.remove_button = button("&Remove item", "Move the selected item to the bin (Delete)")
        self.restore_button = button("Re&store from bin", "Bring back an item removed from this agenda")
        self.restore_menu = QMenu(self.restore_button)
        self.restore_button.setMenu(self.restore_menu)

        self.move_up_action = self._view_action("Move item &up", "Ctrl+Up", lambda: self.move_selected(-1))
        self.move_down_action = self._view_action(
            "Move item &down", "Ctrl+Down", lambda: self.move_selected(+1)
        )
        self.edit_action = self._view_action("&Edit item…", None, self.edit_item)
        self.remove_action = self._view_action(
            "&Remove item", QKeySequence.StandardKey.Delete, self.remove_item
        )

        self.papers_label = QLabel("Papers")
        self.papers_label.setWordWrap(True)  # it names the item, whose title may be long
        self.papers = PapersModel(self)
        self.papers_view = table(self.papers, "Papers of the selected item", stretch=0)
        self.papers_label.setBuddy(self.papers_view)
        self.attach_button = button(
            "Atta&ch PDF…", "Keep a copy of a PDF file inside cpdesk as a paper of this item"
        )
        self.read_button = button(
            "Read in cp&desk", "Read the selected paper here, with your notes beside it (Enter)"
        )
        self.open_button = button("&Open paper", "Open the selected paper in your PDF reader")
        self.replace_button = button(
            "Replace with a revised PDF…",
            "Put a revised version in the place of the selected paper; your notes on it follow their words",
        )
        self.save_copy_button = button("Sa&ve a copy…", "Write the selected paper to a file of your choice")
        self.remove_paper_button = button("Re&move paper", "Move the selected paper to the bin")
        self.restore_paper_button = button("Restore pap&er", "Bring back a paper removed from this item")
        self.restore_paper_menu = QMenu(self.restore_paper_button)
        self.restore_paper_button.setMenu(self.restore_paper_menu)
        self.documents_label = QLabel("Linked documents")
        self.documents_label.setWordWrap(True)
        self.documents = LinkedDocumentsModel(self)
        self.documents_view = table(
            self.documents,
            "Linked documents of the selected item",
            "Documents the committee system links to this item; Enter opens the selected one in your browser",
            stretch=0,
        )
        bounded(self.documents_view, 2, 40)  # a web address can be long
        self.documents_label.setBuddy(self.documents_view)
        self.open_link_button = button(
            "Open lin&k", "Open the selected linked document at its web address, in your browser"
        )
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setAccessibleName("Agenda note")

        buttons = button_rows(
            (
                self.build_button,
                self.add_button,
                self.edit_button,
                self.remove_button,
                self.restore_button,
            ),
            3,
        )
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.view, 1)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.note)
        self.notes_panel = NotesPanel(desk, hub, runner, confirmer, title="My notes on this item")
        top_layout.addWidget(self.notes_panel)
        paper_buttons = flow(
            self.attach_button,
            self.read_button,
            self.open_button,
            self.replace_button,
            self.save_copy_button,
            self.remove_paper_button,
            self.restore_paper_button,
        )
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.papers_label)
        bottom_layout.addWidget(self.papers_view, 1)
        bottom_layout.addLayout(paper_buttons)
        bottom_layout.addWidget(self.documents_label)
        bottom_layout.addWidget(self.documents_view)
        bottom_layout.addLayout(flow(self.open_link_button))
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self.view.selectionModel().selectionChanged.connect(self._item_chosen)
        self.view.activated.connect(lambda _: self.edit_item())
        self.build_button.clicked.connect(self.build_from_template)
        self.add_button.clicked.connect(self.add_item)
        self.edit_button.clicked.connect(self.edit_item)
        self.remove_button.clicked.connect(self.remove_item)
        self.attach_button.clicked.connect(self.choose_pdf)
        self.open_button.clicked.connect(self.open_paper)
        self.replace_button.clicked.connect(self.choose_revision)
        self.read_button.clicked.connect(self.read_paper)
        self.papers_view.activated.connect(lambda _: self.read_paper())
        self.save_copy_button.clicked.connect(self.choose_copy_path)
        self.remove_paper_button.clicked.connect(self.remove_paper)
        self.open_link_button.clicked.connect(self.open_link)
        self.documents_view.activated.connect(lambda _: self.open_link())

    def _view_action(
        self, text: str, keys: QKeySequence | QKeySequence.StandardKey | str | None, slot: Callable[[], None]
    ) -> QAction:
        action = QAction(text, self.view)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.view.addAction(action)
        return action

    # --- what is shown ---

    @property
    def selected_item(self) -> AgendaItem | None:
        return self.model.row(selected_row(self.view))

    @property
    def selected_paper(self) -> Paper | None:
        return self.papers.row(selected_row(self.papers_view))

    @property
    def selected_document(self) -> LinkedDocument | None:
        return self.documents.row(selected_row(self.documents_view))

    def set_meeting(self, meeting: Meeting | None) -> None:
        if meeting is None or self.meeting is None or meeting.id != self.meeting.id:
            self._keep = None
            self.note.clear()
        self.meeting = meeting
        self.refresh()

    def refresh(self) -> None:
        """Read the meeting's agenda off the GUI thread, then show it keeping the chosen item."""
        selected = self.selected_item
        keep = self._keep or (selected.id if selected else None)
        self._keep = None
        meeting, agenda = self.meeting, self._desk.agenda

        def read() -> tuple[list[AgendaItem], list[tuple[UUID, str]]]:
            if meeting is None:
                return [], []
            return agenda.items(meeting.id), agenda.binned_items(meeting.id)

        self._loader.load(read, lambda found: self._show(keep, *found), "The agenda could not be read")

    def _show(self, keep: UUID | None, items: list[AgendaItem], binned: list[tuple[UUID, str]]) -> None:
        self.model.set_rows(items)
        row = self.model.row_of(keep)
        select_row(self.view, row if row >= 0 else 0)
        self._item_chosen()
        self._fill_bin(binned)
        reason = locked_reason(self.meeting)
        # The keys (Delete, Ctrl+Up/Down) stay: pressed on an approved agenda, the refusal says why.
        for control in (self.build_button, self.add_button):
            explain(control, self.meeting is not None and not reason, reason)
        explain(self.remove_button, self.meeting is not None and not reason, reason)
        explain(self.restore_button, not reason and not self.restore_menu.isEmpty(), reason)
        # An approved item is still opened, to be read: its form says why it cannot be changed.
        self.edit_button.setEnabled(bool(items))
        self.edit_button.setText("&View item…" if reason else "&Edit item…")
        self.edit_button.setAccessibleName("View item" if reason else "Edit item")
        self.edit_action.setText(self.edit_button.text())
        self.view.setDragEnabled(not reason)

    def select_item(self, item_id: UUID) -> None:
        """Choose an item of the meeting shown, once its agenda has been read."""
        self._keep = item_id
        self.refresh()

    def _item_chosen(self, *_: object) -> None:
        item = self.selected_item
        # Notes on the item, or on its report (the front sheet), chosen above the notes.
        choices: list[tuple[str, UUID, str]] = []
        if item is not None:
            choices.append(("agenda_item", item.id, f"Item {item.number}: {item.title}"))
            report = self._desk.agenda.report_id(item.id) if item.has_report else None
            if report is not None:
                choices.append(("report", report, f"The report under item {item.number}"))
        self.notes_panel.show_choices(choices)
        if item is None:
            self.papers_label.setText("&Papers: choose an agenda item to see its papers")
            self.papers.set_rows([])
        else:
            self.papers.set_rows(self._desk.agenda.papers(item.id))
            count = self.papers.rowCount()
            self.papers_label.setText(
                f"&Papers for item {item.number}, {item.title}: " + ("none yet" if not count else f"{count}")
            )
            select_row(self.papers_view, 0)
        self._show_documents(item)
        has_paper = self.papers.rowCount() > 0
        self.read_button.setEnabled(has_paper)
        self.open_button.setEnabled(has_paper)
        self.save_copy_button.setEnabled(has_paper)
        reason = locked_reason(self.meeting)
        explain(self.attach_button, item is not None and not reason, reason)
        explain(self.remove_paper_button, has_paper and not reason, reason)
        explain(self.replace_button, has_paper and not reason, reason)
        self.restore_paper_menu.clear()
        for paper in self._desk.agenda.binned_papers(item.id) if item is not None else []:
            action = self.restore_paper_menu.addAction(f"Restore “{paper.title}”")
            action.triggered.connect(lambda _=False, p=paper.id: self.restore_paper(p))
        explain(self.restore_paper_button, not reason and not self.restore_paper_menu.isEmpty(), reason)

    def _show_documents(self, item: AgendaItem | None) -> None:
        documents = self._desk.agenda.linked_documents(item.id) if item is not None else []
        self.documents.set_rows(documents)
        if item is None:
            self.documents_label.setText("Linked documents: choose an agenda item to see them")
        elif not documents:
            self.documents_label.setText(f"Linked documents for item {item.number}: none")
        else:
            listed = "; ".join(d.label for d in documents)
            self.documents_label.setText(f"Linked documents for item {item.number}: {listed}")
            select_row(self.documents_view, 0)
        self.documents_view.setVisible(bool(documents))
        self.open_link_button.setVisible(bool(documents))
        self.open_link_button.setEnabled(bool(documents))

    def open_link(self) -> None:
        """Open the selected linked document at its address, in the system's browser."""
        document = self.selected_document
        if document is None:
            return
        if not self.open_url(QUrl(document.url)):
            self._messages.error(
                "The linked document could not be opened",
                CpdeskError(f"no program on this computer opened {document.url}"),
            )

    def _fill_bin(self, binned: list[tuple[UUID, str]]) -> None:
        self.restore_menu.clear()
        for item_id, title in binned:
            action = self.restore_menu.addAction(f"Restore “{title}”")
            action.triggered.connect(lambda _=False, i=item_id: self.restore_item(i))

    # --- the clerk's edits ---

    def build_from_template(self) -> None:
        meeting = self.meeting
        if meeting is None:
            return
        before = {i.id for i in self.model.rows}
        desk = self._desk

        def work() -> list[AgendaItem]:
            return desk.agenda.build_from_template(meeting.id, desk.work_programme.due_for(meeting.id))

        def built(items: list[AgendaItem]) -> None:
            added = [i for i in items if i.id not in before]
            due = [i.title for i in added if i.annual_report]
            # One short line: the reports' names are in the list above it, and in the tip. A note
            # naming them all wrapped to several lines and lay over the buttons on a small screen.
            count = f"{len(added)} item{'s' if len(added) != 1 else ''}"
            reports = f"{len(due)} of them {'an annual report' if len(due) == 1 else 'annual reports'}"
            self.note.setText(
                f"Added {count}" + (f", {reports} due by this meeting." if due else ".")
                if added
                else "Nothing to add."
            )
            self.note.setToolTip(f"Annual reports due by this meeting: {', '.join(due)}." if due else "")

        self._writes.write("The agenda was not built", work, AGENDA, WORK_PROGRAMME, then=built)

    def add_item(self) -> None:
        if self.meeting is not None:
            self._open_item_dialog(None)

    def edit_item(self) -> None:
        item = self.selected_item
        if self.meeting is not None and item is not None:
            self._open_item_dialog(item)

    def _open_item_dialog(self, item: AgendaItem | None) -> None:
        assert self.meeting is not None
        dialog = AgendaItemDialog(self._desk, self._runner, self.meeting, item, self)
        reason = locked_reason(self.meeting)
        if reason and item is not None:
            dialog.show_only(reason)

        def saved() -> None:
            self._keep = dialog.saved_item.id if dialog.saved_item else None
            self._hub.announce(AGENDA)

        dialog.accepted.connect(saved)
        dialog.confirmer = self._confirmer
        self.dialog = dialog
        dialog.open()

    def move_item(self, item_id: UUID, to_index: int) -> bool:
        """Send an item to a new place through the domain (the model's drops and Ctrl+Up/Down come here).

        True once the move is on its way: the list is redrawn, with the item still chosen, when it is done.
        """
        self._keep = item_id

        def refused(_error: BaseException) -> None:
            self._keep = None

        self._writes.write(
            "The item was not moved",
            lambda: self._desk.agenda.move_item(item_id, to_index),
            AGENDA,
            failed=refused,
        )
        return True

    def move_selected(self, step: int) -> None:
        row = selected_row(self.view)
        if row < 0:
            return
        destination = row - 1 if step < 0 else row + 2  # moveRows counts "before" in the old numbering
        if 0 <= destination <= self.model.rowCount() and destination not in (row, row + 1):
            self.model.moveRows(self.view.rootIndex(), row, 1, self.view.rootIndex(), destination)

    def remove_item(self) -> None:
        item = self.selected_item
        if item is None:
            return

        remove = self._writes.later(
            "The item was not removed", lambda: self._desk.agenda.bin_item(item.id), AGENDA, WORK_PROGRAMME
        )
        self._confirmer.ask(
            self,
            "Remove this item?",
            f"Item {item.number}, “{item.title}”, goes to the bin with its report and papers. "
            "You can bring it back with Restore from bin.",
            "Remove item",
            remove,
        )

    def restore_item(self, item_id: UUID) -> None:
        self._keep = item_id
        self._writes.write(
            "The item was not restored",
            lambda: self._desk.agenda.restore_item(item_id),
            AGENDA,
            WORK_PROGRAMME,
        )

    # --- papers ---

    def remove_paper(self) -> None:
        paper = self.selected_paper
        if paper is None:
            return
        self._confirmer.ask(
            self,
            "Remove this paper?",
            f"“{paper.title}” goes to the bin. You can bring it back with Restore paper.",
            "Remove paper",
            lambda: self._paper_write(
                "The paper was not removed", lambda: self._desk.agenda.bin_paper(paper.id)
            ),
        )

    def restore_paper(self, paper_id: UUID) -> None:
        self._paper_write("The paper was not restored", lambda: self._desk.agenda.restore_paper(paper_id))

    def _paper_write(self, title: str, work: Callable[[], object]) -> None:
        self._keep = self.selected_item.id if self.selected_item else None
        self._writes.write(title, work, AGENDA)

    def choose_pdf(self) -> None:
        item = self.selected_item
        if item is None:
            return
        dialog = QFileDialog(
            self, f"Attach a PDF to item {item.number}", str(Path.home()), "PDF files (*.pdf);;All files (*)"
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.fileSelected.connect(lambda path: self.attach(item.id, Path(path)))
        self.file_dialog = dialog
        dialog.open()

    def attach(self, item_id: UUID, path: Path) -> None:
        """Read and check the file in the background; the papers list shows it, or why it was refused."""
        desk = self._desk
        self.note.setText(f"Attaching {path.name}…")

        def done(paper: Paper) -> None:
            self._keep = item_id
            self.note.setText(f"Attached {paper.file_name} ({paper.pages_label}).")
            self._hub.announce(AGENDA)

        def failed(error: BaseException) -> None:
            self.note.setText(f"{path.name} was not attached.")
            self._messages.error("The file was not attached", error)

        self._runner.submit(lambda: desk.run(lambda: desk.agenda.attach_paper(item_id, path)), done, failed)

    def choose_revision(self) -> None:
        paper = self.selected_paper
        if paper is None:
            return
        dialog = QFileDialog(
            self,
            f"A revised version of “{paper.title}”",
            str(Path.home()),
            "PDF files (*.pdf);;All files (*)",
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.fileSelected.connect(lambda path: self.replace(paper.id, Path(path)))
        self.file_dialog = dialog
        dialog.open()

    def replace(self, paper_id: UUID, path: Path) -> None:
        """Put the revised file in the paper's place, in the background; notes on it find their words."""
        desk, item_id = self._desk, self.selected_item.id if self.selected_item else None
        self.note.setText(f"Reading {path.name}…")

        def done(paper: Paper) -> None:
            self._keep = item_id
            self.note.setText(
                f"Replaced “{paper.title}” with {paper.file_name} ({paper.pages_label}). Notes on it follow "
                "their words; any whose words are gone say so."
            )
            self._hub.announce(AGENDA, NOTES)

        def failed(error: BaseException) -> None:
            self.note.setText(f"{path.name} did not replace the paper.")
            self._messages.error("The paper was not replaced", error)

        self._runner.submit(lambda: desk.run(lambda: desk.agenda.replace_paper(paper_id, path)), done, failed)

    def read_paper(self) -> None:
        """The selected paper in cpdesk's own reader, a window beside this one."""
        paper = self.selected_paper
        if paper is None:
            return
        from cpdesk.views.papers.reader import open_reader  # the reader and PDFium load when first wanted

        self.reader = open_reader(
            self.window(),
            self._desk,
            self._hub,
            self._runner,
            paper.id,
            title=paper.title,
            file_name=paper.file_name,
            confirmer=self._confirmer,
        )

    def open_paper(self) -> None:
        paper = self.selected_paper
        if paper is None:
            return
        open_in_system_viewer(
            self._desk, self._runner, paper.id, paper.file_name, self.open_url, self._messages.error
        )

    def choose_copy_path(self) -> None:
        paper = self.selected_paper
        if paper is None:
            return
        dialog = QFileDialog(
            self, f"Save a copy of {paper.title}", str(Path.home() / paper.file_name), "PDF files (*.pdf)"
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(lambda path: self.save_copy(paper, Path(path)))
        self.file_dialog = dialog
        dialog.open()

    def save_copy(self, paper: Paper, path: Path) -> None:
        desk = self._desk
        self._runner.submit(
            lambda: desk.run(lambda: desk.agenda.save_paper_as(paper.id, path)),
            lambda _: self.note.setText(f"Saved a copy of {paper.title} as {path}."),
            lambda e: self._messages.error("The copy was not saved", e),
        )


def open_in_system_viewer(
    desk: Desk,
    runner: Runner,
    paper_id: UUID,
    file_name: str,
    open_url: Callable[[QUrl], object],
    report: Callable[[str, BaseException], None],
) -> None:
    """Hand a copy of a paper to the system's PDF viewer (the Meetings page's and the paper reader's way)."""

    def work() -> Path:
        # A private folder of this window's, removed when the window closes.
        path = desk.scratch.folder_for(paper_id.hex) / (Path(file_name).name or "paper.pdf")
        desk.run(lambda: desk.agenda.save_paper_as(paper_id, path))
        return path

    def done(written: Path) -> None:
        if not open_url(QUrl.fromLocalFile(str(written))):
            report(
                "The paper could not be opened",
                CpdeskError("no program to open PDF files was found; use Save a copy instead"),
            )

    runner.submit(work, done, lambda e: report("The paper could not be opened", e))
