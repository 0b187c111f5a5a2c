"""A record's history from the audit log (when, who, what), read-only and folded until opened."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cpdesk.domain.audit import Entry
from cpdesk.domain.dates import long_date
from cpdesk.domain.desk import Desk
from cpdesk.views.common.changes import ChangeHub
from cpdesk.views.common.desk_work import BusyNote, Loader
from cpdesk.views.common.forms import Messages
from cpdesk.views.common.tasks import Runner

HEADERS = ("When", "Who", "What was done")
COL_WHEN, COL_WHO, COL_WHAT = range(3)
ENTRY_ROLE = Qt.ItemDataRole.UserRole


def when_words(moment: datetime) -> str:
    """A moment in the log as a person reads it: the day and the time on this computer's clock."""
    local = moment.astimezone()
    return f"{long_date(local.date())}, {local:%H:%M}"


class HistoryModel(QAbstractTableModel):
    """The log's lines for one record, newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[Entry] = []

    @property
    def entries(self) -> list[Entry]:
        return list(self._entries)

    def set_entries(self, entries: list[Entry]) -> None:
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
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (when_words(entry.when), entry.who, entry.what)[index.column()]
        if role == ENTRY_ROLE:
            return entry
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return HEADERS[section] if 0 <= section < len(HEADERS) else None
        return None


class HistoryPanel(QWidget):
    """Who did what to the record shown, and when; read off the GUI thread, refreshed after each change."""

    def __init__(
        self,
        desk: Desk,
        hub: ChangeHub,
        runner: Runner,
        parent: QWidget | None = None,
        *,
        title: str = "History",
    ) -> None:
        super().__init__(parent)
        self._desk, self._title = desk, title
        self.messages = Messages(self)
        self.loading = BusyNote("Reading the history…")
        self._loader = Loader(self, desk, runner, self.messages.error, self.loading)
        self._on: tuple[str, UUID] | None = None

        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolTip("Show or hide who changed this, what they did and when")
        self.toggle.toggled.connect(self._fold)

        self.model = HistoryModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(title)
        self.table.setAccessibleDescription(
            "Who changed what is chosen, what they did and when, newest first"
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(COL_WHEN, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(COL_WHO, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMaximumHeight(self.fontMetrics().lineSpacing() * 8)

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.table)
        self.body.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.toggle)
        top.addWidget(self.loading)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(self.body)
        hub.changed.connect(lambda _kinds: self.refresh())  # any change may have added a line
        self.show_record(None, None)

    @property
    def entries(self) -> list[Entry]:
        return self.model.entries

    def show_record(self, kind: str | None, record_id: UUID | None) -> None:
        """Follow the record now shown (None when nothing is chosen)."""
        self._on = (kind, record_id) if kind is not None and record_id is not None else None
        self.refresh()

    def refresh(self) -> None:
        on = self._on
        if on is None:
            self._show([])
            return
        kind, record_id = on
        self._loader.load(
            lambda: self._desk.audit.history(kind, record_id), self._show, "The history could not be read"
        )

    def _show(self, entries: list[Entry]) -> None:
        self.model.set_entries(entries)
        count = (
            f"{len(entries)} change{'s' * (len(entries) != 1)}" if self._on is not None else "nothing chosen"
        )
        self.toggle.setText(f"{self._title} ({count})")
        self.toggle.setAccessibleName(f"{self._title}, {count}")

    def _fold(self, open_: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)
        self.body.setVisible(open_)

    def unfold(self) -> None:
        self.toggle.setChecked(True)
