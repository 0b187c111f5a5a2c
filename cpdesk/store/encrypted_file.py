"""A file cpdesk writes from an encrypted database for its user alone (exported notes), encrypted like it.

The file is a small SQLCipher 4 database holding one row, the content's kind and its bytes, keyed with
the database's passphrase (raw, with its derived key, when it is known): nothing in it can be read
without the passphrase, and it is written whole or not at all.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from cpdesk.errors import DatabaseError, InputError, OutputError, PassphraseNeededError, WrongPassphraseError
from cpdesk.store.cipher import DRIVER_ERRORS, DerivedKey, connect_raw, is_encrypted
from cpdesk.store.private import create_file, journal_files

TABLE = "cpdesk_encrypted_file"


def write_encrypted(
    path: Path, kind: str, data: bytes, passphrase: str, derived: DerivedKey | None = None
) -> None:
    """Write data as an encrypted file at path (replacing one there), readable by its owner only."""
    path = Path(path)
    where = str(path)
    if path.is_dir():
        raise OutputError("this is a folder; give a file name to write to", where=where)
    if not path.parent.is_dir():
        raise OutputError(f"the folder {path.parent} does not exist", where=where)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}")
    try:
        create_file(temporary)
        conn = connect_raw(temporary, passphrase, derived=derived)
        try:
            conn.execute("PRAGMA journal_mode = OFF")  # a new file, thrown away if anything fails
            conn.execute(f"CREATE TABLE {TABLE} (kind TEXT NOT NULL, data BLOB NOT NULL)")
            conn.execute(f"INSERT INTO {TABLE} VALUES (?, ?)", (kind, data))
            conn.commit()
        finally:
            conn.close()
        descriptor = os.open(temporary, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        os.replace(temporary, path)
    except OSError as exc:
        raise OutputError(f"the file could not be written ({exc.strerror or exc})", where=where) from exc
    except DRIVER_ERRORS as exc:
        raise OutputError(f"the file could not be written ({exc})", where=where) from exc
    finally:
        for leftover in (temporary, *journal_files(temporary)):
            leftover.unlink(missing_ok=True)


def is_encrypted_file(path: Path) -> bool:
    """Whether a file offered is (by its look) encrypted, as one exported from an encrypted database is."""
    return is_encrypted(Path(path))


def read_encrypted(path: Path, kind: str, passphrase: str | None, *, max_bytes: int) -> bytes:
    """The bytes of an encrypted file of this kind; InputError if it is another file, PassphraseNeededError
    without a passphrase, WrongPassphraseError with one that does not open it. Nothing is written."""
    path = Path(path)
    where = str(path)
    if passphrase is None:
        raise PassphraseNeededError(
            "this file is encrypted: give the passphrase it was written with", where=where
        )
    try:
        conn = connect_raw(path, passphrase, read_only=True)
    except WrongPassphraseError as exc:
        raise WrongPassphraseError(
            "the passphrase is not right for this file (was it exported from a database with another "
            "passphrase? give that one); nothing was changed",
            where=where,
        ) from exc
    except DatabaseError as exc:
        raise InputError(f"this file cannot be read ({exc.message})", where=where) from exc
    try:
        row = conn.execute(f"SELECT kind, length(data), data FROM {TABLE}").fetchone()
    except DRIVER_ERRORS as exc:
        raise InputError(f"this is not an encrypted file cpdesk wrote ({exc})", where=where) from exc
    finally:
        conn.close()
    if row is None or row[0] != kind:
        raise InputError(f"this encrypted file does not hold {kind}", where=where)
    if row[1] > max_bytes:
        raise InputError(f"this file is larger than the {max_bytes:,} bytes cpdesk reads", where=where)
    return bytes(row[2])
