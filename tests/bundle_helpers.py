"""What the meeting bundle tests share: the clerk's database (the example), and doctored bundles."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path
from typing import Any

from cpdesk.domain.bundle_export import payload_bytes
from cpdesk.domain.bundles import BUNDLE_KIND, envelope
from cpdesk.domain.desk import Desk
from cpdesk.domain.example import write_example
from cpdesk.store.encrypted_file import read_encrypted, write_encrypted

TODAY = date(2026, 3, 1)
PASSPHRASE = "a passphrase shared by phone"
MEMBER = "Cllr Chris Patel (example)"


def make_clerk_template(folder: Path) -> Path:
    """The example database (a year of meetings, actions, challenges and papers): the clerk's."""
    return write_example(folder / "clerk-template.db", TODAY)


def open_copy(template: Path, path: Path) -> Desk:
    shutil.copyfile(template, path)
    return Desk.open(path, today=lambda: TODAY)


def decrypted(path: Path, passphrase: str = PASSPHRASE) -> bytes:
    """A bundle's bytes as its encryption holds them: the envelope line and the payload."""
    return read_encrypted(path, BUNDLE_KIND, passphrase, max_bytes=1 << 30)


def write_payload(path: Path, payload: dict[str, Any] | bytes, passphrase: str = PASSPHRASE) -> Path:
    """A bundle holding this payload, with a right envelope: what someone with the passphrase could make."""
    raw = payload if isinstance(payload, bytes) else payload_bytes(payload)
    write_encrypted(path, BUNDLE_KIND, envelope(raw), passphrase)
    return path
