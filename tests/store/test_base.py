"""What every record shares: a UUID and UTC timestamps that move when it changes."""

from __future__ import annotations

from datetime import UTC, datetime
from uuid import UUID

import peewee as pw
import pytest

from cpdesk.domain.desk import Desk
from cpdesk.store.base import UtcDateTimeField
from cpdesk.store.strategy import Principle, Strategy


def test_records_have_a_uuid_and_utc_timestamps(strategy_db: Desk) -> None:
    row = Strategy.get()
    assert isinstance(row.id, UUID)
    assert row.created_at.tzinfo is UTC
    stored = strategy_db.db.execute_sql("SELECT created_at FROM strategy").fetchone()[0]
    assert stored.endswith("Z")


def test_saving_moves_updated_at_but_not_created_at(strategy_db: Desk) -> None:
    row = Principle.select().first()
    created, updated = row.created_at, row.updated_at
    row.text = row.text + " (edited)"
    row.save()
    again = Principle.get_by_id(row.id)
    assert again.created_at == created
    assert again.updated_at > updated


def test_naive_timestamps_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        UtcDateTimeField().db_value(datetime(2025, 1, 1))


def test_foreign_keys_are_enforced(strategy_db: Desk) -> None:
    with pytest.raises(pw.IntegrityError):
        Principle.create(strategy="00000000-0000-0000-0000-000000000000", position=0, text="orphan")
