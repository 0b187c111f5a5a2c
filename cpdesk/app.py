"""Builds the QApplication and the main window on a database."""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QLockFile, QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from cpdesk import __version__
from cpdesk.config import APP_AUTHOR, APP_NAME, resources_dir
from cpdesk.domain.desk import Desk
from cpdesk.errors import CpdeskError
from cpdesk.faults import keep_faults, record_fault
from cpdesk.views.common.changes import ChangeHub
from cpdesk.views.common.confirm import DialogConfirmer
from cpdesk.views.common.tasks import TaskRunner
from cpdesk.views.main_window import MainWindow


def create_application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.cpdesk.cpdesk")
    icon = resources_dir() / "icons" / "cpdesk.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def user_settings() -> QSettings:
    """The user's window sizes and choices, kept in the platform's usual place."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_AUTHOR, APP_NAME)


ALSO_OPEN = (
    "This database is also open in another cpdesk window. Both can be used; changes are saved in turn."
)


def claim_database(db_path: Path) -> tuple[QLockFile, bool]:
    """Mark the database as open in this window; the second value is True if another window has it open.

    The mark is a lock file beside the database holding this process's id. A window that crashed
    leaves its file behind, but its process has ended, so Qt takes the file as stale: no false notice.
    """
    claim = QLockFile(str(db_path) + ".lock")
    # Stale only when its process has gone: a window may stay open for days.
    claim.setStaleLockTime(0)
    if claim.tryLock(0):
        return claim, False
    # Any other failure (a folder that cannot be written to) says nothing about other windows.
    return claim, claim.error() == QLockFile.LockError.LockFailedError


def open_main_window(
    db_path: Path,
    settings: QSettings | None = None,
    *,
    read_only: bool = False,
    passphrase: str | None = None,
) -> MainWindow:
    """Open the database and show the main window on it; CpdeskError if the database cannot be used.

    An encrypted database needs its passphrase (PassphraseNeededError without, WrongPassphraseError for
    a wrong one); a new database given one is made encrypted.
    """
    desk = Desk.open(db_path, read_only=read_only, passphrase=passphrase)
    try:
        desk.bin.empty_old()  # what has been in the bin longer than the period the user set goes for good
    except CpdeskError as error:  # the database busy or full: the bin is emptied another time
        record_fault("emptying the bin", error)
    window = MainWindow(desk, settings or user_settings(), TaskRunner(), ChangeHub(), DialogConfirmer())
    window.database_claim, open_elsewhere = claim_database(desk.path)
    if open_elsewhere:
        window.add_banner(ALSO_OPEN, "Also open in another cpdesk window")
    window.show()
    return window


def cannot_open_message(error: CpdeskError) -> QMessageBox:
    """What a user sees when the database cannot be used; the file itself is left as it was."""
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        "cpdesk cannot open the database",
        error.message[:1].upper() + error.message[1:] + ".",
        QMessageBox.StandardButton.Close,
    )
    box.setInformativeText(
        f"File: {error.where}\n\nThe file has not been changed."
        if error.where
        else "Nothing has been changed."
    )
    return box


def keep_uncaught_faults(window: MainWindow) -> None:
    """A fault no page caught (in a slot, say) is kept in the fault log and shown, not lost on stderr."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if not isinstance(error, Exception):  # Ctrl+C and the like go their usual way
            sys.__excepthook__(kind, error, trace)
            return
        record_fault("an unexpected fault", error)
        window.show_error("Something went wrong", error)

    sys.excepthook = hook


def run_app(db_path: Path, passphrase: str | None = None) -> int:
    app = create_application(sys.argv[:1])
    keep_faults()
    try:
        window = open_main_window(db_path, passphrase=passphrase)
        keep_uncaught_faults(window)
    except CpdeskError as error:
        box = cannot_open_message(error)
        box.finished.connect(app.quit)
        box.open()
        app.exec()
        return 1
    code = app.exec()
    window.desk.close()
    return int(code)
