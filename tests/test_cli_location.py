"""A command on a database in a risky place warns in one line on stderr, and does its work as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from cpdesk.__main__ import main


def test_a_command_on_a_database_in_a_synced_folder_warns_once_and_still_does_its_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "OneDrive - Example Council" / "Committee" / "cpdesk.db"
    assert main(["strategy", "versions", "--db", str(db)]) == 0
    captured = capsys.readouterr()
    assert "Corporate Parenting Strategy 2025-2030" in captured.out
    assert captured.err == (
        f"cpdesk: warning: This database is in a folder that OneDrive syncs ({db.parent.parent}). A sync "
        "program can copy the file while cpdesk is writing it, and changes made on two computers can "
        "overwrite each other, so work can be lost or the file damaged. Keep the database in a folder on "
        "this computer that is not synced.\n"
    )


def test_a_refusal_in_a_synced_folder_keeps_its_exit_status_and_its_own_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "Dropbox" / "cpdesk.db"
    assert main(["pack", "2031-01-01", "--out", str(tmp_path / "pack.pdf"), "--db", str(db)]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("cpdesk: warning: This database is in a folder that Dropbox syncs")
    assert lines[1].startswith("cpdesk: ") and "warning" not in lines[1]


def test_a_command_on_a_database_on_a_local_disk_says_nothing_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["strategy", "versions", "--db", str(tmp_path / "cpdesk.db")]) == 0
    assert capsys.readouterr().err == ""
