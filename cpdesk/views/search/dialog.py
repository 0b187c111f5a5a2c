"""The search window (Ctrl+F): words typed search everything as the user pauses; Enter opens a result."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from cpdesk.domain.desk import Desk
from cpdesk.domain.search import Hit, Opens
from cpdesk.views.common.desk_work import BusyNote, Loader
from cpdesk.views.common.forms import Messages
from cpdesk.views.common.tasks import Runner
from cpdesk.views.search.model import HIT_ROLE, ResultsModel, RichTextDelegate

PAUSE_MS = 300  # the search runs once the user has stopped typing this long


class SearchDialog(QDialog):
    """Not modal: the window stays usable beside it. `chosen(opens)` asks the window to open a result."""

    chosen = Signal(object)  # the Opens of the result the user opened

    def __init__(self, desk: Desk, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Search everything")
        self.setAccessibleName("Search everything")
        self.setModal(False)
        self._desk = desk
        self.messages = Messages(self)
        self.searched = ""  # the words the results shown are for

        self.box = QLineEdit()
        self.box.setAccessibleName("Search everything")
        self.box.setAccessibleDescription(
            "Words to find in the strategy, agendas, papers, minutes, actions, challenges, indicators "
            "and your notes; results appear below as you type. Press Down to go to them."
        )
        self.box.setPlaceholderText("Words to find, e.g. dentist or Priority 3")
        self.box.setClearButtonEnabled(True)
        label = QLabel("&Search for:")
        label.setBuddy(self.box)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Search results")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.busy = BusyNote("Searching…")
        self.model = ResultsModel(self)
        self.results = QTreeView()
        self.results.setModel(self.model)
        self.results.setAccessibleName("Results")
        self.results.setAccessibleDescription(
            "Results grouped by kind of record, each group with how many; Enter opens the result chosen"
        )
        self.results.setHeaderHidden(True)
        self.results.setUniformRowHeights(False)
        self.results.setWordWrap(True)
        self.results.setItemDelegate(RichTextDelegate(self.results))
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton("&Open", QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setAccessibleName("Open the chosen result")
        self.open_button.setEnabled(False)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName("Close the search")

        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.busy)
        layout.addWidget(self.results, 1)
        layout.addWidget(buttons)
        self.resize(720, 560)

        self._loader = Loader(self, desk, runner, self.messages.error, self.busy)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self.search_now)
        self.box.textChanged.connect(lambda _text: self._pause.start())
        self.box.installEventFilter(self)
        self.results.activated.connect(self._activated)
        self.results.doubleClicked.connect(self._activated)
        self.results.selectionModel().currentChanged.connect(lambda *_: self._chosen_changed())
        self.open_button.clicked.connect(lambda: self._activated(self.results.currentIndex()))
        buttons.rejected.connect(self.reject)
        again = QShortcut(QKeySequence.StandardKey.Find, self)  # Ctrl+F here: back to the words
        again.activated.connect(self.focus_box)
        self._say_nothing_yet()

    # --- searching ---

    def focus_box(self) -> None:
        self.box.setFocus()
        self.box.selectAll()

    def search_now(self) -> None:
        """Search for the words in the box (off the GUI thread); the latest search wins."""
        self._pause.stop()
        text = self.box.text().strip()
        if not text:
            self.searched = ""
            self.model.set_hits([])
            self._say_nothing_yet()
            return
        search = self._desk.search.search
        self._loader.load(lambda: search(text), lambda hits: self.show_hits(text, hits), "The search failed")

    def show_hits(self, text: str, hits: list[Hit]) -> None:
        self.searched = text
        self.model.set_hits(hits)
        self.results.expandAll()
        count = len(hits)
        if not count:
            self.summary.setText(
                f"No results for “{text}”. Check the spelling, or try fewer or shorter words."
            )
        else:
            groups = len(self.model.groups)
            self.summary.setText(
                f"{count} result{'s' * (count != 1)} for “{text}” in {groups} "
                f"group{'s' * (groups != 1)}. Press Down to go to them, Enter to open one."
            )
        first = self.model.index(0, 0)
        if first.isValid():
            self.results.setCurrentIndex(self.model.index(0, 0, first))
        self._chosen_changed()

    def _say_nothing_yet(self) -> None:
        self.summary.setText("Type words to find: results appear as you type.")
        self._chosen_changed()

    # --- opening ---

    def chosen_hit(self) -> Hit | None:
        hit = self.results.currentIndex().data(HIT_ROLE)
        return hit if isinstance(hit, Hit) else None

    def _chosen_changed(self) -> None:
        self.open_button.setEnabled(self.chosen_hit() is not None)

    def _activated(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE) if index.isValid() else None
        if not isinstance(hit, Hit):
            if index.isValid():  # a group's heading: Enter folds or unfolds it
                self.results.setExpanded(index, not self.results.isExpanded(index))
            return
        self.open_hit(hit.opens)

    def open_hit(self, opens: Opens) -> None:
        self.hide()  # out of the way of what it opens; Ctrl+F brings it back with the same results
        self.chosen.emit(opens)

    # --- keys and size ---

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.box and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key == Qt.Key.Key_Down and self.model.rowCount():
                self.results.setFocus()  # from the words to the results
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._pause.isActive():
                    self.search_now()  # no need to wait for the pause
                elif self.chosen_hit() is not None:
                    self._activated(self.results.currentIndex())
                return True
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.results.doItemsLayout()  # the rows wrap to the new width
