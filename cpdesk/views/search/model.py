"""The search results as a tree: a heading per kind of record with its count, each result under it."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from cpdesk.domain.search import MARK, Hit

HIT_ROLE = Qt.ItemDataRole.UserRole + 1  # the Hit a result row shows (None on a heading)
HTML_ROLE = Qt.ItemDataRole.UserRole + 2  # the row as rich text: the matching words in bold

_Index = QModelIndex | QPersistentModelIndex
_NO_GROUP = 0xFFFFFFFF  # a heading's internal id: it has no group above it


def hit_html(hit: Hit) -> str:
    """The result's title, and under it the snippet with each matching word in bold (not colour alone)."""
    snippet = escape(hit.snippet).replace(MARK[0], "<b>").replace(MARK[1], "</b>")
    return f"{escape(hit.title)}<br><span>{snippet}</span>"


def heading(label: str, count: int) -> str:
    return f"{label} ({count} result{'s' * (count != 1)})"


class ResultsModel(QAbstractItemModel):
    """Two levels: the groups in the domain's order, then each group's results, best first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._groups: list[tuple[str, list[Hit]]] = []

    def set_hits(self, hits: list[Hit]) -> None:
        self.beginResetModel()
        groups: dict[str, tuple[str, list[Hit]]] = {}
        for hit in hits:
            groups.setdefault(hit.group, (hit.group_label, []))[1].append(hit)
        self._groups = list(groups.values())
        self.endResetModel()

    @property
    def groups(self) -> list[tuple[str, int]]:
        """Each group's label and how many results it has, as shown."""
        return [(label, len(hits)) for label, hits in self._groups]

    def hit_count(self) -> int:
        return sum(len(hits) for _, hits in self._groups)

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, _NO_GROUP) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != _NO_GROUP or parent.row() >= len(self._groups):
            return QModelIndex()  # results have no rows under them
        group = parent.row()
        return self.createIndex(row, 0, group) if row < len(self._groups[group][1]) else QModelIndex()

    def parent(self, child: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == _NO_GROUP:
            return QModelIndex()
        return self.createIndex(int(child.internalId()), 0, _NO_GROUP)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.column() == 0 and parent.internalId() == _NO_GROUP and parent.row() < len(self._groups):
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() != _NO_GROUP:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _NO_GROUP:
            label, hits = self._groups[index.row()]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return heading(label, len(hits))
            if role == HTML_ROLE:
                return f"<b>{escape(heading(label, len(hits)))}</b>"
            return None
        hit = self._groups[int(index.internalId())][1][index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{hit.title}: {hit.plain_snippet()}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.plain_snippet()
        if role == HTML_ROLE:
            return hit_html(hit)
        if role == HIT_ROLE:
            return hit
        return None


class RichTextDelegate(QStyledItemDelegate):
    """Draws a row's HTML_ROLE text, wrapped to the view's width, so the matching words show in bold."""

    def _document(self, option: QStyleOptionViewItem, index: _Index) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(str(index.data(HTML_ROLE) or ""))
        width = option.rect.width()
        document.setTextWidth(max(width, 200))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        document = self._document(item, index)
        item.text = ""
        style = item.widget.style() if item.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, item.palette.color(group))
        rect = item.rect
        painter.save()
        painter.translate(rect.topLeft())
        context.clip = QRectF(0, 0, rect.width(), rect.height())
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        view = item.widget
        if isinstance(
            view, QAbstractItemView
        ):  # wrap to the room the view gives the row, not to one long line
            indent = 2 * getattr(view, "indentation", lambda: 20)()
            item.rect.setWidth(view.viewport().width() - indent)
        document = self._document(item, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 4)
