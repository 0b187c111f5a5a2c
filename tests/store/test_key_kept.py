"""An encrypted database stretches its passphrase once: later connections are keyed with the derived key."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from cpdesk.domain.desk import Desk
from cpdesk.errors import WrongPassphraseError
from cpdesk.store import cipher
from cpdesk.store.cipher import change_passphrase, encrypt_file, kdf_settings

KEY = "correct horse battery staple"


@pytest.fixture
def encrypted(strategy_db: Desk) -> Iterator[Desk]:
    strategy_db.close()
    encrypt_file(strategy_db.path, KEY)
    desk = Desk.open(strategy_db.path, passphrase=KEY)
    yield desk
    desk.close()


@pytest.fixture
def no_stretching(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Keying with the passphrase (SQLCipher stretching it) fails the test; deriving is counted."""
    derived: list[str] = []
    real = cipher.derive_key

    def stretched(*args: object) -> None:
        raise AssertionError("a connection was keyed with the passphrase, stretching it again")

    def counted(passphrase: str, salt: bytes) -> cipher.DerivedKey:
        derived.append(passphrase)
        return real(passphrase, salt)

    monkeypatch.setattr(cipher, "key", stretched)
    monkeypatch.setattr(cipher, "derive_key", counted)
    return derived


def on_another_thread(desk: Desk) -> set[str]:
    found: list[set[str]] = []
    thread = threading.Thread(
        target=lambda: found.append(desk.run(lambda: {t.name for t in desk.people.teams()}))
    )
    thread.start()
    thread.join()
    assert found, "the other thread could not read the database"
    return found[0]


def test_the_settings_are_the_ones_sqlcipher_reports() -> None:
    conn = sqlcipher.connect(":memory:")
    assert kdf_settings() == ("sha512", int(conn.execute("PRAGMA cipher_default_kdf_iter").fetchone()[0]))
    conn.close()


def test_the_derived_key_alone_opens_the_file(encrypted: Desk) -> None:
    derived = encrypted.db.derived_key
    assert derived is not None
    salt = encrypted.path.read_bytes()[:16]
    algorithm, iterations = kdf_settings()
    assert derived.key == hashlib.pbkdf2_hmac(algorithm, KEY.encode(), salt, iterations, 32)
    conn = sqlcipher.connect(str(encrypted.path))
    conn.execute(f"""PRAGMA key = "x'{derived.key.hex()}'\"""")
    assert conn.execute("SELECT count(*) FROM team").fetchone()[0] > 0
    conn.close()


def test_later_connections_read_the_data_without_stretching_the_passphrase(
    encrypted: Desk, no_stretching: list[str]
) -> None:
    encrypted.people.add_team("Read on another thread")
    for _ in range(3):
        assert "Read on another thread" in on_another_thread(encrypted)
    assert no_stretching == [], "the key was derived once, when the desk opened"


def test_a_backup_is_made_and_checked_without_stretching_and_opens_with_the_passphrase(
    encrypted: Desk, no_stretching: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    made = encrypted.backups.make()
    monkeypatch.undo()
    conn = cipher.connect_raw(made.path, KEY, read_only=True)
    assert conn.execute("SELECT count(*) FROM team").fetchone()[0] > 0
    conn.close()


def test_opening_stretches_once(strategy_db: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    strategy_db.close()
    encrypt_file(strategy_db.path, KEY)
    keyed: list[str] = []
    real = cipher.key
    monkeypatch.setattr(
        cipher, "key", lambda conn, passphrase, path: (keyed.append(passphrase), real(conn, passphrase, path))
    )
    derived: list[str] = []
    real_derive = cipher.derive_key
    monkeypatch.setattr(cipher, "derive_key", lambda p, s: (derived.append(p), real_derive(p, s))[1])
    with Desk.open(strategy_db.path, passphrase=KEY) as desk:
        desk.people.teams()
        on_another_thread(desk)
    assert (keyed, derived) == ([], [KEY])


def test_a_new_passphrase_is_derived_afresh_and_a_wrong_one_still_refused(encrypted: Desk) -> None:
    change_passphrase(encrypted.db, "a newer passphrase")
    assert "Fostering" not in on_another_thread(encrypted)
    derived = encrypted.db.derived_key
    assert derived is not None and derived.passphrase == "a newer passphrase"
    encrypted.close()
    with pytest.raises(WrongPassphraseError):
        Desk.open(encrypted.path, passphrase=KEY)


def test_a_raw_key_that_does_not_fit_falls_back_to_the_passphrase(encrypted: Desk) -> None:
    wrong = cipher.DerivedKey(KEY, encrypted.path.read_bytes()[:16], b"\x01" * 32)
    conn = cipher.connect_raw(encrypted.path, KEY, derived=wrong)
    assert conn.execute("SELECT count(*) FROM team").fetchone()[0] > 0
    conn.close()


def test_locking_forgets_the_derived_key_with_the_passphrase(encrypted: Desk) -> None:
    from cpdesk.domain.encryption import lock_desk, unlock_desk

    assert encrypted.db.derived_key is not None
    lock_desk(encrypted)
    assert encrypted.db._derived is None, "nothing that opens the file is kept while locked"
    with pytest.raises(Exception):  # noqa: B017 - whatever the driver says, the data is not read
        encrypted.people.teams()
    assert encrypted.db._derived is None or encrypted.db._derived.passphrase != KEY
    unlock_desk(encrypted, KEY)
    assert encrypted.people.teams()


def test_locking_removes_the_plain_copies_of_papers_handed_to_a_viewer(encrypted: Desk) -> None:
    from cpdesk.domain.encryption import lock_desk, unlock_desk

    copy = encrypted.scratch.folder_for("paper") / "report.pdf"
    copy.write_bytes(b"%PDF-1.4 a paper's words")
    lock_desk(encrypted)
    assert not copy.exists()
    assert not encrypted.scratch.path.exists()
    unlock_desk(encrypted, KEY)
    assert encrypted.scratch.folder_for("again").is_dir(), "a paper can be opened again after unlocking"
