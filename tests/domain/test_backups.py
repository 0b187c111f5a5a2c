"""Backups: made checked and private, encrypted like the database, rotated, automatic, and restored safely."""

from __future__ import annotations

import sqlite3
import stat
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from cpdesk.domain.desk import Desk
from cpdesk.errors import (
    DatabaseBusyError,
    DatabaseError,
    InputError,
    PassphraseNeededError,
    WrongPassphraseError,
)
from cpdesk.store import backup as store_backup
from cpdesk.store.backup import KEEP_DAILY, KEEP_EACH, KEEP_WEEKLY, backups, make_backup, rotate
from cpdesk.store.cipher import change_passphrase, connect_raw, encrypt_file, is_encrypted
from cpdesk.store.migrate import SCHEMA_VERSION

RELEASED = Path(__file__).parents[1] / "store" / "released"
KEY = "correct horse battery staple"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def team_names(path: Path, passphrase: str | None = None) -> set[str]:
    conn = connect_raw(path, passphrase, read_only=True)
    try:
        return {row[0] for row in conn.execute("SELECT name FROM team")}
    finally:
        conn.close()


@pytest.fixture
def encrypted(strategy_db: Desk) -> Iterator[Desk]:
    strategy_db.close()
    encrypt_file(strategy_db.path, KEY)
    desk = Desk.open(strategy_db.path, passphrase=KEY)
    yield desk
    desk.close()


# --- making one ---


def test_a_backup_by_hand_is_a_checked_private_copy_named_with_its_time_and_why(strategy_db: Desk) -> None:
    strategy_db.people.add_team("Fostering")
    made = strategy_db.backups.make()
    assert made.path.parent == strategy_db.path.parent / "backups"
    assert made.path.name.startswith("cpdesk.db.") and made.path.name.endswith(".by-hand.bak")
    assert made.reason == "by-hand" and made.why == "made by hand"
    assert abs(made.made - datetime.now(UTC)) < timedelta(minutes=1)
    assert mode(made.path) == 0o600 and mode(made.path.parent) == 0o700
    assert "Fostering" in team_names(made.path)
    assert sorted(p.name for p in made.path.parent.iterdir()) == [made.path.name], "no log beside it"
    assert strategy_db.backups.list() == [made]


def test_a_backup_of_an_encrypted_database_is_encrypted_with_its_key(encrypted: Desk) -> None:
    encrypted.people.add_team("Leaving care")
    made = encrypted.backups.make()
    assert is_encrypted(made.path)
    with pytest.raises(PassphraseNeededError):
        connect_raw(made.path, None)
    assert "Leaving care" in team_names(made.path, KEY)


def test_a_backup_that_fails_its_check_is_removed_and_said(
    strategy_db: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_backup, "_check", lambda conn: ["row 3 missing from index"])
    with pytest.raises(DatabaseError, match=r"failed SQLite's check \(row 3 missing from index\).*removed"):
        strategy_db.backups.make()
    assert list((strategy_db.path.parent / "backups").iterdir()) == []


# --- rotating ---


def test_rotation_keeps_a_week_of_days_four_weeks_and_five_of_each_other_kind(strategy_db: Desk) -> None:
    conn, path = strategy_db.db.connection(), strategy_db.path
    start = datetime(2025, 1, 1, 9, tzinfo=UTC)
    for day in range(40):
        make_backup(conn, path, "daily", None, now=start + timedelta(days=day))
    for n in range(8):
        make_backup(conn, path, "before-import", None, now=start + timedelta(hours=n))
        make_backup(conn, path, f"before-upgrade-to-{n + 2}", None, now=start + timedelta(hours=n))
    make_backup(conn, path, "by-hand", None, now=start)
    rotate(path)
    kept = backups(path)
    daily = [b.made.date() for b in kept if b.kind == "daily"]
    newest = (start + timedelta(days=39)).date()
    assert daily[:KEEP_DAILY] == [newest - timedelta(days=n) for n in range(KEEP_DAILY)]
    weekly = daily[KEEP_DAILY:]
    assert len(weekly) == KEEP_WEEKLY
    assert len({d.isocalendar()[:2] for d in weekly}) == KEEP_WEEKLY, "one a week"
    assert [b.reason for b in kept if b.kind == "before-upgrade"] == [
        f"before-upgrade-to-{n}" for n in range(9, 9 - KEEP_EACH, -1)
    ]
    assert sum(b.kind == "before-import" for b in kept) == KEEP_EACH
    assert [b.reason for b in kept if b.kind == "by-hand"] == ["by-hand"], "the only one of its kind stays"


# --- automatic ---


def test_the_days_first_opening_makes_a_daily_backup_and_only_the_first(strategy_db: Desk) -> None:
    today = datetime.now().date()
    strategy_db.today = lambda: today
    made = strategy_db.backups.daily()
    assert made is not None and made.reason == "daily"
    assert strategy_db.backups.daily() is None
    strategy_db.today = lambda: today + timedelta(days=1)
    assert strategy_db.backups.daily() is not None


@pytest.mark.parametrize("importing", ["notes", "strategy", "council figures"])
def test_every_import_is_preceded_by_a_backup_and_a_refused_one_makes_none(
    strategy_db: Desk, tmp_path: Path, importing: str
) -> None:
    desk = strategy_db
    bad = tmp_path / "bad.json"
    bad.write_text("{ not json", encoding="utf-8")
    if importing == "notes":
        desk.notes.set_current_user("Cllr Ada", "member")
        good = tmp_path / "notes.json"
        desk.notes.export_file(good)
        run = desk.notes.import_file
    elif importing == "strategy":
        good = tmp_path / "strategy.json"
        desk.strategy.export_file(good)
        run = desk.strategy.import_file  # type: ignore[assignment]
    else:
        name = desk.indicators.indicators()[0].name
        good = tmp_path / "figures.csv"
        good.write_text(f"indicator,period,value\n{name},2024,12\n", encoding="utf-8")
        bad.write_text(f"indicator,period,value\n{name},2024,\n", encoding="utf-8")
        run = desk.indicators.import_council_figures  # type: ignore[assignment]
    with pytest.raises(InputError):
        run(bad)
    assert desk.backups.list() == []
    run(good)
    assert [b.reason for b in desk.backups.list()] == ["before-import"]


# --- restoring ---


def test_restoring_brings_back_the_backup_keeps_what_it_replaced_and_is_logged(strategy_db: Desk) -> None:
    desk = strategy_db
    desk.people.add_team("Kept team")
    made = desk.backups.make()
    desk.people.add_team("Later team")
    kept = desk.backups.restore(made.path)
    assert kept is not None and kept.reason == "before-restore"
    assert "Later team" in team_names(kept.path), "what was replaced is kept"
    names = {t.name for t in desk.people.teams()}
    assert "Kept team" in names and "Later team" not in names, "the desk works on the restored data"
    assert desk.audit.recent(1)[0].what.startswith(f"Restored the backup {made.path.name} (made ")
    desk.people.add_team("After the restore")  # the desk writes to the restored file
    desk.close()
    with Desk.open(desk.path) as again:
        assert "After the restore" in {t.name for t in again.people.teams()}


def test_an_older_backup_is_upgraded_when_restored(strategy_db: Desk, tmp_path: Path) -> None:
    old = tmp_path / "from-v8.db"
    conn = sqlite3.connect(old)
    conn.executescript((RELEASED / "v8.sql").read_text(encoding="utf-8"))
    conn.close()
    strategy_db.backups.restore(old)
    assert strategy_db.db.execute_sql("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    reasons = [b.reason for b in strategy_db.backups.list()]
    assert f"before-upgrade-to-{SCHEMA_VERSION}" in reasons and "before-restore" in reasons


@pytest.mark.parametrize("offered", ["not a database", "another program's", "damaged", "newer", "missing"])
def test_a_backup_that_cannot_be_restored_is_refused_and_nothing_changes(
    strategy_db: Desk, tmp_path: Path, offered: str
) -> None:
    file = tmp_path / "offered.bak"
    if offered == "not a database":
        file.write_bytes(b"%PDF-1.7\n" + b"x" * 5000)
    elif offered == "another program's":
        sqlite3.connect(file).executescript("CREATE TABLE photos (id); INSERT INTO photos VALUES (1);")
    elif offered in ("damaged", "newer"):
        strategy_db.backups.make().path.rename(file)
        if offered == "newer":
            conn = sqlite3.connect(file)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
            conn.commit()
            conn.close()
        else:
            with file.open("r+b") as damaged:
                damaged.seek(4096 * 3)
                damaged.write(b"\xa5" * 4096)
    strategy_db.close()
    before = strategy_db.path.read_bytes()
    with pytest.raises(DatabaseError) as refused:
        strategy_db.backups.restore(file)
    message = refused.value.describe()
    assert str(file) in message
    expected = {
        "not a database": "not a database",
        "another program's": "not a cpdesk database",
        "damaged": "damaged",
        "newer": "newer cpdesk",
        "missing": "there is no backup file here",
    }[offered]
    assert expected in message
    assert strategy_db.path.read_bytes() == before
    assert backups(strategy_db.path) == []
    assert strategy_db.people.teams(), "the desk goes on working"


def test_restoring_while_another_program_has_the_database_open_is_refused(
    strategy_db: Desk, tmp_path: Path
) -> None:
    made = strategy_db.backups.make()
    other = sqlite3.connect(strategy_db.path)
    other.execute("SELECT count(*) FROM team").fetchone()
    try:
        with pytest.raises(DatabaseBusyError, match="open in another program"):
            strategy_db.backups.restore(made.path)
    finally:
        other.close()
    assert [b.reason for b in strategy_db.backups.list()] == ["by-hand"]


def test_a_backup_made_with_an_older_passphrase_needs_that_one_and_keeps_the_new(encrypted: Desk) -> None:
    desk = encrypted
    desk.people.add_team("Before the change")
    made = desk.backups.make()
    change_passphrase(desk.db, "a newer passphrase")
    desk.people.add_team("After the change")
    with pytest.raises(WrongPassphraseError, match="made before the passphrase was changed"):
        desk.backups.restore(made.path)
    assert "After the change" in {t.name for t in desk.people.teams()}
    desk.backups.restore(made.path, backup_passphrase=KEY)
    assert "After the change" not in {t.name for t in desk.people.teams()}
    desk.close()
    assert "Before the change" in team_names(desk.path, "a newer passphrase"), "the database's key is kept"
    with pytest.raises(WrongPassphraseError):
        Desk.open(desk.path, passphrase=KEY)


def test_a_plain_backup_is_not_restored_into_an_encrypted_database(encrypted: Desk, tmp_path: Path) -> None:
    plain = tmp_path / "plain.db"
    conn = sqlite3.connect(plain)
    conn.executescript((RELEASED / "v8.sql").read_text(encoding="utf-8"))
    conn.close()
    with pytest.raises(DatabaseError, match="would leave the data readable"):
        encrypted.backups.restore(plain)
    assert is_encrypted(encrypted.path)


def test_a_damaged_database_can_be_replaced_by_its_backup(strategy_db: Desk) -> None:
    made = strategy_db.backups.make()
    strategy_db.close()
    with strategy_db.path.open("r+b") as file:
        file.write(b"\x00" * 4096)  # the header gone: SQLite cannot open it at all
    damaged = strategy_db.path.read_bytes()
    store_backup.restore_backup(strategy_db.path, made.path, passphrase=None)
    (kept,) = [b for b in backups(strategy_db.path) if b.reason == "before-restore"]
    assert kept.path.read_bytes() == damaged, "the damaged file is kept as it was"
    with Desk.open(strategy_db.path) as desk:
        assert desk.people.teams()


def test_backups_are_never_in_the_user_data_folder_of_another_database(tmp_path: Path) -> None:
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    with Desk.open(one) as a, Desk.open(two) as b:
        a.backups.make()
        assert b.backups.list() == []
        assert [x.path.name.split(".")[0] for x in a.backups.list()] == ["one"]
