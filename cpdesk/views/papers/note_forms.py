"""The reader's two small forms: quote a passage by typing its words, and write a note on a passage."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from uuid import UUID

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QWidget

from cpdesk.domain.desk import Desk
from cpdesk.errors import InputError
from cpdesk.views.common.forms import FormDialog
from cpdesk.views.common.tasks import Runner
from cpdesk.views.papers.pdf import holds


class QuoteDialog(FormDialog):
    """The keyboard's way to choose a passage: type or paste its words; they must be on the page."""

    inline_refusals = True

    def __init__(self, parent: QWidget, desk: Desk, runner: Runner, page: int, page_text: str) -> None:
        super().__init__(parent, f"Quote a passage on page {page}", "&Quote", desk, runner)
        self._page, self._page_text = page, page_text
        self.say(f"Type or paste the words on page {page} that your note is about.")
        self.words = self.add_row("&Words on the page:", QLineEdit())
        self.chosen: Callable[[str], None] = lambda _words: None

    def work(self) -> Callable[[], Any] | None:
        words = " ".join(self.words.text().split())
        if not words:
            raise InputError("type the words your note is about")
        if not holds(self._page_text, words):
            raise InputError(f"these words are not on page {self._page}; check them against the page")
        self.chosen(words)
        return None  # nothing is written: the passage is chosen for the note to come


class NoteDialog(FormDialog):
    """A private note (or a question to ask) on a page of a paper, and on a passage of it if one is chosen."""

    inline_refusals = True

    def __init__(
        self, parent: QWidget, desk: Desk, runner: Runner, paper_id: UUID, page: int, passage: str
    ) -> None:
        where = f"a passage on page {page}" if passage else f"page {page}"
        super().__init__(parent, f"Add a note on {where}", "&Save note", desk, runner)
        self._paper_id, self._page, self.passage = paper_id, page, passage
        if passage:
            self.say(f"On page {page}: “{passage}”")
        else:
            self.say(f"On page {page} (no passage chosen: the note is on the whole page).")
        self.text = self.add_row("&Note:", QPlainTextEdit())
        self.text.setTabChangesFocus(True)
        self.question = self.add_row(
            "", QCheckBox("&Question to ask at the meeting"), "Question to ask at the meeting"
        )

    def work(self) -> Callable[[], Any] | None:
        desk, paper_id, page, quote = self._desk, self._paper_id, self._page, self.passage
        text, is_question = self.text.toPlainText(), self.question.isChecked()
        return lambda: desk.notes.add(
            "paper", paper_id, text, is_question=is_question, page=page, quote=quote
        )
