"""`cpdesk bundle export MEETING --out FILE [--return]` and `cpdesk bundle import FILE`: exit statuses and
what they say."""

from __future__ import annotations

import io
import shutil
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from cpdesk.__main__ import EXIT_DONE, EXIT_REFUSED, EXIT_USAGE, main
from cpdesk.domain.desk import Desk
from tests.bundle_helpers import MEMBER, PASSPHRASE, make_clerk_template, open_copy
from tests.conftest import database_dump


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = main(list(argv))
        except SystemExit as exit:  # argparse's usage errors
            code = int(exit.code or 0)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def clerk_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_clerk_template(tmp_path_factory.mktemp("cli-bundle"))


@pytest.fixture
def databases(
    clerk_template: Path, _strategy_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, Path, str]:
    """The clerk's and a member's database, and the date of the clerk's next meeting."""
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no one at a terminal
    for name in ("CPDESK_PASSPHRASE", "CPDESK_BUNDLE_PASSPHRASE"):
        monkeypatch.delenv(name, raising=False)
    with open_copy(clerk_template, tmp_path / "clerk.db") as clerk:
        day = clerk.meetings.find("next").day.isoformat()
    shutil.copyfile(_strategy_template, tmp_path / "member.db")
    return tmp_path / "clerk.db", tmp_path / "member.db", day


def dump(path: Path) -> list[str]:
    with Desk.open(path) as desk:
        return database_dump(desk)


def test_share_a_meeting_and_send_answers_back(
    databases: tuple[Path, Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clerk, member, day = databases
    monkeypatch.setenv("CPDESK_BUNDLE_PASSPHRASE", PASSPHRASE)
    bundle = tmp_path / "meeting.cpdesk"
    code, out, err = run("bundle", "export", day, "--out", str(bundle), "--db", str(clerk))
    assert (code, err) == (EXIT_DONE, "")
    assert out.startswith("wrote the meeting with") and bundle.is_file()

    code, out, err = run("bundle", "import", str(bundle), "--db", str(member))
    assert (code, err) == (EXIT_DONE, "")
    assert out.startswith("Corporate Parenting Sub-Committee, ") and ": a new meeting (" in out
    code, out, _ = run("bundle", "import", str(bundle), "--db", str(member))
    assert code == EXIT_DONE and "nothing changed" in out

    with Desk.open(member) as desk:  # the member records their apologies
        meeting = desk.meetings.find(day)
        me = next(p for p in desk.people.people("member") if p.name == MEMBER)
        desk.meetings.set_attendance(meeting.id, me.id, "apologies")
    answers = tmp_path / "answers.cpdesk"
    code, out, err = run(
        "bundle", "export", day, "--out", str(answers), "--return", "--member", MEMBER, "--db", str(member)
    )
    assert (code, err) == (EXIT_DONE, ""), err
    assert out.startswith("wrote your answers with your attendance")
    code, out, err = run("bundle", "import", str(answers), "--db", str(clerk))
    assert (code, err) == (EXIT_DONE, "")
    assert "1 attendance record" in out


def test_refusals_say_one_line_and_change_nothing(
    databases: tuple[Path, Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clerk, member, day = databases
    bundle = tmp_path / "meeting.cpdesk"
    monkeypatch.setenv("CPDESK_BUNDLE_PASSPHRASE", PASSPHRASE)
    assert run("bundle", "export", day, "--out", str(bundle), "--db", str(clerk))[0] == EXIT_DONE
    before = dump(member)

    monkeypatch.setenv("CPDESK_BUNDLE_PASSPHRASE", "not the passphrase")
    code, out, err = run("bundle", "import", str(bundle), "--db", str(member))
    assert (code, out) == (EXIT_REFUSED, "")
    assert err.count("\n") == 1 and err.startswith("cpdesk: ")
    assert "the passphrase is not right for this bundle" in err

    monkeypatch.setenv("CPDESK_BUNDLE_PASSPHRASE", PASSPHRASE)
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0xFF
    tampered = tmp_path / "tampered.cpdesk"
    tampered.write_bytes(bytes(data))
    code, _, err = run("bundle", "import", str(tampered), "--db", str(member))
    assert code == EXIT_REFUSED and err.count("\n") == 1

    monkeypatch.delenv("CPDESK_BUNDLE_PASSPHRASE")
    code, _, err = run("bundle", "import", str(bundle), "--db", str(member))
    assert code == EXIT_REFUSED and "CPDESK_BUNDLE_PASSPHRASE" in err and err.count("\n") == 1
    code, _, err = run("bundle", "export", day, "--out", str(tmp_path / "x.cpdesk"), "--db", str(clerk))
    assert code == EXIT_REFUSED and not (tmp_path / "x.cpdesk").exists()

    monkeypatch.setenv("CPDESK_BUNDLE_PASSPHRASE", PASSPHRASE)
    code, _, err = run(
        "bundle", "export", day, "--out", str(tmp_path / "y"), "--member", MEMBER, "--db", str(clerk)
    )
    assert code == EXIT_REFUSED and "--return" in err
    code, _, err = run("bundle", "export", "1999-01-01", "--out", str(tmp_path / "z"), "--db", str(clerk))
    assert code == EXIT_REFUSED and "there is no meeting on" in err
    assert dump(member) == before


@pytest.mark.parametrize(
    "argv",
    [["bundle"], ["bundle", "export", "next"], ["bundle", "import"], ["bundle", "send", "x"]],
)
def test_usage_errors_exit_2(argv: list[str]) -> None:
    assert run(*argv)[0] == EXIT_USAGE
