"""The database proxy, the base model every record shares, and cpdesk's own field types."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import peewee as pw

database_proxy = pw.DatabaseProxy()

_ISO = "%Y-%m-%dT%H:%M:%S.%fZ"


def utc_now() -> datetime:
    """The current time in UTC, as every stored timestamp is."""
    return datetime.now(UTC)


class UtcDateTimeField(pw.TextField):
    """A moment in UTC, stored as ISO 8601 text ending in Z so it sorts and reads the same anywhere."""

    def db_value(self, value: datetime | None) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        return value.astimezone(UTC).strftime(_ISO)

    def python_value(self, value: str | None) -> datetime | None:
        if value is None:
            return None
        return datetime.strptime(value, _ISO).replace(tzinfo=UTC)


def tuples(query: Any) -> list[tuple[Any, ...]]:
    """A query's rows as plain tuples: fast for long lists; typed loosely, as peewee's stubs allow."""
    return list(query.tuples())


def raw_rows(query: Any) -> list[tuple[Any, ...]]:
    """A query's rows as SQLite gives them, with no conversion: for lists of thousands of rows.

    UUIDs come back as 32 hex digits and dates as ISO text; the caller converts what it needs.
    """
    sql, params = query.sql()
    return list(query.model._meta.database.execute_sql(sql, params).fetchall())


class UuidCache(dict[str, uuid.UUID]):
    """Hex text to UUID, each distinct value converted once (meeting and owner ids repeat down a list)."""

    def __missing__(self, key: str) -> uuid.UUID:
        value = self[key] = uuid.UUID(hex=key)
        return value


class BaseModel(pw.Model):
    """Every record has a UUID and knows when it was made and last changed (UTC)."""

    id = pw.UUIDField(primary_key=True, default=uuid.uuid4)
    created_at = UtcDateTimeField(default=utc_now)
    updated_at = UtcDateTimeField(default=utc_now)

    class Meta:
        database = database_proxy
        legacy_table_names = False

    def save(self, *args: Any, **kwargs: Any) -> int:
        self.updated_at = utc_now()
        return int(super().save(*args, **kwargs))

    @classmethod
    def update(cls, *args: Any, **kwargs: Any) -> Any:
        """Every change moves updated_at, whether made through save() or an UPDATE query."""
        if not (
            args and isinstance(args[0], dict) and ("updated_at" in args[0] or cls.updated_at in args[0])
        ):
            kwargs.setdefault("updated_at", utc_now())
        return super().update(*args, **kwargs)
