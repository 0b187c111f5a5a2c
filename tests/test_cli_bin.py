"""`cpdesk bin list` and `cpdesk bin empty-old`: the bin from the command line, as Bin… shows it."""

from __future__ import annotations

import io
import shutil
from contextlib import redirect_stderr, redirect_stdout
from datetime import timedelta
from pathlib import Path

import pytest

from cpdesk.__main__ import EXIT_DONE, EXIT_USAGE, main
from cpdesk.domain.desk import Desk
from cpdesk.store import meetings as m
from cpdesk.store.base import utc_now


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = main(list(argv))
        except SystemExit as exit:  # argparse's usage errors
            code = int(exit.code or 0)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def database(_strategy_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("CPDESK_PASSPHRASE", raising=False)
    path = tmp_path / "cpdesk.db"
    shutil.copyfile(_strategy_template, path)
    return path


def test_the_bin_is_listed_with_how_long_each_thing_stays_then_emptied_of_what_is_old(database: Path) -> None:
    code, out, _ = run("bin", "list", "--db", str(database))
    assert (code, out) == (EXIT_DONE, "the bin is empty (things stay in it for 90 days)\n")

    with Desk.open(database) as desk:
        old = desk.people.add_member("Cllr Ann Old")
        recent = desk.people.add_member("Cllr Ben Recent")
        desk.people.bin_person(old.id)
        desk.people.bin_person(recent.id)
        with desk.bound():
            m.Person.update(deleted_at=utc_now() - timedelta(days=100)).where(m.Person.id == old.id).execute()

    code, out, _ = run("bin", "list", "--db", str(database))
    assert code == EXIT_DONE
    lines = out.splitlines()
    assert len(lines) == 2
    assert "Cllr Ben Recent" in lines[0] and "90 days left" in lines[0] and str(recent.id) in lines[0]
    assert "Cllr Ann Old" in lines[1] and str(old.id) in lines[1]

    code, out, _ = run("bin", "empty-old", "--db", str(database))
    assert (code, out) == (EXIT_DONE, "emptied 1 thing older than 90 days\n")
    code, out, _ = run("bin", "list", "--db", str(database))
    assert "Cllr Ann Old" not in out and "Cllr Ben Recent" in out
    with Desk.open(database) as desk, desk.bound():
        assert not m.Person.select().where(m.Person.id == old.id).exists(), "emptied for good"


def test_bin_needs_an_action(database: Path) -> None:
    code, _, err = run("bin", "--db", str(database))
    assert code == EXIT_USAGE and "ACTION" in err
