"""The private folder of copies handed to other programs: owner-only, removed, and cleaned after a crash."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from cpdesk.domain.scratch import ScratchFolder


def test_a_copy_folder_is_owner_only_and_removed(tmp_path: Path) -> None:
    scratch = ScratchFolder(tmp_path / "data")
    folder = scratch.folder_for("paper")
    (folder / "report.pdf").write_bytes(b"%PDF-1.4")
    for path in (scratch.root, scratch.path, folder):
        assert path.stat().st_mode & 0o777 == 0o700
    scratch.remove()
    assert not scratch.path.exists()


def test_folders_of_processes_that_ended_are_removed_and_live_ones_kept(tmp_path: Path) -> None:
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True)
    dead_pid = int(ended.stdout)
    mine = ScratchFolder(tmp_path)
    mine.folder_for("open")
    left = mine.root / str(dead_pid) / "paper"
    left.mkdir(parents=True)
    (left / "pep.pdf").write_bytes(b"%PDF-1.4 left by a crash")
    alive = mine.root / str(os.getppid())  # another running cpdesk's folder
    alive.mkdir()
    stray = mine.root / "not-a-process"
    stray.write_text("junk", encoding="utf-8")

    removed = mine.remove_stale()

    assert sorted(p.name for p in removed) == sorted([str(dead_pid), "not-a-process"])
    assert not (mine.root / str(dead_pid)).exists() and not stray.exists()
    assert alive.is_dir() and mine.path.is_dir()


def test_nothing_is_made_until_a_copy_is_wanted(tmp_path: Path) -> None:
    scratch = ScratchFolder(tmp_path / "data")
    assert scratch.remove_stale() == []
    scratch.remove()
    assert not (tmp_path / "data").exists()
