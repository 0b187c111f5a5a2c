"""The table of My preparation: every note and question of mine, in the domain's order."""

from __future__ import annotations

from datetime import date
from typing import Any
from uuid import UUID

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from cpdesk.domain.dates import long_date
from cpdesk.domain.notes import Note

MEETING, WHERE, KIND, TEXT = range(4)
HEADINGS = ("Meeting", "On", "Note or question", "What I wrote")
NOTE_ROLE = Qt.ItemDataRole.UserRole + 1  # the Note itself

Index = QModelIndex | QPersistentModelIndex


def kind_words(note: Note) -> str:
    if not note.is_question:
        return "Note" + (" (on the action log)" if note.action_id else "")
    if note.action_id:
        return "Question, on the action log"
    return f"Question, asked {long_date(note.asked_on)}" if note.asked_on else "Question, not asked yet"


class PreparationModel(QAbstractTableModel):
    """One row a note; the questions for the next meeting first, then by meeting and agenda item."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._notes: list[Note] = []
        self._next: UUID | None = None

    def set_notes(self, notes: list[Note], next_meeting: UUID | None) -> None:
        self.beginResetModel()
        self._notes, self._next = list(notes), next_meeting
        self.endResetModel()

    def note(self, row: int) -> Note | None:
        return self._notes[row] if 0 <= row < len(self._notes) else None

    def row_of(self, note_id: UUID) -> int:
        return next((row for row, n in enumerate(self._notes) if n.id == note_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._notes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADINGS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if horizontal and 0 <= section < len(HEADINGS):
            return HEADINGS[section]
        return None

    def _meeting(self, note: Note) -> str:
        day: date | None = note.where.meeting_day
        if day is None:
            return "No meeting"
        first = note.is_question and note.asked_on is None and note.where.meeting_id == self._next
        return f"To ask at the next meeting, {long_date(day)}" if first else long_date(day)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._notes):
            return None
        note = self._notes[index.row()]
        if role == NOTE_ROLE:
            return note
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            column = index.column()
            if column == MEETING:
                return self._meeting(note)
            if column == WHERE:
                return note.where.label + (f" ({note.anchor_note})" if note.anchor_note else "")
            if column == KIND:
                return kind_words(note)
            if column == TEXT:
                return note.text
        return None
