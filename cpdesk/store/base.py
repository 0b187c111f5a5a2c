"""The database proxy, the base model every record shares, and cpdesk's own field types."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

import peewee as pw

# The database the models use in this thread (or task), while a desk's work is being done.
_bound: ContextVar[pw.Database | None] = ContextVar("cpdesk_bound_database", default=None)


class DeskDatabaseProxy(pw.DatabaseProxy):
    """The models' database: the one bound in this context, else the last opened that is still open.

    Each open desk binds its own database around its work (see `bound`), so two desks open at once
    (a backup, a restore, a meeting bundle) never send one's reads or writes to the other's file. The
    binding lives in a context variable: the GUI thread and a worker each have their own. Outside any
    binding the models use the most recently opened database not yet released: with one desk open,
    models used directly (a test, a script) reach its file as before.
    """

    __slots__ = ("_open",)

    def __init__(self) -> None:
        object.__setattr__(self, "_open", [])
        super().__init__()

    def __setattr__(self, attr: str, value: Any) -> None:
        # peewee's Proxy admits only the names in __slots__, and this class's own are not its.
        object.__setattr__(self, attr, value)

    @property
    def obj(self) -> pw.Database | None:
        database = _bound.get()
        if database is not None:
            return database
        return self._open[-1] if self._open else None

    @obj.setter
    def obj(self, database: pw.Database | None) -> None:
        # What Proxy.initialize sets: the database newly opened becomes the default.
        if database is not None:
            self.release(database)
            self._open.append(database)

    def release(self, database: pw.Database) -> None:
        """The database is closed for good: it is no longer anyone's default."""
        self._open[:] = [d for d in self._open if d is not database]


database_proxy = DeskDatabaseProxy()


@contextmanager
def bound(database: pw.Database) -> Iterator[None]:
    """Send the models' reads and writes in this context to database; cheap when it is already bound."""
    if _bound.get() is database:
        yield
        return
    token = _bound.set(database)
    try:
        yield
    finally:
        _bound.reset(token)


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
