"""Encrypting an open desk's database, changing its passphrase, and locking it while no one is there.

The window calls these; the work on the file itself is the store's (cpdesk.store.cipher). A desk's
database keeps one connection per thread: the GUI thread's stays open, a worker's is closed at the end
of each job (Desk.run). Encrypting needs the file to itself, so the caller closes the GUI thread's
connection first (close_connection) and lets no other work run until it is done.
"""

from __future__ import annotations

import hmac
import secrets
from pathlib import Path

from cpdesk.domain.desk import Desk
from cpdesk.errors import CpdeskError, DatabaseError, PassphraseNeededError, WrongPassphraseError
from cpdesk.store.cipher import change_passphrase, encrypt_file
from cpdesk.store.cipher import is_encrypted as _is_encrypted

SHORTEST = 8  # characters in a new passphrase, at the least

WRONG = "That passphrase is not right for this database. Nothing was changed."


def is_encrypted(path: Path) -> bool:
    """Whether the database file at path is encrypted (it needs a passphrase to be opened)."""
    return _is_encrypted(Path(path))


def is_new_database(path: Path) -> bool:
    """Whether opening path would make a new database: no file there yet, or an empty one."""
    path = Path(path)
    try:
        return not path.exists() or (path.is_file() and path.stat().st_size == 0)
    except OSError:
        return False


def check_new_passphrase(first: str, again: str) -> str:
    """The new passphrase typed twice, or a CpdeskError saying plainly what is wrong with it."""
    if not first:
        raise CpdeskError("type a passphrase: an empty passphrase protects nothing")
    if len(first) < SHORTEST:
        raise CpdeskError(
            f"the passphrase must be at least {SHORTEST} characters long; this one has {len(first)}"
        )
    if "\x00" in first:
        raise CpdeskError("the passphrase holds a null character, which cannot be used")
    if first != again:
        raise CpdeskError("the two passphrases are not the same: type the same passphrase in both fields")
    return first


def close_connection(desk: Desk) -> None:
    """Close this thread's connection to the desk's file (the models stay bound to the desk)."""
    if not desk.db.is_closed():
        desk.db.close()


def encrypt_desk(desk: Desk, passphrase: str) -> None:
    """Encrypt the desk's plain database where it lies; from then on the desk opens it with the passphrase.

    Run on a worker with no connection open to the file on any thread (close_connection on the GUI
    thread first). On a refusal the file and the desk are as they were: the plain database, still open.
    """
    if desk.encrypted:
        raise DatabaseError("this database is encrypted already; nothing was changed", where=str(desk.path))
    if desk.read_only:
        raise DatabaseError(
            f"this database is read-only ({desk.read_only}), so it cannot be encrypted; nothing was changed",
            where=str(desk.path),
        )
    check_new_passphrase(passphrase, passphrase)
    encrypt_file(desk.path, passphrase)
    desk.db.passphrase = passphrase  # type: ignore[attr-defined]


def after_encrypting(desk: Desk) -> None:
    """Open the newly encrypted database again on this thread, with what an encrypted one needs."""
    # As an encrypted database is opened from the start: sorts and indexes being built stay in memory.
    desk.db.pragma("temp_store", "memory", permanent=True)


def change_desk_passphrase(desk: Desk, old: str, new: str) -> None:
    """Give the desk's encrypted database a new passphrase; the old one must be given and be right.

    Run on a worker with the GUI thread's connection closed: a connection open with the old key
    cannot read what is written with the new one.
    """
    current = getattr(desk.db, "passphrase", None)
    if current is None:
        raise DatabaseError(
            "this database is not encrypted, so it has no passphrase to change; nothing was changed",
            where=str(desk.path),
        )
    if not hmac.compare_digest(old.encode(), current.encode()):
        raise WrongPassphraseError(
            "the present passphrase typed is not right for this database; nothing was changed",
            where=str(desk.path),
        )
    check_new_passphrase(new, new)
    desk.run(lambda: change_passphrase(desk.db, new))


def lock_desk(desk: Desk) -> None:
    """Close the desk's database and, when it is encrypted, forget its passphrase until unlock_desk.

    Anything that tries to read while it is locked meets a key that opens nothing, so it gets an error
    rather than the data. Call with no work running on a worker.
    """
    close_connection(desk)
    if desk.encrypted:
        desk.db.passphrase = secrets.token_urlsafe(32)  # type: ignore[attr-defined]
        desk.scratch.remove()  # plain copies of papers handed to a PDF viewer: the only readable data left


def unlock_desk(desk: Desk, passphrase: str | None) -> None:
    """Open the locked desk's database again; WrongPassphraseError (and still locked) for a wrong passphrase.

    The passphrase is checked by opening the file with it, not against a copy kept in memory.
    """
    if desk.encrypted:
        if not passphrase:
            raise PassphraseNeededError("type the passphrase to unlock", where=str(desk.path))
        forgotten = desk.db.passphrase  # type: ignore[attr-defined]
        close_connection(desk)
        desk.db.passphrase = passphrase  # type: ignore[attr-defined]
        try:
            desk.db.connect()
        except BaseException as error:
            desk.db.passphrase = forgotten  # type: ignore[attr-defined]
            wrong = _wrong_passphrase(error)
            if wrong is not None:
                raise wrong from None
            raise
        return
    desk.db.connect(reuse_if_open=True)


def _wrong_passphrase(error: BaseException) -> WrongPassphraseError | None:
    """The WrongPassphraseError behind an error (peewee wraps what a connection raises in its own)."""
    seen: BaseException | None = error
    for _depth in range(10):
        if seen is None:
            return None
        if isinstance(seen, WrongPassphraseError):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None
