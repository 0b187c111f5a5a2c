"""Qt item models for the Strategy page: the contents tree and the list of versions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from cpdesk.domain.strategy import StrategyVersion
from cpdesk.views.strategy.text import Section

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
VERSION_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class ContentsModel(QAbstractItemModel):
    """The strategy's sections, two levels deep (the priorities sit under Priorities)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._sections: tuple[Section, ...] = ()
        # Each child's internal id is its parent's row + 1; top-level items carry 0.

    def set_sections(self, sections: tuple[Section, ...]) -> None:
        self.beginResetModel()
        self._sections = sections
        self.endResetModel()

    def section(self, index: Index) -> Section | None:
        if not index.isValid():
            return None
        parent_row = index.internalId()
        if parent_row == 0:
            return self._sections[index.row()]
        return self._sections[parent_row - 1].children[index.row()]

    def index_of(self, key: str) -> QModelIndex:
        for row, top in enumerate(self._sections):
            if top.key == key:
                return self.index(row, 0)
            for child_row, child in enumerate(top.children):
                if child.key == key:
                    return self.index(child_row, 0, self.index(row, 0))
        return QModelIndex()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._sections)
        if parent.column() != 0 or parent.internalId() != 0:
            return 0
        return len(self._sections[parent.row()].children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        section = self.section(index)
        if section is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return section.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return section.title
        if role == KEY_ROLE:
            return section.key
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and section == 0:
            return "Contents"
        return None


class VersionsModel(QAbstractListModel):
    """The versions of the strategy held, newest first, the current one marked in words."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._versions: list[StrategyVersion] = []

    def set_versions(self, versions: list[StrategyVersion]) -> None:
        self.beginResetModel()
        self._versions = list(versions)
        self.endResetModel()

    def version(self, row: int) -> StrategyVersion | None:
        return self._versions[row] if 0 <= row < len(self._versions) else None

    def row_of(self, version_id: object) -> int:
        return next((row for row, v in enumerate(self._versions) if v.id == version_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._versions)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._versions):
            return None
        v = self._versions[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            state = "current" if v.is_current else f"imported {v.imported_at:%d %b %Y}"
            return f"{v.header.name} ({state})"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"Imported {v.imported_at:%d %B %Y %H:%M} UTC from {v.imported_from}"
        if role == VERSION_ROLE:
            return v
        return None
