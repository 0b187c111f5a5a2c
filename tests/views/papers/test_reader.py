"""The paper reader as a member uses it: paging by keys, finding words, quoting a passage, notes beside it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from uuid import UUID

import pytest
from PySide6.QtCore import QPoint, QRectF, Qt, QUrl
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from cpdesk.domain.desk import Desk
from cpdesk.views.common.changes import ChangeHub
from cpdesk.views.common.confirm import AutoConfirmer
from cpdesk.views.common.tasks import SynchronousRunner
from cpdesk.views.main_window import MainWindow
from cpdesk.views.papers.note_forms import NoteDialog, QuoteDialog
from cpdesk.views.papers.pdf import PaperPdf, to_pdf, to_pixels
from cpdesk.views.papers.reader import PaperReader
from tests.helpers import make_text_pdf

PAGES = [
    ["Sufficiency of placements", "Introduction to the report"],
    ["Foster carers recruited this year", "Residential homes in county"],
    ["Care leavers in education", "Summary of placements"],
]


@dataclass
class Paper:
    desk: Desk
    id: UUID
    item: UUID


@pytest.fixture
def paper(strategy_db: Desk, tmp_path: Path) -> Paper:
    desk = strategy_db
    body = desk.people.body("sub_committee").id
    meeting = desk.meetings.create_meeting(body, date(2030, 6, 10), "10:00", "New Shire Hall")
    item = desk.agenda.add_item(meeting.id, "Sufficiency", "decision")
    pdf = make_text_pdf(tmp_path / "sufficiency.pdf", PAGES)
    attached = desk.agenda.attach_paper(item.id, pdf, "Sufficiency report")
    desk.notes.set_current_user("Cllr Example", "member")
    return Paper(desk, attached.id, item.id)


@pytest.fixture
def hub() -> ChangeHub:
    return ChangeHub()


@pytest.fixture
def reader(qtbot: QtBot, paper: Paper, hub: ChangeHub) -> PaperReader:
    made = PaperReader(
        paper.desk,
        hub,
        SynchronousRunner(),
        paper.id,
        title="Sufficiency report",
        file_name="sufficiency.pdf",
        confirmer=AutoConfirmer(),
    )
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def test_the_keys_page_through_the_paper_and_the_page_box_follows(qtbot: QtBot, reader: PaperReader) -> None:
    assert reader.page == 1 and reader.page_box.value() == 1 and reader.of_label.text() == "of 3"
    assert reader.view.image is not None and not reader.view.image.isNull()
    reader.view.setFocus()
    qtbot.keyClick(reader.view, Qt.Key.Key_PageDown)
    assert (reader.page, reader.page_box.value()) == (2, 2)
    assert reader.view.accessibleName() == "Page 2 of 3"
    assert "Foster carers recruited" in reader.view.accessibleDescription()  # read aloud by a screen reader
    qtbot.keyClick(reader.view, Qt.Key.Key_Space)
    assert reader.page_box.value() == 3
    qtbot.keyClick(reader.view, Qt.Key.Key_Space)  # past the last page: stays there
    assert reader.page == 3 and not reader.next_button.isEnabled()
    qtbot.keyClick(reader.view, Qt.Key.Key_Home)
    assert reader.page_box.value() == 1 and not reader.previous_button.isEnabled()
    qtbot.keyClick(reader.view, Qt.Key.Key_End)
    assert reader.page_box.value() == 3
    qtbot.keyClick(reader.view, Qt.Key.Key_PageUp)
    assert reader.page_box.value() == 2
    # Typing in the page box goes to the page.
    reader.page_box.setFocus()
    reader.page_box.selectAll()
    qtbot.keyClicks(reader.page_box, "3")
    qtbot.keyClick(reader.page_box, Qt.Key.Key_Return)
    assert reader.page == 3
    # Pages already drawn are kept: going back shows one without drawing it again.
    assert reader.cache.get(1, round(reader.scale() * reader.devicePixelRatioF(), 3)) is not None


def test_every_control_has_a_name(reader: PaperReader) -> None:
    for widget in reader.findChildren(QWidget):
        inner = widget.objectName().startswith("qt_")  # a spin box's own line edit, named by the box
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisible() and not inner:
            assert widget.accessibleName(), widget
    assert reader.page_box.accessibleName() == "Page"
    assert reader.find_box.accessibleName() == "Find in this paper"


def test_find_goes_to_the_page_with_the_words_and_says_when_they_are_absent(
    qtbot: QtBot, reader: PaperReader
) -> None:
    qtbot.keyClicks(reader.find_box, "care   LEAVERS")
    qtbot.keyClick(reader.find_box, Qt.Key.Key_Return)
    assert reader.page == 3
    assert reader.status.text() == "Found on page 3."
    assert reader.view.found, "the words are marked on the page"
    marked = to_pixels(reader.view.found[0], reader.view.scale, reader.view.page_height)
    assert marked.top() < reader.view.height() / 4  # the first line of the page, near its top

    reader.find_box.clear()
    qtbot.keyClicks(reader.find_box, "placements")  # on pages 1 and 3: Enter again goes on to the next
    qtbot.keyClick(reader.find_box, Qt.Key.Key_Return)
    assert reader.page == 3 and "2 of 2 pages" in reader.status.text()
    qtbot.keyClick(reader.find_box, Qt.Key.Key_Return)
    assert reader.page == 1 and "1 of 2 pages" in reader.status.text()

    reader.find_box.clear()
    qtbot.keyClicks(reader.find_box, "adoption")
    qtbot.keyClick(reader.find_box, Qt.Key.Key_Return)
    assert reader.page == 1 and reader.status.text().startswith("Not in this paper")
    assert reader.view.found == []


def test_a_rectangle_on_the_page_maps_to_pdf_points_and_gives_its_words(paper: Paper) -> None:
    pdf = PaperPdf(paper.desk.agenda.paper_data(paper.id))
    try:
        _width, height = pdf.sizes[1]
        scale = 2.0
        # The second page's first line is drawn at y = 770 points from the bottom, from x = 72.
        rect = QRectF(60 * scale, (height - 785) * scale, 300 * scale, 10 * scale)
        box = to_pdf(rect, scale, height)
        assert box == pytest.approx((60, 775, 360, 785))
        assert to_pixels(box, scale, height) == rect
        assert pdf.text_in(1, box) == "Foster carers recruited this year"
        assert pdf.text_in(1, (0, 0, 50, 50)) == ""
    finally:
        pdf.close()


def test_a_note_on_a_dragged_passage_is_saved_with_its_page_and_words(
    qtbot: QtBot, reader: PaperReader, paper: Paper, hub: ChangeHub
) -> None:
    reader.go_to(2)
    scale, height = reader.view.scale, reader.view.page_height
    start = QPoint(int(60 * scale), int((height - 785) * scale))
    end = QPoint(int(400 * scale), int((height - 767) * scale))
    qtbot.mousePress(reader.view, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(reader.view, end)
    qtbot.mouseRelease(reader.view, Qt.MouseButton.LeftButton, pos=end)
    assert reader.passage == "Foster carers recruited this year"
    assert "Foster carers recruited this year" in reader.passage_label.text()

    announced: list[frozenset[str]] = []
    hub.changed.connect(announced.append)
    qtbot.mouseClick(reader.note_button, Qt.MouseButton.LeftButton)
    dialog = reader.dialog
    assert isinstance(dialog, NoteDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.text, "How many left within a year?")
    dialog.question.setChecked(True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    (note,) = paper.desk.notes.on("paper", paper.id)
    assert (note.page, note.quote, note.is_question) == (2, "Foster carers recruited this year", True)
    assert note.text == "How many left within a year?"
    assert announced == [frozenset({"notes"})]
    text = reader.notes_list.item(0).text()
    assert "Page 2 · Question" in text and "“Foster carers recruited this year”" in text


def test_a_passage_quoted_by_keyboard_is_checked_against_the_page(
    qtbot: QtBot, reader: PaperReader, paper: Paper
) -> None:
    reader.go_to(3)
    qtbot.mouseClick(reader.quote_button, Qt.MouseButton.LeftButton)
    dialog = reader.dialog
    assert isinstance(dialog, QuoteDialog)
    qtbot.keyClicks(dialog.words, "Foster carers")  # on page 2, not this one
    qtbot.keyClick(dialog.words, Qt.Key.Key_Return)
    assert dialog.isVisible() and "not on page 3" in dialog.problem.text()
    dialog.words.setText("summary  OF placements")
    qtbot.keyClick(dialog.words, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert (reader.passage, reader.passage_page) == ("summary OF placements", 3)
    assert reader.view.found  # the quoted words are marked

    qtbot.mouseClick(reader.note_button, Qt.MouseButton.LeftButton)
    note_form = reader.dialog
    assert isinstance(note_form, NoteDialog)
    qtbot.keyClicks(note_form.text, "Compare with last year")
    qtbot.mouseClick(note_form.ok_button, Qt.MouseButton.LeftButton)
    (note,) = paper.desk.notes.on("paper", paper.id)
    assert (note.page, note.quote, note.is_question) == (3, "summary OF placements", False)


def test_with_nobody_using_cpdesk_a_note_is_refused_plainly(
    qtbot: QtBot, tmp_path: Path, paper: Paper, hub: ChangeHub
) -> None:
    desk = paper.desk
    from cpdesk.store.indicators import Setting  # the fixture set a user: take the setting away again

    with desk.bound():
        Setting.delete().where(Setting.key == "current_user").execute()
    reader = PaperReader(desk, hub, SynchronousRunner(), paper.id, confirmer=AutoConfirmer())
    qtbot.addWidget(reader)
    reader.show()
    qtbot.mouseClick(reader.note_button, Qt.MouseButton.LeftButton)
    dialog = reader.dialog
    assert isinstance(dialog, NoteDialog)
    qtbot.keyClicks(dialog.text, "A note")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "say who is using cpdesk first" in dialog.problem.text().lower()


def test_a_note_whose_words_are_gone_from_a_revised_paper_says_so_in_the_list(
    qtbot: QtBot, reader: PaperReader, paper: Paper, hub: ChangeHub, tmp_path: Path
) -> None:
    desk = paper.desk
    desk.notes.add("paper", paper.id, "Why so few?", page=2, quote="Residential homes in county")
    desk.notes.add("paper", paper.id, "Good", page=3, quote="Care leavers in education")
    revised = [PAGES[0], ["Foster carers recruited this year"], ["Care leavers in education"]]
    desk.agenda.replace_paper(paper.id, make_text_pdf(tmp_path / "revised.pdf", revised))
    hub.announce("agenda")
    texts = [reader.notes_list.item(row).text() for row in range(reader.notes_list.count())]
    lost = next(t for t in texts if "Why so few?" in t)
    assert "“Residential homes in county”" in lost
    assert "⚠ The paper was revised and these words are no longer in it" in lost
    kept = next(t for t in texts if "Good" in t)
    assert "⚠" not in kept
    # Choosing the lost note goes to its page and says why its words are not marked.
    row = texts.index(lost)
    reader.notes_list.setCurrentRow(row)
    reader.notes_list.itemActivated.emit(reader.notes_list.item(row))
    assert reader.page == 2 and "no longer in it" in reader.status.text()
    assert reader.view.found == []
    # Choosing the kept one marks its words.
    row = texts.index(kept)
    reader.notes_list.itemActivated.emit(reader.notes_list.item(row))
    assert reader.page == 3 and reader.view.found


def test_zoom_buttons_and_the_app_text_size_change_the_page(qtbot: QtBot, reader: PaperReader) -> None:
    width = reader.view.width()
    qtbot.mouseClick(reader.zoom_in_button, Qt.MouseButton.LeftButton)
    assert reader.view.width() == pytest.approx(width * 1.25, abs=2)
    qtbot.mouseClick(reader.zoom_out_button, Qt.MouseButton.LeftButton)
    assert reader.view.width() == pytest.approx(width, abs=2)
    font = QApplication.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    QApplication.setFont(font)
    QApplication.sendPostedEvents()
    assert reader.view.width() == pytest.approx(width * 2, abs=3)
    qtbot.mouseClick(reader.fit_button, Qt.MouseButton.LeftButton)
    assert abs(reader.view.width() - (reader.scroller.viewport().width() - 24)) <= 2


def test_the_system_viewer_gets_a_copy_of_the_paper(qtbot: QtBot, reader: PaperReader, paper: Paper) -> None:
    opened: list[QUrl] = []
    reader.open_url = lambda url: opened.append(url) or True
    qtbot.mouseClick(reader.system_button, Qt.MouseButton.LeftButton)
    (url,) = opened
    assert url.fileName() == "sufficiency.pdf"
    assert Path(url.toLocalFile()).read_bytes() == paper.desk.agenda.paper_data(paper.id)


def test_the_main_window_opens_a_paper_at_a_page_and_the_agenda_reads_one(
    qtbot: QtBot, paper: Paper, make_window: object
) -> None:
    window = make_window(paper.desk)  # type: ignore[operator]
    assert isinstance(window, MainWindow)
    window.open_paper(paper.id, 3)  # as a search result or My preparation opens it: by its id alone
    (reader,) = window.findChildren(PaperReader)
    assert reader.isVisible() and reader.page == 3
    assert reader.windowTitle().startswith("Sufficiency report")
    window.open_paper(paper.id, 2)  # the same window again, at the page asked for
    assert window.findChildren(PaperReader) == [reader] and reader.page == 2
    reader.close()
    qtbot.waitUntil(lambda: not window.findChildren(PaperReader))

    (meetings,) = window.nav.findItems("Meetings", Qt.MatchFlag.MatchExactly)
    window.nav.setCurrentItem(meetings)
    page = window.meetings_page
    meeting = paper.desk.meetings.meetings()[0]
    page.select_meeting(meeting.id)
    tab = page.agenda_tab
    page.tabs.setCurrentWidget(tab)
    tab.view.selectRow(tab.model.row_of(paper.item))
    assert tab.read_button.isEnabled()
    qtbot.mouseClick(tab.read_button, Qt.MouseButton.LeftButton)
    (reader,) = window.findChildren(PaperReader)
    assert reader.windowTitle().startswith("Sufficiency report") and reader.page == 1


def test_the_reader_is_readable(qtbot: QtBot, reader: PaperReader, paper: Paper) -> None:
    paper.desk.notes.add("paper", paper.id, "How many left within a year?", page=2, quote="Foster carers")
    reader.load_notes()
    reader.go_to(2)
    qtbot.keyClicks(reader.find_box, "foster carers")
    qtbot.keyClick(reader.find_box, Qt.Key.Key_Return)
    reader.resize(1100, 800)
    reader.grab().save("/tmp/reader.png")


def test_a_revised_paper_replaces_the_old_from_the_agenda_and_the_note_follows_its_words(
    qtbot: QtBot, paper: Paper, make_window: object, tmp_path: Path
) -> None:
    desk = paper.desk
    note = desk.notes.add(
        "paper",
        paper.id,
        "Ask how many carers left",
        is_question=True,
        page=2,
        quote="Foster carers recruited",
    )
    window = make_window(desk)  # type: ignore[operator]
    assert isinstance(window, MainWindow)
    window.go_to(1)
    page = window.meetings_page
    page.select_meeting(desk.meetings.meetings()[0].id)
    tab = page.agenda_tab
    page.tabs.setCurrentWidget(tab)
    tab.view.selectRow(tab.model.row_of(paper.item))
    qtbot.waitUntil(lambda: tab.replace_button.isEnabled())
    qtbot.mouseClick(tab.replace_button, Qt.MouseButton.LeftButton)
    assert (
        tab.file_dialog is not None and tab.file_dialog.isVisible()
    )  # it asks for the file, blocking nothing
    tab.file_dialog.reject()
    revised = make_text_pdf(tmp_path / "revised.pdf", [["Cover"], *PAGES])
    tab.replace(paper.id, revised)
    qtbot.waitUntil(
        lambda: tab.note.text().startswith("Replaced “Sufficiency report” with revised.pdf (4 pages)")
    )
    moved = desk.notes.note(note.id)
    assert (moved.page, moved.anchor) == (3, "moved")
    assert [p.page_count for p in desk.agenda.papers(paper.item)] == [4]
