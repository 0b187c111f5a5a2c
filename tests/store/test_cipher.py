"""The database encrypted at rest: nothing readable on disk, wrong keys refused untouched, safe encrypting."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from cpdesk.domain.desk import Desk
from cpdesk.errors import (
    DatabaseBusyError,
    DatabaseError,
    DatabaseReadOnlyError,
    PassphraseNeededError,
    WrongPassphraseError,
)
from cpdesk.store import cipher, open_database
from cpdesk.store.cipher import change_passphrase, connect_raw, encrypt_file, is_encrypted
from cpdesk.store.database import copies_aside, plain_error
from cpdesk.store.migrate import SCHEMA_VERSION, copy_aside

RELEASED = Path(__file__).parent / "released"
KEY = "correct horse battery staple"
# Written into every kind of record, then looked for in every file beside the database.
PHRASE = "Marmalade Zeppelin Quorum"
WORDS = (PHRASE.encode(), b"zeppelin", b"Zeppelin", b"marmalade")


def files_in(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def holding_the_phrase(folder: Path) -> list[str]:
    """Every file in folder (and below) in which any of the phrase's words can be read."""
    return [name for name, data in files_in(folder).items() if any(word in data for word in WORDS)]


def write_the_phrase(desk: Desk) -> None:
    """The phrase in a meeting's agenda, minutes, an action and its update, a challenge, a note."""
    sub = desk.people.body("sub_committee").id
    meeting = desk.meetings.create_meeting(sub, date(2026, 3, 10)).id
    item = desk.agenda.add_item(meeting, f"{PHRASE} item", "decision", description=PHRASE).id
    desk.minutes.set_discussion(item, f"Members discussed the {PHRASE}.")
    action = desk.actions.raise_action(meeting, f"Count the {PHRASE}").id
    desk.actions.add_update(action, f"{PHRASE} counted.", on_date=date(2026, 3, 12))
    young = desk.meetings.create_meeting(desk.people.body("young_people").id, date(2026, 3, 3)).id
    desk.challenges.raise_challenge(young, f"We want the {PHRASE} in our homes.")
    desk.notes.set_current_user("Cllr Example", "member")
    desk.notes.add("meeting", meeting, f"Ask about the {PHRASE}", is_question=True)


def found_groups(desk: Desk, text: str) -> set[str]:
    return {hit.group for hit in desk.search.search(text)}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder holding only the database and SQLite's files beside it."""
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def plain(folder: Path, _strategy_template: Path) -> Path:
    """A plain database holding the bundled strategy."""
    path = folder / "cpdesk.db"
    shutil.copyfile(_strategy_template, path)
    return path


@pytest.fixture
def encrypted(folder: Path) -> Iterator[Path]:
    """An encrypted database holding the phrase in every kind of record, closed."""
    path = folder / "encrypted.db"
    with Desk.open(path, passphrase=KEY) as desk:
        write_the_phrase(desk)
    yield path


def test_the_driver_is_sqlcipher_4_and_has_fts5_for_search() -> None:
    version, fts5 = cipher.cipher_build()
    assert version.startswith("4."), version
    assert fts5


def test_a_new_encrypted_database_works_and_no_file_holds_its_words(folder: Path) -> None:
    path = folder / "cpdesk.db"
    with Desk.open(path, passphrase=KEY) as desk:
        assert desk.encrypted
        write_the_phrase(desk)
        assert {"agenda", "minutes", "action", "challenge", "note"} <= found_groups(desk, "zeppelin")
        assert "strategy" in found_groups(desk, "placements")  # the bundled strategy, indexed
        # While open: the log of recent writes and its index are on the disk too.
        assert (folder / "cpdesk.db-wal").exists()
        assert holding_the_phrase(folder) == []
    assert holding_the_phrase(folder) == []
    assert is_encrypted(path)
    assert not path.read_bytes().startswith(b"SQLite format 3")
    with Desk.open(path, passphrase=KEY) as desk:
        assert [m.day for m in desk.meetings.meetings()] == [date(2026, 3, 3), date(2026, 3, 10)]
        assert "note" in found_groups(desk, "marmalade")


def test_a_plain_database_still_opens_plainly(plain: Path) -> None:
    folder, path = plain.parent, plain
    with Desk.open(path) as desk:
        assert not desk.encrypted
        write_the_phrase(desk)
    assert not is_encrypted(path)
    assert holding_the_phrase(folder) != [], "the scan must be able to find the phrase"


@pytest.mark.parametrize(
    ("passphrase", "error", "said"),
    [
        (None, PassphraseNeededError, "this database is encrypted: give its passphrase"),
        ("not the key", WrongPassphraseError, "the passphrase is not right for this database; nothing was"),
        (KEY.upper(), WrongPassphraseError, "the passphrase is not right"),
    ],
)
@pytest.mark.parametrize("read_only", [False, True])
def test_no_passphrase_or_a_wrong_one_is_refused_and_the_files_are_unchanged(
    encrypted: Path, passphrase: str | None, error: type[Exception], said: str, read_only: bool
) -> None:
    before = files_in(encrypted.parent)
    with pytest.raises(error, match=said) as refused:
        Desk.open(encrypted, passphrase=passphrase, read_only=read_only)
    assert str(encrypted) in str(refused.value)
    assert files_in(encrypted.parent) == before
    with pytest.raises(error):
        connect_raw(encrypted, passphrase)
    assert files_in(encrypted.parent) == before


def test_a_wrong_passphrase_is_not_taken_for_damage(encrypted: Path) -> None:
    with pytest.raises(WrongPassphraseError) as refused:
        open_database(encrypted, passphrase="wrong")
    assert "damaged" not in str(refused.value)


def test_a_plain_database_given_a_passphrase_is_refused_untouched(folder: Path, plain: Path) -> None:
    path = plain
    before = files_in(folder)
    with pytest.raises(DatabaseError, match="not encrypted"):
        Desk.open(path, passphrase=KEY)
    assert files_in(folder) == before


@pytest.mark.parametrize("bad", ["", "nul\x00inside"])
def test_a_passphrase_that_protects_nothing_is_refused_in_words(folder: Path, bad: str) -> None:
    path = folder / "cpdesk.db"
    with pytest.raises(DatabaseError, match="passphrase"):
        open_database(path, passphrase=bad)
    assert not path.exists(), "nothing was made"
    open_database(path).close()
    with pytest.raises(DatabaseError, match="passphrase"):
        encrypt_file(path, bad)
    assert not is_encrypted(path)


def test_a_text_file_is_not_taken_for_an_encrypted_database(folder: Path) -> None:
    notes = folder / "notes.db"
    notes.write_text("these are my notes, not a database\n" * 200)
    assert not is_encrypted(notes)
    assert not is_encrypted(folder / "missing.db")
    (folder / "empty.db").touch()
    assert not is_encrypted(folder / "empty.db")


def test_an_encrypted_database_opened_for_reading_refuses_writes_plainly(encrypted: Path) -> None:
    with Desk.open(encrypted, passphrase=KEY, read_only=True) as desk:
        assert desk.read_only and desk.encrypted
        assert len(desk.meetings.meetings()) == 2
        with pytest.raises(DatabaseReadOnlyError, match="read-only"):
            desk.meetings.create_meeting(desk.people.body("sub_committee").id, date(2026, 5, 1))


def test_a_busy_encrypted_database_is_told_as_busy(encrypted: Path) -> None:
    holder = connect_raw(encrypted, KEY)
    holder.execute("BEGIN IMMEDIATE")  # a write under way
    try:
        waiting = connect_raw(encrypted, KEY, timeout=0)
        with pytest.raises(Exception) as failed:
            waiting.execute("BEGIN IMMEDIATE")
        waiting.close()
    finally:
        holder.rollback()
        holder.close()
    assert isinstance(plain_error(failed.value, encrypted), DatabaseBusyError)


# --- encrypting a plain database ---


def row_counts(conn: sqlite3.Connection) -> dict[str, int]:
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def test_encrypting_keeps_every_row_and_leaves_no_readable_trace(folder: Path, plain: Path) -> None:
    path = plain
    with Desk.open(path) as desk:
        write_the_phrase(desk)
        copy_aside(desk.db, path, SCHEMA_VERSION)  # a backup made while the database was plain
    plain = sqlite3.connect(path)
    before = row_counts(plain)
    version = plain.execute("PRAGMA user_version").fetchone()[0]
    plain.close()
    assert len(holding_the_phrase(folder)) == 2, "the database and its copy hold the phrase"
    # A descriptor still open on the plain file sees what became of its bytes once it was replaced.
    old = os.open(path, os.O_RDONLY)
    try:
        encrypt_file(path, KEY)
        size = os.fstat(old).st_size
        assert os.pread(old, size, 0) == b"\x00" * size, "the plain bytes are overwritten"
    finally:
        os.close(old)
    assert holding_the_phrase(folder) == []
    assert sorted(p.name for p in folder.iterdir()) == ["backups", "cpdesk.db"]
    assert is_encrypted(path)
    (copy,) = copies_aside(path)
    assert is_encrypted(copy)
    conn = connect_raw(path, KEY)
    assert row_counts(conn) == before
    assert conn.execute("PRAGMA user_version").fetchone()[0] == version
    conn.close()
    with Desk.open(path, passphrase=KEY) as desk:
        assert {"agenda", "minutes", "action", "challenge", "note"} <= found_groups(desk, "zeppelin")
    with pytest.raises(PassphraseNeededError):
        Desk.open(path)


def test_encrypting_refuses_an_encrypted_or_missing_database(encrypted: Path) -> None:
    before = files_in(encrypted.parent)
    with pytest.raises(DatabaseError, match="encrypted already"):
        encrypt_file(encrypted, KEY)
    with pytest.raises(DatabaseError, match="no database here"):
        encrypt_file(encrypted.with_name("missing.db"), KEY)
    assert files_in(encrypted.parent) == before


def test_encrypting_a_database_open_in_another_program_is_refused_untouched(
    folder: Path, plain: Path
) -> None:
    path = plain
    with Desk.open(path) as desk:
        write_the_phrase(desk)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            "c = sqlite3.connect(sys.argv[1]); c.execute('SELECT count(*) FROM meeting').fetchall()\n"
            "print('open', flush=True); time.sleep(60)\n",
            str(path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "open\n"
        before = files_in(folder)
        with pytest.raises(DatabaseBusyError, match="open in another program"):
            encrypt_file(path, KEY)
        assert files_in(folder) == before
    finally:
        holder.kill()
        holder.communicate()


def test_an_encrypting_that_fails_before_the_swap_leaves_the_plain_database(
    folder: Path, plain: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = plain
    with Desk.open(path) as desk:
        write_the_phrase(desk)
    before = files_in(folder)

    def crash(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(cipher.os, "replace", crash)
    with pytest.raises(KeyboardInterrupt):
        encrypt_file(path, KEY)
    monkeypatch.undo()
    assert not is_encrypted(path)
    assert sorted(files_in(folder)) == ["cpdesk.db"], "the encrypted copy was not left behind"
    with Desk.open(path) as desk:
        assert len(desk.meetings.meetings()) == 2
    assert set(before) <= {"cpdesk.db", "cpdesk.db-wal", "cpdesk.db-shm"}


def test_a_copy_that_does_not_match_is_not_swapped_in(
    folder: Path, plain: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = plain
    with Desk.open(path) as desk:
        write_the_phrase(desk)
    real, calls = cipher._tables, []

    def miscounted(conn: object, schema: str = "main") -> dict[str, int]:
        found = real(conn, schema)
        calls.append(conn)
        return {**found, "meeting": found["meeting"] + 1} if len(calls) == 1 else found

    monkeypatch.setattr(cipher, "_tables", miscounted)
    with pytest.raises(DatabaseError, match="did not match"):
        encrypt_file(path, KEY)
    assert not is_encrypted(path)
    assert sorted(files_in(folder)) == ["cpdesk.db"]


def test_an_encrypting_cut_short_after_the_swap_leaves_the_encrypted_database_whole(
    folder: Path, plain: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = plain
    with Desk.open(path) as desk:
        write_the_phrase(desk)

    def crash(descriptor: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(cipher, "_overwrite", crash)
    with pytest.raises(KeyboardInterrupt):
        encrypt_file(path, KEY)
    assert holding_the_phrase(folder) == [], "the plain file is no longer in the folder"
    with Desk.open(path, passphrase=KEY) as desk:
        assert "challenge" in found_groups(desk, "zeppelin")


# --- a new passphrase ---


def test_the_passphrase_can_be_changed(encrypted: Path) -> None:
    with Desk.open(encrypted, passphrase=KEY) as desk:
        change_passphrase(desk.db, "a new one")
        assert "action" in found_groups(desk, "zeppelin")
    with pytest.raises(WrongPassphraseError):
        Desk.open(encrypted, passphrase=KEY)
    with Desk.open(encrypted, passphrase="a new one") as desk:
        assert "action" in found_groups(desk, "zeppelin")
    assert holding_the_phrase(encrypted.parent) == []


def test_a_plain_or_read_only_database_has_no_passphrase_to_change(plain: Path, encrypted: Path) -> None:
    with Desk.open(plain) as desk, pytest.raises(DatabaseError, match="not encrypted"):
        change_passphrase(desk.db, "x")
    with Desk.open(encrypted, passphrase=KEY, read_only=True) as desk:
        with pytest.raises(DatabaseError, match="read-only"):
            change_passphrase(desk.db, "x")
        with pytest.raises(DatabaseError, match="empty"):
            change_passphrase(desk.db, "")
    Desk.open(encrypted, passphrase=KEY).close()


# --- the copy made before an upgrade ---


def test_the_copy_made_before_an_upgrade_is_encrypted_with_the_same_key(folder: Path) -> None:
    path = folder / "committee.db"
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
    assert holding_the_phrase(folder) == []
    with Desk.open(path, passphrase=KEY):
        pass
    (copy,) = copies_aside(path)
    assert is_encrypted(copy)
    assert holding_the_phrase(folder) == []
    with pytest.raises(PassphraseNeededError):
        connect_raw(copy, None)
    kept = connect_raw(copy, KEY, read_only=True)
    assert kept.execute("PRAGMA user_version").fetchone()[0] == 8
    assert kept.execute("SELECT value FROM setting WHERE key = 'remark'").fetchone()[0] == PHRASE
    kept.close()


def test_a_plain_database_is_copied_plainly_before_an_upgrade(folder: Path) -> None:
    path = folder / "committee.db"
    conn = sqlite3.connect(path)
    conn.executescript((RELEASED / "v8.sql").read_text(encoding="utf-8"))
    conn.close()
    Desk.open(path).close()
    (copy,) = copies_aside(path)
    assert not is_encrypted(copy)
    shutil.copyfile(copy, folder / "check.db")
    assert sqlite3.connect(folder / "check.db").execute("PRAGMA user_version").fetchone()[0] == 8
