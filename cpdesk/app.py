"""Builds the QApplication and the main window on a database."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QLockFile, QSettings, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from cpdesk import __version__
from cpdesk.config import APP_AUTHOR, APP_NAME, resources_dir
from cpdesk.domain.desk import Desk
from cpdesk.domain.encryption import WRONG, is_encrypted, is_new_database
from cpdesk.errors import CpdeskError, WrongPassphraseError
from cpdesk.faults import keep_faults, record_fault
from cpdesk.views.common.changes import ChangeHub
from cpdesk.views.common.confirm import DialogConfirmer
from cpdesk.views.common.passphrase import FirstRunDialog, OpenPassphraseDialog
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
    try:
        desk.backups.daily()  # the day's first opening backs the database up
    except CpdeskError as error:  # a full disk, say: the window still opens, and tries again tomorrow
        record_fault("making the day's backup", error)
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


NOT_ENCRYPTED_KEY = "encryption/not_encrypted"  # the databases the user chose to make unencrypted


def _not_encrypted(settings: QSettings) -> list[str]:
    chosen = settings.value(NOT_ENCRYPTED_KEY, [])
    if isinstance(chosen, str):  # QSettings gives a list of one back as its one string
        return [chosen]
    return [str(p) for p in chosen] if isinstance(chosen, list) else []


def chose_not_to_encrypt(settings: QSettings, path: Path) -> bool:
    """Whether the user has said, for this database's path, that it is to be made without encryption."""
    return str(Path(path).resolve()) in _not_encrypted(settings)


def remember_not_to_encrypt(settings: QSettings, path: Path) -> None:
    settings.setValue(NOT_ENCRYPTED_KEY, [*_not_encrypted(settings), str(Path(path).resolve())])
    settings.sync()


def start(
    db_path: Path,
    settings: QSettings,
    *,
    passphrase: str | None = None,
    opened: Callable[[MainWindow], None],
    failed: Callable[[CpdeskError | None], None],
) -> QDialog | None:
    """Open the main window on db_path, asking first what has to be asked, without blocking.

    An encrypted database given no passphrase asks for it (a wrong one is said so in the dialog, and
    the user tries again); a new database asks, once, for a passphrase to encrypt it with or for the
    plain choice not to. The window is handed to `opened`; `failed` gets the reason the database cannot
    be used, or None when the user chose Quit. Returns the dialog asking, or None if nothing was asked.
    """

    def open_with(key: str | None) -> MainWindow | None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return open_main_window(db_path, settings, passphrase=key)
        finally:
            QApplication.restoreOverrideCursor()

    def open_now(key: str | None, dialog: QDialog | None = None) -> None:
        try:
            window = open_with(key)
        except WrongPassphraseError:
            if isinstance(dialog, OpenPassphraseDialog):
                dialog.refuse(WRONG)
                return
            raise
        except CpdeskError as error:
            if dialog is not None:
                dialog.hide()
            failed(error)
            return
        assert window is not None
        opened(window)
        if dialog is not None:
            dialog.accept()  # after the window shows, so the application never has no window

    if passphrase is None and is_encrypted(db_path):
        asking = OpenPassphraseDialog(db_path)
        asking.given.connect(lambda key: open_now(key, asking))
        asking.rejected.connect(lambda: failed(None))
        asking.open()
        return asking
    if passphrase is None and is_new_database(db_path) and not chose_not_to_encrypt(settings, db_path):
        first = FirstRunDialog(db_path)

        def chosen(key: str | None) -> None:
            if key is None:
                remember_not_to_encrypt(settings, db_path)
            open_now(key, first)

        first.chosen.connect(chosen)
        first.rejected.connect(lambda: failed(None))
        first.open()
        return first
    open_now(passphrase)
    return None


def run_app(db_path: Path, passphrase: str | None = None) -> int:
    app = create_application(sys.argv[:1])
    keep_faults()
    windows: list[MainWindow] = []
    outcome = {"code": 0}
    boxes: list[QMessageBox] = []

    def opened(window: MainWindow) -> None:
        windows.append(window)
        keep_uncaught_faults(window)

    def failed(error: CpdeskError | None) -> None:
        if error is None:  # Quit chosen before the window opened
            app.quit()
            return
        outcome["code"] = 1
        box = cannot_open_message(error)
        box.finished.connect(app.quit)
        boxes.append(box)
        box.open()

    asking = start(db_path, user_settings(), passphrase=passphrase, opened=opened, failed=failed)
    code = app.exec()
    del asking
    for window in windows:
        window.desk.close()
    return outcome["code"] or int(code)
