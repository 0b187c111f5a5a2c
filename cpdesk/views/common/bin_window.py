"""The Bin window (File, Bin…): what is in the bin, Restore, and how long things are kept there."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cpdesk.domain.bin import MAX_RETENTION, MIN_RETENTION, BinEntry
from cpdesk.domain.dates import long_date
from cpdesk.domain.desk import Desk
from cpdesk.views.common.changes import (
    ACTIONS,
    AGENDA,
    CHALLENGES,
    INDICATORS,
    MEETINGS,
    MINUTES,
    NOTES,
    PEOPLE,
    ChangeHub,
)
from cpdesk.views.common.desk_work import BusyNote, Loader, Writes
from cpdesk.views.common.forms import Messages
from cpdesk.views.common.tasks import Runner

HEADERS = ("What", "Title", "Where it was", "Binned on", "Stays")
COL_KIND, COL_TITLE, COL_WHERE, COL_BINNED, COL_STAYS = range(5)
ENTRY_ROLE = Qt.ItemDataRole.UserRole
# What each kind in the bin is shown on, so that the pages showing it refresh when it comes back.
SHOWN_AS = {
    "meeting": MEETINGS,
    "agenda_item": AGENDA,
    "report": AGENDA,
    "paper": AGENDA,
    "declaration": AGENDA,
    "decision": MINUTES,
    "action": ACTIONS,
    "challenge": CHALLENGES,
    "indicator": INDICATORS,
    "person": PEOPLE,
    "note": NOTES,
}


def stays_words(entry: BinEntry) -> str:
    """How long it stays in the bin, in words (colour is never the only signal)."""
    if entry.days_left is None:
        return "Kept for good"
    if entry.days_left <= 0:
        return "Removed when cpdesk next opens"
    return f"{entry.days_left} more day{'s' * (entry.days_left != 1)}"


class BinModel(QAbstractTableModel):
    """Everything in the bin, most recently binned first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[BinEntry] = []

    @property
    def entries(self) -> list[BinEntry]:
        return list(self._entries)

    def set_entries(self, entries: list[BinEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                entry.kind_label,
                entry.title,
                entry.where,
                long_date(entry.binned_at.astimezone().date()),
                stays_words(entry),
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            said = "\n".join(filter(None, (entry.title, entry.where)))
            return f"{said}\nKept: {entry.kept}" if entry.kept else said
        if role == ENTRY_ROLE:
            return entry
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return HEADERS[section] if 0 <= section < len(HEADERS) else None
        return None


class BinWindow(QDialog):
    """The bin: choose something and Restore it; set how many days things stay before they go for good."""

    def __init__(self, desk: Desk, hub: ChangeHub, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Bin — cpdesk")
        self.setModal(False)
        self._desk = desk
        self.messages = Messages(self)
        self.loading = BusyNote("Reading the bin…")
        self._loader = Loader(self, desk, runner, self.messages.error, self.loading)
        self._writes = Writes(self, desk, runner, hub, self.messages)
        self._retention = 0

        self.model = BinModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("What is in the bin")
        self.table.setAccessibleDescription("Everything removed, most recently first; choose one to restore")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (COL_KIND, COL_BINNED, COL_STAYS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.table.doubleClicked.connect(lambda _index: self.restore())

        self.count_label = QLabel()
        self.count_label.setAccessibleName("How many things are in the bin")
        self.why_label = QLabel()
        self.why_label.setWordWrap(True)
        self.why_label.setAccessibleName("Why the chosen thing cannot be restored")
        self.restore_button = QPushButton("&Restore")
        self.restore_button.setAccessibleName("Restore the chosen thing to where it was")
        self.restore_button.clicked.connect(self.restore)

        self.days_box = QSpinBox()
        self.days_box.setRange(MIN_RETENTION, MAX_RETENTION)
        self.days_box.setSuffix(" days")
        self.days_box.setAccessibleName("How many days things stay in the bin")
        self.days_box.setToolTip(
            f"Things in the bin longer than this are removed for good when cpdesk opens "
            f"({MIN_RETENTION} to {MAX_RETENTION:,} days)"
        )
        days_label = QLabel("&Keep things in the bin for:")
        days_label.setBuddy(self.days_box)
        self.days_button = QPushButton("&Set")
        self.days_button.setAccessibleName("Keep things in the bin for the number of days given")
        self.days_button.clicked.connect(self.set_days)
        self.days_box.valueChanged.connect(lambda _value: self._enable())

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)

        top = QHBoxLayout()
        top.addWidget(self.count_label)
        top.addWidget(self.loading)
        top.addStretch(1)
        top.addWidget(self.restore_button)
        days = QHBoxLayout()
        days.addWidget(days_label)
        days.addWidget(self.days_box)
        days.addWidget(self.days_button)
        days.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.why_label)
        layout.addLayout(days)
        layout.addWidget(buttons)
        self.resize(760, 420)
        hub.changed.connect(lambda _kinds: self.refresh())
        self.refresh()

    @property
    def entries(self) -> list[BinEntry]:
        return self.model.entries

    def chosen(self) -> BinEntry | None:
        index = self.table.currentIndex()
        entry = index.data(ENTRY_ROLE) if index.isValid() else None
        return entry if isinstance(entry, BinEntry) else None

    def refresh(self) -> None:
        desk = self._desk
        self._loader.load(
            lambda: (desk.bin.entries(), desk.bin.retention_days()), self._show, "The bin could not be read"
        )

    def _show(self, found: tuple[list[BinEntry], int]) -> None:
        entries, days = found
        chosen = self.chosen()
        self.model.set_entries(entries)
        self._retention = days
        self.days_box.blockSignals(True)
        self.days_box.setValue(days)
        self.days_box.blockSignals(False)
        count = len(entries)
        self.count_label.setText(
            "The bin is empty" if not count else f"{count} thing{'s' * (count != 1)} in the bin"
        )
        keys = [(e.kind, e.record_id) for e in entries]
        if chosen is not None and (chosen.kind, chosen.record_id) in keys:
            self.table.selectRow(keys.index((chosen.kind, chosen.record_id)))
        elif entries:
            self.table.selectRow(0)
        self._enable()

    def _enable(self) -> None:
        entry = self.chosen()
        writable = not self._desk.read_only
        self.restore_button.setEnabled(writable and entry is not None and entry.can_restore)
        self.why_label.setText(
            f"This cannot be restored: it is {entry.kept}." if entry and entry.kept else ""
        )
        self.days_button.setEnabled(writable and self.days_box.value() != self._retention)
        self.days_box.setEnabled(writable)

    def restore(self) -> None:
        entry = self.chosen()
        if entry is None or not entry.can_restore or self._desk.read_only:
            return
        desk = self._desk
        self._writes.write(
            f"{entry.kind_label} could not be restored",
            lambda: desk.bin.restore(entry.kind, entry.record_id),
            SHOWN_AS[entry.kind],
        )

    def set_days(self) -> None:
        days, desk = self.days_box.value(), self._desk
        self._writes.write(
            "The bin's period could not be changed",
            lambda: desk.bin.set_retention_days(days),
            then=lambda _result: self.refresh(),
        )
