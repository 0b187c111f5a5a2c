"""No readable copy of the data anywhere: a phrase in every kind of record is in no file cpdesk wrote.

The database is encrypted; a user works as usual (an upgrade, search, a paper opened in the viewer, notes
exported and imported, backups by hand and of the day, a restore, a fault logged), closes cpdesk, and
every file under the data folder and the temporary folder cpdesk used is read byte by byte. The phrase is
looked for in any case, as UTF-8 and as UTF-16. A briefing pack is left out: it is a document the user
asked for, written where they chose, and plain by design.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from uuid import UUID

import pytest

from cpdesk.domain.agenda import OfficerReport
from cpdesk.domain.desk import Desk
from cpdesk.errors import InputError
from cpdesk.faults import record_fault
from cpdesk.store import meetings as m
from cpdesk.store.cipher import encrypt_file, is_encrypted
from tests.helpers import make_text_pdf

KEY = "correct horse battery staple"
PHRASE = "Quokka Harpsichord Lantern"
RELEASED = Path(__file__).parent / "store" / "released"


def forms(phrase: str) -> list[bytes]:
    low = phrase.lower()
    return [low.encode("utf-8"), low.encode("utf-16-le"), low.encode("utf-16-be")]


def holding(folder: Path) -> list[str]:
    """Every file under folder in which the phrase (or a word of it) can be read, in any case."""
    words = [PHRASE, *PHRASE.split()]
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            data = path.read_bytes().lower()
            if any(form in data for word in words for form in forms(word)):
                found.append(str(path.relative_to(folder)))
    return found


@pytest.fixture
def temp_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The temporary folder cpdesk (and SQLite) uses, kept apart to be read afterwards."""
    folder = tmp_path / "temp"
    folder.mkdir()
    for name in ("TMPDIR", "SQLITE_TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(name, str(folder))
    monkeypatch.setattr(tempfile, "tempdir", None)
    yield folder
    tempfile.tempdir = None


def write_everywhere(desk: Desk, pdf: Path) -> UUID:
    """The phrase in every kind of record; the paper attached, whose words cpdesk keeps for search."""
    p = PHRASE
    desk.notes.set_current_user("Cllr Example", "member")
    sub = desk.people.body("sub_committee").id
    meeting = desk.meetings.create_meeting(sub, date(2026, 3, 10), venue=f"The {p} Room").id
    item = desk.agenda.add_item(meeting, f"{p} item", "decision", description=f"About the {p}").id
    desk.agenda.save_report(item, OfficerReport(title=f"{p} report", executive_summary=f"The {p} summary"))
    paper = desk.agenda.attach_paper(item, pdf).id
    desk.minutes.set_discussion(item, f"Members discussed the {p}.")
    desk.minutes.add_decision(item, f"Agreed the {p}.")
    action = desk.actions.raise_action(meeting, f"Count the {p}").id
    desk.actions.add_update(action, f"{p} counted.", on_date=date(2026, 3, 12))
    desk.actions.raise_action(meeting, f"Why the {p}?", kind="question")
    young = desk.meetings.create_meeting(desk.people.body("young_people").id, date(2026, 3, 3)).id
    challenge = desk.challenges.raise_challenge(young, f"We want the {p} in our homes.").id
    desk.challenges.take_to(challenge, item)
    desk.challenges.record_response(challenge, f"The {p} is coming.")
    indicator = desk.indicators.indicators()[0].id
    desk.indicators.record_value(indicator, "2024", 12, note=f"{p} noted")
    priority = next(t for t in desk.agenda.link_targets() if t.kind == "priority").target_id
    desk.notes.add("priority", priority, f"The strategy and the {p}")
    desk.notes.add("meeting", meeting, f"Ask about the {p}", is_question=True)
    desk.people.add_member(f"Cllr {p}")
    with desk.bound():  # as the committee system's import keeps one
        m.LinkedDocument.create(
            agenda_item=item, position=1, title=f"{p} appendix", url=f"https://example.org/{p.split()[0]}.pdf"
        )
    return paper


def test_no_file_cpdesk_wrote_holds_a_readable_word_of_it(
    tmp_path: Path, temp_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = Path(os.environ["CPDESK_DATA_DIR"])
    data.mkdir(mode=0o700)
    path = data / "cpdesk.db"
    # An older database with the phrase in it, encrypted, then upgraded (with a backup first).
    conn = sqlite3.connect(path)
    conn.executescript((RELEASED / "v8.sql").read_text(encoding="utf-8"))
    conn.execute(
        "INSERT INTO setting VALUES ('0123', '2025-01-01T00:00:00.000000Z', '2025-01-01T00:00:00.000000Z', "
        "'remark', ?)",
        (PHRASE,),
    )
    conn.commit()
    conn.close()
    encrypt_file(path, KEY)
    users_own = tmp_path / "own"  # the user's own files, outside cpdesk's folders
    users_own.mkdir()
    pdf = make_text_pdf(users_own / "paper.pdf", [[f"The {PHRASE} in a paper."]])

    desk = Desk.open(path, passphrase=KEY)
    try:
        assert any(b.kind == "before-upgrade" for b in desk.backups.list())
        paper = write_everywhere(desk, pdf)
        assert desk.search.search(PHRASE), "search finds it, encrypted"
        # A paper opened in the system's viewer, as the Meetings page does it.
        copy = desk.scratch.folder_for(paper.hex) / "paper.pdf"
        desk.agenda.save_paper_as(paper, copy)
        assert copy.exists()
        # A meeting shared with the members, and taken in again: the bundle is encrypted too.
        shared = data / "meeting.cpdesk"
        desk.bundles.export(desk.meetings.meetings()[-1].id, shared, "a passphrase for the members")
        desk.bundles.import_file(shared, "a passphrase for the members")
        exported = data / "my-notes.json"
        desk.notes.export_file(exported)
        desk.notes.import_file(exported)  # a backup before the import
        made = desk.backups.make()
        desk.backups.daily()
        desk.backups.restore(made.path)  # a backup before the restore
        record_fault("a test fault", InputError(f"cannot read the {PHRASE}"))
    finally:
        desk.close()
        desk.scratch.remove()  # as the window does when it closes

    kinds = {b.kind for b in Desk.open(path, passphrase=KEY).backups.list()}
    assert {"before-upgrade", "before-import", "by-hand", "daily", "before-restore"} <= kinds
    assert is_encrypted(exported) and is_encrypted(shared)
    assert not copy.exists() and not desk.scratch.path.exists(), "the viewer's copy went with the window"
    assert (data / "logs" / "cpdesk.log").exists()
    written = [p for p in data.rglob("*") if p.is_file()]
    assert len(written) >= 8, "the database, its log, backups, the export and the fault log were read"
    assert holding(data) == []
    assert holding(temp_folder) == []
    # The looking can find it: in another case, as UTF-16, and a single word of it.
    (users_own / "plain.txt").write_bytes(PHRASE.upper().encode("utf-16"))
    (users_own / "word.txt").write_text("harpsichord", encoding="utf-8")
    assert holding(users_own) == ["plain.txt", "word.txt"]
