"""My notes beside a record wherever it is shown: a compact, collapsible list with add, edit and remove."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cpdesk.domain.dates import long_date
from cpdesk.domain.desk import Desk
from cpdesk.domain.notes import Note
from cpdesk.views.common.changes import NOTES, ChangeHub
from cpdesk.views.common.confirm import Confirmer
from cpdesk.views.common.desk_work import Writes
from cpdesk.views.common.forms import FormDialog, Messages
from cpdesk.views.common.tasks import Runner
from cpdesk.views.common.widgets import button, button_rows
from cpdesk.views.notes.forms import NoteForm


def note_words(note: Note) -> str:
    """A note as a list shows it: a question says so in words, and whether it has been asked."""
    if note.is_question:
        asked = f"asked {long_date(note.asked_on)}" if note.asked_on else "not asked yet"
        head = f"Question ({asked})"
    else:
        head = "Note"
    page = f", page {note.page}" if note.page else ""
    moved = f" [{note.anchor_note}]" if note.anchor_note else ""
    return f"{head}{page}: {note.text}{moved}"


class NotesPanel(QWidget):
    """My private notes and questions on one record; folded to one line until opened."""

    def __init__(
        self,
        desk: Desk,
        hub: ChangeHub,
        runner: Runner,
        confirmer: Confirmer | None = None,
        parent: QWidget | None = None,
        *,
        title: str = "My notes",
    ) -> None:
        super().__init__(parent)
        self._title = title
        self._desk, self._hub, self._runner, self._confirmer = desk, hub, runner, confirmer
        self.messages = Messages(self)
        self._writes = Writes(self, desk, runner, hub, self.messages)
        self._on: tuple[str, UUID, str] | None = None
        self._notes: list[Note] = []
        self._removed: UUID | None = None
        self.form: FormDialog | None = None  # the form open, for tests

        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolTip("Show or hide your own notes and questions on this")
        self.toggle.toggled.connect(self._fold)

        self.list = QListWidget()
        self.list.setAccessibleName(title)
        self.list.setAccessibleDescription("Your private notes and questions on what is chosen")
        self.list.setWordWrap(True)
        self.list.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self.add_button = button("Add a &note…", "Write a private note on this")
        self.question_button = button("Add a &question…", "Write a question to ask at the meeting")
        self.edit_button = button("Edit…", "Change the chosen note")
        self.remove_button = button("Remove", "Move the chosen note to the bin; Put back brings it back")
        self.put_back_button = button("Put back", "Bring back the note just removed")
        self.put_back_button.hide()
        self.add_button.clicked.connect(lambda: self.add(question=False))
        self.question_button.clicked.connect(lambda: self.add(question=True))
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        self.put_back_button.clicked.connect(self.put_back)
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        self.list.itemActivated.connect(lambda _item: self.edit())

        # Where a page shows several records at once (a priority and its commitments, the Promises),
        # the user chooses which one the notes are on.
        self.chooser = QComboBox()
        self.chooser.setAccessibleName("What these notes are on")
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chooser.setMinimumContentsLength(20)
        self.chooser.currentIndexChanged.connect(self._chosen)
        self.chooser_label = QLabel("Notes &on:")
        self.chooser_label.setBuddy(self.chooser)
        self.chooser_row = QWidget()
        chooser_layout = QHBoxLayout(self.chooser_row)
        chooser_layout.setContentsMargins(0, 0, 0, 0)
        chooser_layout.addWidget(self.chooser_label)
        chooser_layout.addWidget(self.chooser, 1)
        self.chooser_row.hide()

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.chooser_row)
        body.addWidget(self.list)
        body.addLayout(
            button_rows(
                [
                    self.add_button,
                    self.question_button,
                    self.edit_button,
                    self.remove_button,
                    self.put_back_button,
                ]
            )
        )
        self.body.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle)
        layout.addWidget(self.body)
        hub.changed.connect(self._on_changed)
        self.show_record(None, None)

    # --- what it is on ---

    @property
    def notes(self) -> list[Note]:
        return list(self._notes)

    def show_choices(self, choices: list[tuple[str, UUID, str]]) -> None:
        """Follow one of several records shown together (kind, id, label); the user chooses which."""
        kept = self._on if self._on in choices else (choices[0] if choices else None)
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for kind, target_id, label in choices:
            self.chooser.addItem(label, (kind, target_id, label))
        if kept is not None:
            self.chooser.setCurrentIndex(choices.index(kept))
        self.chooser.blockSignals(False)
        self.chooser_row.setVisible(len(choices) > 1)
        if kept is None:
            self.show_record(None, None)
        else:
            self.show_record(*kept)

    def _chosen(self, index: int) -> None:
        chosen = self.chooser.itemData(index)
        if chosen:
            self.show_record(*chosen)

    def show_record(self, kind: str | None, target_id: UUID | None, label: str = "") -> None:
        """Follow the record now shown (None when nothing is chosen)."""
        on = (kind, target_id, label) if kind is not None and target_id is not None else None
        if on != self._on:
            self._removed = None
            self.put_back_button.hide()
        self._on = on
        self.refresh()

    def refresh(self) -> None:
        on = self._on
        self._notes = self._desk.notes.on(on[0], on[1]) if on is not None else []
        row = self.list.currentRow()
        self.list.clear()
        for note in self._notes:
            item = QListWidgetItem(note_words(note))
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            item.setToolTip(note.text)
            self.list.addItem(item)
        if self._notes:
            self.list.setCurrentRow(min(max(row, 0), len(self._notes) - 1))
        questions = sum(n.is_question for n in self._notes)
        count = f"{len(self._notes)}" + (
            f", {questions} question{'s' * (questions != 1)}" if questions else ""
        )
        self.toggle.setText(f"{self._title} ({count})")
        self.toggle.setAccessibleName(f"{self._title}, {count}")
        self._enable()

    def _enable(self) -> None:
        can_write = self._on is not None and not self._desk.read_only
        self.add_button.setEnabled(can_write)
        self.question_button.setEnabled(can_write)
        chosen = self.chosen() is not None and not self._desk.read_only
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _fold(self, open_: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)
        self.body.setVisible(open_)

    def unfold(self) -> None:
        self.toggle.setChecked(True)

    def chosen(self) -> Note | None:
        row = self.list.currentRow()
        return self._notes[row] if 0 <= row < len(self._notes) else None

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if NOTES in kinds:
            self.refresh()

    # --- changes ---

    def _open(self, form: FormDialog) -> None:
        if self._confirmer is not None:
            form.confirmer = self._confirmer
        form.done_with = lambda _result: self._hub.announce(NOTES)
        self.form = form
        form.open()

    def add(self, question: bool = False) -> None:
        if self._on is None:
            return
        self.unfold()
        self._open(NoteForm(self, self._desk, self._runner, on=self._on, question=question))

    def edit(self) -> None:
        note = self.chosen()
        if note is not None:
            self._open(NoteForm(self, self._desk, self._runner, note=note))

    def remove(self) -> None:
        note = self.chosen()
        if note is None:
            return
        notes, note_id = self._desk.notes, note.id

        def removed(_result: object) -> None:
            self._removed = note_id
            self.put_back_button.show()

        self._writes.write("The note was not removed", lambda: notes.bin(note_id), NOTES, then=removed)

    def put_back(self) -> None:
        if self._removed is None:
            return
        notes, note_id = self._desk.notes, self._removed

        def restored(_result: object) -> None:
            self._removed = None
            self.put_back_button.hide()

        self._writes.write("The note was not put back", lambda: notes.restore(note_id), NOTES, then=restored)
