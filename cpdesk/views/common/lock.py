"""The window's protection: locking when left, unlocking, encrypting the database and changing its passphrase.

While locked (or while the database is being encrypted) the window's content is taken out and a screen
that shows nothing of the data stands in its place; the status bar (which names the file), the other
windows (papers, search, forms) and every menu item that would show data are hidden or disabled, and
the database is closed. Idle means no key pressed and no mouse used anywhere in the application.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtWidgets import (
    QAccessibleWidget,
    QApplication,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from cpdesk.domain.encryption import (
    WRONG,
    after_encrypting,
    change_desk_passphrase,
    close_connection,
    encrypt_desk,
    lock_desk,
    unlock_desk,
)
from cpdesk.errors import CpdeskError, WrongPassphraseError
from cpdesk.views.common.forms import sentence
from cpdesk.views.common.passphrase import (
    FORGOTTEN,
    ChangePassphraseDialog,
    LockAfterDialog,
    NewPassphraseDialog,
    ProblemLine,
    passphrase_field,
    show_box,
    wrapped,
)
from cpdesk.views.common.widgets import Heading

if TYPE_CHECKING:
    from cpdesk.views.main_window import MainWindow

LOCK_AFTER_KEY = "lock/after_minutes"
DEFAULT_LOCK_MINUTES = 10
LOCKED_TITLE = "cpdesk – locked"

# What a person does: a key, the mouse, a touch. Only events from the window system count, so a window
# redrawing itself under a still mouse never keeps cpdesk unlocked.
ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.HoverMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)


# --- a heading screen readers announce as one ---


class HeadingLabel(Heading):
    """A heading that screen readers announce as a heading (its accessible role is Heading)."""


class _HeadingAccessible(QAccessibleWidget):
    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget, QAccessible.Role.Heading)

    def text(self, kind: QAccessible.Text) -> str:
        widget = self.widget()
        if kind == QAccessible.Text.Name and isinstance(widget, QLabel):
            return widget.accessibleName() or widget.text()
        return str(super().text(kind))


def _heading_factory(_key: str, obj: QObject) -> QAccessibleWidget | None:
    return _HeadingAccessible(obj) if isinstance(obj, HeadingLabel) else None


_factory_installed = False


def install_heading_role() -> None:
    global _factory_installed
    if not _factory_installed:
        QAccessible.installFactory(_heading_factory)
        _factory_installed = True


# --- idle ---


class IdleWatch(QObject):
    """Emits `idle` when no one has used the application for the period; a QTimer looks now and then.

    Both the steady clock and the wall clock are read, so time asleep (a laptop's lid shut) counts too.
    """

    idle = Signal()

    def __init__(self, parent: QObject, minutes: int) -> None:
        super().__init__(parent)
        self.period_ms = minutes * 60_000
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._look)
        self._set_interval()
        self.touch()
        app = QCoreApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def _set_interval(self) -> None:
        self._timer.setInterval(max(20, min(15_000, self.period_ms // 5)))

    def set_minutes(self, minutes: int) -> None:
        self.set_period_ms(minutes * 60_000)

    def set_period_ms(self, period_ms: int) -> None:
        """The idle time before locking (tests set it in milliseconds)."""
        self.period_ms = period_ms
        self._set_interval()
        self.touch()

    def start(self) -> None:
        self.touch()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def watching(self) -> bool:
        return self._timer.isActive()

    def remove(self) -> None:
        """Stop for good (the window is closing)."""
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def touch(self) -> None:
        self._steady = time.monotonic()
        self._wall = time.time()

    def idle_ms(self) -> float:
        return max(time.monotonic() - self._steady, time.time() - self._wall) * 1000

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and event.spontaneous():
            self.touch()
        return False

    def _look(self) -> None:
        if self.idle_ms() >= self.period_ms:
            self._timer.stop()
            self.idle.emit()


# --- the screens standing in for the content ---


class CoverScreen(QWidget):
    """A heading and a few words in the middle of the window: nothing of the data."""

    def __init__(self, heading: str, text: str) -> None:
        super().__init__()
        install_heading_role()
        self.setAccessibleName(heading)
        self.heading = HeadingLabel(heading, 1.6)
        self.heading.setAccessibleName(heading)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = wrapped(text)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.column = QVBoxLayout()
        self.column.addWidget(self.heading)
        self.column.addWidget(self.text)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addLayout(self.column, 3)
        middle.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(2)


class LockScreen(CoverScreen):
    """cpdesk is locked: the passphrase unlocks it (a database not encrypted needs only a button).

    `unlock` carries the passphrase typed, or None where there is none to type.
    """

    unlock = Signal(object)

    def __init__(self, encrypted: bool) -> None:
        if encrypted:
            text = (
                "What cpdesk shows is hidden and the database is closed, because cpdesk was left unused "
                "or was locked. Type the passphrase to go on."
            )
        else:
            text = (
                "What cpdesk shows is hidden and the database is closed, because cpdesk was left unused "
                "or was locked. This database is not encrypted, so there is no passphrase to check: "
                "choose Unlock to go on."
            )
        super().__init__("cpdesk is locked", text)
        self.encrypted = encrypted
        self.passphrase = passphrase_field("Passphrase")
        self.show_passphrase = show_box([self.passphrase])
        self.problem = ProblemLine()
        self.unlock_button = QPushButton("&Unlock")
        self.unlock_button.setAccessibleName("Unlock")
        self.unlock_button.setDefault(True)
        self.unlock_button.setAutoDefault(True)
        caption = QLabel("&Passphrase:")
        caption.setBuddy(self.passphrase)
        if encrypted:
            self.column.addWidget(caption)
            self.column.addWidget(self.passphrase)
            self.column.addWidget(self.show_passphrase)
        else:
            for widget in (caption, self.passphrase, self.show_passphrase):
                widget.hide()
        self.column.addWidget(self.problem)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.unlock_button)
        self.column.addLayout(row)
        self.unlock_button.clicked.connect(self._asked)
        self.passphrase.returnPressed.connect(self._asked)
        self.passphrase.textEdited.connect(lambda _text: self.problem.clear_problem())
        self.setFocusProxy(self.passphrase if encrypted else self.unlock_button)

    def _asked(self) -> None:
        if self.encrypted and not self.passphrase.text():
            self.refuse("Type the passphrase first.")
            return
        self.unlock.emit(self.passphrase.text() if self.encrypted else None)

    def refuse(self, text: str) -> None:
        self.problem.say(text)
        self.passphrase.selectAll()
        self.focus()

    def focus(self) -> None:
        (self.passphrase if self.encrypted else self.unlock_button).setFocus(Qt.FocusReason.OtherFocusReason)


# --- the window's protection ---


class Protection(QObject):
    """Locking, unlocking, encrypting and changing the passphrase, for one main window."""

    def __init__(self, window: MainWindow, settings: QSettings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.locked = False
        self.busy = False  # encrypting, or changing the passphrase
        self.screen: CoverScreen | None = None
        self.dialog: QWidget | None = None  # the last passphrase window opened, for tests
        self._content: QWidget | None = None
        self._hidden: list[QWidget] = []
        self._disabled: list[QAction] = []
        self._focus: QWidget | None = None
        self._title = ""
        self._status_shown = True
        self.watch = IdleWatch(self, self.lock_minutes)
        self.watch.idle.connect(self.lock)
        self.watch.start()

    @property
    def lock_minutes(self) -> int:
        value = self.settings.value(LOCK_AFTER_KEY, DEFAULT_LOCK_MINUTES)
        try:
            minutes = int(value) if isinstance(value, int | str) else DEFAULT_LOCK_MINUTES
        except ValueError:
            minutes = DEFAULT_LOCK_MINUTES
        return min(max(minutes, 1), 240)

    # --- the menu ---

    def add_actions(self, menu: QMenu, action: Callable[..., QAction]) -> None:
        """Encrypt / Change passphrase, Lock now and Lock after, in the File menu."""
        self.encrypt_action = action(
            "E&ncrypt this database…", None, self.ask_to_encrypt, "Protect this database with a passphrase"
        )
        self.change_action = action(
            "Change &passphrase…", None, self.ask_to_change, "Give this encrypted database a new passphrase"
        )
        self.lock_action = action("&Lock now", "Ctrl+L", self.lock, "Hide what cpdesk shows and close it")
        self.lock_after_action = action(
            "Lock &after…", None, self.ask_lock_after, "How long cpdesk waits, unused, before it locks"
        )
        for item in (self.encrypt_action, self.change_action):
            menu.addAction(item)
        menu.addSeparator()
        menu.addAction(self.lock_action)
        menu.addAction(self.lock_after_action)
        self.show_actions()

    def show_actions(self) -> None:
        desk = self.window.desk
        self.encrypt_action.setVisible(not desk.encrypted)
        self.change_action.setVisible(desk.encrypted)
        for item in (self.encrypt_action, self.change_action):
            item.setEnabled(not desk.read_only)

    def _kept_while_covered(self) -> set[QAction]:
        w = self.window
        return {
            self.lock_action,
            self.lock_after_action,
            w.larger_action,
            w.smaller_action,
            w.normal_action,
            w.shortcuts_action,
            w.quit_action,
        }

    def _menu_actions(self) -> list[QAction]:
        found: list[QAction] = []

        def walk(menu: QMenu) -> None:
            for item in menu.actions():
                sub = item.menu()
                if isinstance(sub, QMenu):
                    walk(sub)
                elif not item.isSeparator():
                    found.append(item)

        for top in self.window.menuBar().actions():
            sub = top.menu()
            if isinstance(sub, QMenu):
                walk(sub)
        return found

    # --- covering the window ---

    def _keep_drafts(self) -> None:
        for widget in self.window.findChildren(QWidget):
            keep = getattr(widget, "keep_drafts", None)  # minutes typed are kept before the window is covered
            if callable(keep):
                keep()

    def _cover(self, screen: CoverScreen, title: str) -> None:
        w = self.window
        if self._content is None:
            self._keep_drafts()
            focus = QApplication.focusWidget()
            self._focus = focus if focus is not None and w.isAncestorOf(focus) else None
            self._content = w.takeCentralWidget()
            self._hidden = [
                other
                for other in QApplication.topLevelWidgets()
                if other is not w
                and other.isVisible()
                and other.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog)
            ]
            for other in QApplication.topLevelWidgets():
                if other is not w and other.isVisible():
                    other.hide()
            self._status_shown = not w.statusBar().isHidden()
            w.statusBar().clearMessage()
            w.statusBar().hide()  # it names the database's file
            self._title = w.windowTitle()
            kept = self._kept_while_covered()
            self._disabled = [a for a in self._menu_actions() if a.isEnabled() and a not in kept]
            for item in self._disabled:
                item.setEnabled(False)
        else:
            old = w.takeCentralWidget()
            if old is not None:
                old.deleteLater()
        w.setWindowTitle(title)
        self.screen = screen
        w.setCentralWidget(screen)
        screen.show()

    def _uncover(self) -> None:
        w = self.window
        content, self._content = self._content, None
        if content is None:
            return
        old = w.takeCentralWidget()
        if old is not None:
            old.deleteLater()
        self.screen = None
        w.setCentralWidget(content)
        content.show()  # at once, not when the layout gets round to it: the focus goes back into it
        w.setWindowTitle(self._title)
        if self._status_shown:
            w.statusBar().show()
        for item in self._disabled:
            item.setEnabled(True)
        self._disabled = []
        for other in self._hidden:
            if Shiboken.isValid(other):
                other.show()
        self._hidden = []
        focus, self._focus = self._focus, None
        if focus is not None and Shiboken.isValid(focus) and focus.isVisible():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _settle(self) -> None:
        """Let work under way finish, and its results come back, before the database is closed."""
        for _round in range(5):
            self.window.runner.wait()
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

    # --- locking ---

    def lock(self) -> None:
        """Hide everything the window shows, close the database and ask to unlock."""
        if self.locked or self.busy:
            return
        self.watch.stop()
        self.locked = True
        screen = LockScreen(self.window.desk.encrypted)
        screen.unlock.connect(self._unlock)
        self._cover(screen, LOCKED_TITLE)
        self._settle()
        lock_desk(self.window.desk)
        screen.focus()

    def _unlock(self, passphrase: str | None) -> None:
        screen = self.screen
        if not self.locked or not isinstance(screen, LockScreen):
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            unlock_desk(self.window.desk, passphrase)
        except WrongPassphraseError:
            screen.refuse(WRONG)
            return
        except CpdeskError as error:
            screen.refuse(sentence(error))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.locked = False
        self._uncover()
        self.watch.start()

    def ask_lock_after(self) -> None:
        dialog = LockAfterDialog(self.window, self.lock_minutes)
        dialog.chosen.connect(self.set_lock_minutes)
        self.dialog = dialog
        dialog.open()

    def set_lock_minutes(self, minutes: int) -> None:
        self.settings.setValue(LOCK_AFTER_KEY, minutes)
        self.watch.set_minutes(minutes)
        self.window.statusBar().showMessage(
            f"cpdesk locks itself after {minutes} minute{'s' * (minutes != 1)} unused.", 10000
        )

    # --- encrypting, and a new passphrase ---

    def ask_to_encrypt(self) -> None:
        if self.window.desk.encrypted or self.busy or self.locked:
            return
        dialog = NewPassphraseDialog(
            self.window,
            "Encrypt this database",
            "Encrypting protects this database with a passphrase: without it, no one can read what is in "
            "it. cpdesk writes an encrypted copy, checks it, puts it in place of this file and overwrites "
            "the unencrypted one. What cpdesk shows is hidden while it works. Close any other cpdesk "
            f"window on this database first. {FORGOTTEN}",
            "&Encrypt",
        )

        def chosen(passphrase: str) -> None:
            dialog.accept()
            self.encrypt(passphrase)

        dialog.chosen.connect(chosen)
        self.dialog = dialog
        dialog.open()

    def _busy(self, heading: str) -> None:
        self.busy = True
        self.watch.stop()
        self._cover(
            CoverScreen(heading, "This takes a moment. Do not switch off the computer."),
            f"cpdesk – {heading}",
        )
        self._settle()
        close_connection(self.window.desk)  # the file must be free of this window's connection

    def _done(self) -> None:
        self.busy = False
        self._uncover()
        self.show_actions()
        self.watch.start()

    def encrypt(self, passphrase: str) -> None:
        """Encrypt the database off the GUI thread; the window comes back on it, encrypted or as it was."""
        desk = self.window.desk
        self._busy("Encrypting the database")

        def done(_result: Any) -> None:
            try:
                after_encrypting(desk)
            finally:
                self._done()
            self._tell(
                "The database is encrypted",
                "This database is now encrypted. From now on cpdesk asks for its passphrase when it opens "
                f"and when it has been locked. {FORGOTTEN}",
            )

        def failed(error: BaseException) -> None:
            self._done()
            self.window.show_error("The database was not encrypted", error)

        self.window.runner.submit(lambda: encrypt_desk(desk, passphrase), done, failed)

    def ask_to_change(self) -> None:
        if not self.window.desk.encrypted or self.busy or self.locked:
            return
        dialog = ChangePassphraseDialog(self.window)
        dialog.chosen.connect(lambda old, new: self.change(dialog, old, new))
        self.dialog = dialog
        dialog.open()

    def change(self, dialog: ChangePassphraseDialog, old: str, new: str) -> None:
        desk = self.window.desk
        self._busy("Changing the passphrase")

        def done(_result: Any) -> None:
            dialog.accept()
            self._hidden = [w for w in self._hidden if w is not dialog]
            self._done()
            self._tell(
                "The passphrase is changed",
                f"From now on this database opens with the new passphrase only. {FORGOTTEN}",
            )

        def failed(error: BaseException) -> None:
            self._done()
            if isinstance(error, WrongPassphraseError):
                dialog.problem.say(
                    "That present passphrase is not right for this database. Nothing was changed."
                )
                dialog.old.selectAll()
                dialog.old.setFocus(Qt.FocusReason.OtherFocusReason)
            elif isinstance(error, CpdeskError):
                dialog.refuse(error)
            else:
                dialog.reject()
                self.window.show_error("The passphrase was not changed", error)

        self.window.runner.submit(lambda: change_desk_passphrase(desk, old, new), done, failed)

    def _tell(self, title: str, text: str) -> None:
        self.window.statusBar().showMessage(title, 15000)
        box = QMessageBox(
            QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self.window
        )
        box.setAccessibleName(title)
        box.setAccessibleDescription(text)
        self.window.message = box
        box.open()
