"""Encryption at rest with SQLCipher 4: keying a connection, encrypting a plain database, a new passphrase.

An encrypted database is read and written only through the sqlcipher3 driver, a plain one only through
Python's sqlite3: SQLite keeps its file locks per library, so two libraries on one file in one process
would not see each other's locks. Every other file cpdesk makes from an encrypted database (the copy
made before an upgrade) is encrypted with the same key.
"""

from __future__ import annotations

import contextlib
import datetime
import decimal
import functools
import hashlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import peewee as pw
from sqlcipher3 import dbapi2 as sqlcipher

from cpdesk.errors import DatabaseBusyError, DatabaseError, PassphraseNeededError, WrongPassphraseError

SQLITE_HEADER = b"SQLite format 3\x00"
SQLITE_NOTADB = 26
# An encrypted file is whole pages; SQLite's smallest page is 512 bytes. A document of some other kind
# seldom is, so it is told as "not a database" rather than as an encrypted one.
SMALLEST_PAGE = 512
# How long encrypting waits for another program to let go of the file: a window left open does not.
ENCRYPT_WAIT = 2.0

DriverError = sqlcipher.Error
# sqlcipher3's errors are sqlite3's under another module, with the same codes.
DRIVER_ERRORS: tuple[type[sqlite3.Error], ...] = (sqlite3.Error, sqlcipher.Error)


def _prepare_driver() -> None:
    # The same conversions peewee registers for sqlite3, so that a date is stored the same either way.
    for kind in (datetime.date, datetime.time, decimal.Decimal):
        sqlcipher.register_adapter(kind, str)
    # SQLCipher writes its own complaints (a page that fails its check, as every page read with a wrong
    # key does) to stderr; cpdesk says what they mean in one line instead.
    quiet = sqlcipher.connect(":memory:")
    try:
        quiet.execute("PRAGMA cipher_log_level = NONE")
    finally:
        quiet.close()


_prepare_driver()


def cipher_build() -> tuple[str, bool]:
    """The SQLCipher version the driver was built with, and whether its SQLite has FTS5 (search needs it)."""
    conn = sqlcipher.connect(":memory:")
    try:
        row = conn.execute("PRAGMA cipher_version").fetchone()
        fts5 = bool(conn.execute("SELECT sqlite_compileoption_used('ENABLE_FTS5')").fetchone()[0])
    finally:
        conn.close()
    return (str(row[0]) if row else ""), fts5


# --- the key derived from a passphrase, kept so that later connections skip the stretching ---

SALT_BYTES = 16  # SQLCipher 4 keeps the file's random salt in its first 16 bytes
KEY_BYTES = 32  # AES-256: SQLCipher 4's cipher is AES-256-CBC


@functools.cache
def kdf_settings() -> tuple[str, int]:
    """The hash and iterations SQLCipher stretches a passphrase with, as this build says (not assumed)."""
    conn = sqlcipher.connect(":memory:")
    try:
        algorithm = str(conn.execute("PRAGMA cipher_default_kdf_algorithm").fetchone()[0])
        iterations = int(conn.execute("PRAGMA cipher_default_kdf_iter").fetchone()[0])
    finally:
        conn.close()
    hashes = {"PBKDF2_HMAC_SHA512": "sha512", "PBKDF2_HMAC_SHA256": "sha256", "PBKDF2_HMAC_SHA1": "sha1"}
    if algorithm not in hashes:
        raise RuntimeError(f"SQLCipher stretches passphrases with {algorithm}, which cpdesk does not know")
    return hashes[algorithm], iterations


@dataclass(frozen=True, repr=False)
class DerivedKey:
    """The raw key SQLCipher derives from a passphrase and a file's salt (PBKDF2, about a quarter of a
    second each time). A connection keyed with it opens at once; a new file keyed with it and the salt
    opens with the passphrase too (a backup, a restored copy). Never written anywhere."""

    passphrase: str
    salt: bytes
    key: bytes

    def fits(self, passphrase: str | None, salt: bytes | None) -> bool:
        return passphrase == self.passphrase and salt == self.salt

    def pragma(self, *, with_salt: bool = False) -> str:
        """PRAGMA key in SQLCipher's raw form; with the salt, for a new file to take it."""
        raw = self.key.hex() + (self.salt.hex() if with_salt else "")
        return "PRAGMA key = \"x'" + raw + "'\""


def file_salt(path: Path) -> bytes | None:
    """The salt at the start of an encrypted database file, or None (a plain, empty or missing file)."""
    if not is_encrypted(path):
        return None
    try:
        with open(path, "rb") as file:
            salt = file.read(SALT_BYTES)
    except OSError:
        return None
    return salt if len(salt) == SALT_BYTES else None


def derive_key(passphrase: str, salt: bytes) -> DerivedKey:
    """What SQLCipher 4 derives from the passphrase for a file with this salt (see kdf_settings)."""
    algorithm, iterations = kdf_settings()
    key = hashlib.pbkdf2_hmac(algorithm, passphrase.encode("utf-8"), salt, iterations, KEY_BYTES)
    return DerivedKey(passphrase, salt, key)


def key_for(path: Path, passphrase: str | None, known: DerivedKey | None = None) -> DerivedKey | None:
    """The derived key for the encrypted file at path: known if it still fits the file (the same salt and
    passphrase), else derived afresh; None for a plain, empty or missing file, or no passphrase."""
    if passphrase is None:
        return None
    salt = file_salt(path)
    if salt is None:
        return None
    if known is not None and known.fits(passphrase, salt):
        return known
    return derive_key(passphrase, salt)


def check_passphrase(passphrase: str) -> None:
    """Refuse a passphrase that protects nothing or that SQLite cannot be given."""
    if not passphrase:
        raise DatabaseError(
            "the passphrase is empty: an empty passphrase protects nothing; nothing was changed"
        )
    if "\x00" in passphrase:
        raise DatabaseError(
            "the passphrase holds a null character, which cannot be used; nothing was changed"
        )


def _quoted(passphrase: str) -> str:
    return "'" + passphrase.replace("'", "''") + "'"


def is_encrypted(path: Path) -> bool:
    """Whether the file at path is (by its look) an encrypted database: not empty, whole pages, and
    without the header every plain SQLite file starts with."""
    try:
        with open(path, "rb") as file:
            head = file.read(len(SQLITE_HEADER))
            size = os.fstat(file.fileno()).st_size
    except OSError:
        return False
    return size > 0 and size % SMALLEST_PAGE == 0 and head != SQLITE_HEADER


def _has_content(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def refuse_unless_keys_fit(path: Path, passphrase: str | None) -> None:
    """Refuse, before anything opens the file, an encrypted database without a passphrase and a plain
    one with a passphrase; an empty or missing file takes either (it becomes what it is given)."""
    if passphrase is not None:
        check_passphrase(passphrase)
    if not _has_content(path):
        return
    encrypted = is_encrypted(path)
    if encrypted and passphrase is None:
        raise PassphraseNeededError(where=str(path))
    if passphrase is not None and not encrypted:
        raise DatabaseError(
            "this database is not encrypted, so it has no passphrase: open it without one (or encrypt it "
            "first); nothing was changed",
            where=str(path),
        )


def key(conn: Any, passphrase: str, path: Path) -> None:
    """Key a new sqlcipher3 connection (PRAGMA key is its first statement) and check the key is right."""
    conn.execute(f"PRAGMA key = {_quoted(passphrase)}")
    key_checked(conn, path)


def key_checked(conn: Any, path: Path) -> None:
    """Check a connection just keyed: WrongPassphraseError if the key does not open the file."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as exc:
        if getattr(exc, "sqlite_errorcode", None) == SQLITE_NOTADB:
            raise WrongPassphraseError(where=str(path)) from exc
        raise
    if not conn.execute("PRAGMA cipher_version").fetchone():  # a driver built without SQLCipher
        raise RuntimeError(
            "the sqlcipher3 driver has no SQLCipher in it: the database would not be encrypted"
        )


def connect_keyed(
    database: str, passphrase: str, path: Path, *, derived: DerivedKey | None = None, **params: Any
) -> Any:
    """A sqlcipher3 connection to database (a path or URI) keyed with the passphrase, checked.

    With a derived key for it the connection is keyed raw, skipping the stretching; should the raw key
    not open the file (made with other settings than this build's), the passphrase is tried as well.
    """
    if derived is not None and derived.passphrase == passphrase:
        conn = sqlcipher.connect(database, **params)
        try:
            # With the salt: a new file takes it (and so opens with the passphrase); an existing one has it.
            conn.execute(derived.pragma(with_salt=True))
            key_checked(conn, path)
            return conn
        except WrongPassphraseError:
            conn.close()
        except BaseException:
            conn.close()
            raise
    conn = sqlcipher.connect(database, **params)
    try:
        key(conn, passphrase, path)
    except BaseException:
        conn.close()
        raise
    return conn


def uri(path: Path, *, read_only: bool = False, immutable: bool = False) -> str:
    """The file's URI as SQLite takes it, read-only (and immutable, for a folder that cannot be written)."""
    query = "?mode=ro&immutable=1" if immutable else ("?mode=ro" if read_only else "")
    return Path(path).resolve().as_uri() + query


def connect_raw(
    path: Path,
    passphrase: str | None,
    *,
    read_only: bool = False,
    immutable: bool = False,
    timeout: float = 30.0,
    derived: DerivedKey | None = None,
) -> Any:
    """A DB-API connection to the file, through sqlcipher3 and keyed when a passphrase is given, through
    sqlite3 otherwise: for checks, copies and backups. Autocommit off as in sqlite3's default.

    An encrypted file without a passphrase raises PassphraseNeededError, a wrong one WrongPassphraseError;
    neither touches the file. A connection's backup() can only write to a connection of the same driver:
    use copy_database for a copy.
    """
    path = Path(path)
    refuse_unless_keys_fit(path, passphrase)
    target = uri(path, read_only=read_only, immutable=immutable)
    if passphrase is None:
        return sqlite3.connect(target, uri=True, timeout=timeout)
    return connect_keyed(target, passphrase, path, derived=derived, uri=True, timeout=timeout)


def copy_database(
    source: Any, target: Path, passphrase: str | None, derived: DerivedKey | None = None
) -> None:
    """Copy a whole open database (WAL included) with SQLite's online backup into target, an empty file,
    encrypted with passphrase if one is given (the source's own, for a copy of an encrypted database).

    With the passphrase's derived key the copy is keyed raw with its salt, at once, and opens with the
    passphrase like the file the key was derived for.
    """
    if passphrase is not None and derived is not None and derived.passphrase == passphrase:
        refuse_unless_keys_fit(target, passphrase)
        dest = sqlcipher.connect(uri(target), uri=True)
        try:
            dest.execute(derived.pragma(with_salt=True))
            source.backup(dest)
        finally:
            dest.close()
        return
    dest = connect_raw(target, passphrase)
    try:
        source.backup(dest)
    finally:
        dest.close()


def _tables(conn: Any, schema: str = "main") -> dict[str, int]:
    names = [
        row[0]
        for row in conn.execute(
            f"SELECT name FROM {schema}.sqlite_master "
            "WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
        )
    ]
    return {name: conn.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0] for name in names}


def _fsync(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":  # elsewhere a folder cannot be opened to flush it
        return
    _fsync(folder)


def _overwrite(descriptor: int) -> None:
    """Write zeros over every byte of an open file and flush them to the disk."""
    size = os.fstat(descriptor).st_size
    block = b"\x00" * (1 << 20)
    done = 0
    while done < size:
        done += os.pwrite(descriptor, block[: min(len(block), size - done)], done)
    os.fsync(descriptor)


def _plain(error: BaseException, path: Path) -> BaseException:
    from cpdesk.store.database import plain_error

    return plain_error(error, path) or DatabaseError(
        f"cannot encrypt this database ({error})", where=str(path)
    )


def encrypt_file(path: Path, passphrase: str) -> None:
    """Encrypt the plain cpdesk database at path, and the copies made aside before its upgrades.

    Nothing else may have the file open, in this process either: close the desk first. The database
    is exported into a new file beside it, which is checked (opened with the key, SQLite's integrity
    check, the same tables with the same numbers of rows) and then put in its place in one rename;
    the plain file's bytes are then overwritten with zeros. A crash at any moment leaves at path
    either the plain database or the encrypted one, whole, and no plain copy under any other name.
    """
    from cpdesk.store.migrate import preflight
    from cpdesk.store.private import journal_files

    path = Path(path)
    check_passphrase(passphrase)
    where = str(path)
    if not path.is_file():
        raise DatabaseError("there is no database here to encrypt", where=where)
    if is_encrypted(path):
        raise DatabaseError("this database is encrypted already; nothing was changed", where=where)
    if not _has_content(path):
        raise DatabaseError("this file is empty: there is no database in it to encrypt", where=where)
    preflight(path)  # a cpdesk database, sound, not from a newer cpdesk: else refused untouched
    _encrypt_one(path, passphrase)
    for leftover in journal_files(path):
        leftover.unlink(missing_ok=True)
    from cpdesk.store.database import copies_aside

    for copy in copies_aside(path):
        if _has_content(copy) and not is_encrypted(copy):
            _encrypt_one(copy, passphrase)


def _encrypt_one(path: Path, passphrase: str) -> None:
    from cpdesk.store.private import create_file

    where = str(path)
    temporary = path.with_name(path.name + ".encrypting")
    for stale in (temporary, temporary.with_name(temporary.name + "-journal")):
        stale.unlink(missing_ok=True)  # an encrypting cut short: encrypted, or empty, and never swapped in
    source = sqlcipher.connect(uri(path), uri=True, timeout=ENCRYPT_WAIT, isolation_level=None)
    try:
        try:
            # Leaving WAL needs the file to itself: it fails while another program has it open.
            mode = source.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
            if mode != "delete":
                raise sqlcipher.OperationalError("database is locked")
            # Hold the file from here to the swap, so nothing is written to it that the copy would miss.
            source.execute("PRAGMA locking_mode = EXCLUSIVE")
            source.execute("BEGIN EXCLUSIVE")
            source.execute("COMMIT")
        except sqlcipher.Error as error:
            if getattr(error, "sqlite_errorcode", 0) & 0xFF in (5, 6):  # busy, locked
                raise DatabaseBusyError(
                    "the database is open in another program (a cpdesk window or command): close it, then "
                    "encrypt it; nothing was changed",
                    where=where,
                ) from error
            raise _plain(error, path) from error
        try:
            create_file(temporary)
            source.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(temporary), passphrase))
            # A new file, thrown away if anything fails and flushed to the disk once at the end: it
            # needs no journal, nor a flush after each table.
            source.execute("PRAGMA encrypted.journal_mode = OFF")
            source.execute("PRAGMA encrypted.synchronous = OFF")
            source.execute("SELECT sqlcipher_export('encrypted')")
            version = int(source.execute("PRAGMA main.user_version").fetchone()[0])
            source.execute(f"PRAGMA encrypted.user_version = {version:d}")  # not part of the export
            source.execute("DETACH DATABASE encrypted")
            _verify(temporary, passphrase, _tables(source), version)
            _fsync(temporary)
        except BaseException as error:
            with contextlib.suppress(sqlcipher.Error):
                source.execute("DETACH DATABASE encrypted")
            temporary.unlink(missing_ok=True)
            if isinstance(error, sqlcipher.Error):
                raise _plain(error, path) from error
            raise
        plain = os.open(path, os.O_RDWR)
        try:
            try:
                os.replace(temporary, path)
            except BaseException:
                temporary.unlink(missing_ok=True)
                raise
            _fsync_folder(path.parent)  # the rename is on the disk before the plain bytes go
            _overwrite(plain)
            source.close()
        finally:
            os.close(plain)
    finally:
        source.close()


def _verify(copy: Path, passphrase: str, tables: dict[str, int], version: int) -> None:
    conn = connect_raw(copy, passphrase, read_only=True)
    try:
        findings = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        broken = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        found = _tables(conn)
        found_version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()
    if findings != ["ok"] or broken or found != tables or found_version != version:
        raise DatabaseError(
            "the encrypted copy did not match the database, so it was not used; nothing was changed",
            where=str(copy),
        )


def change_passphrase(db: pw.Database, new: str) -> None:
    """Encrypt the open database (a CpdeskDatabase) with a new passphrase (PRAGMA rekey), which its next
    connections use.

    Other connections to the file (another window, another thread) keep the old key and fail: close them.
    The copies made before upgrades keep the passphrase they were made with.
    """
    from cpdesk.store.database import CpdeskDatabase

    if not isinstance(db, CpdeskDatabase):
        raise TypeError("change_passphrase needs a CpdeskDatabase")
    check_passphrase(new)
    where = str(db.path)
    if db.passphrase is None:
        raise DatabaseError(
            "this database is not encrypted, so it has no passphrase to change: encrypt it first; "
            "nothing was changed",
            where=where,
        )
    if db.read_only is not None:
        raise DatabaseError(
            f"this database is read-only ({db.read_only}), so its passphrase cannot be changed; "
            "nothing was changed",
            where=where,
        )
    db.connect(reuse_if_open=True)
    db.execute_sql(f"PRAGMA rekey = {_quoted(new)}")
    db.passphrase = new
    # Frames the log held from before were written with the old key: fold them in and empty it.
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
