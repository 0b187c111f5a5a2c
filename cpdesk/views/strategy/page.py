"""The Strategy page: pick a version and a section from the contents, read it in the pane beside."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from cpdesk.domain.desk import Desk
from cpdesk.domain.strategy import StrategyContent, StrategyVersion
from cpdesk.views.common.changes import STRATEGY, ChangeHub
from cpdesk.views.common.tasks import Runner
from cpdesk.views.notes.panel import NotesPanel
from cpdesk.views.strategy.coverage import CoverageTab
from cpdesk.views.strategy.models import KEY_ROLE, ContentsModel, VersionsModel
from cpdesk.views.strategy.text import contents, section_html


def shortened(text: str, limit: int = 60) -> str:
    """The start of a part's words, cut at a word, for a list to choose from."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[:limit].rsplit(" ", 1)[0] + "…"


class StrategyPage(QWidget):
    """The whole strategy, browsable by section, any version."""

    failed = Signal(str, object)  # a title and the error, for the window to show

    def __init__(self, desk: Desk, hub: ChangeHub, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._runner = runner
        self._content: StrategyContent | None = None

        self.versions = VersionsModel(self)
        self.version_box = QComboBox()
        self.version_box.setModel(self.versions)
        self.version_box.setAccessibleName("Strategy version")
        self.version_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        version_label = QLabel("&Version:")
        version_label.setBuddy(self.version_box)
        self.make_current_button = QPushButton("Make this version &current")
        self.make_current_button.setAccessibleName("Make this version current")
        self.make_current_button.setToolTip("Use this version of the strategy from now on")
        self.version_note = QLabel()
        self.version_note.setWordWrap(True)

        self.contents = ContentsModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.contents)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName("Strategy contents")
        self.tree.setAccessibleDescription("Choose a section of the strategy to read it")
        # Whole titles, never cut off: the column is as wide as its longest title, scrolling if need be.
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)

        self.reader = QTextBrowser()
        self.reader.setAccessibleName("Strategy text")
        self.reader.setOpenLinks(False)
        self.reader.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.reader.document().setDocumentMargin(18)
        # Lines break between words only: a long word in a heading at a large size runs on (the reader
        # scrolls sideways) rather than being split. The text follows the application's text size.
        self.reader.setWordWrapMode(QTextOption.WrapMode.WordWrap)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.reader)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([380, 720])
        self.splitter.setChildrenCollapsible(False)

        top = QHBoxLayout()
        top.addWidget(version_label)
        top.addWidget(self.version_box)
        top.addWidget(self.make_current_button)
        top.addWidget(self.version_note, 1)
        # The version chosen is the one read; coverage is always of the current version (the note says so).
        # Coverage reads the records only when its tab is first shown, so the page opens as quickly.
        self.coverage_tab = CoverageTab(desk, hub, runner)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Strategy views")
        self.tabs.setDocumentMode(True)  # no frame: the reader keeps the width it had before the tabs
        # My notes on the priority being read, under the reader: compact, folded until opened.
        self.notes_panel = NotesPanel(desk, hub, runner, title="My notes on this part of the strategy")
        reading = QWidget()
        reading_layout = QVBoxLayout(reading)
        reading_layout.setContentsMargins(0, 0, 0, 0)
        reading_layout.addWidget(self.splitter, 1)
        reading_layout.addWidget(self.notes_panel)
        self.tabs.addTab(reading, "&Read")
        self.tabs.addTab(self.coverage_tab, "C&overage")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.tabs.tabBar().setAccessibleName("Read the strategy, or see its coverage")
        # The tab bar takes the focus, once in the round (the tab widget would pass it on a second time).
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setTabOrder(self.version_box, self.make_current_button)
        self.setTabOrder(self.make_current_button, self.tabs.tabBar())
        self.setTabOrder(self.tabs.tabBar(), self.tree)
        self.setTabOrder(self.tree, self.reader)

        self.version_box.currentIndexChanged.connect(self._show_version)
        self.tree.selectionModel().selectionChanged.connect(self._section_chosen)
        self.make_current_button.clicked.connect(self.make_current)
        hub.changed.connect(self._on_changed)
        self._hub = hub
        self.refresh()
        # Wide enough for the longest title in the contents, within reason; the user can drag it.
        self.splitter.setSizes([min(self.tree.sizeHintForColumn(0) + 32, 400), 720])

    # --- what is shown ---

    @property
    def shown_version(self) -> StrategyVersion | None:
        return self.versions.version(self.version_box.currentIndex())

    @property
    def shown_section(self) -> str | None:
        index = self.tree.currentIndex()
        return index.data(KEY_ROLE) if index.isValid() else None

    def refresh(self) -> None:
        """Reload the versions: a reader of the current version follows it; a reader of another keeps it."""
        shown = self.shown_version
        keep_id = shown.id if shown and not shown.is_current else None
        self.version_box.blockSignals(True)
        self.versions.set_versions(self._desk.strategy.versions())
        row = self.versions.row_of(keep_id) if keep_id else -1
        if row < 0:
            current = self._desk.strategy.current()
            row = self.versions.row_of(current.id) if current else 0
        self.version_box.setCurrentIndex(row)
        self.version_box.blockSignals(False)
        self._show_version(row)

    def _show_version(self, row: int) -> None:
        version = self.versions.version(row)
        if version is None:
            return
        key = self.shown_section or "priority:1"
        self._content = self._desk.strategy.content(version.id)
        self.contents.set_sections(contents(self._content))
        self.tree.expandAll()
        self.make_current_button.setEnabled(not version.is_current)
        self.version_note.setText(
            "This is the current version."
            if version.is_current
            else "You are reading an earlier version. The current one is used everywhere else."
        )
        self.show_section(key)

    def show_section(self, key: str) -> None:
        index = self.contents.index_of(key)
        if not index.isValid():
            index = self.contents.index(0, 0)
        self.tree.setCurrentIndex(index)
        self._render(index)

    def _section_chosen(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self._render(indexes[0])

    def _render(self, index: QModelIndex) -> None:
        if self._content is None or not index.isValid():
            return
        key = index.data(KEY_ROLE)
        self.reader.setHtml(section_html(self._content, key))
        self.reader.setAccessibleDescription(str(index.data()))
        self.reader.verticalScrollBar().setValue(0)
        self._follow_notes(key)

    def _follow_notes(self, key: str) -> None:
        """Notes are on the current version's parts: the panel follows what is being read, a priority
        and its commitments, the Promises or the Pledge's areas, and the user chooses which."""
        version = self.shown_version
        choices: list[tuple[str, UUID, str]] = []
        if version is not None and version.is_current:
            targets = self._desk.agenda.link_targets()
            if key.startswith("priority:"):
                label = f"Priority {key.split(':', 1)[1]}:"
                priority = next(
                    (t for t in targets if t.kind == "priority" and t.label.startswith(label)), None
                )
                if priority is not None:
                    choices.append(("priority", priority.target_id, priority.label))
                    choices += [
                        ("commitment", c.target_id, f"{c.label}: {shortened(c.text)}")
                        for c in priority.children
                    ]
            elif key in ("promises", "pledge"):
                kind = "promise" if key == "promises" else "pledge_area"
                choices = [
                    (kind, t.target_id, f"{t.label}: {shortened(t.text)}") for t in targets if t.kind == kind
                ]
        self.notes_panel.setVisible(bool(choices))
        self.notes_panel.show_choices(choices)

    # --- actions ---

    def make_current(self) -> None:
        version = self.shown_version
        if version is None or version.is_current:
            return
        desk = self._desk
        self._runner.submit(
            lambda: desk.run(lambda: desk.strategy.set_current(version.id)),
            lambda _: self._hub.announce(STRATEGY),
            lambda error: self.failed.emit("The version was not made current", error),
        )

    def _on_changed(self, kinds: Any) -> None:
        if STRATEGY in kinds:
            self.refresh()
