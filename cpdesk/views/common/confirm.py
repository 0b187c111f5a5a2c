"""Asking the user to confirm, without blocking: one small helper that tests replace."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtWidgets import QMessageBox, QWidget


class Confirmer(Protocol):
    def ask(self, parent: QWidget, title: str, text: str, yes: str, on_yes: Callable[[], None]) -> None: ...


class DialogConfirmer:
    """A window-modal question with a clearly worded button; on_yes runs only if that button is chosen."""

    def __init__(self) -> None:
        self.box: QMessageBox | None = None  # the question on screen, for tests that drive the real dialog

    def ask(self, parent: QWidget, title: str, text: str, yes: str, on_yes: Callable[[], None]) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
        accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAccessibleName(title)

        def finished() -> None:
            if box.clickedButton() is accept:
                on_yes()

        box.finished.connect(finished)
        self.box = box
        box.open()


class AutoConfirmer:
    """For tests: answers every question at once, and remembers what was asked."""

    def __init__(self, answer: bool = True) -> None:
        self.answer = answer
        self.asked: list[str] = []

    def ask(self, parent: QWidget, title: str, text: str, yes: str, on_yes: Callable[[], None]) -> None:
        self.asked.append(title)
        if self.answer:
            on_yes()
