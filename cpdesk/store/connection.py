"""Opening a cpdesk database file: checked, kept private, bound to the proxy, and brought up to date."""

from __future__ import annotations

import os
from pathlib import Path

from cpdesk.config import user_data_dir
from cpdesk.errors import CpdeskError, DatabaseError, DatabaseReadOnlyError
from cpdesk.store.base import database_proxy
from cpdesk.store.cipher import check_passphrase, key_for, refuse_unless_keys_fit
from cpdesk.store.database import FAILURES, CpdeskDatabase, plain_error
from cpdesk.store.migrate import SCHEMA_VERSION, migrate, preflight
from cpdesk.store.private import create_file, journal_files, make_folder, make_private

OPENED_READ_ONLY = "it was opened for reading only"
FILE_READ_ONLY = "you may read the file but not change it"
FOLDER_READ_ONLY = "its folder cannot be written to, and SQLite writes beside the file"


def _why_read_only(path: Path) -> str | None:
    if not os.access(path, os.W_OK):
        return FILE_READ_ONLY
    if not os.access(path.parent, os.W_OK):
        return FOLDER_READ_ONLY
    return None


def open_database(path: Path, *, read_only: bool = False, passphrase: str | None = None) -> CpdeskDatabase:
    """Open (or create) the database at path, bind the models to it and migrate it.

    A file that cannot be written (or whose folder cannot be) opens for reading, as does any file
    when read_only is given; the database's read_only then says why. The data folder, the file and
    SQLite's files beside it are made readable by their owner only.

    With a passphrase the database is encrypted (a new one is made encrypted). An encrypted file
    opened without one raises PassphraseNeededError, with a wrong one WrongPassphraseError, and a
    plain file given one is refused too: each leaves the file as it was.
    """
    path = Path(path)
    if passphrase is not None:
        check_passphrase(passphrase)
    try:
        make_folder(path.parent)
    except OSError as exc:
        raise DatabaseError(
            f"cannot create the folder for the database ({exc.strerror})", where=str(path)
        ) from exc
    if path.is_dir():
        raise DatabaseError("this is a folder, not a database file", where=str(path))
    reason = OPENED_READ_ONLY if read_only else None
    if path.exists():
        reason = reason or _why_read_only(path)
    elif reason is None:
        try:
            create_file(path)
        except OSError as exc:
            why = "the folder cannot be written to" if isinstance(exc, PermissionError) else exc.strerror
            raise DatabaseError(f"cannot create a new database here ({why})", where=str(path)) from exc
    else:
        raise DatabaseError("there is no database here to read", where=str(path))
    immutable = reason == FOLDER_READ_ONLY
    if path.stat().st_size == 0 and reason is not None:
        raise DatabaseReadOnlyError(
            f"this file is empty, and it is read-only ({reason}), so cpdesk cannot make a database in it",
            where=str(path),
        )
    derived = None
    if path.stat().st_size > 0:
        refuse_unless_keys_fit(path, passphrase)
        derived = key_for(path, passphrase)  # stretched once here, for every connection after
        try:
            version = preflight(path, immutable=immutable, passphrase=passphrase, derived=derived)
        except DatabaseReadOnlyError:
            if immutable:
                raise
            # The folder refuses the files SQLite keeps beside a database, though access() said yes
            # (a read-only mount, or a rule access() does not see): read it as it lies on the disk.
            reason, immutable = FOLDER_READ_ONLY, True
            version = preflight(path, immutable=True, passphrase=passphrase, derived=derived)
        if reason is not None and version < SCHEMA_VERSION:
            raise DatabaseReadOnlyError(
                f"this database is read-only ({reason}), and it was made by an older cpdesk: it must be "
                "upgraded before this cpdesk can open it, which means writing to it; nothing was changed",
                where=str(path),
            )
    if reason is None:
        # The user's data folder is cpdesk's own, so an older cpdesk's open one is closed to others; a
        # folder the user chose keeps the permissions they gave it.
        if path.parent.resolve() == user_data_dir().resolve():
            make_private(path.parent)
        for own in (path, *journal_files(path)):
            make_private(own)
    db = CpdeskDatabase(path, read_only=reason, immutable=immutable, passphrase=passphrase, derived=derived)
    try:
        db.connect()
        if reason is None:
            migrate(db, path)
    except CpdeskError:
        db.close()
        raise
    except FAILURES as exc:
        db.close()
        plain = plain_error(exc, path, reason)
        if plain is not None:
            raise plain from exc
        raise DatabaseError(f"cannot open this file as a cpdesk database ({exc})", where=str(path)) from exc
    except BaseException:
        db.close()
        raise
    database_proxy.initialize(db)
    return db
