"""Notes exported from an encrypted database are encrypted with its passphrase, and come back in with it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from cpdesk.domain.desk import Desk
from cpdesk.errors import InputError, WrongPassphraseError
from cpdesk.store.cipher import encrypt_file, is_encrypted

KEY = "correct horse battery staple"
PHRASE = "Periwinkle Aqueduct"


@pytest.fixture
def template(strategy_db: Desk, tmp_path: Path) -> Path:
    strategy_db.close()
    copy = tmp_path / "template.db"
    shutil.copyfile(strategy_db.path, copy)
    return copy


def encrypted_copy(template: Path, path: Path, passphrase: str) -> Desk:
    shutil.copyfile(template, path)
    encrypt_file(path, passphrase)
    desk = Desk.open(path, passphrase=passphrase)
    desk.notes.set_current_user("Cllr Ada", "member")
    return desk


@pytest.fixture
def mine(template: Path, tmp_path: Path) -> Iterator[Desk]:
    desk = encrypted_copy(template, tmp_path / "mine.db", KEY)
    indicator = desk.indicators.indicators()[0].id
    desk.notes.add("indicator", indicator, f"Ask about the {PHRASE} again.")
    yield desk
    desk.close()


def test_the_export_of_an_encrypted_database_is_encrypted(mine: Desk, tmp_path: Path) -> None:
    out = tmp_path / "my-notes.json"
    assert mine.notes.export_file(out) == 1
    data = out.read_bytes()
    assert is_encrypted(out)
    for form in (PHRASE.encode(), PHRASE.lower().encode(), PHRASE.encode("utf-16-le")):
        assert form not in data.lower() if form.islower() else form not in data
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == [], "no half-written file"


def test_it_comes_back_in_with_the_passphrase(mine: Desk, template: Path, tmp_path: Path) -> None:
    out = tmp_path / "my-notes.json"
    mine.notes.export_file(out)
    with encrypted_copy(template, tmp_path / "laptop.db", KEY) as laptop:
        assert laptop.notes.import_file(out) == 1
        assert PHRASE in laptop.notes.preparation()[0].text


def test_another_passphrase_is_refused_unless_the_files_own_is_given(
    mine: Desk, template: Path, tmp_path: Path
) -> None:
    out = tmp_path / "my-notes.json"
    mine.notes.export_file(out)
    with encrypted_copy(template, tmp_path / "laptop.db", "another passphrase") as laptop:
        with pytest.raises(WrongPassphraseError, match="exported from a database with another passphrase"):
            laptop.notes.import_file(out)
        assert laptop.notes.preparation() == []
        assert laptop.notes.import_file(out, passphrase=KEY) == 1


def test_an_encrypted_file_of_another_kind_is_refused(mine: Desk, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not an encrypted file cpdesk wrote"):
        mine.notes.import_file(mine.path)


def test_a_plain_database_still_exports_plain_json(strategy_db: Desk, tmp_path: Path) -> None:
    strategy_db.notes.set_current_user("Cllr Ada", "member")
    out = tmp_path / "my-notes.json"
    strategy_db.notes.export_file(out)
    assert out.read_text(encoding="utf-8").startswith("{")
