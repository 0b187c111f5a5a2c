"""File, Back up now and File, Restore a backup…: the backups window, and restoring with the desk reopened."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
)

from cpdesk.domain.backups import Backup
from cpdesk.errors import PassphraseNeededError, WrongPassphraseError
from cpdesk.views.common.changes import (
    ACTIONS,
    AGENDA,
    CHALLENGES,
    INDICATORS,
    MEETINGS,
    MINUTES,
    NOTES,
    PEOPLE,
    STRATEGY,
    WORK_PROGRAMME,
)

if TYPE_CHECKING:
    from cpdesk.views.main_window import MainWindow

EVERYTHING = (
    STRATEGY,
    PEOPLE,
    MEETINGS,
    AGENDA,
    MINUTES,
    ACTIONS,
    WORK_PROGRAMME,
    INDICATORS,
    CHALLENGES,
    NOTES,
)
BACKUP_ROLE = Qt.ItemDataRole.UserRole


def backup_label(backup: Backup) -> str:
    """One backup as the list shows it: when (local time) and why."""
    return f"{backup.made.astimezone():%A %d %B %Y, %H:%M} – {backup.why}"


class BackupsDialog(QDialog):
    """The database's backups, newest first; Restore asks to confirm, then `restore_chosen` is called."""

    def __init__(
        self, window: MainWindow, found: list[Backup], restore_chosen: Callable[[Backup], None]
    ) -> None:
        super().__init__(window)
        self.setWindowTitle("Restore a backup")
        self.setAccessibleName("Restore a backup")
        self._window = window
        self._restore_chosen = restore_chosen
        layout = QVBoxLayout(self)
        folder = window.desk.backups.folder
        intro = QLabel(
            f"Backups of this database, newest first, kept in {folder}. Restoring one puts it in the place "
            "of the database; what it replaces is backed up first, so it can be brought back too."
            if found
            else f"There are no backups of this database yet (they are kept in {folder})."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName("Backups")
        for backup in found:
            item = QListWidgetItem(backup_label(backup))
            item.setData(BACKUP_ROLE, backup)
            item.setToolTip(str(backup.path))
            self.list.addItem(item)
        if found:
            self.list.setCurrentRow(0)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton("&Restore this backup…")
        self.restore_button.setAccessibleName("Restore this backup")
        self.restore_button.setEnabled(bool(found) and not window.desk.read_only)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.ask_to_restore)
        self.list.itemActivated.connect(lambda _item: self.ask_to_restore())
        layout.addWidget(buttons)
        self.resize(560, 360)

    def chosen(self) -> Backup | None:
        item = self.list.currentItem()
        return item.data(BACKUP_ROLE) if item is not None else None  # type: ignore[no-any-return]

    def ask_to_restore(self) -> None:
        backup = self.chosen()
        if backup is None or not self.restore_button.isEnabled():
            return

        def yes() -> None:
            self.accept()
            self._restore_chosen(backup)

        self._window.confirmer.ask(
            self,
            "Restore this backup?",
            f"Put the backup from {backup_label(backup)} in the place of the database? Everything changed "
            "since then is replaced; what is there now is backed up first. Other cpdesk windows on this "
            "database must be closed.",
            "Restore",
            yes,
        )


class Backups:
    """The two File menu items and the work behind them, for one window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.dialog: QDialog | None = None

    def add_actions(self, menu: QMenu, action: Callable[..., QAction]) -> None:
        self.back_up_action = action(
            "Back &up now",
            None,
            self.back_up_now,
            "Make a checked copy of the database in its backups folder",
        )
        self.restore_action = action(
            "Restore a bac&kup…", None, self.show_backups, "Put a backup in the place of the database"
        )
        self.restore_action.setEnabled(not self.window.desk.read_only)
        menu.addAction(self.back_up_action)
        menu.addAction(self.restore_action)

    def back_up_now(self) -> None:
        window, desk = self.window, self.window.desk
        window.statusBar().showMessage("Backing up…")

        def done(made: Backup) -> None:
            window.statusBar().showMessage(f"Backed up to {made.path}", 15000)

        window.runner.submit(
            lambda: desk.run(desk.backups.make),
            done,
            lambda error: window.show_error("The database was not backed up", error),
        )

    def show_backups(self) -> None:
        desk = self.window.desk
        self.dialog = BackupsDialog(self.window, desk.run(desk.backups.list), self.restore)
        self.dialog.open()

    def restore(self, backup: Backup, backup_passphrase: str | None = None) -> None:
        """Restore off the GUI thread, this window's connection closed; the desk is reopened on the restored
        file and every page refreshes, or the reason is shown and the database is as it was."""
        window, desk = self.window, self.window.desk
        window.statusBar().showMessage("Restoring the backup…")
        if not desk.db.is_closed():
            desk.db.close()  # the file must be free of this window's connection

        def work() -> Any:
            return desk.run(lambda: desk.backups.restore(backup.path, backup_passphrase=backup_passphrase))

        def done(kept: Backup | None) -> None:
            desk.db.connect(reuse_if_open=True)
            window.hub.announce(*EVERYTHING)
            kept_words = f" What it replaced is kept in {kept.path}." if kept else ""
            window.statusBar().showMessage(
                f"Restored the backup from {backup_label(backup)}.{kept_words}", 20000
            )

        def failed(error: BaseException) -> None:
            desk.db.connect(reuse_if_open=True)
            if isinstance(error, PassphraseNeededError | WrongPassphraseError) and desk.encrypted:
                self.ask_backup_passphrase(backup, wrong=backup_passphrase is not None)
                return
            window.show_error("The backup was not restored", error)

        window.runner.submit(work, done, failed)

    def ask_backup_passphrase(self, backup: Backup, *, wrong: bool) -> None:
        """A backup made before the passphrase was changed needs the one it was made with."""
        dialog = QInputDialog(self.window)
        dialog.setWindowTitle("Passphrase of the backup")
        dialog.setLabelText(
            ("That passphrase is not right for this backup. " if wrong else "")
            + "This backup was made with another passphrase (before it was changed). Type the passphrase it "
            "was made with:"
        )
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.textValueSelected.connect(lambda text: self.restore(backup, text))
        self.dialog = dialog
        dialog.open()


def add_backup_actions(window: MainWindow, menu: QMenu, action: Callable[..., QAction]) -> Backups:
    """Add Back up now and Restore a backup… to the window's File menu."""
    backups = Backups(window)
    backups.add_actions(menu, action)
    return backups
