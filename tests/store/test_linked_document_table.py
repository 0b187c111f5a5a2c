"""Schema 11: documents the committee system links to an item, and where an item came from; both are part
of the locked record of a meeting whose minutes are approved."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from uuid import UUID

import peewee as pw
import pytest

from cpdesk.domain import moderngov_import as mgi
from cpdesk.domain.desk import Desk
from cpdesk.errors import LockedError
from cpdesk.store import meetings as m

RELEASED = Path(__file__).parent / "released"
LINK = "https://democracy.example.gov.uk/mgConvert2PDF.aspx?ID=1"


def _approved_item(desk: Desk) -> tuple[UUID, UUID]:
    """An item with a linked document on a meeting whose minutes are approved: (item id, document id)."""
    body = desk.people.body("sub_committee").id
    held = desk.meetings.create_meeting(body, date(2026, 1, 6), "10:00")
    item = desk.agenda.add_item(held.id, "Fostering report")
    with desk.bound():
        document = m.LinkedDocument.create(agenda_item=item.id, position=0, title="Report", url=LINK)
    desk.meetings.set_status(held.id, "held")
    later = desk.meetings.create_meeting(body, date(2026, 2, 3), "10:00")
    desk.agenda.build_from_template(later.id)
    desk.minutes.approve(held.id, later.id)
    return item.id, document.id


def test_a_linked_document_of_an_approved_meeting_cannot_be_added_changed_or_removed(
    strategy_db: Desk,
) -> None:
    item, document = _approved_item(strategy_db)
    with strategy_db.bound():
        with pytest.raises(LockedError, match="approved and locked"):
            m.LinkedDocument.create(agenda_item=item, position=1, title="Late appendix", url=LINK)
        with pytest.raises(LockedError, match="approved and locked"):
            m.LinkedDocument.update(title="Changed").where(m.LinkedDocument.id == document).execute()
        with pytest.raises(LockedError, match="approved and locked"):
            m.LinkedDocument.delete().where(m.LinkedDocument.id == document).execute()
        with pytest.raises(LockedError, match="approved and locked"):
            m.AgendaItem.update(imported_from="moderngov").where(m.AgendaItem.id == item).execute()
    assert [d.title for d in strategy_db.agenda.linked_documents(item)] == ["Report"]


def test_another_program_cannot_change_the_locked_links_either(strategy_db: Desk) -> None:
    _approved_item(strategy_db)
    strategy_db.close()
    conn = sqlite3.connect(strategy_db.path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="cpdesk-locked"):
            conn.execute('UPDATE "linked_document" SET "url" = ?', ("https://elsewhere.example/",))
        with pytest.raises(sqlite3.IntegrityError, match="cpdesk-locked"):
            conn.execute('DELETE FROM "linked_document"')
    finally:
        conn.close()


@pytest.mark.parametrize(
    "url", ["", "ftp://files.example/report.pdf", "javascript:alert(1)", "https://", "report.pdf"]
)
def test_a_linked_document_must_have_a_web_address(strategy_db: Desk, url: str) -> None:
    body = strategy_db.people.body("sub_committee").id
    meeting = strategy_db.meetings.create_meeting(body, date(2026, 3, 3), "10:00")
    item = strategy_db.agenda.add_item(meeting.id, "Item")
    with strategy_db.bound():
        m.LinkedDocument.create(agenda_item=item.id, position=0, title="Report", url="HTTPS://ok.example/a")
        with pytest.raises(pw.IntegrityError):
            m.LinkedDocument.create(agenda_item=item.id, position=1, title="Report", url=url)


def test_the_released_version_11_documents_read_back_and_a_new_import_finds_them(tmp_path: Path) -> None:
    path = tmp_path / "v11.db"
    with sqlite3.connect(path) as conn:
        conn.executescript((RELEASED / "v11.sql").read_text(encoding="utf-8"))
    conn.close()
    with Desk.open(path) as desk:
        meeting = desk.meetings.meeting(mgi.meeting_key("4967"))
        items = desk.agenda.items(meeting.id)
        assert [(i.title, i.imported_from) for i in items] == [
            ("Minutes", "moderngov"),
            ("Work Programme", "moderngov"),
        ]
        assert [d.url for d in desk.agenda.linked_documents(items[1].id)] == [
            "https://democracy.manchester.gov.uk/mgConvert2PDF.aspx?ID=60909"
        ]
        others = [
            i for m_ in desk.meetings.meetings() if m_.id != meeting.id for i in desk.agenda.items(m_.id)
        ]
        assert others and {i.imported_from for i in others} == {None}, "the clerk's items stay the clerk's"
        assert {h.title for h in desk.search.search("DRAFT WP")} >= {
            "10 February 2026: linked document “DRAFT WP FEBRUARY 2026”"
        }
