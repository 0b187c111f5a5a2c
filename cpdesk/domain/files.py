"""Writing files the user asked for, whole or not at all, with ordinary permissions."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from cpdesk.errors import InputError, OutputError


def quoted(text: str, limit: int = 60) -> str:
    """A value from an offered file as a one-line message quotes it: escaped, and cut short if long."""
    if len(text) <= limit:
        return repr(text)
    return f"{text[: limit - 20]!r}... ({len(text):,} characters)"


def read_offered_file(path: Path, *, max_bytes: int, what: str) -> bytes:
    """The bytes of a file offered for import, or InputError: missing, folder, unreadable, too big, empty."""
    path = Path(path)
    where = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(
                f"the file is {size / 1_000_000:.1f} MB; "
                f"a {what} file is at most {max_bytes / 1_000_000:.0f} MB",
                where=where,
            )
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError("there is no such file", where=where) from exc
    except IsADirectoryError as exc:
        raise InputError("this is a folder, not a file", where=where) from exc
    except PermissionError as exc:
        raise InputError("cpdesk is not allowed to read this file", where=where) from exc
    if not raw.strip():
        raise InputError(f"the file is empty; expected a {what} file", where=where)
    return raw


def _new_file_mode(path: Path) -> int:
    """The mode an ordinary new file gets here (or the mode of the file being replaced)."""
    if path.exists():
        return path.stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_bytes_atomically(path: Path, data: bytes, *, private: bool = False) -> None:
    """Write so that a failure leaves either the old file or the whole new one, never half.

    A private file (a member's own notes) can be read by its owner only, from the moment it exists.
    """
    path = Path(path)
    where = str(path)
    if path.is_dir():
        raise OutputError("this is a folder; give a file name to write to", where=where)
    if not path.parent.is_dir():
        raise OutputError(f"the folder {path.parent} does not exist", where=where)
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError as exc:
        raise OutputError(f"cannot write in this folder ({exc.strerror})", where=where) from exc
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, 0o600 if private else _new_file_mode(path))
        os.replace(temp, path)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise OutputError(f"the file could not be written ({exc.strerror})", where=where) from exc
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def write_text_atomically(path: Path, text: str, *, private: bool = False) -> None:
    write_bytes_atomically(path, text.encode("utf-8"), private=private)
