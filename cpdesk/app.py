"""Builds the QApplication and the main window on a database."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from cpdesk import __version__
from cpdesk.config import APP_AUTHOR, APP_NAME, resources_dir
from cpdesk.domain.desk import Desk
from cpdesk.errors import CpdeskError
from cpdesk.views.changes import ChangeHub
from cpdesk.views.confirm import DialogConfirmer
from cpdesk.views.main_window import MainWindow
from cpdesk.views.tasks import TaskRunner


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


def open_main_window(db_path: Path, settings: QSettings | None = None) -> MainWindow:
    """Open the database and show the main window on it; CpdeskError if the database cannot be used."""
    desk = Desk.open(db_path)
    window = MainWindow(desk, settings or user_settings(), TaskRunner(), ChangeHub(), DialogConfirmer())
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


def run_app(db_path: Path) -> int:
    app = create_application(sys.argv[:1])
    try:
        window = open_main_window(db_path)
    except CpdeskError as error:
        box = cannot_open_message(error)
        box.finished.connect(app.quit)
        box.open()
        app.exec()
        return 1
    code = app.exec()
    window.desk.close()
    return int(code)
