"""The command line on an encrypted database: CPDESK_PASSPHRASE, `cpdesk encrypt`, `cpdesk passphrase`."""

from __future__ import annotations

import io
import os
import shutil
from contextlib import redirect_stderr, redirect_stdout
from datetime import date
from pathlib import Path

import pytest

from cpdesk.__main__ import EXIT_DONE, EXIT_REFUSED, main
from cpdesk.domain.desk import Desk
from cpdesk.store.cipher import is_encrypted

KEY = "a long walk by the river"
PHRASE = b"Tangerine Lighthouse"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


def refused_in_one_line(code: int, err: str, path: Path, said: str) -> None:
    assert code == EXIT_REFUSED, err
    assert err.startswith("cpdesk: ") and err.count("\n") == 1, err
    assert str(path) in err and said in err, err


def files_in(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Commands run as a script would: no one at a terminal to be asked, and no passphrase set."""
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    monkeypatch.delenv("CPDESK_PASSPHRASE", raising=False)
    monkeypatch.delenv("CPDESK_NEW_PASSPHRASE", raising=False)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


def with_a_challenge(db: Path) -> None:
    """A young people's meeting raising a challenge that holds the phrase, made through the domain."""
    with Desk.open(db, passphrase=os.environ.get("CPDESK_PASSPHRASE") if is_encrypted(db) else None) as desk:
        young = desk.meetings.create_meeting(desk.people.body("young_people").id, date(2026, 3, 3)).id
        desk.challenges.raise_challenge(young, f"We want a {PHRASE.decode()} in every home.")


def test_a_new_database_is_made_encrypted_when_the_variable_is_set(
    folder: Path, no_terminal: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = folder / "c.db"
    monkeypatch.setenv("CPDESK_PASSPHRASE", KEY)
    code, out, err = run("meetings", "list", "--db", str(db))
    assert (code, err) == (EXIT_DONE, "")
    assert is_encrypted(db)
    with_a_challenge(db)
    code, out, err = run("search", "tangerine", "--db", str(db))
    assert code == EXIT_DONE and "Tangerine" in out, err
    assert not any(PHRASE in data or b"tangerine" in data for data in files_in(folder).values())


def test_an_encrypted_database_without_the_passphrase_is_refused_in_one_line(
    folder: Path, no_terminal: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = folder / "c.db"
    monkeypatch.setenv("CPDESK_PASSPHRASE", KEY)
    assert run("meetings", "list", "--db", str(db))[0] == EXIT_DONE
    before = files_in(folder)
    monkeypatch.delenv("CPDESK_PASSPHRASE")
    code, _out, err = run("meetings", "list", "--db", str(db))
    refused_in_one_line(code, err, db, "this database is encrypted: give its passphrase in CPDESK_PASSPHRASE")
    monkeypatch.setenv("CPDESK_PASSPHRASE", "not it")
    code, _out, err = run("meetings", "list", "--db", str(db))
    refused_in_one_line(code, err, db, "the passphrase is not right for this database; nothing was changed")
    assert files_in(folder) == before


def test_the_passphrase_is_asked_at_a_terminal(
    folder: Path, no_terminal: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = folder / "c.db"
    monkeypatch.setenv("CPDESK_PASSPHRASE", KEY)
    assert run("meetings", "list", "--db", str(db))[0] == EXIT_DONE
    monkeypatch.delenv("CPDESK_PASSPHRASE")
    asked: list[str] = []

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    def getpass(prompt: str) -> str:
        asked.append(prompt)
        return KEY

    monkeypatch.setattr("sys.stdin", Terminal(""))
    monkeypatch.setattr("getpass.getpass", getpass)
    code, _out, err = run("meetings", "list", "--db", str(db))
    assert code == EXIT_DONE, err
    assert asked == [f"Passphrase for {db}: "]


def test_a_plain_database_is_opened_plainly_even_with_the_variable_set(
    folder: Path, no_terminal: None, monkeypatch: pytest.MonkeyPatch, _strategy_template: Path
) -> None:
    db = folder / "c.db"
    shutil.copyfile(_strategy_template, db)
    monkeypatch.setenv("CPDESK_PASSPHRASE", KEY)
    assert run("meetings", "list", "--db", str(db))[0] == EXIT_DONE
    assert not is_encrypted(db)


def test_cpdesk_encrypt_encrypts_a_plain_database_and_leaves_no_readable_trace(
    folder: Path, no_terminal: None, monkeypatch: pytest.MonkeyPatch, _strategy_template: Path
) -> None:
    db = folder / "c.db"
    shutil.copyfile(_strategy_template, db)
    with_a_challenge(db)
    assert any(PHRASE in data for data in files_in(folder).values())
    code, out, err = run("encrypt", "--db", str(db))
    assert err.startswith("cpdesk: ") and err.count("\n") == 1, err
    assert code == EXIT_REFUSED and "CPDESK_PASSPHRASE" in err and not is_encrypted(db)
    monkeypatch.setenv("CPDESK_PASSPHRASE", KEY)
    code, out, err = run("encrypt", "--db", str(db))
    assert (code, err) == (EXIT_DONE, ""), err
    assert out.startswith(f"encrypted {db}")
    assert is_encrypted(db)
    assert not any(PHRASE in data for data in files_in(folder).values())
    code, out, err = run("search", "tangerine", "--db", str(db))
    assert code == EXIT_DONE and "Tangerine" in out, err
    code, out, err = run("encrypt", "--db", str(db))
    refused_in_one_line(code, err, db, "encrypted already")


def test_cpdesk_encrypt_asks_twice_at_a_terminal_and_refuses_two_that_differ(
    folder: Path, no_terminal: None, monkeypatch: pytest.MonkeyPatch, _strategy_template: Path
) -> None:
    db = folder / "c.db"
    shutil.copyfile(_strategy_template, db)

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    typed = iter(["one", "two", KEY, KEY])
    monkeypatch.setattr("sys.stdin", Terminal(""))
    monkeypatch.setattr("getpass.getpass", lambda prompt: next(typed))
    before = db.read_bytes()
    code, _out, err = run("encrypt", "--db", str(db))
    assert code == EXIT_REFUSED and "not the same" in err and err.count("\n") == 1
    assert db.read_bytes() == before
    assert run("encrypt", "--db", str(db))[0] == EXIT_DONE
    monkeypatch.setenv("CPDESK_PASSPHRASE", KEY)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert run("meetings", "list", "--db", str(db))[0] == EXIT_DONE


def test_cpdesk_passphrase_changes_it(
    folder: Path, no_terminal: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = folder / "c.db"
    monkeypatch.setenv("CPDESK_PASSPHRASE", KEY)
    assert run("meetings", "list", "--db", str(db))[0] == EXIT_DONE
    code, out, err = run("passphrase", "--db", str(db))
    assert code == EXIT_REFUSED and "CPDESK_NEW_PASSPHRASE" in err
    monkeypatch.setenv("CPDESK_NEW_PASSPHRASE", "something new")
    monkeypatch.setenv("CPDESK_PASSPHRASE", "wrong")
    code, out, err = run("passphrase", "--db", str(db))
    refused_in_one_line(code, err, db, "the passphrase is not right")
    monkeypatch.setenv("CPDESK_PASSPHRASE", KEY)
    code, out, err = run("passphrase", "--db", str(db))
    assert (code, out, err) == (EXIT_DONE, f"changed the passphrase of {db}\n", "")
    code, out, err = run("meetings", "list", "--db", str(db))
    refused_in_one_line(code, err, db, "the passphrase is not right")
    monkeypatch.setenv("CPDESK_PASSPHRASE", "something new")
    assert run("meetings", "list", "--db", str(db))[0] == EXIT_DONE


def test_cpdesk_passphrase_on_a_plain_database_says_to_encrypt_it(
    folder: Path, no_terminal: None, _strategy_template: Path
) -> None:
    db = folder / "c.db"
    shutil.copyfile(_strategy_template, db)
    code, _out, err = run("passphrase", "--db", str(db))
    refused_in_one_line(code, err, db, "cpdesk encrypt")
