"""The main window: a navigation list of the areas on the left, the chosen area's page on the right."""

from __future__ import annotations

import html
import importlib
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast
from uuid import UUID

from PySide6.QtCore import QLockFile, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cpdesk import __version__
from cpdesk.domain.desk import Desk
from cpdesk.domain.location import risky_location
from cpdesk.domain.strategy import StrategyVersion
from cpdesk.errors import CpdeskError
from cpdesk.views.common.changes import STRATEGY, ChangeHub
from cpdesk.views.common.confirm import Confirmer
from cpdesk.views.common.lock import Protection
from cpdesk.views.common.tasks import Runner, TaskRunner
from cpdesk.views.common.text_size import TextSize
from cpdesk.views.strategy.page import StrategyPage

if TYPE_CHECKING:
    from cpdesk.domain.notes import Note
    from cpdesk.views.actions.page import ActionsPage
    from cpdesk.views.common.bin_window import BinWindow
    from cpdesk.views.common.forms import FormDialog
    from cpdesk.views.indicators.page import IndicatorsPage
    from cpdesk.views.meetings.page import MeetingsPage
    from cpdesk.views.notes.page import PreparationPage
    from cpdesk.views.people.page import PeoplePage
    from cpdesk.views.search.dialog import SearchDialog
    from cpdesk.views.voice.page import VoicePage
    from cpdesk.views.work_programme.page import WorkProgrammePage

# The areas after Strategy: title, module and class, each page built when first shown.
PAGES = (
    ("Meetings", "cpdesk.views.meetings.page", "MeetingsPage"),
    ("Actions", "cpdesk.views.actions.page", "ActionsPage"),
    ("Young people's voice", "cpdesk.views.voice.page", "VoicePage"),
    ("My preparation", "cpdesk.views.notes.page", "PreparationPage"),
    ("Work programme", "cpdesk.views.work_programme.page", "WorkProgrammePage"),
    ("People", "cpdesk.views.people.page", "PeoplePage"),
    ("Indicators", "cpdesk.views.indicators.page", "IndicatorsPage"),
    ("Briefing packs", "cpdesk.views.packs.page", "BriefingPacksPage"),
)


def _build_page(
    module: str, name: str, desk: Desk, hub: ChangeHub, runner: Runner, confirmer: Confirmer
) -> QWidget:
    page: QWidget = getattr(importlib.import_module(module), name)(desk, hub, runner, confirmer)
    return page


SHORTCUTS = (
    (
        "Ctrl+1 … Ctrl+9",
        "Go to an area: Strategy, Meetings, Actions, Young people's voice, My preparation, Work programme, "
        "People, Indicators, Briefing packs",
    ),
    ("Ctrl+N", "New meeting (Meetings), new challenge (Young people's voice) or new indicator (Indicators)"),
    (
        "Ctrl+P",
        "Make the briefing pack (Briefing packs) or the “You said, we did” sheet (Young people's voice)",
    ),
    ("Ctrl+F", "Search everything: strategy, meetings, papers, actions, challenges, indicators, your notes"),
    ("Ctrl+S", "Save the minutes of the agenda item you are writing"),
    ("Ctrl+Up / Ctrl+Down", "Move the selected agenda item up or down"),
    ("Delete", "Move the selected agenda item or person to the bin (it can be restored)"),
    ("Enter", "Add an update to the selected action (on the Actions page)"),
    ("Ctrl+I", "Import a strategy file"),
    ("Ctrl+Shift+E", "Export the strategy version you are reading"),
    ("Ctrl++ / Ctrl+-", "Larger or smaller text"),
    ("Ctrl+0", "Text at the normal size"),
    ("Tab / Shift+Tab", "Move between the controls of a page"),
    ("Up / Down", "Move through a list"),
    ("Ctrl+L", "Lock cpdesk now: what it shows is hidden until it is unlocked"),
    ("Ctrl+Q", "Quit"),
    ("F1", "This list"),
)


FIRST_SIZE = QSize(1280, 820)  # the most a window takes the first time it opens


def first_size(available: QSize) -> QSize:
    """The window's size the first time: most of the screen's free room, never more, within FIRST_SIZE."""
    return QSize(
        min(FIRST_SIZE.width(), int(available.width() * 0.9)),
        min(FIRST_SIZE.height(), int(available.height() * 0.9)),
    )


class MainWindow(QMainWindow):
    """One page per area of the committee's work; only areas that work are listed."""

    def __init__(
        self, desk: Desk, settings: QSettings, runner: Runner, hub: ChangeHub, confirmer: Confirmer
    ) -> None:
        super().__init__()
        self.desk = desk
        self.settings = settings
        self.runner = runner
        if isinstance(runner, TaskRunner):  # the desk may be replaced (a restore): the one open then
            runner.after_each = lambda: self.desk.release_thread()
        self.hub = hub
        self.confirmer = confirmer
        self._closing = False  # the user has said to close, though a form has words not saved
        self._asking = False  # the question is being put (a test's confirmer answers at once)
        self.message: QMessageBox | None = None  # the last message shown, kept so tests can read it
        self.search_dialog: SearchDialog | None = None  # made the first time Ctrl+F is pressed
        self.bin_window: BinWindow | None = None  # made the first time File, Bin is chosen
        self.is_example = desk.is_example
        desk.scratch.remove_stale()  # copies left by a cpdesk that did not close cleanly
        self.database_claim: QLockFile | None = None  # this window's mark that the database is open in it
        self.text_size = TextSize(self)
        self._fitted = False
        example = " (example database: invented data)" if self.is_example else ""
        read_only = " (read-only)" if desk.read_only else ""
        self.setWindowTitle(f"cpdesk – {desk.path.name}{example}{read_only}")
        self.setAccessibleName("cpdesk")

        self.nav = QListWidget()
        self.nav.setAccessibleName("Areas")
        self.nav.setAccessibleDescription("Choose an area of the committee's work")
        self.nav.setMaximumWidth(180)
        self.pages = QStackedWidget()
        self.strategy_page = StrategyPage(desk, hub, runner)
        self.strategy_page.failed.connect(self.show_error)
        # The other areas are built the first time they are shown: start-up stays quick, and the
        # charting library is loaded only when someone opens the Indicators.
        self._builders: dict[int, Callable[[], QWidget]] = {}
        self._add_page("Strategy", self._strategy)
        for title, module, name in PAGES:
            if name == "PreparationPage":  # it opens what a note is on, so it is given the window's way there
                self._add_page(title, self._preparation)
                continue
            self._add_page(title, partial(_build_page, module, name, desk, hub, runner, confirmer))
        self.nav.currentRowChanged.connect(self._show_area)
        self.nav.setCurrentRow(0)

        body = QWidget()
        outer = QVBoxLayout(body)
        self._banners = QVBoxLayout()
        outer.addLayout(self._banners)
        if self.is_example:
            self.add_banner(
                "<b>Example database.</b> Everything here is invented to show how cpdesk works; "
                "it is not about real people, and your own database is not open.",
                "This is the example database",
            )
        if desk.read_only:
            self.add_banner(
                f"<b>Read-only.</b> This database can be read but not changed ({desk.read_only}). "
                "You can read everything in it; nothing can be added, changed or imported.",
                "This database is read-only",
            )
        risky = risky_location(desk.path)
        if risky is not None:  # a network share or a synced folder: work there can be lost
            self.add_banner(
                f"<b>Where this database is kept.</b> {html.escape(risky)}",
                "This database is in a risky place",
            )
        layout = QHBoxLayout()
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(body)
        self.setTabOrder(self.nav, self.strategy_page.version_box)

        self._db_label = QLabel(f"Database: {desk.path}")
        self._db_label.setAccessibleName("Database file")
        self.statusBar().addPermanentWidget(self._db_label)
        self._user_label = QLabel()
        self._user_label.setAccessibleName("Who is using cpdesk")
        self.statusBar().addPermanentWidget(self._user_label)
        self.who_form: QWidget | None = None  # the who-are-you form, for tests
        self._show_user()
        self.protection = Protection(self, settings)  # the idle lock, encrypting, the passphrase
        self._build_menus()
        self.import_action.setEnabled(not desk.read_only)
        self._restore()
        self.strategy_page.tree.setFocus()  # the reader starts in the contents, so Up and Down work at once

    def add_banner(self, text: str, accessible_name: str) -> QLabel:
        """A notice across the top of the window, above every page, for as long as the window is open."""
        banner = QLabel(text)
        banner.setWordWrap(True)
        banner.setAccessibleName(accessible_name)
        banner.setStyleSheet(
            "QLabel { background: #fff4c2; color: black; padding: 6px; border: 1px solid #8a6d00; }"
        )
        self._banners.addWidget(banner)
        return banner

    def _add_page(self, title: str, build: Callable[[], QWidget]) -> None:
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
        self.nav.addItem(item)
        # A page scrolls rather than forcing the window wide: large text on a small screen still fits.
        scroller = QScrollArea()
        self._builders[self.pages.count()] = build
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the page's controls, not its frame
        scroller.setAccessibleName(title)
        self.pages.addWidget(scroller)

    def _strategy(self) -> QWidget:
        return self.strategy_page

    def _action(
        self,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
        slot: Any,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self.import_action = self._action(
            "&Import strategy file…",
            "Ctrl+I",
            self.choose_strategy_to_import,
            "Add a strategy file as a new version",
        )
        self.export_action = self._action(
            "&Export this strategy version…",
            "Ctrl+Shift+E",
            self.choose_export_path,
            "Write the version you are reading to a file",
        )
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        self.who_action = self._action(
            "&Who is using cpdesk…", None, self.ask_who, "Say who you are, so your notes are yours"
        )
        self.export_notes_action = self._action(
            "Export &my notes…", None, self.choose_notes_export_path, "Write your notes to a file to carry"
        )
        self.import_notes_action = self._action(
            "Import m&y notes…",
            None,
            self.choose_notes_to_import,
            "Bring in notes exported on another computer",
        )
        for action in (self.who_action, self.export_notes_action, self.import_notes_action):
            action.setEnabled(not self.desk.read_only)
            file_menu.addAction(action)
        file_menu.addSeparator()
        from cpdesk.views.committee_system import add_committee_actions  # the committee system, calendar

        self.committee_system = add_committee_actions(self, file_menu, self._action)
        file_menu.addSeparator()
        from cpdesk.views.sharing import add_sharing_actions  # Share meeting…, Open shared meeting…

        self.sharing = add_sharing_actions(self, file_menu, self._action)
        file_menu.addSeparator()
        self.bin_action = self._action(
            "&Bin…", None, self.show_bin, "What was removed: restore it, or say how long it stays"
        )
        file_menu.addAction(self.bin_action)
        from cpdesk.views.backups import add_backup_actions  # Back up now, Restore a backup…

        self.backups = add_backup_actions(self, file_menu, self._action)
        file_menu.addSeparator()
        self.protection.add_actions(file_menu, self._action)
        file_menu.addSeparator()
        self.quit_action = self._action("&Quit", QKeySequence.StandardKey.Quit, self.close)
        file_menu.addAction(self.quit_action)

        view_menu = bar.addMenu("&View")
        size = self.text_size
        self.larger_action = self._action(
            "&Larger text", QKeySequence.StandardKey.ZoomIn, size.larger, "Larger text on every page"
        )
        self.larger_action.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self.smaller_action = self._action(
            "&Smaller text", QKeySequence.StandardKey.ZoomOut, size.smaller, "Smaller text on every page"
        )
        self.normal_action = self._action("&Normal text size", "Ctrl+0", size.normal)
        for action in (self.larger_action, self.smaller_action, self.normal_action):
            view_menu.addAction(action)

        go_menu = bar.addMenu("&Go")
        self.search_action = self._action(
            "&Search everything…", QKeySequence.StandardKey.Find, self.show_search, "Find words anywhere"
        )
        go_menu.addAction(self.search_action)
        go_menu.addSeparator()
        for row in range(self.nav.count()):
            title = self.nav.item(row).text()
            go_menu.addAction(
                self._action(f"&{row + 1} {title}", f"Ctrl+{row + 1}", lambda _=False, r=row: self.go_to(r))
            )

        help_menu = bar.addMenu("&Help")
        self.shortcuts_action = self._action(
            "&Keyboard shortcuts", QKeySequence.StandardKey.HelpContents, self.show_shortcuts
        )
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self._action("&About cpdesk", None, self.show_about))

    def page(self, row: int) -> QWidget:
        """The page of an area (inside its scroll area), built now if it has not been shown yet."""
        scroller = self.pages.widget(row)
        assert isinstance(scroller, QScrollArea)
        build = self._builders.pop(row, None)
        if build is not None:
            scroller.setWidget(build())
        page = scroller.widget()
        assert page is not None
        return page

    def _show_area(self, row: int) -> None:
        try:
            self.page(row)
        except CpdeskError as error:  # a database found damaged, or gone, while the window was open
            note = QLabel(f"This page cannot be shown. {error.message[:1].upper()}{error.message[1:]}.")
            note.setWordWrap(True)
            note.setAlignment(Qt.AlignmentFlag.AlignTop)
            scroller = self.pages.widget(row)
            assert isinstance(scroller, QScrollArea)
            scroller.setWidget(note)
            self.show_error(f"The {self.nav.item(row).text()} page cannot be shown", error)
        self.pages.setCurrentIndex(row)

    def area(self, title: str) -> int:
        """The row of an area in the navigation, by its title."""
        return next(row for row in range(self.nav.count()) if self.nav.item(row).text() == title)

    @property
    def meetings_page(self) -> MeetingsPage:
        return cast("MeetingsPage", self.page(self.area("Meetings")))

    @property
    def actions_page(self) -> ActionsPage:
        return cast("ActionsPage", self.page(self.area("Actions")))

    @property
    def voice_page(self) -> VoicePage:
        return cast("VoicePage", self.page(self.area("Young people's voice")))

    @property
    def preparation_page(self) -> PreparationPage:
        return cast("PreparationPage", self.page(self.area("My preparation")))

    @property
    def work_programme_page(self) -> WorkProgrammePage:
        return cast("WorkProgrammePage", self.page(self.area("Work programme")))

    @property
    def people_page(self) -> PeoplePage:
        return cast("PeoplePage", self.page(self.area("People")))

    @property
    def indicators_page(self) -> IndicatorsPage:
        return cast("IndicatorsPage", self.page(self.area("Indicators")))

    def go_to(self, row: int) -> None:
        """Show an area and put the keyboard in its first control."""
        self.nav.setCurrentRow(row)
        page = self.page(row)
        page.setFocus()
        page.focusNextChild()

    def show_bin(self) -> None:
        """Open the Bin window (not modal), or bring it back."""
        from cpdesk.views.common.bin_window import BinWindow  # loaded when first asked for

        if self.bin_window is None:
            self.bin_window = BinWindow(self.desk, self.hub, self.runner, self)
        self.bin_window.show()
        self.bin_window.raise_()
        self.bin_window.activateWindow()

    # --- searching everything ---

    def show_search(self) -> None:
        """Open the search window (not modal), or bring it back with its words chosen to type over."""
        from cpdesk.views.search.dialog import SearchDialog  # loaded when first asked for
        from cpdesk.views.search.opening import open_result

        if self.search_dialog is None:
            self.search_dialog = SearchDialog(self.desk, self.runner, self)
            self.search_dialog.chosen.connect(lambda opens: open_result(self, opens))
        self.search_dialog.show()
        self.search_dialog.raise_()
        self.search_dialog.activateWindow()
        self.search_dialog.focus_box()

    # --- strategy files ---

    def choose_strategy_to_import(self) -> None:
        dialog = QFileDialog(
            self, "Import a strategy file", str(Path.home()), "Strategy files (*.json);;All files (*)"
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.fileSelected.connect(lambda path: self.import_strategy_file(Path(path)))
        self.file_dialog = dialog
        dialog.open()

    def import_strategy_file(self, path: Path) -> None:
        """Import in the background; the page refreshes when it is done, or the reason is shown."""
        self.statusBar().showMessage(f"Importing {path.name}…")
        desk = self.desk
        self.runner.submit(
            lambda: desk.run(lambda: desk.strategy.import_file(path)),
            self._imported,
            lambda error: self.show_error("The strategy file was not imported", error),
        )

    def _imported(self, version: StrategyVersion) -> None:
        self.hub.announce(STRATEGY)
        self.statusBar().showMessage(
            f"Imported {version.header.name} as a new version; it is now current.", 10000
        )

    def choose_export_path(self) -> None:
        version = self.strategy_page.shown_version
        if version is None:
            return
        suggested = Path.home() / f"strategy-{version.header.version_label}.json"
        dialog = QFileDialog(self, "Export this strategy version", str(suggested), "Strategy files (*.json)")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("json")
        dialog.fileSelected.connect(lambda path: self.export_strategy_file(Path(path), version))
        self.file_dialog = dialog
        dialog.open()

    def export_strategy_file(self, path: Path, version: StrategyVersion) -> None:
        desk = self.desk
        self.runner.submit(
            lambda: desk.run(lambda: desk.strategy.export_file(path, version.id)),
            lambda _: self.statusBar().showMessage(f"Wrote {version.header.name} to {path}", 10000),
            lambda error: self.show_error("The strategy was not exported", error),
        )

    # --- who is using cpdesk, and their notes ---

    def _preparation(self) -> QWidget:
        from cpdesk.views.notes.page import PreparationPage

        return PreparationPage(self.desk, self.hub, self.runner, self.confirmer, self.open_note)

    def _show_user(self) -> None:
        me = self.desk.notes.current_user()
        self._user_label.setText(f"Using cpdesk: {me.name}, {me.role_label}" if me else "Nobody named yet")

    def ask_who(self) -> None:
        """Ask, without blocking, who is using cpdesk; the notes written from then on are theirs."""
        from cpdesk.views.common.changes import NOTES
        from cpdesk.views.notes.forms import WhoForm

        form = WhoForm(self, self.desk, self.runner)
        form.confirmer = self.confirmer

        def said(_user: object) -> None:
            self._show_user()
            self.hub.announce(NOTES)

        form.done_with = said
        self.who_form = form
        form.open()

    def open_note(self, note: Note) -> None:
        """Go to what a note is on: a paper at its page, a meeting and its item, an action, a challenge..."""
        kind, target = note.target_kind, note.target_id
        if kind == "paper":
            self.open_paper(target, note.page)
            return
        if kind == "action":
            self.go_to(self.area("Actions"))
            self.actions_page.select_action(target)
        elif kind == "challenge":
            self.go_to(self.area("Young people's voice"))
            self.voice_page.select(target)
        elif kind == "indicator":
            self.go_to(self.area("Indicators"))
            self.indicators_page.select(target)
        elif note.where.meeting_id is not None:
            self.go_to(self.area("Meetings"))
            page = self.meetings_page
            page.select_meeting(note.where.meeting_id)
            if note.where.item_id is not None:
                page.tabs.setCurrentWidget(page.agenda_tab)
                page.agenda_tab.select_item(note.where.item_id)
        elif kind == "priority":
            number = note.where.label.split(":", 1)[0].rsplit(" ", 1)[-1]
            self.go_to(self.area("Strategy"))
            self.strategy_page.show_section(f"priority:{number}")

    def choose_notes_export_path(self) -> None:
        dialog = QFileDialog(
            self, "Export my notes", str(Path.home() / "my-cpdesk-notes.json"), "Notes files (*.json)"
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("json")
        dialog.fileSelected.connect(lambda path: self.export_notes(Path(path)))
        self.file_dialog = dialog
        dialog.open()

    def export_notes(self, path: Path) -> None:
        desk = self.desk

        def done(count: int) -> None:
            self.statusBar().showMessage(
                f"Wrote {count} note{'s' * (count != 1)} to {path}. Only you can read the file.", 15000
            )

        self.runner.submit(
            lambda: desk.run(lambda: desk.notes.export_file(path)),
            done,
            lambda error: self.show_error("Your notes were not exported", error),
        )

    def choose_notes_to_import(self) -> None:
        dialog = QFileDialog(self, "Import my notes", str(Path.home()), "Notes files (*.json);;All files (*)")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.fileSelected.connect(lambda path: self.import_notes(Path(path)))
        self.file_dialog = dialog
        dialog.open()

    def import_notes(self, path: Path) -> None:
        from cpdesk.views.common.changes import NOTES

        desk = self.desk

        def done(count: int) -> None:
            self.hub.announce(NOTES)
            self.statusBar().showMessage(
                f"Took in {count} note{'s' * (count != 1)} from {path}; they are yours, in My preparation.",
                15000,
            )

        self.runner.submit(
            lambda: desk.run(lambda: desk.notes.import_file(path)),
            done,
            lambda error: self.show_error("Your notes were not imported", error),
        )

    # --- papers ---

    def open_paper(self, paper_id: UUID, page: int | None = None) -> None:
        """Read a paper in cpdesk's own reader (a window beside this one), at a page if one is given."""
        from cpdesk.views.papers.reader import open_reader  # the reader and PDFium load when first wanted

        try:
            paper = self.desk.agenda.paper(paper_id)
            title, file_name = paper.title, paper.file_name
        except CpdeskError:
            title, file_name = "", ""  # the reader says itself that the paper cannot be read
        open_reader(
            self,
            self.desk,
            self.hub,
            self.runner,
            paper_id,
            page=page,
            title=title,
            file_name=file_name,
            confirmer=self.confirmer,
        )

    # --- messages ---

    def show_error(self, title: str, error: BaseException) -> None:
        """Say what went wrong without blocking; user errors plainly, anything else as a fault."""
        from cpdesk.views.common.forms import message_box  # the forms are loaded when first needed

        self.statusBar().showMessage(title, 10000)
        self.message = message_box(self, title, error)

    def show_shortcuts(self) -> None:
        rows = "".join(f"<tr><td><b>{keys}</b></td><td>{what}</td></tr>" for keys, what in SHORTCUTS)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            "Keyboard shortcuts",
            f"<table cellpadding='4'>{rows}</table>",
            QMessageBox.StandardButton.Close,
            self,
        )
        box.setTextFormat(Qt.TextFormat.RichText)
        self.message = box
        box.open()

    def show_about(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            "About cpdesk",
            f"cpdesk {__version__}\n\nThe Corporate Parenting Sub-Committee's desk.\n"
            f"Your data stays in {self.desk.path}.",
            QMessageBox.StandardButton.Ok,
            self,
        )
        self.message = box
        box.open()

    # --- remembered between sessions ---

    def fit_screen(self, available: QRect | None = None) -> None:
        """Keep the whole window on the screen: a size saved on a larger screen is cut down to this one."""
        room = available if available is not None else self.screen().availableGeometry()
        if self.isMaximized() or self.isFullScreen():
            return
        frame = self.frameGeometry().size() - self.geometry().size()  # the title bar and borders
        width = min(self.width(), room.width() - frame.width())
        height = min(self.height(), room.height() - frame.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        place = self.frameGeometry()
        x = min(max(place.x(), room.left()), room.right() + 1 - place.width())
        y = min(max(place.y(), room.top()), room.bottom() + 1 - place.height())
        if (x, y) != (place.x(), place.y()):
            self.move(max(x, room.left()), max(y, room.top()))

    def _restore(self) -> None:
        self.text_size.restore(self.settings)
        geometry = self.settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(first_size(self.screen().availableGeometry().size()))
        else:
            self.fit_screen()
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.value("strategy/splitter")
        if splitter is not None:
            self.strategy_page.splitter.restoreState(splitter)
        section = self.settings.value("strategy/section")
        if isinstance(section, str):
            self.strategy_page.show_section(section)

    def save_settings(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("strategy/splitter", self.strategy_page.splitter.saveState())
        self.text_size.save(self.settings)
        if self.strategy_page.shown_section:
            self.settings.setValue("strategy/section", self.strategy_page.shown_section)
        self.settings.sync()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:  # the frame's size is known once shown: a restored size may need cutting
            self._fitted = True
            self.fit_screen()
            if not self.desk.read_only and self.desk.notes.current_user() is None:
                self.ask_who()  # the first time: notes are written as someone's own

    def unsaved_forms(self) -> list[FormDialog]:
        """The open forms with words typed and not saved."""
        from cpdesk.views.common.forms import FormDialog  # loaded with the first page that has forms

        return [form for form in self.findChildren(FormDialog) if form.unsaved]

    def _close_anyway(self) -> None:
        self._closing = True
        if not self._asking:  # answered later, from the question's own window: close now
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        forms = [] if self._closing else self.unsaved_forms()
        if forms:
            titles = ", ".join(f"“{form.windowTitle()}”" for form in forms)
            self._asking = True
            try:
                self.confirmer.ask(
                    self,
                    "Close cpdesk without saving?",
                    f"You have typed in {titles} and not saved it. Close anyway and lose what you typed, "
                    "or choose Cancel to go back and save it.",
                    "Close without saving",
                    self._close_anyway,
                )
            finally:
                self._asking = False
            if not self._closing:
                event.ignore()  # asked without blocking: closing goes on only if the user says so
                return
        for widget in self.findChildren(QWidget):
            keep = getattr(widget, "keep_drafts", None)  # minutes typed: kept as drafts before closing
            if callable(keep):
                keep()
        self.runner.wait()
        self.save_settings()
        if self.database_claim is not None:
            self.database_claim.unlock()
        self.desk.scratch.remove()  # copies of papers handed to a PDF viewer are not left lying about
        self.protection.watch.remove()
        super().closeEvent(event)
