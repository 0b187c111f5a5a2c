"""A bundle that is damaged, cut short, tampered with, of another version or opened with the wrong
passphrase is refused in one line, and the database is as it was."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cpdesk.domain.bundles import BUNDLE_KIND, FORMAT
from cpdesk.domain.desk import Desk
from cpdesk.errors import CpdeskError, InputError, WrongPassphraseError
from cpdesk.store.encrypted_file import write_encrypted
from tests.bundle_helpers import PASSPHRASE, decrypted, make_clerk_template, open_copy, write_payload
from tests.conftest import database_dump


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A genuine bundle of the example's next meeting."""
    folder = tmp_path_factory.mktemp("refusals")
    with open_copy(make_clerk_template(folder), folder / "clerk.db") as clerk:
        clerk.bundles.export(clerk.meetings.find("next").id, folder / "next.cpdesk", PASSPHRASE)
    return folder / "next.cpdesk"


@pytest.fixture
def member(_strategy_template: Path, tmp_path: Path) -> Iterator[Desk]:
    desk = open_copy(_strategy_template, tmp_path / "member.db")
    yield desk
    desk.close()


def refused(member: Desk, path: Path, passphrase: str = PASSPHRASE) -> str:
    """The one line a refusal says, having checked that the database is as it was."""
    before = database_dump(member)
    with pytest.raises(CpdeskError) as error:
        member.bundles.import_file(path, passphrase)
    said = error.value.describe()
    assert "\n" not in said
    assert database_dump(member) == before
    return said


def test_a_wrong_passphrase_says_so(member: Desk, bundle: Path) -> None:
    with pytest.raises(WrongPassphraseError):
        member.bundles.import_file(bundle, "not the passphrase")
    assert "the passphrase is not right for this bundle" in refused(member, bundle, "not the passphrase")


def test_no_passphrase_asks_for_one(member: Desk, bundle: Path) -> None:
    assert "give the passphrase the bundle was shared with" in refused(member, bundle, "")


@pytest.mark.parametrize("keep", [0.5, 0.9, 0.999])
def test_a_file_cut_short_is_refused(member: Desk, bundle: Path, tmp_path: Path, keep: float) -> None:
    data = bundle.read_bytes()
    cut = tmp_path / "cut.cpdesk"
    cut.write_bytes(data[: int(len(data) * keep)])
    refused(member, cut)


@pytest.mark.parametrize("where", [0.01, 0.3, 0.6, 0.95])
def test_a_file_with_bytes_flipped_is_refused(
    member: Desk, bundle: Path, tmp_path: Path, where: float
) -> None:
    data = bytearray(bundle.read_bytes())
    at = int(len(data) * where)
    data[at : at + 4] = bytes(b ^ 0xFF for b in data[at : at + 4])
    tampered = tmp_path / "tampered.cpdesk"
    tampered.write_bytes(bytes(data))
    refused(member, tampered)


def test_a_bundle_of_a_newer_format_is_refused_and_says_to_update(member: Desk, tmp_path: Path) -> None:
    head = {"format": FORMAT, "format_version": 2, "payload_bytes": 2, "payload_sha256": "0" * 64}
    path = tmp_path / "newer.cpdesk"
    write_encrypted(path, BUNDLE_KIND, json.dumps(head).encode() + b"\n{}", PASSPHRASE)
    said = refused(member, path)
    assert "format version 2" in said and "update cpdesk" in said


def test_a_payload_that_does_not_match_its_checksum_is_refused(
    member: Desk, bundle: Path, tmp_path: Path
) -> None:
    head, _, payload = decrypted(bundle).partition(b"\n")
    at = payload.index(b'"description":"') + len(b'"description":"')
    changed = payload[:at] + bytes([payload[at] ^ 0x20]) + payload[at + 1 :]  # one letter's case
    path = tmp_path / "changed.cpdesk"
    write_encrypted(path, BUNDLE_KIND, head + b"\n" + changed, PASSPHRASE)
    assert "checksum does not match" in refused(member, path)


def test_another_kind_of_encrypted_file_is_not_a_bundle(member: Desk, tmp_path: Path) -> None:
    path = tmp_path / "notes.cpdesk"
    write_encrypted(path, "cpdesk-notes", b"{}", PASSPHRASE)
    assert "not a bundle" in refused(member, path)


@pytest.mark.parametrize(
    "payload",
    [b"", b"not json", b'{"format": "cpdesk-meeting-bundle"}', b"[1, 2", "\ufeff{}".encode(), b"\xff\xfe"],
)
def test_a_malformed_payload_is_refused(member: Desk, tmp_path: Path, payload: bytes) -> None:
    refused(member, write_payload(tmp_path / "bad.cpdesk", payload))


def test_a_payload_naming_records_that_are_nowhere_is_refused(
    member: Desk, bundle: Path, tmp_path: Path
) -> None:
    payload = json.loads(decrypted(bundle).partition(b"\n")[2])
    payload["records"]["person"] = []  # the people the attendance and actions name
    said = refused(member, write_payload(tmp_path / "orphans.cpdesk", payload))
    assert "neither in the bundle nor here" in said


def test_a_file_that_is_not_there_or_a_folder_is_refused(member: Desk, tmp_path: Path) -> None:
    refused(member, tmp_path / "missing.cpdesk")
    refused(member, tmp_path)


def writes(desk: Desk) -> int:
    """How many rows this desk's connection has changed since it opened: any write moves it."""
    return int(desk.db.connection().total_changes)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=9000))
def test_any_bytes_are_refused_cleanly_and_write_nothing(member: Desk, tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "random.cpdesk"
    path.write_bytes(data)
    before = writes(member)
    with pytest.raises(CpdeskError) as error:
        member.bundles.import_file(path, PASSPHRASE)
    assert "\n" not in error.value.describe()
    assert writes(member) == before


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2000) | st.text(max_size=300).map(str.encode))
def test_any_payload_in_a_right_envelope_is_refused_cleanly(
    member: Desk, tmp_path: Path, data: bytes
) -> None:
    before = writes(member)
    with pytest.raises(InputError) as error:
        member.bundles.import_file(write_payload(tmp_path / "random.cpdesk", data), PASSPHRASE)
    assert "\n" not in error.value.describe()
    assert writes(member) == before


def test_a_refusal_writes_nothing_by_the_count_the_random_tests_use(
    member: Desk, bundle: Path, tmp_path: Path
) -> None:
    """The count moves with a bundle taken in, so that its standing still above means no write."""
    before = writes(member)
    bad = tmp_path / "bad.cpdesk"
    bad.write_bytes(b"\0" * 4096)
    with pytest.raises(CpdeskError):
        member.bundles.import_file(bad, PASSPHRASE)
    assert writes(member) == before
    member.bundles.import_file(bundle, PASSPHRASE)
    assert writes(member) > before
