"""A paper read inside cpdesk: page by page, found in, quoted from, with my notes on it beside the page."""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID

import pypdfium2 as pdfium
from PySide6.QtCore import QEvent, QRectF, Qt, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from cpdesk.domain.desk import Desk
from cpdesk.domain.notes import Note
from cpdesk.domain.paper_text import normalised
from cpdesk.errors import CpdeskError
from cpdesk.views.common.changes import AGENDA, NOTES, ChangeHub
from cpdesk.views.common.confirm import Confirmer, DialogConfirmer
from cpdesk.views.common.desk_work import Loader
from cpdesk.views.common.forms import Messages
from cpdesk.views.common.tasks import Runner
from cpdesk.views.common.text_size import system_point_size
from cpdesk.views.common.widgets import button, flow
from cpdesk.views.papers.note_forms import NoteDialog, QuoteDialog
from cpdesk.views.papers.page_view import PageView
from cpdesk.views.papers.pdf import PageCache, PaperPdf, Rendered, holds, to_pdf, to_pixels

ZOOM_STEP = 1.25
LOWEST_ZOOM, HIGHEST_ZOOM = 0.25, 8.0
NOTE_ROLE = Qt.ItemDataRole.UserRole


def note_text(note: Note) -> str:
    """A note as the list shows it: page, whether it is a question, the words quoted, the note, and where
    the paper was revised since, why it is not where it was put (never hidden)."""
    head = f"Page {note.page}" if note.page is not None else "The whole paper"
    if note.is_question:
        head += " · Question" + (f" (asked {note.asked_on:%d/%m/%Y})" if note.asked_on else "")
    lines = [head]
    if note.quote:
        lines.append(f"“{note.quote}”")
    lines.append(note.text)
    if note.anchor_note:
        lines.append(f"⚠ {note.anchor_note}")
    return "\n".join(lines)


class PaperReader(QWidget):
    """A window of its own (not modal) showing one paper; PDFium is used only through the runner (pdf.py)."""

    def __init__(
        self,
        desk: Desk,
        hub: ChangeHub,
        runner: Runner,
        paper_id: UUID,
        *,
        title: str = "",
        file_name: str = "",
        page: int | None = None,
        confirmer: Confirmer | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._desk, self._hub, self._runner = desk, hub, runner
        self.paper_id, self.title, self.file_name = paper_id, title or "Paper", file_name or "paper.pdf"
        self.confirmer: Confirmer = confirmer or DialogConfirmer()
        self.messages = Messages(self)
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl  # replaced in tests
        self.dialog: QWidget | None = None  # the form last opened, for tests
        self._pdf: PaperPdf | None = None  # touched only by work on the runner
        self._data = b""
        self.texts: list[str] = []
        self.page = 0  # 1-based; 0 until the paper is read
        self._wanted = page or 1
        self.cache = PageCache()
        self._drawing: set[tuple[int, float]] = set()
        self.zoom = 1.0  # the reader's own zoom, on top of the app's text size
        self.fit_width = False
        self.passage, self.passage_page = "", 0
        self._last_find = ""
        self._mark_words = ""  # words to mark on each page shown (a find or a note's quote)
        self.notes: list[Note] = []
        self._notes_loader = Loader(self, desk, runner, self.messages.error)
        self.setWindowTitle(f"{self.title} – cpdesk")
        self.setAccessibleName(f"Paper: {self.title}")

        self.previous_button = button("&Previous page", "The page before (Page Up)")
        self.next_button = button("&Next page", "The page after (Page Down or Space)")
        self.page_box = QSpinBox()
        self.page_box.setAccessibleName("Page")
        self.page_box.setMinimum(1)
        self.page_box.setKeyboardTracking(False)  # typing "12" goes to page 12, not to 1 then 12
        page_label = QLabel("Pa&ge")
        page_label.setBuddy(self.page_box)
        self.of_label = QLabel("of …")
        self.zoom_out_button = button("Zoom &out", "Smaller pages")
        self.zoom_in_button = button("&Zoom in", "Larger pages")
        self.fit_button = button("&Fit width", "Pages as wide as the window")
        self.system_button = button("Open in the s&ystem viewer", "Open this paper in your own PDF reader")
        self.find_box = QLineEdit()
        self.find_box.setAccessibleName("Find in this paper")
        self.find_box.setPlaceholderText("Words to find; Enter for the next page holding them")
        self.find_box.setClearButtonEnabled(True)
        find_label = QLabel("F&ind:")
        find_label.setBuddy(self.find_box)
        self.find_button = button("Find &next", "The next page holding the words")
        self.status = QLabel()
        self.status.setAccessibleName("Reader status")
        self.status.setWordWrap(True)

        self.view = PageView()
        self.scroller = QScrollArea()
        self.scroller.setWidget(self.view)
        self.scroller.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroller.setAccessibleName("Page of the paper")
        self.scroller.setFocusProxy(self.view)
        self.scroller.setStyleSheet("QScrollArea { background: #6b6b6b; }")

        notes_label = QLabel("My &notes on this paper")
        self.notes_list = QListWidget()
        self.notes_list.setAccessibleName("My notes on this paper")
        self.notes_list.setAccessibleDescription("Enter goes to a note's page and marks the words it quotes")
        self.notes_list.setWordWrap(True)
        self.notes_list.setAlternatingRowColors(True)
        notes_label.setBuddy(self.notes_list)
        self.passage_label = QLabel()
        self.passage_label.setWordWrap(True)
        self.passage_label.setAccessibleName("Chosen passage")
        self.quote_button = button(
            "&Quote a passage…", "Type or paste words on this page for your note to be about"
        )
        self.note_button = button("&Add a note on this passage…", "Write a private note or a question")
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(notes_label)
        side_layout.addWidget(self.notes_list, 1)
        side_layout.addWidget(self.passage_label)
        side_layout.addLayout(flow(self.quote_button, self.note_button))
        self.splitter = QSplitter()
        self.splitter.addWidget(self.scroller)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        paging = QHBoxLayout()
        for widget in (self.previous_button, self.next_button, page_label, self.page_box, self.of_label):
            paging.addWidget(widget)
        paging.addStretch(1)
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button, self.system_button):
            paging.addWidget(widget)
        finding = QHBoxLayout()
        finding.addWidget(find_label)
        finding.addWidget(self.find_box, 1)
        finding.addWidget(self.find_button)
        layout = QVBoxLayout(self)
        layout.addLayout(paging)
        layout.addLayout(finding)
        layout.addWidget(self.status)
        layout.addWidget(self.splitter, 1)
        self.setTabOrder(self.find_button, self.view)
        self.setTabOrder(self.view, self.notes_list)

        self.view.turn.connect(self.turn)
        self.view.dragged.connect(self.choose_area)
        self.previous_button.clicked.connect(lambda: self.turn("previous"))
        self.next_button.clicked.connect(lambda: self.turn("next"))
        self.page_box.valueChanged.connect(self.go_to)
        self.zoom_in_button.clicked.connect(lambda: self.set_zoom(self.zoom * ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self.set_zoom(self.zoom / ZOOM_STEP))
        self.fit_button.clicked.connect(self.fit_to_width)
        self.system_button.clicked.connect(self.open_in_system_viewer)
        self.find_box.returnPressed.connect(self.find_next)
        self.find_button.clicked.connect(self.find_next)
        self.notes_list.itemActivated.connect(self._note_chosen)
        self.quote_button.clicked.connect(self.quote_passage)
        self.note_button.clicked.connect(self.add_note)
        hub.changed.connect(self._on_changed)
        self._say_passage()
        self.resize(1100, 800)
        self.load()

    # --- reading the paper ---

    def load(self) -> None:
        """Read the paper and its words (again, when it may have been replaced), then its notes."""
        desk, paper_id, old = self._desk, self.paper_id, self._data

        def work() -> tuple[bytes, PaperPdf | None, list[str]]:
            data = desk.run(lambda: desk.agenda.paper_data(paper_id))
            texts = desk.run(lambda: desk.agenda.page_texts(paper_id))
            if data == old:
                return data, None, texts
            try:
                return data, PaperPdf(data), texts
            except pdfium.PdfiumError as error:  # pypdf accepted the file; PDFium cannot draw it
                raise CpdeskError(
                    "cpdesk cannot show this paper's pages; use Open in the system viewer to read it"
                ) from error

        self._runner.submit(work, self._loaded, lambda e: self._failed("The paper could not be read", e))
        self.load_notes()

    def _loaded(self, result: tuple[bytes, PaperPdf | None, list[str]]) -> None:
        data, pdf, texts = result
        if not Shiboken.isValid(self):
            if pdf is not None:
                self._runner.submit(pdf.close, lambda _: None, lambda _: None)
            return
        self.texts = texts
        if pdf is None:
            return  # the same paper as shown
        revised = self._data is not None
        self._close_pdf()
        self._pdf, self._data = pdf, data
        if revised:
            self.say(
                f"This paper was replaced by a revised version of {pdf.page_count} pages; "
                "your notes follow their words."
            )
        self.cache.clear()
        self._drawing.clear()
        self.page_box.blockSignals(True)
        self.page_box.setMaximum(pdf.page_count)
        self.page_box.blockSignals(False)
        self.of_label.setText(f"of {pdf.page_count}")
        self.page = 0
        self.go_to(min(self._wanted, pdf.page_count) if self.page == 0 else self.page)

    @property
    def page_count(self) -> int:
        return self._pdf.page_count if self._pdf is not None else 0

    def _failed(self, title: str, error: BaseException) -> None:
        if Shiboken.isValid(self):
            self.messages.error(title, error)

    def _close_pdf(self) -> None:
        pdf, self._pdf = self._pdf, None
        if pdf is not None:
            self._runner.submit(pdf.close, lambda _: None, lambda _: None)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._close_pdf()
        super().closeEvent(event)

    # --- paging ---

    def turn(self, where: str) -> None:
        targets = {
            "next": self.page + 1,
            "previous": self.page - 1,
            "first": 1,
            "last": self.page_count,
        }
        self.go_to(targets[where])

    def go_to(self, number: int) -> None:
        """Show a page (1-based; kept within the paper)."""
        if self._pdf is None:
            self._wanted = number
            return
        number = max(1, min(number, self.page_count))
        if number != self.page:
            self.view.clear_marks()
            self.scroller.verticalScrollBar().setValue(0)  # a new page is read from its top
        self.page = number
        if self.page_box.value() != number:
            self.page_box.blockSignals(True)
            self.page_box.setValue(number)
            self.page_box.blockSignals(False)
        self.previous_button.setEnabled(number > 1)
        self.next_button.setEnabled(number < self.page_count)
        self.view.setAccessibleName(f"Page {number} of {self.page_count}")
        # A screen reader reads the page's words, which the image cannot give it.
        words = self.texts[number - 1] if number <= len(self.texts) else ""
        self.view.setAccessibleDescription(" ".join(words.split()) or "This page has no words to read")
        self._draw(number)
        if number < self.page_count:
            self._draw(number + 1, show=False)  # the next page is likely next
        self._mark(self._mark_words)

    def scale(self) -> float:
        """Logical pixels per PDF point: fit to the width, or the app's text size times the reader's zoom."""
        if self.fit_width and self._pdf is not None and self.page:
            width = self._pdf.sizes[self.page - 1][0]
            room = self.scroller.viewport().width() - 24
            return max(LOWEST_ZOOM, room / width)
        text = self.font().pointSizeF() / system_point_size()
        return self.logicalDpiX() / 72.0 * text * self.zoom

    def _draw(self, number: int, *, show: bool = True) -> None:
        pdf = self._pdf
        if pdf is None:
            return
        ratio = self.devicePixelRatioF()
        logical = round(self.scale(), 3)
        pixels = round(logical * ratio, 3)
        found = self.cache.get(number - 1, pixels)
        if found is not None:
            if show:
                self._show(found, logical, ratio)
            return
        key = (number - 1, pixels)
        if key in self._drawing:
            return
        self._drawing.add(key)

        def drawn(rendered: Rendered) -> None:
            if not Shiboken.isValid(self) or pdf is not self._pdf:
                return
            self._drawing.discard(key)
            self.cache.put(rendered)
            # The same sum as above: rounding the scale then multiplying can differ from the reverse
            # at a fractional screen scale (125%), which left a revised paper's old page on show.
            if self.page == number and round(round(self.scale(), 3) * self.devicePixelRatioF(), 3) == pixels:
                self._show(rendered, logical, ratio)

        self._runner.submit(
            lambda: pdf.render(number - 1, pixels), drawn, lambda e: self._failed("The page was not shown", e)
        )

    def _show(self, rendered: Rendered, logical: float, ratio: float) -> None:
        image = rendered.image
        image.setDevicePixelRatio(ratio)
        self.view.show_image(image, logical, rendered.height)

    def set_zoom(self, zoom: float) -> None:
        if self.fit_width:  # zooming from the width fitted, not from where the zoom was before
            text = self.font().pointSizeF() / system_point_size()
            zoom = zoom / self.zoom * self.scale() / (self.logicalDpiX() / 72.0 * text)
        self.fit_width = False
        self.zoom = max(LOWEST_ZOOM, min(zoom, HIGHEST_ZOOM))
        self.go_to(self.page)

    def fit_to_width(self) -> None:
        self.fit_width = True
        self.go_to(self.page)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.page:  # the app's text size: pages follow it
            self.go_to(self.page)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fit_width and self.page:
            self.go_to(self.page)

    # --- finding words ---

    def find_next(self) -> None:
        """The next page holding the words (from this one for new words, after it when asked again)."""
        words = self.find_box.text()
        wanted = normalised(words)
        if not wanted or not self.texts:
            return
        again = wanted == self._last_find
        self._last_find = wanted
        holding = [n for n, text in enumerate(self.texts, 1) if holds(text, words)]
        if not holding:
            self._mark_words = ""
            self.view.mark([])
            self.say(f"Not in this paper: “{' '.join(words.split())}”.")
            return
        start = self.page + 1 if again else self.page
        page = next((n for n in holding if n >= start), holding[0])
        count = len(holding)
        self.say(
            f"Found on page {page}"
            + (f" ({holding.index(page) + 1} of {count} pages holding these words)." if count > 1 else ".")
        )
        self._mark_words = words
        self.go_to(page)

    def _mark(self, words: str) -> None:
        """Mark the words on the page shown (worked out by the runner, which holds PDFium)."""
        pdf, number = self._pdf, self.page
        if pdf is None or not words.strip():
            return

        def found(boxes: list[tuple[float, float, float, float]]) -> None:
            if Shiboken.isValid(self) and self.page == number and pdf is self._pdf:
                self.view.mark(boxes)
                if boxes:  # the first place marked is brought into sight
                    where = to_pixels(boxes[0], self.view.scale, self.view.page_height).center()
                    self.scroller.ensureVisible(int(where.x()), int(where.y()), 50, 100)

        self._runner.submit(
            lambda: pdf.find(number - 1, words), found, lambda e: self._failed("The words were not marked", e)
        )

    def say(self, text: str) -> None:
        self.status.setText(text)

    # --- choosing a passage ---

    def choose_area(self, rect: QRectF) -> None:
        """The words inside the area dragged over on the page become the chosen passage."""
        pdf, number = self._pdf, self.page
        if pdf is None:
            return
        box = to_pdf(rect, self.view.scale, self.view.page_height)

        def read(words: str) -> None:
            if not Shiboken.isValid(self) or self.page != number:
                return
            if words:
                self.choose_passage(number, words)
            else:
                self.say("There are no words in the part of the page you chose.")

        self._runner.submit(
            lambda: pdf.text_in(number - 1, box), read, lambda e: self._failed("The words were not read", e)
        )

    def choose_passage(self, page: int, words: str) -> None:
        self.passage, self.passage_page = words, page
        self._say_passage()
        self.say(f"Passage chosen on page {page}. Add a note on it with Add a note on this passage.")

    def _say_passage(self) -> None:
        if self.passage:
            self.passage_label.setText(f"Passage on page {self.passage_page}: “{self.passage}”")
        else:
            self.passage_label.setText(
                "No passage chosen: drag over words on the page, or use Quote a passage. "
                "A note without one is on the page shown."
            )
        self.passage_label.setAccessibleDescription(self.passage_label.text())

    def quote_passage(self) -> None:
        if not self.page:
            return
        text = self.texts[self.page - 1] if self.page <= len(self.texts) else ""
        dialog = QuoteDialog(self, self._desk, self._runner, self.page, text)
        dialog.confirmer = self.confirmer
        page = self.page

        def chosen(words: str) -> None:
            self.choose_passage(page, words)
            self._mark_words = words
            self._mark(words)

        dialog.chosen = chosen
        self._open(dialog)

    def add_note(self) -> None:
        if not self.page:
            return
        on_page = self.passage if self.passage_page == self.page else ""
        dialog = NoteDialog(self, self._desk, self._runner, self.paper_id, self.page, on_page)
        dialog.confirmer = self.confirmer
        dialog.done_with = self._noted
        self._open(dialog)

    def _noted(self, note: Note) -> None:
        self._hub.announce(NOTES)
        self.passage, self.passage_page = "", 0
        self._say_passage()
        self.say(f"Your note on page {note.page} is saved.")

    def _open(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    # --- my notes ---

    def load_notes(self) -> None:
        desk, paper_id = self._desk, self.paper_id
        self._notes_loader.load(lambda: desk.notes.on("paper", paper_id), self._show_notes, "Notes not read")

    def _show_notes(self, notes: list[Note]) -> None:
        self.notes = notes
        self.notes_list.clear()
        for note in notes:
            item = QListWidgetItem(note_text(note))
            item.setData(NOTE_ROLE, note.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, note_text(note).replace("\n", ". "))
            self.notes_list.addItem(item)
        if not notes:
            item = QListWidgetItem("No notes of yours on this paper yet.")
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.notes_list.addItem(item)

    def _note_chosen(self, item: QListWidgetItem) -> None:
        note = next((n for n in self.notes if n.id == item.data(NOTE_ROLE)), None)
        if note is None:
            return
        self._mark_words = note.quote
        self.go_to(note.page or 1)
        self.say(note.anchor_note + "." if note.anchor_note else f"Your note on page {note.page}.")

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if AGENDA in kinds:
            self.load()  # the paper may have been replaced, which moves notes too
        elif NOTES in kinds:
            self.load_notes()

    # --- the system's own viewer ---

    def open_in_system_viewer(self) -> None:
        from cpdesk.views.meetings.agenda_tab import open_in_system_viewer  # the Meetings page's own way

        open_in_system_viewer(
            self._desk, self._runner, self.paper_id, self.file_name, self.open_url, self.messages.error
        )


def open_reader(
    window: QWidget,
    desk: Desk,
    hub: ChangeHub,
    runner: Runner,
    paper_id: UUID,
    *,
    page: int | None = None,
    title: str = "",
    file_name: str = "",
    confirmer: Confirmer | None = None,
) -> PaperReader:
    """The reader of a paper, at a page: the one already open in this window, else a new one."""
    reader = next((r for r in window.findChildren(PaperReader) if r.paper_id == paper_id), None)
    if reader is None:
        reader = PaperReader(
            desk,
            hub,
            runner,
            paper_id,
            title=title,
            file_name=file_name,
            page=page,
            confirmer=confirmer,
            parent=window,
        )
    elif page is not None:
        reader.go_to(page)
    reader.show()
    reader.raise_()
    reader.activateWindow()
    reader.view.setFocus()
    return reader
