"""Files only their owner can read: the data folder, the database, its journal files and its copies."""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

FOLDER_MODE = 0o700
FILE_MODE = 0o600

# Only POSIX permissions say who may read a file; elsewhere the user's profile folder does that job.
_POSIX = os.name == "posix"


def journal_files(path: Path) -> tuple[Path, Path]:
    """The write-ahead log and shared-memory index SQLite keeps beside a database in WAL mode."""
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def make_folder(folder: Path) -> None:
    """Create a folder and any missing parents, each readable by its owner only; existing ones are kept."""
    missing = []
    for parent in (folder, *folder.parents):
        if parent.exists():
            break
        missing.append(parent)
    for new in reversed(missing):
        new.mkdir(mode=FOLDER_MODE, exist_ok=True)  # the umask can only take bits away from 0700
    if not folder.is_dir():
        raise NotADirectoryError(0, "not a folder", str(folder))


def create_file(path: Path) -> None:
    """Create an empty file readable by its owner only (SQLite treats it as an empty database).

    SQLite gives the journal files it creates the database file's permissions, so they follow.
    """
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    os.close(descriptor)


def make_private(path: Path) -> None:
    """Take away everyone else's access to a file (or folder) this user owns; leave any other alone.

    A file an older cpdesk made, or a copy made with the usual umask, is readable by others; a file
    another user owns is theirs to decide about.
    """
    if not _POSIX:
        return
    try:
        info = path.stat()
    except FileNotFoundError:
        return
    if info.st_uid != os.getuid() or stat.S_IMODE(info.st_mode) & 0o077 == 0:
        return
    # On a read-only file system nothing cpdesk writes can land there either.
    with contextlib.suppress(PermissionError):
        path.chmod(stat.S_IMODE(info.st_mode) & 0o700)
