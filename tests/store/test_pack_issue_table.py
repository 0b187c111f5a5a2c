"""Schema 9: published packs, kept byte for byte, on databases migrated from released schemas."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path
from uuid import UUID

import pytest

from cpdesk.domain.desk import Desk
from cpdesk.domain.pack_model import Cover, Fields, Pack, Para, Section
from cpdesk.errors import LockedError

RELEASED = Path(__file__).parent / "released"
MEETING = UUID("373db16963f541bbb0d547db9ab7f583")  # 5 August 2025 in the released dumps v8 and v9
ITEMS = [
    ("e498dec80ed94143857c16e273ce0bd6", "Apologies for absence and declarations of interest"),
    ("13a59fde42ef41018702ab971ba0884f", "Minutes of the last meeting"),
    ("37c684f9758d40f4b1ea53d8df9875f2", "Action log"),
    ("18b6c17e8b094f398fa5bea7981dd7d5", "Feedback from the Young People's Corporate Parenting Meeting"),
    ("5bb32f52b9954754b55989bbe2b08e29", "Work programme"),
    ("ea7d6e8a44f9472184166aaee3b45767", "Date of the next meeting"),
]


def pack(venue: str) -> Pack:
    """The pack the v9 dump's publications were made from (v1 in New Shire Hall; S1 told the new venue)."""
    cover = Cover(
        "Cambridgeshire County Council",
        "Corporate Parenting Sub-Committee",
        date(2025, 8, 5),
        "14:00",
        venue,
        ("Cllr A Example (Chair)",),
        "committee",
    )
    items = tuple(
        Section(f"item:{UUID(i)}", f"Item {n}. {t}", (Fields((("Type", "Standing item"),)),))
        for n, (i, t) in enumerate(ITEMS, 1)
    )
    agenda = Section("agenda", "Agenda", (), items, new_page=True)
    actions = Section("actions", "Action log", (Para("A25-001: in progress."),), new_page=True)
    return Pack(MEETING, cover, (agenda, actions), date(2025, 7, 20))


def load(dump: str, path: Path) -> Path:
    with sqlite3.connect(path) as conn:
        conn.executescript((RELEASED / dump).read_text(encoding="utf-8"))
    conn.close()
    return path


def test_a_version_8_database_migrated_publishes_and_keeps_what_it_published(tmp_path: Path) -> None:
    path = load("v8.sql", tmp_path / "v8.db")
    with Desk.open(path, today=lambda: date(2025, 7, 20)) as desk:
        assert desk.pack_issues.issues(MEETING) == []
        issue = desk.pack_issues.publish(pack("New Shire Hall"), b"%PDF-1.7 published\n", "<html></html>", 3)
        assert desk.pack_issues.changes(pack("Room 2")) == [
            "The venue changed from “New Shire Hall” to “Room 2”"
        ]
        with pytest.raises(LockedError, match="a published pack is kept exactly as it was published"):
            desk.db.execute_sql("UPDATE pack_issue SET html = '<html>changed</html>'")
    with sqlite3.connect(path) as conn:  # the database itself refuses, whatever program writes to it
        with pytest.raises(sqlite3.IntegrityError, match="cpdesk-locked: a published pack is kept"):
            conn.execute("UPDATE pack_issue SET page_count = 4")
        with pytest.raises(sqlite3.IntegrityError, match="cpdesk-locked: a published pack is kept"):
            conn.execute("DELETE FROM pack_issue")
        row = conn.execute("SELECT pdf, page_count FROM pack_issue WHERE id = ?", (issue.id.hex,)).fetchone()
    conn.close()
    assert row == (b"%PDF-1.7 published\n", 3)


def test_the_released_version_9_publications_read_back_and_compare(tmp_path: Path) -> None:
    path = load("v9.sql", tmp_path / "v9.db")
    with sqlite3.connect(path) as conn:
        stored = conn.execute("SELECT pdf FROM pack_issue ORDER BY supplement").fetchall()
        snaps = [
            json.loads(r[0]) for r in conn.execute("SELECT snapshot FROM pack_issue ORDER BY supplement")
        ]
    conn.close()
    assert [s["supplement"] for s in snaps] == [0, 1] and snaps[1]["sections"][0]["key"] == "changes"
    with Desk.open(path, today=lambda: date(2025, 8, 1)) as desk:
        issues = desk.pack_issues.issues(MEETING, "committee")
        assert [(i.label, i.published_on) for i in issues] == [
            ("Version 1", date(2025, 7, 20)),
            ("Supplement 1 (S1)", date(2025, 7, 28)),
        ]
        assert [desk.pack_issues.pdf(i.id) for i in issues] == [r[0] for r in stored]
        assert desk.pack_issues.html(issues[1].id).startswith("<!DOCTYPE html>")
        # The version and its supplement together stand for the pack as it is now.
        assert desk.pack_issues.changes(pack("Council Chamber, New Shire Hall")) == []
        assert desk.pack_issues.changes(pack("New Shire Hall")) == [
            "The venue changed from “Council Chamber, New Shire Hall” to “New Shire Hall”"
        ]
        assert desk.pack_issues.supplement(pack("Room 2")).supplement == 2
