"""The Agenda tab lists the documents the committee system links to the selected item and opens them."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from cpdesk.domain import moderngov_import as mgi
from cpdesk.domain.desk import Desk
from cpdesk.views.common.changes import ChangeHub
from cpdesk.views.common.confirm import AutoConfirmer
from cpdesk.views.common.tasks import SynchronousRunner
from cpdesk.views.meetings.page import MeetingsPage
from tests.domain.test_moderngov_import import document_xml, item_xml, meeting_xml
from tests.helpers import Clock

REPORT = "https://democracy.example.gov.uk/mgConvert2PDF.aspx?ID=11"


@pytest.fixture
def desk(_strategy_template: Path, db_path: Path, tmp_path: Path) -> Iterator[Desk]:
    """A meeting imported from the committee system: an item with two linked documents, one without."""
    shutil.copyfile(_strategy_template, db_path)
    with Desk.open(db_path, today=Clock(date(2026, 1, 20))) as opened:
        response = tmp_path / "meeting.xml"
        documents = document_xml(11, "Fostering report") + document_xml(12, "Appendix A", restricted="True")
        items = item_xml(1, "Fostering", documents=documents) + item_xml(2, "Any other business")
        response.write_bytes(meeting_xml(items=items))
        mgi.import_file(opened, response)
        yield opened


@pytest.fixture
def page(qtbot: QtBot, desk: Desk) -> MeetingsPage:
    shown = MeetingsPage(desk, ChangeHub(), SynchronousRunner(), AutoConfirmer())  # type: ignore[arg-type]
    qtbot.addWidget(shown)
    shown.resize(1280, 800)
    shown.show()
    qtbot.waitExposed(shown)
    (meeting,) = desk.meetings.meetings()
    shown.select_meeting(meeting.id)
    return shown


def test_the_selected_item_s_linked_documents_are_listed_and_opened(
    qtbot: QtBot, page: MeetingsPage, qtmodeltester: ModelTester
) -> None:
    tab = page.agenda_tab
    tab.view.selectRow(0)
    assert tab.documents_label.text() == (
        "Linked documents for item 1: Fostering report; Appendix A (restricted)"
    )
    assert [[tab.documents.index(r, c).data() for c in range(3)] for r in range(2)] == [
        ["Fostering report", "Public", REPORT],
        ["Appendix A", "Restricted", "https://democracy.example.gov.uk/mgConvert2PDF.aspx?ID=12"],
    ]
    qtmodeltester.check(tab.documents)
    assert tab.documents_view.isVisible() and tab.open_link_button.isEnabled()
    assert tab.documents_view.accessibleName() == "Linked documents of the selected item"
    assert tab.open_link_button.accessibleName() == "Open link"
    opened: list[QUrl] = []
    tab.open_url = lambda url: opened.append(url) or True
    qtbot.mouseClick(tab.open_link_button, Qt.MouseButton.LeftButton)
    assert [u.toString() for u in opened] == [REPORT]

    # By keyboard: Enter on a chosen document opens it, and so does the button, reached with Tab.
    tab.documents_view.setFocus()
    qtbot.keyClick(tab.documents_view, Qt.Key.Key_Down)
    qtbot.keyClick(tab.documents_view, Qt.Key.Key_Return)
    assert opened[-1].toString().endswith("ID=12")
    assert tab.open_link_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    tab.open_link_button.setFocus()
    qtbot.keyClick(tab.open_link_button, Qt.Key.Key_Space)
    assert len(opened) == 3 and opened[-1].toString().endswith("ID=12")


def test_an_item_without_linked_documents_shows_none_and_no_button(page: MeetingsPage) -> None:
    tab = page.agenda_tab
    tab.view.selectRow(1)
    assert tab.documents_label.text() == "Linked documents for item 2: none"
    assert tab.documents.rowCount() == 0
    assert not tab.documents_view.isVisible() and not tab.open_link_button.isVisible()


def test_a_link_no_program_opens_is_said(qtbot: QtBot, page: MeetingsPage) -> None:
    tab = page.agenda_tab
    tab.view.selectRow(0)
    tab.open_url = lambda url: False
    qtbot.mouseClick(tab.open_link_button, Qt.MouseButton.LeftButton)
    box = page.messages.box
    assert isinstance(box, QMessageBox) and box.windowTitle() == "The linked document could not be opened"
    assert REPORT in box.text()
    box.close()
