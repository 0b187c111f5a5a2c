"""File, Import from the committee system… and File, Export calendar…: the file dialogs and the work."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from cpdesk.domain.calendar_export import CalendarCounts, export_calendar
from cpdesk.domain.moderngov_import import ImportReport, import_file
from cpdesk.views.common.changes import AGENDA, MEETINGS, MINUTES, PEOPLE

if TYPE_CHECKING:
    from cpdesk.views.main_window import MainWindow


class CommitteeSystem:
    """The two File menu items and the work behind them, for one window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.file_dialog: QFileDialog | None = None  # the dialog last opened, for tests
        self.report: QMessageBox | None = None  # what the last import did, as shown

    def add_actions(self, menu: QMenu, action: Callable[..., QAction]) -> None:
        self.import_action = action(
            "Import from the &committee system…",
            None,
            self.choose_response,
            "Bring in meetings, agendas and minutes saved from the council's committee system (ModernGov)",
        )
        self.import_action.setEnabled(not self.window.desk.read_only)
        self.calendar_action = action(
            "Export ca&lendar…",
            None,
            self.choose_calendar_path,
            "Write the meetings and the open actions' due dates as a calendar file (iCalendar)",
        )
        menu.addAction(self.import_action)
        menu.addAction(self.calendar_action)

    # --- the committee system ---

    def choose_response(self) -> None:
        dialog = QFileDialog(
            self.window,
            "Import from the committee system",
            str(Path.home()),
            "Committee system files (*.xml);;All files (*)",
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.fileSelected.connect(lambda path: self.import_response(Path(path)))
        self.file_dialog = dialog
        dialog.open()

    def import_response(self, path: Path) -> None:
        """Import off the GUI thread; the pages showing meetings refresh, and what changed is said."""
        window, desk = self.window, self.window.desk
        window.statusBar().showMessage(f"Importing {path.name}…")

        def done(report: ImportReport) -> None:
            window.hub.announce(MEETINGS, AGENDA, MINUTES, PEOPLE)
            window.statusBar().showMessage(f"Imported {path.name} from the committee system", 15000)
            box = QMessageBox(
                QMessageBox.Icon.Information,
                "Imported from the committee system",
                report.describe(),
                QMessageBox.StandardButton.Ok,
                window,
            )
            box.setAccessibleName("Imported from the committee system")
            self.report = box
            box.open()

        window.runner.submit(
            lambda: desk.run(lambda: import_file(desk, path)),
            done,
            lambda error: window.show_error("Nothing was imported from the committee system", error),
        )

    # --- the calendar ---

    def choose_calendar_path(self) -> None:
        dialog = QFileDialog(
            self.window,
            "Export calendar",
            str(Path.home() / "corporate-parenting.ics"),
            "Calendar files (*.ics)",
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("ics")
        dialog.fileSelected.connect(lambda path: self.export_calendar(Path(path)))
        self.file_dialog = dialog
        dialog.open()

    def export_calendar(self, path: Path) -> None:
        window, desk = self.window, self.window.desk

        def done(counts: CalendarCounts) -> None:
            said = counts.describe(path)
            window.statusBar().showMessage(
                f"{said[:1].upper()}{said[1:]}. Open it with your calendar to add or update them.", 20000
            )

        window.runner.submit(
            lambda: desk.run(lambda: export_calendar(desk, path)),
            done,
            lambda error: window.show_error("The calendar was not exported", error),
        )


def add_committee_actions(window: MainWindow, menu: QMenu, action: Callable[..., QAction]) -> CommitteeSystem:
    """Add Import from the committee system… and Export calendar… to the window's File menu."""
    committee = CommitteeSystem(window)
    committee.add_actions(menu, action)
    return committee
