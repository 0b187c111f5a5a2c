"""`cpdesk backup`, `cpdesk backups`, `cpdesk restore FILE`, and the day's first command backing up."""

from __future__ import annotations

import io
import shutil
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from cpdesk.__main__ import EXIT_DONE, EXIT_REFUSED, main
from cpdesk.domain.desk import Desk
from cpdesk.store.backup import backups
from cpdesk.store.cipher import encrypt_file, is_encrypted

KEY = "a long walk by the river"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    for name in ("CPDESK_PASSPHRASE", "CPDESK_NEW_PASSPHRASE", "CPDESK_BACKUP_PASSPHRASE"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def db(strategy_db: Desk) -> Path:
    strategy_db.close()
    return strategy_db.path


def teams(path: Path, passphrase: str | None = None) -> set[str]:
    with Desk.open(path, passphrase=passphrase) as desk:
        return {t.name for t in desk.people.teams()}


def add_team(path: Path, name: str, passphrase: str | None = None) -> None:
    with Desk.open(path, passphrase=passphrase) as desk:
        desk.people.add_team(name)


@pytest.mark.usefixtures("no_terminal")
def test_the_days_first_command_backs_up_and_later_ones_do_not(db: Path) -> None:
    assert run("meetings", "list", "--db", str(db))[0] == EXIT_DONE
    assert [b.reason for b in backups(db)] == ["daily"]
    assert run("meetings", "list", "--db", str(db))[0] == EXIT_DONE
    assert [b.reason for b in backups(db)] == ["daily"]


@pytest.mark.usefixtures("no_terminal")
def test_backup_by_hand_and_the_list(db: Path) -> None:
    code, out, err = run("backup", "--db", str(db))
    assert code == EXIT_DONE, err
    (made,) = backups(db)
    assert made.reason == "by-hand" and out == f"backed up to {made.path}\n"
    code, out, _ = run("backups", "--db", str(db))
    assert code == EXIT_DONE
    assert "made by hand" in out and str(made.path) in out and out.count("\n") == 1


@pytest.mark.usefixtures("no_terminal")
def test_restore_puts_the_backup_back_and_keeps_what_it_replaced(db: Path) -> None:
    add_team(db, "Kept team")
    run("backup", "--db", str(db))
    (made,) = backups(db)
    add_team(db, "Later team")
    code, out, err = run("restore", str(made.path), "--db", str(db))
    assert code == EXIT_DONE, err
    assert "Later team" not in teams(db) and "Kept team" in teams(db)
    (kept,) = [b for b in backups(db) if b.reason == "before-restore"]
    assert f"what it replaced is kept in {kept.path}" in out
    with Desk.open(db) as desk:
        assert desk.audit.recent(1)[0].what.startswith(f"Restored the backup {made.path.name}")


@pytest.mark.usefixtures("no_terminal")
def test_a_refused_restore_says_why_in_one_line_and_changes_nothing(db: Path, tmp_path: Path) -> None:
    offered = tmp_path / "holiday.jpg"
    offered.write_bytes(b"\xff\xd8\xff" + b"\x00" * 9000)
    before = db.read_bytes()
    code, _, err = run("restore", str(offered), "--db", str(db))
    assert code == EXIT_REFUSED and err.count("\n") == 1 and str(offered) in err
    assert db.read_bytes() == before and backups(db) == []


@pytest.mark.usefixtures("no_terminal")
def test_an_encrypted_backup_from_an_older_passphrase_needs_it_given(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    encrypt_file(db, KEY)
    monkeypatch.setenv("CPDESK_PASSPHRASE", KEY)
    add_team(db, "Before", KEY)
    assert run("backup", "--db", str(db))[0] == EXIT_DONE
    (made,) = backups(db)
    assert is_encrypted(made.path)
    monkeypatch.setenv("CPDESK_NEW_PASSPHRASE", "newer")
    assert run("passphrase", "--db", str(db))[0] == EXIT_DONE
    monkeypatch.setenv("CPDESK_PASSPHRASE", "newer")
    add_team(db, "After", "newer")
    code, _, err = run("restore", str(made.path), "--db", str(db))
    assert code == EXIT_REFUSED and "CPDESK_BACKUP_PASSPHRASE" in err
    assert "After" in teams(db, "newer")
    monkeypatch.setenv("CPDESK_BACKUP_PASSPHRASE", KEY)
    code, _, err = run("restore", str(made.path), "--db", str(db))
    assert code == EXIT_DONE, err
    assert "After" not in teams(db, "newer") and "Before" in teams(db, "newer")


@pytest.mark.usefixtures("no_terminal")
def test_a_backup_restored_on_a_new_laptop_makes_the_database(db: Path, tmp_path: Path) -> None:
    run("backup", "--db", str(db))
    (made,) = backups(db)
    carried = tmp_path / "usb" / made.path.name
    carried.parent.mkdir()
    shutil.copyfile(made.path, carried)
    new = tmp_path / "laptop" / "cpdesk.db"
    new.parent.mkdir()
    code, out, err = run("restore", str(carried), "--db", str(new))
    assert code == EXIT_DONE, err
    assert "kept in" not in out
    assert teams(new) == teams(db)
