"""The Briefing packs page: choose, make, publish, supplement, cancel, open and print, as a clerk would."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from cpdesk.domain.desk import Desk
from cpdesk.domain.example import write_example
from cpdesk.domain.pack_model import SECTIONS
from cpdesk.views.main_window import MainWindow
from cpdesk.views.packs.page import BriefingPacksPage
from cpdesk.views.packs.printing import new_printer, print_pdf

TODAY = date.today()


@pytest.fixture(scope="module")
def example_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_example(tmp_path_factory.mktemp("packs-page") / "example.db", TODAY)


@pytest.fixture
def desk(example_file: Path, tmp_path: Path) -> Iterator[Desk]:
    copy = tmp_path / "example.db"
    shutil.copy(example_file, copy)
    opened = Desk.open(copy)
    yield opened
    opened.close()


@pytest.fixture
def window(desk: Desk, make_window: Callable[[Desk], MainWindow]) -> MainWindow:
    return make_window(desk)


def _page(window: MainWindow) -> BriefingPacksPage:
    window.go_to(window.nav.count() - 1)
    page = window.page(window.nav.count() - 1)
    assert isinstance(page, BriefingPacksPage)
    return page


def _text(pdf: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages).split())


def test_the_page_is_last_in_the_list_and_starts_on_the_next_meeting(window: MainWindow, desk: Desk) -> None:
    page = _page(window)
    assert window.nav.item(window.nav.count() - 1).text() == "Briefing packs"
    chosen = page.meeting()
    assert chosen is not None and chosen.id == desk.meetings.find("next").id
    assert page.chosen_sections() == [key for key in SECTIONS if key in page.chosen_sections()]
    assert "has not been published yet" in page.published_label.text()
    assert page.make_button.isEnabled() and page.publish_button.isEnabled()
    assert not page.supplement_button.isEnabled() and not page.reissue_button.isEnabled()


def test_the_chairs_edition_offers_its_own_sections_and_the_members_is_never_published(
    window: MainWindow,
) -> None:
    page = _page(window)
    page.edition_box.setCurrentIndex(page.edition_box.findData("chair"))
    assert "tracker" in page.chosen_sections() and "awaiting" in page.chosen_sections()
    page.edition_box.setCurrentIndex(page.edition_box.findData("member"))
    assert "my_notes" in page.chosen_sections() and "tracker" not in page.chosen_sections()
    assert "never published" in page.published_label.text()
    assert not page.publish_button.isEnabled()


def test_make_writes_the_pack_with_the_sections_ticked_then_open_and_print(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(window)
    page.set_sections(["cover", "agenda", "since"])
    out = tmp_path / "pack.pdf"
    page.make("draft", out)
    assert page.made is not None and out.exists() and (tmp_path / "pack.html").exists()
    text = _text(out)
    assert "Since the last meeting" in text and "Draft minutes of the last meeting" not in text
    assert "Saved" in page.result_label.text() or "Wrote" in page.result_label.text()
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    page.open_button.click()
    page.open_html_button.click()
    assert opened == [str(out), str(tmp_path / "pack.html")]

    printer = new_printer("pack")
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))  # printing to a file stands in for a printer
    assert print_pdf(printer, out.read_bytes()) == len(pypdf.PdfReader(out).pages)
    assert len(pypdf.PdfReader(printed).pages) == len(pypdf.PdfReader(out).pages)


def test_publish_then_the_supplement_and_reissue_buttons_take_over(
    window: MainWindow, desk: Desk, tmp_path: Path
) -> None:
    page = _page(window)
    page.make("publish", tmp_path / "v1.pdf")
    assert "Published so far (1)" in page.published_label.text()
    assert page.published_list.item(0).text().startswith("Version 1: published ")
    assert not page.publish_button.isEnabled() and page.supplement_button.isEnabled()
    meeting = page.meeting()
    assert meeting is not None
    item = desk.agenda.items(meeting.id)[-3]
    desk.agenda.update_item(item.id, title="A new title for the item")
    page.make("draft", tmp_path / "again.pdf")
    assert (tmp_path / "again.pdf").read_bytes() == (tmp_path / "v1.pdf").read_bytes()
    assert "A new title for the item" in page.result_label.text()
    page.make("supplement", tmp_path / "s1.pdf")
    assert "Published so far (2)" in page.published_label.text()
    assert next(iter(pypdf.PdfReader(tmp_path / "s1.pdf").page_labels)) == "S1-1"
    assert [page.published_list.item(n).text().split(":")[0] for n in range(page.published_list.count())] == [
        "Version 1",
        "Supplement 1 (S1)",
    ]
    page.published_list.setCurrentRow(0)
    page.save_copy(tmp_path / "v1 again.pdf")
    assert (tmp_path / "v1 again.pdf").read_bytes() == (tmp_path / "v1.pdf").read_bytes()
    assert "unchanged" in page.result_label.text()


def test_cancel_stops_the_build_and_writes_nothing(window: MainWindow, tmp_path: Path) -> None:
    page = _page(window)
    page._cancel.set()  # the user pressed Cancel before the first step finished
    # make() clears the flag as it starts, so cancel from inside the first progress report instead
    page._signals.progress.connect(lambda *_: page.cancel_button.click())
    page.make("draft", tmp_path / "pack.pdf")
    assert "you cancelled it" in page.result_label.text()
    assert list(tmp_path.glob("pack*")) == []
    assert not page.building and page.make_button.isEnabled()


def test_a_failed_build_is_told_and_leaves_no_file(window: MainWindow, tmp_path: Path, qtbot: QtBot) -> None:
    page = _page(window)
    page.make("draft", tmp_path / "no such folder" / "pack.pdf")
    assert "was not made" in page.result_label.text()
    assert page.messages.box is not None and "does not exist" in page.messages.box.text()
    page.messages.box.close()
    assert not (tmp_path / "no such folder").exists()


def test_the_sections_list_ticks_with_the_keyboard(window: MainWindow, qtbot: QtBot) -> None:
    page = _page(window)
    page.sections_list.setFocus()
    page.sections_list.setCurrentRow(0)
    qtbot.keyClick(page.sections_list, Qt.Key.Key_Space)
    assert "cover" not in page.chosen_sections()
